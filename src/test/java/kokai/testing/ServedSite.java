package kokai.testing;

import java.nio.file.Path;

/**
 * A built site served on loopback with one chromium open on it, for a browser test class: start it
 * in {@code @BeforeAll} into a static field marked {@code @AutoClose}, which closes it after the tests.
 */
public final class ServedSite implements AutoCloseable {
  private final StaticServer server;
  private final Chromium chromium;

  private ServedSite(StaticServer server, Chromium chromium) {
    this.server = server;
    this.chromium = chromium;
  }

  public static ServedSite start(Path site) throws Exception {
    StaticServer server = StaticServer.start(site);
    try {
      return new ServedSite(server, Chromium.start());
    } catch (Exception | Error e) {
      server.close();
      throw e;
    }
  }

  public StaticServer server() {
    return server;
  }

  public Chromium chromium() {
    return chromium;
  }

  @Override
  public void close() {
    try {
      chromium.close();
    } finally {
      server.close();
    }
  }
}
