package kokai.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * One finding about the input, with where it is, which field, what is wrong and how to fix it.
 *
 * <pre>{@code
 * Diagnostic.error(loc, "evaluation.progress.score", "score 7 is outside 1–5", "use a whole number from 1 to 5")
 * }</pre>
 */
public record Diagnostic(Severity severity, SourceLocation location, String field, String message, String hint)
    implements Comparable<Diagnostic> {

  private static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::location)
          .thenComparing(Diagnostic::severity)
          .thenComparing(d -> d.field == null ? "" : d.field)
          .thenComparing(Diagnostic::message);

  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
    field = field == null || field.isEmpty() ? null : field;
    hint = hint == null || hint.isEmpty() ? null : hint;
  }

  public static Diagnostic error(SourceLocation at, String field, String message, String hint) {
    return new Diagnostic(Severity.ERROR, at, field, message, hint);
  }

  public static Diagnostic warning(SourceLocation at, String field, String message, String hint) {
    return new Diagnostic(Severity.WARNING, at, field, message, hint);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code file:line:col: error: field: message (hint)} on one line. */
  public String oneLine() {
    StringBuilder sb = new StringBuilder();
    sb.append(location).append(": ").append(severity.word()).append(": ");
    if (field != null) {
      sb.append(field).append(": ");
    }
    sb.append(message);
    if (hint != null) {
      sb.append(" (").append(hint).append(')');
    }
    return sb.toString();
  }

  @Override
  public int compareTo(Diagnostic o) {
    return ORDER.compare(this, o);
  }

  @Override
  public String toString() {
    return oneLine();
  }
}
