package kokai.testutil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Copies of folders for tests that change a site or its content without touching the original. */
public final class Trees {
  private Trees() {}

  /** Copies the regular files under {@code from} whose relative path ({@code a/b.txt}) {@code keep} accepts. */
  public static void copy(Path from, Path to, Predicate<String> keep) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        String relative = from.relativize(f).toString().replace(java.io.File.separatorChar, '/');
        if (Files.isRegularFile(f) && keep.test(relative)) {
          Files.createDirectories(to.resolve(relative).getParent());
          Files.copy(f, to.resolve(relative));
        }
      }
    }
  }
}
