package kokai.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents one field of the content format: its label on the published sheet, its meaning, and
 * whether a sheet must give it. The loader, the JSON Schema and the field reference all read it, so
 * the three cannot drift apart.
 *
 * <pre>{@code
 * record Overview(@Field(ja = "対象", en = "Target group", doc = "Who the project serves.") String target) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
public @interface Field {
  /** The label printed on the Japanese sheet. */
  String ja();

  /** The English label. */
  String en();

  /** What the field means, for the people who write sheets. */
  String doc() default "";

  /** A sheet without this field is refused. */
  boolean required() default false;

  /** Text of only spaces is refused as if the field were missing (a name the site cannot do without). */
  boolean nonBlank() default false;

  /** The form a text must have, as a regular expression of the JSON Schema (ECMA-262); "" for any. */
  String pattern() default "";
  /** The only values a text may take (the site's languages); none for any. */
  String[] values() default {};
  /** Smallest allowed number (inclusive), for numeric fields. */
  long min() default Long.MIN_VALUE;

  /** Largest allowed number (inclusive), for numeric fields. */
  long max() default Long.MAX_VALUE;

  /**
   * For a true-or-false field, the hint to a wrong value in place of the general one: what the field
   * means, where {@code %s} stands for the field set to true as the file's format writes it.
   */
  String hint() default "";
}
