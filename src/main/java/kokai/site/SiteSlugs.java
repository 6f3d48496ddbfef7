package kokai.site;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * Stable ASCII slugs and anchors for names written in Japanese. A name without a configured slug
 * gets a prefix and a short hash of the name, so its URL does not change when other names are
 * added or removed.
 */
final class SiteSlugs {
  /** Readable slugs for the directions sheets usually use. */
  static final Map<String, String> DIRECTIONS = Map.ofEntries(
      Map.entry("拡大・拡充", "expand"),
      Map.entry("拡大", "expand-only"),
      Map.entry("拡充", "enhance"),
      Map.entry("継続", "continue"),
      Map.entry("改善", "improve"),
      Map.entry("改善・見直し", "review"),
      Map.entry("見直し", "revise"),
      Map.entry("縮小", "reduce"),
      Map.entry("統合", "merge"),
      Map.entry("休止", "suspend"),
      Map.entry("廃止", "abolish"),
      Map.entry("完了", "complete"),
      Map.entry("終了", "end"));

  private SiteSlugs() {}

  static String direction(String decision) {
    String known = DIRECTIONS.get(decision.strip());
    return known != null ? known : "direction-" + hash(decision);
  }

  static String department(String name, Map<String, String> configured) {
    String s = configured.get(name);
    return s != null ? s : "dept-" + hash(name);
  }

  static String anchor(String prefix, String name) {
    return prefix + "-" + hash(name);
  }

  /** The first 8 hex digits of the name's SHA-256: short, stable, and collisions are checked by the index. */
  static String hash(String name) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
