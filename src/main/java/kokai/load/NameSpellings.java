package kokai.load;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kokai.diag.Diagnostics;
import kokai.diag.SourceLocation;
import kokai.model.Organization;

/**
 * Finds a department, division or section written two ways across the sheets (第２ / 第2, ｶﾅ / カナ,
 * a space inside, IT / It): listings group by the exact name, so the site would show two
 * departments. The names are published as written, so this only warns, at each sheet with the
 * less used spelling. Names are compared under NFKC, whatever the letters' case, with all white
 * space removed; a division only within its department and a section within its division. One
 * pass over the sheets, one map lookup per name.
 */
final class NameSpellings {

  /** Where a sheet's organisation names are written; a name that is absent is placed at its sheet. */
  record Places(SourceLocation department, SourceLocation division, SourceLocation section) {}

  /** One loaded sheet's organisation, file and places. */
  record Named(Organization org, int fiscalYear, Path file, Places at) {}

  enum Level {
    DEPARTMENT("department"), DIVISION("division"), SECTION("section");

    final String word;

    Level(String word) {
      this.word = word;
    }
  }

  /** A name at one level within its (compared) parents: two keys are equal when the names would be merged by a reader. */
  record Key(Level level, String department, String division, String section) {}

  /** Groups the names of the sheets and warns about each group of more than one. */
  void check(List<Named> sheets, Diagnostics d) {
    Map<String, String> compared = new HashMap<>();
    Map<Key, Map<String, List<Named>>> groups = new LinkedHashMap<>();
    for (Named n : sheets) {
      for (Key k : keys(n, compared)) {
        add(groups, k, name(k.level(), n), n);
      }
    }
    groups.forEach((key, spellings) -> {
      if (spellings.size() > 1) {
        report(key.level(), spellings, d);
      }
    });
  }

  /**
   * Warns about the one group {@code members} (in load order) make at {@code key}, as
   * {@link #check(List, Diagnostics)} would: for a preview's edit, which knows the groups.
   */
  static void checkGroup(Key key, List<Named> members, Diagnostics d) {
    Map<String, List<Named>> spellings = new LinkedHashMap<>(2);
    members.forEach(n -> spellings.computeIfAbsent(name(key.level(), n), k -> new ArrayList<>()).add(n));
    if (spellings.size() > 1) {
      report(key.level(), spellings, d);
    }
  }

  private static String name(Level level, Named n) {
    return switch (level) {
      case DEPARTMENT -> n.org().department();
      case DIVISION -> n.org().division();
      case SECTION -> n.org().section();
    };
  }

  /** The sheet's department, division and (when it has one) section, as compared. */
  static List<Key> keys(Named n, Map<String, String> compared) {
    Organization o = n.org();
    String dept = compared.computeIfAbsent(o.department(), NameSpellings::comparable);
    String div = compared.computeIfAbsent(o.division(), NameSpellings::comparable);
    Key department = new Key(Level.DEPARTMENT, dept, null, null);
    Key division = new Key(Level.DIVISION, dept, div, null);
    if (o.section() == null) {
      return List.of(department, division);
    }
    String sec = compared.computeIfAbsent(o.section(), NameSpellings::comparable);
    return List.of(department, division, new Key(Level.SECTION, dept, div, sec));
  }

  /**
   * The name as a reader would take it: width, compatibility forms (㈱), spaces and the case of
   * Latin letters ({@code IT} / {@code It}, {@code ICT} / {@code ict}) do not count.
   */
  static String comparable(String name) {
    // Upper then lower case folds what one lower-casing leaves apart (ß / SS, the Kelvin sign).
    String n = Normalizer.normalize(name, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(n.length());
    n.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).forEach(out::appendCodePoint);
    return out.toString();
  }

  private static void add(Map<Key, Map<String, List<Named>>> groups, Key key, String spelling, Named n) {
    groups.computeIfAbsent(key, k -> new LinkedHashMap<>(2)).computeIfAbsent(spelling, k -> new ArrayList<>()).add(n);
  }

  /**
   * The spelling most sheets use is taken as the one meant (on a tie, the one of the latest fiscal
   * year, so a renamed department follows its newest sheets); every other one is warned at.
   */
  private static void report(Level level, Map<String, List<Named>> spellings, Diagnostics d) {
    List<Map.Entry<String, List<Named>>> ranked = new ArrayList<>(spellings.entrySet());
    ranked.sort(Comparator.<Map.Entry<String, List<Named>>>comparingInt(e -> -e.getValue().size())
        .thenComparing(e -> -latestYear(e.getValue()))
        .thenComparing(Map.Entry::getKey));
    String meant = ranked.get(0).getKey();
    List<Named> users = ranked.get(0).getValue();
    int others = ranked.size() - 2;
    for (Map.Entry<String, List<Named>> e : ranked.subList(1, ranked.size())) {
      String message = "the " + level.word + " \"" + e.getKey() + "\" is also written \"" + meant + "\" in " + files(users)
          + (others > 0 ? ", and " + others + (others == 1 ? " other way" : " other ways") : "")
          + ": the site lists them as separate " + level.word + "s";
      String hint = "write it as in " + shown(users.get(0).file()) + ": " + meant + ", so that the site lists the sheets together";
      for (Named n : e.getValue()) {
        d.warning(place(level, n.at()), "organization." + level.word, message, hint);
      }
    }
  }

  private static int latestYear(List<Named> users) {
    return users.stream().mapToInt(Named::fiscalYear).max().orElse(0);
  }

  private static SourceLocation place(Level level, Places at) {
    return switch (level) {
      case DEPARTMENT -> at.department();
      case DIVISION -> at.division();
      case SECTION -> at.section();
    };
  }

  /** The first one or two files and how many more: "2022/088.yaml, 2022/090.yaml and 3 more files". */
  private static String files(List<Named> users) {
    if (users.size() == 1) {
      return shown(users.get(0).file());
    }
    String two = shown(users.get(0).file()) + (users.size() == 2 ? " and " : ", ") + shown(users.get(1).file());
    int more = users.size() - 2;
    return more == 0 ? two : two + " and " + more + (more == 1 ? " more file" : " more files");
  }

  /** A sheet file as staff name it: its fiscal-year folder and file name. */
  private static String shown(Path file) {
    Path dir = file.getParent();
    return (dir == null || dir.getFileName() == null ? "" : dir.getFileName() + "/") + file.getFileName();
  }
}
