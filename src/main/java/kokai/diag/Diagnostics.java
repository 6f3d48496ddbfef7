package kokai.diag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects diagnostics from a stage so that every problem is reported, not just the first; safe to
 * add to from several threads. {@link #sorted()} gives them in a deterministic order.
 */
public final class Diagnostics {
  private final List<Diagnostic> items = new ArrayList<>();

  public synchronized void add(Diagnostic d) {
    items.add(d);
  }

  public synchronized void addAll(Collection<Diagnostic> ds) {
    items.addAll(ds);
  }

  /**
   * Adds those of {@code ds} not said already: what a second pass over the same content says
   * again (a language version's build, beside the site's) is said once.
   */
  public synchronized void addUnsaid(Collection<Diagnostic> ds) {
    Set<Diagnostic> said = new HashSet<>(items);
    ds.stream().filter(said::add).forEach(items::add);
  }

  public void error(SourceLocation at, String field, String message, String hint) {
    add(Diagnostic.error(at, field, message, hint));
  }

  public void warning(SourceLocation at, String field, String message, String hint) {
    add(Diagnostic.warning(at, field, message, hint));
  }

  public synchronized boolean hasErrors() {
    return items.stream().anyMatch(Diagnostic::isError);
  }

  public synchronized long errorCount() {
    return items.stream().filter(Diagnostic::isError).count();
  }

  public synchronized List<Diagnostic> sorted() {
    return items.stream().sorted().distinct().toList();
  }

  public synchronized boolean isEmpty() {
    return items.isEmpty();
  }
}
