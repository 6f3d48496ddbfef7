package kokai.build;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import kokai.diag.Diagnostic;
import kokai.publish.LinkChecker;
import kokai.publish.Staging;

/**
 * Where a build puts the site's files: a staging folder that is published when nothing failed
 * ({@link #staged}), or nowhere at all ({@link #discarded}), for {@code check}, which goes through
 * the whole build to find what it would refuse, but must not write a site.
 */
interface SiteOutput {
  void write(String path, byte[] bytes);

  /** A page, written as UTF-8. */
  default void writeText(String path, String text) {
    write(path, text.getBytes(StandardCharsets.UTF_8));
  }

  /** A file too large to hold in memory, complete when the stream is closed. */
  OutputStream open(String path);

  /** Checks the links the pages and stylesheets gave {@code links} against the files written. */
  List<Diagnostic> checkLinks(LinkChecker links);

  /** Whether a file or a folder of the site is at {@code path}, or a file where {@code path} needs a folder. */
  boolean has(String path);

  /**
   * A file or folder of the site whose path differs from {@code path} only in capitals, or a file
   * so named where {@code path} needs a folder: on a server that ignores capitals one of the two
   * replaces the other. Empty when there is none (a folder so named only joins the other).
   */
  Optional<String> caseVariant(String path);

  /** Publishes the site; returns the previous site's folder when it could not be deleted. */
  Optional<Path> publish() throws IOException;

  /** Lets go of what was written, when the output is not published. */
  void discard();

  long files();

  long bytes();

  long unchanged();

  static SiteOutput staged(Path out) {
    Staging staging = Staging.open(out);
    return new SiteOutput() {
      @Override
      public void write(String path, byte[] bytes) {
        staging.write(path, bytes);
      }

      @Override
      public OutputStream open(String path) {
        return staging.open(path);
      }

      @Override
      public List<Diagnostic> checkLinks(LinkChecker links) {
        return links.finish(staging.root());
      }

      @Override
      public boolean has(String path) {
        Path p = Staging.inside(staging.root(), path);
        for (Path up = p.getParent(); up != null && !up.equals(staging.root()); up = up.getParent()) {
          if (Files.isRegularFile(up)) {
            return true;
          }
        }
        return Files.exists(p);
      }

      @Override
      public Optional<String> caseVariant(String path) {
        try {
          return variant(staging.root(), "", List.of(path.split("/")), false);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }

      /** The first entry under {@code dir} on the way to {@code parts} that matches them ignoring capitals and differs. */
      private Optional<String> variant(Path dir, String prefix, List<String> parts, boolean differs) throws IOException {
        if (!Files.isDirectory(dir)) {
          return Optional.empty();
        }
        List<Path> entries;
        try (Stream<Path> list = Files.list(dir)) {
          entries = list.filter(e -> e.getFileName().toString().equalsIgnoreCase(parts.get(0))).sorted().toList();
        }
        for (Path e : entries) {
          String name = e.getFileName().toString();
          boolean differsHere = differs || !name.equals(parts.get(0));
          if (parts.size() == 1 || Files.isRegularFile(e)) {
            if (differsHere) {
              return Optional.of(prefix + name);
            }
            continue;
          }
          Optional<String> below = variant(e, prefix + name + "/", parts.subList(1, parts.size()), differsHere);
          if (below.isPresent()) {
            return below;
          }
        }
        return Optional.empty();
      }

      @Override
      public Optional<Path> publish() throws IOException {
        return staging.publish();
      }

      @Override
      public void discard() {
        staging.discard();
      }

      @Override
      public long files() {
        return staging.fileCount();
      }

      @Override
      public long bytes() {
        return staging.byteCount();
      }

      @Override
      public long unchanged() {
        return staging.unchangedCount();
      }
    };
  }

  static SiteOutput discarded() {
    return new Discarded();
  }

  /**
   * Keeps only the name of each file, for the link check, and the text of the theme's assets,
   * whose ids a link's fragment may ask for (an SVG sprite's {@code #icon}); the site's other
   * files are pages, whose ids the link check keeps, and data, which no link looks into.
   */
  final class Discarded implements SiteOutput {
    private final Map<String, Optional<String>> written = new ConcurrentHashMap<>();
    private Set<String> folders;
    private final AtomicLong bytes = new AtomicLong();

    @Override
    public void write(String path, byte[] content) {
      note(path, path.startsWith("assets/") ? Optional.of(new String(content, StandardCharsets.UTF_8)) : Optional.empty(),
          content.length);
    }

    /** Counts a file's bytes; those of a text file are counted as its characters, which is all a check needs. */
    private void note(String path, Optional<String> text, long size) {
      // The staging folder's rule for paths, against a stand-in root.
      Staging.inside(Path.of("site"), path);
      if (written.putIfAbsent(path, text) != null) {
        throw new IllegalStateException("two outputs were written to " + path);
      }
      bytes.addAndGet(size);
    }

    /**
     * A text file is not encoded, only noted. Pages come encoded, as the link check reads their
     * bytes, and are noted by {@link #write}.
     */
    @Override
    public void writeText(String path, String text) {
      note(path, Optional.empty(), text.length());
    }

    @Override
    public OutputStream open(String path) {
      return new OutputStream() {
        private long n;
        private boolean closed;

        @Override
        public void write(int b) {
          n++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
          n += len;
        }

        @Override
        public void close() {
          if (!closed) {
            closed = true;
            note(path, Optional.empty(), n);
          }
        }
      };
    }

    @Override
    public List<Diagnostic> checkLinks(LinkChecker links) {
      return links.finish(new LinkChecker.SiteFiles() {
        @Override
        public boolean exists(String path) {
          return written.containsKey(path);
        }

        @Override
        public Optional<String> text(String path) {
          return written.getOrDefault(path, Optional.empty());
        }
      });
    }

    @Override
    public boolean has(String path) {
      for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
        if (written.containsKey(path.substring(0, slash))) {
          return true;
        }
      }
      return written.containsKey(path) || folders().contains(path);
    }

    @Override
    public Optional<String> caseVariant(String path) {
      for (String f : written.keySet()) {
        // The file at the path, a file where the path needs a folder, or a folder where it is a file.
        int n = Math.min(f.length(), path.length());
        boolean atPath = f.length() == n ? n == path.length() || path.charAt(n) == '/' : f.charAt(n) == '/';
        if (atPath && f.regionMatches(true, 0, path, 0, n) && !f.regionMatches(0, path, 0, n)) {
          return Optional.of(f.substring(0, n));
        }
      }
      return Optional.empty();
    }

    /** The folders of the files written; made when first asked, once the site's own files are all written. */
    private Set<String> folders() {
      if (folders == null) {
        folders = new HashSet<>();
        for (String f : written.keySet()) {
          for (int slash = f.indexOf('/'); slash > 0; slash = f.indexOf('/', slash + 1)) {
            folders.add(f.substring(0, slash));
          }
        }
      }
      return folders;
    }

    @Override
    public Optional<Path> publish() {
      throw new UnsupportedOperationException("a discarded site is never published");
    }

    @Override
    public void discard() {
      written.clear();
    }

    @Override
    public long files() {
      return written.size();
    }

    @Override
    public long bytes() {
      return bytes.get();
    }

    @Override
    public long unchanged() {
      return 0;
    }
  }
}
