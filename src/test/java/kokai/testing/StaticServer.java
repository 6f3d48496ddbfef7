package kokai.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A plain static file server on the loopback interface for browser tests: no compression, no
 * caching, {@code index.html} for a folder, and a count of the body bytes it sent.
 *
 * <pre>{@code
 * try (StaticServer server = StaticServer.start(siteDir)) {
 *   driver.get(server.url("search/?q=半導体"));
 * }
 * }</pre>
 */
public final class StaticServer implements AutoCloseable {
  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8",
      "css", "text/css; charset=utf-8", "json", "application/json", "svg", "image/svg+xml",
      "xml", "application/xml", "csv", "text/csv; charset=utf-8");

  private final HttpServer server;
  private final Path root;
  private final AtomicLong bytesSent = new AtomicLong();

  private StaticServer(HttpServer server, Path root) {
    this.server = server;
    this.root = root;
  }

  public static StaticServer start(Path root) throws IOException {
    // Without TCP_NODELAY, headers and body go out as two segments and the second waits ~40 ms for
    // the browser's delayed ACK: every small file would take 40 ms more than on a real server.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    StaticServer s = new StaticServer(http, root.toAbsolutePath().normalize());
    http.createContext("/", s::handle);
    http.setExecutor(Executors.newFixedThreadPool(6, r -> {
      Thread t = new Thread(r, "static-server");
      t.setDaemon(true);
      return t;
    }));
    http.start();
    return s;
  }

  /** The absolute URL of a path relative to the site root. */
  public String url(String relative) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + relative;
  }

  /** Body bytes sent since the last reset. */
  public long bytesSent() {
    return bytesSent.get();
  }

  public void resetBytes() {
    bytesSent.set(0);
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String path = URLDecoder.decode(ex.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
      Path file = root.resolve(path.substring(1)).normalize();
      if (Files.isDirectory(file)) {
        file = file.resolve("index.html");
      }
      if (!file.startsWith(root) || !Files.isRegularFile(file)) {
        ex.sendResponseHeaders(404, -1);
        return;
      }
      byte[] body = Files.readAllBytes(file);
      String name = file.getFileName().toString();
      String ext = name.substring(name.lastIndexOf('.') + 1);
      ex.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
      ex.getResponseHeaders().set("Cache-Control", "no-store");
      ex.sendResponseHeaders(200, body.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
      bytesSent.addAndGet(body.length);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
