package kokai.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import kokai.diag.Diagnostic;
import kokai.diag.Diagnostics;
import kokai.diag.SourceLocation;
import kokai.model.Sheet;
import kokai.model.SiteConfig;
import kokai.site.Links;
import kokai.site.OutputSink;
import kokai.site.SiteIndex;
import org.apache.commons.io.output.StringBuilderWriter;

/**
 * Renders every page of a site through the theme's templates and copies the theme's assets,
 * writing each page to the sink as soon as it is rendered (pages are rendered in parallel and never
 * all held in memory). Template errors are collected as diagnostics naming template, line and
 * expression.
 *
 * <pre>{@code
 * Diagnostics diags = new Diagnostics();
 * SiteRenderer r = SiteRenderer.open(Path.of("themes"), config, diags).orElseThrow();
 * RenderResult result = r.render(index, staging::write);
 * }</pre>
 */
public final class SiteRenderer {
  /** Characters a page buffer starts with: a sheet's page is some 40,000. */
  private static final int PAGE_BUFFER = 64 * 1024;
  /** A page buffer grown past this is let go after its page. */
  private static final int PAGE_BUFFER_KEPT = 1024 * 1024;

  /**
   * The byte buffers of the preview's edits, one per core, kept from one edit to the next: a
   * listing of thousands of rows fills a megabyte or two, which made anew for each edit was
   * allocated whole each time (and on the heap's largest objects' terms, which start collections).
   */
  private final Queue<PageBytes> pageBuffers = new ConcurrentLinkedQueue<>();
  private final Theme theme;
  private final TemplateEngine engine;
  private final Messages messages;
  private final Formats formats;
  private final String language;

  private SiteRenderer(Theme theme, String language) {
    this.theme = theme;
    this.engine = new TemplateEngine(theme);
    this.messages = Messages.load(theme, language);
    this.formats = new Formats(language, messages);
    this.language = language;
  }

  /**
   * Prepares rendering with the site's theme looked up in {@code themesDir} (the default theme
   * comes from there when present, else from inside the jar); empty, with a diagnostic, when the
   * site's theme does not exist, said at {@code named} (where the site config names the theme).
   */
  public static Optional<SiteRenderer> open(Path themesDir, SiteConfig config, Supplier<SourceLocation> named,
      Diagnostics diags) {
    return Theme.locate(themesDir, config, named, diags).map(t -> new SiteRenderer(t, config.language()));
  }

  /**
   * The interface text of the site's language from its theme (the default theme's file with the
   * site theme's keys over it), for text written outside the templates, such as the Atom feed's
   * labels: {@code renderer.interfaceText().apply("sheet.direction")} is "Direction" in English.
   * The build hands it to its later stages, which so need not look for the theme again.
   */
  public Function<String, Optional<String>> interfaceText() {
    return messages::find;
  }

  /**
   * Whether the theme has templates of its own (not all of them kokai's default theme's, which
   * kokai's tests render over every kind of content), which may fail on a page that others do not.
   */
  public boolean ownTemplates() {
    return theme.ownTemplates();
  }

  /**
   * A template of the theme's own that may show other sheets' data than its page's (the site's
   * totals in a footer), if any: an edit of one sheet may change every page made with it.
   */
  public Optional<Path> siteWideTemplate() {
    return theme.siteWideTemplate();
  }

  public RenderResult render(SiteIndex index, OutputSink sink) {
    return render(index, sink, s -> true, url -> true);
  }

  /**
   * As {@link #render(SiteIndex, OutputSink)}, but only the sheet pages {@code sheetPages} accepts
   * and the other pages whose URL {@code otherPages} accepts (a check renders a few); the theme's
   * assets are copied and the sitemap URLs are still every page's.
   */
  public RenderResult render(SiteIndex index, OutputSink sink, Predicate<Sheet> sheetPages, Predicate<String> otherPages) {
    PageFactory factory = new PageFactory(index, messages, formats, sink);
    List<PageFactory.Planned> all = factory.others();
    List<PageFactory.Planned> others = all.stream().filter(p -> otherPages.test(p.url())).toList();
    Rendered r = renderAll(index, sink, factory, others, index.sheets().stream().filter(sheetPages).toList(), false);
    copyAssets(sink);
    List<String> urls = Stream.concat(
            all.stream().filter(PageFactory.Planned::listed).map(PageFactory.Planned::url),
            index.sheets().stream().map(index::sheetUrl))
        .sorted().toList();
    return new RenderResult(urls, r.pages(), r.diagnostics(), r.failed());
  }

  /** The URLs of every page other than the sheets' ({@code years/2022/}, {@code compare/2021/088/}, …), without rendering them. */
  public List<String> otherPages(SiteIndex index) {
    return new PageFactory(index, messages, formats, (path, bytes) -> { }).others().stream().map(PageFactory.Planned::url).toList();
  }

  /**
   * Renders only the pages an edit shows on: the pages of the sheets {@code sheetPages} accepts,
   * the comparison pages of the projects of the sheets {@code comparisonsOf} accepts, and the other
   * pages whose URL is in {@code listingUrls} (such as {@code departments/x/} or {@code years/2022/}).
   * The theme's assets are not copied and no sitemap URLs are returned: an edit that keeps every
   * page where it was changes neither.
   */
  public RenderResult renderOnly(SiteIndex index, OutputSink sink, Predicate<Sheet> sheetPages,
      Predicate<Sheet> comparisonsOf, Set<String> listingUrls) {
    return renderOnly(index, sink, sheetPages, comparisonsOf, listingUrls, false);
  }

  /**
   * As {@link #renderOnly}, for the preview's edits, whose sink takes bytes: each page is made in
   * UTF-8 as it is rendered, the listing rows kept from earlier renders put in as the bytes they
   * were encoded to the first time ({@link PageBytes}), so that a listing of thousands of rows is
   * not encoded anew for one changed row. The pages' bytes are those {@link #renderOnly} writes.
   */
  public RenderResult renderEdit(SiteIndex index, OutputSink sink, Predicate<Sheet> sheetPages,
      Predicate<Sheet> comparisonsOf, Set<String> listingUrls) {
    return renderOnly(index, sink, sheetPages, comparisonsOf, listingUrls, true);
  }

  private RenderResult renderOnly(SiteIndex index, OutputSink sink, Predicate<Sheet> sheetPages,
      Predicate<Sheet> comparisonsOf, Set<String> listingUrls, boolean encoded) {
    PageFactory factory = new PageFactory(index, messages, formats, sink);
    List<Sheet> compared = index.sheets().stream().filter(comparisonsOf).toList();
    List<PageFactory.Planned> others = factory.others(listingUrls::contains, compared);
    Rendered r = renderAll(index, sink, factory, others, index.sheets().stream().filter(sheetPages).toList(), encoded);
    return new RenderResult(List.of(), r.pages(), r.diagnostics(), r.failed());
  }

  /**
   * Lets go of what this renderer keeps to make later renders quicker (the listing rows, and what
   * was said of template failures), for a build that renders once: at 100,000 sheets that is tens
   * of megabytes the later stages can use.
   */
  public void forgetRows() {
    engine.forgetRows();
  }

  /** How many template failures were worked out what to say of ({@link TemplateEngine#failuresDescribed}), for tests. */
  int failuresDescribed() {
    return engine.failuresDescribed();
  }

  /** How many template failures' words are kept ({@link TemplateEngine#failuresKept}), for tests. */
  int failuresKept() {
    return engine.failuresKept();
  }

  private record Rendered(int pages, List<Diagnostic> diagnostics, List<String> failed) {}

  /**
   * Renders the given pages and the pages of the given sheets in parallel, each written as soon as
   * it is rendered; a sheet's page model (which writes its data files and draws its charts) and a
   * comparison page's model are made in the thread that renders them. Every core takes the next
   * page from one list, the listings (few, some long) before the sheets (many, all short), so the
   * cores finish together: split in fixed halves, one core was left with the last long pages.
   */
  private Rendered renderAll(SiteIndex index, OutputSink sink, PageFactory factory, List<PageFactory.Planned> others,
      List<Sheet> sheets, boolean encoded) {
    Diagnostics diags = new Diagnostics();
    Queue<String> failedPages = new ConcurrentLinkedQueue<>();
    Map<Diagnostic, FailedOn> ofPages = new ConcurrentHashMap<>();
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    int total = others.size() + sheets.size();
    IntStream.range(0, ForkJoinPool.getCommonPoolParallelism() + 1).parallel().forEach(worker -> {
      // One buffer for all of a core's pages: once it holds Japanese text it stays two bytes a
      // character and large enough, where a new one per page started at one byte and was copied
      // as it grew and when the first Japanese character came.
      StringBuilder buffer = encoded ? null : new StringBuilder(PAGE_BUFFER);
      PageBytes bytes = encoded ? Optional.ofNullable(pageBuffers.poll()).orElseGet(PageBytes::new) : null;
      for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
        try {
          PageModel page = i < others.size() ? others.get(i).model().get() : factory.sheet(sheets.get(i - others.size()));
          renderPage(index, page, sink, buffer, bytes, (failed, file) -> {
            failedPages.add(file);
            if (failed.ofThePage()) {
              ofPages.computeIfAbsent(failed.diagnostic(), d -> new FailedOn()).add(file);
            } else {
              diags.add(failed.diagnostic());
            }
          });
        } catch (RuntimeException | Error e) {
          // The build has failed (out of memory, a sink that cannot write, a template that recurses
          // without end): the other cores take no more pages.
          next.set(total);
          failure.compareAndSet(null, e);
        }
      }
      if (bytes != null) {
        bytes.reset();
        pageBuffers.add(bytes);
      }
    });
    // Thrown once every core has stopped, so that no page is written after the caller has seen the
    // failure (the preview puts back the pages of a failed edit; a build discards its staging folder).
    Throwable failed = failure.get();
    if (failed instanceof RuntimeException e) {
      throw e;
    } else if (failed instanceof Error e) {
      throw e;
    }
    ofPages.forEach((d, on) -> diags.add(on.said(d)));
    return new Rendered(total, diags.sorted(), failedPages.stream().sorted().toList());
  }

  /**
   * The pages a template failed on for a value of theirs (a sheet without the value a city's
   * template reads): said once, with the first page by path and how many, so that staff can find
   * the sheet to mend without a message per page.
   */
  private static final class FailedOn {
    private String first;
    private int count;

    synchronized void add(String file) {
      count++;
      if (first == null || file.compareTo(first) < 0) {
        first = file;
      }
    }

    synchronized Diagnostic said(Diagnostic d) {
      String where = count == 1 ? "on the page " + first : "on " + String.format(Locale.ROOT, "%,d", count) + " pages, the first " + first;
      return new Diagnostic(d.severity(), d.location(), d.field(), d.message() + "; " + where, d.hint());
    }
  }

  /**
   * Renders one page into the core's {@code buffer} and writes it as text, or, given {@code bytes}
   * (the preview's edits, which write bytes), into those, with the listing rows spliced in encoded.
   */
  private void renderPage(SiteIndex index, PageModel page, OutputSink sink, StringBuilder buffer, PageBytes bytes,
      BiConsumer<TemplateEngine.Failure, String> failed) {
    Linker link = page.url().equals(SiteIndex.NOT_FOUND)
        ? Linker.rooted(index, page.url(), Linker.rootPath(index.config().baseUrl()))
        : new Linker(index, page.url());
    View view = new View(page, index, index.config(), formats, link, messages, language);
    if (bytes != null) {
      bytes.reset();
      engine.render(page.template(), view, bytes).ifPresentOrElse(
          f -> failed.accept(f, Links.file(page.url())),
          () -> sink.write(Links.file(page.url()), bytes.bytes()));
      return;
    }
    // A page is written by one thread: a writer without the lock of StringWriter's buffer.
    buffer.setLength(0);
    StringBuilderWriter out = new StringBuilderWriter(buffer);
    engine.render(page.template(), view, out).ifPresentOrElse(
        f -> failed.accept(f, Links.file(page.url())),
        () -> sink.writeText(Links.file(page.url()), out.toString()));
    if (buffer.capacity() > PAGE_BUFFER_KEPT) {
      // An unusually long page (a listing of thousands of sheets) does not keep its room.
      buffer.setLength(0);
      buffer.trimToSize();
      buffer.ensureCapacity(PAGE_BUFFER);
    }
  }

  /** A theme file as the site serves it: scripts and stylesheets without their comments, the rest as it is. */
  private static byte[] served(String name, byte[] bytes) {
    UnaryOperator<String> compact = name.endsWith(".js") ? ScriptText::compact : name.endsWith(".css") ? StyleText::compact : null;
    return compact == null ? bytes : compact.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
  }

  private void copyAssets(OutputSink sink) {
    for (Map.Entry<String, Path> e : theme.files("assets").entrySet()) {
      try {
        sink.write("assets/" + e.getKey(), served(e.getKey(), Files.readAllBytes(e.getValue())));
      } catch (IOException ex) {
        throw new UncheckedIOException("cannot read the theme file " + e.getValue(), ex);
      }
    }
  }
}
