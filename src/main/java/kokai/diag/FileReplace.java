package kokai.diag;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A file written whole or not at all: the bytes go to a file beside it, which is then renamed over
 * it, so a reader never sees half of it. The file beside is made as any other file the user makes
 * (its permissions follow the umask, rw-r--r-- as a rule), where Java's temporary files are
 * readable by their owner only, and a colleague on a shared drive could not open the result; a
 * file replaced keeps its own.
 *
 * <pre>{@code
 * FileReplace.write(Path.of("content/sheets/2022/088.yaml"), bytes);
 * }</pre>
 */
public final class FileReplace {
  private static final AtomicLong COUNT = new AtomicLong();

  private FileReplace() {}

  public static void write(Path file, byte[] bytes) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp;
    while (true) {
      tmp = dir.resolve("." + file.getFileName() + "." + ProcessHandle.current().pid() + "-" + COUNT.incrementAndGet() + ".tmp");
      try {
        Files.write(tmp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        break;
      } catch (FileAlreadyExistsException taken) {
        // Left by another run of this process's number: try the next name.
      }
    }
    try {
      keepPermissions(file, tmp);
      try {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** A file replaced keeps the permissions it had (a report kept from colleagues stays so). */
  private static void keepPermissions(Path file, Path tmp) throws IOException {
    try {
      if (Files.exists(file)) {
        Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(file));
      }
    } catch (UnsupportedOperationException notPosix) {
      // Windows: the folder's rights apply.
    }
  }
}
