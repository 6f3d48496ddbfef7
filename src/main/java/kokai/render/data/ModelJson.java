package kokai.render.data;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kokai.model.Labeled;

/**
 * Writes model records as JSON in the shape of the content format: field names are the record
 * component names in declaration order, closed sets are written by their Japanese label as content
 * writes them, dates as YYYY-MM-DD, and an unknown value as {@code null} (never 0). The output of
 * one record is the same bytes on every run.
 */
final class ModelJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  // Plain decimals: 1.50 stays 1.50 and a large figure never turns into 1E+3.
  private final Components components = new Components();

  private final ObjectMapper mapper = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

  /** The JSON tree of a record, list, map or scalar of the model. */
  JsonNode tree(Object value) {
    if (value == null) {
      return NODES.nullNode();
    }
    if (value instanceof Record r) {
      return record(r);
    }
    if (value instanceof List<?> list) {
      ArrayNode a = NODES.arrayNode();
      list.forEach(v -> a.add(tree(v)));
      return a;
    }
    if (value instanceof Map<?, ?> map) {
      ObjectNode o = NODES.objectNode();
      new TreeMap<>(map).forEach((k, v) -> o.set(String.valueOf(k), tree(v)));
      return o;
    }
    return scalar(value);
  }

  /** UTF-8 bytes of the tree, two-space indented, ending with a newline. */
  byte[] bytes(JsonNode node) {
    try {
      return (mapper.writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Streams {@code {"key": value, …, "sheets": [ … ]}}: the head's fields, then one record's tree
   * at a time, so a large list is never held as one tree (and closes {@code out}).
   */
  void writeList(ObjectNode head, String listName, List<?> items, java.io.OutputStream out) {
    try (JsonGenerator g = mapper.writerWithDefaultPrettyPrinter().createGenerator(out, com.fasterxml.jackson.core.JsonEncoding.UTF8)) {
      g.writeStartObject();
      for (var e : head.properties()) {
        g.writeFieldName(e.getKey());
        g.writeTree(e.getValue());
      }
      g.writeArrayFieldStart(listName);
      for (Object item : items) {
        g.writeTree(tree(item));
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode object() {
    return NODES.objectNode();
  }

  static ArrayNode array() {
    return NODES.arrayNode();
  }

  private ObjectNode record(Record r) {
    ObjectNode o = NODES.objectNode();
    for (Components.Part c : components.of(r.getClass())) {
      o.set(c.name(), tree(c.read(r)));
    }
    return o;
  }

  private static JsonNode scalar(Object v) {
    if (v instanceof Labeled l) {
      return NODES.textNode(l.label());
    }
    if (v instanceof Enum<?> e) {
      return NODES.textNode(e.name());
    }
    if (v instanceof String s) {
      return NODES.textNode(s);
    }
    if (v instanceof Integer i) {
      return NODES.numberNode(i);
    }
    if (v instanceof Long l) {
      return NODES.numberNode(l);
    }
    if (v instanceof BigDecimal d) {
      return NODES.numberNode(d);
    }
    if (v instanceof Boolean b) {
      return NODES.booleanNode(b);
    }
    if (v instanceof LocalDate d) {
      return NODES.textNode(d.toString());
    }
    throw new IllegalArgumentException("no JSON form for " + v.getClass().getName());
  }

}
