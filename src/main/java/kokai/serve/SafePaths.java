package kokai.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Maps a request path to a file inside the served folder, or to nothing. Percent-escapes are decoded
 * once, strictly; a path with a {@code ..} or {@code .} segment, an empty one ({@code //}), a
 * backslash, a NUL or a malformed escape is refused before the file system is asked, and a file
 * reached through a link that leaves the folder is refused too.
 */
final class SafePaths {
  private SafePaths() {}

  /** The decoded path, or empty when it is malformed or tries to leave the folder. */
  static Optional<String> decode(String rawPath) {
    if (rawPath == null || !rawPath.startsWith("/")) {
      return Optional.empty();
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(rawPath.length());
    for (int i = 0; i < rawPath.length(); i++) {
      char c = rawPath.charAt(i);
      if (c == '%') {
        if (i + 2 >= rawPath.length()) {
          return Optional.empty();
        }
        int hi = Character.digit(rawPath.charAt(i + 1), 16);
        int lo = Character.digit(rawPath.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          return Optional.empty();
        }
        bytes.write(hi * 16 + lo);
        i += 2;
      } else if (c > 0x7f) {
        return Optional.empty();
      } else {
        bytes.write(c);
      }
    }
    String path = bytes.toString(StandardCharsets.UTF_8);
    if (path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0 || path.indexOf('\uFFFD') >= 0) {
      return Optional.empty();
    }
    // An empty segment inside the path (//, or /%2F…) would let the rest read as a path from the disk's root.
    if (path.contains("//")) {
      return Optional.empty();
    }
    for (String segment : path.split("/", -1)) {
      if (segment.equals("..") || segment.equals(".")) {
        return Optional.empty();
      }
    }
    return Optional.of(path);
  }

  /**
   * The regular file that {@code decodedPath} names under {@code root} (a folder path gives its
   * {@code index.html}), if it exists and really lies inside {@code root}.
   */
  static Optional<Path> resolve(Path root, String decodedPath) throws IOException {
    Path base = root.toRealPath();
    Path target = base.resolve(decodedPath.substring(1)).normalize();
    if (!target.startsWith(base)) {
      return Optional.empty();
    }
    if (Files.isDirectory(target)) {
      target = target.resolve("index.html");
    } else if (decodedPath.endsWith("/")) {
      return Optional.empty(); // a file named as a folder (2022/088/index.html/), which no host serves
    }
    if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target)) {
      return Optional.empty();
    }
    Path real = target.toRealPath();
    return real.startsWith(base) ? Optional.of(real) : Optional.empty();
  }
}
