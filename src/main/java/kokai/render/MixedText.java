package kokai.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.util.List;
import kokai.diag.Escaping;

/**
 * Text made of interface words and content (an English chart caption naming a Japanese indicator:
 * "Indicator 1: 年間のネットワーク停止時間 (分以内)"): {@code ${mixed(text)}}. Under another interface
 * language than Japanese each run of Japanese characters is wrapped in {@code <span lang="ja">}, so
 * screen readers read it with a Japanese voice (WCAG 3.1.2); the text is HTML-escaped as
 * {@code ${text}} would be.
 */
final class MixedText implements TemplateMethodModelEx {
  private final boolean mark;

  MixedText(String interfaceLang) {
    this.mark = !"ja".equals(interfaceLang);
  }

  String html(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 32);
    int i = 0;
    while (i < text.length()) {
      int start = i;
      boolean japanese = isJapanese(text.codePointAt(i));
      while (i < text.length() && isJapanese(text.codePointAt(i)) == japanese) {
        i += Character.charCount(text.codePointAt(i));
      }
      String run = Escaping.xml(text.substring(start, i));
      sb.append(mark && japanese ? "<span lang=\"ja\">" + run + "</span>" : run);
    }
    return sb.toString();
  }

  /** Kanji, kana and the marks written with them (、。「」（）々ー and full-width forms). */
  static boolean isJapanese(int cp) {
    Character.UnicodeScript s = Character.UnicodeScript.of(cp);
    return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA
        || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF) || cp == 0x30FB || cp == 0x30FC;
  }

  @Override
  public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
    if (arguments.size() != 1) {
      throw new TemplateModelException("mixed(text) needs one text");
    }
    Object text = DeepUnwrap.unwrap((TemplateModel) arguments.get(0));
    return HTMLOutputFormat.INSTANCE.fromMarkup(html(text == null ? "" : String.valueOf(text)));
  }
}
