package kokai.render;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A page rendered straight into UTF-8: the text a template writes is kept as characters and
 * encoded a stretch at a time, and the listing rows {@link RowCache} kept already encoded are put
 * in as bytes ({@link #splice}). A fiscal year's listing of thousands of rows is then mostly copied
 * bytes, where the page's text as a whole was encoded anew after each edit. The bytes are those of
 * the page's text encoded whole, as a spliced run never starts or ends inside a character
 * ({@link #splices}). One per core, used for one page at a time.
 *
 * <pre>{@code
 * PageBytes out = new PageBytes();
 * engine.render(template, view, out);
 * sink.write(path, out.bytes());
 * out.reset();
 * }</pre>
 */
final class PageBytes extends Writer {
  /** Characters held before they are encoded: the text between two spliced runs is mostly short. */
  private static final int TEXT_HELD = 16 * 1024;
  /** A buffer grown past this is let go after its page. */
  private static final int KEPT = 4 << 20;

  private final StringBuilder text = new StringBuilder(TEXT_HELD);
  private byte[] bytes = new byte[64 * 1024];
  private int size;

  /**
   * Whether a run's text can be put in as its own encoded bytes: it neither starts nor ends with
   * half of a surrogate pair, which encoded with the page's text around it could join another half.
   */
  static boolean splices(String run) {
    return run.isEmpty()
        || (!Character.isLowSurrogate(run.charAt(0)) && !Character.isHighSurrogate(run.charAt(run.length() - 1)));
  }

  /** Puts in a run of text already encoded, which {@link #splices} allowed. */
  void splice(byte[] encoded) {
    encodeHeld();
    append(encoded);
  }

  /** The page so far, encoded. */
  byte[] bytes() {
    encodeHeld();
    return Arrays.copyOf(bytes, size);
  }

  /** Empties the buffer for the next page. */
  void reset() {
    text.setLength(0);
    size = 0;
    if (bytes.length > KEPT) {
      bytes = new byte[64 * 1024];
    }
    if (text.capacity() > KEPT) {
      text.setLength(0);
      text.trimToSize();
      text.ensureCapacity(TEXT_HELD);
    }
  }

  @Override
  public void write(char[] chars, int off, int len) {
    text.append(chars, off, len);
    encodeIfLong();
  }

  @Override
  public void write(String s, int off, int len) {
    text.append(s, off, off + len);
    encodeIfLong();
  }

  @Override
  public void write(String s) {
    text.append(s);
    encodeIfLong();
  }

  @Override
  public void write(int c) {
    text.append((char) c);
  }

  @Override
  public void flush() {
    // Nothing goes anywhere until the page is taken.
  }

  @Override
  public void close() {
    // Nothing to let go.
  }

  /** Encodes the characters held once they are many, but never after half of a surrogate pair. */
  private void encodeIfLong() {
    if (text.length() >= TEXT_HELD && !Character.isHighSurrogate(text.charAt(text.length() - 1))) {
      encodeHeld();
    }
  }

  private void encodeHeld() {
    if (text.length() > 0) {
      append(text.toString().getBytes(StandardCharsets.UTF_8));
      text.setLength(0);
    }
  }

  private void append(byte[] b) {
    if (size + b.length > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + b.length));
    }
    System.arraycopy(b, 0, bytes, size, b.length);
    size += b.length;
  }
}
