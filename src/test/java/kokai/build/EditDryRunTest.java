package kokai.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import kokai.corpus.CorpusGenerator;
import kokai.corpus.CorpusSpec;
import kokai.corpus.CorpusWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After its first build the preview goes through the edit of a few sheets as the content holds
 * them, writing nothing, so that the first real edit finds its code compiled. Those dry runs leave
 * the preview as the build made it.
 */
class EditDryRunTest {
  @TempDir Path dir;

  /**
   * A sheet saved while the first build ran (after the build read it) is not what the preview
   * shows: a dry run must not take it into the search index, whose shards a later edit of another
   * sheet writes. Here the saved sheet is the first a dry run goes through, and the edit that
   * follows shares a word with it: its shards hold the two sheets as the preview shows them.
   */
  @Test
  void aSheetSavedDuringTheFirstBuildIsNotTakenIntoTheSearchIndexByADryRun() throws Exception {
    Path content = dir.resolve("content");
    new CorpusWriter().write(new CorpusGenerator(new CorpusSpec(5, 20, 2022, 2022)), content);
    AtomicReference<Path> saved = new AtomicReference<>();
    AtomicReference<Path> other = new AtomicReference<>();
    AtomicReference<String> original = new AtomicReference<>();
    BuildStage saveDuringTheBuild = new BuildStage() {
      @Override
      public String name() {
        return "a save";
      }

      @Override
      public void run(StageContext ctx) throws Exception {
        if (saved.get() != null) {
          // Once, in the first build: the work after an edit runs the stage too.
          return;
        }
        Path first = ctx.content().sources().get(ctx.index().sheets().get(0).ref());
        other.set(ctx.content().sources().get(ctx.index().sheets().get(1).ref()));
        original.set(Files.readString(first));
        saved.set(first);
        Files.writeString(first, original.get().replaceFirst("(?m)^title: ", "title: 途中保存語 "));
      }

      @Override
      public boolean perVersion() {
        return false;
      }
    };
    Path preview = dir.resolve("preview");
    try (IncrementalBuild build = new IncrementalBuild(BuildConfig.of(content, preview),
        List.of(new DataStage(), new SearchStage(), saveDuringTheBuild))) {
      assertThat(build.full().published()).isTrue();
      Files.writeString(saved.get(), original.get());
      Path edited = other.get();
      Files.writeString(edited, Files.readString(edited).replaceFirst("(?m)^title: ", "title: 途中保存語 "));
      assertThat(build.update(Set.of(edited)).published()).isTrue();
      build.finish();
    }
    Path fresh = dir.resolve("fresh");
    assertThat(new SiteBuild().run(BuildConfig.of(content, fresh)).published()).isTrue();
    assertThat(searchFiles(preview)).isEqualTo(searchFiles(fresh));
  }

  private static Map<String, String> searchFiles(Path root) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root.resolve("search"))) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        out.put(root.relativize(p).toString(), new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
      }
    }
    assertThat(out).isNotEmpty();
    return out;
  }
}
