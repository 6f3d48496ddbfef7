package kokai.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PendingWritesTest {
  @TempDir Path dir;

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void theLastBytesOfEachFileReachTheDiskInOrderAndLeaveMemory() throws Exception {
    try (PendingWrites pending = new PendingWrites(dir)) {
      for (int round = 0; round < 50; round++) {
        for (int f = 0; f < 20; f++) {
          pending.write("s/" + f + ".js", bytes(f + ":" + round));
          // Until the disk has them, and after, a reader sees the newest bytes.
          assertThat(served(pending, "s/" + f + ".js")).isEqualTo(f + ":" + round);
        }
      }
      pending.flush();
      for (int f = 0; f < 20; f++) {
        assertThat(Files.readString(dir.resolve("s/" + f + ".js"))).isEqualTo(f + ":49");
        assertThat(pending.read("s/" + f + ".js")).isEmpty();
      }
      try (var files = Files.list(dir.resolve("s"))) {
        assertThat(files.map(p -> p.getFileName().toString())).allMatch(n -> !n.endsWith(".kokai-tmp")).hasSize(20);
      }
    }
  }

  @Test
  void aDeletedFileIsNotServedFromMemoryAndLeavesTheDisk() throws Exception {
    Files.writeString(dir.resolve("old.js"), "old");
    try (PendingWrites pending = new PendingWrites(dir)) {
      pending.write("old.js", bytes("newer"));
      pending.delete("old.js");
      assertThat(pending.read("old.js")).isEmpty();
      assertThat(pending.entry("old.js") == null || pending.entry("old.js").bytes() == null).isTrue();
      pending.flush();
      assertThat(dir.resolve("old.js")).doesNotExist();
    }
  }

  @Test
  void aFileTheDiskRefusesStaysServedAndFlushSaysWhy() throws Exception {
    Files.writeString(dir.resolve("taken"), "a file where a folder should be");
    try (PendingWrites pending = new PendingWrites(dir)) {
      pending.write("taken/page.html", bytes("page"));
      assertThatThrownBy(pending::flush).isInstanceOf(UncheckedIOException.class).hasMessageContaining("preview folder");
      assertThat(pending.read("taken/page.html")).hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes("page")));
      // Reported once; later writes go on.
      pending.write("fine.html", bytes("fine"));
      pending.flush();
      assertThat(dir.resolve("fine.html")).hasContent("fine");
    }
  }

  /** What the preview serves: the bytes in memory, else the file. */
  private String served(PendingWrites pending, String path) {
    return pending.read(path).map(b -> new String(b, StandardCharsets.UTF_8)).orElseGet(() -> read(dir.resolve(path)));
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
