package kokai.publish;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The links and ids of one HTML page, read by a single pass over its text rather than by building a
 * document tree: checking every page of a large site must cost little more than reading it. It knows
 * what the link check needs: start tags and their attributes, comments, and the raw text of
 * {@code script} and {@code style}; character references in attribute values are decoded.
 */
final class HtmlLinks {
  /** A link attribute's value, e.g. {@code href} of {@code a}. */
  record Link(String tag, String attribute, String value) {}

  private final List<Link> links = new ArrayList<>();
  private final Set<String> ids = new HashSet<>();

  private HtmlLinks() {}

  List<Link> links() {
    return links;
  }

  Set<String> ids() {
    return ids;
  }

  static HtmlLinks scan(String html) {
    HtmlLinks out = new HtmlLinks();
    int i = 0;
    int n = html.length();
    while (true) {
      int lt = html.indexOf('<', i);
      if (lt < 0 || lt + 1 >= n) {
        return out;
      }
      char c = html.charAt(lt + 1);
      if (html.startsWith("<!--", lt)) {
        int end = html.indexOf("-->", lt + 4);
        i = end < 0 ? n : end + 3;
      } else if (c == '!' || c == '?' || c == '/') {
        int end = html.indexOf('>', lt + 1);
        i = end < 0 ? n : end + 1;
      } else if (Character.isLetter(c)) {
        i = out.tag(html, lt + 1);
      } else {
        i = lt + 1;
      }
    }
  }

  /** Reads one start tag from its name; returns where scanning goes on. */
  private int tag(String s, int start) {
    int n = s.length();
    int i = start;
    while (i < n && !isSpace(s.charAt(i)) && s.charAt(i) != '>' && s.charAt(i) != '/') {
      i++;
    }
    String name = s.substring(start, i).toLowerCase(Locale.ROOT);
    String href = null;
    String src = null;
    String action = null;
    String nameAttr = null;
    while (i < n) {
      char c = s.charAt(i);
      if (c == '>') {
        i++;
        break;
      }
      if (isSpace(c) || c == '/') {
        i++;
        continue;
      }
      int a = i;
      while (i < n && !isSpace(s.charAt(i)) && "=>/".indexOf(s.charAt(i)) < 0) {
        i++;
      }
      String attr = s.substring(a, i).toLowerCase(Locale.ROOT);
      while (i < n && isSpace(s.charAt(i))) {
        i++;
      }
      String value = "";
      if (i < n && s.charAt(i) == '=') {
        i++;
        while (i < n && isSpace(s.charAt(i))) {
          i++;
        }
        int vStart;
        int vEnd;
        if (i < n && (s.charAt(i) == '"' || s.charAt(i) == '\'')) {
          char q = s.charAt(i);
          vStart = i + 1;
          vEnd = s.indexOf(q, vStart);
          vEnd = vEnd < 0 ? n : vEnd;
          i = Math.min(n, vEnd + 1);
        } else {
          vStart = i;
          while (i < n && !isSpace(s.charAt(i)) && s.charAt(i) != '>') {
            i++;
          }
          vEnd = i;
        }
        value = decode(s.substring(vStart, vEnd));
      }
      switch (attr) {
        case "id" -> ids.add(value);
        case "href" -> href = href == null ? value : href;
        case "src" -> src = src == null ? value : src;
        case "action" -> action = action == null ? value : action;
        case "name" -> nameAttr = nameAttr == null ? value : nameAttr;
        default -> { }
      }
    }
    record(name, href, src, action, nameAttr);
    if (name.equals("script") || name.equals("style")) {
      int end = indexOfIgnoreCase(s, "</" + name, i);
      return end < 0 ? n : end;
    }
    return i;
  }

  private void record(String tag, String href, String src, String action, String nameAttr) {
    switch (tag) {
      case "a", "area", "link" -> {
        if (href != null) {
          links.add(new Link(tag, "href", href));
        }
        if (tag.equals("a") && nameAttr != null) {
          ids.add(nameAttr);
        }
      }
      case "img", "script", "source" -> {
        if (src != null) {
          links.add(new Link(tag, "src", src));
        }
      }
      case "form" -> {
        if (action != null) {
          links.add(new Link(tag, "action", action));
        }
      }
      default -> { }
    }
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
  }

  private static int indexOfIgnoreCase(String s, String what, int from) {
    for (int i = from; i <= s.length() - what.length(); i++) {
      if (s.regionMatches(true, i, what, 0, what.length())) {
        return i;
      }
    }
    return -1;
  }

  /** Decodes the character references templates write: &amp;amp; &amp;lt; &amp;gt; &amp;quot; &amp;apos; and numeric ones. */
  static String decode(String v) {
    int amp = v.indexOf('&');
    if (amp < 0) {
      return v;
    }
    StringBuilder b = new StringBuilder(v.length());
    int i = 0;
    while (amp >= 0) {
      b.append(v, i, amp);
      int semi = v.indexOf(';', amp);
      String ref = semi < 0 ? null : v.substring(amp + 1, semi);
      String decoded = ref == null ? null : reference(ref);
      if (decoded == null) {
        b.append('&');
        i = amp + 1;
      } else {
        b.append(decoded);
        i = semi + 1;
      }
      amp = v.indexOf('&', i);
    }
    return b.append(v, i, v.length()).toString();
  }

  private static String reference(String ref) {
    switch (ref) {
      case "amp": return "&";
      case "lt": return "<";
      case "gt": return ">";
      case "quot": return "\"";
      case "apos": return "'";
      default:
        try {
          if (ref.startsWith("#x") || ref.startsWith("#X")) {
            return new String(Character.toChars(Integer.parseInt(ref.substring(2), 16)));
          }
          if (ref.startsWith("#")) {
            return new String(Character.toChars(Integer.parseInt(ref.substring(1))));
          }
        } catch (IllegalArgumentException e) {
          return null;
        }
        return null;
    }
  }
}
