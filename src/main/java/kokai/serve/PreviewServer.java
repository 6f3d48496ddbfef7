package kokai.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A local HTTP server for previewing a built site: serves the files of the output folder and
 * nothing else, adds the live-reload script to HTML responses, and streams reload and error events
 * to open pages. Binds to loopback unless told otherwise.
 *
 * <p>An address with a % not followed by two hex digits ({@code /search/?q=100%}, as a browser
 * sends what a reader types) never reaches {@link #handle}: the JDK's server parses the request
 * line with {@code new URI(…)} in {@code sun.net.httpserver.ServerImpl.Exchange.run}, and answers
 * its URISyntaxException with a 400 of its own ("URISyntaxException thrown") before any context,
 * filter or handler is looked for, with no setting to change it. The search page's own form sends
 * %25; the page opened from disk reads such a query as written.
 *
 * <pre>{@code
 * PreviewServer server = PreviewServer.start(() -> Path.of("site"), InetAddress.getLoopbackAddress(), 1313);
 * server.reload(1);          // after a rebuild
 * server.close();
 * }</pre>
 */
public final class PreviewServer implements AutoCloseable {
  /**
   * The types a web host gives the files a site and a city's theme may hold. Sent with
   * {@code nosniff}, so a browser goes by them as it would on the host: a module script or a PDF
   * served as bytes would not run or open.
   */
  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("html", "text/html; charset=utf-8"), Map.entry("htm", "text/html; charset=utf-8"),
      Map.entry("css", "text/css; charset=utf-8"),
      Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("mjs", "text/javascript; charset=utf-8"),
      Map.entry("json", "application/json; charset=utf-8"), Map.entry("map", "application/json; charset=utf-8"),
      Map.entry("svg", "image/svg+xml; charset=utf-8"), Map.entry("xml", "application/xml; charset=utf-8"),
      Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("csv", "text/csv; charset=utf-8"),
      Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
      Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"), Map.entry("avif", "image/avif"),
      Map.entry("ico", "image/x-icon"), Map.entry("pdf", "application/pdf"),
      Map.entry("woff", "font/woff"), Map.entry("woff2", "font/woff2"), Map.entry("ttf", "font/ttf"),
      Map.entry("otf", "font/otf"), Map.entry("webmanifest", "application/manifest+json"));

  /** What every address shows while there are no pages; the build's problems appear below it. */
  private static final byte[] NO_PAGES_YET = ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
      + "<title>kokai preview: no pages yet</title></head><body><h1>No pages yet</h1>"
      + "<p>The site has not been built yet, or its first build failed: the problems are shown below and in the"
      + " terminal. This page reloads by itself once the site builds.</p></body></html>")
      .getBytes(StandardCharsets.UTF_8);

  private final HttpServer http;
  private final ExecutorService pool;
  private final Supplier<Path> root;
  private final Function<String, Optional<byte[]>> unwritten;
  private final LiveReload live = new LiveReload();
  /** The base URL's path ({@code /hyoka/}), under which the site is served as well as at {@code /}. */
  private volatile String under = "/";

  private PreviewServer(HttpServer http, ExecutorService pool, Supplier<Path> root,
      Function<String, Optional<byte[]>> unwritten) {
    this.http = http;
    this.pool = pool;
    this.root = root;
    this.unwritten = unwritten;
  }

  /**
   * Starts serving the folder that {@code root} names (asked at each request, so a rebuild may
   * swap the folder); port 0 picks a free port.
   */
  public static PreviewServer start(Supplier<Path> root, InetAddress bind, int port) throws IOException {
    return start(root, path -> Optional.empty(), bind, port);
  }

  /**
   * As {@link #start(Supplier, InetAddress, int)}, serving a file's bytes from {@code unwritten}
   * ({@code search/index/s/12.js} → its new bytes) while the folder does not have them yet.
   */
  public static PreviewServer start(Supplier<Path> root, Function<String, Optional<byte[]>> unwritten, InetAddress bind,
      int port) throws IOException {
    HttpServer http = HttpServer.create(new InetSocketAddress(bind, port), 64);
    // Each open page holds one event stream, so the pool grows with them; a preview has few.
    ExecutorService pool = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "kokai-preview");
      t.setDaemon(true);
      return t;
    });
    PreviewServer server = new PreviewServer(http, pool, root, unwritten);
    http.createContext("/", server::handle);
    http.setExecutor(pool);
    http.start();
    return server;
  }

  /** The address the server listens on. */
  public InetSocketAddress address() {
    return http.getAddress();
  }

  /** The open pages among {@code paths} ({@code 2022/088/index.html}) reload ahead of the rest of the edit. */
  public void reloadPages(long generation, List<String> paths) {
    live.pages(generation, paths);
  }

  /** Open pages reload (but those that did for this generation's {@link #reloadPages}). */
  public void reload(long generation) {
    live.reload(generation);
  }

  /** Open pages (and pages opened later) show this text until the next {@link #reload}. */
  public void problem(String text) {
    live.problem(text);
  }

  /**
   * Serves the site under the path of {@code baseUrl} ({@code https://example.jp/hyoka/} →
   * {@code /hyoka/}) as well as at {@code /}: the 404 page links by that path, as it must on the
   * city's host. Null: at {@code /} only.
   */
  public void baseUrl(String baseUrl) {
    String path = baseUrl == null ? null : URI.create(baseUrl).getRawPath();
    under = path == null || path.isEmpty() ? "/" : path.endsWith("/") ? path : path + "/";
  }

  /** Whether open pages show a problem, which only a {@link #reload} takes away. */
  public boolean hasProblem() {
    return live.currentProblem() != null;
  }

  @Override
  public void close() {
    live.closeAll();
    http.stop(0);
    pool.shutdownNow();
  }

  private void handle(HttpExchange ex) throws IOException {
    if (!answersTo(ex.getRequestHeaders().getFirst("Host"))) {
      // A page elsewhere whose name was pointed at this computer (DNS rebinding) may not read the
      // preview, nor hear its events.
      try (ex) {
        send(ex, 421, "text/plain; charset=utf-8", ("kokai's preview answers to localhost and 127.0.0.1 only: open http://127.0.0.1:"
            + address().getPort() + "/\n").getBytes(StandardCharsets.UTF_8));
      }
      return;
    }
    if (LiveReload.EVENTS_PATH.equals(ex.getRequestURI().getRawPath()) && ex.getRequestMethod().equals("GET")) {
      // The event stream stays open after this returns; LiveReload writes to it and drops it
      // when the page has gone.
      live.open(ex);
      return;
    }
    try (ex) {
      String method = ex.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        send(ex, 405, "text/plain; charset=utf-8", "only GET and HEAD\n".getBytes(StandardCharsets.UTF_8));
        return;
      }
      String asked = ex.getRequestURI().getRawPath();
      String base = under;
      // A redirect keeps the query: a search's words and filters are in it.
      String query = ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery();
      if (!base.equals("/") && (asked + "/").equals(base)) {
        ex.getResponseHeaders().set("Location", base + query);
        send(ex, 301, "text/plain; charset=utf-8", new byte[0]);
        return;
      }
      // Under the base URL's path the same file as at the root: /hyoka/assets/… is /assets/….
      boolean prefixed = !base.equals("/") && asked != null && asked.startsWith(base);
      String raw = prefixed ? asked.substring(base.length() - 1) : asked;
      Optional<String> path = SafePaths.decode(raw);
      if (path.isEmpty()) {
        send(ex, 400, "text/plain; charset=utf-8", "bad path\n".getBytes(StandardCharsets.UTF_8));
        return;
      }
      String rel = path.get().substring(1);
      String named = rel.isEmpty() || rel.endsWith("/") ? rel + "index.html" : rel;
      Optional<byte[]> fresh = unwritten.apply(named);
      if (fresh.isPresent()) {
        String type = type(Path.of(named));
        send(ex, 200, type, type.startsWith("text/html") ? live.inject(fresh.get()) : fresh.get());
        return;
      }
      Path dir = folder();
      if (dir == null) {
        send(ex, 503, TYPES.get("html"), live.inject(NO_PAGES_YET));
        return;
      }
      Optional<Path> file = SafePaths.resolve(dir, path.get());
      if (file.isPresent() && !path.get().endsWith("/") && Files.isDirectory(dir.resolve(path.get().substring(1)))) {
        ex.getResponseHeaders().set("Location", asked + "/" + query);
        send(ex, 301, "text/plain; charset=utf-8", new byte[0]);
        return;
      }
      if (file.isEmpty()) {
        Optional<Path> notFound = notFoundPage(dir, path.get());
        byte[] body = notFound.isPresent() ? live.inject(Files.readAllBytes(notFound.get()))
            : "not found\n".getBytes(StandardCharsets.UTF_8);
        send(ex, 404, notFound.isPresent() ? TYPES.get("html") : "text/plain; charset=utf-8", body);
        return;
      }
      String type = type(file.get());
      byte[] body = Files.readAllBytes(file.get());
      send(ex, 200, type, type.startsWith("text/html") ? live.inject(body) : body);
    }
  }

  /**
   * The 404 page nearest the missing address, in its folder or the closest one above: a language
   * version's own ({@code en/404.html}) for its addresses, as a host set up for it answers, else the site's.
   */
  private static Optional<Path> notFoundPage(Path dir, String missing) throws IOException {
    for (int slash = missing.lastIndexOf('/'); slash >= 0; slash = missing.lastIndexOf('/', slash - 1)) {
      Optional<Path> page = SafePaths.resolve(dir, missing.substring(0, slash + 1) + "404.html");
      if (page.isPresent() || slash == 0) {
        return page;
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a request naming {@code host} (the Host header, perhaps with a port) is for this
   * preview. Listening on loopback, only loopback names are: {@code localhost}, {@code 127.0.0.1},
   * {@code [::1]}. Listening elsewhere (as {@code --bind} asks), any name is. No header (HTTP/1.0) is
   * the client's own doing, and is answered.
   */
  boolean answersTo(String host) {
    if (host == null || !address().getAddress().isLoopbackAddress()) {
      return true;
    }
    String name = host.trim().toLowerCase(Locale.ROOT);
    int end = name.startsWith("[") ? name.indexOf(']') + 1 : name.indexOf(':') < 0 ? name.length() : name.indexOf(':');
    name = end <= 0 ? name : name.substring(0, end);
    if (name.equals("localhost") || name.endsWith(".localhost")) {
      return true;
    }
    boolean literal = name.matches("[0-9.]+") || name.matches("\\[[0-9a-f:.]+]");
    try {
      // A literal address is read, not looked up.
      return literal && InetAddress.getByName(name.replace("[", "").replace("]", "")).isLoopbackAddress();
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The folder to serve, or null when there is none: the first build has not made it (yet). A
   * full rebuild swaps a new folder in with two renames, between which there is none for a moment.
   */
  private Path folder() {
    for (int attempt = 0; attempt < 20; attempt++) {
      Path dir = root.get();
      if (Files.isDirectory(dir)) {
        return dir;
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return null;
  }

  private static String type(Path file) {
    String n = file.getFileName().toString();
    int dot = n.lastIndexOf('.');
    String ext = dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    return TYPES.getOrDefault(ext, "application/octet-stream");
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    ex.getResponseHeaders().set("Cache-Control", "no-store");
    ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    boolean head = ex.getRequestMethod().equals("HEAD");
    if (head && body.length > 0) {
      // What a GET would send, as a host says it (the server leaves it out where no body follows).
      ex.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
    }
    if (status == 405) {
      ex.getResponseHeaders().set("Allow", "GET, HEAD");
    }
    ex.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
    if (!head && body.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
