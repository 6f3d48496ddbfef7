package kokai.importer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import kokai.model.Labeled;
import kokai.model.Sheet;

/**
 * Writes a sheet as a content file that city staff can read and edit: block style, Japanese as
 * is, fields in the model's order, and every field of the printed form present, with null where
 * the sheet shows nothing or "not yet" (a future year's settlement), so that staff see it.
 * The same sheet always gives the same bytes.
 *
 * <pre>{@code
 * String yaml = new SheetYamlWriter().write(sheet);   // "fiscalYear: 2022\nid: \"088\"\n…"
 * }</pre>
 */
final class SheetYamlWriter {
  /** Fields the printed form does not carry: written only when they have a value. */
  private static final Set<String> OPTIONAL = Set.of("published", "updated", "related");

  private final ObjectMapper mapper;
  private final JsonNodeFactory nodes = JsonNodeFactory.withExactBigDecimals(true);

  SheetYamlWriter() {
    YAMLFactory yaml = YAMLFactory.builder()
        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
        .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
        .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
        .disable(YAMLGenerator.Feature.SPLIT_LINES)
        .build();
    mapper = new ObjectMapper(yaml).enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
  }

  String write(Sheet sheet) {
    try {
      return mapper.writeValueAsString(tree(sheet, true));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private JsonNode tree(Object value, boolean top) {
    if (value == null) {
      return nodes.nullNode();
    }
    if (value instanceof Record r) {
      ObjectNode o = nodes.objectNode();
      for (RecordComponent c : r.getClass().getRecordComponents()) {
        Object v = read(c, r);
        if (top && OPTIONAL.contains(c.getName()) && (v == null || v instanceof List<?> l && l.isEmpty())) {
          continue;
        }
        o.set(c.getName(), tree(v, false));
      }
      return o;
    }
    if (value instanceof List<?> list) {
      ArrayNode a = nodes.arrayNode();
      list.forEach(item -> a.add(tree(item, false)));
      return a;
    }
    return scalar(value);
  }

  private JsonNode scalar(Object value) {
    if (value instanceof String s) {
      return nodes.textNode(s);
    }
    if (value instanceof Integer i) {
      return nodes.numberNode(i);
    }
    if (value instanceof Long l) {
      return nodes.numberNode(l);
    }
    if (value instanceof BigDecimal d) {
      return nodes.numberNode(d);
    }
    if (value instanceof Boolean b) {
      return nodes.booleanNode(b);
    }
    if (value instanceof Labeled l) {
      return nodes.textNode(l.label());
    }
    if (value instanceof LocalDate d) {
      return nodes.textNode(d.toString());
    }
    throw new IllegalArgumentException("no YAML form for " + value.getClass());
  }

  private static Object read(RecordComponent c, Record r) {
    try {
      return c.getAccessor().invoke(r);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + c.getName(), e);
    }
  }
}
