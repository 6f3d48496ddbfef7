package kokai.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The real sheets in content/, read as plain YAML trees: a truth for the tests independent of the loader. */
final class RealContent {
  private RealContent() {}

  /** Every sheet file under content/sheets, by path. */
  static List<JsonNode> sheetTrees() throws IOException {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    List<JsonNode> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("content/sheets"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        out.add(yaml.readTree(f.toFile()));
      }
    }
    return out;
  }
}
