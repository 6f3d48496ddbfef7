package kokai.model;

import java.util.regex.Pattern;

/**
 * The rule for ids and slugs that become part of a URL or a file path: ASCII letters, digits,
 * hyphen, underscore and dot, starting with a letter or digit, at most 64 characters. This refuses
 * {@code ../x}, slashes, spaces and control characters.
 */
public final class Slugs {
  /**
   * The rule as one regular expression, the same in Java and in a JSON Schema (ECMA-262), so that
   * an editor's check and kokai's cannot drift apart: the characters and length, no "..", no final
   * dot, no device name (CON, nul.txt).
   */
  public static final String SCHEMA_PATTERN = "^(?!(?:[Cc][Oo][Nn]|[Pp][Rr][Nn]|[Aa][Uu][Xx]|[Nn][Uu][Ll]|[Cc][Oo][Mm][0-9]|[Ll][Pp][Tt][0-9])"
      + "(?:\\.|$))(?!.*\\.\\.)(?!.*\\.$)[A-Za-z0-9][A-Za-z0-9._-]{0,63}$";
  private static final Pattern SAFE = Pattern.compile(SCHEMA_PATTERN);
  /**
   * The names Windows gives its devices, with any extension: a folder or file so named cannot be
   * made there, so a site holding one cannot be copied to a Windows server. Part of the rule above;
   * here to say why a name is refused.
   */
  private static final Pattern DEVICE = Pattern.compile("(?i)(?:CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(?:\\..*)?");

  private Slugs() {}

  /** Also refuses a name ending in a dot, which Windows drops, and the names of Windows' devices (CON, NUL, …). */
  public static boolean isSafe(String s) {
    return s != null && SAFE.matcher(s).matches();
  }

  /** Throws when {@code s} is not safe; {@code field} names the field. */
  public static String requireSafe(String s, String field) {
    if (!isSafe(s)) {
      throw new InvalidFieldException(field, "\"" + printable(s) + "\" cannot be used in a URL: " + rule(s));
    }
    return s;
  }

  /** What a name that is not {@linkplain #isSafe safe} must be instead. */
  public static String rule(String s) {
    if (s != null && DEVICE.matcher(s).matches()) {
      return "Windows keeps the name for a device (CON, PRN, AUX, NUL, COM1–9, LPT1–9), so the site could not be copied to a"
          + " Windows server; use another";
    }
    return "use up to 64 letters, digits, '-', '_' or '.', starting with a letter or digit and not ending with '.'";
  }

  private static String printable(String s) {
    StringBuilder sb = new StringBuilder();
    s.codePoints().forEach(c -> {
      if (c == '\t') {
        sb.append("\\t");
      } else if (Character.isISOControl(c)) {
        sb.append(String.format("\\u%04x", c));
      } else {
        sb.appendCodePoint(c);
      }
    });
    return sb.toString();
  }
}
