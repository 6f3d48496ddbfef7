package kokai.model;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
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

  /** A record type's components and their accessors, opened once: every read of a sheet goes through them. */
  private record Shape(RecordComponent[] components, java.lang.reflect.Method[] accessors) {}

  private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
    @Override
    protected Shape computeValue(Class<?> type) {
      // getRecordComponents() and getAccessor() build new objects on every call, and a fresh
      // accessor checks access on every invoke: read them once per type and open them.
      RecordComponent[] components = type.getRecordComponents();
      java.lang.reflect.Method[] accessors = new java.lang.reflect.Method[components.length];
      for (int i = 0; i < components.length; i++) {
        accessors[i] = components[i].getAccessor();
        accessors[i].setAccessible(true);
      }
      return new Shape(components, accessors);
    }
  };

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
      Shape shape = SHAPES.get(r.getClass());
      for (int i = 0; i < shape.components().length; i++) {
        String name = shape.components()[i].getName();
        Object v = read(shape.accessors()[i], name, r);
        if (filter.keep(r, name, v)) {
          out.put(name, of(v, filter));
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

  private static Object read(java.lang.reflect.Method accessor, String name, Record r) {
    try {
      return accessor.invoke(r);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + name + " of " + r.getClass().getSimpleName(), e);
    }
  }
}
