package kokai.model;

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
}
