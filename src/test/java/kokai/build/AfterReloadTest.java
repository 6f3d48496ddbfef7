package kokai.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import kokai.corpus.CorpusGenerator;
import kokai.corpus.CorpusSpec;
import kokai.corpus.CorpusWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The work the preview does after a reload (site-wide data files, feed): a newer edit stops it
 * without waiting, and a failed edit does not leave it stopped half way.
 */
class AfterReloadTest {
  @TempDir Path dir;

  /** A stage that writes the titles of the site's sheets, held at a gate the first time it runs after a reload. */
  private static final class Titles implements BuildStage {
    final CountDownLatch entered = new CountDownLatch(1);
    final CountDownLatch gate = new CountDownLatch(1);
    final List<String> runs = new ArrayList<>();
    volatile boolean hold;

    @Override
    public String name() {
      return "titles";
    }

    @Override
    public void run(StageContext ctx) throws Exception {
      String titles = String.join("\n", ctx.index().sheets().stream().map(s -> s.title()).toList());
      if (hold) {
        hold = false;
        entered.countDown();
        assertThat(gate.await(30, TimeUnit.SECONDS)).isTrue();
      }
      synchronized (runs) {
        runs.add(titles);
      }
      ctx.sink().write("titles.txt", titles.getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void aFailedEditWritesTheLastGoodEditsFilesAgainWhenItStoppedThem() throws Exception {
    Path content = dir.resolve("content");
    new CorpusWriter().write(new CorpusGenerator(new CorpusSpec(5, 12, 2022, 2022)), content);
    Path out = dir.resolve("preview");
    Titles titles = new Titles();
    try (IncrementalBuild b = new IncrementalBuild(BuildConfig.of(content, out),
        List.of(new DataStage(), new SearchStage(), titles))) {
      assertThat(b.full().published()).isTrue();
      Path sheet = content.resolve("sheets/2022/003.yaml");
      String original = Files.readString(sheet);

      titles.hold = true;
      Files.writeString(sheet, original.replaceFirst("(?m)^title: ", "title: 良い編集 "));
      assertThat(b.update(Set.of(sheet)).published()).isTrue();
      assertThat(titles.entered.await(30, TimeUnit.SECONDS)).as("the work after the reload started").isTrue();

      // A broken edit while that work is held: it is told to stop, and the edit fails.
      Files.writeString(sheet, original.replaceFirst("(?m)^title: ", "title: [unclosed "));
      assertThat(b.update(Set.of(sheet)).published()).isFalse();
      titles.gate.countDown();

      Optional<BuildResult> rest = b.finish();
      assertThat(rest).as("the good edit's files are written again").isPresent();
      assertThat(rest.get().published()).isTrue();
      assertThat(Files.readString(out.resolve("titles.txt"))).contains("良い編集 ");
    }
  }

  @Test
  void aNewerEditQueuesItsWorkBehindTheStoppedOne() throws Exception {
    Path content = dir.resolve("content");
    new CorpusWriter().write(new CorpusGenerator(new CorpusSpec(6, 12, 2022, 2022)), content);
    Path out = dir.resolve("preview");
    Titles titles = new Titles();
    try (IncrementalBuild b = new IncrementalBuild(BuildConfig.of(content, out),
        List.of(new DataStage(), new SearchStage(), titles))) {
      assertThat(b.full().published()).isTrue();
      Path sheet = content.resolve("sheets/2022/004.yaml");
      String original = Files.readString(sheet);

      titles.hold = true;
      Files.writeString(sheet, original.replaceFirst("(?m)^title: ", "title: 一回目 "));
      assertThat(b.update(Set.of(sheet)).published()).isTrue();
      assertThat(titles.entered.await(30, TimeUnit.SECONDS)).isTrue();

      // The first edit's work is still held: the second edit does not wait for it.
      Files.writeString(sheet, original.replaceFirst("(?m)^title: ", "title: 二回目 "));
      assertThat(b.update(Set.of(sheet)).published()).isTrue();
      titles.gate.countDown();

      assertThat(b.finish()).isPresent();
      assertThat(Files.readString(out.resolve("titles.txt"))).contains("二回目 ").doesNotContain("一回目");
      assertThat(Files.readString(out.resolve("data/sheets.json"))).contains("二回目 ").doesNotContain("一回目");
    }
  }
}
