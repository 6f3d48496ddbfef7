package kokai.corpus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import kokai.model.CostYear;
import kokai.model.Funding;
import kokai.model.IndicatorValue;
import kokai.model.Labeled;

/**
 * Writes model records as YAML or JSON content files, field names as the record components, in
 * declaration order: the same record always gives the same bytes. Null fields and empty lists are
 * left out, except in the year-by-year tables, where null says "not known yet" and is written.
 */
final class RecordWriter {
  /** Records whose null fields are written: a future year's settlement or actual is null, not absent. */
  private static final Set<Class<?>> KEEP_NULLS = Set.of(CostYear.class, Funding.class, IndicatorValue.class);

  private final JsonFactory factory;
  private final boolean json;
  private final Map<Class<?>, RecordComponent[]> components = new ConcurrentHashMap<>();

  private RecordWriter(JsonFactory factory, boolean json) {
    this.factory = factory;
    this.json = json;
  }

  static RecordWriter yaml() {
    return new RecordWriter(YAMLFactory.builder()
        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
        .disable(YAMLGenerator.Feature.SPLIT_LINES)
        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
        .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
        .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
        .build(), false);
  }

  static RecordWriter json() {
    return new RecordWriter(new JsonFactory(), true);
  }

  /** The text of {@code record}, UTF-8, ending with a newline. */
  byte[] write(Record record) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    try (JsonGenerator g = factory.createGenerator(out)) {
      if (json) {
        g.setPrettyPrinter(new DefaultPrettyPrinter());
      }
      value(g, record);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (json) {
      out.write('\n');
    }
    return out.toByteArray();
  }

  private void value(JsonGenerator g, Object v) throws IOException {
    if (v == null) {
      g.writeNull();
    } else if (v instanceof Record r) {
      record(g, r);
    } else if (v instanceof List<?> list) {
      g.writeStartArray();
      for (Object item : list) {
        value(g, item);
      }
      g.writeEndArray();
    } else if (v instanceof Map<?, ?> map) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        g.writeFieldName(String.valueOf(e.getKey()));
        value(g, e.getValue());
      }
      g.writeEndObject();
    } else if (v instanceof String s) {
      g.writeString(s);
    } else if (v instanceof BigDecimal d) {
      g.writeNumber(d.toPlainString());
    } else if (v instanceof Integer i) {
      g.writeNumber(i);
    } else if (v instanceof Long l) {
      g.writeNumber(l);
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v instanceof LocalDate d) {
      g.writeString(d.toString());
    } else if (v instanceof Labeled l) {
      g.writeString(l.label());
    } else {
      throw new IllegalArgumentException("cannot write a " + v.getClass().getName() + " as content");
    }
  }

  private void record(JsonGenerator g, Record r) throws IOException {
    boolean keepNulls = KEEP_NULLS.contains(r.getClass());
    g.writeStartObject();
    for (RecordComponent c : components.computeIfAbsent(r.getClass(), Class::getRecordComponents)) {
      Object v = get(c, r);
      if ((v == null && !keepNulls) || (v instanceof List<?> l && l.isEmpty())) {
        continue;
      }
      g.writeFieldName(c.getName());
      value(g, v);
    }
    g.writeEndObject();
  }

  private static Object get(RecordComponent c, Record r) {
    try {
      return c.getAccessor().invoke(r);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + c.getName() + " of " + r.getClass().getSimpleName(), e);
    }
  }
}
