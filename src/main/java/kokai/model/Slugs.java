package kokai.model;

import java.util.regex.Pattern;

/**
 * The rule for ids and slugs that become part of a URL or a file path: ASCII letters, digits,
 * hyphen, underscore and dot, starting with a letter or digit, at most 64 characters. This refuses
 * {@code ../x}, slashes, spaces and control characters.
 */
public final class Slugs {
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  private Slugs() {}

  public static boolean isSafe(String s) {
    return s != null && SAFE.matcher(s).matches() && !s.contains("..");
  }

  /** Throws when {@code s} is not safe; {@code field} names the field. */
  public static String requireSafe(String s, String field) {
    if (!isSafe(s)) {
      throw new InvalidFieldException(field,
          "\"" + printable(s) + "\" cannot be used in a URL: use letters, digits, '-', '_' or '.'");
    }
    return s;
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
