package kokai.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import kokai.model.Field;
import kokai.site.SiteIndex;

/**
 * The reference of what a theme's templates can use, in Markdown, for the people who write a
 * city's theme: the names every template sees, the record each page template gets as {@code page},
 * and every record reachable from them, with their components and methods. Found by reflection over
 * {@link View}, the page records and the helpers, so it lists exactly what templates can call; the
 * one-line descriptions come from {@code template-reference.properties} beside this class, and a
 * member without one (or a description of a member that no longer exists) fails the generation.
 *
 * <pre>{@code
 * Files.writeString(Path.of("docs/templates.md"), TemplateReference.markdown());
 * }</pre>
 */
public final class TemplateReference {
  private static final String DESCRIPTIONS = "template-reference.properties";
  /** Written in the properties file for a public method templates have no use for. */
  private static final String HIDDEN = "-";

  private final Map<String, String> descriptions;
  private final Set<String> used = new TreeSet<>();
  private final Set<String> missing = new TreeSet<>();
  /** Records met while writing, by the name they are shown under, to be written after the pages. */
  private final TreeMap<String, Class<?>> pending = new TreeMap<>();
  private final Set<Class<?>> written = new HashSet<>();

  private TemplateReference(Map<String, String> descriptions) {
    this.descriptions = descriptions;
  }

  /** The whole reference; throws when a member has no description or a description no member. */
  public static String markdown() {
    TemplateReference r = new TemplateReference(loadDescriptions());
    String text = r.write();
    Set<String> unused = new TreeSet<>(r.descriptions.keySet());
    unused.removeAll(r.used);
    if (!r.missing.isEmpty() || !unused.isEmpty()) {
      throw new IllegalStateException("src/main/resources/kokai/render/" + DESCRIPTIONS
          + (r.missing.isEmpty() ? "" : ": add a description for " + r.missing)
          + (unused.isEmpty() ? "" : ": remove the descriptions of members that no longer exist: " + unused));
    }
    return text;
  }

  private String write() {
    StringBuilder sb = new StringBuilder();
    sb.append("# テンプレートで使えるもの / Template reference\n\n")
        .append("<!-- Generated from the code by `java -jar target/kokai.jar schema --write`; do not edit. -->\n\n")
        .append(text("intro")).append("\n\n## Names every template sees\n\n");
    table(sb, View.class, "name");
    for (RecordComponent c : View.class.getRecordComponents()) {
      Class<?> type = c.getType();
      if (type == SiteIndex.class || type == Formats.class || type == Linker.class) {
        sb.append("\n### `").append(c.getName()).append("` (`").append(type.getSimpleName()).append("`)\n\n");
        methods(sb, type, type.getSimpleName(), Set.of());
      }
    }
    sb.append("\n## Page templates and their `page`\n\n").append(text("pages")).append('\n');
    for (Map.Entry<String, Class<?>> p : pageKinds().entrySet()) {
      sb.append("\n### `").append(p.getKey()).append("`: `").append(p.getValue().getSimpleName()).append("`\n\n");
      written.add(p.getValue());
      table(sb, p.getValue(), "component");
    }
    sb.append("\n## Other records\n\n").append(text("records")).append('\n');
    // Written in name order once all are known: a record's table can name records not yet met.
    Map<String, String> records = new TreeMap<>();
    while (!pending.isEmpty()) {
      Map.Entry<String, Class<?>> e = pending.pollFirstEntry();
      records.put(e.getKey(), record(e.getKey(), e.getValue()));
    }
    records.values().forEach(sb::append);
    return sb.toString();
  }

  private String record(String name, Class<?> type) {
    StringBuilder sb = new StringBuilder("\n### `" + name + "`\n\n");
    if (!isContent(type)) {
      table(sb, type, "component");
    } else {
      sb.append("Components: see [the sheet format](sheet-format.md").append(contentAnchor(type)).append(").\n");
      if (!methods(type).isEmpty()) {
        methods(sb.append('\n'), type, name, Set.of());
      }
    }
    return sb.toString();
  }

  /** A record's components, then its other public methods, each with its type and description. */
  private void table(StringBuilder sb, Class<?> record, String first) {
    String owner = shownName(record);
    sb.append("| ").append(first).append(" | type | what it is |\n|---|---|---|\n");
    Set<String> components = new TreeSet<>();
    for (RecordComponent c : record.getRecordComponents()) {
      components.add(c.getName());
      // A page's url and title mean the same on every page kind: described once, on PageModel.
      boolean common = PageModel.class.isAssignableFrom(record) && Set.of("url", "title").contains(c.getName());
      row(sb, common ? "PageModel" : owner, c.getName(), "`" + c.getName() + "`", typeName(c.getGenericType()));
    }
    if (PageModel.class.isAssignableFrom(record) && !components.contains("title")) {
      row(sb, "PageModel", "title", "`title()`", "text");
    }
    components.addAll(Set.of("template", "listed", "title"));
    if (!methods(record).stream().allMatch(m -> components.contains(m.getName()))) {
      sb.append('\n');
      methods(sb, record, owner, components);
    }
  }

  private void methods(StringBuilder sb, Class<?> type, String owner, Set<String> skip) {
    sb.append("| method | returns | what it does |\n|---|---|---|\n");
    for (Method m : methods(type)) {
      if (!skip.contains(m.getName())) {
        String params = Arrays.stream(m.getGenericParameterTypes()).map(TemplateReference::plainName)
            .collect(Collectors.joining(", "));
        row(sb, owner, m.getName(), "`" + m.getName() + "(" + params + ")`", typeName(m.getGenericReturnType()));
      }
    }
  }

  private void row(StringBuilder sb, String owner, String member, String shown, String type) {
    String key = owner + "." + member;
    String d = descriptions.get(key);
    used.add(key);
    if (d == null) {
      missing.add(key);
    } else if (!d.equals(HIDDEN)) {
      sb.append("| ").append(shown).append(" | ").append(type).append(" | ").append(d.replace("|", "\\|")).append(" |\n");
    }
  }

  /** Public instance methods a template can call other than the record accessors and Object's, by name. */
  static List<Method> methods(Class<?> type) {
    Set<String> accessors = type.isRecord()
        ? Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toSet()) : Set.of();
    return Arrays.stream(type.getMethods())
        .filter(m -> !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic() && m.getDeclaringClass() != Object.class)
        .filter(m -> !accessors.contains(m.getName()) || m.getParameterCount() > 0)
        .filter(m -> !Set.of("equals", "hashCode", "toString", "compareTo").contains(m.getName()))
        .sorted(Comparator.comparing(Method::getName).thenComparing(m -> Arrays.toString(m.getParameterTypes())))
        .toList();
  }

  /**
   * A method of {@code type} as the reference writes it, for a template's error that calls it
   * wrongly: each form it is called in ({@code page(Page)}), and what it does, without Markdown's
   * backquotes; empty when templates cannot call it.
   */
  static Optional<Map.Entry<List<String>, String>> described(Class<?> type, String name) {
    List<String> forms = methods(type).stream().filter(m -> m.getName().equals(name))
        .sorted(Comparator.comparingInt(Method::getParameterCount))
        .map(m -> name + "(" + Arrays.stream(m.getGenericParameterTypes()).map(TemplateReference::plainName)
            .collect(Collectors.joining(", ")) + ")")
        .toList();
    String d = loadDescriptions().get(shownName(type) + "." + name);
    return forms.isEmpty() || d == null || d.equals(HIDDEN) ? Optional.empty()
        : Optional.of(Map.entry(forms, d.replace("`", "")));
  }

  /**
   * Each page record by the template that renders it. The template's name is what the record's
   * {@code template()} returns, asked of a record made with empty values, so that the reference
   * cannot name another file than the renderer uses.
   */
  private static Map<String, Class<?>> pageKinds() {
    List<Class<?>> kinds = new ArrayList<>(List.of(ComparePage.class, DataPage.class));
    Arrays.stream(Pages.class.getDeclaredClasses()).filter(PageModel.class::isAssignableFrom).forEach(kinds::add);
    Map<String, Class<?>> byTemplate = new TreeMap<>();
    kinds.forEach(k -> byTemplate.put(emptyPage(k).template(), k));
    return byTemplate;
  }

  private static PageModel emptyPage(Class<?> kind) {
    Constructor<?> canonical = Arrays.stream(kind.getDeclaredConstructors())
        .filter(c -> c.getParameterCount() == kind.getRecordComponents().length).findFirst().orElseThrow();
    Object[] args = Arrays.stream(canonical.getParameterTypes()).map(TemplateReference::emptyValue).toArray();
    try {
      return (PageModel) canonical.newInstance(args);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot make an empty " + kind.getSimpleName(), e);
    }
  }

  private static Object emptyValue(Class<?> t) {
    if (t == List.class) {
      return List.of();
    } else if (t == boolean.class) {
      return false;
    } else if (t == int.class || t == long.class) {
      return t == int.class ? (Object) 0 : (Object) 0L;
    }
    return t == String.class ? "" : null;
  }

  /** Content records are described field by field in docs/sheet-format.md: their components carry {@link Field}. */
  private static boolean isContent(Class<?> record) {
    RecordComponent[] cs = record.getRecordComponents();
    return cs.length > 0 && Arrays.stream(cs).anyMatch(c -> c.isAnnotationPresent(Field.class));
  }

  private static String contentAnchor(Class<?> record) {
    // The two parts of the format are level-two headings; the records inside them are headed by name.
    return record == kokai.model.Sheet.class || record == kokai.model.SiteConfig.class ? ""
        : "#" + record.getSimpleName().toLowerCase(Locale.ROOT);
  }

  /** The type as the tables show it; a record not yet written is queued and linked to. */
  private String typeName(Type t) {
    if (t instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      Type[] args = p.getActualTypeArguments();
      String of = typeName(args[args.length - 1]);
      return raw == List.class ? "list of " + of : raw == Map.class ? "map of text to " + of
          : raw.getSimpleName().toLowerCase(Locale.ROOT) + " " + of;
    }
    Class<?> c = (Class<?>) t;
    if (c.isRecord()) {
      String name = shownName(c);
      if (!written.contains(c)) {
        written.add(c);
        pending.put(name, c);
      }
      return "[`" + name + "`](#" + name.replace(".", "").toLowerCase(Locale.ROOT) + ")";
    }
    return plainName(t);
  }

  private static String plainName(Type t) {
    if (t instanceof ParameterizedType p) {
      return ((Class<?>) p.getRawType()).getSimpleName();
    }
    Class<?> c = (Class<?>) t;
    return switch (c.getSimpleName()) {
      case "String" -> "text";
      case "TemplateMethodModelEx" -> "function";
      case "TemplateHTMLOutputModel" -> "markup";
      case "BigDecimal" -> "number";
      case "int", "long", "Integer", "Long" -> "integer";
      case "boolean", "Boolean" -> "true / false";
      case "LocalDate" -> "date";
      default -> c.getSimpleName();
    };
  }

  /** A nested record is shown with its outer type ({@code Chart.Row}), as two records share a simple name. */
  private static String shownName(Class<?> c) {
    Class<?> outer = c.getEnclosingClass();
    return outer == null || outer == Pages.class ? c.getSimpleName() : shownName(outer) + "." + c.getSimpleName();
  }

  private String text(String key) {
    used.add("text." + key);
    String t = descriptions.get("text." + key);
    if (t == null) {
      missing.add("text." + key);
      return "";
    }
    return t;
  }

  private static Map<String, String> loadDescriptions() {
    Properties p = new Properties();
    try (InputStream in = TemplateReference.class.getResourceAsStream(DESCRIPTIONS)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> m = new TreeMap<>();
    p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k).strip()));
    return m;
  }
}
