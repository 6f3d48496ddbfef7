package kokai.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * Stable ids for the headings of one Markdown page, so a link to a section keeps working while the
 * page is edited elsewhere: {@code sec-} and, for an ASCII heading, its kebab-case words
 * ({@code "Open data"} → {@code sec-open-data}), for any other 8 hex digits of its text's SHA-256,
 * as the site's division anchors do. The prefix keeps them apart from the layout's ids (main, …);
 * a repeated heading gets {@code -2}, {@code -3}.
 *
 * <pre>{@code
 * HeadingIds ids = new HeadingIds();
 * ids.next("Open data");  // "sec-open-data"
 * ids.next("Open data");  // "sec-open-data-2"
 * }</pre>
 */
final class HeadingIds {
  private final Map<String, Integer> seen = new HashMap<>();
  private String last;

  String next(String headingText) {
    String base = base(headingText.strip());
    int n = seen.merge(base, 1, Integer::sum);
    last = n == 1 ? base : base + "-" + n;
    return last;
  }

  /** The id {@link #next} gave last, or null before the first heading. */
  String last() {
    return last;
  }

  static String base(String text) {
    String kebab = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    boolean ascii = text.chars().allMatch(c -> c < 0x80);
    if (ascii && !kebab.isEmpty()) {
      return "sec-" + kebab;
    }
    return "sec-" + hash(text);
  }

  private static String hash(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
