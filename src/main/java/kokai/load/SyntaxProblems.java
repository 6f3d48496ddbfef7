package kokai.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kokai.diag.Suggestions;
import kokai.model.ValueLimits;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * The syntax errors staff make most often, in plain words and at the place to mend: a key without
 * a space after its colon is reported on its own line, not on the next one where the parser
 * noticed; a quote that is never closed where it opens; a trailing comma in JSON on the comma.
 * Runs once a file has failed to parse, so it may look at the text again; and, over every YAML
 * file, a cheap look at its lines for what parses but is not what was meant ({@link #lineProblems}).
 */
final class SyntaxProblems {
  private SyntaxProblems() {}

  /** What is wrong, where (1-based line and column), and how to fix it; a null hint means the general one. */
  record Problem(int line, int column, String message, String hint) {}

  private static final Pattern CANNOT_START = Pattern.compile("found character '(.)' that cannot start any token");
  private static final Pattern TOO_LONG = Pattern.compile("String value length \\((\\d+)\\)");
  /** A field or list item after spaces of which some are full-width or no-break. */
  private static final Pattern WIDE_INDENTED = Pattern.compile("^[ \\t\\u3000\\u00A0]+(?:[A-Za-z_]+:(?:\\s|$)|-\\s)");
  private static final Pattern NON_STANDARD = Pattern.compile("Non-standard token '([^']+)'");
  /** Where a field's or a list item's value starts on its line: "key: " or "- ". */
  private static final String VALUE_AT = "\\s*(?:-\\s+)?(?:[A-Za-z_]+:\\s+|-\\s+)";
  private static final Pattern VALUE_START = Pattern.compile(VALUE_AT);
  /** A value that starts with '&': a YAML anchor, whose name the parser takes from the text. */
  private static final Pattern ANCHORED_VALUE = Pattern.compile("(" + VALUE_AT + ")&(\\S+)");
  /** A line whose value is a block of text on the lines below: "key: |", "- >-". */
  private static final Pattern BLOCK_START = Pattern.compile("(?:" + VALUE_AT + "|\\s*-\\s*)?[|>][-+0-9]*\\s*(?:#.*)?");
  /**
   * A value that starts with [ { ! | > and has text after that character, or with | > * & and a
   * space before text (a bullet, "* 重点事業").
   */
  private static final Pattern INDICATED_VALUE = Pattern.compile("(" + VALUE_AT + ")([\\[{!|>]\\S.*|[|>*&]\\s+[^\\s#].*)$");

  static Problem yaml(MarkedYAMLException y, String text) {
    String problem = y.getProblem() == null ? "" : y.getProblem();
    String context = y.getContext() == null ? "" : y.getContext();
    Mark m = y.getProblemMark();
    Mark c = y.getContextMark();
    int line = m.getLine() + 1;
    int col = m.getColumn() + 1;
    String from = c == null ? "" : " at line " + (c.getLine() + 1) + ", column " + (c.getColumn() + 1);
    Optional<Problem> wideIndent = wideIndent(text, line);
    if (wideIndent.isPresent()) {
      return wideIndent.get();
    }
    Optional<Problem> runOn = quoteRunOn(lines(text), line);
    if (runOn.isPresent()) {
      return runOn.get();
    }
    if (context.contains("flow sequence") && problem.startsWith("expected")) {
      return new Problem(line, col, "the list opened with '['" + from + " is not closed",
          "close it with ']', or put the text in quotes if it is not a list: \"[…\"");
    }
    if (context.contains("flow mapping") && problem.startsWith("expected")) {
      return new Problem(line, col, "the '{'" + from + " is not closed",
          "close it with '}', or put the text in quotes if it is not a set of fields");
    }
    if (context.contains("quoted scalar") && c != null) {
      return new Problem(c.getLine() + 1, c.getColumn() + 1, "this quote is not closed",
          "end the text with the same quote mark");
    }
    if (context.contains("scanning a directive") && c != null) {
      return directive(c.getLine() + 1);
    }
    Optional<Problem> indicator = leadingIndicator(text, c != null ? c.getLine() + 1 : line);
    if (indicator.isEmpty() && c != null) {
      indicator = leadingIndicator(text, line);
    }
    if (indicator.isPresent()) {
      return indicator.get();
    }
    if (context.contains("simple key") && problem.contains("expected ':'") && c != null) {
      return keyWithoutColon(text, c.getLine() + 1, c.getColumn() + 1);
    }
    // SnakeYAML writes a tab it cannot take as "\t(TAB)".
    if (problem.contains("(TAB)")) {
      return new Problem(line, col, "a tab character", "indent and separate with spaces; YAML does not allow tabs there");
    }
    if (problem.startsWith("mapping values are not allowed")) {
      return new Problem(line, col, "a ':' where a value goes on",
          "if it belongs to the text, put the whole value in quotes (title: \"a: b\"); if it starts a field, line it up with the fields around it");
    }
    if (problem.startsWith("sequence entries are not allowed")) {
      return new Problem(line, col, "a '-' here starts a list item",
          "write null for a value that is not known, a minus figure without a space (-500), text with a '-' in quotes (\"-\"),"
              + " and a list on the lines below, one '- item' each");
    }
    if (problem.startsWith("expected <block end>") && c != null) {
      return new Problem(line, col, "this line is not lined up with the lines above it (the block that starts at line "
          + (c.getLine() + 1) + ", column " + (c.getColumn() + 1) + ")",
          "indent the fields of one mapping by the same number of spaces; the fields of a '- ' item line up after the '- '");
    }
    if (problem.startsWith("unexpected character found") && (context.contains("an anchor") || context.contains("an alias")) && c != null) {
      char mark = context.contains("an anchor") ? '&' : '*';
      return new Problem(c.getLine() + 1, c.getColumn() + 1, "a '" + mark + "' here starts a YAML " + (mark == '&' ? "anchor" : "alias")
          + ", which needs a name right after it", "delete the '" + mark + "' if it was typed by mistake; if it is part of a text,"
          + " put the whole value in quotes");
    }
    if (problem.startsWith("expected '<document start>'")) {
      String[] lines = lines(text);
      Optional<Problem> left = leftOfFirstField(lines, line, col).or(() -> documentEnded(lines, line));
      if (left.isPresent()) {
        return left.get();
      }
    }
    if (context.contains("block scalar") && c != null) {
      // A '|' or '>' where no text block can start: typed by mistake, or text that needs quotes.
      String at = lineOf(text, c.getLine() + 1);
      char mark = c.getColumn() < at.length() ? at.charAt(c.getColumn()) : '|';
      return new Problem(c.getLine() + 1, c.getColumn() + 1, "a '" + mark + "' here starts a block of text lines, which must"
          + " be alone on its line", "delete the '" + mark + "' if it was typed by mistake; if it is part of a text, put the"
          + " whole value in quotes");
    }
    Matcher noValue = NODE_CONTENT.matcher(problem);
    if (noValue.find()) {
      return new Problem(line, col, "a value cannot start with '" + noValue.group(1) + "'",
          "delete it if it was typed by mistake, or put the whole value in quotes: \"" + noValue.group(1) + "…\"");
    }
    Matcher cannotStart = CANNOT_START.matcher(problem);
    if (cannotStart.find()) {
      return new Problem(line, col, "a value cannot start with '" + cannotStart.group(1) + "'",
          "put the value in quotes, e.g. \"" + cannotStart.group(1) + "…\"");
    }
    return new Problem(line, col, TreeReader.yamlMessage(y), null);
  }

  /**
   * A quoted value not closed on its line: YAML reads the text on over the fields below it, up to
   * the next quote mark, and stumbles over what follows that one, lines away from the mistake.
   * Blamed only when the parser stumbled on the line where the run-on text ends or the next.
   */
  private static Optional<Problem> quoteRunOn(String[] lines, int line) {
    for (int i = 0; i < lines.length && i < line - 1; i++) {
      Matcher m = VALUE_START.matcher(lines[i]);
      if (!m.lookingAt() || m.end() >= lines[i].length() || "\"'".indexOf(lines[i].charAt(m.end())) < 0) {
        continue;
      }
      char quote = lines[i].charAt(m.end());
      int closed = closingQuote(lines[i], m.end() + 1, quote);
      if (closed >= 0) {
        continue;
      }
      int end = i + 1;
      while (end < lines.length && closingQuote(lines[end], 0, quote) < 0) {
        end++;
      }
      // end is the 0-based line of the closing quote; the parser's line is 1-based.
      if (end < lines.length && line >= end + 1 && line <= end + 2) {
        return Optional.of(new Problem(i + 1, m.end() + 1, "this quote is not closed on its line, so YAML reads the text on"
            + " over the lines below, to the next " + quote + " on line " + (end + 1),
            "end the text with the same quote mark on this line (a text of several lines goes on the lines below 'field: |',"
                + " indented)"));
      }
      i = end;
    }
    return Optional.empty();
  }

  /** Where a quoted text that goes on at {@code from} closes on its line, or -1: "\"" escapes in double quotes, '' in single. */
  private static int closingQuote(String l, int from, char quote) {
    for (int k = from; k < l.length(); k++) {
      char ch = l.charAt(k);
      if (quote == '"' && ch == '\\') {
        k++;
      } else if (ch == quote) {
        if (quote == '\'' && k + 1 < l.length() && l.charAt(k + 1) == '\'') {
          k++;
        } else {
          return k;
        }
      }
    }
    return -1;
  }

  /**
   * A line further left than the file's first field, which was indented (a sheet pasted with the
   * spaces before it): YAML took the first field's column for the top level's.
   */
  private static Optional<Problem> leftOfFirstField(String[] lines, int line, int col) {
    for (int i = 0; i < lines.length && i < line - 1; i++) {
      String l = lines[i];
      String body = l.stripLeading();
      if (body.isEmpty() || body.startsWith("#") || body.startsWith("---")) {
        continue;
      }
      int indent = l.length() - body.length();
      if (indent == 0) {
        return Optional.empty();
      }
      return Optional.of(new Problem(line, col, "this line is further left than the file's first field (line " + (i + 1)
          + ", column " + (indent + 1) + "), where the top level's fields begin",
          "remove the spaces before the first field, so that the top level's fields start each line"));
    }
    return Optional.empty();
  }

  /**
   * The line before {@code line} ended the YAML document: a line of "..." (the end marker; typed as
   * an ellipsis, or a wrapped text's dots) or, at its start, a "%" (a directive, read as one only
   * there). What follows is taken for a second document, which must start with "---".
   */
  private static Optional<Problem> documentEnded(String[] lines, int line) {
    for (int i = Math.min(line - 1, lines.length); i >= 1; i--) {
      String l = lines[i - 1];
      String body = l.strip();
      if (body.isEmpty() || body.startsWith("#")) {
        continue;
      }
      if (l.startsWith("...") && (l.length() == 3 || Character.isWhitespace(l.charAt(3)))) {
        return Optional.of(new Problem(i, 1, "a line of '...' ends the YAML document, so the lines after it are not read",
            "delete the line; if the dots belong to a text, put them on the text's line or put the whole text in quotes"));
      }
      return l.startsWith("%") ? Optional.of(directive(i)) : Optional.empty();
    }
    return Optional.empty();
  }

  /** A line starting with "%", which YAML reads as a directive (%YAML 1.2) however it goes on. */
  private static Problem directive(int line) {
    return new Problem(line, 1, "a line starting with '%' is read by YAML as a directive, which ends the sheet before it",
        "if it goes on a text, indent it under its field or put the whole text in quotes");
  }

  /**
   * A line whose value starts with a character YAML reads as the start of something other than text
   * ("[市職員]全般" a list, "{市}職員" a mapping, "!", "|", ">" a tag or a block, "* " an alias) and
   * goes on past it.
   */
  private static Optional<Problem> leadingIndicator(String text, int line) {
    String l = lineOf(text, line);
    Matcher m = INDICATED_VALUE.matcher(l);
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    String value = m.group(2).strip();
    char first = value.charAt(0);
    if (first == '[' && value.endsWith("]") || first == '{' && value.endsWith("}")) {
      return Optional.empty(); // a list or fields written on one line; the problem is elsewhere
    }
    String what = switch (first) {
      case '[' -> "a list";
      case '{' -> "a set of fields";
      case '!' -> "a type tag";
      case '*' -> "a reference to a value marked elsewhere (an alias)";
      case '&' -> "a mark for other values to refer to (an anchor)";
      default -> "a block of lines";
    };
    return Optional.of(new Problem(line, m.start(2) + 1, "a value starting with '" + first + "' is read by YAML as " + what,
        "if it is text, put the whole value in quotes: " + m.group(1).strip() + " \"" + value.replace("\"", "\\\"") + "\""));
  }

  /**
   * What a YAML text's lines say that its parser does not: each value starting with '&' (an
   * anchor for aliases to repeat, which kokai does not read; "target: &市職員" would even lose its
   * text, the parser taking it for the anchor's name and the value for empty) is an error; each
   * Japanese text cut short by " #" a warning ({@link #textCutByComment}). Most files have neither
   * character and are not split into lines at all.
   */
  static LineProblems lineProblems(String text) {
    if (text.indexOf('&') < 0 && text.indexOf('#') < 0) {
      return LineProblems.NONE;
    }
    List<Problem> anchors = new ArrayList<>(0);
    List<Problem> cut = new ArrayList<>(0);
    String[] lines = lines(text);
    // A block of text (after "key: |" or ">") holds lines that only look like fields: "- &社内" is text there.
    int block = -1;
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i];
      int indent = 0;
      while (indent < l.length() && l.charAt(indent) == ' ') {
        indent++;
      }
      if (block >= 0 && (l.isBlank() || indent > block)) {
        continue;
      }
      block = BLOCK_START.matcher(l).matches() ? indent : -1;
      anchor(l, i + 1).ifPresent(anchors::add);
      textCutByComment(l, i + 1).ifPresent(cut::add);
    }
    return new LineProblems(anchors, cut);
  }

  /** Errors (anchors) and warnings (texts cut by a comment) found line by line. */
  record LineProblems(List<Problem> errors, List<Problem> warnings) {
    static final LineProblems NONE = new LineProblems(List.of(), List.of());
  }

  private static Optional<Problem> anchor(String l, int line) {
    if (l.indexOf('&') < 0) {
      return Optional.empty();
    }
    Matcher m = ANCHORED_VALUE.matcher(l);
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    String value = l.substring(m.end(1)).strip();
    return Optional.of(new Problem(line, m.end(1) + 1, "&" + m.group(2) + " marks a YAML anchor, which kokai does not read",
        "if the '&' is part of the text, put the whole value in quotes: " + m.group(1).strip() + " \"" + value + "\"; else remove the &"
            + m.group(2) + " mark"));
  }

  /**
   * A Japanese text whose line goes on with " #": YAML reads the rest of the line as a comment, so
   * "target: 市職員 #全庁" publishes 市職員 alone. A figure with a comment after it, and a quoted or
   * otherwise marked value, are left alone. Linear in the line, which may be megabytes long.
   */
  private static Optional<Problem> textCutByComment(String l, int line) {
    int space = l.indexOf(" #");
    int tab = l.indexOf("\t#");
    int hash = space < 0 ? tab : tab < 0 ? space : Math.min(space, tab);
    if (hash < 0) {
      return Optional.empty();
    }
    Matcher start = VALUE_START.matcher(l);
    if (!start.lookingAt() || start.end() > hash) {
      return Optional.empty();
    }
    String value = l.substring(start.end(), hash).strip();
    if (value.isEmpty() || "\"'#[{&*!|>".indexOf(value.charAt(0)) >= 0 || value.chars().allMatch(c -> c < 0x80)) {
      return Optional.empty();
    }
    String whole = l.substring(start.end()).strip();
    String comment = l.substring(hash + 1).strip();
    return Optional.of(new Problem(line, hash + 2, "the text ends at \" #\": YAML reads \"" + comment + "\" as a comment, which is not published",
        "if it is part of the text, put the whole value in quotes: " + l.substring(0, start.end()).strip() + " \"" + whole
            + "\"; if it is a note, keep it"));
  }

  /**
   * The nearest line up to {@code line} indented with a full-width or no-break space, which YAML
   * takes for text, not indentation: the parser then stumbles a line or two later, over something
   * that looks right.
   */
  private static Optional<Problem> wideIndent(String text, int line) {
    String[] lines = lines(text);
    // Up to three lines back, and only a line that goes on like a field or a list item: a text
    // block's paragraph may well begin with a full-width space.
    for (int i = Math.min(line, lines.length) - 1; i >= Math.max(0, line - 3); i--) {
      String l = lines[i];
      int at = 0;
      while (at < l.length() && (l.charAt(at) == ' ' || l.charAt(at) == '\t')) {
        at++;
      }
      if (at < l.length() && (l.charAt(at) == '\u3000' || l.charAt(at) == '\u00A0') && WIDE_INDENTED.matcher(l).find()) {
        String what = l.charAt(at) == '\u3000' ? "a full-width space (U+3000)" : "a no-break space (U+00A0)";
        return Optional.of(new Problem(i + 1, at + 1, "this line is indented with " + what + ", which YAML reads as text",
            "indent with half-width spaces only, as the lines around it are"));
      }
    }
    return Optional.empty();
  }

  /**
   * A line that the parser took as the start of a key, and then found no ':' after it: most often
   * {@code status:継続} (no space) or {@code status：継続} (a full-width colon).
   */
  private static Problem keyWithoutColon(String text, int line, int column) {
    String l = lineOf(text, line);
    int wide = l.indexOf('：');
    if (wide >= 0) {
      return new Problem(line, wide + 1, "a full-width colon '：'",
          "write a half-width colon and a space: " + Suggestions.normalized(l.substring(0, wide)).strip() + ": "
              + l.substring(wide + 1).strip());
    }
    int colon = l.indexOf(':');
    if (colon >= 0 && colon + 1 < l.length() && l.charAt(colon + 1) != ' ') {
      return new Problem(line, colon + 1, "no space after the colon",
          "write a space after the colon: " + l.substring(0, colon).strip() + ": " + l.substring(colon + 1).strip());
    }
    return new Problem(line, column, "this line has no ':' between a field and its value",
        "write 'field: value'; if the line goes on with the text of the line above, put that whole text in quotes"
            + " or after '|' on its own line");
  }

  static final String TOO_LONG_HINT = "check that nothing was pasted in by mistake: a sheet's texts run to a few hundred characters";

  static String tooLong(int length) {
    return String.format(Locale.ROOT, "a text of %,d characters, more than the %,d a field may hold", length, TreeReader.MAX_TEXT);
  }

  /** Jackson's words for a document nested deeper than its limit allows. */
  private static final Pattern NESTING = Pattern.compile("nesting depth \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");

  static Problem json(JsonProcessingException e, String text) {
    String raw = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    JsonLocation at = e.getLocation();
    int line = at == null ? 0 : Math.max(0, at.getLineNr());
    int col = at == null ? 0 : Math.max(0, at.getColumnNr());
    Matcher length = TOO_LONG.matcher(raw);
    if (e instanceof StreamConstraintsException && length.find()) {
      return new Problem(line, col, tooLong(Integer.parseInt(length.group(1))), TOO_LONG_HINT);
    }
    Matcher depth = NESTING.matcher(raw);
    if (depth.find()) {
      return new Problem(line, col, "values nested " + depth.group(1) + " levels deep, more than the " + depth.group(2)
          + " a content file may have", "check the brackets and the indentation: a sheet nests its values a few levels deep");
    }
    if (raw.contains("code points")) {
      return new Problem(line, col, "the file holds more characters than a content file may (3,145,728)",
          HUGE_FILE_HINT);
    }
    if (raw.contains("org.yaml.snakeyaml.events.")) {
      return new Problem(line, col, "a field whose name is a list or a mapping (written after '? ')",
          "write each field as 'name: value', with a plain name");
    }
    if (raw.contains("maybe a (non-standard) comment")) {
      return new Problem(line, col, "JSON does not allow comments",
          "delete the comment (a sheet written as .yaml may have comments after '#')");
    }
    Matcher token = NON_STANDARD.matcher(raw);
    if (token.find()) {
      // The parser stands after the word; the caret belongs under its start.
      int start = col - token.group(1).length();
      col = start >= 1 && lineOf(text, line).startsWith(token.group(1), start - 1) ? start : col;
      return new Problem(line, col, token.group(1) + " is not a value JSON allows",
          "write a number, or null for a value that is not known");
    }
    if (raw.startsWith("Unexpected character (''' (code 39))")) {
      return new Problem(line, col, "a single quote: JSON puts names and texts in double quotes",
          "write \"…\" instead of '…'");
    }
    if (line > 0 && col > 0 && (raw.startsWith("Unexpected character ('}'") || raw.startsWith("Unexpected character (']'"))) {
      Optional<int[]> comma = commaBefore(text, line, col);
      if (comma.isPresent()) {
        return new Problem(comma.get()[0], comma.get()[1], "a comma after the last item",
            "remove this comma: JSON has no comma before '" + raw.charAt("Unexpected character ('".length()) + "'");
      }
    }
    Matcher unclosed = JSON_UNCLOSED.matcher(raw);
    if (unclosed.find()) {
      boolean object = unclosed.group(1).equals("Object");
      String open = object ? "{" : "[";
      return new Problem(line, col, "the '" + open + "' opened at line " + unclosed.group(2) + ", column " + unclosed.group(3)
          + " is not closed", "close it with '" + (object ? "}" : "]") + "' after its last " + (object ? "field" : "item"));
    }
    Matcher mismatched = JSON_MISMATCHED.matcher(raw);
    if (mismatched.find()) {
      return new Problem(line, col, "a '" + mismatched.group(1) + "' where the '" + (mismatched.group(2).equals("]") ? "[" : "{")
              + "' opened at line " + mismatched.group(3) + ", column " + mismatched.group(4) + " is still open",
          "close that one first with '" + mismatched.group(2) + "', or remove this '" + mismatched.group(1) + "'");
    }
    if (raw.startsWith("Unexpected character ('\uFF1A'")) {
      return new Problem(line, col, "a full-width colon '：'", "write a half-width colon ':' after the field's name");
    }
    if (raw.contains("was expecting comma to separate")) {
      return new Problem(line, col, "a comma is missing before this", "put ',' after the value before it: JSON separates "
          + (raw.contains("Object entries") ? "the fields of {…}" : "the items of […]") + " with commas");
    }
    if (raw.contains("was expecting a colon to separate")) {
      return new Problem(line, col, "a colon is missing after the field's name", "write \"name\": value");
    }
    if (raw.contains("in numeric value")) {
      String what = raw.contains("Decimal point") ? "a number that ends at its decimal point"
          : raw.contains("Exponent") ? "a number that ends at its exponent's 'e'"
          : raw.contains("minus sign") ? "a minus sign without digits right after it"
          : "a number with a character no number has";
      return new Problem(line, col, what, "write the number in full, as 12.5 or -3, or null for a value that is not known");
    }
    Matcher unexpected = UNEXPECTED.matcher(raw);
    if (unexpected.find()) {
      String ch = unexpected.group(1);
      if (raw.contains("was expecting double-quote to start field name")) {
        Optional<Problem> grouped = groupedNumber(lineOf(text, line), line, col);
        if (grouped.isPresent()) {
          return grouped.get();
        }
        return new Problem(line, col, "a field's name not in double quotes", "write the name in double quotes: \"name\": value");
      }
      return new Problem(line, col, "the character '" + ch + "' where JSON expects "
              + (raw.contains("expected a valid value") ? "a value (a \"text\", a number, true, false, null, […] or {…})"
              : "something else"),
          "check this line against the lines around it: a quote, comma or bracket may be missing before it");
    }
    if (raw.startsWith("Unrecognized character escape")) {
      return new Problem(line, col, "a backslash that starts no escape JSON knows",
          "write a backslash as \\\\, a line break as \\n, a double quote as \\\"");
    }
    if (raw.startsWith("Unexpected end-of-input")) {
      return new Problem(line, col, "the file ends in the middle of a value", "close the text, list or field the file ends in");
    }
    Matcher extra = JSON_EXTRA_CLOSE.matcher(raw);
    if (extra.find()) {
      return new Problem(line, col, "a '" + extra.group(1) + "' that closes nothing: every '" + (extra.group(1).equals("]") ? "[" : "{")
          + "' before it is closed already", "remove this '" + extra.group(1) + "', or the one before it that closes too early");
    }
    Matcher control = JSON_CONTROL.matcher(raw);
    if (control.find()) {
      // Any other control character is reported from the file's text instead (TreeReader, controlCharacter).
      String inside = control.group(2).equals("name") ? "inside a field's name" : "inside a quoted text";
      if (Integer.parseInt(control.group(1)) == '\t') {
        return new Problem(line, col, "a tab " + inside + ", which JSON writes as \\t", "replace the tab with \\t or a space");
      }
      return new Problem(line, col, "a line break " + inside + ", which JSON writes as \\n",
          "if the closing quote is missing, put it before the line's end; for a text of several lines, write \\n where"
              + " each line breaks (or write the sheet as .yaml, where a text may run over lines)");
    }
    Matcher word = JSON_WORD.matcher(raw);
    if (word.find()) {
      return new Problem(line, col, "'" + word.group(1) + "' is no JSON value",
          "put a text in double quotes (\"" + word.group(1) + "\"); without quotes JSON knows numbers and the words null, true and false");
    }
    if (raw.startsWith("Invalid numeric value: Leading zeroes not allowed")) {
      // The parser stands after the zero; the caret belongs under the number's start.
      String number = lineOf(text, line);
      int start = Math.min(col - 1, number.length());
      while (start > 0 && Character.isDigit(number.charAt(start - 1))) {
        start--;
      }
      return new Problem(line, start + 1, "a number that starts with 0, which JSON does not allow",
          "write an id such as 088 as text, in double quotes (\"088\"), and a figure without its leading zeros");
    }
    return new Problem(line, col, firstLine(raw), null);
  }

  /** SnakeYAML's words for a character that can start no value (a ',' or a ']' before the text), with it. */
  private static final Pattern NODE_CONTENT = Pattern.compile("^expected the node content, but found '(.)'");
  /** Jackson's words for a '}' or ']' with no bracket left open, with the character. */
  private static final Pattern JSON_EXTRA_CLOSE = Pattern.compile("^Unexpected close marker '(.)': no open \\w+ to close");
  /** Jackson's words for a control character (a line break, a tab) inside a quoted name or text, with its code. */
  private static final Pattern JSON_CONTROL =
      Pattern.compile("^Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\):.*included in (name|string value)");
  /** Jackson's words for a word that is no value (text without quotes, a misspelt null), with the word. */
  private static final Pattern JSON_WORD = Pattern.compile("^Unrecognized token '(.*)': was expecting");

  /** Jackson's words for a '{' or '[' never closed, with where it was opened. */
  private static final Pattern JSON_UNCLOSED =
      Pattern.compile("expected close marker for (Object|Array) \\(start marker at .*?line: (\\d+), column: (\\d+)");
  /** Jackson's words for a '}' or ']' that closes the wrong bracket, with the one expected and where it was opened. */
  private static final Pattern JSON_MISMATCHED =
      Pattern.compile("^Unexpected close marker '(.)': expected '(.)' \\(for \\w+ starting at .*?line: (\\d+), column: (\\d+)");
  /** Jackson's words for a character it did not expect, with the character. */
  private static final Pattern UNEXPECTED = Pattern.compile("^Unexpected character \\('(.)' \\(code");

  /**
   * The first character of the text a content file may not hold (a control character other than
   * tab and line breaks, such as NUL), which editors do not show; empty when there is none.
   */
  static Optional<Problem> controlCharacter(String text) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '\n') {
        line++;
        lineStart = i + 1;
      } else if (ch != '\t' && ch != '\r' && ValueLimits.isControl(ch)) {
        return Optional.of(new Problem(line, i - lineStart + 1,
            "an invisible control character (U+" + String.format("%04X", (int) ch) + ")",
            "delete it: place the cursor here and delete the character before the next visible one;"
                + " it often comes with text copied from another program"));
      }
    }
    return Optional.empty();
  }

  /**
   * What is wrong with a text's characters once read, when it was written with escapes
   * ({@code "\u0001"}, {@code "\ud800"}) that the file's own check of its characters cannot see:
   * a control character, or half of a surrogate pair without its other half, which no page,
   * JSON file or CSV can carry.
   */
  static Optional<String> escapedCharacter(String text) {
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ValueLimits.isControl(ch)) {
        return Optional.of("the text holds an invisible control character (U+" + String.format("%04X", (int) ch)
            + "), written as an escape");
      }
      if (Character.isHighSurrogate(ch) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(ch)) {
        return Optional.of("the text holds half of a character (U+" + String.format("%04X", (int) ch)
            + ") without its other half, written as an escape");
      }
    }
    return Optional.empty();
  }

  static final String ESCAPED_HINT = "remove the escape (a backslash and a letter, with digits after u or x: \\u0001, \\x1b, \\e) from the quoted text";

  /** What to do about a content file far larger than any sheet, page or site config. */
  static final String HUGE_FILE_HINT = "sheets, pages and site.yaml are a few kilobytes each: check that this is the file meant,"
      + " and that no text in it was pasted many times over";

  /** Where the last ',' before the given place stands, when only white space lies between them. */
  private static Optional<int[]> commaBefore(String text, int line, int col) {
    int offset = offsetOf(text, line, col);
    for (int i = offset - 1; i >= 0; i--) {
      char ch = text.charAt(i);
      if (ch == ',') {
        int l = 1;
        int start = 0;
        for (int j = 0; j < i; j++) {
          if (text.charAt(j) == '\n') {
            l++;
            start = j + 1;
          }
        }
        return Optional.of(new int[] {l, i - start + 1});
      }
      if (!Character.isWhitespace(ch)) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static int offsetOf(String text, int line, int col) {
    int offset = 0;
    for (int l = 1; l < line && offset >= 0; l++) {
      offset = text.indexOf('\n', offset) + 1;
      if (offset == 0) {
        return text.length();
      }
    }
    return Math.min(text.length(), offset + col - 1);
  }

  /** A field's figure before a comma, and the digits the parser stumbled on after it: "budget": 24,857. */
  private static final Pattern GROUPED_BEFORE = Pattern.compile(":\\s*(-?[0-9]+(?:,[0-9]+)*),$");
  private static final Pattern GROUPED_AFTER = Pattern.compile("[0-9]+(?:,[0-9]+)*(?:\\.[0-9]+)?");

  /**
   * A figure written with thousands commas as in Excel ("budget": 24,857): JSON ends the value at
   * the first comma and reads the digits after it as the next field's name, which has no quotes.
   */
  private static Optional<Problem> groupedNumber(String l, int line, int col) {
    if (col < 2 || col > l.length()) {
      return Optional.empty();
    }
    Matcher before = GROUPED_BEFORE.matcher(l.substring(0, col - 1));
    Matcher after = GROUPED_AFTER.matcher(l).region(col - 1, l.length());
    if (!before.find() || !after.lookingAt()) {
      return Optional.empty();
    }
    String written = before.group(1) + "," + after.group();
    return Optional.of(new Problem(line, before.start(1) + 1, "the number " + written + " is written with commas, and JSON"
        + " ends a number at its first comma", "write the number without commas: " + written.replace(",", "")));
  }

  private static String lineOf(String text, int line) {
    String[] lines = lines(text);
    return line - 1 < lines.length ? lines[line - 1] : "";
  }

  /** The text's lines, ended by CRLF, LF or a lone CR, as the parsers count them. */
  private static String[] lines(String text) {
    return text.split("\r\n|\r|\n", -1);
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).strip();
  }
}
