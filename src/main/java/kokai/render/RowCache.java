package kokai.render;

import freemarker.core.Environment;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

  /**
   * Each run's text, or its UTF-8 bytes once a page rendered into bytes ({@link PageBytes}) has
   * used it: the preview's re-renders then copy bytes, and a run is kept one way only.
   */
  private final Map<Key, Object> runs = new ConcurrentHashMap<>();
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
      Object kept = runs.get(key);
      if (kept == null) {
        String text = render(env, key.items(), loopVars, body);
        if (chars.addAndGet(text.length()) > MAX_CHARS) {
          runs.clear();
          chars.set(text.length());
        }
        runs.put(key, text);
        kept = text;
      }
      if (env.getOut() instanceof PageBytes page) {
        if (kept instanceof String text && wellFormed(text)) {
          byte[] encoded = text.getBytes(StandardCharsets.UTF_8);
          runs.replace(key, text, encoded);
          kept = encoded;
        }
        if (kept instanceof byte[] encoded) {
          page.splice(encoded);
          continue;
        }
      }
      env.getOut().write(kept instanceof byte[] encoded ? new String(encoded, StandardCharsets.UTF_8) : (String) kept);
    }
  }

  /**
   * Whether the text has no half of a surrogate pair: its UTF-8 bytes then give it back whole,
   * and can be put in a page as they are ({@link PageBytes#splices}).
   */
  private static boolean wellFormed(String text) {
    if (!PageBytes.splices(text)) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
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
