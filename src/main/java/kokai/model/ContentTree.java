package kokai.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A model value in the shape of the content format, as plain Java values a JSON or YAML writer
 * takes as they are: a record becomes a map of its components in declaration order, a list a list,
 * a closed set its Japanese label, a date its ISO text; numbers, text, booleans and null stay.
 * The importer, the corpus generator and the data downloads all write content through this one
 * walk, so the three cannot disagree about the format.
 *
 * <pre>{@code
 * Object tree = ContentTree.of(sheet);   // {fiscalYear=2022, id=088, title=…, …}
 * }</pre>
 */
public final class ContentTree {
  /** Decides whether one component of a record is written. */
  @FunctionalInterface
  public interface Filter {
    boolean keep(Record owner, String component, Object value);
  }

  private ContentTree() {}

  /** Every component written. */
  public static Object of(Object value) {
    return of(value, (owner, component, v) -> true);
  }

  /** The components {@code filter} keeps written. */
  public static Object of(Object value, Filter filter) {
    if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
      return value;
    }
    if (value instanceof Labeled l) {
      return l.label();
    }
    if (value instanceof LocalDate d) {
      return d.toString();
    }
    if (value instanceof Record r) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (RecordShape.Component c : RecordShape.of(r.getClass()).components()) {
        Object v = c.read(r);
        if (filter.keep(r, c.name(), v)) {
          out.put(c.name(), of(v, filter));
        }
      }
      return out;
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      list.forEach(item -> out.add(of(item, filter)));
      return out;
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new TreeMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(k), of(v, filter)));
      return out;
    }
    throw new IllegalArgumentException("no content form for " + value.getClass().getName());
  }
}
