package kokai.search;

import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.StringTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kokai.model.Sheet;

/**
 * Writes just the search page, its script and the index for some sheets into a folder, laid out as
 * the full site lays them out, so the browser tests and the benchmark can run the search without
 * the rest of the site.
 */
final class SearchSite {
  static final Path THEME = Path.of("themes/default");

  private static final String SHELL = """
      <!DOCTYPE html>
      <html lang="ja"><head><meta charset="utf-8"><title>検索</title>
      <meta name="viewport" content="width=device-width, initial-scale=1"></head>
      <body><header><#include "partials/search-form.ftlh"></header><main><#include "search.ftlh"></main></body></html>
      """;

  private SearchSite() {}

  static String sheetUrl(Sheet s) {
    return s.fiscalYear() + "/" + s.id() + "/";
  }

  static SearchIndexStats write(List<Sheet> sheets, Path out) throws IOException {
    SearchIndexStats stats = new SearchIndexWriter().write(sheets, SearchSite::sheetUrl, sinkInto(out));
    Path page = out.resolve("search/index.html");
    Files.createDirectories(page.getParent());
    Files.writeString(page, render(Map.of("root", "../", "facets", SearchFacets.of(sheets))));
    Path script = out.resolve("assets/search.js");
    Files.createDirectories(script.getParent());
    Files.copy(THEME.resolve("assets/search.js"), script, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    return stats;
  }

  static IndexSink sinkInto(Path out) {
    return (path, bytes) -> {
      Path file = out.resolve(path);
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
    };
  }

  private static String render(Map<String, Object> model) throws IOException {
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
    StringTemplateLoader shell = new StringTemplateLoader();
    shell.putTemplate("shell.ftlh", SHELL);
    cfg.setTemplateLoader(new MultiTemplateLoader(new TemplateLoader[] {
        shell, new FileTemplateLoader(THEME.resolve("templates").toFile())}));
    cfg.setDefaultEncoding("UTF-8");
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    Template t = cfg.getTemplate("shell.ftlh");
    StringWriter w = new StringWriter();
    try {
      t.process(model, w);
    } catch (TemplateException e) {
      throw new IOException(e);
    }
    return w.toString();
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
