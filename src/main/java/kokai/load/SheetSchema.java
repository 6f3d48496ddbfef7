package kokai.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kokai.model.Field;
import kokai.model.Labeled;
import kokai.model.Sheet;
import kokai.model.SiteConfig;
import kokai.model.ValueLimits;

/**
 * The JSON Schema (draft 2020-12) of the content format, derived from the model's records and
 * their {@link Field} annotations, so the published schema says exactly what the loader accepts.
 *
 * <pre>{@code
 * String schema = SheetSchema.sheet();   // the text of schema/sheet.schema.json
 * }</pre>
 */
public final class SheetSchema {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private SheetSchema() {}

  /** The schema of one sheet file. */
  public static String sheet() {
    return write(root(Sheet.class, "事務事業マネジメントシート / Project evaluation sheet"));
  }

  /** The schema of the site config file. */
  public static String siteConfig() {
    return write(root(SiteConfig.class, "サイトの設定 / Site configuration"));
  }

  private static ObjectNode root(Class<?> type, String title) {
    ObjectNode s = F.objectNode();
    s.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    s.put("title", title);
    s.setAll(record(type));
    return s;
  }

  private static ObjectNode record(Class<?> type) {
    ObjectNode o = F.objectNode();
    o.put("type", "object");
    ObjectNode props = o.putObject("properties");
    ArrayNode required = F.arrayNode();
    for (RecordComponent c : type.getRecordComponents()) {
      Field meta = c.getAnnotation(Field.class);
      ObjectNode p = F.objectNode();
      if (meta != null) {
        p.put("title", meta.ja() + " / " + meta.en());
      }
      String doc = description(meta, c.getType());
      if (!doc.isEmpty()) {
        p.put("description", doc);
      }
      boolean req = (meta != null && meta.required()) || c.getType().isPrimitive();
      p.setAll(type(c.getGenericType(), meta, !req));
      props.set(c.getName(), p);
      if (req) {
        required.add(c.getName());
      }
    }
    if (!required.isEmpty()) {
      o.set("required", required);
    }
    o.put("additionalProperties", false);
    return o;
  }

  private static ObjectNode type(Type t, Field meta, boolean nullable) {
    Class<?> raw = t instanceof Class<?> c ? c : (Class<?>) ((ParameterizedType) t).getRawType();
    ObjectNode o = F.objectNode();
    if (raw.isRecord()) {
      o.setAll(record(raw));
      return nullable ? anyOfNull(o) : o;
    }
    if (raw == List.class) {
      o.set("type", types("array", nullable));
      o.set("items", type(((ParameterizedType) t).getActualTypeArguments()[0], meta, false));
      return o;
    }
    if (raw == Map.class) {
      o.set("type", types("object", nullable));
      o.set("additionalProperties", type(((ParameterizedType) t).getActualTypeArguments()[1], meta, false));
      return o;
    }
    if (raw.isEnum() && Labeled.class.isAssignableFrom(raw)) {
      ArrayNode values = o.putArray("enum");
      for (Object e : raw.getEnumConstants()) {
        values.add(((Labeled) e).label());
      }
      for (Object e : raw.getEnumConstants()) {
        values.add(((Labeled) e).key());
      }
      if (nullable) {
        values.addNull();
      }
      return o;
    }
    if (raw == String.class) {
      text(o, meta, nullable);
    } else if (raw == Long.class || raw == long.class || raw == Integer.class || raw == int.class) {
      o.set("type", types("integer", nullable));
      if (meta != null && meta.min() != Long.MIN_VALUE) {
        o.put("minimum", meta.min());
      }
      if (meta != null && meta.max() != Long.MAX_VALUE) {
        o.put("maximum", meta.max());
      }
    } else if (raw == BigDecimal.class) {
      o.set("type", types("number", nullable));
      o.put("minimum", -ValueLimits.LARGEST_FIGURE);
      o.put("maximum", ValueLimits.LARGEST_FIGURE);
    } else if (raw == Boolean.class || raw == boolean.class) {
      o.set("type", types("boolean", nullable));
    } else if (raw == LocalDate.class) {
      o.set("type", types("string", nullable));
      o.put("format", "date");
      o.put("pattern", RecordBinder.DATE_YEARS);
    } else {
      throw new IllegalStateException("no schema for " + raw);
    }
    return o;
  }

  /**
   * The field's doc and, for a figure, the loader's limit on its decimals. No keyword states that
   * limit soundly: multipleOf 1e-9 is computed in binary floating point by many validators (Python's
   * jsonschema among them), which then refuse a figure such as 1234.56 that the loader takes.
   */
  private static String description(Field meta, Class<?> raw) {
    String doc = meta == null ? "" : meta.doc();
    if (raw != BigDecimal.class) {
      return doc;
    }
    String limit = "小数点以下は" + ValueLimits.MAX_DECIMALS + "桁まで。";
    return doc.isEmpty() ? limit : doc + (doc.endsWith("。") ? "" : " ") + limit;
  }

  /**
   * A text as the loader takes it: a number written where text is meant is kept as written (a
   * mayoral pledge 04), so a number is valid too, unless the field has a form of its own (an id, a
   * slug, a URL) or a list of values (a language); a text that must be there must not be blank.
   */
  private static void text(ObjectNode o, Field meta, boolean nullable) {
    if (meta != null && meta.values().length > 0) {
      ArrayNode values = o.putArray("enum");
      for (String v : meta.values()) {
        values.add(v);
      }
      if (nullable) {
        values.addNull();
      }
      return;
    }
    if (meta != null && !meta.pattern().isEmpty()) {
      o.set("type", types("string", nullable));
      o.put("pattern", meta.pattern());
      return;
    }
    ArrayNode kinds = o.putArray("type");
    kinds.add("string");
    kinds.add("number");
    if (nullable) {
      kinds.add("null");
    } else {
      o.put("pattern", "\\S");
    }
  }

  private static ObjectNode anyOfNull(ObjectNode o) {
    ObjectNode wrap = F.objectNode();
    ArrayNode any = wrap.putArray("anyOf");
    any.add(o);
    any.addObject().put("type", "null");
    return wrap;
  }

  private static com.fasterxml.jackson.databind.JsonNode types(String type, boolean nullable) {
    if (!nullable) {
      return F.textNode(type);
    }
    ArrayNode a = F.arrayNode();
    a.add(type);
    a.add("null");
    return a;
  }

  private static String write(ObjectNode node) {
    DefaultPrettyPrinter pp = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    try {
      return new ObjectMapper().writer(pp).writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
