package kokai.render;

import freemarker.template.TemplateMethodModelEx;
import kokai.model.SiteConfig;
import kokai.site.SiteIndex;

/**
 * What every template sees: {@code page} (the page's own record), {@code site} (the index: years,
 * departments, SDGs, directions, totals), {@code config}, the helpers {@code fmt} and {@code link},
 * {@code t("key")} for interface text, and {@code lang}.
 */
public record View(PageModel page, SiteIndex site, SiteConfig config, Formats fmt, Linker link,
    TemplateMethodModelEx t, String lang) {}
