package kokai.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.TreeMap;

/**
 * The files of kokai's own default theme, as packed into the jar, for a city that starts its theme
 * from a copy of one of them ({@code kokai theme city templates/sheet.ftlh}).
 *
 * <pre>{@code
 * byte[] header = DefaultTheme.files().get("templates/partials/header.ftlh");
 * }</pre>
 */
public final class DefaultTheme {
  private DefaultTheme() {}

  /** Every file of the default theme by its path in the theme ({@code templates/sheet.ftlh}), with its bytes. */
  public static Map<String, byte[]> files() {
    Map<String, byte[]> out = new TreeMap<>();
    try {
      for (var e : Theme.filesIn(Theme.builtInRoot()).entrySet()) {
        out.put(e.getKey(), Files.readAllBytes(e.getValue()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the default theme inside the kokai jar", e);
    }
    return out;
  }
}
