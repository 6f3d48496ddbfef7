package kokai.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kokai.model.BudgetAccount;
import kokai.model.Organization;
import kokai.model.Slugs;

/** Turns the values of 事業の基本情報 into their fields: id and title, account, organisation, lists. */
final class BasicInfoParser {
  // A full-width space (U+3000), which \\s does not match, separates as well as a space.
  private static final Pattern ID_TITLE = Pattern.compile("^([^\\s\u3000]+)[\\s\u3000]*(.*)$", Pattern.DOTALL);
  private static final Pattern ACCOUNT = Pattern.compile("^([0-9０-９][0-9０-９\\-－‐]*)\\s*(.*)$", Pattern.DOTALL);
  private static final Pattern SECOND_ACCOUNT = Pattern.compile("(?:\\S\\s+|[^\\s0-9０-９\\-－‐])[0-9０-９]{2}[-－‐][0-9０-９]{6}");
  /** A further account's code and what stands before it (the first's name, run on or spaced). */
  private static final Pattern SECOND_CODE = Pattern.compile("(\\S)\\s*([0-9０-９]{2}[-－‐][0-9０-９]{6})");
  private static final Pattern SDG = Pattern.compile("^(\\d{1,2})(?!\\d).*", Pattern.DOTALL);
  /**
   * Where a cell's next goal starts: at its number after a space, a 、, ・, / or ; ("08働きがいも経済成長も、
   * 09産業と…"), or at a two-digit number right after the name before ("11住み続けられるまちづくりを13気候…";
   * no goal's name has a figure in it).
   */
  private static final Pattern GOAL_START = Pattern.compile(
      "[\\s\u3000、，,・･/／;；]+(?=[0-9０-９])|(?<=[^\\s\u3000、，,・･/／;；0-9０-９A-Za-z])(?=(?:[0０][1-9１-９]|[1１][0-7０-７])[^0-9０-９])");
  private static final Pattern PLEDGE_SEPARATOR = Pattern.compile("[\\s\u3000]*[、,，][\\s\u3000]*");
  /** A pledge's number as sheets print it ("04", "1", "IV-2"); a pledge written with its words is not split at its spaces. */
  private static final Pattern PLEDGE_CODE = Pattern.compile("[0-9０-９A-Za-zＡ-Ｚａ-ｚⅠ-Ⅻ.．\\-－‐]{1,8}");

  private BasicInfoParser() {}

  static BasicInfo parse(List<Row> rows, Row heading, Problems p) {
    Map<BasicField, List<BasicInfoReader.Values>> v = BasicInfoReader.read(rows, p);
    String[] idTitle = idAndTitle(v, heading, p);
    return new BasicInfo(idTitle[0], idTitle[1], account(v, p), organization(v, heading, p), pledges(v),
        StrategicPlanParser.parse(v.getOrDefault(BasicField.PLAN, List.of()), p),
        text(v, BasicField.STATUS), text(v, BasicField.CLASSIFICATION), text(v, BasicField.DELIVERY),
        list(v, BasicField.PLANS, p), list(v, BasicField.LEGAL, p), text(v, BasicField.PERIOD), sdgs(v, p));
  }

  /** All of an item's values, a line running on from the one above it ({@link Texts#runOn}); null when none. */
  static String text(Map<BasicField, List<BasicInfoReader.Values>> v, BasicField f) {
    List<Cell> cells = new ArrayList<>();
    for (BasicInfoReader.Values line : v.getOrDefault(f, List.of())) {
      Texts.runOn(cells, line.cells());
    }
    return Texts.orNull(Texts.joinOrNull(cells.stream().map(Cell::text).toList()));
  }

  private static String[] idAndTitle(Map<BasicField, List<BasicInfoReader.Values>> v, Row heading, Problems p) {
    String text = text(v, BasicField.NAME);
    Row at = v.containsKey(BasicField.NAME) ? v.get(BasicField.NAME).get(0).row() : heading;
    if (text == null) {
      p.error(at, "id", "the sheet has no 事務事業名 (project number and name)",
          "write the number and the name after 事務事業名, e.g. 088 情報通信ネットワーク運営業務");
      return new String[] {null, null};
    }
    Matcher m = ID_TITLE.matcher(text);
    m.matches();
    String id = Texts.fold(m.group(1));
    String title = m.group(2).strip();
    if (!Slugs.isSafe(id) || title.isEmpty()) {
      p.error(at, "id", "cannot read the project number and name from \"" + text + "\"",
          "write the number (letters, digits, '-') then a space and the name, e.g. 088 情報通信ネットワーク運営業務");
      return new String[] {null, null};
    }
    return new String[] {id, title};
  }

  private static BudgetAccount account(Map<BasicField, List<BasicInfoReader.Values>> v, Problems p) {
    String text = text(v, BasicField.ACCOUNT);
    if (text == null) {
      return null;
    }
    Matcher code = SECOND_CODE.matcher(text);
    if (!ACCOUNT.matcher(text).matches() && code.find()) {
      // A special account's name printed before the code (国民健康保険特別会計 02-010101-01 …): the
      // code is the account's, and the words before it start its name.
      String before = text.substring(0, code.start(2)).strip();
      BudgetAccount rest = account(text.substring(code.start(2)), v, p);
      p.warning(v.get(BasicField.ACCOUNT).get(0).row(), null, "budgetAccount", "the account's code " + rest.code()
          + " is printed after \"" + before + "\": read as the code, and \"" + before + "\" as the start of the account's name",
          "check budgetAccount in " + Problems.WRITTEN_FILE);
      return new BudgetAccount(rest.code(), rest.name() == null ? before : before + " " + rest.name());
    }
    return account(text, v, p);
  }

  private static BudgetAccount account(String text, Map<BasicField, List<BasicInfoReader.Values>> v, Problems p) {
    Matcher second = SECOND_ACCOUNT.matcher(text);
    if (second.find()) {
      // Each further account kept apart in the name: "…運用に / 01-020109-11 …", not run on into it.
      text = SECOND_CODE.matcher(text).replaceAll(r -> Matcher.quoteReplacement(r.group(1) + " / " + r.group(2)));
      p.warning(v.get(BasicField.ACCOUNT).get(0).row(), null, "budgetAccount", "several budget accounts in \""
          + text + "\": the first code is the account's code, the others are kept in its name after \" / \"",
          "check budgetAccount in " + Problems.WRITTEN_FILE);
    }
    Matcher m = ACCOUNT.matcher(text);
    if (!m.matches()) {
      // No account number printed: the whole text is the account's name.
      return new BudgetAccount(null, text);
    }
    return new BudgetAccount(Texts.fold(m.group(1)), Texts.orNull(m.group(2).strip()));
  }

  private static Organization organization(Map<BasicField, List<BasicInfoReader.Values>> v, Row heading, Problems p) {
    String text = text(v, BasicField.ORGANIZATION);
    if (text == null) {
      Row at = v.containsKey(BasicField.ORGANIZATION) ? v.get(BasicField.ORGANIZATION).get(0).row() : heading;
      p.error(at, "organization", "the sheet has no 担当部課 (department and division)",
          "write the department and division after 担当部課, e.g. 政策イノベーション部情報政策課");
      return null;
    }
    String[] dd = OrganizationSplitter.split(text);
    if (dd[1] == null) {
      Row at = v.get(BasicField.ORGANIZATION).get(0).row();
      p.warning(at, null, "organization.division", "cannot tell the division from the department in \"" + text
          + "\"; both are set to it", "correct organization.department and organization.division in " + Problems.WRITTEN_FILE);
      dd[1] = dd[0];
    }
    return new Organization(dd[0], dd[1], text(v, BasicField.SECTION));
  }

  private static List<String> pledges(Map<BasicField, List<BasicInfoReader.Values>> v) {
    List<String> out = new ArrayList<>();
    for (BasicInfoReader.Values line : v.getOrDefault(BasicField.PLEDGES, List.of())) {
      for (Cell c : line.cells()) {
        for (String piece : PLEDGE_SEPARATOR.split(c.text().strip())) {
          String[] words = Texts.BLANKS.split(piece.strip());
          boolean codes = Arrays.stream(words).allMatch(w -> PLEDGE_CODE.matcher(w).matches());
          for (String s : codes ? words : new String[] {piece.strip()}) {
            if (!Texts.isNoItem(s)) {
              out.add(s);
            }
          }
        }
      }
    }
    return out;
  }

  /**
   * A list of plans or laws, a line's last item held until the next line tells whether a wrap cut
   * it ({@link Texts#listRunsOn}). Where the layout cannot tell ({@link Texts#listMayRunOn}), the two
   * are items, as a list written one item a line, with a warning at the next line's cell.
   */
  private static List<String> list(Map<BasicField, List<BasicInfoReader.Values>> v, BasicField f, Problems p) {
    List<String> out = new ArrayList<>();
    String held = null; // a line's last item, until the next line tells whether it goes on there
    int heldLine = 0;
    for (BasicInfoReader.Values line : v.getOrDefault(f, List.of())) {
      List<Cell> cells = line.cells();
      for (int i = 0; i < cells.size(); i++) {
        String text = cells.get(i).text().strip();
        if (i == 0 && held != null) {
          if (Texts.listRunsOn(held, text)) {
            text = Texts.joinWrapped(held, text);
          } else {
            if (Texts.listMayRunOn(held, text)) {
              p.warning(line.row(), cells.get(i), f.field, "\"" + held + "\" at the end of line " + heldLine + " and \""
                  + Texts.firstItem(text) + "\" here are read as two items of " + f.label + ", though a wrap may have cut one name there",
                  "if they are one name, join them in " + Problems.WRITTEN_FILE);
            }
            out.addAll(Texts.splitList(held));
          }
          held = null;
        }
        if (i == cells.size() - 1) {
          int start = Texts.lastItemStart(text);
          out.addAll(Texts.splitList(text.substring(0, start)));
          held = text.substring(start).strip();
          heldLine = line.row().line();
        } else {
          out.addAll(Texts.splitList(text));
        }
      }
    }
    if (held != null) {
      out.addAll(Texts.splitList(held));
    }
    return out;
  }

  private static List<Integer> sdgs(Map<BasicField, List<BasicInfoReader.Values>> v, Problems p) {
    List<Integer> out = new ArrayList<>();
    for (BasicInfoReader.Values line : v.getOrDefault(BasicField.SDGS, List.of())) {
      for (Cell c : line.cells()) {
        // A cell may hold several goals that the export joined ("09産業… 16平和…").
        for (String goalText : GOAL_START.split(c.text().strip())) {
          // なし, 該当なし: a sheet without a goal says so in the cell, as it does for a plan or a pledge.
          if (Texts.isNoItem(goalText)) {
            continue;
          }
          Matcher m = SDG.matcher(Texts.fold(goalText));
          int goal = m.matches() ? Integer.parseInt(m.group(1)) : 0;
          if (goal < 1 || goal > 17) {
            p.error(line.row(), c, "sdgs", "cannot read an SDG goal number from \"" + goalText + "\"",
                "each SDGs cell starts with the goal's number from 1 to 17, e.g. 09産業と技術革新の基盤をつくろう");
          } else if (!out.contains(goal)) {
            out.add(goal);
          }
        }
      }
    }
    return out;
  }
}
