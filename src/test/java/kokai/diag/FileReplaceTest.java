package kokai.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileReplaceTest {
  @TempDir Path dir;

  /** The file gets the permissions any file the user makes gets (not a temporary file's owner-only ones), and nothing is left beside it. */
  @Test
  void aFileIsReplacedWholeWithTheUsersOrdinaryPermissions() throws IOException {
    Path ordinary = Files.createFile(dir.resolve("ordinary.txt"));
    Path file = dir.resolve("sheets/2022/088.yaml");

    FileReplace.write(file, "one".getBytes());
    FileReplace.write(file, "two".getBytes());

    assertThat(file).hasContent("two");
    assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(ordinary));
    try (var left = Files.list(file.getParent())) {
      assertThat(left).containsExactly(file);
    }
    // Replaced again, a file made private stays so.
    Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    FileReplace.write(file, "three".getBytes());
    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
  }
}
