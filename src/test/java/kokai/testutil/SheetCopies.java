package kokai.testutil;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import kokai.model.RecordShape;
import kokai.model.Sheet;

/**
 * A sheet like another but for the fields a test varies, named as the sheet format names them. A
 * field added to {@link Sheet} needs no change here, nor in the tests that copy sheets.
 *
 * <pre>{@code
 * Sheet renamed = SheetCopies.with(s, "title", s.title() + "改");
 * Sheet moved = SheetCopies.with(s, "id", "101", "related", List.of(s.ref()));
 * }</pre>
 */
public final class SheetCopies {
  private static final RecordComponent[] PARTS = Sheet.class.getRecordComponents();

  private SheetCopies() {}

  /**
   * {@code s} with other values: {@code namesAndValues} is a field's name, its value, the next
   * field's name, its value…; a field {@code Sheet} does not have is refused.
   */
  public static Sheet with(Sheet s, Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("a field's name without its value");
    }
    Map<String, Object> given = new HashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      String field = (String) namesAndValues[i];
      if (Arrays.stream(PARTS).noneMatch(p -> p.getName().equals(field))) {
        throw new IllegalArgumentException("a sheet has no field " + field);
      }
      given.put(field, namesAndValues[i + 1]);
    }
    return make(Arrays.stream(PARTS).map(p -> given.containsKey(p.getName()) ? given.get(p.getName()) : read(p, s)).toArray());
  }

  /** {@code s} with every field but {@code kept} taken away (null). */
  public static Sheet keepOnly(Sheet s, Set<String> kept) {
    return make(Arrays.stream(PARTS).map(p -> kept.contains(p.getName()) ? read(p, s) : null).toArray());
  }

  private static Object read(RecordComponent p, Sheet s) {
    return RecordShape.of(Sheet.class).component(p.getName()).read(s);
  }

  private static Sheet make(Object[] values) {
    try {
      Constructor<Sheet> c = Sheet.class.getDeclaredConstructor(Arrays.stream(PARTS).map(RecordComponent::getType).toArray(Class[]::new));
      return c.newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
