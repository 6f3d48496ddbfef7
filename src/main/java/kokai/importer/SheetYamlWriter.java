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
  private static final Set<String> OPTIONAL = Set.of("published", "updated", "related", "newProject");

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
   * value and merge keys), and a date or a date and time (2022-04-01, 2022-04-01 10:00:00), a
   * timestamp in YAML 1.1. kokai reads them back as text either way; a tool the city runs over its
   * content files (PyYAML, for one) would read 8:30 as 510 and 2022-04-01 as a date, which a check
   * by the JSON Schema then refuses where a text is meant.
   */
  private static final class TextQuoting extends StringQuotingChecker.Default {
    private static final Pattern LOOKS_TYPED = Pattern.compile("[-+]?(?=[0-9._]*[0-9])(?:0x[0-9a-fA-F_]+|0o[0-7_]+|0b[01_]+"
        + "|[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?|[0-9_]*(?:\\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?)"
        + "|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)|=|<<");
    /**
     * YAML 1.1's timestamp: a date, then optionally a time after T, t or spaces, with a fraction and
     * a zone (Z, +9, -05:00). YAML 1.1 takes a one-digit month or day (2022-4-1) only with a time;
     * quoting such a date without one as well costs a pair of quotes and keeps the rule short.
     */
    private static final Pattern TIMESTAMP = Pattern.compile("[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \t]+)"
        + "[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)?");

    @Override
    public boolean needToQuoteValue(String value) {
      return super.needToQuoteValue(value) || LOOKS_TYPED.matcher(value).matches() || TIMESTAMP.matcher(value).matches();
    }
  }

  private static boolean keep(Record owner, String component, Object value) {
    boolean empty = value == null || value instanceof List<?> l && l.isEmpty();
    return !(owner instanceof Sheet && OPTIONAL.contains(component) && empty);
  }
}
