package kokai.model;

import java.util.Comparator;
import java.util.Objects;

/** A reference to another sheet by fiscal year and id: the same project renumbered, for example. */
public record SheetRef(
    @Field(ja = "年度", en = "Fiscal year", required = true, min = FiscalYear.FIRST, max = FiscalYear.LAST) int fiscalYear,
    @Field(ja = "事業番号", en = "Project number", required = true) String id) {

  /**
   * Sheet numbers in the order people read them: runs of digits by their value, so 9, 10 and 100
   * follow each other where a plain comparison of the text would give 10, 100, 9 (and the
   * listings' order would differ from the one their tables sort into), and letters whatever
   * their case, as the tables sort too (A-2, a-10, A-12). Numbers written with leading zeros (087,
   * 088) keep the order of their text; two that differ only in zeros or in capitals (01 and 1,
   * a-1 and A-1) are ordered by their text, so the order never depends on anything else.
   */
  public static final Comparator<String> NUMBER_ORDER = SheetRef::compareNumbers;

  /** Oldest fiscal year first, then number: the content's order ({@link Projects#OLDEST_FIRST}), of references. */
  public static final Comparator<SheetRef> OLDEST_FIRST =
      Comparator.comparingInt(SheetRef::fiscalYear).thenComparing(SheetRef::id, NUMBER_ORDER);

  public SheetRef {
    Objects.requireNonNull(id, "id");
  }

  private static int compareNumbers(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char x = a.charAt(i);
      char y = b.charAt(j);
      if (isDigit(x) && isDigit(y)) {
        int ei = digitsEnd(a, i);
        int ej = digitsEnd(b, j);
        int si = skipZeros(a, i, ei);
        int sj = skipZeros(b, j, ej);
        int byLength = Integer.compare(ei - si, ej - sj);
        if (byLength != 0) {
          return byLength;
        }
        for (int k = 0; k < ei - si; k++) {
          int c = Character.compare(a.charAt(si + k), b.charAt(sj + k));
          if (c != 0) {
            return c;
          }
        }
        i = ei;
        j = ej;
      } else {
        int c = Character.compare(Character.toLowerCase(x), Character.toLowerCase(y));
        if (c != 0) {
          return c;
        }
        i++;
        j++;
      }
    }
    int rest = Integer.compare(a.length() - i, b.length() - j);
    return rest != 0 ? rest : a.compareTo(b);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int digitsEnd(String s, int from) {
    int e = from;
    while (e < s.length() && isDigit(s.charAt(e))) {
      e++;
    }
    return e;
  }

  private static int skipZeros(String s, int from, int end) {
    int k = from;
    while (k < end - 1 && s.charAt(k) == '0') {
      k++;
    }
    return k;
  }

  /**
   * Spread over the whole range. The hash a record gets by default (on this JDK
   * {@code 31 * year + hash(id)}) gives a city's sheets few distinct values: one year more adds 31,
   * as does the id ten further on, so ids 0001–2000 over five years make 2,804 values for 10,000
   * sheets, and the maps keyed by sheet fill up with collisions.
   * Multiplying the id's hash by a large odd constant before the year is added leaves such
   * neighbours apart: 10,000 sheets, 10,000 values.
   */
  @Override
  public int hashCode() {
    return id.hashCode() * 0x9E3779B1 + fiscalYear;
  }

  @Override
  public String toString() {
    return fiscalYear + "/" + id;
  }
}
