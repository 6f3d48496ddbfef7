import java.lang.management.ManagementFactory;
import java.lang.reflect.*;
import java.net.*;
import java.nio.file.*;
import java.util.*;

/**
 * The link check's CPU alone, for jars side by side: every page of a built site is read into
 * memory, then each round hands all of them to each jar's LinkChecker in turn, on one thread, and
 * the thread's CPU time is taken, which moves less than a build's on a shared machine. A jar
 * whose LinkChecker takes a page's UTF-8 bytes gets the bytes (a build has them, for writing the
 * page), an older one the text. Run as
 * {@code java -XX:TieredStopAtLevel=1 bench/LinkCheckCpu.java SITE ROUNDS JAR...} (the build's
 * compiler); prints the median of the rounds after the first.
 */
public class LinkCheckCpu {
  public static void main(String[] a) throws Exception {
    Path root = Path.of(a[0]);
    int rounds = Integer.parseInt(a[1]);
    String[] jars = Arrays.copyOfRange(a, 2, a.length);
    Constructor<?>[] make = new Constructor<?>[jars.length];
    Method[] page = new Method[jars.length];
    boolean[] takesBytes = new boolean[jars.length];
    for (int j = 0; j < jars.length; j++) {
      ClassLoader l = new URLClassLoader(new URL[] {Path.of(jars[j]).toUri().toURL()}, null);
      Class<?> c = Class.forName("kokai.publish.LinkChecker", true, l);
      make[j] = c.getConstructor(Path.class);
      // A jar whose check reads the bytes the build writes gets them, as in its build.
      try {
        page[j] = c.getMethod("page", String.class, byte[].class);
        takesBytes[j] = true;
      } catch (NoSuchMethodException textOnly) {
        page[j] = c.getMethod("page", String.class, String.class);
      }
    }
    // Each form of the pages is held only when a jar takes it.
    boolean anyBytes = false;
    boolean anyText = false;
    for (boolean t : takesBytes) {
      anyBytes |= t;
      anyText |= !t;
    }
    List<String> paths = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    List<byte[]> bytes = new ArrayList<>();
    try (var w = Files.walk(root)) {
      for (Path p : w.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
        paths.add(root.relativize(p).toString());
        byte[] utf8 = Files.readAllBytes(p);
        bytes.add(anyBytes ? utf8 : null);
        texts.add(anyText ? new String(utf8, java.nio.charset.StandardCharsets.UTF_8) : null);
      }
    }
    var mx = ManagementFactory.getThreadMXBean();
    List<List<Double>> ms = new ArrayList<>();
    for (int j = 0; j < jars.length; j++) ms.add(new ArrayList<>());
    for (int r = 0; r < rounds; r++) {
      for (int j = 0; j < jars.length; j++) {
        long t0 = mx.getCurrentThreadCpuTime();
        Object c = make[j].newInstance(Path.of("site"));
        for (int i = 0; i < paths.size(); i++) {
          page[j].invoke(c, paths.get(i), takesBytes[j] ? bytes.get(i) : texts.get(i));
        }
        ms.get(j).add((mx.getCurrentThreadCpuTime() - t0) / 1e6);
      }
    }
    for (int j = 0; j < jars.length; j++) {
      List<Double> s = new ArrayList<>(ms.get(j).subList(1, rounds));
      Collections.sort(s);
      System.out.printf("%s: median %.0f ms over %d rounds after the first %s%n", jars[j], s.get(s.size() / 2), s.size(), ms.get(j));
    }
  }
}
