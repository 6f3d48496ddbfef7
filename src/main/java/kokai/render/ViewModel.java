package kokai.render;

import freemarker.template.ObjectWrapper;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.util.HashMap;
import java.util.Map;
import kokai.model.RecordShape;

/**
 * What a template's top-level names ({@code page}, {@code fmt}, {@code link}, {@code t}, …) read:
 * the components of one page's {@link View}, each wrapped the first time the page names it and then
 * kept. Wrapped as a plain record, every {@code ${fmt.yen(x)}} would read {@code fmt} through
 * reflection and wrap it anew, with an empty cache of its methods, hundreds of times a page.
 * Used by one thread, for one page.
 */
final class ViewModel implements TemplateHashModel {
  private static final RecordShape SHAPE = RecordShape.of(View.class);

  private final View view;
  private final ObjectWrapper wrapper;
  private final Map<String, TemplateModel> wrapped = new HashMap<>();

  ViewModel(View view, ObjectWrapper wrapper) {
    this.view = view;
    this.wrapper = wrapper;
  }

  /** The component's value, wrapped; null (as for a record) for a name View does not have. */
  @Override
  public TemplateModel get(String name) throws TemplateModelException {
    TemplateModel m = wrapped.get(name);
    if (m == null) {
      RecordShape.Component c = SHAPE.component(name);
      if (c == null) {
        return null;
      }
      m = wrapper.wrap(c.read(view));
      if (m != null) {
        wrapped.put(name, m);
      }
    }
    return m;
  }

  @Override
  public boolean isEmpty() {
    return false;
  }
}
