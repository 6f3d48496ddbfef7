package kokai.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import kokai.diag.Escaping;

/**
 * Tells open preview pages to reload, or to show a build error, over server-sent events. The script
 * that listens is added to HTML responses of the preview only; published files never contain it.
 */
final class LiveReload {
  /** Where pages listen for events. */
  static final String EVENTS_PATH = "/__kokai/events";

  private static final String SCRIPT = """
      <script>/* kokai preview: live reload (not in the published site) */
      (function () {
        var box = null;
        function show(text) {
          if (!box) { box = document.createElement('pre'); box.id = 'kokai-preview-error';
            box.style.cssText = 'position:fixed;left:0;right:0;bottom:0;max-height:60%;overflow:auto;margin:0;padding:1em;'
              + 'background:#fff0f0;color:#600;border-top:3px solid #c00;font:14px/1.4 monospace;z-index:99999;white-space:pre-wrap';
            document.body.appendChild(box); }
          box.textContent = text;
        }
        // This page as the site names it: 2022/088/index.html.
        var here = decodeURIComponent(location.pathname).replace(/^\\/+/, '').replace(/(^|\\/)$/, '$1index.html');
        var done = 'kokai-preview-reloaded';
        // This run of the preview, and the last build it had finished when it served this page.
        var run = 'RUN', served = run + ':' + 'SERVED';
        var es = new EventSource('EVENTS');
        // On (re)connecting the server says which build is current: a page that missed a build's
        // events while it loaded, or was served by an earlier run, reloads.
        es.addEventListener('current', function (e) { if (e.data !== served) { location.reload(); } });
        // Pages are named as soon as they are written (the edited sheets' first, then the listings):
        // such a page reloads at once and remembers it, so the edit's closing 'reload' (same number)
        // does not reload it again.
        es.addEventListener('pages', function (e) {
          var d = JSON.parse(e.data);
          if (d.pages.indexOf(here) >= 0) { sessionStorage.setItem(done, run + ':' + d.g); location.reload(); }
        });
        es.addEventListener('reload', function (e) {
          if (sessionStorage.getItem(done) !== run + ':' + e.data) { location.reload(); }
        });
        es.addEventListener('problem', function (e) { show(JSON.parse(e.data)); });
      })();
      </script>
      """.replace("EVENTS", EVENTS_PATH);

  private final List<OutputStream> clients = new ArrayList<>();
  private String problem;
  /** This run of the preview: a page served by an earlier one reloads when it reconnects. */
  private final String run = Long.toString(System.currentTimeMillis(), 36) + Long.toString(System.nanoTime() & 0xffff, 36);
  /** The last build whose reload was sent. */
  private long current;

  /** Keeps an event-stream response open; it is closed when the page goes away. */
  void open(HttpExchange ex) throws IOException {
    ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    ex.getResponseHeaders().set("Cache-Control", "no-store");
    ex.sendResponseHeaders(200, 0);
    OutputStream out = ex.getResponseBody();
    out.write(": kokai preview\n\n".getBytes(StandardCharsets.UTF_8));
    out.flush();
    synchronized (this) {
      clients.add(out);
      send(out, "current", run + ":" + current);
      if (problem != null) {
        send(out, "problem", problem);
      }
    }
  }

  /**
   * The open pages among {@code paths} (site-relative, {@code 2022/088/index.html}) reload now; the
   * {@link #reload} of the same generation then leaves them be.
   */
  synchronized void pages(long generation, List<String> paths) {
    StringBuilder b = new StringBuilder("{\"g\":\"").append(generation).append("\",\"pages\":[");
    for (int i = 0; i < paths.size(); i++) {
      b.append(i == 0 ? "" : ",").append(json(paths.get(i)));
    }
    broadcast("pages", b.append("]}").toString());
  }

  /** Every open page reloads, except those that reloaded for this generation's {@link #pages}. */
  synchronized void reload(long generation) {
    problem = null;
    current = generation;
    broadcast("reload", Long.toString(generation));
  }

  /** Every open page shows the text (the build's diagnostics) until the next good build. */
  synchronized void problem(String text) {
    problem = json(text);
    broadcast("problem", problem);
  }

  /** The error text of the last failed build, or null after a good one. */
  synchronized String currentProblem() {
    return problem;
  }

  synchronized void closeAll() {
    for (OutputStream out : clients) {
      try {
        out.close();
      } catch (IOException ignored) {
        // the page is gone already
      }
    }
    clients.clear();
  }

  private void broadcast(String event, String data) {
    clients.removeIf(out -> !send(out, event, data));
  }

  private static boolean send(OutputStream out, String event, String data) {
    try {
      out.write(("event: " + event + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
      out.flush();
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Adds the listening script to a page, before {@code </body>} (or at the end), with the run and
   * the build current as it is served.
   */
  byte[] inject(byte[] html) {
    String script;
    synchronized (this) {
      script = SCRIPT.replace("'RUN'", "'" + run + "'").replace("'SERVED'", "'" + current + "'");
    }
    String page = new String(html, StandardCharsets.UTF_8);
    int at = page.lastIndexOf("</body>");
    String out = at < 0 ? page + script : page.substring(0, at) + script + page.substring(at);
    return out.getBytes(StandardCharsets.UTF_8);
  }

  /** A JSON string of {@code text} in which no {@code <} can close the page's script. */
  static String json(String text) {
    return Escaping.jsonString(new StringBuilder(text.length() + 16), text).toString().replace("<", "\\u003c");
  }
}
