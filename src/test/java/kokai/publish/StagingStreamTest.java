package kokai.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kokai.site.OutputSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Large files are streamed into the staging folder; any other sink gets them whole on close. */
class StagingStreamTest {
  @TempDir Path dir;

  @Test
  void aStreamedFileIsWrittenCountedAndPublished() throws IOException {
    Staging staging = Staging.open(dir.resolve("site"));
    try {
      byte[] chunk = "行1,2\r\n".getBytes(StandardCharsets.UTF_8);
      try (OutputStream out = staging.open("data/big.csv")) {
        for (int i = 0; i < 1000; i++) {
          out.write(chunk);
        }
      }
      assertThat(staging.fileCount()).isEqualTo(1);
      assertThat(staging.byteCount()).isEqualTo(1000L * chunk.length);
      assertThatThrownBy(() -> staging.open("data/big.csv")).hasMessageContaining("two outputs");
      assertThatThrownBy(() -> staging.open("../x")).hasMessageContaining("not inside the site");
      staging.publish();
    } finally {
      staging.discard();
    }
    assertThat(Files.size(dir.resolve("site/data/big.csv"))).isEqualTo(1000L * "行1,2\r\n".getBytes(StandardCharsets.UTF_8).length);
  }

  @Test
  void theDefaultStreamHandsTheBytesToWriteOnceOnClose() throws IOException {
    List<String> written = new ArrayList<>();
    OutputSink sink = (path, bytes) -> written.add(path + "=" + new String(bytes, StandardCharsets.UTF_8));
    OutputStream out = sink.open("a.txt");
    out.write("ab".getBytes(StandardCharsets.UTF_8));
    assertThat(written).isEmpty();
    out.close();
    out.close();
    assertThat(written).containsExactly("a.txt=ab");
    assertThat(out).isInstanceOf(ByteArrayOutputStream.class);
  }

  /** Java stopped mid-build (Ctrl-C, a service's stop): the staging folder goes, and no file is begun after. */
  @Test
  void stoppingDeletesTheStagingFolderAndRefusesFurtherFiles() throws IOException {
    Files.createDirectories(dir.resolve("site"));
    Files.writeString(dir.resolve("site/index.html"), "old");
    Staging staging = Staging.open(dir.resolve("site"));
    staging.write("index.html", "new".getBytes(StandardCharsets.UTF_8));
    staging.stop();
    assertThat(staging.root()).doesNotExist();
    assertThatThrownBy(() -> staging.write("a/b.html", new byte[1])).hasRootCauseInstanceOf(Staging.Stopped.class);
    assertThat(staging.root()).doesNotExist();
    assertThat(dir.resolve("site/index.html")).hasContent("old");
    staging.discard();
  }
}
