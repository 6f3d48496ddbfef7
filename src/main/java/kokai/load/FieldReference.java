package kokai.load;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kokai.model.Field;
import kokai.model.FiscalYear;
import kokai.model.Labeled;
import kokai.model.Sheet;
import kokai.model.SiteConfig;
import kokai.model.ValueLimits;

/**
 * The field-by-field reference of the content format, in Markdown, for the people who write
 * sheets: one table per part of the sheet with the Japanese label, the meaning and the type.
 * Derived from the model like {@link SheetSchema}, so it cannot fall behind.
 */
public final class FieldReference {
  private FieldReference() {}

  public static String markdown() {
    StringBuilder sb = new StringBuilder();
    sb.append("# シートの書式 / Sheet format reference\n\n")
        .append("<!-- Generated from the model by `java -jar target/kokai.jar schema --write`; do not edit. -->\n\n")
        .append("Each sheet is one file, `content/sheets/<年度>/<事業番号>.yaml` (or `.json`), for example\n")
        .append("`content/sheets/2022/088.yaml`. The fiscal year is the Western year in which it starts\n")
        .append("(令和4年度 = 2022). A value that is not known yet (a future year's settlement) is written `null`,\n")
        .append("never `0`. Amounts are in thousands of yen (千円). The JSON Schema is `schema/sheet.schema.json`.\n\n");
    section(sb, Sheet.class, "## シート / Sheet");
    section(sb, SiteConfig.class, "## サイトの設定 / Site configuration (`content/site.yaml`)");
    return sb.toString();
  }

  private static void section(StringBuilder sb, Class<?> root, String heading) {
    sb.append(heading).append("\n\n");
    table(sb, root);
    sb.append('\n');
    for (Class<?> nested : nestedOf(root)) {
      sb.append("### `").append(nested.getSimpleName()).append("`\n\n");
      table(sb, nested);
      sb.append('\n');
    }
  }

  private static void table(StringBuilder sb, Class<?> type) {
    sb.append("| field | 項目 | type | required | meaning |\n|---|---|---|---|---|\n");
    for (RecordComponent c : type.getRecordComponents()) {
      Field f = c.getAnnotation(Field.class);
      boolean req = (f != null && f.required()) || c.getType().isPrimitive();
      sb.append("| `").append(c.getName()).append("` | ")
          .append(f == null ? "" : f.ja() + "<br>" + f.en()).append(" | ")
          .append(typeName(c.getGenericType(), f)).append(" | ")
          .append(req ? "yes" : "").append(" | ")
          .append(f == null ? "" : f.doc().replace("|", "\\|")).append(" |\n");
    }
  }

  private static Set<Class<?>> nestedOf(Class<?> root) {
    Set<Class<?>> seen = new LinkedHashSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>(List.of(root));
    while (!todo.isEmpty()) {
      for (RecordComponent c : todo.pop().getRecordComponents()) {
        Class<?> r = recordIn(c.getGenericType());
        if (r != null && seen.add(r)) {
          todo.add(r);
        }
      }
    }
    return seen;
  }

  private static Class<?> recordIn(Type t) {
    if (t instanceof Class<?> c) {
      return c.isRecord() ? c : null;
    }
    ParameterizedType p = (ParameterizedType) t;
    Type[] args = p.getActualTypeArguments();
    return recordIn(args[args.length - 1]);
  }

  private static String typeName(Type t, Field f) {
    if (t instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      Type[] args = p.getActualTypeArguments();
      if (raw == Map.class) {
        return "map of " + typeName(args[1], f);
      }
      return "list of " + typeName(args[0], f);
    }
    Class<?> c = (Class<?>) t;
    if (c.isRecord()) {
      return "[`" + c.getSimpleName() + "`](#" + c.getSimpleName().toLowerCase(java.util.Locale.ROOT) + ")";
    }
    if (c.isEnum() && Labeled.class.isAssignableFrom(c)) {
      return "one of " + java.util.Arrays.stream(c.getEnumConstants())
          .map(e -> "`" + ((Labeled) e).label() + "`").collect(Collectors.joining(", "));
    }
    String range = f == null || (f.min() == Long.MIN_VALUE && f.max() == Long.MAX_VALUE) ? ""
        : " " + (f.min() == Long.MIN_VALUE ? "" : f.min()) + "–" + (f.max() == Long.MAX_VALUE ? "" : f.max());
    if (c == String.class) {
      return "text";
    }
    if (c == Long.class || c == long.class || c == Integer.class || c == int.class) {
      return "integer" + range;
    }
    if (c == BigDecimal.class) {
      return "number, up to " + ValueLimits.MAX_DECIMALS + " decimals";
    }
    if (c == Boolean.class) {
      return "true / false";
    }
    if (c == LocalDate.class) {
      return "date (YYYY-MM-DD), " + FiscalYear.FIRST + "–" + (FiscalYear.LAST + 1);
    }
    return c.getSimpleName();
  }
}
