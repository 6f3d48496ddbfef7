package kokai.render;

import freemarker.template.Configuration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kokai.diag.Suggestions;

/**
 * A template's syntax error in words for the staff who edit a city theme: Freemarker's own list of
 * token classes ({@code <STRING_LITERAL>}, {@code <ID>}) says what a value is, and a misspelt
 * directive or built-in gets the one it is closest to instead of a link to the manual.
 *
 * <pre>{@code
 * TemplateSyntax.describe("Unknown directive: #lisst. Help …", cfg)   // <#lisst> is not a directive …, did you mean <#list>?
 * }</pre>
 */
final class TemplateSyntax {
  private TemplateSyntax() {}

  /** What is wrong and how to mend it. */
  record Words(String message, String hint) {}

  private static final Pattern UNKNOWN_DIRECTIVE = Pattern.compile("^Unknown directive: #(\\w+)");
  private static final Pattern UNKNOWN_BUILT_IN = Pattern.compile("^Unknown built-in: \"(\\w+)\"");
  private static final Pattern EXPECTING = Pattern.compile("^Encountered \"(.*?)\", but was expecting (?:one of these patterns|pattern):\\s*\\n(.*)",
      Pattern.DOTALL);
  private static final Pattern STILL_OPEN = Pattern.compile("^Encountered \"(.*?)\", but at this place only this can be closed: \"(.*?)\"");
  private static final Pattern UNCLOSED_AT_END = Pattern.compile("^Unexpected end of file reached\\. You have an unclosed (\\S+?)\\.");
  /** The token classes Freemarker lists where any value may stand. */
  private static final Set<String> A_VALUE = Set.of("<STRING_LITERAL>", "<INTEGER>", "<ID>");
  private static final String GENERAL = "fix the template";

  /** {@code editorMessage}, Freemarker's words, as said to staff: its first line, unless one of the cases above. */
  static Words describe(String editorMessage, Configuration cfg) {
    String m = editorMessage.strip();
    Matcher directive = UNKNOWN_DIRECTIVE.matcher(m);
    if (directive.find()) {
      String name = directive.group(1);
      return new Words("<#" + name + "> is not one of FreeMarker's directives",
          Suggestions.closest(name, cfg.getSupportedBuiltInDirectiveNames(Configuration.LEGACY_NAMING_CONVENTION))
              .map(d -> "did you mean <#" + d + ">? Its end tag is </#" + d + ">")
              .orElse("a directive kokai's templates use is one of <#if>, <#list>, <#assign>, <#include>, <#import>, <#macro>"));
    }
    Matcher builtIn = UNKNOWN_BUILT_IN.matcher(m);
    if (builtIn.find()) {
      String name = builtIn.group(1);
      Set<String> names = cfg.getSupportedBuiltInNames(Configuration.LEGACY_NAMING_CONVENTION);
      return new Words("?" + name + " is not one of FreeMarker's built-ins",
          Suggestions.closest(name, names).map(b -> "did you mean ?" + b + "?")
              .orElse("FreeMarker's manual lists them: https://freemarker.apache.org/docs/ref_builtins_alphaidx.html"));
    }
    Matcher nesting = STILL_OPEN.matcher(m);
    if (nesting.find()) {
      String open = nesting.group(2);
      return new Words("'" + nesting.group(1) + "' while the " + tag(open) + " before it is still open",
          "close the " + tag(open) + " first" + (open.startsWith("#") || open.startsWith("@") ? ", with </" + open + ">" : ""));
    }
    Matcher end = UNCLOSED_AT_END.matcher(m);
    if (end.find()) {
      String open = end.group(1).replace("\"", "");
      return open.equals("{") ? new Words("the template ends inside a ${…}", "close the ${…} with '}'")
          : new Words("the template ends while a " + tag(open) + " is still open", "close it with </" + open + ">");
    }
    Matcher expecting = EXPECTING.matcher(m);
    if (expecting.find()) {
      List<String> expected = new ArrayList<>();
      for (String l : expecting.group(2).split("\\R")) {
        if (!l.isBlank()) {
          expected.add(l.strip());
        }
      }
      String found = "'" + expecting.group(1) + "'";
      if (expected.contains("\"}\"")) {
        return new Words(found + " inside a ${…} that is not closed", "close the ${…} with '}' before it");
      }
      if (expected.contains("<EMPTY_DIRECTIVE_END>")) {
        return new Words(found + " inside a <#…> tag that is not closed", "close the tag with '>' before it");
      }
      if (expected.contains("<STATIC_TEXT_WS>") && expecting.group(1).startsWith("</")) {
        return new Words(found + " closes nothing: the tags before it are closed already",
            "remove it, or the end tag before it that closes too early");
      }
      if (expected.contains("<STATIC_TEXT_WS>") && expecting.group(1).startsWith("<#")) {
        return new Words(found + " cannot stand here", "<#else> and <#elseif> stand inside <#if>…</#if> or <#list>…</#list>,"
            + " <#items> and <#sep> inside <#list>…</#list>");
      }
      if (expected.containsAll(A_VALUE)) {
        return new Words(found + " where a value must stand (a name such as page.title(), a \"text\" or a number)",
            "close each ${…} with '}' before the HTML after it, give each <#if> its condition and each <#assign> its value,"
                + " and write a value after each operator (+, -, <, ==)");
      }
      if (expected.size() > 3) {
        return new Words(found + " is not expected here", "check the ${…} or <#…> tag it stands in, and the one before it");
      }
      return new Words(found + " where FreeMarker expects " + String.join(" or ", expected.stream().map(TemplateSyntax::token).toList()),
          GENERAL);
    }
    int nl = m.indexOf('\n');
    return new Words(nl < 0 ? m : m.substring(0, nl).strip(), GENERAL);
  }

  /** "#if" as the tag it is written: {@code <#if>}; "(" as it is. */
  private static String tag(String name) {
    return name.startsWith("#") || name.startsWith("@") ? "<" + name + ">" : "'" + name + "'";
  }

  /** A token as Freemarker lists it ("}", <ID>), in words. */
  private static String token(String t) {
    return switch (t) {
      case "<ID>" -> "a name";
      case "<STRING_LITERAL>", "<RAW_STRING>" -> "a \"text\"";
      case "<INTEGER>", "<DECIMAL>" -> "a number";
      default -> t.startsWith("\"") && t.endsWith("\"") && t.length() > 1 ? "'" + t.substring(1, t.length() - 1) + "'" : t;
    };
  }
}
