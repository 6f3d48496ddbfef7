package kokai.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kokai.diag.Diagnostic;
import kokai.diag.Diagnostics;
import kokai.diag.SourceLocation;
import kokai.model.EditorFiles;
import kokai.model.FiscalYear;
import kokai.model.Page;
import kokai.model.Projects;
import kokai.model.Sheet;
import kokai.model.SheetRef;
import kokai.model.SiteConfig;
import kokai.model.Slugs;

/**
 * Loads a content folder: {@code site.yaml}, {@code sheets/<fiscal-year>/<id>.yaml|.yml|.json} and
 * {@code pages/<slug>.md}. Every file is read, every problem is reported; the content is returned
 * only when there is no error. One loader can be reused for many loads.
 *
 * <pre>{@code
 * LoadResult r = new ContentLoader().load(Path.of("content"));
 * r.diagnostics().forEach(System.err::println);
 * }</pre>
 */
public final class ContentLoader {
  private static final Pattern YEAR_DIR = Pattern.compile("\\d{4}");

  /**
   * The base URL a site config stands in with when site.yaml's own could not be read (an error in
   * it, or in the file's syntax): the check goes on, and nothing is published.
   */
  public static final String STAND_IN_BASE_URL = "https://baseurl.invalid/";
  /** The title and city a site config stands in with when site.yaml's own could not be read. */
  public static final String STAND_IN_TEXT = "—";

  private final TreeReader reader = new TreeReader();
  private final RecordBinder binder = new RecordBinder();
  private final SheetChecks checks = new SheetChecks();
  private final NameSpellings spellings = new NameSpellings();

  public LoadResult load(Path root) {
    Diagnostics diags = new Diagnostics();
    if (notTheContentFolder(root, diags)) {
      return new LoadResult(Optional.empty(), diags.sorted());
    }
    Optional<LoadedSite> loadedSite = loadSite(root, diags);
    Optional<SiteConfig> site = loadedSite.map(LoadedSite::config);
    List<Path> files = sheetFiles(root, diags);
    ValuePool pool = new ValuePool();
    List<Optional<Loaded>> loaded = files.parallelStream().map(f -> loadOne(f, diags, pool)).toList();
    List<Sheet> sheets = new ArrayList<>();
    Map<SheetRef, Path> sources = new HashMap<>();
    List<Map.Entry<SheetRef, NameSpellings.Named>> names = new ArrayList<>();
    Map<String, SheetRef> folded = new HashMap<>();
    for (int i = 0; i < files.size(); i++) {
      Optional<Loaded> s = loaded.get(i);
      if (s.isEmpty()) {
        continue;
      }
      Sheet sheet = s.get().sheet();
      // By its folder, whose name a Windows or macOS server reads in any capitals.
      SheetRef sameFolder = folded.putIfAbsent(sheet.ref().toString().toLowerCase(Locale.ROOT), sheet.ref());
      if (sheet.ref().equals(sameFolder)) {
        diags.error(s.get().idAt(), "id",
            "sheet " + sheet.ref() + " is also defined in " + SourceLocation.display(sources.get(sameFolder)),
            "give each sheet of a fiscal year its own id, or delete one of the two files");
      } else if (sameFolder != null) {
        diags.error(s.get().idAt(), "id", "sheet " + sheet.ref() + " differs from sheet " + sameFolder + " (" + SourceLocation.display(sources.get(sameFolder))
            + ") only in capitals: on a Windows or macOS server the two pages are one folder",
            "give one of the two sheets another id");
      } else {
        sources.put(sheet.ref(), files.get(i));
        sheets.add(sheet);
        names.add(Map.entry(sheet.ref(), s.get().named(files.get(i))));
      }
    }
    spellings.check(names.stream().map(Map.Entry::getValue).toList(), diags);
    // The numbers shared where the join may be wrong, found once: warned about here, and kept for the preview's edits.
    List<Projects.SharedNumber> shared = site.isPresent() ? Projects.of(sheets).shared() : List.of();
    // names lists where each sheet writes its organization, in the order of sheets.
    loadedSite.ifPresent(s -> checks.checkAcrossSheets(s.config(), s.slugsRead(), sheets, sources,
        i -> names.get(i).getValue().at().department(), shared, diags));
    loadedSite.ifPresent(s -> checks.checkSlugsUsed(s.file(), s.tree(), s.config(), sheets, diags));
    String baseUrl = site.map(SiteConfig::baseUrl).orElse(null);
    List<Page> pages = loadPages(root, root.resolve(PAGES), diags, baseUrl, sources);
    // A language's pages are read as a version's when site.yaml could not say which versions it has.
    Map<String, List<Page>> translated = loadTranslatedPages(root,
        loadedSite.filter(LoadedSite::translationsRead).map(LoadedSite::config), diags, baseUrl, sources);
    Optional<Content> read = site.map(cfg -> new Content(root, cfg, sheets, pages, sources, SheetNames.of(names, shared), translated));
    if (diags.hasErrors() || site.isEmpty()) {
      return new LoadResult(Optional.empty(), diags.sorted(), site, files, sheets, sources, read);
    }
    return new LoadResult(read, diags.sorted(), site, files, sheets, sources, Optional.empty());
  }

  /** Loads one sheet file on its own, as the preview server does after an edit. */
  public Optional<Sheet> loadSheet(Path file, Diagnostics diags) {
    return loadOne(file, diags, new ValuePool()).map(Loaded::sheet);
  }

  /**
   * As {@link #loadSheet(Path, Diagnostics)}, adding the sheet and where its organisation's
   * names are written to {@code edit}, which then warns about them across sheets.
   */
  public Optional<Sheet> loadSheet(Path file, Diagnostics diags, SheetNames.Edit edit) {
    Optional<Loaded> loaded = loadOne(file, diags, new ValuePool());
    loaded.ifPresent(l -> edit.add(l.sheet(), l.named(file)));
    return loaded.map(Loaded::sheet);
  }

  /** Init's example sheet as it binds (whatever its layout, the same values): made once, when first asked. */
  private static Optional<Sheet> exampleSheet() {
    return ExampleSheet.SHEET;
  }

  private static final class ExampleSheet {
    static final Optional<Sheet> SHEET = bind();

    private static Optional<Sheet> bind() {
      Path at = Path.of("example.yaml");
      Diagnostics none = new Diagnostics();
      return new TreeReader().read(at, InitExamples.SHEET, none).flatMap(t -> new RecordBinder().bind(t, Sheet.class, at, none));
    }
  }

  /** A sheet and where its id is written, for messages about the sheet as a whole. */
  private record Loaded(Sheet sheet, SourceLocation idAt, NameSpellings.Places orgAt) {
    /** The sheet's names of 部・課・係 and where {@code file} writes them, for the check of names spelt two ways. */
    NameSpellings.Named named(Path file) {
      return new NameSpellings.Named(sheet.organization(), sheet.fiscalYear(), file, orgAt);
    }
  }

  private Optional<Loaded> loadOne(Path file, Diagnostics diags, ValuePool pool) {
    Optional<Node> tree = SourceText.read(file, diags).flatMap(text -> reader.read(file, text, diags));
    if (tree.isEmpty()) {
      return Optional.empty();
    }
    Diagnostics binding = new Diagnostics();
    Optional<Sheet> sheet = binder.bind(tree.get(), Sheet.class, file, binding, pool);
    List<Diagnostic> bound = binding.sorted();
    diags.addAll(bound);
    if (sheet.isPresent() && sheet.equals(exampleSheet())) {
      diags.warning(SourceLocation.of(file), null, "this is the example sheet kokai init wrote, with made-up figures, and it would be published",
          "delete it before the site is published, or write a sheet of the city's own in its place");
    }
    sheet.ifPresent(s -> checks.checkSheet(s, file, tree.get(), diags));
    if (sheet.isEmpty()) {
      PartialSheet.of(binder, tree.get(), file, bound).ifPresent(p -> p.check(checks, file, tree.get(), diags));
      // A sheet that does not bind is still told whether it lies in the wrong folder or file, from
      // the year and id as written, unless the binding already found fault with them.
      Set<String> faulted = bound.stream().map(Diagnostic::field).filter(Objects::nonNull).collect(Collectors.toSet());
      placedRight(file, faulted.contains("fiscalYear") ? null : written(tree.get(), "fiscalYear", Node.ScalarNode.Kind.INTEGER),
          faulted.contains("id") ? null : written(tree.get(), "id", Node.ScalarNode.Kind.STRING), tree.get(), diags);
    }
    return sheet.filter(s -> placedRight(file, Integer.toString(s.fiscalYear()), s.id(), tree.get(), diags))
        .map(s -> new Loaded(s, at(file, tree.get(), "id"), orgAt(file, tree.get())));
  }

  /**
   * Whether the file lies in the folder of its fiscal year and is named after its id, as written
   * ({@code null} when not written as one plain value: the binder tells that).
   */
  private static boolean placedRight(Path file, String fiscalYear, String id, Node tree, Diagnostics diags) {
    String dir = file.getParent().getFileName().toString();
    boolean ok = true;
    if (fiscalYear != null && !dir.equals(fiscalYear)) {
      diags.add(Diagnostic.error(at(file, tree, "fiscalYear"), "fiscalYear",
          "the sheet says fiscal year " + fiscalYear + " but lies in the folder " + dir,
          "move the file to sheets/" + fiscalYear + "/ or correct fiscalYear"));
      ok = false;
    }
    if (id != null && !baseName(file).equals(id)) {
      String name = baseName(file);
      // 088.yaml with id: 88: a number (or a spreadsheet's cell) lost the leading zeros.
      boolean zerosLost = name.matches("0+[1-9][0-9]*") && name.replaceFirst("^0+", "").equals(id);
      diags.add(Diagnostic.error(at(file, tree, "id"), "id",
          "the sheet's id is \"" + id + "\" but the file is named " + file.getFileName(),
          zerosLost ? "write the id as the file names it, in quotes: "
              + TreeReader.asWritten(TreeReader.isYaml(file), "id: \"" + name + "\"")
              + " (a number, or a spreadsheet's cell, loses the leading zeros)"
              : taken(file, id).map(other -> "a file " + other + " is already there: give this sheet its own id and name the file"
                  + " after it, or delete one of the two if they are copies")
              .orElse("rename the file to " + id + extension(file) + " or correct id")));
      ok = false;
    }
    return ok;
  }

  /** The text of a top-level field written as one value of the kind the field takes (a year, an id), or null. */
  private static String written(Node tree, String field, Node.ScalarNode.Kind kind) {
    Node.Entry e = tree instanceof Node.MapNode m ? m.entries().get(field) : null;
    if (e != null && e.value() instanceof Node.ScalarNode v && v.kind() == kind && !v.text().isBlank()) {
      return v.text().strip();
    }
    return null;
  }

  /**
   * A sheet file's fiscal year, id and title as it writes them ({@code 2022/088 情報化推進事業}),
   * for a report that names a sheet whose errors kept it from loading; empty when the file cannot
   * be read or does not write all three as plain values.
   */
  public static Optional<String> writtenName(Path file) {
    Diagnostics ignored = new Diagnostics();
    return SourceText.read(file, ignored).flatMap(text -> new TreeReader().read(file, text, ignored)).flatMap(tree -> {
      String year = written(tree, "fiscalYear", Node.ScalarNode.Kind.INTEGER);
      String id = written(tree, "id", Node.ScalarNode.Kind.STRING);
      String title = written(tree, "title", Node.ScalarNode.Kind.STRING);
      return year == null || id == null || title == null ? Optional.empty() : Optional.of(year + "/" + id + " " + title);
    });
  }

  /** The name of a sheet file beside {@code file} already named after {@code id}, if there is one. */
  private static Optional<String> taken(Path file, String id) {
    return Slugs.isSafe(id) ? SHEET_EXTENSIONS.stream().map(ext -> id + ext)
        .filter(n -> Files.isRegularFile(file.resolveSibling(n))).findFirst() : Optional.empty();
  }

  private static NameSpellings.Places orgAt(Path file, Node tree) {
    return new NameSpellings.Places(SheetChecks.at(file, tree, "organization", "department"),
        SheetChecks.at(file, tree, "organization", "division"), SheetChecks.at(file, tree, "organization", "section"));
  }

  static SourceLocation at(Path file, Node tree, String field) {
    if (tree instanceof Node.MapNode m && m.entries().containsKey(field)) {
      Node.Entry e = m.entries().get(field);
      return new SourceLocation(file, e.value().line(), e.value().column());
    }
    return new SourceLocation(file, tree.line(), tree.column());
  }

  /**
   * The site config with the file it came from and its tree, which says where each value is
   * written, and whether its department slugs could be read (not after a syntax error).
   */
  private record LoadedSite(SiteConfig config, Path file, Node tree, boolean slugsRead, boolean translationsRead) {
    LoadedSite(SiteConfig config, Path file, Node tree) {
      this(config, file, tree, true, true);
    }
  }

  /** Whether site.yaml gives a licence: a {@code license} that is there and not null. */
  private static boolean namesLicense(Node tree) {
    Node.Entry license = tree instanceof Node.MapNode m ? m.entries().get("license") : null;
    return license != null && !(license.value() instanceof Node.ScalarNode v && v.isNull());
  }

  /** A site config bound from its tree, and the tree. */
  private record BoundSite(SiteConfig config, Node tree) {}

  /**
   * The site config of a site.yaml with errors, bound without the fields the errors are in (a
   * title or city in error read as "—", a base URL in error as a stand-in, so that it is not also
   * warned about as missing), so that check goes on past it to the sheets' listings,
   * the theme and the Markdown pages' links, reporting everything in one run; the errors are
   * reported already, so nothing is published. Empty when even that does not bind.
   */
  private Optional<BoundSite> withoutFailedFields(Node tree, Path file, Diagnostics binding) {
    if (!(tree instanceof Node.MapNode m)) {
      return Optional.empty();
    }
    Map<String, Node.Entry> kept = new java.util.LinkedHashMap<>(m.entries());
    Set<String> failed = failedFields(binding, m, kept);
    kept.keySet().removeAll(failed);
    return withStandIns(new Node.MapNode(m.line(), m.column(), kept), failed, file);
  }

  /**
   * The top-level fields of site.yaml that errors are in, removed from {@code kept} by the caller;
   * one department's slug in error is replaced in {@code kept} by a stand-in of its own instead.
   */
  private static Set<String> failedFields(Diagnostics binding, Node.MapNode tree, Map<String, Node.Entry> kept) {
    Set<String> failed = new HashSet<>();
    binding.sorted().stream().filter(Diagnostic::isError).map(Diagnostic::field).filter(Objects::nonNull).forEach(f -> {
      List<Object> steps = FieldPath.read(f, tree).map(FieldPath::steps).orElse(List.of(f));
      String top = steps.get(0).toString();
      String name = steps.size() == 2 && steps.get(1) instanceof String k ? k : "";
      Node.Entry e = kept.get(top);
      // One department's slug in error stands in with a name of its own; the others' are right,
      // and the department is not then said to have none.
      if (top.equals("departmentSlugs") && e != null && e.value() instanceof Node.MapNode slugs && slugs.entries().containsKey(name)) {
        Map<String, Node.Entry> others = new java.util.LinkedHashMap<>(slugs.entries());
        Node.Entry bad = others.get(name);
        others.put(name, new Node.Entry(name, bad.line(), bad.column(), new Node.ScalarNode(bad.line(), bad.column(),
            Node.ScalarNode.Kind.STRING, "slug-in-error-" + others.keySet().stream().toList().indexOf(name))));
        kept.put(top, new Node.Entry(top, e.line(), e.column(), new Node.MapNode(slugs.line(), slugs.column(), others)));
      } else {
        failed.add(top);
      }
    });
    return failed;
  }

  /**
   * {@code m} bound as the site config with stand-ins for the fields that must be there, and for
   * those of the {@code failed} ones the build would warn about as not given.
   */
  private Optional<BoundSite> withStandIns(Node.MapNode m, Set<String> failed, Path file) {
    Map<String, Node.Entry> kept = new java.util.LinkedHashMap<>(m.entries());
    Map<String, String> always = Map.of("title", STAND_IN_TEXT, "city", STAND_IN_TEXT);
    Map<String, String> forFailed = Map.of("baseUrl", STAND_IN_BASE_URL, "published", "2000-01-01");
    java.util.function.BiConsumer<String, String> standIn = (k, text) -> kept.putIfAbsent(k,
        new Node.Entry(k, m.line(), m.column(), new Node.ScalarNode(m.line(), m.column(), Node.ScalarNode.Kind.STRING, text)));
    always.forEach(standIn);
    forFailed.forEach((k, text) -> {
      if (failed.contains(k)) {
        standIn.accept(k, text);
      }
    });
    Node.MapNode bound = new Node.MapNode(m.line(), m.column(), kept);
    return binder.bind(bound, SiteConfig.class, file, new Diagnostics()).map(cfg -> new BoundSite(cfg, bound));
  }

  private Optional<LoadedSite> loadSite(Path root, Diagnostics diags) {
    List<Path> configs = siteFiles(root);
    Path file = configs.isEmpty() ? null : configs.get(0);
    if (file == null) {
      Optional<Path> near = nearSiteFile(root);
      diags.error(SourceLocation.of(root.resolve("site.yaml")), null, "the site config is missing"
          + near.map(f -> ": there is " + f.getFileName() + ", but it is not named site.yaml").orElse(""),
          near.isPresent() ? "rename " + near.get().getFileName() + " to site.yaml (in Windows, turn on File name extensions to see the whole name)"
              : "create site.yaml with at least 'title:' and 'city:' (kokai init writes one)");
      return Optional.empty();
    }
    if (configs.size() > 1) {
      diags.error(SourceLocation.of(configs.get(1)), null, "a second site config beside " + file.getFileName()
          + ": only one is read, and which one is meant cannot be told", "keep one of them and delete the other");
    }
    Optional<Node> tree = SourceText.read(file, diags).flatMap(text -> reader.read(file, text, diags,
        "write the site's fields, at least 'title:' and 'city:' (kokai init writes a whole site.yaml to copy them from)"));
    Diagnostics binding = new Diagnostics();
    Optional<SiteConfig> site = tree.flatMap(t -> binder.bind(t, SiteConfig.class, file, binding));
    diags.addAll(binding.sorted());
    if (site.isEmpty() && tree.isPresent()) {
      // Its errors are reported; the rest of the check goes on with the fields that bound.
      // Translations in error are left out: which language versions the site has is not known.
      boolean translationsRead = binding.sorted().stream().filter(Diagnostic::isError).map(Diagnostic::field).filter(Objects::nonNull)
          .noneMatch(f -> FieldPath.topOf(f, tree.get()).equals("translations"));
      Optional<LoadedSite> partial = withoutFailedFields(tree.get(), file, binding)
          .map(t -> new LoadedSite(t.config(), file, t.tree(), true, translationsRead));
      // An error in one field hides none of the file's other problems (a slug in error stands in
      // with a name of its own, so it clashes with none).
      partial.ifPresent(s -> checkConfig(s, tree.get(), diags));
      return partial;
    }
    if (tree.isEmpty() && diags.hasErrors()) {
      // A syntax error, reported: the check goes on with stand-ins for every field, so that the
      // sheets' listings, the theme and the pages' links are checked in the same run. The slugs
      // may well be there as the sheets name them: no department is said to have none.
      return withStandIns(new Node.MapNode(1, 1, Map.of()), Set.of("baseUrl", "published"), file)
          .map(t -> new LoadedSite(t.config(), file, t.tree(), false, false));
    }
    Optional<LoadedSite> loaded = site.map(cfg -> new LoadedSite(cfg, file, tree.get()));
    loaded.ifPresent(s -> checkConfig(s, tree.get(), diags));
    return loaded;
  }

  /**
   * What is wrong with a site config as a whole: two departments given one slug, the placeholder
   * city, no licence. {@code written}: site.yaml's tree as written, which says whether a licence is
   * given even when it is in error (and left out of the config).
   */
  private void checkConfig(LoadedSite site, Node written, Diagnostics diags) {
    checks.checkSlugsDistinct(site.file(), site.tree(), site.config(), diags);
    if (SiteConfig.isPlaceholderCity(site.config().city())) {
      diags.warning(at(site.file(), written, "city"), "city", "the city is still the placeholder " + site.config().city().strip(),
          "write the city's name, e.g. city: つくば市");
    }
    if (!namesLicense(written)) {
      diags.warning(SourceLocation.of(site.file()), "license", "no licence is named, so every page and data file says the data may be used under "
          + SiteConfig.License.PDL1.name() + ", the Digital Agency's standard terms, on the city's behalf",
          "name the terms the city publishes its data under, e.g. license: {name: 公共データ利用規約 第1.0版 (PDL1.0), url: "
          + SiteConfig.License.PDL1.url() + "}, or another licence such as CC BY 4.0");
    }
  }

  /**
   * Reports a {@code --content} that is no content folder: a file, a folder that does not exist, the
   * project folder {@code kokai init} makes (the content one level down) or a folder inside the content.
   */
  private static boolean notTheContentFolder(Path root, Diagnostics diags) {
    SourceLocation at = SourceLocation.of(root);
    if (Files.exists(root) && !Files.isDirectory(root)) {
      diags.error(at, null, "the content folder is a file", "give the folder that holds site.yaml and sheets/ with --content");
    } else if (!Files.isDirectory(root)) {
      Optional<Path> here = findContentRunIn(root);
      if (here.isPresent()) {
        diags.error(at, null, "the content folder does not exist: this folder, " + here.get() + ", is the content itself",
            "run the command from the folder above it (or give --content . --out ../site)");
      } else {
        diags.error(at, null, "the content folder does not exist",
            "give the folder that holds site.yaml and sheets/ with --content, or start a new site with"
                + " 'java -jar kokai.jar init NEW-FOLDER' and build in it");
      }
    } else if (siteFile(root).isPresent()) {
      return false;
    } else if (!Files.isDirectory(root.resolve("sheets")) && siteFile(root.resolve("content")).isPresent()) {
      diags.error(at, null, "this folder holds a site's content in its folder content/, not the content itself",
          "give --content " + root.resolve("content") + ", or run the command inside " + root);
    } else {
      Optional<Path> outer = contentAbove(root);
      if (outer.isEmpty()) {
        // No site config anywhere near: said by the loading of the site config.
        return false;
      }
      diags.error(at, null, "this folder is inside a site's content, not the content itself",
          "give --content " + (root.getParent() != null ? root.getParent() : outer.get()) + ", the folder that holds site.yaml");
    }
    return true;
  }

  /**
   * The site's content folder a command was run inside, when the content folder it was given,
   * {@code root}, does not exist and the folder that would hold it is a site's content: run there,
   * the default {@code content} names content/content. The build and {@code kokai theme} both say so.
   */
  public static Optional<Path> findContentRunIn(Path root) {
    return Files.exists(root) ? Optional.empty() : contentAbove(root);
  }

  /** The folder that holds {@code root}, when it is a site's content folder (it has a site config). */
  private static Optional<Path> contentAbove(Path root) {
    Path above = root.toAbsolutePath().normalize().getParent();
    return above != null && siteFile(above).isPresent() ? Optional.of(above) : Optional.empty();
  }

  /**
   * Where the site config of the content folder {@code root} writes {@code field}, read again
   * (for a later stage's message about its value, such as a theme that does not exist); the file,
   * or {@code site.yaml}, when it cannot be told.
   */
  public static SourceLocation siteFieldAt(Path root, String field) {
    Path file = siteConfigFile(root);
    return TreeReader.readAgain(file).map(tree -> at(file, tree, field)).orElse(SourceLocation.of(file));
  }

  /** The site config of the content folder {@code root}, as messages about it name it: its file, or site.yaml when it has none. */
  public static Path siteConfigFile(Path root) {
    return siteFile(root).orElse(root.resolve("site.yaml"));
  }

  /**
   * The site config of the content folder {@code root} ({@code site.yaml}, or {@code site.yml} or
   * {@code site.json}), if it has one: for a command that needs to know where a site is before it
   * writes beside it.
   */
  public static Optional<Path> siteConfigOf(Path root) {
    return Files.isDirectory(root) ? siteFile(root) : Optional.empty();
  }

  /**
   * The text that the site config of {@code root} gives {@code field} ({@code theme}), read again
   * without a word about its problems; empty when it is not written there as a single value.
   */
  public static Optional<String> siteFieldText(Path root, String field) {
    return siteConfigOf(root).flatMap(TreeReader::readAgain)
        .filter(Node.MapNode.class::isInstance).map(t -> ((Node.MapNode) t).entries().get(field))
        .map(Node.Entry::value).filter(Node.ScalarNode.class::isInstance).map(v -> ((Node.ScalarNode) v).text().strip());
  }

  private static Optional<Path> siteFile(Path root) {
    return siteFiles(root).stream().findFirst();
  }

  /** The site config files of the folder: site.yaml, site.yml or site.json, in any case (Site.YAML from Windows). */
  private static List<Path> siteFiles(Path root) {
    List<String> names = List.of("site.yaml", "site.yml", "site.json");
    try (Stream<Path> files = Files.list(root)) {
      return files.filter(f -> names.contains(f.getFileName().toString().toLowerCase(Locale.ROOT)))
          .filter(Files::isRegularFile)
          .sorted(Comparator.comparing((Path f) -> names.indexOf(f.getFileName().toString().toLowerCase(Locale.ROOT)))
              .thenComparing(Path::toString))
          .toList();
    } catch (IOException | UncheckedIOException e) {
      return List.of();
    }
  }

  /** A file that looks meant as the site config ({@code site.yaml.txt}, with Windows' hidden extension), if any. */
  private static Optional<Path> nearSiteFile(Path root) {
    try (Stream<Path> files = Files.list(root)) {
      return files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).startsWith("site."))
          .filter(Files::isRegularFile).sorted().findFirst();
    } catch (IOException | UncheckedIOException e) {
      return Optional.empty();
    }
  }

  private List<Path> sheetFiles(Path root, Diagnostics diags) {
    Path dir = root.resolve("sheets");
    if (!Files.isDirectory(dir)) {
      diags.warning(SourceLocation.of(dir), null, "there is no sheets folder, so the site has no sheets",
          "put sheets at sheets/<fiscal-year>/<id>.yaml");
      return List.of();
    }
    List<Path> out = new ArrayList<>();
    try (Stream<Path> years = Files.list(dir)) {
      for (Path y : years.sorted().toList()) {
        String name = y.getFileName().toString();
        if (EditorFiles.isLeftover(name)) {
          continue;
        }
        if (!Files.isDirectory(y) || !YEAR_DIR.matcher(name).matches() || !FiscalYear.inRange(Integer.parseInt(name))) {
          Optional<FiscalYear> meant = Files.isDirectory(y) ? FiscalYear.parse(name) : Optional.empty();
          diags.error(SourceLocation.of(y), null, "not a fiscal-year folder: " + name, meant
              .map(fy -> "rename the folder to " + fy.year() + ": fiscal years are written as the Western year they start ("
                  + fy.japanese() + " = " + fy.year() + ")")
              .orElse("sheets go in sheets/<fiscal-year>/, with the year written as four digits from "
                  + FiscalYear.FIRST + " to " + FiscalYear.LAST + " (令和4年度 = 2022)"));
          continue;
        }
        try (Stream<Path> files = Files.list(y)) {
          for (Path f : files.sorted().toList()) {
            String fn = f.getFileName().toString();
            if (EditorFiles.isLeftover(fn)) {
              continue;
            }
            if (Files.isDirectory(f)) {
              diags.warning(SourceLocation.of(f), null, "ignored: a folder inside the fiscal-year folder " + name
                  + ", whose sheets are not read", "sheets go directly in sheets/" + name + "/; move them up, or the folder out of sheets/");
              continue;
            }
            if (!isSheetFile(f)) {
              diags.warning(SourceLocation.of(f), null, "ignored: not a .yaml, .yml or .json file",
                  "rename it if it is a sheet, or move it out of the sheets folder");
              continue;
            }
            if (!Slugs.isSafe(baseName(f))) {
              diags.error(SourceLocation.of(f), "id", "the file name \"" + fn + "\" cannot be used in a URL",
                  "name the file after the sheet's id: " + Slugs.rule(baseName(f)));
              continue;
            }
            out.add(f);
          }
        } catch (IOException e) {
          unreadable(y, e, diags);
        }
      }
    } catch (IOException e) {
      unreadable(dir, e, diags);
    }
    return out;
  }

  private static void unreadable(Path folder, IOException e, Diagnostics diags) {
    diags.error(SourceLocation.of(folder), null, "cannot read the folder: "
        + (e instanceof AccessDeniedException ? "permission denied" : e.getClass().getSimpleName() + " " + e.getMessage()),
        "give the user running kokai permission to read it (and open it), or move it out of the content folder");
  }

  /** The folder of the Markdown pages in a content folder. */
  private static final String PAGES = "pages";

  /**
   * The pages written for a language version that the build makes ({@code pages/en/about.md}, used
   * there in place of {@code pages/about.md}), by language. A folder of a language the site has no
   * such version in is said to be unused.
   */
  private Map<String, List<Page>> loadTranslatedPages(Path root, Optional<SiteConfig> site, Diagnostics diags, String baseUrl,
      Map<SheetRef, Path> sheets) {
    Map<String, List<Page>> out = new TreeMap<>();
    for (String language : SiteConfig.LANGUAGES) {
      Path dir = root.resolve(PAGES).resolve(language);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      boolean made = site.map(c -> c.translations().stream().anyMatch(t -> t.builtHere() && t.language().equals(language))).orElse(true);
      if (!made) {
        diags.warning(SourceLocation.of(dir), null, "these pages are for a version of the site in " + language
                + " that this build makes (a translation without baseUrl), and site.yaml names none: they are not published",
            "add the version to site.yaml (translations: [{language: " + language + "}]), or move the folder out of pages/");
        continue;
      }
      out.put(language, loadPages(root, dir, diags, baseUrl, sheets));
    }
    return out;
  }

  /** The Markdown pages of {@code dir}: {@code pages/} of the content folder {@code root}, or a language's folder in it. */
  private List<Page> loadPages(Path root, Path dir, Diagnostics diags, String baseUrl, Map<SheetRef, Path> sheets) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<Page> out = new ArrayList<>();
    Map<String, String> folded = new HashMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        String fn = f.getFileName().toString();
        if (EditorFiles.isLeftover(fn) || SiteConfig.LANGUAGES.contains(fn) && Files.isDirectory(f) && dir.equals(root.resolve(PAGES))) {
          continue;
        }
        if (!fn.toLowerCase(Locale.ROOT).endsWith(".md")) {
          diags.warning(SourceLocation.of(f), null, "ignored: not a Markdown page (.md)",
              "rename it to .md if it is a page, or move it out of the pages folder");
          continue;
        }
        String slug = baseName(f);
        if (!Slugs.isSafe(slug)) {
          diags.error(SourceLocation.of(f), null, "the page name \"" + slug + "\" cannot be used in a URL",
              "rename the file: " + Slugs.rule(slug));
          continue;
        }
        String sameFolder = folded.putIfAbsent(slug.toLowerCase(Locale.ROOT), slug);
        if (sameFolder != null) {
          diags.error(SourceLocation.of(f), null, "the page name \"" + slug + "\" differs from \"" + sameFolder
              + "\" only in capitals: on a Windows or macOS server the two pages are one folder", "rename one of the two files");
          continue;
        }
        SourceText.read(f, diags).ifPresent(md -> {
          String[] lines = md.split("\r\n|\r|\n", -1);
          int at = 0;
          while (at < lines.length && !lines[at].startsWith("# ")) {
            at++;
          }
          String title = at < lines.length ? lines[at].substring(2).strip() : null;
          PageChecks.sheetLinks(f, lines, baseUrl, sheets, root.resolve("sheets"), diags);
          PageChecks.unpublishedLinks(f, lines, diags);
          if (title != null) {
            PageChecks.textBeforeTitle(f, lines, at, diags);
          }
          if (title == null) {
            diags.error(new SourceLocation(f, 1, 1), null, "the page has no title",
                "start the page with a heading line such as '# このサイトについて'");
          } else if (RecordBinder.blank(title)) {
            // Its <title>, <h1> and the home page's link to it would be empty.
            diags.error(new SourceLocation(f, at + 1, 1), null, "the page's heading has no text",
                "write the page's title after '# ', such as '# このサイトについて'");
          } else if (PageChecks.shallowEnough(f, md, diags)) {
            InitExamples.exampleLine(md).ifPresent(line -> diags.warning(new SourceLocation(f, line, 1), null,
                "this line is the example text kokai init wrote, and it would be published",
                "write the page's own text in its place, or delete the line"));
            out.add(new Page(slug, title, md));
          }
        });
      }
    } catch (IOException e) {
      unreadable(dir, e, diags);
    }
    return out;
  }

  /** The endings of a sheet file's name, in the order a sheet's file is looked for. */
  static final List<String> SHEET_EXTENSIONS = List.of(".yaml", ".yml", ".json");

  /** Whether a file's name ends as a sheet file's does (in any case): what the loader reads under sheets/. */
  public static boolean isSheetFile(Path f) {
    String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
    return SHEET_EXTENSIONS.stream().anyMatch(n::endsWith);
  }

  private static String baseName(Path f) {
    String n = f.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot < 0 ? n : n.substring(0, dot);
  }

  private static String extension(Path f) {
    String n = f.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot < 0 ? "" : n.substring(dot);
  }
}
