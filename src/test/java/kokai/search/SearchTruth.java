package kokai.search;

import java.lang.reflect.RecordComponent;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import kokai.model.Labeled;
import kokai.model.Sheet;

/**
 * What a search must return, computed straight from the sheets: every String anywhere in a sheet
 * (found by walking its record components, not by the index's list of fields) is normalised on its
 * own, and a sheet matches when each query word is a substring of one of them.
 */
final class SearchTruth {
  /** Not searchable text: the ids of related sheets (references, not words of this sheet). */
  private static final Set<String> NOT_TEXT = Set.of("related");
  private static final Pattern SPACES = Pattern.compile("[\\s\\p{Cntrl}\\p{Z}\\ufeff]+", Pattern.UNICODE_CHARACTER_CLASS);

  private SearchTruth() {}

  record Field(String path, String text) {
    int zone() {
      if (path.equals("title") || path.equals("id")) {
        return 0;
      }
      return path.startsWith("overview.") ? 1 : 2;
    }
  }

  /**
   * NFKC, lower case with dashes and wave dashes folded by the index's own rule ({@link SearchText#lower},
   * which makes İ i, whose lower case is two units), spaces collapsed.
   */
  static String normalize(String s) {
    String n = SearchText.lower(Normalizer.normalize(s, Normalizer.Form.NFKC));
    return SPACES.matcher(n).replaceAll(" ").trim();
  }

  static List<Field> fields(Sheet sheet) {
    return rawFields(sheet).stream().map(f -> new Field(f.path(), normalize(f.text()))).toList();
  }

  /** Every text of the sheet as written. */
  static List<Field> rawFields(Sheet sheet) {
    List<Field> out = new ArrayList<>();
    walk("", sheet, out);
    return out;
  }

  private static void walk(String path, Object value, List<Field> out) {
    if (value instanceof String s) {
      out.add(new Field(path, s));
    } else if (value instanceof Labeled l) {
      out.add(new Field(path, l.label())); // written in the sheet's file as its label (活動結果指標)
    } else if (value instanceof List<?> list) {
      for (Object o : list) {
        walk(path, o, out);
      }
    } else if (value != null && value.getClass().isRecord()) {
      for (RecordComponent c : value.getClass().getRecordComponents()) {
        if (NOT_TEXT.contains(c.getName())) {
          continue;
        }
        try {
          walk(path.isEmpty() ? c.getName() : path + "." + c.getName(), c.getAccessor().invoke(value), out);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
    }
  }

  /**
   * The sheets matching every word and filter, in the order the page must list them: by the sum over
   * words of the best zone a word occurs in, then newest fiscal year, then id. Each as "2022/088".
   */
  static List<String> expected(List<Sheet> sheets, String query, Map<String, String> filters) {
    Map<String, List<String>> any = new java.util.HashMap<>();
    filters.forEach((k, v) -> any.put(k, List.of(v)));
    return expectedAny(sheets, query, any);
  }

  /** As {@link #expected}, where a sheet passes a filter given several values by having any of them. */
  static List<String> expectedAny(List<Sheet> sheets, String query, Map<String, List<String>> filters) {
    List<String> words = List.of(normalize(query).split(" ")).stream().filter(w -> !w.isEmpty()).distinct().toList();
    record Hit(Sheet sheet, int rank) {}
    List<Hit> hits = new ArrayList<>();
    for (Sheet s : sheets) {
      if (!passes(s, filters)) {
        continue;
      }
      List<Field> fields = fields(s);
      int rank = 0;
      boolean all = true;
      for (String w : words) {
        int best = fields.stream().filter(f -> f.text().contains(w)).mapToInt(Field::zone).min().orElse(-1);
        all &= best >= 0;
        rank += best;
      }
      if (all) {
        hits.add(new Hit(s, rank));
      }
    }
    return hits.stream()
        .sorted(Comparator.comparingInt(Hit::rank)
            .thenComparing(h -> -h.sheet().fiscalYear())
            .thenComparing(h -> h.sheet().id(), kokai.model.SheetRef.NUMBER_ORDER))
        .map(h -> h.sheet().fiscalYear() + "/" + h.sheet().id())
        .toList();
  }

  private static boolean passes(Sheet s, Map<String, List<String>> filters) {
    for (Map.Entry<String, List<String>> f : filters.entrySet()) {
      if (f.getValue().stream().noneMatch(v -> passes(s, f.getKey(), v))) {
        return false;
      }
    }
    return true;
  }

  private static boolean passes(Sheet s, String filter, String value) {
    return switch (filter) {
      case "year" -> Integer.toString(s.fiscalYear()).equals(value);
      case "dept" -> s.organization().department().equals(value);
      case "sdg" -> s.sdgs().contains(Integer.parseInt(value));
      case "direction" -> s.direction() != null && value.equals(s.direction().decision());
      default -> throw new IllegalArgumentException("unknown filter " + filter);
    };
  }
}
