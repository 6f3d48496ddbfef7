package kokai.render;

import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code <@cachedRow of=sheet variant="...">…</@cachedRow>} directive: renders its body once
 * per sheet and variant and writes the same text again afterwards. A listing of thousands of sheets
 * (a fiscal year, a direction) is then mostly copied, which is what keeps the preview's re-render
 * of the listings that show an edited sheet short. A sheet record never changes, and an edited
 * sheet is a new record, so a row is never stale; {@code variant} must name everything else the
 * body depends on (the columns shown, the page's depth for relative links), and the interface
 * language and texts are fixed for one renderer, which owns the cache.
 *
 * <pre>{@code
 * <#assign rowKey = showYear?c + showDivision?c + link.home()>
 * <#list sheets as s><@cachedRow of=s variant=rowKey><tr>…</tr></@cachedRow></#list>
 * }</pre>
 */
final class RowCache implements TemplateDirectiveModel {
  /** Identity of the sheet: records compare deeply, which would cost more than the row. */
  private record Key(Object of, String variant) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.of == of && k.variant.equals(variant);
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(of) * 31 + variant.hashCode();
    }
  }

  private final Map<Key, String> rows = new ConcurrentHashMap<>();

  @Override
  @SuppressWarnings("rawtypes")
  public void execute(freemarker.core.Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody body)
      throws TemplateException, IOException {
    Object of = params.get("of") == null ? null : DeepUnwrap.unwrap((TemplateModel) params.get("of"));
    Object variant = params.get("variant") == null ? null : DeepUnwrap.unwrap((TemplateModel) params.get("variant"));
    if (of == null || !(variant instanceof String v) || body == null) {
      throw new TemplateModelException("cachedRow needs of=(a value) and variant=(a string) and a body");
    }
    Key key = new Key(of, v);
    String text = rows.get(key);
    if (text == null) {
      StringWriter w = new StringWriter(512);
      body.render(w);
      text = w.toString();
      rows.put(key, text);
    }
    Writer out = env.getOut();
    out.write(text);
  }
}
