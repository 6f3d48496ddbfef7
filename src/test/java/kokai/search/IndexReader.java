package kokai.search;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads written index files back and answers a query the way search.js does, to test the format
 * and the phrase check without a browser. Records which shards a query touched.
 */
final class IndexReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern MANIFEST =
      Pattern.compile("\"docs\":(\\d+),\"shards\":(\\d+),\"span\":(\\d+),\"metaPerFile\":(\\d+)");
  private final Map<String, byte[]> files;
  private final int shards;
  /** The sheets; documents numbered from here on are shared texts. */
  final int docs;
  final long span;
  final int metaPerFile;
  final Set<Integer> touched = new TreeSet<>();
  private final Map<Integer, Map<String, String>> parsed = new java.util.HashMap<>();

  IndexReader(Map<String, byte[]> files) {
    this.files = files;
    Matcher m = MANIFEST.matcher(text(SearchIndexWriter.DIRECTORY + "manifest.js"));
    if (!m.find()) {
      throw new IllegalStateException("no manifest");
    }
    docs = Integer.parseInt(m.group(1));
    shards = Integer.parseInt(m.group(2));
    span = Long.parseLong(m.group(3));
    metaPerFile = Integer.parseInt(m.group(4));
  }

  private String text(String path) {
    return new String(files.get(path), StandardCharsets.UTF_8);
  }

  Map<String, String> shard(int n) {
    return parsed.computeIfAbsent(n, this::parse);
  }

  private Map<String, String> parse(int n) {
    return call("s/" + n, "shard", Integer.toString(n), new TypeReference<TreeMap<String, String>>() {});
  }

  /** The metadata row of a document as the client reads it, from the file that holds it; the title as written. */
  List<String> meta(int doc) {
    int file = doc / metaPerFile;
    List<List<Object>> rows = call(DocumentFiles.META + file, "meta", Integer.toString(file * metaPerFile),
        new TypeReference<List<List<Object>>>() {});
    return rows.get(doc - file * metaPerFile).stream().map(IndexReader::written).toList();
  }

  /** The fields of a document's overview and of its rest as written, from its two text files. */
  List<List<String>> fields(int doc) {
    return List.of(zone(DocumentFiles.OVERVIEW, doc, 1), zone(DocumentFiles.TEXT, doc, 2));
  }

  private List<String> zone(String folder, int doc, int zone) {
    List<Object> fields = call(folder + doc, "text", doc + "," + zone, new TypeReference<List<Object>>() {});
    return fields.stream().map(IndexReader::written).toList();
  }

  /** The overview and the rest of a document as the client makes them: their fields' display forms, one per line. */
  List<String> zones(int doc) {
    return fields(doc).stream()
        .map(z -> String.join("\n", z.stream().map(SearchText::display).toList())).toList();
  }

  /** A text the way {@code Js.field} writes it: a string, or the string and its places. */
  private static String written(Object field) {
    return field instanceof List<?> l ? (String) l.get(0) : (String) field;
  }

  /** The data of the one call an index file makes, {@code kokaiSearch.name(numbers, data);}. */
  private <T> T call(String file, String name, String numbers, TypeReference<T> type) {
    String js = text(SearchIndexWriter.DIRECTORY + file + ".js");
    String head = "kokaiSearch." + name + "(" + numbers + ",";
    if (!js.startsWith(head) || !js.endsWith(");\n")) {
      throw new IllegalStateException(file + " is not a call of " + head + ": " + js);
    }
    try {
      return JSON.readValue(js.substring(head.length(), js.length() - 3), type);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  int shards() {
    return shards;
  }

  private long[] postings(String key) {
    int n = SearchIndexWriter.shardOf(key, shards);
    touched.add(n);
    return DenseList.read(shard(n).getOrDefault(key, ""));
  }

  /** Documents containing every word of the query. */
  Set<Integer> find(String query) {
    Set<Integer> result = null;
    for (String w : SearchText.words(query)) {
      Set<Integer> docs = match(w);
      if (result == null) {
        result = docs;
      } else {
        result.retainAll(docs);
      }
    }
    return result == null ? Set.of() : result;
  }

  private Set<Integer> match(String w) {
    Set<Integer> out = new HashSet<>();
    if (w.length() <= Grams.LISTED) {
      int doc = -1;
      for (long v : postings(w)) {
        doc += (int) (v / 4);
        out.add(doc);
      }
      return out;
    }
    List<Integer> offsets = Grams.covering(w.length());
    List<Map<Integer, Set<Long>>> lists = offsets.stream()
        .map(o -> positions(Grams.positional(w.substring(o, o + Grams.SPELLING)))).toList();
    lists.get(0).forEach((doc, firsts) -> {
      for (long p : firsts) {
        boolean all = true;
        for (int k = 1; k < lists.size() && all; k++) {
          Set<Long> ps = lists.get(k).get(doc);
          all = ps != null && ps.contains(p + offsets.get(k));
        }
        if (all) {
          out.addAll(doc < docs ? Set.of(doc) : members.get(doc));
          return;
        }
      }
    });
    return out;
  }

  /** How many shared texts the queries so far found in positional lists, with their documents. */
  int sharedTextsRead() {
    return members.size();
  }

  /** The documents that have each shared text, by its number, from the positional lists read. */
  private final Map<Integer, Set<Integer>> members = new java.util.HashMap<>();

  private Map<Integer, Set<Long>> positions(String key) {
    Map<Integer, Set<Long>> out = new TreeMap<>();
    long[] a = postings(key);
    int doc = -1;
    for (int i = 0; i < a.length;) {
      long first = a[i++];
      doc += (int) (first / 8);
      long p = first / 2 % 4 * span + a[i++];
      Set<Long> ps = new HashSet<>(Set.of(p));
      for (long more = first % 2 == 1 ? a[i++] : 0; more > 0; more--) {
        p += a[i++];
        ps.add(p);
      }
      out.put(doc, ps);
      if (doc >= docs) {
        Set<Integer> having = new TreeSet<>();
        int d = -1;
        for (long n = a[i++]; n > 0; n--) {
          d += (int) a[i++];
          having.add(d);
        }
        Set<Integer> known = members.putIfAbsent(doc, having);
        if (known != null && !known.equals(having)) {
          throw new IllegalStateException("shared text " + doc + " lists other documents in " + key);
        }
      }
    }
    return out;
  }
}
