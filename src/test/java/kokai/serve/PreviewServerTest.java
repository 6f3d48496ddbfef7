package kokai.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PreviewServerTest {
  @TempDir Path dir;
  Path site;
  PreviewServer server;

  @BeforeEach
  void start() throws IOException {
    site = dir.resolve("site");
    Files.createDirectories(site.resolve("2022/088"));
    Files.writeString(site.resolve("index.html"), "<html><body><p>home</p></body></html>");
    Files.writeString(site.resolve("2022/088/index.html"), "<html><body>sheet</body></html>");
    Files.writeString(site.resolve("style.css"), "body{}");
    Files.writeString(dir.resolve("secret.txt"), "SECRET-OUTSIDE");
    server = PreviewServer.start(() -> site, InetAddress.getLoopbackAddress(), 0);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** Sends the request line exactly as written, so no client library normalises the path. */
  private String get(String rawPath) throws IOException {
    return request("GET", rawPath);
  }

  private String request(String method, String rawPath) throws IOException {
    return request(method, rawPath, "localhost");
  }

  private String request(String method, String rawPath, String host) throws IOException {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.address().getPort())) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write((method + " " + rawPath + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** As a web host answers: a file asked for as a folder is not found, HEAD says the length GET sends, 405 says what is allowed. */
  @Test
  void answersAsAWebHostDoes() throws IOException {
    assertThat(get("/2022/088/index.html/")).startsWith("HTTP/1.1 404");
    assertThat(get("/style.css/")).startsWith("HTTP/1.1 404");
    assertThat(get("/2022/088/")).startsWith("HTTP/1.1 200");
    String head = request("HEAD", "/style.css");
    assertThat(head).startsWith("HTTP/1.1 200").containsIgnoringCase("Content-Length: 6").doesNotContain("body{}");
    assertThat(request("POST", "/style.css")).startsWith("HTTP/1.1 405").containsIgnoringCase("Allow: GET, HEAD");
  }

  @Test
  void listensOnLoopbackOnly() {
    assertThat(server.address().getAddress().isLoopbackAddress()).isTrue();
  }

  /** A page elsewhere whose name leads to this computer (DNS rebinding) reads nothing. */
  @ParameterizedTest
  @ValueSource(strings = {"attacker.example", "attacker.example:80", "localhost.attacker.example", "10.0.0.5", "[fe80::1]", "127.0.0.1.nip.io"})
  void answersOnlyToLoopbackNames(String host) throws IOException {
    String refused = request("GET", "/", host);
    assertThat(refused).startsWith("HTTP/1.1 421").contains("http://127.0.0.1:" + server.address().getPort() + "/")
        .doesNotContain("home");
    assertThat(request("GET", "/__kokai/events", host)).startsWith("HTTP/1.1 421");
    int port = server.address().getPort();
    for (String loopback : List.of("localhost", "LOCALHOST:" + port, "127.0.0.1:" + port, "[::1]:" + port, "app.localhost")) {
      assertThat(request("GET", "/", loopback)).as(loopback).startsWith("HTTP/1.1 200").contains("home");
    }
  }

  @Test
  void servesPagesWithTheReloadScriptAndOtherFilesAsTheyAre() throws IOException {
    String home = get("/");
    assertThat(home).startsWith("HTTP/1.1 200").contains("<p>home</p>").contains("new EventSource('/__kokai/events')");
    assertThat(home.indexOf("EventSource")).isLessThan(home.indexOf("</body>"));
    assertThat(get("/2022/088/")).startsWith("HTTP/1.1 200").contains("sheet");
    assertThat(get("/2022/088")).startsWith("HTTP/1.1 301").contains("Location: /2022/088/");
    String css = get("/style.css");
    assertThat(css).startsWith("HTTP/1.1 200").endsWith("body{}").doesNotContain("EventSource");
    assertThat(Files.readString(site.resolve("index.html"))).doesNotContain("EventSource");
  }

  @Test
  void servesTheBuildsUnwrittenBytesBeforeTheFolders() throws IOException {
    server.close();
    Map<String, byte[]> unwritten = Map.of(
        "2022/088/index.html", "<html><body>edited sheet</body></html>".getBytes(StandardCharsets.UTF_8),
        "search/index/s/7.js", "kokaiSearch.shard(7,{})".getBytes(StandardCharsets.UTF_8));
    server = PreviewServer.start(() -> site, p -> Optional.ofNullable(unwritten.get(p)), InetAddress.getLoopbackAddress(), 0);
    assertThat(get("/2022/088/")).startsWith("HTTP/1.1 200").contains("edited sheet").contains("EventSource");
    assertThat(get("/2022/088/index.html")).contains("edited sheet");
    assertThat(get("/search/index/s/7.js")).startsWith("HTTP/1.1 200").contains("text/javascript")
        .endsWith("kokaiSearch.shard(7,{})");
    assertThat(get("/")).contains("<p>home</p>");
    assertThat(get("/../secret.txt")).doesNotContain("SECRET-OUTSIDE");
  }

  /**
   * Files a city's theme or the build may hold are served with the type a web host gives them: a
   * module script or a PDF served as bytes would not run or open in the preview as on the site.
   */
  @ParameterizedTest
  @ValueSource(strings = {
    "a.js text/javascript", "a.mjs text/javascript", "a.json application/json; charset=utf-8", "a.csv text/csv",
    "a.svg image/svg+xml; charset=utf-8", "a.xml application/xml; charset=utf-8", "a.webmanifest application/manifest+json", "a.jpeg image/jpeg", "a.JPG image/jpeg",
    "a.gif image/gif", "a.webp image/webp", "a.avif image/avif", "a.pdf application/pdf", "a.woff font/woff",
    "a.ttf font/ttf", "a.otf font/otf", "a.map application/json", "a.ico image/x-icon", "a.htm text/html",
  })
  void servesEachKindOfFileWithItsType(String fileAndType) throws IOException {
    String name = fileAndType.substring(0, fileAndType.indexOf(' '));
    Files.writeString(site.resolve(name), "x");
    String head = get("/" + name);
    assertThat(head).startsWith("HTTP/1.1 200");
    String type = head.lines().filter(l -> l.regionMatches(true, 0, "Content-Type: ", 0, 14)).findFirst().orElseThrow();
    assertThat(type.substring(14)).as(name).startsWith(fileAndType.substring(fileAndType.indexOf(' ') + 1));
  }

  /**
   * The 404 page links to the site by the base URL's path ({@code /hyoka/assets/…}), so the preview
   * serves the site under that path too, where those links work.
   */
  @Test
  void servesTheSiteUnderTheBaseUrlsPathToo() throws IOException {
    server.baseUrl("https://example.jp/hyoka/");
    assertThat(get("/hyoka/style.css")).startsWith("HTTP/1.1 200").endsWith("body{}");
    assertThat(get("/hyoka/")).startsWith("HTTP/1.1 200").contains("<p>home</p>");
    assertThat(get("/hyoka/2022/088")).startsWith("HTTP/1.1 301").contains("Location: /hyoka/2022/088/");
    assertThat(get("/hyoka")).startsWith("HTTP/1.1 301").contains("Location: /hyoka/");
    // A redirect keeps the query: a shared search link keeps its words and filters.
    assertThat(get("/hyoka/2022/088?q=%E5%8D%8A&year=2022")).startsWith("HTTP/1.1 301")
        .contains("Location: /hyoka/2022/088/?q=%E5%8D%8A&year=2022");
    assertThat(get("/hyoka?q=x")).startsWith("HTTP/1.1 301").contains("Location: /hyoka/?q=x");
    assertThat(get("/style.css")).startsWith("HTTP/1.1 200").endsWith("body{}");
    assertThat(get("/hyoka/../secret.txt")).doesNotContain("SECRET-OUTSIDE");
    assertThat(get("/hyoka/%2e%2e/%2e%2e/secret.txt")).doesNotContain("SECRET-OUTSIDE");
    server.baseUrl(null);
    assertThat(get("/hyoka/style.css")).startsWith("HTTP/1.1 404");
  }

  /**
   * A missing page of the English version is answered by the English 404 page, in en/, as a host
   * told so answers; the preview answered every missing address with the site's Japanese one.
   */
  @Test
  void aMissingPageIsAnsweredByThe404PageOfItsVersion() throws IOException {
    Files.writeString(site.resolve("404.html"), "<html lang=\"ja\"><body>見つかりません</body></html>");
    Files.createDirectories(site.resolve("en/2022"));
    Files.writeString(site.resolve("en/404.html"), "<html lang=\"en\"><body>Page not found</body></html>");
    server.baseUrl("https://example.jp/hyoka/");
    for (String missing : List.of("/en/2022/999/", "/hyoka/en/2022/999/", "/en/nothing.html", "/en/2022/")) {
      assertThat(get(missing)).as(missing).startsWith("HTTP/1.1 404").contains("Page not found");
    }
    for (String missing : List.of("/2022/999/", "/hyoka/english/", "/hyoka/2022/088/x.html")) {
      assertThat(get(missing)).as(missing).startsWith("HTTP/1.1 404").contains("見つかりません");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "/../secret.txt", "/2022/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/..%2fsecret.txt",
    "/%2e%2e%2fsecret.txt", "/2022/%2e%2e/%2e%2e/secret.txt", "/..%5csecret.txt", "/%5c..%5csecret.txt",
    "/.%2e/secret.txt", "//" + "etc/passwd", "/%00/index.html", "/%zz", "/%c0%ae%c0%ae/secret.txt",
  })
  void refusesPathsThatLeaveTheSite(String path) throws IOException {
    String response = get(path);
    assertThat(response).doesNotContain("SECRET-OUTSIDE").doesNotContain("root:");
    assertThat(response).matches("(?s)HTTP/1\\.1 (400|404).*");
  }

  /** An escaped slash first (/%2F…) names a path from the disk's root: refused, even where it leads into the site. */
  @Test
  void refusesAPathFromTheDisksRoot() throws IOException {
    String absolute = site.toAbsolutePath().toString().substring(1) + "/2022/088/";
    assertThat(get("/%2F" + absolute)).matches("(?s)HTTP/1\\.1 (400|404).*").doesNotContain("Location");
    assertThat(get("/%2f" + absolute.substring(0, absolute.length() - 1))).matches("(?s)HTTP/1\\.1 (400|404).*");
  }

  @Test
  void refusesALinkThatLeadsOutOfTheSite() throws IOException {
    try {
      Files.createSymbolicLink(site.resolve("escape.txt"), dir.resolve("secret.txt"));
    } catch (UnsupportedOperationException | IOException e) {
      return; // no symbolic links on this file system: nothing to check
    }
    assertThat(get("/escape.txt")).startsWith("HTTP/1.1 404").doesNotContain("SECRET-OUTSIDE");
  }

  @Test
  void openPagesHearReloadsAndProblems() throws Exception {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.address().getPort())) {
      s.setSoTimeout(10_000);
      s.getOutputStream().write("GET /__kokai/events HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
      InputStream in = s.getInputStream();
      String head = readUntil(in, ": kokai preview");
      assertThat(head).contains("text/event-stream");
      // First the build that is current, by the preview's run: a page served before it, or by another run, reloads.
      assertThat(readUntil(in, "event: current\ndata: ")).endsWith("\nevent: current\ndata: ");
      assertThat(readUntil(in, "\n")).matches("[0-9a-z]+:\\d+\n");
      server.problem("content/sheets/2022/088.yaml:3:7: error: <bad>");
      assertThat(readUntil(in, "\\u003cbad>")).contains("event: problem").contains("088.yaml:3:7");
      server.reloadPages(7, List.of("2022/088/index.html"));
      assertThat(readUntil(in, "]}")).contains("event: pages").contains("{\"g\":\"7\",\"pages\":[\"2022/088/index.html\"]}");
      server.reload(7);
      assertThat(readUntil(in, "data: 7")).contains("event: reload");
    }
  }

  private static String readUntil(InputStream in, String... marks) throws IOException {
    StringBuilder b = new StringBuilder();
    outer:
    while (true) {
      int c = in.read();
      if (c < 0) {
        break;
      }
      b.append((char) c);
      for (String m : marks) {
        if (!b.toString().contains(m)) {
          continue outer;
        }
      }
      break;
    }
    return new String(b.toString().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
  }
}
