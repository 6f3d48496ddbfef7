package kokai.search;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import kokai.load.ContentLoader;
import kokai.model.Sheet;

/**
 * The search stage alone, for measuring its cost: loads a content folder, then makes its search
 * index {@code ROUNDS} times into memory (nothing written), printing for each round the wall time,
 * the process's CPU time (all threads, with the collector and the compiler), the collections, and a
 * digest of every file's path and bytes, so that two jars' indexes are compared without writing
 * them. The first round is the one a build pays (cold, as {@code kokai build} runs it: C1 only);
 * later rounds show the compiled code.
 *
 * <pre>
 * mvn -B -q -DskipTests package test-compile
 * java -Xmx1g -XX:TieredStopAtLevel=1 -cp target/test-classes:target/kokai.jar kokai.search.SearchIndexBench CONTENT [ROUNDS]
 * </pre>
 *
 * With another jar first on the class path the same harness measures that jar's index.
 */
public final class SearchIndexBench {
  private SearchIndexBench() {}

  public static void main(String[] args) throws Exception {
    Path content = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    List<Sheet> sheets = new ContentLoader().load(content).content().orElseThrow().sheets();
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    System.out.printf("%,d sheets%n", sheets.size());
    for (int r = 1; r <= rounds; r++) {
      Map<String, byte[]> files = new ConcurrentHashMap<>();
      long gcs = collections();
      long cpu0 = os.getProcessCpuTime();
      long t0 = System.nanoTime();
      SearchIndexStats s = new SearchIndexWriter().write(sheets, SearchSite::sheetUrl, files::put);
      long wall = System.nanoTime() - t0;
      long cpu = os.getProcessCpuTime() - cpu0;
      System.out.printf("round %d: %,d ms wall, %,d ms CPU, %d collections; %,d files, %,d keys, %,d bytes; digest %s%n", r,
          wall / 1_000_000, cpu / 1_000_000, collections() - gcs, files.size(), s.keys(), s.totalBytes(), digest(files));
    }
  }

  private static long collections() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
  }

  /** SHA-256 over every file's path and bytes, in the order of the paths. */
  private static String digest(Map<String, byte[]> files) throws Exception {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    for (Map.Entry<String, byte[]> e : new TreeMap<>(files).entrySet()) {
      md.update(e.getKey().getBytes(StandardCharsets.UTF_8));
      md.update((byte) 0);
      md.update(e.getValue());
    }
    return HexFormat.of().formatHex(md.digest(), 0, 8);
  }
}
