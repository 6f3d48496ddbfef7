package kokai.render;

import static org.assertj.core.api.Assertions.assertThat;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where a copy of a default file ({@code kokai theme}) gets its stamp line: first, but after what
 * must stay first (a byte order mark, a template's {@code <#ftl>} header, a stylesheet's
 * {@code @charset}), and without it the copy is the file again; a file of another kind is copied as it is.
 */
class DefaultThemeTest {
  @TempDir Path dir;

  private static final String BOM = "\uFEFF";

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      t.ftlh  | `<h1>x</h1>\\n`                                          | ``
      t.ftlh  | `<#ftl strip_whitespace=true>\\n<h1>x</h1>\\n`           | `<#ftl strip_whitespace=true>\\n`
      t.ftlh  | `<#ftl strip_whitespace=true>`                           | `<#ftl strip_whitespace=true>`
      t.ftlh  | `<#ftl>\\r\\n<h1>x</h1>`                                 | `<#ftl>\\r\\n`
      t.ftlh  | `BOM<#ftl>\\n<h1>x</h1>\\n`                              | `BOM<#ftl>\\n`
      t.ftlh  | `  \\n<#ftl output_format="HTML">\\n<h1>x</h1>\\n`        | `  \\n<#ftl output_format="HTML">\\n`
      t.ftlh  | `<#ftl attributes={"a": "<b>"}>\\n<h1>x</h1>\\n`          | `<#ftl attributes={"a": "<b>"}>\\n`
      t.ftlh  | `<#ftl\\n  strip_whitespace=true\\n/>\\n<h1>x</h1>\\n`    | `<#ftl\\n  strip_whitespace=true\\n/>\\n`
      t.ftlh  | `BOM<h1>x</h1>\\n`                                       | `BOM`
      t.css   | `body { color: #000; }\\n`                               | ``
      t.css   | `BOMbody { color: #000; }\\n`                            | `BOM`
      t.css   | `@charset "UTF-8";\\nbody { color: #000; }\\n`           | `@charset "UTF-8";\\n`
      t.css   | `BOM@charset "UTF-8";\\nbody { color: #000; }\\n`        | `BOM@charset "UTF-8";\\n`
      t.js    | `document.title = "x";\\n`                               | ``
      t.js    | `BOMdocument.title = "x";\\n`                            | `BOM`
      t.js    | `@charset "UTF-8";\\n`                                   | ``
      """)
  void theStampGoesFirstButAfterWhatMustStayFirst(String file, String original, String kept) throws IOException {
    String text = unescape(original);
    String first = unescape(kept);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    String copy = new String(DefaultTheme.copy(file, bytes), StandardCharsets.UTF_8);

    String stamp = file.endsWith(".ftlh") ? "<#-- kokai theme: copied from the default theme of kokai " : "/* kokai theme: copied from";
    assertThat(copy).startsWith(first + stamp);
    String line = copy.substring(first.length(), copy.indexOf('\n', first.length()) + 1);
    assertThat(line).endsWith(file.endsWith(".ftlh") ? " -->\n" : " */\n");
    assertThat(copy).isEqualTo(first + line + text.substring(first.length()));
    var found = DefaultTheme.stampIn(copy);
    assertThat(found).isPresent();
    assertThat(found.get().code()).isEqualTo(DefaultTheme.code(bytes));
    // A copy left as it is reads, without its stamp, as the file it is a copy of.
    assertThat(DefaultTheme.withoutStamp(copy)).isEqualTo(text);
    if (file.endsWith(".ftlh")) {
      // The copy is a template Freemarker reads, and makes what the original makes.
      assertThat(render(text)).doesNotStartWith("error:");
      assertThat(render(copy)).isEqualTo(render(text));
    }
  }

  /** A messages file, an image or any other file is copied as it is, with no line added. */
  @ParameterizedTest
  @CsvSource({"i18n/messages_ja.properties", "assets/img/logo.svg", "templates/home.ftl", "assets/css/site.scss", "README.md"})
  void aFileOfAnotherKindIsCopiedAsItIs(String file) {
    byte[] bytes = "nav.search=さがす\n<svg/>\n".getBytes(StandardCharsets.UTF_8);
    assertThat(DefaultTheme.copy(file, bytes)).isEqualTo(bytes);
  }

  /** {@code \n}, {@code \r} and {@code BOM} of a test case as the characters they name. */
  private static String unescape(String s) {
    return s.replace("\\n", "\n").replace("\\r", "\r").replace("BOM", BOM);
  }

  /** What a template makes, read as kokai reads templates (its byte order mark passed by), or a syntax error's message. */
  private String render(String template) throws IOException {
    Path folder = Files.createTempDirectory(dir, "t");
    Files.writeString(folder.resolve("t.ftlh"), template, StandardCharsets.UTF_8);
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
    cfg.setTemplateLoader(new PathTemplateLoader(folder));
    cfg.setDefaultEncoding("UTF-8");
    cfg.setRecognizeStandardFileExtensions(true);
    cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
    try {
      Template t = cfg.getTemplate("t.ftlh");
      StringWriter out = new StringWriter();
      t.process(Map.of(), out);
      return out.toString();
    } catch (Exception e) {
      return "error: " + e.getMessage();
    }
  }
}
