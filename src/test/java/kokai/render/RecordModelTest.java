package kokai.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Templates read a record through {@link RecordModel} as they read it through Freemarker's bean wrapping. */
class RecordModelTest {
  /** A record with a component of each kind, a method that is not a component and one with an argument. */
  public record Item(String name, int count, boolean open, List<String> tags, Item parent) {
    public String shout() {
      return name.toUpperCase(java.util.Locale.ROOT);
    }

    public String times(int n) {
      return name.repeat(n);
    }
  }

  /** A helper that takes a record back from the template. */
  public static final class Helper {
    public String nameOf(Item item) {
      return "<" + item.name() + ">";
    }
  }

  private static String render(String template, Object value) throws Exception {
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
    cfg.setObjectWrapper(ModelWrapper.create());
    cfg.setNumberFormat("computer");
    Template t = new Template("t", new StringReader(template), cfg);
    StringWriter out = new StringWriter();
    t.process(Map.of("x", value, "h", new Helper()), out);
    return out.toString();
  }

  private static final Item ITEM = new Item("a", 3, true, List.of("p", "q"), new Item("up", 0, false, List.of(), null));

  @Test
  void readsComponentsAsPropertiesAndAsMethods() throws Exception {
    assertThat(render("${x.name} ${x.name()} ${x.count + 1} ${x.count() * 2} ${x.open?c} ${x.open()?c}", ITEM))
        .isEqualTo("a a 4 6 true true");
    assertThat(render("<#list x.tags as t>${t}</#list>|<#list x.tags() as t>${t}</#list>|${x.tags?size}", ITEM))
        .isEqualTo("pq|pq|2");
    assertThat(render("${x.parent.name} ${x.parent().parent???c} ${(x.parent.parent.name)!'none'}", ITEM))
        .isEqualTo("up false none");
  }

  @Test
  void leavesOtherMethodsToTheBeanWrapping() throws Exception {
    assertThat(render("${x.shout()} ${x.times(3)}", ITEM)).isEqualTo("A aaa");
  }

  @Test
  void readsAsTextAndListsItsNamesAsTheBeanWrappingDoes() throws Exception {
    assertThat(render("${x.parent}", ITEM)).isEqualTo(ITEM.parent().toString());
    assertThat(render("${x?keys?seq_contains('name')?c} ${x?keys?seq_contains('shout')?c} ${x?has_content?c}", ITEM))
        .isEqualTo("true true true");
  }

  @Test
  void givesTheRecordItselfToJavaMethods() throws Exception {
    assertThat(render("${h.nameOf(x)} ${h.nameOf(x.parent)}", ITEM)).isEqualTo("<a> <up>");
  }

  @Test
  void refusesArgumentsToAComponent() {
    assertThatThrownBy(() -> render("${x.name(1)}", ITEM)).isInstanceOf(TemplateException.class)
        .hasMessageContaining("x.name");
  }

  @Test
  void namesWhatARecordDoesNotHave() {
    assertThatThrownBy(() -> render("${x.nothing}", ITEM)).isInstanceOf(TemplateException.class)
        .hasMessageContaining("x.nothing");
  }
}
