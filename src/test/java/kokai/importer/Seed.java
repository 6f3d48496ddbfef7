package kokai.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The seed file (six real FY2022 sheets) and its sheets' text, for tests and their fixtures. */
final class Seed {
  static final String HEADING = "令和 4年度 事務事業マネジメントシート";

  private Seed() {}

  static Path path() {
    try {
      return Path.of(Seed.class.getResource("/seed/tsukuba-r4-sheets.txt").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static String text() {
    try {
      return Files.readString(path(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Each sheet's lines, from its heading to the line before the next heading, by printed id. */
  static Map<String, List<String>> sheets() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    List<String> current = null;
    for (String line : text().split("\n", -1)) {
      if (line.strip().equals(HEADING)) {
        current = new ArrayList<>();
      }
      if (current == null) {
        continue;
      }
      current.add(line);
      if (line.startsWith("事務事業名\t")) {
        out.put(line.split("\t")[1].split(" ")[0], current);
      }
    }
    return out;
  }

  /** One sheet's text, ending with a newline. */
  static String sheet(String id) {
    return String.join("\n", sheets().get(id)) + "\n";
  }
}
