package kokai.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.util.List;
import java.util.regex.Pattern;
import kokai.render.text.JapaneseRuns;

/**
 * Interface text whose arguments are content (names from the sheets, written in Japanese):
 * {@code ${tc("department.totalsCaption", d.name())}}. Under another interface language each
 * text argument with Japanese in it is wrapped in {@code <span lang="ja">} so screen readers switch
 * voice (WCAG 3.1.2);
 * text and arguments are HTML-escaped as {@code t} would be.
 */
final class ContentMessages implements TemplateMethodModelEx {
  /** A placeholder's argument number, {0} to {99}; compiled once, not at every placeholder of every page. */
  private static final Pattern ARGUMENT = Pattern.compile("\\d{1,2}");
  private final Messages messages;
  private final boolean mark;

  ContentMessages(Messages messages, String interfaceLang) {
    this.messages = messages;
    this.mark = !"ja".equals(interfaceLang);
  }

  String html(String key, Object... args) {
    String pattern = messages.get(key);
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (i < pattern.length()) {
      int open = pattern.indexOf('{', i);
      int close = open < 0 ? -1 : pattern.indexOf('}', open);
      int n = close < 0 ? -1 : argIndex(pattern.substring(open + 1, close), args.length);
      if (n < 0) {
        int end = open < 0 ? pattern.length() : open + 1;
        sb.append(escape(pattern.substring(i, end)));
        i = end;
        continue;
      }
      sb.append(escape(pattern.substring(i, open)));
      String arg = escape(String.valueOf(args[n]));
      // Numbers (an indicator's number) are not content text, nor is a name the city wrote in English.
      boolean japanese = args[n] instanceof String text && JapaneseRuns.hasJapanese(text);
      sb.append(mark && japanese ? "<span lang=\"ja\">" + arg + "</span>" : arg);
      i = close + 1;
    }
    return sb.toString();
  }

  private static int argIndex(String s, int count) {
    if (!ARGUMENT.matcher(s).matches()) {
      return -1;
    }
    int n = Integer.parseInt(s);
    return n < count ? n : -1;
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
  }

  @Override
  public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
    if (arguments.isEmpty()) {
      throw new TemplateModelException("tc(key, args...) needs a key");
    }
    Object[] args = new Object[arguments.size() - 1];
    for (int i = 1; i < arguments.size(); i++) {
      args[i - 1] = DeepUnwrap.unwrap((TemplateModel) arguments.get(i));
    }
    String key = String.valueOf(DeepUnwrap.unwrap((TemplateModel) arguments.get(0)));
    try {
      TemplateHTMLOutputModel out = HTMLOutputFormat.INSTANCE.fromMarkup(html(key, args));
      return out;
    } catch (IllegalArgumentException e) {
      throw new TemplateModelException(e.getMessage());
    }
  }
}
