package kokai.render;

import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import kokai.model.RecordShape;

/**
 * A record as the templates read it: {@code s.title} and {@code s.title()} both give the component,
 * as they do through Freemarker's bean wrapping, and everything else (a method with arguments, a
 * method that is not a component, {@code s?keys}) is left to that wrapping; {@code ${s}} is its
 * {@code toString()}, as there. Reading a component here is one lookup in the record's
 * {@link RecordShape} and one call of its reader; through the bean wrapping it was a lookup of the
 * class's model factory, of the name in a map shared with every method of the class, and a checked
 * reflective call, for each of the thousands of reads of a page.
 */
final class RecordModel implements MethodCallAwareTemplateHashModel, TemplateHashModelEx, TemplateScalarModel,
    AdapterTemplateModel, WrapperTemplateModel {
  private final Record record;
  private final RecordShape shape;
  private final ModelWrapper wrapper;
  /** The bean wrapping of the record, for what is not a component; made when first needed. */
  private TemplateHashModelEx asBean;

  /** {@code shape}: the record class's, as the wrapper keeps it. */
  RecordModel(Record record, RecordShape shape, ModelWrapper wrapper) {
    this.record = record;
    this.shape = shape;
    this.wrapper = wrapper;
  }

  @Override
  public TemplateModel get(String name) throws TemplateModelException {
    RecordShape.Component c = shape.component(name);
    return c != null ? wrapper.wrap(c.read(record)) : bean().get(name);
  }

  @Override
  public TemplateModel getBeforeMethodCall(String name) throws TemplateModelException, ShouldNotBeGetAsMethodException {
    RecordShape.Component c = shape.component(name);
    if (c != null) {
      // Freemarker asks for the method only for a call without arguments; it wraps what the call returns.
      return (TemplateMethodModelEx) arguments -> c.read(record);
    }
    TemplateHashModelEx bean = bean();
    return bean instanceof MethodCallAwareTemplateHashModel m ? m.getBeforeMethodCall(name) : bean.get(name);
  }

  private TemplateHashModelEx bean() throws TemplateModelException {
    if (asBean == null) {
      asBean = wrapper.wrapAsBean(record);
    }
    return asBean;
  }

  @Override
  public int size() throws TemplateModelException {
    return bean().size();
  }

  @Override
  public TemplateCollectionModel keys() throws TemplateModelException {
    return bean().keys();
  }

  @Override
  public TemplateCollectionModel values() throws TemplateModelException {
    return bean().values();
  }

  /** The record as text: its {@code toString()}, as the bean wrapping gives it. */
  @Override
  public String getAsString() {
    return record.toString();
  }

  @Override
  public boolean isEmpty() {
    return false;
  }

  @Override
  public Object getAdaptedObject(Class<?> hint) {
    return record;
  }

  @Override
  public Object getWrappedObject() {
    return record;
  }
}
