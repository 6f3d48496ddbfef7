package kokai.render;

import freemarker.core.Environment;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.io.output.StringBuilderWriter;

/**
 * The {@code <@cachedRows items=list variant="..."; item>…</@cachedRows>} directive: renders its
 * body for each item of the list, like {@code #list}, but keeps the text of each run of
 * {@value #CHUNK} items and copies it when the same items come again. A listing of thousands of
 * sheets (a fiscal year, a direction) is then mostly copied, which keeps the preview's re-render
 * of the listings that show an edited sheet short, and the SDG and direction pages share rows.
 * Items are compared by identity: a sheet record never changes and an edited sheet is a new
 * record, so a kept text is never stale. {@code variant} must name everything else the body
 * depends on (the columns shown, the page's depth for relative links); the interface language and
 * texts are fixed for one renderer, which owns the cache.
 *
 * <pre>{@code
 * <#local rowKey = showYear?c + showDivision?c + link.home()>
 * <@cachedRows items=sheets variant=rowKey; s><tr>…</tr></@cachedRows>
 * }</pre>
 */
final class RowCache implements TemplateDirectiveModel {
  static final int CHUNK = 64;
  /** Above this many characters kept, the cache starts again (each edit leaves a few old runs behind). */
  private static final long MAX_CHARS = 32L << 20;

  /** A run of items, by identity: records compare deeply, which would cost more than the rows. */
  private record Key(Object[] items, String variant) {
    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Key k) || k.items.length != items.length || !k.variant.equals(variant)) {
        return false;
      }
      for (int i = 0; i < items.length; i++) {
        if (k.items[i] != items[i]) {
          return false;
        }
      }
      return true;
    }

    @Override
    public int hashCode() {
      int h = variant.hashCode();
      for (Object item : items) {
        h = h * 31 + System.identityHashCode(item);
      }
      return h;
    }
  }

  private final Map<Key, String> runs = new ConcurrentHashMap<>();
  private final AtomicLong chars = new AtomicLong();

  /** Forgets every kept run, when no later render will use them. */
  void clear() {
    runs.clear();
    chars.set(0);
  }

  @Override
  @SuppressWarnings("rawtypes")
  public void execute(Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody body)
      throws TemplateException, IOException {
    Object items = params.get("items") == null ? null : DeepUnwrap.unwrap((TemplateModel) params.get("items"));
    Object variant = params.get("variant") == null ? null : DeepUnwrap.unwrap((TemplateModel) params.get("variant"));
    if (!(items instanceof List<?> list) || !(variant instanceof String v) || body == null || loopVars.length != 1) {
      throw new TemplateModelException("cachedRows needs items=(a list), variant=(a string), one loop variable and a body");
    }
    for (int from = 0; from < list.size(); from += CHUNK) {
      Key key = new Key(list.subList(from, Math.min(list.size(), from + CHUNK)).toArray(), v);
      String text = runs.get(key);
      if (text == null) {
        text = render(env, key.items(), loopVars, body);
        if (chars.addAndGet(text.length()) > MAX_CHARS) {
          runs.clear();
          chars.set(text.length());
        }
        runs.put(key, text);
      }
      env.getOut().write(text);
    }
  }

  private static String render(Environment env, Object[] items, TemplateModel[] loopVars, TemplateDirectiveBody body)
      throws TemplateException, IOException {
    StringBuilderWriter w = new StringBuilderWriter(items.length * 512);
    for (Object item : items) {
      loopVars[0] = env.getObjectWrapper().wrap(item);
      body.render(w);
    }
    return w.toString();
  }
}
