package kokai.build;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import kokai.diag.Diagnostics;
import kokai.diag.SourceLocation;
import kokai.load.Content;
import kokai.load.ContentLoader;
import kokai.model.Sheet;
import kokai.model.SheetRef;
import kokai.render.SiteRenderer;
import kokai.site.SiteIndex;

/**
 * How long the listings an edit shows on take to render, in memory (nothing written): patches the
 * index with one sheet as the preview does, then renders its listings together and each alone,
 * {@code ROUNDS} times, and prints the median of the second half of the rounds (after the JIT).
 *
 * <pre>
 * mvn -o -q -B package -DskipTests &amp;&amp; mvn -o -q -B test-compile
 * java -cp target/kokai.jar:target/test-classes kokai.build.EditRenderBench CONTENT 2020 0001 40
 * </pre>
 */
public final class EditRenderBench {
  private EditRenderBench() {}

  public static void main(String[] args) {
    if (args.length != 4) {
      System.err.println("usage: EditRenderBench CONTENT FISCAL_YEAR ID ROUNDS");
      System.exit(2);
    }
    Content content = new ContentLoader().load(Path.of(args[0])).content().orElseThrow();
    SiteIndex index = SiteIndex.build(content.site(), content.sheets(), content.pages());
    // The default theme packed into the jar or the classpath: no themes folder by that name.
    SiteRenderer renderer = SiteRenderer.open(Path.of(args[0], "no-themes-here"), content.site(),
        () -> SourceLocation.of(Path.of(args[0])), new Diagnostics())
        .orElseThrow();
    Sheet sheet = index.findSheet(new SheetRef(Integer.parseInt(args[1]), args[2])).orElseThrow();
    int rounds = Integer.parseInt(args[3]);
    Map<String, long[]> each = new TreeMap<>();
    Map<String, Integer> bytes = new TreeMap<>();
    long[] patch = new long[rounds];
    long[] together = new long[rounds];
    for (int i = 0; i < rounds; i++) {
      long t0 = System.nanoTime();
      SiteIndex after = index.withSheets(List.of(sheet));
      EditScope scope = EditScope.of(index, after, List.of(sheet.ref()));
      long t1 = System.nanoTime();
      renderer.renderOnly(after, (path, b) -> { }, s -> false, s -> false, scope.listings());
      together[i] = System.nanoTime() - t1;
      patch[i] = t1 - t0;
      for (String url : scope.listings()) {
        long t = System.nanoTime();
        renderer.renderOnly(after, (path, b) -> bytes.put(url, b.length), s -> false, s -> false, Set.of(url));
        each.computeIfAbsent(url, k -> new long[rounds])[i] = System.nanoTime() - t;
      }
    }
    each.forEach((url, t) -> System.out.printf("%-28s %,10d bytes %7.1f ms%n", url.isEmpty() ? "(home)" : url,
        bytes.get(url), median(t)));
    System.out.printf("index patched and scope: %.1f ms; the listings together (in parallel): %.1f ms%n",
        median(patch), median(together));
  }

  private static double median(long[] nanos) {
    long[] late = Arrays.copyOfRange(nanos, nanos.length / 2, nanos.length);
    Arrays.sort(late);
    return late[late.length / 2] / 1e6;
  }
}
