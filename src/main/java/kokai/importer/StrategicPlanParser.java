package kokai.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import kokai.model.PlanEntry;

/**
 * 戦略プラン: one entry per line, its code spread over cells ("IV-3", "3", "2" → IV-3-3-2) and
 * then its title. When the titles of several entries were printed in one cell, space-separated
 * (the form's cell is narrow), the first title goes to the first entry, the second to the second.
 */
final class StrategicPlanParser {
  private static final Pattern CODE_PART = Pattern.compile("^[IVXLivxl0-9]+(?:-[IVXLivxl0-9]+)*$");

  private StrategicPlanParser() {}

  private static final class Entry {
    final BasicInfoReader.Values line;
    final String code;
    String title;

    Entry(BasicInfoReader.Values line, String code, String title) {
      this.line = line;
      this.code = code;
      this.title = title;
    }
  }

  static List<PlanEntry> parse(List<BasicInfoReader.Values> lines, Problems p) {
    List<Entry> entries = new ArrayList<>();
    for (BasicInfoReader.Values line : lines) {
      List<String> code = new ArrayList<>();
      List<String> title = new ArrayList<>();
      for (Cell c : line.cells()) {
        readCell(c.text(), code, title);
      }
      String t = Texts.orNull(Texts.joinOrNull(title));
      if (!code.isEmpty()) {
        entries.add(new Entry(line, String.join("-", code), t));
      } else if (t != null && !entries.isEmpty()) {
        Entry prev = entries.get(entries.size() - 1);
        prev.title = prev.title == null ? t : prev.title + " " + t;
      } else if (t != null) {
        p.error(line.row(), line.cells().get(0), "strategicPlan", "a strategic-plan title without a code: " + t,
            "write the entry's code (e.g. IV-3 3 2) before its title");
      }
    }
    shareTitles(entries, p);
    return entries.stream().map(e -> new PlanEntry(e.code, e.title)).toList();
  }

  /** Leading cells and words that are parts of a code go to the code; the rest, as printed, is the title. */
  private static void readCell(String text, List<String> code, List<String> title) {
    if (!title.isEmpty()) {
      title.add(text);
      return;
    }
    String rest = text;
    while (!rest.isEmpty()) {
      String[] split = Texts.BLANKS.split(rest, 2);
      String word = Texts.fold(split[0]).replace('‐', '-').replace('－', '-');
      if (Texts.isNone(word) || !CODE_PART.matcher(word).matches()) {
        if (!Texts.isNone(rest)) {
          title.add(rest);
        }
        return;
      }
      code.add(word);
      rest = split.length > 1 ? split[1].strip() : "";
    }
  }

  private static void shareTitles(List<Entry> entries, Problems p) {
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      int untitled = 0;
      while (i + 1 + untitled < entries.size() && entries.get(i + 1 + untitled).title == null) {
        untitled++;
      }
      if (e.title != null && untitled == 0) {
        e.title = Texts.unwrap(e.title); // one entry's title, wrapped in its narrow cell
      }
      if (e.title == null || untitled == 0) {
        continue;
      }
      String[] words = Texts.BLANKS.split(e.title);
      if (words.length == untitled + 1) {
        for (int k = 0; k <= untitled; k++) {
          entries.get(i + k).title = words[k];
        }
      } else {
        p.warning(e.line.row(), null, "strategicPlan", "the title \"" + e.title + "\" may belong to "
            + (untitled + 1) + " entries; it was kept on the first (" + e.code + ")",
            "check the titles of the strategic-plan entries in " + Problems.WRITTEN_FILE);
      }
      i += untitled;
    }
  }
}
