package kokai.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/**
 * Stable ids for the headings of one Markdown page, so a link to a section keeps working while the
 * page is edited elsewhere: {@code sec-} and, for an ASCII heading, its kebab-case words
 * ({@code "Open data"} → {@code sec-open-data}), for any other 8 hex digits of its text's SHA-256,
 * as the site's division anchors do. The prefix keeps them apart from the layout's ids (main, …);
 * a repeated heading gets {@code -2}, {@code -3}, skipping a number that another heading of the
 * page has as its own id ("Open data 2" keeps {@code sec-open-data-2}, so a second "Open data"
 * before it gets {@code -3}): every heading's first occurrence keeps the id a link to it is told
 * to write ({@link MarkdownLinks#headingId}), and no two headings share one.
 *
 * <pre>{@code
 * HeadingIds ids = new HeadingIds(List.of("Open data", "Open data", "Open data 2"));
 * ids.next("Open data");    // "sec-open-data"
 * ids.next("Open data");    // "sec-open-data-3"
 * ids.next("Open data 2");  // "sec-open-data-2"
 * }</pre>
 */
final class HeadingIds {
  private final Set<String> own = new HashSet<>();
  private final Set<String> used = new HashSet<>();
  private String last;

  /** The ids of a page whose headings have these texts, in any order. */
  HeadingIds(Collection<String> headingTexts) {
    headingTexts.forEach(t -> own.add(base(t.strip())));
  }

  String next(String headingText) {
    String base = base(headingText.strip());
    // The base, else the first numbered id that is neither taken nor another heading's own.
    String id = base;
    for (int n = 2; used.contains(id) || !id.equals(base) && own.contains(id); n++) {
      id = base + "-" + n;
    }
    used.add(id);
    last = id;
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
