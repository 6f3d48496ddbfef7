package kokai.importer;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import kokai.model.Field;

/**
 * The limits the content format sets on a field ({@link Field#min()}), so that the importer refuses
 * what the loader would refuse, and follows the model when a limit changes.
 */
final class ModelLimits {
  private ModelLimits() {}

  /** The field's least accepted value; {@link Long#MIN_VALUE} when it has none. */
  static long min(Class<? extends Record> owner, String component) {
    RecordComponent c = Arrays.stream(owner.getRecordComponents()).filter(rc -> rc.getName().equals(component))
        .findFirst().orElseThrow(() -> new IllegalArgumentException(owner.getSimpleName() + " has no " + component));
    Field f = c.getAnnotation(Field.class);
    return f == null ? Long.MIN_VALUE : f.min();
  }
}
