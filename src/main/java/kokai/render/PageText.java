package kokai.render;

import java.io.Writer;

/**
 * The text of one page as a template writes it: a {@link java.io.StringWriter} without the lock.
 * A page is written by one thread, in thousands of small pieces, and each piece would take the
 * lock of the string buffer under a {@code StringWriter}.
 */
final class PageText extends Writer {
  private final StringBuilder text;

  PageText(int capacity) {
    text = new StringBuilder(capacity);
  }

  @Override
  public void write(int c) {
    text.append((char) c);
  }

  @Override
  public void write(char[] chars, int off, int len) {
    text.append(chars, off, len);
  }

  @Override
  public void write(String s) {
    text.append(s);
  }

  @Override
  public void write(String s, int off, int len) {
    text.append(s, off, off + len);
  }

  @Override
  public Writer append(CharSequence s) {
    text.append(s);
    return this;
  }

  @Override
  public Writer append(CharSequence s, int start, int end) {
    text.append(s, start, end);
    return this;
  }

  @Override
  public Writer append(char c) {
    text.append(c);
    return this;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  @Override
  public String toString() {
    return text.toString();
  }
}
