package kokai.load;

import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.Arrays;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Jackson's YAML parser over a text already in memory, as every content file is: SnakeYAML's
 * scanner reads it through {@link WholeText}, the text's code points in one array, instead of
 * through a {@code StreamReader}, which pulls 1,024 characters at a time from a reader, copies
 * what is left of its window into a new one each time, and checks for more input on every
 * character it peeks at (with only the quick compiler, as a build runs, three calls a character;
 * a sixth of the CPU of loading 10,000 sheets). Positions, tokens and errors are the same: a text
 * with a character YAML does not allow, which SnakeYAML's reader refuses where it reaches it, is
 * read by SnakeYAML's own reader, so that what is reported first stays as it was.
 *
 * <pre>{@code
 * YAMLFactory yaml = new InMemoryYaml(YAMLFactory.builder());
 * JsonParser p = yaml.createParser(new InMemoryYaml.Text(text));
 * }</pre>
 */
final class InMemoryYaml extends YAMLFactory {
  private static final long serialVersionUID = 1L;

  InMemoryYaml(YAMLFactoryBuilder builder) {
    super(builder);
  }

  /** A text handed to the parser whole; any other reader is read by SnakeYAML's own. */
  static final class Text extends StringReader {
    final String text;

    Text(String text) {
      super(text);
      this.text = text;
    }
  }

  @Override
  protected YAMLParser _createParser(Reader r, IOContext ctxt) throws IOException {
    int[] points = r instanceof Text t ? WholeText.printableCodePoints(t.text) : null;
    if (points == null) {
      return super._createParser(r, ctxt);
    }
    LoaderOptions options = _loaderOptions == null ? new LoaderOptions() : _loaderOptions;
    return new Parser(ctxt, _parserFeatures, _yamlParserFeatures, _objectCodec, r, new ParserImpl(new WholeText(points), options));
  }

  /** Jackson's parser, given SnakeYAML's parser over {@link WholeText}. */
  private static final class Parser extends YAMLParser {
    Parser(IOContext ctxt, int features, int yamlFeatures, ObjectCodec codec, Reader r, ParserImpl yaml) {
      super(ctxt, features, yamlFeatures, codec, r, yaml);
    }
  }

  /**
   * SnakeYAML's reader over a whole text: what {@link StreamReader} gives its scanner (the code
   * point at a place ahead, 0 past the end; lines and columns counted as it counts them), without
   * the windows.
   */
  static final class WholeText extends StreamReader {
    /** The name SnakeYAML's reader gives its marks when it reads a {@link Reader}, as Jackson has it do. */
    private static final String NAME = "'reader'";
    private final int[] points;
    private int pointer;
    private int index;
    private int documentIndex;
    private int line;
    private int column;

    WholeText(int[] points) {
      super(Reader.nullReader());
      this.points = points;
    }

    /** The code points of {@code text}, or null when one of them is not allowed in YAML (SnakeYAML's own test). */
    static int[] printableCodePoints(String text) {
      char[] chars = text.toCharArray();
      int[] points = new int[chars.length];
      int n = 0;
      for (int i = 0; i < chars.length; ) {
        char ch = chars[i];
        // Nearly every character of a sheet is printable ASCII, kana, kanji or full-width, told
        // here without a call (the quick compiler inlines neither Character.codePointAt nor
        // isPrintable); the rest as SnakeYAML tells them.
        if (ch >= 0x20 && ch <= 0x7E || ch == '\n' || ch >= 0xA0 && ch <= 0xD7FF || ch >= 0xE000 && ch <= 0xFFFD) {
          points[n++] = ch;
          i++;
          continue;
        }
        int c = Character.codePointAt(chars, i);
        if (!StreamReader.isPrintable(c)) {
          return null;
        }
        points[n++] = c;
        i += Character.charCount(c);
      }
      return n == points.length ? points : Arrays.copyOf(points, n);
    }

    @Override
    public Mark getMark() {
      return new Mark(NAME, index, line, column, points, pointer);
    }

    @Override
    public void forward() {
      forward(1);
    }

    @Override
    public void forward(int length) {
      for (int i = 0; i < length && pointer < points.length; i++) {
        int c = points[pointer++];
        index++;
        documentIndex++;
        // A line ends at \n, NEL, U+2028 and U+2029, and at a \r with no \n after it.
        if (c == '\n' || c == 0x85 || c == 0x2028 || c == 0x2029 || c == '\r' && pointer < points.length && points[pointer] != '\n') {
          line++;
          column = 0;
        } else if (c != 0xFEFF) {
          column++;
        }
      }
    }

    @Override
    public int peek() {
      return pointer < points.length ? points[pointer] : 0;
    }

    @Override
    public int peek(int ahead) {
      return pointer + ahead < points.length ? points[pointer + ahead] : 0;
    }

    @Override
    public String prefix(int length) {
      return length == 0 ? "" : new String(points, pointer, Math.min(length, points.length - pointer));
    }

    @Override
    public String prefixForward(int length) {
      String s = prefix(length);
      pointer += length;
      index += length;
      documentIndex += length;
      column += length;
      return s;
    }

    @Override
    public int getColumn() {
      return column;
    }

    @Override
    public int getDocumentIndex() {
      return documentIndex;
    }

    @Override
    public void resetDocumentIndex() {
      documentIndex = 0;
    }

    @Override
    public int getIndex() {
      return index;
    }

    @Override
    public int getLine() {
      return line;
    }
  }
}
