package kokai.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import kokai.diag.Diagnostics;
import kokai.diag.SourceLocation;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Reads YAML or JSON text into a {@link Node} tree with positions, reporting syntax errors and
 * duplicate keys as diagnostics. One reader serves every file; it holds no per-file state.
 */
final class TreeReader {
  /** The longest text a field may hold: far beyond any sheet's, short of a file pasted into a field by mistake. */
  static final int MAX_TEXT = 1_000_000;
  static final StreamReadConstraints LIMITS =
      StreamReadConstraints.builder().maxNestingDepth(64).maxStringLength(MAX_TEXT).build();

  private final JsonFactory json = JsonFactory.builder().streamReadConstraints(LIMITS).build();
  private final YAMLFactory yaml;

  TreeReader() {
    this(new InMemoryYaml(YAMLFactory.builder().streamReadConstraints(LIMITS)));
  }

  /** A reader of YAML through {@code yaml}: for a test that reads the same texts through Jackson's own factory. */
  TreeReader(YAMLFactory yaml) {
    this.yaml = yaml;
  }

  /** Whether the file name says YAML (.yaml, .yml) rather than JSON. */
  static boolean isYaml(Path file) {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".yaml") || n.endsWith(".yml");
  }

  /**
   * {@code flow}, fields or values written in YAML's flow style ({@code newProject: true},
   * {@code {fiscalYear: 2022, id: "010"}}), as a file of that format writes them: in JSON each name
   * in double quotes. For hints that staff copy into their file.
   */
  static String asWritten(boolean yaml, String flow) {
    return yaml ? flow : flow.replaceAll("(^|[{ ])(\\w+):", "$1\"$2\":");
  }

  /**
   * A related sheet as a hint writes it, in YAML's flow style for {@link #asWritten}:
   * {@code {fiscalYear: 2022, id: "088"}}.
   */
  static String relatedEntry(Object fiscalYear, String id) {
    return "{fiscalYear: " + fiscalYear + ", id: \"" + id + "\"}";
  }

  /**
   * The tree of a file read again, for the place of a value a message is about (the trees of
   * thousands of sheets are not kept for the few messages about them); empty when it cannot be read.
   */
  static Optional<Node> readAgain(Path file) {
    Diagnostics ignored = new Diagnostics();
    return SourceText.read(file, ignored).flatMap(text -> new TreeReader().read(file, text, ignored));
  }

  /** Parses {@code text}; on a syntax error reports it and returns empty. */
  Optional<Node> read(Path file, String text, Diagnostics diags) {
    return read(file, text, diags, "write the sheet's fields, or delete the file");
  }

  /**
   * As {@link #read(Path, String, Diagnostics)}, saying {@code emptyHint} of a file with no fields:
   * site.yaml is not a sheet, and deleting it only leaves a site without its config.
   */
  Optional<Node> read(Path file, String text, Diagnostics diags, String emptyHint) {
    JsonFactory factory = isYaml(file) ? yaml : json;
    try (JsonParser p = factory == yaml ? yaml.createParser(new InMemoryYaml.Text(text)) : json.createParser(text)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        diags.error(SourceLocation.of(file), null, text.isBlank() ? "the file is empty" : "the file holds only comments, no fields",
            emptyHint);
        return Optional.empty();
      }
      List<SourceLocation> refused = new ArrayList<>(0);
      if (factory == yaml) {
        SyntaxProblems.LineProblems lines = SyntaxProblems.lineProblems(text);
        for (SyntaxProblems.Problem a : lines.errors()) {
          refused.add(new SourceLocation(file, a.line(), a.column()));
          diags.error(new SourceLocation(file, a.line(), a.column()), null, a.message(), a.hint());
        }
        for (SyntaxProblems.Problem c : lines.warnings()) {
          diags.warning(new SourceLocation(file, c.line(), c.column()), null, c.message(), c.hint());
        }
      }
      Node root;
      try {
        root = readValue(p, file, diags, refused);
      } catch (StreamConstraintsException tooLong) {
        // Thrown with no place of its own; the parser still stands at the text it refused.
        JsonLocation at = p.currentTokenLocation();
        SyntaxProblems.Problem pr = SyntaxProblems.json(tooLong, text);
        diags.error(at(file, at), null, pr.message(), pr.hint() == null ? syntaxHint(file) : pr.hint());
        return Optional.empty();
      }
      if (!refused.isEmpty()) {
        return Optional.empty();
      }
      JsonToken extra = nextOrNull(p);
      if (extra != null) {
        JsonLocation at = p.currentTokenLocation();
        diags.error(at(file, at), null, "more than one document in the file",
            isYaml(file) ? "keep one sheet per file; remove the second '---' document"
                : "keep one sheet per file: one {…} and nothing after it");
        return Optional.empty();
      }
      return Optional.of(root);
    } catch (JsonProcessingException e) {
      Optional<SyntaxProblems.Problem> hidden = e.getCause() instanceof ReaderException
          || String.valueOf(e.getOriginalMessage()).contains("CTRL-CHAR") ? SyntaxProblems.controlCharacter(text) : Optional.empty();
      SyntaxProblems.Problem pr = hidden.orElseGet(() -> e.getCause() instanceof MarkedYAMLException y && y.getProblemMark() != null
          ? SyntaxProblems.yaml(y, text) : SyntaxProblems.json(e, text));
      diags.error(new SourceLocation(file, pr.line(), pr.column()), null,
          hidden.isPresent() || e instanceof StreamConstraintsException ? pr.message() : "syntax error: " + pr.message(),
          pr.hint() == null ? syntaxHint(file) : pr.hint());
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      diags.error(SourceLocation.of(file), null, "cannot read: " + firstLine(String.valueOf(e.getMessage())),
          syntaxHint(file));
      return Optional.empty();
    }
  }

  private static JsonToken nextOrNull(JsonParser p) throws IOException {
    return p.nextToken();
  }

  private Node readValue(JsonParser p, Path file, Diagnostics diags, List<SourceLocation> refused) throws IOException {
    JsonLocation loc = p.currentTokenLocation();
    int line = Math.max(1, loc.getLineNr());
    int col = Math.max(1, loc.getColumnNr());
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT: {
        Map<String, Node.Entry> entries = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          JsonLocation kl = p.currentTokenLocation();
          p.nextToken();
          Node value = readValue(p, file, diags, refused);
          Node.Entry entry = new Node.Entry(key, Math.max(1, kl.getLineNr()), Math.max(1, kl.getColumnNr()), value);
          Node.Entry before = entries.putIfAbsent(key, entry);
          if (before != null) {
            diags.error(new SourceLocation(file, entry.line(), entry.column()), key,
                "the field '" + key + "' is given twice (first on line " + before.line() + ")",
                "keep one of the two");
          }
        }
        return new Node.MapNode(line, col, entries);
      }
      case START_ARRAY: {
        List<Node> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          items.add(readValue(p, file, diags, refused));
        }
        return new Node.ListNode(line, col, items);
      }
      case VALUE_STRING:
        if (p instanceof YAMLParser y && y.isCurrentAlias()) {
          // The YAML parser gives an alias (*name) as a text holding the anchor's name, which
          // would become the value without a word: refuse it instead.
          refused.add(new SourceLocation(file, line, col));
          diags.error(new SourceLocation(file, line, col), null,
              "*" + p.getText() + " repeats the value marked &" + p.getText() + " (a YAML alias), which kokai does not read",
              "write the value itself here, and remove the &" + p.getText() + " mark; if the '*' is part of the text, put the whole value in quotes: \"*"
                  + p.getText() + "\"");
        }
        String text = p.getText();
        if (text.length() > MAX_TEXT) {
          // The JSON parser refuses such a text itself; the YAML parser does not apply the limit.
          refused.add(new SourceLocation(file, line, col));
          diags.error(new SourceLocation(file, line, col), null, SyntaxProblems.tooLong(text.length()), SyntaxProblems.TOO_LONG_HINT);
        } else {
          SyntaxProblems.escapedCharacter(text).ifPresent(problem -> {
            refused.add(new SourceLocation(file, line, col));
            diags.error(new SourceLocation(file, line, col), null, problem, SyntaxProblems.ESCAPED_HINT);
          });
        }
        return new Node.ScalarNode(line, col, Node.ScalarNode.Kind.STRING, text);
      case VALUE_NUMBER_INT:
        return new Node.ScalarNode(line, col, Node.ScalarNode.Kind.INTEGER, p.getText());
      case VALUE_NUMBER_FLOAT:
        return new Node.ScalarNode(line, col, Node.ScalarNode.Kind.DECIMAL, p.getText());
      case VALUE_TRUE:
      case VALUE_FALSE:
        return new Node.ScalarNode(line, col, Node.ScalarNode.Kind.BOOLEAN, p.getText());
      case VALUE_NULL:
        return new Node.ScalarNode(line, col, Node.ScalarNode.Kind.NULL, "");
      default:
        // Embedded objects and other rare YAML tokens: keep their text.
        return new Node.ScalarNode(line, col, Node.ScalarNode.Kind.STRING, String.valueOf(p.getText()));
    }
  }

  private static SourceLocation at(Path file, JsonLocation loc) {
    return new SourceLocation(file, Math.max(0, loc.getLineNr()), Math.max(0, loc.getColumnNr()));
  }

  private static String syntaxHint(Path file) {
    return isYaml(file)
        ? "check indentation (spaces, not tabs), that each 'key: value' has a space after the colon, and quote text that starts with a special character"
        : "check for a missing comma, quote or bracket";
  }

  /**
   * The problem where the parser found it, and what it was reading, from where: "expected ',' or
   * ']', but got : (while parsing a flow sequence that starts at line 1, column 13)". The
   * parser's first line alone names only the construct, not what is wrong with it.
   */
  static String yamlMessage(MarkedYAMLException y) {
    String problem = y.getProblem() == null ? "" : y.getProblem().strip();
    String context = y.getContext() == null ? "" : y.getContext().strip();
    if (context.isEmpty()) {
      return problem;
    }
    Mark c = y.getContextMark();
    String where = c == null ? "" : " that starts at line " + (c.getLine() + 1) + ", column " + (c.getColumn() + 1);
    return problem.isEmpty() ? context + where : problem + " (" + context + where + ")";
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).strip();
  }
}
