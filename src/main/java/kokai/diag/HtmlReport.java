package kokai.diag;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A standalone HTML page listing every diagnostic, grouped by file (one sheet per file), for
 * staff to work through before publishing: where, what, how to fix, and the source line. The page
 * needs nothing else (inline style, no script) and escapes everything it quotes from the content.
 * It carries no date, so the same findings give the same file.
 *
 * <pre>{@code
 * String html = new HtmlReport("つくば市 事務事業評価", titles).render(result.diagnostics(), files);
 * }</pre>
 */
public final class HtmlReport {
  private static final String STYLE = """
      body{font-family:sans-serif;line-height:1.6;margin:1.5rem auto;max-width:64rem;padding:0 1rem;color:#1a1a1a}
      table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}
      th,td{border:1px solid #8c8c8c;padding:.3rem .5rem;text-align:left;vertical-align:top}
      th{background:#eef2f7}
      .error{color:#a10000;font-weight:bold}.warning{color:#7a4a00;font-weight:bold}
      pre{margin:.2rem 0 0;white-space:pre-wrap;background:#f5f5f5;padding:.2rem .4rem}
      @media print{a{color:inherit}h2{break-after:avoid}tr{break-inside:avoid}}
      """;

  private final String siteTitle;
  private final Map<String, String> titles = new TreeMap<>();
  private final DiagnosticFormatter sources = new DiagnosticFormatter();

  /**
   * @param siteTitle the name shown in the heading; null when the site config did not load
   * @param titles what each sheet file holds ({@code 2022/088 情報通信ネットワーク運営業務}), where known
   */
  public HtmlReport(String siteTitle, Map<Path, String> titles) {
    this.siteTitle = siteTitle;
    titles.forEach((p, t) -> this.titles.put(SourceLocation.display(p), t));
  }

  /**
   * The report of {@code diagnostics}; {@code checked} lists every file that was read, so that a
   * file without findings is counted as clean.
   */
  public String render(List<Diagnostic> diagnostics, List<Path> checked) {
    Map<String, List<Diagnostic>> byName = new TreeMap<>();
    for (Path p : checked) {
      byName.put(SourceLocation.display(p), new ArrayList<>());
    }
    for (Diagnostic d : diagnostics.stream().sorted().toList()) {
      byName.computeIfAbsent(SourceLocation.display(d.location().file()), k -> new ArrayList<>()).add(d);
    }
    // The files with errors first (they stop the site), then those with warnings, then the clean ones.
    Map<String, List<Diagnostic>> byFile = new LinkedHashMap<>();
    for (int rank = 0; rank < 3; rank++) {
      for (Map.Entry<String, List<Diagnostic>> e : byName.entrySet()) {
        if (rank(e.getValue()) == rank) {
          byFile.put(e.getKey(), e.getValue());
        }
      }
    }
    long errors = diagnostics.stream().filter(Diagnostic::isError).count();
    long warnings = diagnostics.size() - errors;
    StringBuilder h = new StringBuilder(8192);
    String heading = "データ品質レポート" + (siteTitle == null ? "" : " — " + siteTitle);
    h.append("<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(Escaping.xml(heading)).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
        .append("<h1>").append(Escaping.xml(heading)).append("</h1>\n");
    long withFindings = byFile.values().stream().filter(l -> !l.isEmpty()).count();
    h.append("<p>").append(byFile.size()).append(" ファイルを確認しました。エラー ").append(errors)
        .append(" 件、警告 ").append(warnings).append(" 件（").append(withFindings).append(" ファイル）。")
        .append(errors > 0 ? "エラーがある間は、サイトを公開（build）できません。"
            + "エラーのあるファイルから順に並べています。" : "")
        .append("</p>\n");
    summary(h, byFile);
    int n = 0;
    for (Map.Entry<String, List<Diagnostic>> e : byFile.entrySet()) {
      n++;
      if (!e.getValue().isEmpty()) {
        file(h, n, e.getKey(), e.getValue());
      }
    }
    return h.append("</body>\n</html>\n").toString();
  }

  /** Writes the report next to its final place, then moves it there, so no half-written report is left. */
  public void write(Path file, List<Diagnostic> diagnostics, List<Path> checked) throws IOException {
    FileReplace.write(file.toAbsolutePath(), render(diagnostics, checked).getBytes(StandardCharsets.UTF_8));
  }

  /** 0 for a file with errors, 1 for one with warnings only, 2 for a clean one. */
  private static int rank(List<Diagnostic> ds) {
    return ds.stream().anyMatch(Diagnostic::isError) ? 0 : ds.isEmpty() ? 2 : 1;
  }

  private void summary(StringBuilder h, Map<String, List<Diagnostic>> byFile) {
    h.append("<table id=\"summary\">\n<caption>ファイルごとの件数</caption>\n<thead><tr><th scope=\"col\">ファイル</th>")
        .append("<th scope=\"col\">シート</th><th scope=\"col\">エラー</th><th scope=\"col\">警告</th></tr></thead>\n<tbody>\n");
    int n = 0;
    for (Map.Entry<String, List<Diagnostic>> e : byFile.entrySet()) {
      n++;
      long err = e.getValue().stream().filter(Diagnostic::isError).count();
      String file = e.getValue().isEmpty() ? Escaping.xml(e.getKey())
          : "<a href=\"#f" + n + "\">" + Escaping.xml(e.getKey()) + "</a>";
      h.append("<tr><td>").append(file).append("</td><td>").append(Escaping.xml(title(e.getKey()))).append("</td><td>")
          .append(err).append("</td><td>").append(e.getValue().size() - err).append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n");
  }

  private void file(StringBuilder h, int n, String file, List<Diagnostic> ds) {
    String title = title(file);
    h.append("<h2 id=\"f").append(n).append("\">").append(Escaping.xml(file))
        .append(title.isEmpty() ? "" : " " + Escaping.xml(title)).append("</h2>\n<table>\n<thead><tr>")
        .append("<th scope=\"col\">位置</th><th scope=\"col\">種類</th><th scope=\"col\">項目</th>")
        .append("<th scope=\"col\">内容</th><th scope=\"col\">直し方</th></tr></thead>\n<tbody>\n");
    for (Diagnostic d : ds) {
      SourceLocation at = d.location();
      String where = at.line() == 0 ? "—" : at.column() == 0 ? "行 " + at.line() : "行 " + at.line() + "・列 " + at.column();
      h.append("<tr><td>").append(where).append("</td><td class=\"").append(d.severity().word()).append("\">")
          .append(d.isError() ? "エラー" : "警告").append("</td><td lang=\"en\">")
          .append(Escaping.xml(d.field() == null ? "" : d.field()))
          .append("</td><td><span class=\"message\" lang=\"en\">").append(Escaping.xml(d.message())).append("</span>");
      sources.shown(d).ifPresent(line -> h.append("<pre>").append(marked(line)).append("</pre>"));
      h.append("</td><td lang=\"en\">").append(Escaping.xml(d.hint() == null ? "" : d.hint())).append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n<p><a href=\"#summary\">ファイルごとの件数へ戻る</a></p>\n");
  }

  /**
   * The source line with the character at the column marked: a caret on the line below, as the
   * terminal has it, would not stand under it in a browser, whose Japanese characters are not two
   * Latin ones wide. A column past the line's end marks a space there.
   */
  private static String marked(DiagnosticFormatter.Shown line) {
    String text = line.text();
    StringBuilder h = new StringBuilder(line.gutter());
    if (line.at() < 0) {
      return h.append(Escaping.xml(text)).toString();
    }
    int end = line.at() < text.length() ? text.offsetByCodePoints(line.at(), 1) : line.at();
    return h.append(Escaping.xml(text.substring(0, line.at()))).append("<mark>")
        .append(end > line.at() ? Escaping.xml(text.substring(line.at(), end)) : " ").append("</mark>")
        .append(Escaping.xml(text.substring(end))).toString();
  }

  private String title(String file) {
    return titles.getOrDefault(file, "");
  }

}
