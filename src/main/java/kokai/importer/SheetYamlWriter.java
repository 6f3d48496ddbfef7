package kokai.importer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
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
        .stringQuotingChecker(new TextQuoting())
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

  /**
   * Quotes, besides what Jackson quotes (true, null, 2022, …), a text that a reader of YAML 1.1 or
   * 1.2 takes for something else when it stands plain: 0x10, 0o17, 0b101, 1_000 and 8:30 (a base-60
   * number in YAML 1.1) for whole numbers, 1e3, .inf and .nan for floats, "=" and "<<" (YAML 1.1's
   * value and merge keys). kokai reads them back as text either way; a tool the city runs over its
   * content files (PyYAML, for one) would read 8:30 as 510.
   */
  private static final class TextQuoting extends StringQuotingChecker.Default {
    private static final Pattern LOOKS_TYPED = Pattern.compile("[-+]?(?=[0-9._]*[0-9])(?:0x[0-9a-fA-F_]+|0o[0-7_]+|0b[01_]+"
        + "|[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?|[0-9_]*(?:\\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?)"
        + "|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)|=|<<");

    @Override
    public boolean needToQuoteValue(String value) {
      return super.needToQuoteValue(value) || LOOKS_TYPED.matcher(value).matches();
    }
  }

  private static boolean keep(Record owner, String component, Object value) {
    boolean empty = value == null || value instanceof List<?> l && l.isEmpty();
    return !(owner instanceof Sheet && OPTIONAL.contains(component) && empty);
  }
}
