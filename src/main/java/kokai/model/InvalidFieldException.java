package kokai.model;

/**
 * A record refused a value; {@link #field()} names the component (or a path below it, such as
 * {@code departmentSlugs.総務部}), so the loader can point at the value in the file.
 */
public final class InvalidFieldException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final String field;

  public InvalidFieldException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
