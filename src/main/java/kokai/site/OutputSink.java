package kokai.site;

/**
 * Where the build writes its files: a path relative to the site root ({@code 2022/088/index.html},
 * {@code search/shards/ab.json}) and the file's bytes. The render and search stages write through
 * it; the build bridges it to the staging folder. Implementations must be safe to call from
 * several threads at once.
 *
 * <pre>{@code
 * OutputSink sink = (path, bytes) -> Files.write(root.resolve(path), bytes);
 * sink.write("robots.txt", "User-agent: *\n".getBytes(StandardCharsets.UTF_8));
 * }</pre>
 */
@FunctionalInterface
public interface OutputSink {
  void write(String relativePath, byte[] bytes);
}
