package kokai.render.cite;

import java.util.Objects;

/**
 * The suggested citation of a sheet, as one line of text to copy, and its parts for a theme
 * that lays it out differently. {@code url} and the dates are null when the site config or the
 * sheet does not give them.
 *
 * <pre>
 * テスト市「令和4年度 事務事業マネジメントシート 088 情報通信ネットワーク運営業務」2023年7月1日公表、2023年8月15日更新、https://example.jp/hyoka/2022/088/
 * </pre>
 */
public record Citation(String text, String city, String fiscalYear, String id, String title, String url,
    String published, String updated) {
  public Citation {
    Objects.requireNonNull(text, "text");
  }
}
