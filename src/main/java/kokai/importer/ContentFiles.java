package kokai.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import kokai.diag.FileReplace;

/**
 * Writes content files without ever leaving one half-written (a temporary file in the same folder,
 * then a rename), and without replacing a file that differs unless told to.
 */
final class ContentFiles {
  /** The default site config: placeholders that load, for staff to replace. */
  static final String DEFAULT_SITE = """
      # サイトの設定 / Site configuration
      # kokai import が作成しました。サイト名と自治体名を書き換えてください。
      title: 事務事業評価
      city: %s
      language: ja
      """.formatted(kokai.model.SiteConfig.CITY_PLACEHOLDER);

  enum Outcome { WRITTEN, UNCHANGED, DIFFERS }

  private ContentFiles() {}

  static Outcome write(Path file, String text, boolean force) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (Files.exists(file)) {
      if (Arrays.equals(Files.readAllBytes(file), bytes)) {
        return Outcome.UNCHANGED;
      }
      if (!force) {
        return Outcome.DIFFERS;
      }
    }
    FileReplace.write(file, bytes);
    return Outcome.WRITTEN;
  }

  /** Writes the default site config when the folder has none; true when it did. */
  static boolean writeSiteIfMissing(Path out) throws IOException {
    boolean present = Stream.of("site.yaml", "site.yml", "site.json").map(out::resolve).anyMatch(Files::exists);
    if (present) {
      return false;
    }
    write(out.resolve("site.yaml"), DEFAULT_SITE, false);
    return true;
  }
}
