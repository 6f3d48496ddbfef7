package kokai.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  /**
   * What a copy of a default template, stylesheet or script says on a line of its own: the kokai it
   * came from and a code of the default's file as it was then, so that a later kokai whose default
   * has changed that file can say so (the copy goes on without the change).
   */
  private static final Pattern STAMP = Pattern.compile(
      "kokai theme: copied from the default theme of kokai (\\S+) \\(version ([0-9a-f]{12}) of this file\\)");
  /** How far down a copy its stamp is looked for: the city may put a comment of its own above it. */
  private static final int STAMP_LINES = 10;

  /** Where a copy says it came from: the kokai, the code of the default's file then, and the line (from 1). */
  record Stamp(String kokai, String code, int line) {}

  /**
   * What must stay first in a file, before the stamp, with its line end: a template's {@code <#ftl …>}
   * header (only blanks may come before it: a comment there is a syntax error), a stylesheet's
   * {@code @charset} rule (read only as a file's first bytes), and before either or none a byte order
   * mark (which kokai and browsers pass by only as the first character).
   */
  private static final Pattern FTL_HEADER = Pattern.compile(
      "\\A\uFEFF?\\s*<#ftl\\b(?:\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|[^>\"'])*>(?:\\r\\n|\\n|\\r)?");
  private static final Pattern CSS_CHARSET = Pattern.compile("\\A\uFEFF?@charset \"[^\"]*\";(?:\\r\\n|\\n|\\r)?");
  private static final Pattern BOM = Pattern.compile("\\A\uFEFF");

  /**
   * The text of a copy of the default's {@code file} for a city to change: a template, stylesheet
   * or script gets a line saying which version of the default's file it is a copy of (a comment,
   * which no page shows), first but for a byte order mark, an {@code <#ftl>} header or a
   * stylesheet's {@code @charset} rule; other files are copied as they are.
   */
  public static byte[] copy(String file, byte[] bytes) {
    String said = "kokai theme: copied from the default theme of kokai " + kokaiVersion() + " (version " + code(bytes)
        + " of this file). When kokai's default changes this file, the build says so: keep this line.";
    String line = file.endsWith(".ftlh") ? "<#-- " + said + " -->\n"
        : file.endsWith(".css") || file.endsWith(".js") ? "/* " + said + " */\n" : null;
    if (line == null) {
      return bytes;
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    Matcher first = (file.endsWith(".ftlh") ? FTL_HEADER : file.endsWith(".css") ? CSS_CHARSET : BOM).matcher(text);
    if (!first.lookingAt()) {
      first = BOM.matcher(text);
    }
    int at = first.lookingAt() ? first.end() : 0;
    return (text.substring(0, at) + line + text.substring(at)).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * What a copy of the default's {@code file} says of itself when kokai's default has changed that
   * file since it was made: the kokai it came from, the code it gives and its line, and the code of
   * the default's file now. Empty for a copy of the default as it is, one that does not say (made by
   * hand, or before copies said it), or a file the default does not have.
   */
  public record Outdated(String kokai, String code, int line, String now) {
    /**
     * How the city takes up the default's changes into its copy of {@code file} in the theme
     * {@code theme} of the folder {@code themes}, or says the copy needs none. The old copy, kept
     * for comparing, goes out of the theme's folder: under another name there, the build would warn
     * that a template is not used, or publish a stylesheet as site.css.old.
     */
    public String advice(Path themes, String theme, String file) {
      String name = file.substring(file.lastIndexOf('/') + 1);
      return "move the copy out of the theme's folder to keep it for comparing (e.g. to " + themes.resolveSibling(name + ".old")
          + ", beside the themes folder), copy the new default with java -jar kokai.jar theme " + theme + " " + file
          + " and make the city's changes in it again; or, if the copy needs none of the changes, write " + now + " for " + code
          + " on line " + line + " to say it was compared";
    }
  }

  /** {@link Outdated} for the copy of the default's {@code file} whose text is {@code copyText}. */
  static Optional<Outdated> outdated(String file, String copyText) {
    Optional<Stamp> stamp = stampIn(copyText);
    if (stamp.isEmpty()) {
      return Optional.empty();
    }
    Path f = Theme.builtInRoot().resolve(file);
    String now;
    try {
      if (!Files.isRegularFile(f)) {
        return Optional.empty();
      }
      now = code(Files.readAllBytes(f));
    } catch (IOException e) {
      return Optional.empty();
    }
    Stamp s = stamp.get();
    return s.code().equals(now) ? Optional.empty() : Optional.of(new Outdated(s.kokai(), s.code(), s.line(), now));
  }

  /** {@link Outdated} for the file {@code copy}, a copy of the default's {@code file}; empty when it cannot be read as UTF-8. */
  public static Optional<Outdated> outdated(String file, Path copy) {
    return readText(copy).flatMap(t -> outdated(file, t));
  }

  /** A theme file's text, without a word when it cannot be read as UTF-8 (the build says that where it reads it). */
  private static Optional<String> readText(Path file) {
    try {
      return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The stamp as {@link #copy} writes it: the comment and the line end after it. */
  private static final Pattern STAMP_COMMENT = Pattern.compile(
      "(?:<#--|/\\*)\\s*" + STAMP.pattern() + "[^\\r\\n]*?(?:-->|\\*/)(?:\\r\\n|\\n|\\r)?");

  /**
   * {@code copyText} without the stamp {@link #copy} wrote in it (the comment and its line end):
   * for a copy the city has not changed, the default's file as it was copied; the text as it is
   * when it has no stamp.
   */
  static String withoutStamp(String copyText) {
    Matcher m = STAMP_COMMENT.matcher(copyText);
    return stampIn(copyText).isPresent() && m.find() ? copyText.substring(0, m.start()) + copyText.substring(m.end()) : copyText;
  }

  /** Where {@code copyText} says it came from, if it does. */
  static Optional<Stamp> stampIn(String copyText) {
    List<String> lines = copyText.lines().limit(STAMP_LINES).toList();
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = STAMP.matcher(lines.get(i));
      if (m.find()) {
        return Optional.of(new Stamp(m.group(1), m.group(2), i + 1));
      }
    }
    return Optional.empty();
  }

  /** The first twelve hexadecimal digits of the SHA-256 of {@code bytes}: enough to tell two versions of a file apart. */
  static String code(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Java without SHA-256", e);
    }
  }

  /** This kokai's version ({@code 1.4.0}), which {@code kokai --version} says; {@code unknown} when the jar does not say. */
  public static String kokaiVersion() {
    Properties p = new Properties();
    try (InputStream in = DefaultTheme.class.getResourceAsStream("/kokai/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    return p.getProperty("version", "unknown");
  }
}
