package kokai.importer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Text helpers for the published layout: width folding, "none" marks and list splitting. */
final class Texts {
  private static final Pattern SPACES = Pattern.compile("\\s+");
  /** Blanks between words as printed, the full-width U+3000 too, which {@code \s} alone does not match. */
  static final Pattern BLANKS = Pattern.compile("[\\s\u3000]+");
  /** How a note under a table starts: ※, ＊ or *, or 注 with a bracket or colon ("注）", "（注）", "注:"). */
  private static final Pattern NOTE = Pattern.compile("[※＊*]|[(（]?注[)）:：]");
  /** 、 in either width, or a full-width comma, as some forms list laws and plans with it. */
  private static final Pattern LIST_SEPARATOR = Pattern.compile("[、､，]");
  private static final String OPENING = "(（「『［[〔【";
  private static final String CLOSING = ")）」』］]〕】";

  private Texts() {}

  /** Folds full-width letters, digits and brackets to their half-width forms (NFKC). */
  static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC);
  }

  /** The text for comparing labels: folded, with every space removed. */
  static String key(String s) {
    return SPACES.matcher(fold(s)).replaceAll("");
  }

  /**
   * Whether a cell says "nothing here": empty, or a dash of any width or kind (the hyphen ‐ and
   * the en dash – as well, which word processors put for a typed -).
   */
  static boolean isNone(String s) {
    String k = key(s);
    return k.isEmpty() || (k.length() == 1 && DASHES.indexOf(k.charAt(0)) >= 0);
  }

  /**
   * Whether a list's item says in words that there is none (なし, 特になし, 該当なし。, 無し): a sheet
   * without a plan, a law or a pledge writes so in the cell, which names no item. A text (a comment,
   * a reason) keeps its "特になし。" as printed.
   */
  static boolean isNoItem(String s) {
    return isNone(s) || NO_ITEM.matcher(key(s)).matches();
  }

  private static final Pattern NO_ITEM = Pattern.compile("(?:特に|該当)?(?:なし|無し|ナシ|無)[。.]?");

  /** The dashes {@link #isNone} reads, once folded (the full-width － folds to -). */
  private static final String DASHES = "—-―−ー‐‑‒–";

  /** The text, or null when it says "nothing here". */
  static String orNull(String s) {
    return s == null || isNone(s) ? null : s;
  }

  /**
   * Splits a cell listing several items with 、 and removes the spaces that a wrapped cell left
   * between two Japanese characters ("番号の 利用等" was one word on the paper sheet).
   * An item saying there is none ({@link #isNoItem}) is left out.
   */
  static List<String> splitList(String cell) {
    List<String> out = new ArrayList<>();
    for (String part : splitOutsideBrackets(cell)) {
      String item = unwrap(part.strip());
      if (!isNoItem(item)) {
        out.add(item);
      }
    }
    return out;
  }

  /**
   * Whether a list's line goes on into the next line's first item, its last item ({@code end}) cut
   * by a wrap: the item leaves a bracket open (「つくば市DX推 … 進計画」, （令和3年法律第35 … 号）) or
   * ends with a middle dot, which joins two words (子ども・ … 子育て支援法), or the next line starts
   * with what starts no word, a small kana or an iteration mark (…セキュリテ … ィポリシー), or with a
   * word that only joins or ends a verb (を, 及び, に関する, の3 after 第234条, する after …に関).
   * Where the item does not end as a name does ({@link #endsAName}), a particle at its end
   * (…識別するための … 番号の…) or at the next line's start before kanji, katakana, Latin or a figure
   * (…識別するため … の番号…, つくば市 … のDX推進方針) joins too: a name rarely ends in a particle,
   * and a word of kana (と畜場法) starts a name only after one that ended.
   * Otherwise a line may end an item or be cut inside one, which the layout does not tell (つくば市 …
   * SDGs未来都市計画): the next line starts an item, as a list written one item a line needs. So
   * does a next line starting with ・ or ー, which staff type as bullets, unless the item above is
   * unfinished and not a bullet's ({@link #cutBeforeMark}).
   */
  static boolean listRunsOn(String end, String next) {
    if (end.isEmpty() || next.isEmpty()) {
      return false;
    }
    boolean open = brackets(end).depth() > 0;
    boolean joining = MIDDLE_DOTS.indexOf(end.charAt(end.length() - 1)) >= 0;
    boolean cut = STARTS_NO_WORD.indexOf(next.charAt(0)) >= 0 || JOINING_START.matcher(next).lookingAt();
    boolean particle = PARTICLE_END.matcher(end).find() || PARTICLE_START.matcher(next).lookingAt();
    return open || joining || cut || (!endsAName(end) && (particle || cutBeforeMark(end, next)));
  }

  /**
   * Whether a line and the next, which {@link #listRunsOn} reads as two items, may yet be one name
   * cut by a wrap: the item above does not end as a name does (つくば市 … SDGs未来都市計画, …DX推 …
   * 進方針), and the two are not a list bulleted with the same mark. An item the line ended with a
   * 、 and a "none" ({@link #isNoItem}) are not cut.
   */
  static boolean listMayRunOn(String end, String next) {
    if (isNoItem(end) || isNoItem(next) || endsAName(end) || listRunsOn(end, next)) {
      return false;
    }
    char mark = next.charAt(0);
    boolean bulleted = end.charAt(0) == mark && (MIDDLE_DOTS.indexOf(mark) >= 0 || LONG_VOWELS.indexOf(mark) >= 0);
    return !bulleted;
  }

  /**
   * Whether the next line's ・ or ー is a wrap's and not a bullet's, the item above not having ended
   * as a name does: a ・ after an item that did not start with one (つくば市子ども … ・子育て支援事業計画),
   * a ー after a katakana, whose long vowel it is (…センタ … ー整備計画), in an item that did not
   * start with ー. After a kanji, ー is a dash typed for a bullet.
   */
  private static boolean cutBeforeMark(String end, String next) {
    char mark = next.charAt(0);
    boolean bulleted = end.charAt(0) == mark;
    if (MIDDLE_DOTS.indexOf(mark) >= 0) {
      return !bulleted && MIDDLE_DOTS.indexOf(end.charAt(0)) < 0;
    }
    return LONG_VOWELS.indexOf(mark) >= 0 && !bulleted && LONG_VOWEL_AFTER.matcher(end).find();
  }

  private static final String LONG_VOWELS = "ーｰ";
  /** A katakana that a long vowel may follow, in either width (not ン, ッ, or a long vowel itself). */
  private static final Pattern LONG_VOWEL_AFTER = Pattern.compile("[ァ-ヂツ-ヲヴ-ヶｦ-ｮｱ-ﾜ]$");

  /**
   * Whether an item ends as the name of a plan or a law does: in 計画, 方針, 戦略, 条例, 法, ビジョン,
   * プラン, 要綱, 指針 and their like, an article (第2条), など or 等, or a closing bracket (「…」, （第2期）).
   */
  static boolean endsAName(String item) {
    return NAME_END.matcher(item).find();
  }

  private static final Pattern NAME_END = Pattern.compile("(?:計画|方針|戦略|構想|条例|規則|規程|規約|要綱|要領|指針|大綱|基準"
      + "|法|法律|令|告示|通知|通達|宣言|憲章|協定|制度|書|条|項|号|等|など"
      + "|ビジョン|プラン|プログラム|ポリシー|ガイドライン|マニュアル|ロードマップ|ガイドブック|ハンドブック|ルール|アジェンダ|パッケージ"
      + "|[)）」』】〕\\]])$");
  /**
   * A particle or a joining word at an item's end (…の, …を, …及び, …に関する), but not the kana that
   * end a noun of their own (ふるさと, ひと, こと, くに).
   */
  private static final Pattern PARTICLE_END = Pattern.compile(
      "(?:[をのはがでや]|(?<![ひこさ])と|(?<!く)に)$|(?:及び|並びに|又は|若しくは|関する|係る|おける|基づく|対する|伴う|よる|ついて)$");
  /** A particle before a word of kanji, katakana, Latin letters or a figure at a line's start (の番号…, のDX…). */
  private static final Pattern PARTICLE_START = Pattern.compile("[のにはがでとや][\\p{IsHan}\\p{IsKatakana}0-9０-９A-Za-zＡ-Ｚａ-ｚ]");
  /**
   * What joins two words or ends a verb and starts no name: を, 及び, に関する, の3 (第234条の3), and
   * する (…に関 … する法律).
   */
  private static final Pattern JOINING_START = Pattern.compile(
      "を|及び|並びに|又は|若しくは|に(?:関する|係る|おける|基づく|対する|伴う|よる|より|ついて)|の[0-9０-９]|する|される|させる");

  private static final String MIDDLE_DOTS = "・･";
  /** The small kana, in either width, and the iteration marks. */
  private static final String STARTS_NO_WORD = "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶｧｨｩｪｫｯｬｭｮ々ゝゞヽヾ";

  /** Where the last item of a list's text starts: after its last 、 outside brackets. */
  static int lastItemStart(String text) {
    List<Integer> at = brackets(text).separators();
    return at.isEmpty() ? 0 : at.get(at.size() - 1) + 1;
  }

  /** A list's first item: its text up to its first 、 outside brackets. */
  static String firstItem(String text) {
    List<Integer> at = brackets(text).separators();
    return (at.isEmpty() ? text : text.substring(0, at.get(0))).strip();
  }

  /** The places of a text's 、 outside brackets, and how many brackets are open at its end. */
  private record Brackets(List<Integer> separators, int depth) {}

  private static Brackets brackets(String text) {
    List<Integer> separators = new ArrayList<>();
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (OPENING.indexOf(c) >= 0) {
        depth++;
      } else if (CLOSING.indexOf(c) >= 0 && depth > 0) {
        depth--;
      } else if (depth == 0 && LIST_SEPARATOR.matcher(String.valueOf(c)).matches()) {
        separators.add(i);
      }
    }
    return new Brackets(separators, depth);
  }

  /** Two pieces of one wrapped item joined as {@link #runOn} joins lines: directly, unless both sides are Latin. */
  static String joinWrapped(String a, String b) {
    boolean direct = !a.isEmpty() && !b.isEmpty() && (a.charAt(a.length() - 1) > 0x7F || b.charAt(0) > 0x7F);
    return a + (direct ? "" : " ") + b;
  }

  /**
   * Splits at each 、 (or ，) that is not inside brackets: a law's name may carry its number in brackets
   * ("地方自治法（昭和22年法律第67号、第2条）") or be quoted (「…」), and is one item. When the
   * brackets do not pair up, every 、 splits.
   */
  private static List<String> splitOutsideBrackets(String cell) {
    Brackets b = brackets(cell);
    if (b.depth() != 0) {
      // Brackets that never close (a name cut off by the form) say nothing about where items end.
      return List.of(LIST_SEPARATOR.split(cell));
    }
    List<String> parts = new ArrayList<>();
    int start = 0;
    for (int at : b.separators()) {
      parts.add(cell.substring(start, at));
      start = at + 1;
    }
    parts.add(cell.substring(start));
    return parts;
  }

  /**
   * Removes the spaces a wrapped line left inside an item: all but those between two ASCII
   * characters, as {@link #runOn} joins lines ("番号の 利用等" → 番号の利用等, "政令第 320号" →
   * 政令第320号, "SDGs 未来都市計画" → SDGs未来都市計画; "Microsoft Teams" stays).
   */
  static String unwrap(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        int j = i;
        while (j < s.length() && Character.isWhitespace(s.charAt(j))) {
          j++;
        }
        boolean wideBefore = sb.length() > 0 && sb.charAt(sb.length() - 1) > 0x7F;
        boolean wideAfter = j < s.length() && s.charAt(j) > 0x7F;
        if (!(wideBefore || wideAfter)) {
          sb.append(s, i, j);
        }
        i = j - 1;
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * Adds the cells of a long text's next line to the cells above: the line's first cell runs on
   * from the last one above, directly ("…システムの" and "利用件数" were one word on the paper sheet,
   * and a reader searching for it must find it; so were "延べ" and "240人", "、" and "AI議事録") but
   * with one space between two Latin words or figures ("Microsoft" and "Teams"); its other cells
   * stay cells.
   */
  static void runOn(List<Cell> above, List<Cell> next) {
    if (above.isEmpty() || next.isEmpty()) {
      above.addAll(next);
      return;
    }
    Cell last = above.get(above.size() - 1);
    above.set(above.size() - 1, last.withText(joinWrapped(last.text(), next.get(0).text())));
    above.addAll(next.subList(1, next.size()));
  }

  /**
   * Whether the line is a note under a table ("※人件費計は、…"), which has no place in the content:
   * it is skipped with a warning, rather than refusing the sheet as an unknown line. {@code
   * afterText}: the line comes after a text that a line starting with a tab continues.
   */
  static boolean skipNote(Row row, String field, boolean afterText, Problems p) {
    List<Cell> cells = row.nonEmpty();
    // After a text that may run on, only at the line's start: a line that starts with a tab
    // continues that text ("\t※344日×…").
    if (cells.isEmpty() || !NOTE.matcher((afterText ? row.cells().get(0) : cells.get(0)).text()).lookingAt()) {
      return false;
    }
    p.warning(row, cells.get(0), field, "a note under the table is not imported: " + row.joined(),
        "if it should be published, add it to one of the sheet's texts in " + Problems.WRITTEN_FILE);
    return true;
  }

  /**
   * The notes under one table, line by line: a note is skipped as {@link #skipNote} says, and so
   * are the lines it wraps onto ("※人件費は、…報酬は事業費に" and then "含まれている。"): one cell
   * each that the table does not take for a line of its own, until a blank line or a line of the
   * table.
   */
  static final class Notes {
    private final String field;
    private final Predicate<Row> tableLine;
    private boolean open;

    /** {@code tableLine}: whether a line is one of the table's own (an item, a heading of years). */
    Notes(String field, Predicate<Row> tableLine) {
      this.field = field;
      this.tableLine = tableLine;
    }

    /** Whether {@code row} is a note, or a line a note wraps onto, to be skipped. */
    boolean skip(Row row, boolean afterText, Problems p) {
      if (skipNote(row, field, afterText, p)) {
        open = true;
      } else {
        open = open && row.nonEmpty().size() == 1 && !tableLine.test(row);
      }
      return open;
    }
  }

  /** Joins non-empty parts with one space, or null when there are none. */
  static String joinOrNull(List<String> parts) {
    List<String> kept = parts.stream().filter(p -> p != null && !p.isBlank()).toList();
    return kept.isEmpty() ? null : String.join(" ", kept);
  }
}
