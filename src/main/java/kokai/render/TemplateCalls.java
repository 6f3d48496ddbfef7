package kokai.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kokai.diag.Diagnostic;
import kokai.diag.SourceLocation;

/**
 * A template's call of one of kokai's methods with a value of another kind than it takes, said as
 * the template reference writes the method ({@code link.page(…) cannot take a text as its 1st
 * value: it is link.page(Page)}), for the staff who edit a city theme: Freemarker's own words name
 * Java classes, or for a method with several forms not even the method.
 */
final class TemplateCalls {
  private TemplateCalls() {}

  /**
   * Freemarker's words for a method of kokai's given a value of another kind
   * ({@code link.page("about")}): the method's class, name and Java parameters, which value, and
   * the kind given.
   */
  private static final Pattern WRONG_VALUE = Pattern.compile("Java method \"(kokai\\.[\\w.$]+)\\.(\\w+)\\([^)]*\\)\" "
      + "couldn't be called: Can't convert the (\\d+(?:st|nd|rd|th)) argument's value to the target Java type, [\\w.$\\[\\]]+\\. "
      + "The type of the actual value was: ([\\w ]+?) \\(");
  /**
   * The same for a method with several forms ({@code link.sheet(s)}, {@code link.sheet(s, "costs")}):
   * which value, the kinds of all the values given, and the first form's class and name.
   */
  private static final Pattern WRONG_VALUE_OF_FORMS = Pattern.compile("No compatible overloaded variation was found; "
      + "can't convert \\(unwrap\\) the (\\d+)(?:st|nd|rd|th) argument to the desired Java type\\.\\s+"
      + "The FTL type of the argument values were: ([^\\n]*?)\\.?\\n[\\s\\S]*?members:\\s+(kokai\\.[\\w.$]+)\\.(\\w+)\\(");
  private static final Pattern KIND = Pattern.compile("(\\w[\\w ]*?) \\(wrapper: [^)]*\\)");

  /**
   * A method of kokai's called with a value of another kind than it takes, said as the template
   * reference writes the method, with the value's kind in words; empty for any other failure.
   * {@code text} is Freemarker's message of the failure, without its stack of templates.
   */
  static Optional<Diagnostic> wrongValueGiven(String text, SourceLocation at) {
    String className;
    String method;
    String ordinal;
    String kind;
    Matcher m = WRONG_VALUE.matcher(text);
    Matcher several = WRONG_VALUE_OF_FORMS.matcher(text);
    if (m.find()) {
      className = m.group(1);
      method = m.group(2);
      ordinal = m.group(3);
      kind = m.group(4);
    } else if (several.find()) {
      int n = Integer.parseInt(several.group(1));
      List<String> kinds = KIND.matcher(several.group(2)).results().map(r -> r.group(1)).toList();
      if (n < 1 || n > kinds.size()) {
        return Optional.empty();
      }
      className = several.group(3);
      method = several.group(4);
      ordinal = n + (n % 100 / 10 == 1 ? "th" : switch (n % 10) { case 1 -> "st"; case 2 -> "nd"; case 3 -> "rd"; default -> "th"; });
      kind = kinds.get(n - 1);
    } else {
      return Optional.empty();
    }
    Class<?> type;
    try {
      type = Class.forName(className, false, TemplateCalls.class.getClassLoader());
    } catch (ClassNotFoundException notKokais) {
      return Optional.empty();
    }
    return TemplateReference.described(type, method).flatMap(d -> {
      String called = calledOn(at, method).orElse(type.getSimpleName()) + ".";
      String forms = d.getKey().stream().map(f -> called + f).collect(Collectors.joining(" or "));
      String what = d.getValue().endsWith(".") ? d.getValue().substring(0, d.getValue().length() - 1) : d.getValue();
      return Optional.of(Diagnostic.error(at, null,
          "template error: " + called + method + "(…) cannot take " + kindOf(kind) + " as its " + ordinal
              + " value: it is " + forms,
          forms + ": " + Character.toLowerCase(what.charAt(0)) + what.substring(1)
              + "; docs/templates.md lists what each value takes"));
    });
  }

  /** Freemarker's name of a value's kind, in words. */
  private static String kindOf(String freemarkerType) {
    return switch (freemarkerType.split(" ")[0]) {
      case "string" -> "a text";
      case "number" -> "a number";
      case "boolean" -> "true or false";
      case "sequence" -> "a list";
      case "date", "date_or_time_or_datetime" -> "a date";
      case "markup_output" -> "markup";
      default -> "a value of another kind (" + freemarkerType + ")";
    };
  }

  /** The name a template calls a method on, as written at the failure's place ({@code link} of {@code ${link.page(…)}}). */
  private static Optional<String> calledOn(SourceLocation at, String method) {
    if (at.line() < 1 || !Files.isRegularFile(at.file())) {
      return Optional.empty();
    }
    try (Stream<String> lines = Files.lines(at.file(), StandardCharsets.UTF_8)) {
      String line = lines.skip(at.line() - 1L).findFirst().orElse("");
      Matcher m = Pattern.compile("([A-Za-z_]\\w*)\\s*\\.\\s*" + Pattern.quote(method) + "\\s*\\(")
          .matcher(line.substring(Math.min(line.length(), Math.max(0, at.column() - 1))));
      return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    } catch (IOException | UncheckedIOException e) {
      return Optional.empty();
    }
  }
}
