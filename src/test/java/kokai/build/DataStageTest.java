package kokai.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import kokai.diag.Diagnostics;
import kokai.render.feed.AtomFeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site-wide data stage on a small site written in the test. */
class DataStageTest {
  @TempDir Path dir;

  /**
   * The English feed is labelled with the interface text of the theme the build rendered with,
   * which the build hands the stage in its context: the stage does not look for the theme a second
   * time, so the words it is handed are the ones it writes, whatever the themes folder holds.
   */
  @Test
  void theFeedIsLabelledWithTheInterfaceTextTheBuildHandsTheStage() {
    MiniSite s = MiniSite.in(dir)
        .file("content/site.yaml", MiniSite.SITE_YAML.replace("language: ja", "language: en") + "published: 2023-06-01\ntheme: city\n")
        .file("themes/city/i18n/messages_en.properties", "sheet.direction=Next step\n")
        .sheet(2022, "010", MiniSite.sheet(2022, "010", "広報事業", "総務部", "広報課", "広報係", 1000, 900L, 500));
    PreviewCapture capture = new PreviewCapture();
    BuildConfig cfg = new BuildConfig(dir.resolve("content"), s.out(), null, dir.resolve("themes"));
    assertThat(new SiteBuild(List.of(new DataStage(), new SearchStage(), capture)).run(cfg).published()).isTrue();
    assertThat(new String(s.files().get(AtomFeed.PATH), StandardCharsets.UTF_8)).contains("Next step: Continue (");

    StageContext built = capture.context();
    assertThat(built.interfaceText().apply("sheet.direction")).contains("Next step");
    Map<String, byte[]> written = new ConcurrentHashMap<>();
    new DataStage().run(new StageContext(built.content(), built.index(), written::put, new Diagnostics(), built.config(),
        key -> Optional.of("«" + key + "»")));
    assertThat(new String(written.get(AtomFeed.PATH), StandardCharsets.UTF_8))
        .contains("«sheet.organization»: ", "«sheet.direction»: ").doesNotContain("Next step");
  }
}
