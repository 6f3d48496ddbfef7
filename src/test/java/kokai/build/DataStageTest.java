package kokai.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kokai.diag.Diagnostics;
import kokai.render.feed.AtomFeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site-wide data stage on a small site written in the test. */
class DataStageTest {
  @TempDir Path dir;

  /**
   * The English feed is labelled with the interface text of the theme the build rendered with: the
   * stage takes it from the renderer in its context and does not look for the theme again, so the
   * words of the renderer it is handed are the ones it writes, whatever the themes folder holds.
   */
  @Test
  void theFeedIsLabelledWithTheInterfaceTextOfTheRendererTheBuildHandsTheStage() {
    StageContext built = build(dir.resolve("a"), "Next step");
    assertThat(new String(MiniSite.files(dir.resolve("a/site")).get(AtomFeed.PATH), StandardCharsets.UTF_8))
        .contains("Next step: Continue (");
    StageContext other = build(dir.resolve("b"), "Way ahead");

    Map<String, byte[]> written = new ConcurrentHashMap<>();
    new DataStage().run(new StageContext(built.content(), built.index(), written::put, new Diagnostics(), built.config(),
        other.renderer()));
    assertThat(new String(written.get(AtomFeed.PATH), StandardCharsets.UTF_8))
        .contains("Way ahead: Continue (").doesNotContain("Next step");
  }

  /**
   * A site published at its address whose sheets have no publication date has no feed for want of
   * a date alone: the warning names published, and does not send staff to a baseUrl they have set.
   */
  @Test
  void aSiteWithABaseUrlButNoDatesIsToldToGivePublishedForItsFeed() {
    BuildResult r = MiniSite.in(dir).file("content/site.yaml", MiniSite.SITE_YAML)
        .sheet(2022, "010", MiniSite.sheet(2022, "010", "広報事業", "総務部", "広報課", "広報係", 1000, 900L, 500)).buildOk();
    assertThat(r.diagnostics()).filteredOn(d -> d.message().contains("feed.xml")).singleElement()
        .satisfies(d -> assertThat(d.field()).isEqualTo("published"))
        .satisfies(d -> assertThat(d.hint()).contains("published:").doesNotContain("baseUrl"));
  }

  /** Builds an English site in {@code root} whose theme calls the direction {@code direction}; the context its stages got. */
  private static StageContext build(Path root, String direction) {
    MiniSite s = site(root, direction);
    PreviewCapture capture = new PreviewCapture();
    BuildConfig cfg = new BuildConfig(root.resolve("content"), s.out(), null, root.resolve("themes"));
    assertThat(new SiteBuild(List.of(new DataStage(), new SearchStage(), capture)).run(cfg).published()).isTrue();
    return capture.context();
  }

  private static MiniSite site(Path root, String direction) {
    return MiniSite.in(root)
        .file("content/site.yaml", MiniSite.SITE_YAML.replace("language: ja", "language: en") + "published: 2023-06-01\ntheme: city\n")
        .file("themes/city/i18n/messages_en.properties", "sheet.direction=" + direction + "\n")
        .sheet(2022, "010", MiniSite.sheet(2022, "010", "広報事業", "総務部", "広報課", "広報係", 1000, 900L, 500));
  }
}
