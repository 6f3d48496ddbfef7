import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.reflect.*;
import java.net.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import java.util.function.Function;

/**
 * The charts' CPU alone, for jars side by side: each jar loads the content once, then each round
 * draws every sheet's charts (cost trend, funding, each indicator) in Japanese and in English, as
 * the sheet pages do (LANGS: {@code ja}, or {@code ja,en} for a site with English pages), jar after jar, on one thread, and the thread's CPU time is taken, which moves
 * less than a build's on a shared machine. Run as {@code java -XX:TieredStopAtLevel=1
 * bench/ChartCpu.java CONTENT ROUNDS LANGS JAR...} (the build's compiler); prints the median of the
 * rounds after the first, and a digest of every chart's SVG, which must be the same for every jar.
 */
public class ChartCpu {
  public static void main(String[] a) throws Exception {
    Path content = Path.of(a[0]);
    int rounds = Integer.parseInt(a[1]);
    boolean english = Arrays.asList(a[2].split(",")).contains("en");
    String[] jars = Arrays.copyOfRange(a, 3, a.length);
    Object[][] charts = new Object[jars.length][];
    List<?>[] sheets = new List<?>[jars.length];
    Method[] cost = new Method[jars.length];
    Method[] funding = new Method[jars.length];
    Method[] indicator = new Method[jars.length];
    Method[] indicators = new Method[jars.length];
    Method[] fiscalYear = new Method[jars.length];
    Method[] svg = new Method[jars.length];
    for (int j = 0; j < jars.length; j++) {
      ClassLoader l = new URLClassLoader(new URL[] {Path.of(jars[j]).toUri().toURL()}, null);
      Class<?> loader = Class.forName("kokai.load.ContentLoader", true, l);
      Object result = loader.getMethod("load", Path.class).invoke(loader.getConstructor().newInstance(), content);
      Object c = ((Optional<?>) result.getClass().getMethod("content").invoke(result)).orElseThrow();
      sheets[j] = (List<?>) c.getClass().getMethod("sheets").invoke(c);
      Class<?> text = Class.forName("kokai.render.chart.ChartText", true, l);
      Class<?> chartsClass = Class.forName("kokai.render.chart.Charts", true, l);
      Properties en = new Properties();
      try (var in = l.getResourceAsStream("kokai/themes/default/i18n/messages_en.properties")) {
        en.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
      Function<String, Optional<String>> words = k -> Optional.ofNullable(en.getProperty(k));
      Object ja = chartsClass.getConstructor(text).newInstance(text.getMethod("japanese").invoke(null));
      charts[j] = english
          ? new Object[] {ja, chartsClass.getConstructor(text).newInstance(text.getConstructor(Function.class, boolean.class).newInstance(words, true))}
          : new Object[] {ja};
      Class<?> sheet = Class.forName("kokai.model.Sheet", true, l);
      cost[j] = chartsClass.getMethod("costTrend", sheet);
      funding[j] = chartsClass.getMethod("funding", sheet);
      indicator[j] = chartsClass.getMethod("indicator", Class.forName("kokai.model.Indicator", true, l), int.class, int.class);
      indicators[j] = sheet.getMethod("indicators");
      fiscalYear[j] = sheet.getMethod("fiscalYear");
      svg[j] = Class.forName("kokai.render.chart.Chart", true, l).getMethod("svg");
    }
    var mx = ManagementFactory.getThreadMXBean();
    List<List<Double>> ms = new ArrayList<>();
    long[] digests = new long[jars.length];
    for (int j = 0; j < jars.length; j++) ms.add(new ArrayList<>());
    for (int r = 0; r < rounds; r++) {
      for (int j = 0; j < jars.length; j++) {
        List<Object> drawn = new ArrayList<>();
        long t0 = mx.getCurrentThreadCpuTime();
        for (Object s : sheets[j]) {
          int year = (Integer) fiscalYear[j].invoke(s);
          for (Object ch : charts[j]) {
            drawn.add(cost[j].invoke(ch, s));
            drawn.add(funding[j].invoke(ch, s));
            int n = 1;
            for (Object ind : (List<?>) indicators[j].invoke(s)) {
              drawn.add(indicator[j].invoke(ch, ind, n++, year));
            }
          }
        }
        ms.get(j).add((mx.getCurrentThreadCpuTime() - t0) / 1e6);
        long h = 17;
        for (Object o : drawn) {
          Optional<?> c = (Optional<?>) o;
          h = h * 31 + (c.isPresent() ? svg[j].invoke(c.get()).hashCode() : 0);
        }
        digests[j] = h;
      }
    }
    for (int j = 0; j < jars.length; j++) {
      List<Double> s = new ArrayList<>(ms.get(j).subList(1, rounds));
      Collections.sort(s);
      System.out.printf("%s: median %.0f ms over %d rounds after the first %s, digest %016x%n", jars[j],
          s.get(s.size() / 2), s.size(), ms.get(j), digests[j]);
    }
  }
}
