package kokai.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A record refused a value; {@link #field()} names the component (or a path below it, such as
 * {@code departmentSlugs.総務部}), so the loader can point at the value in the file.
 */
public final class InvalidFieldException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final String field;
  private final String hint;

  public InvalidFieldException(String field, String message) {
    this(field, message, null);
  }

  /** {@code hint}: how to fix it, shown after the message; null for a general one. */
  public InvalidFieldException(String field, String message, String hint) {
    super(message);
    this.field = field;
    this.hint = hint;
  }

  public String field() {
    return field;
  }

  /** How to fix the value, or null. */
  public String hint() {
    return hint;
  }

  /** This refusal and those it carries as suppressed ({@link #throwAll}): every problem of the record. */
  public List<InvalidFieldException> all() {
    List<InvalidFieldException> all = new ArrayList<>(List.of(this));
    for (Throwable t : getSuppressed()) {
      if (t instanceof InvalidFieldException bad) {
        all.add(bad);
      }
    }
    return all;
  }

  /**
   * Throws the first of the problems a record found, with the others attached as suppressed, so
   * that every one of them is reported at once; nothing when there are none.
   */
  public static void throwAll(List<InvalidFieldException> problems) {
    if (problems.isEmpty()) {
      return;
    }
    InvalidFieldException first = problems.get(0);
    problems.subList(1, problems.size()).forEach(first::addSuppressed);
    throw first;
  }
}
