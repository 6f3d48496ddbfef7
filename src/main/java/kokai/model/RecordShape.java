package kokai.model;

import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A record class's components, each with a function that reads it, made once per class. Pages,
 * data files and content files read every component of every sheet: {@code getRecordComponents()}
 * makes new objects on every call, and a reflective call checks and copies its arguments every
 * time, where the function made here is an ordinary call the JIT compiler can inline.
 *
 * <pre>{@code
 * for (RecordShape.Component c : RecordShape.of(sheet.getClass()).components()) {
 *   System.out.println(c.name() + " = " + c.read(sheet));
 * }
 * }</pre>
 */
public final class RecordShape {
  private static final ClassValue<RecordShape> SHAPES = new ClassValue<>() {
    @Override
    protected RecordShape computeValue(Class<?> type) {
      return new RecordShape(type);
    }
  };

  /** One component: its reflective description (name, type, annotations) and its reader. */
  public record Component(RecordComponent component, Function<Object, Object> reader) {
    public String name() {
      return component.getName();
    }

    /** This component of {@code r}, a record of the class it belongs to. */
    public Object read(Record r) {
      return reader.apply(r);
    }
  }

  private final List<Component> components;
  private final Map<String, Component> byName;

  private RecordShape(Class<?> type) {
    if (!type.isRecord()) {
      throw new IllegalArgumentException(type.getName() + " is not a record");
    }
    RecordComponent[] all = type.getRecordComponents();
    Component[] read = new Component[all.length];
    Map<String, Component> names = new HashMap<>();
    for (int i = 0; i < all.length; i++) {
      read[i] = new Component(all[i], reader(type, all[i]));
      names.put(read[i].name(), read[i]);
    }
    this.components = List.of(read);
    this.byName = Map.copyOf(names);
  }

  /** The shape of a record class. */
  public static RecordShape of(Class<?> type) {
    return SHAPES.get(type);
  }

  /** The components in declaration order. */
  public List<Component> components() {
    return components;
  }

  /** The component called {@code name}; null when the record has none. */
  public Component component(String name) {
    return byName.get(name);
  }

  @SuppressWarnings("unchecked")
  private static Function<Object, Object> reader(Class<?> type, RecordComponent c) {
    try {
      // A record nested in a class that is not public can be read only through its own lookup.
      MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
      MethodHandle accessor = lookup.unreflect(c.getAccessor());
      return (Function<Object, Object>) LambdaMetafactory.metafactory(lookup, "apply",
              MethodType.methodType(Function.class), MethodType.methodType(Object.class, Object.class), accessor,
              MethodType.methodType(accessor.type().wrap().returnType(), type))
          .getTarget().invokeExact();
    } catch (Throwable e) {
      throw new IllegalStateException("cannot read the component " + c.getName() + " of " + type.getName(), e);
    }
  }
}
