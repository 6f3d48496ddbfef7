package kokai.render.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/** The JSON Schema of the sheet format, published beside the data so that users can validate it. */
final class SheetSchema {
  static final String RESOURCE = "/kokai/schema/sheet.schema.json";

  private SheetSchema() {}

  /** The schema's bytes, when the build carries it. */
  static Optional<byte[]> bytes() {
    try (InputStream in = SheetSchema.class.getResourceAsStream(RESOURCE)) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
