package kokai.search;

import java.io.IOException;

/**
 * Where the index files go: a path relative to the site root (forward slashes) and its bytes. The
 * site build passes its own output sink, for example {@code outputSink::write}.
 *
 * <pre>{@code
 * IndexSink sink = (path, bytes) -> {
 *   Path file = out.resolve(path);
 *   Files.createDirectories(file.getParent());
 *   Files.write(file, bytes);
 * };
 * }</pre>
 */
@FunctionalInterface
public interface IndexSink {
  void write(String relativePath, byte[] bytes) throws IOException;
}
