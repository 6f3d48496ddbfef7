package kokai.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The word lists the corpus is made of, read from {@code vocabulary.txt} beside this class: the
 * departments with their divisions, sections and project themes, and the sentence templates.
 */
record Vocabulary(List<Department> departments, Map<String, List<String>> common) {

  record Division(String name, List<String> sections) {}

  record Department(String slug, String name, List<Integer> sdgs, List<Division> divisions,
      List<String> topics, List<String> targets, List<String> plans, List<String> laws) {}

  Vocabulary {
    departments = List.copyOf(departments);
    common = Map.copyOf(common);
  }

  /** The templates of one common entry; throws when the vocabulary lacks it. */
  List<String> require(String key) {
    List<String> v = common.get(key);
    if (v == null || v.isEmpty()) {
      throw new IllegalStateException("vocabulary.txt has no '" + key + ":' line in [common]");
    }
    return v;
  }

  static Vocabulary load() {
    try (InputStream in = Vocabulary.class.getResourceAsStream("vocabulary.txt")) {
      if (in == null) {
        throw new IllegalStateException("vocabulary.txt is missing from the class path");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Vocabulary parse(List<String> lines) {
    List<Department> depts = new ArrayList<>();
    Map<String, List<String>> common = new LinkedHashMap<>();
    Block block = null;
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("[")) {
        if (block != null) {
          depts.add(block.build());
        }
        int close = line.indexOf(']');
        String slug = line.substring(1, close);
        block = slug.equals("common") ? null : new Block(slug, line.substring(close + 1).strip());
        continue;
      }
      int colon = line.indexOf(':');
      String key = line.substring(0, colon).strip();
      String value = line.substring(colon + 1).strip();
      if (block == null) {
        // Sentence templates contain spaces-free Japanese but may hold ':' in the text; '|' separates them.
        common.put(key, List.of((key.equals("接尾") || key.equals("地区") || key.equals("連携先")
            ? value.split("\\s+") : value.split("\\|"))));
      } else {
        block.add(key, value);
      }
    }
    if (block != null) {
      depts.add(block.build());
    }
    return new Vocabulary(depts, common);
  }

  private static final class Block {
    final String slug;
    final String name;
    final Map<String, List<String>> lists = new LinkedHashMap<>();
    final List<Division> divisions = new ArrayList<>();

    Block(String slug, String name) {
      this.slug = slug;
      this.name = name;
    }

    void add(String key, String value) {
      if (key.equals("課")) {
        String[] parts = value.split("=");
        divisions.add(new Division(parts[0].strip(), words(parts[1])));
      } else {
        lists.put(key, words(value));
      }
    }

    Department build() {
      List<Integer> sdgs = lists.getOrDefault("sdgs", List.of()).stream().map(Integer::valueOf).toList();
      return new Department(slug, name, sdgs, divisions, need("事業"), need("対象"),
          lists.getOrDefault("計画", List.of()), lists.getOrDefault("法令", List.of()));
    }

    private List<String> need(String key) {
      List<String> v = lists.get(key);
      if (v == null || v.isEmpty()) {
        throw new IllegalStateException("vocabulary.txt: [" + slug + "] has no '" + key + ":' line");
      }
      return v;
    }
  }

  private static List<String> words(String s) {
    return Arrays.stream(s.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
  }
}
