import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The load stage's CPU alone, for jars side by side: each round loads a content folder once with
 * each jar in turn, each in a Java of its own started as a build of that size starts it (the quick
 * compiler only), so the load is as cold as a build's; the process CPU of the load (its threads,
 * the collector's and the compiler's) is taken, which moves less than wall time on a shared
 * machine. Run as {@code java bench/LoadCpu.java CONTENT ROUNDS JAR...}; prints each load and the
 * medians.
 */
public class LoadCpu {
  public static void main(String[] a) throws Exception {
    if (a[0].equals("--once")) {
      once(Path.of(a[1]));
      return;
    }
    int rounds = Integer.parseInt(a[1]);
    String[] jars = Arrays.copyOfRange(a, 2, a.length);
    String self = Path.of(LoadCpu.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    String source = self.endsWith(".java") ? self : "bench/LoadCpu.java";
    List<List<Double>> cpu = new ArrayList<>();
    for (int j = 0; j < jars.length; j++) {
      cpu.add(new ArrayList<>());
    }
    for (int r = 0; r < rounds; r++) {
      for (int j = 0; j < jars.length; j++) {
        Process p = new ProcessBuilder("java", "-Xmx1g", "-XX:TieredStopAtLevel=1", "-XX:InitiatingHeapOccupancyPercent=80",
            "-cp", jars[j], source, "--once", a[0]).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        p.waitFor();
        System.out.println(jars[j] + ": " + out);
        cpu.get(j).add(Double.parseDouble(out.split(" ")[1]));
      }
    }
    for (int j = 0; j < jars.length; j++) {
      List<Double> s = new ArrayList<>(cpu.get(j));
      Collections.sort(s);
      double median = s.size() % 2 == 1 ? s.get(s.size() / 2) : (s.get(s.size() / 2 - 1) + s.get(s.size() / 2)) / 2;
      System.out.printf("%s: median load CPU %.0f ms over %d rounds%n", jars[j], median, s.size());
    }
  }

  /** Loads the content once, by reflection (the jar is only on the child's class path), and prints "cpu MS wall MS". */
  private static void once(Path content) throws Exception {
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    Object loader = Class.forName("kokai.load.ContentLoader").getConstructor().newInstance();
    var load = loader.getClass().getMethod("load", Path.class);
    long c0 = os.getProcessCpuTime();
    long t0 = System.nanoTime();
    load.invoke(loader, content);
    System.out.printf("cpu %d wall %d ms%n", (os.getProcessCpuTime() - c0) / 1_000_000, (System.nanoTime() - t0) / 1_000_000);
  }
}
