package kokai.render.data;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kokai.model.Field;
import kokai.model.RecordShape;

/**
 * The components of the model's records with their documented labels, read once per record type:
 * annotations are parsed again on every read, which costs more than writing the data itself when
 * done for every value of every sheet.
 */
final class Components {
  /**
   * One component, with its element type (for a list) and the labels of its {@link Field}
   * documentation ({@code ja} and {@code en}, empty without one; read here once, as every read
   * of an annotation goes through a proxy).
   */
  record Part(RecordShape.Component component, Class<?> element, String ja, String en) {
    String name() {
      return component.name();
    }

    Class<?> type() {
      return component.component().getType();
    }

    Object read(Record r) {
      return component.read(r);
    }

    boolean isList() {
      return type() == List.class;
    }
  }

  private final Map<Class<?>, List<Part>> parts = new ConcurrentHashMap<>();

  List<Part> of(Class<?> type) {
    return parts.computeIfAbsent(type, t -> RecordShape.of(t).components().stream().map(Components::part).toList());
  }

  private static Part part(RecordShape.Component read) {
    RecordComponent c = read.component();
    Class<?> element = null;
    if (c.getType() == List.class && c.getGenericType() instanceof ParameterizedType p
        && p.getActualTypeArguments()[0] instanceof Class<?> e) {
      element = e;
    }
    Field field = c.getAnnotation(Field.class);
    return new Part(read, element, field == null ? "" : field.ja(), field == null ? "" : field.en());
  }
}
