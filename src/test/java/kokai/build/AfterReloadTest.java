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

  /**
   * A preview of twelve generated sheets, built in full, whose sheet {@code id} was then retitled
   * {@code firstTitle}: the work after that edit's reload has started and is held at the gate.
   */
  private record Held(IncrementalBuild build, Titles titles, Path out, Path sheet, String original)
      implements AutoCloseable {
    /** Writes the sheet with its title prefixed by {@code prefix} and runs the update. */
    BuildResult retitle(String prefix) throws java.io.IOException {
      Files.writeString(sheet, original.replaceFirst("(?m)^title: ", "title: " + prefix));
      return build.update(Set.of(sheet));
    }

    @Override
    public void close() {
      build.close();
    }
  }

  private Held held(long seed, String id, String firstTitle) throws Exception {
    Path content = dir.resolve("content");
    new CorpusWriter().write(new CorpusGenerator(new CorpusSpec(seed, 12, 2022, 2022)), content);
    Path out = dir.resolve("preview");
    Titles titles = new Titles();
    IncrementalBuild b = new IncrementalBuild(BuildConfig.of(content, out), List.of(new DataStage(), new SearchStage(), titles));
    Path sheet = content.resolve("sheets/2022/" + id + ".yaml");
    Held h = new Held(b, titles, out, sheet, Files.readString(sheet));
    assertThat(b.full().published()).isTrue();
    titles.hold = true;
    assertThat(h.retitle(firstTitle).published()).isTrue();
    assertThat(titles.entered.await(30, TimeUnit.SECONDS)).as("the work after the reload started").isTrue();
    return h;
  }

  /**
   * Open pages are told to reload as soon as the edit's pages and search index are written, with
   * how many files changed: before the work after the reload is started, which then competes for
   * the processor with nothing of the edit.
   */
  @Test
  void theOpenPagesAreToldBeforeTheWorkAfterTheReloadStarts() throws Exception {
    Path content = dir.resolve("content");
    new CorpusWriter().write(new CorpusGenerator(new CorpusSpec(7, 12, 2022, 2022)), content);
    Titles titles = new Titles();
    try (IncrementalBuild b = new IncrementalBuild(BuildConfig.of(content, dir.resolve("preview")),
        List.of(new DataStage(), new SearchStage(), titles))) {
      assertThat(b.full().published()).isTrue();
      Path sheet = content.resolve("sheets/2022/005.yaml");
      Files.writeString(sheet, Files.readString(sheet).replaceFirst("(?m)^title: ", "title: 新しい "));
      List<String> told = new ArrayList<>();
      BuildResult r = b.update(Set.of(sheet), pages -> { }, changed -> told.add(changed + " files changed, the work after the"
          + " reload " + (b.afterReload().isPresent() ? "started" : "not started")));
      assertThat(r.published()).isTrue();
      assertThat(told).containsExactly((r.files() - r.unchanged()) + " files changed, the work after the reload not started");
      assertThat(b.finish()).isPresent();
      // Once for the full build, once after the edit's reload.
      assertThat(titles.runs).hasSize(2).last().asString().contains("新しい ");
    }
  }

  @Test
  void aFailedEditWritesTheLastGoodEditsFilesAgainWhenItStoppedThem() throws Exception {
    try (Held h = held(5, "003", "良い編集 ")) {
      // A broken edit while that work is held: it is told to stop, and the edit fails.
      assertThat(h.retitle("[unclosed ").published()).isFalse();
      h.titles().gate.countDown();

      Optional<BuildResult> rest = h.build().finish();
      assertThat(rest).as("the good edit's files are written again").isPresent();
      assertThat(rest.get().published()).isTrue();
      assertThat(Files.readString(h.out().resolve("titles.txt"))).contains("良い編集 ");
    }
  }

  @Test
  void aNewerEditQueuesItsWorkBehindTheStoppedOne() throws Exception {
    try (Held h = held(6, "004", "一回目 ")) {
      // The first edit's work is still held: the second edit does not wait for it.
      assertThat(h.retitle("二回目 ").published()).isTrue();
      h.titles().gate.countDown();

      assertThat(h.build().finish()).isPresent();
      assertThat(Files.readString(h.out().resolve("titles.txt"))).contains("二回目 ").doesNotContain("一回目");
      assertThat(Files.readString(h.out().resolve("data/sheets.json"))).contains("二回目 ").doesNotContain("一回目");
    }
  }
}
