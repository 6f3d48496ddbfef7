package kokai.importer;

import java.util.List;

/**
 * Splits 担当部課 as printed ("政策イノベーション部情報政策課") into department and division: after the
 * first department suffix (部, 局, 室, 事務局, 委員会), keeping a 事務局 that follows a 委員会
 * with it (教育委員会事務局 is one department).
 *
 * <pre>{@code
 * OrganizationSplitter.split("政策イノベーション部情報政策課")  // [政策イノベーション部, 情報政策課]
 * OrganizationSplitter.split("教育委員会事務局学務課")         // [教育委員会事務局, 学務課]
 * }</pre>
 */
final class OrganizationSplitter {
  private static final List<String> SUFFIXES = List.of("事務局", "委員会", "部", "局", "室");

  private OrganizationSplitter() {}

  /**
   * [department, division]; the division is null when nothing follows the department. A department
   * without any of the suffixes (危機管理監) is told from its division by the space printed between
   * them, when there is one: "危機管理監 危機管理課".
   */
  static String[] split(String printed) {
    String s = printed.strip();
    String noSpace = Texts.BLANKS.matcher(s).replaceAll("");
    int end = firstSuffixEnd(noSpace, 0);
    if (end < 0 || end >= noSpace.length()) {
      String[] spaced = Texts.BLANKS.split(s, 2);
      return spaced.length == 2
          ? new String[] {spaced[0], Texts.BLANKS.matcher(spaced[1]).replaceAll("")}
          : new String[] {noSpace, null};
    }
    if (noSpace.startsWith("事務局", end)) {
      end += 3;
    }
    return new String[] {noSpace.substring(0, end), end < noSpace.length() ? noSpace.substring(end) : null};
  }

  private static int firstSuffixEnd(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      for (String suffix : SUFFIXES) {
        // Past the first character, so that a name is never empty.
        if (i > 0 && s.startsWith(suffix, i)) {
          return i + suffix.length();
        }
      }
    }
    return -1;
  }
}
