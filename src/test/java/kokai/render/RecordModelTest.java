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

  /** A record that is also a model of Freemarker's, which the wrapping must give as it is. */
  public record Label(String text) implements freemarker.template.TemplateScalarModel {
    @Override
    public String getAsString() {
      return "label " + text;
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

  /** The template renders to {@code expected} with the record as {@code x}. */
  private static void assertRenders(String template, String expected) throws Exception {
    assertThat(render(template, ITEM)).as(template).isEqualTo(expected);
  }

  /** The template fails, and the message names the expression. */
  private static void assertFailsAt(String template, String expression) {
    assertThatThrownBy(() -> render(template, ITEM)).as(template).isInstanceOf(TemplateException.class)
        .hasMessageContaining(expression);
  }

  @Test
  void readsComponentsAsPropertiesAndAsMethods() throws Exception {
    assertRenders("${x.name} ${x.name()} ${x.count + 1} ${x.count() * 2} ${x.open?c} ${x.open()?c}", "a a 4 6 true true");
    assertRenders("<#list x.tags as t>${t}</#list>|<#list x.tags() as t>${t}</#list>|${x.tags?size}", "pq|pq|2");
    assertRenders("${x.parent.name} ${x.parent().parent???c} ${(x.parent.parent.name)!'none'}", "up false none");
  }

  @Test
  void leavesOtherMethodsToTheBeanWrapping() throws Exception {
    assertRenders("${x.shout()} ${x.times(3)}", "A aaa");
  }

  @Test
  void readsAsTextAndListsItsNamesAsTheBeanWrappingDoes() throws Exception {
    assertRenders("${x.parent}", ITEM.parent().toString());
    assertRenders("${x?keys?seq_contains('name')?c} ${x?keys?seq_contains('shout')?c} ${x?has_content?c}",
        "true true true");
  }

  @Test
  void givesTheRecordItselfToJavaMethods() throws Exception {
    assertRenders("${h.nameOf(x)} ${h.nameOf(x.parent)}", "<a> <up>");
  }

  @Test
  void refusesArgumentsToAComponent() {
    assertFailsAt("${x.name(1)}", "x.name");
  }

  @Test
  void namesWhatARecordDoesNotHave() {
    assertFailsAt("${x.nothing}", "x.nothing");
  }

  /** The wrapper tells a record that is also a model by its class, once, and gives it as it is. */
  @Test
  void givesARecordThatIsAlsoAModelAsItIsAndReadsTheNextPlainOne() throws Exception {
    for (int i = 0; i < 2; i++) {
      assertThat(render("${x}", new Label("a"))).isEqualTo("label a");
      assertRenders("${x.name} ${x.parent.name}", "a up");
    }
  }
}
