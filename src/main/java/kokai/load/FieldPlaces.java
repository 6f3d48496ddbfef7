package kokai.load;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import kokai.model.RecordShape;

/**
 * Where each field name belongs in a file's record tree ({@code target} under {@code overview},
 * {@code period} at the top), so that a field written in the wrong section is told where to go
 * rather than given the list of the fields of the place it is in. Made once per root record type,
 * and only when such a field turns up.
 */
final class FieldPlaces {
  private final Map<Class<?>, Map<String, List<String>>> byRoot = new ConcurrentHashMap<>();

  /** The places ("" for the top level, else a dotted path such as {@code costs.funding}) that have {@code field}. */
  List<String> of(Class<?> root, String field) {
    return byRoot.computeIfAbsent(root, FieldPlaces::index).getOrDefault(field, List.of());
  }

  /** Says where the places are, for a hint: "at the top level of the file (not indented)" or "under overview". */
  static String describe(List<String> places) {
    List<String> words = new ArrayList<>();
    for (String p : places) {
      words.add(p.isEmpty() ? "at the top level of the file (not indented)" : "under " + p);
    }
    return String.join(" or ", words);
  }

  private static Map<String, List<String>> index(Class<?> root) {
    Map<String, List<String>> out = new TreeMap<>();
    walk(root, "", out, new HashSet<>());
    return out;
  }

  private static void walk(Class<?> type, String path, Map<String, List<String>> out, Set<Class<?>> seen) {
    if (!seen.add(type)) {
      return;
    }
    for (RecordShape.Component c : RecordShape.of(type).components()) {
      out.computeIfAbsent(c.name(), k -> new ArrayList<>()).add(path);
      Class<?> inner = recordIn(c.component().getGenericType());
      if (inner != null) {
        walk(inner, path.isEmpty() ? c.name() : path + "." + c.name(), out, seen);
      }
    }
    seen.remove(type);
  }

  /** The record a component holds, directly or as the items of a list; null for anything else. */
  private static Class<?> recordIn(Type t) {
    if (t instanceof Class<?> c) {
      return Record.class.isAssignableFrom(c) ? c : null;
    }
    if (t instanceof ParameterizedType p && p.getRawType() == List.class) {
      return recordIn(p.getActualTypeArguments()[0]);
    }
    return null;
  }
}
