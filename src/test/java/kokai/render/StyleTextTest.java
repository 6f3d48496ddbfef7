package kokai.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kokai.build.BuildConfig;
import kokai.build.SiteBuild;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StyleTextTest {
  @Test
  void dropsCommentsAndKeepsEveryLineAndColumn() {
    String css = """
        /* What the stylesheet is for,
           over two lines. */
        :root {
          --text: #1a1a1c;   /* ink */
          /* A rule's own comment. */
          --bg: #fff;
        }
        a::before { content: "/* not a comment */"; background: url(img/a/*b.png); }
        """;
    assertThat(StyleText.compact(css)).isEqualTo("""


        :root {
          --text: #1a1a1c;

          --bg: #fff;
        }
        a::before { content: "/* not a comment */"; background: url(img/a/*b.png); }
        """);
  }

  /** Where taking a comment out would move text, or a licence must stay, the stylesheet is served as written. */
  @Test
  void leavesAStylesheetWhereTextWouldMoveAsWritten() {
    assertThat(List.of(
        "/* before */ a { color: red; }\n",
        "a { color: red; } /* starts here\n ends here */ b { color: blue; }\n",
        "/*! licence */\na { color: red; }\n",
        "a { color: red; }\n/* never closed\nb { color: blue; }\n"))
        .allSatisfy(css -> assertThat(StyleText.compact(css)).isEqualTo(css));
  }

  /**
   * The theme's stylesheets lose their comments, and every line that held no comment is served
   * exactly as written, at its own line number.
   */
  @Test
  void theThemesStylesheetsKeepTheirLinesAndLoseTheirComments() throws Exception {
    for (Path sheet : ThemeAssets.of("css", ".css")) {
      String css = Files.readString(sheet);
      String served = StyleText.compact(css);
      String[] before = css.split("\n", -1);
      String[] after = served.split("\n", -1);
      assertThat(after).as(sheet.toString()).hasSameSizeAs(before);
      for (int i = 0; i < before.length; i++) {
        if (!before[i].contains("/*") && !before[i].contains("*/") && !after[i].isEmpty()) {
          assertThat(after[i]).as(sheet + ":" + (i + 1)).isEqualTo(before[i]);
        }
      }
      assertThat(served).as(sheet.toString()).doesNotContain("/*");
      assertThat(served.length()).as(sheet.toString()).isLessThan(css.length() * 9 / 10);
    }
  }

  @Test
  void theSiteServesTheThemesStylesheetsWithoutComments(@TempDir Path out) throws Exception {
    assertThat(new SiteBuild().run(BuildConfig.of(Path.of("content"), out)).published()).isTrue();
    for (String name : List.of("site.css", "content.css")) {
      String theme = Files.readString(Path.of("themes/default/assets/css", name));
      assertThat(Files.readString(out.resolve("assets/css").resolve(name))).as(name).isEqualTo(StyleText.compact(theme));
    }
  }
}
