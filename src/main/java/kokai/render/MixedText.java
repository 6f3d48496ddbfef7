package kokai.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateMarkupOutputModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.util.List;
import kokai.diag.Escaping;
import kokai.render.text.JapaneseRuns;

/**
 * Text made of interface words and content (an English chart caption naming a Japanese indicator:
 * "Indicator 1: 年間のネットワーク停止時間 (分以内)"): {@code ${mixed(text)}}. Under another interface
 * language than Japanese each run of Japanese characters is wrapped in {@code <span lang="ja">}, so
 * screen readers read it with a Japanese voice (WCAG 3.1.2); the text is HTML-escaped as
 * {@code ${text}} would be.
 */
final class MixedText implements TemplateMethodModelEx {
  private final boolean mark;

  MixedText(String interfaceLang) {
    this.mark = !"ja".equals(interfaceLang);
  }

  String html(String text) {
    return mark ? JapaneseRuns.markup(text, run -> "<span lang=\"ja\">" + run + "</span>") : Escaping.xml(text);
  }

  @Override
  public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
    if (arguments.size() != 1) {
      throw new TemplateModelException("mixed(text) needs one text");
    }
    if (arguments.get(0) instanceof TemplateMarkupOutputModel<?> markup) {
      return markup; // already marked (tc(…), or mixed(…) passed on through a macro)
    }
    Object text = DeepUnwrap.unwrap((TemplateModel) arguments.get(0));
    return HTMLOutputFormat.INSTANCE.fromMarkup(html(text == null ? "" : String.valueOf(text)));
  }
}
