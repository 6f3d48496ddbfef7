package kokai.render.data;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kokai.model.Field;

/**
 * The components of the model's records, read once per record type: {@code getRecordComponents()}
 * makes new objects on every call and their annotations are parsed again each time, which costs
 * more than writing the data itself when done for every value of every sheet.
 */
final class Components {
  /**
   * One component: its name, type, element type (for a list), the labels of its {@link Field}
   * documentation ({@code ja} and {@code en}, empty without one; read here once, as every read
   * of an annotation goes through a proxy) and accessor.
   */
  record Part(String name, Class<?> type, Class<?> element, String ja, String en, Method accessor) {
    Object read(Record r) {
      try {
        return accessor.invoke(r);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + name + " of " + r.getClass().getSimpleName(), e);
      }
    }

    boolean isList() {
      return type == List.class;
    }
  }

  private final Map<Class<?>, List<Part>> parts = new ConcurrentHashMap<>();

  List<Part> of(Class<?> type) {
    return parts.computeIfAbsent(type, t -> Arrays.stream(t.getRecordComponents()).map(Components::part).toList());
  }

  private static Part part(RecordComponent c) {
    Class<?> element = null;
    if (c.getType() == List.class && c.getGenericType() instanceof ParameterizedType p
        && p.getActualTypeArguments()[0] instanceof Class<?> e) {
      element = e;
    }
    Method accessor = c.getAccessor();
    // Opened once, so that invoking it for every value of every sheet skips the access check.
    accessor.setAccessible(true);
    Field field = c.getAnnotation(Field.class);
    return new Part(c.getName(), c.getType(), element, field == null ? "" : field.ja(), field == null ? "" : field.en(),
        accessor);
  }
}
