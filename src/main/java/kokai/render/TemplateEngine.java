package kokai.render;

import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.Environment;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.Macro;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateModelIterator;
import freemarker.template.TemplateScalarModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kokai.diag.Diagnostic;
import kokai.diag.SourceLocation;
import kokai.diag.Suggestions;

/**
 * The one Freemarker configuration of a build: strict (errors are thrown, not printed into the
 * page, not logged), HTML auto-escaping for .ftlh, fixed locale and number format so output does
 * not depend on the machine, and the theme's lookup order.
 */
final class TemplateEngine {
  private final Configuration cfg;
  private final Theme theme;
  private final RowCache rows = new RowCache();
  /**
   * What is said of each template failure met, by what it depends on; about {@link #FAILURES_KEPT}
   * of them at most (each rendering thread may add one as the limit is reached), as Freemarker's
   * message may quote each page's own value and make every page's failure distinct. Emptied with
   * the rows, after a build's rendering.
   */
  private final Map<Blame, Optional<Failure>> failures = new ConcurrentHashMap<>();
  static final int FAILURES_KEPT = 100;
  /** How many failures were worked out what to say of: one a distinct failure, however many pages it comes on. */
  private final AtomicInteger describedCount = new AtomicInteger();

  TemplateEngine(Theme theme) {
    this.theme = theme;
    cfg = new Configuration(Configuration.VERSION_2_3_34);
    TemplateLoader[] loaders = theme.roots().stream()
        .map(r -> new PathTemplateLoader(r.resolve("templates"))).toArray(TemplateLoader[]::new);
    cfg.setTemplateLoader(new MultiTemplateLoader(loaders));
    cfg.setDefaultEncoding("UTF-8");
    cfg.setOutputEncoding("UTF-8");
    cfg.setLocale(Locale.ROOT);
    cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
    cfg.setNumberFormat("computer");
    cfg.setRecognizeStandardFileExtensions(true);
    cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setWrapUncheckedExceptions(true);
    cfg.setFallbackOnNullLoopVariable(false);
    cfg.setLocalizedLookup(false);
    cfg.setAPIBuiltinEnabled(false);
    cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
    cfg.setObjectWrapper(ModelWrapper.create());
    cfg.setSharedVariable("cachedRows", rows);
    // A city theme changes colours with a few lines in assets/css/theme.css, linked after site.css,
    // rather than a copy of the whole default stylesheet that would miss its later fixes.
    cfg.setSharedVariable("themeStylesheet", theme.find("assets/css/theme.css").isPresent()
        ? freemarker.template.TemplateBooleanModel.TRUE : freemarker.template.TemplateBooleanModel.FALSE);
  }

  /** Forgets the listing rows kept for later renders, and what was said of template failures. */
  void forgetRows() {
    rows.clear();
    failures.clear();
  }

  /**
   * A template's failure on a page: what to say, and whether it came of a value of that page (an
   * expression with no value there, a built-in refusing the value it got), so that other pages of
   * the template may render, or of the template itself (its syntax, a macro or template it lacks).
   */
  record Failure(Diagnostic diagnostic, boolean ofThePage) {
    static Optional<Failure> ofTemplate(Diagnostic d) {
      return Optional.of(new Failure(d, false));
    }

    static Optional<Failure> ofPage(Diagnostic d) {
      return Optional.of(new Failure(d, true));
    }
  }

  /**
   * A template's failure, as far as what is said of it depends on it: the page's template (whose
   * imports a macro call looks in), where it failed, the expression blamed, the exception's kind
   * and Freemarker's message (a value refused is named in it), and the class of the value whose
   * name the expression reads (for a misspelt name's hint). A page's other values do not count.
   */
  private record Blame(String page, String template, Integer line, Integer column, String expression, Class<?> kind,
      String message, Class<?> valueRead) {
    static Blame of(String page, TemplateException e, Class<?> valueRead) {
      return new Blame(page, e.getTemplateSourceName(), e.getLineNumber(), e.getColumnNumber(), e.getBlamedExpressionString(),
          e.getClass(), e.getMessageWithoutStackTop(), valueRead);
    }
  }

  /** How many template failures were worked out what to say of, for a test that a failure on many pages is once. */
  int failuresDescribed() {
    return describedCount.get();
  }

  /** How many template failures' words are kept, for a test that they stay few. */
  int failuresKept() {
    return failures.size();
  }

  /** Renders one template; a template problem comes back as a diagnostic naming template, line and expression. */
  Optional<Failure> render(String template, View view, Writer out) {
    try {
      Template t = cfg.getTemplate(template);
      t.process(new ViewModel(view, cfg.getObjectWrapper()), out);
      return Optional.empty();
    } catch (ParseException e) {
      return Failure.ofTemplate(syntaxError(e));
    } catch (TemplateException e) {
      // A syntax error in an included or imported template arrives wrapped by the directive that loaded it.
      for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
        if (c instanceof ParseException p) {
          return Failure.ofTemplate(syntaxError(p));
        }
      }
      // A city template's failure comes again on every page it renders, 10,000 sheets' at a large
      // city: what to say of it (the template's line read again, the names a value has, the
      // macros of a library, the nearest name) is worked out once.
      Optional<Class<?>> read = valueRead(e.getEnvironment(), e.getBlamedExpressionString());
      Blame blame = Blame.of(template, e, read.orElse(null));
      Optional<Failure> said = failures.get(blame);
      if (said != null) {
        return said;
      }
      return failures.size() < FAILURES_KEPT ? failures.computeIfAbsent(blame, b -> described(e, read)) : described(e, read);
    } catch (StackOverflowError e) {
      // Freemarker recurses with the template: a macro or #include that calls itself with no end
      // is the theme's mistake, not kokai's, and the stack it filled is free again here.
      return Failure.ofTemplate(Diagnostic.error(location(template, 0, 0), null,
          "template error: the template, or a macro or template it calls, calls itself without end",
          "give a macro that calls itself a condition that stops it (<#if n < 5><@m n+1/></#if>), and do not include a template in itself"));
    } catch (freemarker.template.TemplateNotFoundException e) {
      return Failure.ofTemplate(Diagnostic.error(SourceLocation.of(Path.of("themes", "default", "templates", template)), null,
          "template not found: " + e.getTemplateName(), "add the template to the theme"));
    } catch (IOException e) {
      // Freemarker parses a template once: every later page of the same template gets an
      // IOException ("error loading the template on an earlier attempt") caused by the parse error.
      for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
        if (c instanceof ParseException p) {
          return Failure.ofTemplate(syntaxError(p));
        }
      }
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What to say of a template's failure at run time that is not a syntax error: where, the
   * expression blamed and a hint. {@code read}: the class of the kokai value whose name the
   * expression misspells, if it reads one ({@link #valueRead}).
   */
  private Optional<Failure> described(TemplateException e, Optional<Class<?>> read) {
    describedCount.incrementAndGet();
    String expr = e.getBlamedExpressionString();
    SourceLocation at = location(e.getTemplateSourceName(), lineOf(e.getLineNumber()), lineOf(e.getColumnNumber()));
    if (expr != null && e instanceof freemarker.core.InvalidReferenceException && isMacroCall(at)) {
      Optional<Library> lib = library(e.getEnvironment(), expr);
      if (lib.isPresent()) {
        // Most often a city's copy of an earlier kokai's template, calling a macro that kokai's
        // default (ui.ftlh, base.ftlh) has since renamed or removed: say what the library has.
        Library l = lib.get();
        String name = expr.substring(expr.indexOf('.') + 1);
        String prefix = expr.substring(0, expr.indexOf('.'));
        return Failure.ofTemplate(Diagnostic.error(at, null, "template error: no macro named " + expr + ": " + l.file()
                + ", imported as " + prefix + ", has no macro " + name,
            (l.macros().isEmpty() ? "it has no macros" : "use one of its macros: " + String.join(", ", l.macros())
                + Suggestions.closest(name, l.macros()).map(m -> " (did you mean " + prefix + "." + m + "?)").orElse(""))
                + "; a template copied from an earlier kokai may call a macro that kokai's default has renamed or removed since"));
      }
      return Failure.ofTemplate(Diagnostic.error(at, null, "template error: no macro named " + expr,
          "call a macro defined with <#macro> in this template or in one it imports with <#import> "
              + "(e.g. <#import \"layouts/base.ftlh\" as base> … <@base.layout>), or fix the name"));
    }
    if (expr != null && e instanceof freemarker.core.InvalidReferenceException) {
      return Failure.ofPage(Diagnostic.error(at, null,
          "template error: ${" + expr + "} has no value here (no such name, or a value this page does not have)",
          read.flatMap(type -> memberMeant(type, expr)).orElseGet(() -> referenceHint(expr))));
    }
    Optional<String> missing = includedMissing(e);
    if (missing.isPresent()) {
      return Failure.ofTemplate(Diagnostic.error(at, null, "template error: the template " + missing.get()
          + " that this one includes or imports does not exist", "check its name and folder, relative to this template"));
    }
    Optional<Diagnostic> call = TemplateCalls.wrongValueGiven(e.getMessageWithoutStackTop(), at);
    if (call.isPresent()) {
      return Failure.ofPage(call.get());
    }
    String message = firstLine(e.getMessageWithoutStackTop()).replaceAll("[:\\s]+$", "");
    return Failure.ofPage(Diagnostic.error(at, null,
        "template error" + (expr == null ? "" : " in ${" + expr + "}") + ": " + message,
        "fix the template or the content value it reads"));
  }

  /** A template imported under a name ({@code <#import "partials/ui.ftlh" as ui>}): where it is, and its macros by name. */
  private record Library(Path file, List<String> macros) {}

  /**
   * The template that {@code expr}'s prefix ({@code ui} of {@code ui.oldBadge}) names where the call
   * failed: looked for in the page's namespace and in those of the templates it imports, since a
   * partial included by the layout imports into the layout's.
   */
  private Optional<Library> library(Environment env, String expr) {
    int dot = expr.indexOf('.');
    if (env == null || dot < 1) {
      return Optional.empty();
    }
    String prefix = expr.substring(0, dot);
    try {
      Deque<Environment.Namespace> todo = new ArrayDeque<>(List.of(env.getCurrentNamespace(), env.getMainNamespace()));
      Set<Environment.Namespace> seen = Collections.newSetFromMap(new IdentityHashMap<>());
      while (!todo.isEmpty()) {
        Environment.Namespace ns = todo.poll();
        if (!seen.add(ns)) {
          continue;
        }
        if (ns.get(prefix) instanceof Environment.Namespace lib && lib.getTemplate() != null) {
          return Optional.of(libraryOf(lib));
        }
        for (TemplateModelIterator keys = ns.keys().iterator(); keys.hasNext(); ) {
          if (ns.get(((TemplateScalarModel) keys.next()).getAsString()) instanceof Environment.Namespace inner) {
            todo.add(inner);
          }
        }
      }
    } catch (TemplateModelException | ClassCastException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private Library libraryOf(Environment.Namespace lib) throws TemplateModelException {
    List<String> macros = new ArrayList<>();
    for (TemplateModelIterator keys = lib.keys().iterator(); keys.hasNext(); ) {
      String key = ((TemplateScalarModel) keys.next()).getAsString();
      if (lib.get(key) instanceof Macro m && !m.isFunction()) {
        macros.add(key);
      }
    }
    Collections.sort(macros);
    String name = lib.getTemplate().getName();
    return new Library(templateFile(name), macros);
  }

  /** The name of a template that an #include or #import asked for and that does not exist, if that was the failure. */
  private static Optional<String> includedMissing(TemplateException e) {
    for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
      if (c instanceof freemarker.template.TemplateNotFoundException nf) {
        return Optional.of(nf.getTemplateName());
      }
    }
    return Optional.empty();
  }

  /**
   * The class of the value whose name {@code expr} reads ({@code config} of {@code config.titel}),
   * when it is one of kokai's records or objects: a misspelt name's hint offers what it has.
   */
  private static Optional<Class<?>> valueRead(Environment env, String expr) {
    Matcher m = MEMBER.matcher(expr == null ? "" : expr);
    if (env == null || !m.matches()) {
      return Optional.empty();
    }
    try {
      if (!(env.getVariable(m.group(1)) instanceof AdapterTemplateModel value)) {
        return Optional.empty();
      }
      Object o = value.getAdaptedObject(Object.class);
      return o == null || !o.getClass().getName().startsWith("kokai.") ? Optional.empty() : Optional.of(o.getClass());
    } catch (TemplateModelException e) {
      return Optional.empty();
    }
  }

  /**
   * For a misspelt name read of a value of {@code type} ({@code config.titel}, {@code s.titel}):
   * the name it has that is nearest, as a hint ({@code config.title()}); empty when no name of it
   * is near.
   */
  private static Optional<String> memberMeant(Class<?> type, String expr) {
    Matcher m = MEMBER.matcher(expr);
    if (!m.matches()) {
      return Optional.empty();
    }
    // What a template can read of it: a record's components, and the methods the reference lists.
    List<String> names = new ArrayList<>();
    if (type.isRecord()) {
      Arrays.stream(type.getRecordComponents()).forEach(c -> names.add(c.getName()));
    }
    TemplateReference.methods(type).forEach(x -> names.add(x.getName()));
    if (names.contains(m.group(2))) {
      // A name it has, with no value on this page (a sheet without a section): not a misspelling.
      return Optional.empty();
    }
    return Suggestions.closest(m.group(2), names.stream().distinct().sorted().toList())
        .map(n -> m.group(1) + " has no " + m.group(2) + ": did you mean " + m.group(1) + "." + n + "()? (docs/templates.md lists what each value has)");
  }

  /** A name and what is read of it: {@code config.titel}. */
  private static final Pattern MEMBER = Pattern.compile("([A-Za-z_]\\w*)\\.([A-Za-z_]\\w*)");

  /** A plain name that is not one of the page's top-level names is a typo; a missing field may be an unknown value. */
  private static String referenceHint(String expr) {
    if (expr != null && expr.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      String names = Arrays.stream(View.class.getRecordComponents())
          .map(java.lang.reflect.RecordComponent::getName).collect(Collectors.joining(", "));
      return "a template can use " + names + " and the names it sets with <#assign>, <#list> or <#import>: fix the name";
    }
    return "fix the name, or allow a missing value with a default, e.g. ${(x)!\"—\"}";
  }

  /** Whether the blamed expression is the name of a {@code <@…>} call, so the message does not show it as ${…}. */
  private static boolean isMacroCall(SourceLocation at) {
    if (at.line() < 1 || at.column() < 3 || !Files.isRegularFile(at.file())) {
      return false;
    }
    try (Stream<String> lines = Files.lines(at.file(), StandardCharsets.UTF_8)) {
      String line = lines.skip(at.line() - 1L).findFirst().orElse("");
      return line.length() >= at.column() - 1 && line.startsWith("<@", at.column() - 3);
    } catch (IOException | UncheckedIOException e) {
      return false;
    }
  }

  private Diagnostic syntaxError(ParseException e) {
    TemplateSyntax.Words words = TemplateSyntax.describe(e.getEditorMessage(), cfg);
    return Diagnostic.error(location(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber()),
        null, "template syntax error: " + words.message(), words.hint());
  }

  private SourceLocation location(String templateName, int line, int column) {
    if (templateName == null) {
      return SourceLocation.of(Path.of("themes"));
    }
    return new SourceLocation(templateFile(templateName), line, column);
  }

  /** The file of the theme's template of that name, as messages show it. */
  private Path templateFile(String templateName) {
    return theme.find("templates/" + templateName).map(theme::display).orElse(Path.of("templates", templateName));
  }

  private static int lineOf(Integer n) {
    return n == null || n < 0 ? 0 : n;
  }

  private static String firstLine(String s) {
    String t = s.strip();
    int nl = t.indexOf('\n');
    return (nl < 0 ? t : t.substring(0, nl)).strip();
  }
}
