package kokai.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScriptTextTest {
  @Test
  void dropsCommentLinesBlankLinesAndIndentation() {
    String js = """
        /*
         * What the script does.
         */
        (function () {
        'use strict';
          // Why.
          var a = 1;   \s

          /* One line. */
          return a // after code, kept
            / 2;
        })();
        """;
    assertThat(ScriptText.compact(js)).isEqualTo("""
        (function () {
        'use strict';
        var a = 1;
        return a // after code, kept
        / 2;
        })();
        """);
  }

  /** Where the start of a line may be text and not code, the script is served as written. */
  @ParameterizedTest
  @ValueSource(strings = {
      "var s = `a\n  // text\n`;\n",
      "var s = 'a\\\n  // text';\n",
      "var a = 1; /* starts here\n  // inside\n  ends here */ var b;\n",
      "var a = 1; /* starts here\n/* inside\nends here */\n",
      "/* ends\n inside */ var a = 1;\n",
      "/*! licence */\nvar a = 1;\n",
      "var r = /a*/;\n  // x\n",
      "/* never closed\n  var a;\n"})
  void leavesAScriptWhoseLinesMayStartInsideTextAsWritten(String js) {
    assertThat(ScriptText.compact(js)).isEqualTo(js);
  }

  /**
   * The theme's scripts lose a fifth or more, and what is left is their own lines, stripped, in
   * order: nothing but whole comment lines, blank lines and white space at the ends of lines went.
   */
  @Test
  void theThemesScriptsKeepEveryLineOfCodeInOrder() throws Exception {
    for (Path p : ThemeAssets.of("js", ".js")) {
      String js = Files.readString(p);
      String compact = ScriptText.compact(js);
      assertThat(compact.length()).as(p.toString()).isLessThan(js.length() * 95 / 100);
      List<String> code = new ArrayList<>();
      boolean inComment = false;
      for (String line : js.split("\n")) {
        String t = line.strip();
        if (inComment || t.startsWith("/*")) {
          inComment = !t.endsWith("*/");
        } else if (!t.isEmpty() && !t.startsWith("//")) {
          code.add(t);
        }
      }
      assertThat(Arrays.asList(compact.split("\n"))).as(p.toString()).isEqualTo(code);
    }
    String search = ScriptText.compact(Files.readString(Path.of("themes/default/assets/js/search.js")));
    assertThat(search.length()).isLessThan(12_500);
  }
}
