package kokai.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateMethodModelEx;
import kokai.model.SiteConfig;
import kokai.site.SiteIndex;

/**
 * What every template sees: {@code page} (the page's own record), {@code site} (the index: years,
 * departments, SDGs, directions, totals), {@code config}, the helpers {@code fmt} and {@code link},
 * {@code t("key")} for interface text, {@code lang}, and {@code ja}: the attribute {@code lang="ja"}
 * when the interface speaks another language, else nothing, for elements holding content text
 * (sheets are written in Japanese): {@code <dd${ja}>${s.title()}</dd>}; and {@code tc("key", name)},
 * interface text whose arguments are content, marked the same way (see {@link ContentMessages});
 * and {@code mixed(text)}, text in which interface words and content are already joined (see
 * {@link MixedText}).
 */
public record View(PageModel page, SiteIndex site, SiteConfig config, Formats fmt, Linker link,
    TemplateMethodModelEx t, String lang, TemplateHTMLOutputModel ja, TemplateMethodModelEx tc,
    TemplateMethodModelEx mixed) {

  View(PageModel page, SiteIndex site, SiteConfig config, Formats fmt, Linker link, Messages t, String lang) {
    this(page, site, config, fmt, link, t, lang, contentLang(lang), new ContentMessages(t, lang), new MixedText(lang));
  }

  /** Screen readers read Japanese content with a Japanese voice only when it is marked (WCAG 3.1.2). */
  static TemplateHTMLOutputModel contentLang(String interfaceLang) {
    try {
      return HTMLOutputFormat.INSTANCE.fromMarkup("ja".equals(interfaceLang) ? "" : " lang=\"ja\"");
    } catch (freemarker.template.TemplateModelException e) {
      throw new IllegalStateException(e);
    }
  }
}
