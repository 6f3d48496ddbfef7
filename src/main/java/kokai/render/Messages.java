package kokai.render;

import freemarker.template.SimpleScalar;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import kokai.diag.TextBytes;

/**
 * The interface text of one language, from {@code i18n/messages_<lang>.properties} (UTF-8) of the
 * default theme, with the site theme's file of the same name overriding single keys. Templates call
 * it as {@code ${t("sheet.costs")}} or {@code ${t("year.count", n)}} ({0}, {1} are replaced); a
 * missing key is a template error, not an empty string. A count of one takes the key's {@code .one}
 * form where the language has one ({@code common.sheets.one=1 project} beside
 * {@code common.sheets={0} projects}); Japanese needs none.
 */
final class Messages implements TemplateMethodModelEx {
  private final Map<String, String> text;

  Messages(Map<String, String> text) {
    this.text = Map.copyOf(text);
  }

  static Messages load(Theme theme, String language) {
    Map<String, String> all = new HashMap<>();
    List<Path> roots = theme.roots();
    for (int i = roots.size() - 1; i >= 0; i--) {
      Path f = roots.get(i).resolve("i18n/messages_" + language + ".properties");
      if (Files.isRegularFile(f)) {
        Properties p = properties(f);
        p.stringPropertyNames().forEach(k -> all.put(k, p.getProperty(k)));
      }
    }
    return new Messages(all);
  }

  /** A messages file, read as UTF-8; a byte order mark before its first key is not part of the key ({@link TextBytes}). */
  static Properties properties(Path f) {
    Properties p = new Properties();
    try {
      p.load(new StringReader(TextBytes.decode(Files.readAllBytes(f), StandardCharsets.UTF_8).text()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + f, e);
    }
    return p;
  }

  Optional<String> find(String key) {
    return Optional.ofNullable(text.get(key));
  }

  String get(String key, Object... args) {
    String s = args.length > 0 && "1".equals(String.valueOf(args[0])) && text.containsKey(key + ".one")
        ? text.get(key + ".one") : text.get(key);
    if (s == null) {
      throw new IllegalArgumentException("no interface text \"" + key + "\": add it to i18n/messages_*.properties");
    }
    for (int i = 0; i < args.length; i++) {
      s = s.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return s;
  }

  @Override
  public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
    if (arguments.isEmpty()) {
      throw new TemplateModelException("t(key, args...) needs a key");
    }
    Object[] args = new Object[arguments.size() - 1];
    for (int i = 1; i < arguments.size(); i++) {
      args[i - 1] = DeepUnwrap.unwrap((TemplateModel) arguments.get(i));
    }
    String key = String.valueOf(DeepUnwrap.unwrap((TemplateModel) arguments.get(0)));
    try {
      return new SimpleScalar(get(key, args));
    } catch (IllegalArgumentException e) {
      throw new TemplateModelException(e.getMessage());
    }
  }
}
