package kokai.importer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import kokai.model.ContentTree;
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
      return mapper.writeValueAsString(ContentTree.of(sheet, SheetYamlWriter::keep));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean keep(Record owner, String component, Object value) {
    boolean empty = value == null || value instanceof List<?> l && l.isEmpty();
    return !(owner instanceof Sheet && OPTIONAL.contains(component) && empty);
  }
}
