package kokai.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kokai.diag.Diagnostics;
import kokai.diag.SourceLocation;
import kokai.diag.Suggestions;
import kokai.model.Field;
import kokai.model.FiscalYear;
import kokai.model.InvalidFieldException;
import kokai.model.Labeled;
import kokai.model.RecordShape;
import kokai.model.ValueLimits;

/**
 * Binds a {@link Node} tree to the model's records by their components, reporting every problem
 * it finds (unknown fields with a suggestion, wrong types, missing required fields, values out of
 * range) instead of stopping at the first, as a data binder would. The record's own checks run
 * last; what they refuse is reported at the record's position.
 *
 * <pre>{@code
 * Optional<Sheet> sheet = new RecordBinder().bind(tree, Sheet.class, file, diagnostics);
 * }</pre>
 */
final class RecordBinder {
  private final Map<Class<?>, Shape> shapes = new ConcurrentHashMap<>();
  /** The years a date may be of: from the first fiscal year to the year after the last. */
  static final String DATE_YEARS = "^(192[6-9]|19[3-9][0-9]|20[0-9][0-9]|210[0-9]|211[0-8])-";
  private static final Pattern DATE_YEAR = Pattern.compile(DATE_YEARS);
  /** A sheet written as its fiscal year and number, as the pages name it: 2021/088. */
  private static final Pattern SHEET_REF = Pattern.compile("([0-9]{4})\\s*/\\s*(\\S+)");
  private final FieldPlaces places = new FieldPlaces();

  /** Binds {@code node} to {@code type}; empty when anything was wrong (all of it reported). */
  <T extends Record> Optional<T> bind(Node node, Class<T> type, Path file, Diagnostics diags) {
    return bind(node, type, file, diags, new ValuePool());
  }

  /** As {@link #bind(Node, Class, Path, Diagnostics)}, sharing equal texts and numbers through {@code pool}. */
  <T extends Record> Optional<T> bind(Node node, Class<T> type, Path file, Diagnostics diags, ValuePool pool) {
    Context cx = new Context(file, diags, pool, type);
    if (!(node instanceof Node.MapNode)) {
      cx.error(node.line(), node.column(), null, "expected the fields of a " + type.getSimpleName()
          + " but found " + Node.describe(node), TreeReader.isYaml(file) ? "write one 'key: value' per line, starting at the left margin"
              : "write the whole file as one object: {\"fiscalYear\": 2022, \"id\": \"001\", …}");
      return Optional.empty();
    }
    Object value = bindValue(node, type, null, Where.ROOT, cx);
    return cx.failed ? Optional.empty() : Optional.ofNullable(type.cast(value));
  }

  private static final class Context {
    final Path file;
    final Diagnostics diags;
    final ValuePool pool;
    final Class<?> root;
    boolean failed;

    Context(Path file, Diagnostics diags, ValuePool pool, Class<?> root) {
      this.file = file;
      this.diags = diags;
      this.pool = pool;
      this.root = root;
    }

    void error(int line, int col, String field, String message, String hint) {
      failed = true;
      diags.error(new SourceLocation(file, line, col), field, message, hint);
    }
  }

  /**
   * Where a value stands among the file's fields, as messages name it ({@code costs[2].budget}):
   * made into text only for a message, not for every field that binds well.
   */
  private record Where(Where parent, String name, int index) {
    static final Where ROOT = new Where(null, "", -1);

    Where field(String field) {
      return new Where(this, field, -1);
    }

    Where item(int i) {
      return new Where(this, null, i);
    }

    String text() {
      if (parent == null) {
        return name;
      }
      String before = parent.text();
      return name == null ? before + "[" + index + "]" : join(before, name);
    }
  }

  /**
   * What binding needs of one record component, read by reflection once per record class rather
   * than once per field of every sheet.
   */
  private record Component(String name, Field meta, Type type, boolean required, Object absent) {
    static Component of(RecordComponent c) {
      Field meta = c.getAnnotation(Field.class);
      Class<?> raw = c.getType();
      boolean required = (meta != null && meta.required()) || raw.isPrimitive();
      return new Component(c.getName(), meta, c.getGenericType(), required, raw.isPrimitive() ? zero(raw) : null);
    }
  }

  private record Shape(Map<String, Component> components, Constructor<?> constructor) {}

  private Shape shape(Class<?> type) {
    Shape known = shapes.get(type);
    return known != null ? known : shapes.computeIfAbsent(type, t -> {
      Map<String, Component> cs = new LinkedHashMap<>();
      List<RecordShape.Component> all = RecordShape.of(t).components();
      Class<?>[] types = new Class<?>[all.size()];
      int i = 0;
      for (RecordShape.Component c : all) {
        cs.put(c.name(), Component.of(c.component()));
        types[i++] = c.component().getType();
      }
      try {
        Constructor<?> ctor = t.getDeclaredConstructor(types);
        ctor.setAccessible(true);
        return new Shape(cs, ctor);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("no canonical constructor on " + t, e);
      }
    });
  }

  private Object bindValue(Node node, Type type, Field meta, Where path, Context cx) {
    Class<?> raw = rawClass(type);
    if (node instanceof Node.ScalarNode s && s.isNull()) {
      return null;
    }
    // Class.isRecord() asks the VM each time; a record class is a final subclass of Record.
    if (Record.class.isAssignableFrom(raw)) {
      return bindRecord(node, raw, path, cx);
    }
    if (raw == List.class) {
      return bindList(node, ((ParameterizedType) type).getActualTypeArguments()[0], meta, path, cx);
    }
    if (raw == Map.class) {
      return bindMap(node, ((ParameterizedType) type).getActualTypeArguments()[1], meta, path, cx);
    }
    if (!(node instanceof Node.ScalarNode s)) {
      cx.error(node.line(), node.column(), path.text(), "expected " + expected(raw) + " but found " + Node.describe(node),
          fieldHint(meta, path, cx).orElseGet(() -> hintFor(raw, TreeReader.isYaml(cx.file))));
      return null;
    }
    return cx.pool.keep(bindScalar(s, raw, meta, path, cx));
  }

  /**
   * How to write a record where something else is: its required fields named (a related sheet
   * written "2021/088" is {fiscalYear: 2021, id: "088"}); in a list, each item as such a mapping.
   */
  private static String mappingHint(Node node, Shape shape, Where path, boolean yaml) {
    List<String> fields = shape.components.values().stream().filter(Component::required).map(Component::name).toList();
    if (fields.isEmpty()) {
      fields = shape.components.keySet().stream().limit(3).toList();
    }
    Matcher ref = node instanceof Node.ScalarNode sc ? SHEET_REF.matcher(sc.text().strip()) : null;
    String example = ref != null && ref.matches() && fields.equals(List.of("fiscalYear", "id"))
        ? TreeReader.relatedEntry(ref.group(1), ref.group(2))
        : fields.stream().map(f -> f + ": …").collect(Collectors.joining(", ", "{", "}"));
    if (!yaml) {
      example = TreeReader.asWritten(false, example);
      return "write an object " + example + " after \"" + lastSegment(path.text()) + "\":, not " + Node.describe(node);
    }
    return path.text().endsWith("]") ? "write the item as a mapping of its fields: " + example
        : "write the fields indented below '" + lastSegment(path.text()) + ":', one 'key: value' per line, or " + example;
  }

  private Object bindRecord(Node node, Class<?> type, Where path, Context cx) {
    Shape shape = shape(type);
    if (!(node instanceof Node.MapNode map)) {
      cx.error(node.line(), node.column(), path.text(), "expected a mapping of fields but found " + Node.describe(node),
          mappingHint(node, shape, path, TreeReader.isYaml(cx.file)));
      return null;
    }
    boolean before = cx.failed;
    cx.failed = false;
    Set<String> suggested = unknownFields(map, shape, path, cx);
    Object[] args = new Object[shape.components.size()];
    Set<String> failedFields = new HashSet<>();
    int i = 0;
    for (Component c : shape.components.values()) {
      boolean failedSoFar = cx.failed;
      cx.failed = false;
      Node.Entry e = map.entries().get(c.name());
      Object v = null;
      if (e == null || (e.value() instanceof Node.ScalarNode s && s.isNull())) {
        if (c.required() && !suggested.contains(c.name())) {
          missing(map, e, c, path, cx);
        } else if (e == null && suggested.contains(c.name())) {
          // Written under a misspelt name, said once as such: the record's own rule that it be
          // there ("the site title is empty") would say the same mistake again, and wrongly.
          failedFields.add(c.name());
        }
      } else {
        v = bindValue(e.value(), c.type(), c.meta(), path.field(c.name()), cx);
        if (v instanceof String text && blank(text)) {
          if (c.meta() != null && c.meta().nonBlank()) {
            empty(e, c, path, cx);
          }
          v = null; // only spaces or line breaks: not given, shown as "—" like a field left out
        }
      }
      if (cx.failed) {
        failedFields.add(c.name());
      }
      cx.failed = failedSoFar || cx.failed;
      args[i++] = v == null ? c.absent() : v;
    }
    boolean failedHere = cx.failed;
    cx.failed = before || failedHere;
    if (failedHere) {
      // What the record's own rules refuse among the fields that bound is reported too: every
      // problem of the file at once, not those of a second run after the first are mended.
      reportRules(shape, args, failedFields, map, path, cx);
      return null;
    }
    return construct(shape, args, map, path, cx);
  }

  /**
   * Runs the record's constructor over the fields as bound (a field that failed holds its absent
   * value) and reports the refusals of the fields that did not fail; anything else it throws, for
   * want of a failed field, says nothing new.
   */
  private static void reportRules(Shape shape, Object[] args, Set<String> failedFields, Node.MapNode map, Where path, Context cx) {
    try {
      shape.constructor.newInstance(args);
    } catch (InvocationTargetException ex) {
      if (ex.getCause() instanceof InvalidFieldException first) {
        first.all().stream().filter(bad -> !failedFields.contains(FieldPath.topOf(bad.field(), map)))
            .forEach(bad -> report(bad, map, path, cx));
      }
    } catch (ReflectiveOperationException | RuntimeException ex) {
      // Nothing to add: the failed fields are reported.
    }
  }

  private static void report(InvalidFieldException bad, Node.MapNode map, Where path, Context cx) {
    Node at = FieldPath.read(bad.field(), map).map(p -> p.reached(map)).orElse(map);
    cx.error(at.line(), at.column(), join(path.text(), bad.field()), bad.getMessage(),
        bad.hint() == null ? "correct this value" : bad.hint());
  }

  /**
   * Reports the fields the record does not have; returns the names suggested instead, since a
   * misspelt field is one mistake: say "did you mean" once, not also that the real one is missing.
   */
  private Set<String> unknownFields(Node.MapNode map, Shape shape, Where path, Context cx) {
    Set<String> suggested = Set.of();
    for (Node.Entry e : map.entries().values()) {
      // Asked once for each field of every sheet: nearly all are known, and go no further.
      if (shape.components.containsKey(e.key())) {
        continue;
      }
      char first = e.key().isEmpty() ? 'x' : e.key().charAt(0);
      if (first == '\u3000' || first == '\u00A0') {
        // An indent of full-width (or no-break) spaces, which YAML reads as part of the name: unseen.
        cx.error(e.line(), e.column(), path.field(e.key()).text(), "the field name '" + e.key() + "' starts with a "
            + (first == '\u3000' ? "full-width space (U+3000)" : "no-break space (U+00A0)") + ", which YAML reads as part of the name",
            "indent with half-width spaces only: delete the space before '" + e.key().replaceAll("^[\\u3000\\u00A0]+", "") + "' and type half-width ones");
      } else {
        Optional<String> near = Suggestions.closest(e.key(), shape.components.keySet())
            .filter(n -> !map.entries().containsKey(n));
        if (near.isPresent()) {
          suggested = suggested.isEmpty() ? new HashSet<>() : suggested;
          suggested.add(near.get());
        }
        cx.error(e.line(), e.column(), path.field(e.key()).text(), "unknown field '" + e.key() + "'",
            near.map(n -> Suggestions.normalized(e.key()).equals(n) ? "write the name in half-width letters: '" + n + "'"
                    : "did you mean '" + n + "'?")
                .orElseGet(() -> elsewhere(e.key(), path, shape, cx)));
      }
    }
    return suggested;
  }

  /** Where a field that is not one of this place's belongs, when it belongs somewhere; else the fields allowed here. */
  private String elsewhere(String key, Where path, Shape shape, Context cx) {
    List<String> at = places.of(cx.root, key);
    if (at.isEmpty()) {
      return "the fields allowed here are: " + String.join(", ", shape.components.keySet());
    }
    String here = path.text().isEmpty() ? "the top level" : path.text();
    return "'" + key + "' belongs " + FieldPlaces.describe(at) + ", not " + (path.text().isEmpty() ? "at " : "under ")
        + here + ": move it there";
  }

  private static void missing(Node.MapNode map, Node.Entry e, Component c, Where path, Context cx) {
    cx.error(e == null ? map.line() : e.line(), e == null ? map.column() : e.column(), path.field(c.name()).text(),
        "missing required field '" + c.name() + "'" + label(c.meta()),
        cx.file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")
            ? "add \"" + c.name() + "\": … here" : "add '" + c.name() + ": …' here");
  }

  private static void empty(Node.Entry e, Component c, Where path, Context cx) {
    cx.error(e.value().line(), e.value().column(), path.field(c.name()).text(),
        "the field '" + c.name() + "'" + label(c.meta()) + " is empty",
        "write its value here");
  }

  /** The first required component the record was given no value for, in the record's order; else the first of any. */
  private static Optional<Component> nullField(Shape shape, Object[] args) {
    List<Component> given = List.copyOf(shape.components().values());
    Component any = null;
    for (int i = 0; i < Math.min(args.length, given.size()); i++) {
      if (args[i] == null && given.get(i).required()) {
        return Optional.of(given.get(i));
      }
      if (args[i] == null && any == null) {
        any = given.get(i);
      }
    }
    return Optional.ofNullable(any);
  }

  /** The record made by its canonical constructor; what the constructor refuses is reported. */
  private static Object construct(Shape shape, Object[] args, Node.MapNode map, Where path, Context cx) {
    try {
      return shape.constructor.newInstance(args);
    } catch (InvocationTargetException ex) {
      Throwable cause = ex.getCause();
      Optional<Component> unset = cause instanceof NullPointerException ? nullField(shape, args) : Optional.empty();
      if (cause instanceof InvalidFieldException first) {
        first.all().forEach(bad -> report(bad, map, path, cx));
      } else if (unset.isPresent()) {
        // A value the record needs that is blank (id: "", code: "  ") or not there: said as such,
        // not as the constructor's own words ("code", "Cannot invoke String.codePoints()").
        Component c = unset.get();
        Node.Entry e = map.entries().get(c.name());
        if (e != null) {
          empty(e, c, path, cx);
        } else {
          missing(map, null, c, path, cx);
        }
      } else {
        cx.error(map.line(), map.column(), path.text().isEmpty() ? null : path.text(),
            String.valueOf(cause.getMessage()), "correct the value named in the message");
      }
      return null;
    } catch (ReflectiveOperationException ex) {
      throw new IllegalStateException(ex);
    }
  }

  /** "9, 16" or "9、16" as a spreadsheet's cell lists numbers, written "9, 16"; empty for any other value. */
  private static Optional<String> numbersInOne(Node node) {
    return node instanceof Node.ScalarNode s && !s.isNull() ? ValueHints.listedNumbers(s.text()) : Optional.empty();
  }

  private List<Object> bindList(Node node, Type item, Field meta, Where path, Context cx) {
    if (!(node instanceof Node.ListNode list)) {
      cx.error(node.line(), node.column(), path.text(), "expected a list but found " + Node.describe(node),
          numbersInOne(node).map(n -> "write the numbers as a list, in brackets: " + (path.name() == null ? ""
                  : TreeReader.asWritten(TreeReader.isYaml(cx.file), path.name() + ": ")) + "[" + n + "]")
              .orElse(TreeReader.isYaml(cx.file) ? "write a list, e.g. [a, b] or one '- item' per line"
                  : "write a list in brackets, e.g. [\"a\", \"b\"] or [9, 16]"));
      return null;
    }
    List<Object> out = new ArrayList<>(list.items().size());
    for (int i = 0; i < list.items().size(); i++) {
      Node n = list.items().get(i);
      Where where = path.item(i);
      if (n instanceof Node.ScalarNode s && s.isNull()) {
        cx.error(n.line(), n.column(), where.text(), "empty list item", "remove the empty '-' line");
        continue;
      }
      Object v = bindValue(n, item, meta, where, cx);
      if (v instanceof String text && blank(text)) {
        cx.error(n.line(), n.column(), where.text(), "a list item with no text", "remove the item, or write its text");
      } else if (v != null) {
        out.add(v);
      }
    }
    return out;
  }

  /**
   * Whether a text shows nothing: only spaces of any kind (U+3000, a no-break space), line breaks
   * and zero-width characters (U+200B, a joiner, U+FEFF).
   */
  static boolean blank(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean nothing = Character.isWhitespace(c) || Character.isSpaceChar(c)
          || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
      if (!nothing) {
        return false; // at the first character, for nearly every text
      }
    }
    return true;
  }

  private Map<String, Object> bindMap(Node node, Type value, Field meta, Where path, Context cx) {
    if (!(node instanceof Node.MapNode map)) {
      cx.error(node.line(), node.column(), path.text(), "expected a mapping but found " + Node.describe(node),
          TreeReader.isYaml(cx.file) ? "write one 'key: value' per line" : "write the fields in braces, e.g. {\"name\": value}");
      return null;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (Node.Entry e : map.entries().values()) {
      Object v = bindValue(e.value(), value, meta, path.field(e.key()), cx);
      if (v != null) {
        out.put(e.key(), v);
      }
    }
    return out;
  }

  private Object bindScalar(Node.ScalarNode s, Class<?> raw, Field meta, Where path, Context cx) {
    String text = s.text();
    if (raw == String.class) {
      if (s.kind() == Node.ScalarNode.Kind.BOOLEAN) {
        cx.error(s.line(), s.column(), path.text(), "expected text but found " + Node.describe(s),
            "put the value in quotes: \"" + text + "\"");
        return null;
      }
      return text;
    }
    if (raw == Long.class || raw == long.class || raw == Integer.class || raw == int.class) {
      String whole = wholeDigits(s);
      if (whole == null) {
        cx.error(s.line(), s.column(), path.text(), "expected a whole number but found " + Node.describe(s),
            numberHint(text, true, meta, s, cx));
        return null;
      }
      long v;
      try {
        v = Long.parseLong(whole);
      } catch (NumberFormatException e) {
        cx.error(s.line(), s.column(), path.text(), "the number " + text + " is too large", "check the figure");
        return null;
      }
      if (!inRange(v, meta, s, path, cx)) {
        return null;
      }
      if (raw == Integer.class || raw == int.class) {
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
          cx.error(s.line(), s.column(), path.text(), "the number " + text + " is too large", "check the figure");
          return null;
        }
        return (int) v;
      }
      return v;
    }
    if (raw == BigDecimal.class) {
      if (s.kind() != Node.ScalarNode.Kind.INTEGER && s.kind() != Node.ScalarNode.Kind.DECIMAL) {
        cx.error(s.line(), s.column(), path.text(), "expected a number but found " + Node.describe(s),
            numberHint(text, false, meta, s, cx));
        return null;
      }
      try {
        BigDecimal v = new BigDecimal(text.replace("_", ""));
        if (ValueLimits.isTooLarge(v)) {
          cx.error(s.line(), s.column(), path.text(), "the number " + text + " is too large", "check the figure");
          return null;
        }
        if (ValueLimits.hasTooManyDecimals(v)) {
          // 1.0e-99999999 would be written out in full on the pages and in the data files.
          cx.error(s.line(), s.column(), path.text(), "the number " + text + " has more than " + ValueLimits.MAX_DECIMALS
              + " digits after the point", "round it, e.g. to " + ValueLimits.rounded(v));
          return null;
        }
        return v;
      } catch (NumberFormatException e) {
        cx.error(s.line(), s.column(), path.text(), "cannot read the number " + text, "write digits with an optional '.'");
        return null;
      }
    }
    if (raw == Boolean.class || raw == boolean.class) {
      if (s.kind() != Node.ScalarNode.Kind.BOOLEAN) {
        cx.error(s.line(), s.column(), path.text(), "expected true or false but found " + Node.describe(s),
            fieldHint(meta, path, cx).orElse("write true (有) or false (無)"));
        return null;
      }
      return Boolean.parseBoolean(text.toLowerCase(Locale.ROOT));
    }
    if (raw == LocalDate.class) {
      try {
        LocalDate date = LocalDate.parse(text);
        if (!DATE_YEAR.matcher(text).find()) {
          cx.error(s.line(), s.column(), path.text(), "the date " + text + " is not in the years sheets can be of ("
              + FiscalYear.FIRST + "–" + (FiscalYear.LAST + 1) + ")", "check the year");
          return null;
        }
        return date;
      } catch (DateTimeParseException e) {
        cx.error(s.line(), s.column(), path.text(), "expected a date but found " + Node.describe(s),
            ValueHints.date(text));
        return null;
      }
    }
    if (raw.isEnum() && Labeled.class.isAssignableFrom(raw)) {
      for (Object c : raw.getEnumConstants()) {
        Labeled l = (Labeled) c;
        if (l.label().equals(text) || l.key().equals(text)) {
          return c;
        }
      }
      String allowed = Arrays.stream(raw.getEnumConstants())
          .map(c -> ((Labeled) c).label()).collect(Collectors.joining(", "));
      cx.error(s.line(), s.column(), path.text(), "unknown value \"" + text + "\"", "use one of: " + allowed);
      return null;
    }
    throw new IllegalStateException("no binding for " + raw);
  }

  /**
   * A whole number's digits and sign, or null when the value is no whole number. A decimal with
   * nothing after its point ({@code 2022.0}, as a spreadsheet or JSON tool may write it) is whole,
   * as the JSON Schema's "integer" takes it.
   */
  private static String wholeDigits(Node.ScalarNode s) {
    if (s.kind() == Node.ScalarNode.Kind.INTEGER) {
      return digits(s.text());
    }
    if (s.kind() != Node.ScalarNode.Kind.DECIMAL) {
      return null;
    }
    BigDecimal v;
    try {
      v = new BigDecimal(digits(s.text())).stripTrailingZeros();
    } catch (NumberFormatException e) {
      return null;
    }
    if (v.scale() > 0) {
      return null;
    }
    try {
      return String.valueOf(v.longValueExact());
    } catch (ArithmeticException e) {
      // Whole, and too large: its text, which the caller finds too large (1e+999999999 not written out).
      return s.text();
    }
  }

  /** A whole number's digits and sign: YAML allows '_' between digits and a leading '+'. */
  private static String digits(String text) {
    return text.indexOf('_') < 0 && text.indexOf('+') < 0 ? text : text.replace("_", "").replace("+", "");
  }

  private static boolean inRange(long v, Field meta, Node.ScalarNode s, Where path, Context cx) {
    if (meta == null || (v >= meta.min() && v <= meta.max())) {
      return true;
    }
    String range = meta.max() == Long.MAX_VALUE ? "at least " + meta.min()
        : meta.min() == Long.MIN_VALUE ? "at most " + meta.max()
        : "from " + meta.min() + " to " + meta.max();
    cx.error(s.line(), s.column(), path.text(), v + " is out of range for " + meta.en().toLowerCase(Locale.ROOT)
        + label(meta), "use a whole number " + range);
    return false;
  }

  private static String numberHint(String text, boolean whole, Field meta, Node.ScalarNode s, Context cx) {
    if (text.isEmpty()) {
      // "budget: #REF!": YAML reads the pasted spreadsheet error as a comment, leaving the value empty.
      Optional<String> comment = commentAt(cx.file, s.line(), s.column());
      if (comment.isPresent()) {
        return "'#' starts a comment in YAML, so the value is empty; \"" + comment.get()
            + "\" looks like a spreadsheet's error value pasted in: write the figure, or null when it is not known";
      }
    }
    return ValueHints.number(text, whole, meta);
  }

  /** The comment that starts at or just after the column of a line, when one does. */
  private static Optional<String> commentAt(Path file, int line, int column) {
    try (Stream<String> lines = Files.lines(file)) {
      Optional<String> l = lines.skip(Math.max(0, line - 1)).findFirst();
      if (l.isEmpty() || column < 1 || column > l.get().length() + 1) {
        return Optional.empty();
      }
      String rest = l.get().substring(column - 1).strip();
      return rest.startsWith("#") ? Optional.of(rest.length() > 40 ? rest.substring(0, 40) + "…" : rest) : Optional.empty();
    } catch (IOException | UncheckedIOException e) {
      return Optional.empty();
    }
  }

  private static String expected(Class<?> raw) {
    if (raw == String.class) {
      return "text";
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return "true or false";
    }
    if (raw == LocalDate.class) {
      return "a date (YYYY-MM-DD)";
    }
    if (Number.class.isAssignableFrom(raw) || raw.isPrimitive()) {
      return "a number";
    }
    return "a single value";
  }

  /**
   * The field's own hint to a wrong value ({@link Field#hint}), where it has one, its example as
   * the file's format writes it.
   */
  private static Optional<String> fieldHint(Field meta, Where path, Context cx) {
    if (meta == null || meta.hint().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(meta.hint().replace("%s", TreeReader.asWritten(TreeReader.isYaml(cx.file), lastSegment(path.text()) + ": true")));
  }

  private static String hintFor(Class<?> raw, boolean yaml) {
    if (!yaml) {
      return raw == String.class ? "write the text in double quotes after the colon, with \\n for a line break"
          : "write a single value after the colon";
    }
    return raw == String.class ? "write the text on the same line after the colon, or use '|' for several lines"
        : "write a single value after the colon";
  }

  private static String label(Field meta) {
    return meta == null ? "" : " (" + meta.ja() + ")";
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private static String lastSegment(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }

  private static Object zero(Class<?> primitive) {
    return primitive == boolean.class ? Boolean.FALSE : primitive == long.class ? 0L : 0;
  }

  private static Class<?> rawClass(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    return (Class<?>) ((ParameterizedType) type).getRawType();
  }
}
