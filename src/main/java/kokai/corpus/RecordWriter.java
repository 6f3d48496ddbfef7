package kokai.corpus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import kokai.model.ContentTree;
import kokai.model.CostYear;
import kokai.model.Funding;
import kokai.model.IndicatorValue;

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
        // \n on every system, as the rest of the content.
        g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
      }
      g.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
      g.setCodec(new ObjectMapper(factory));
      g.writeObject(ContentTree.of(record, RecordWriter::keep));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (json) {
      out.write('\n');
    }
    return out.toByteArray();
  }

  private static boolean keep(Record owner, String component, Object value) {
    if (value instanceof List<?> l && l.isEmpty()) {
      return false;
    }
    return value != null || KEEP_NULLS.contains(owner.getClass());
  }
}
