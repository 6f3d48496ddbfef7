package kokai.render;

import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.ObjectWrapper;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.util.List;
import kokai.model.RecordShape;

/**
 * A record as the templates read it: {@code s.title} and {@code s.title()} both give the component,
 * as they do through Freemarker's bean wrapping, and everything else (a method with arguments, a
 * method that is not a component, {@code ${s}} as text, {@code s?keys}) is left to that wrapping. Reading a component here is one lookup
 * in the record's {@link RecordShape} and one call of its reader; through the bean wrapping it was
 * a lookup of the class's model factory, of the name in a map shared with every method of the
 * class, and a checked reflective call, for each of the thousands of reads of a page.
 */
final class RecordModel implements MethodCallAwareTemplateHashModel, TemplateHashModelEx, TemplateScalarModel,
    AdapterTemplateModel, WrapperTemplateModel {
  private final Record record;
  private final ObjectWrapper wrapper;
  private final Fallback fallback;
  private TemplateHashModel asBean;

  /** How a name that is not a component is read: the bean wrapping of the record, made when first needed. */
  interface Fallback {
    TemplateHashModel wrap(Record record) throws TemplateModelException;
  }

  RecordModel(Record record, ObjectWrapper wrapper, Fallback fallback) {
    this.record = record;
    this.wrapper = wrapper;
    this.fallback = fallback;
  }

  @Override
  public TemplateModel get(String name) throws TemplateModelException {
    RecordShape.Component c = RecordShape.of(record.getClass()).component(name);
    return c != null ? wrapper.wrap(c.read(record)) : bean().get(name);
  }

  @Override
  public TemplateModel getBeforeMethodCall(String name) throws TemplateModelException, ShouldNotBeGetAsMethodException {
    RecordShape.Component c = RecordShape.of(record.getClass()).component(name);
    if (c != null) {
      return new Accessor(c);
    }
    TemplateHashModel bean = bean();
    return bean instanceof MethodCallAwareTemplateHashModel m ? m.getBeforeMethodCall(name) : bean.get(name);
  }

  private TemplateHashModel bean() throws TemplateModelException {
    if (asBean == null) {
      asBean = fallback.wrap(record);
    }
    return asBean;
  }

  private TemplateHashModelEx beanEx() throws TemplateModelException {
    if (bean() instanceof TemplateHashModelEx ex) {
      return ex;
    }
    throw new TemplateModelException(record.getClass().getSimpleName() + " cannot list its names");
  }

  @Override
  public int size() throws TemplateModelException {
    return beanEx().size();
  }

  @Override
  public TemplateCollectionModel keys() throws TemplateModelException {
    return beanEx().keys();
  }

  @Override
  public TemplateCollectionModel values() throws TemplateModelException {
    return beanEx().values();
  }

  /** The record as text, as the bean wrapping gives it (its {@code toString()}). */
  @Override
  public String getAsString() throws TemplateModelException {
    if (bean() instanceof TemplateScalarModel text) {
      return text.getAsString();
    }
    return record.toString();
  }

  /** {@code s.title()}: the component, called without arguments. */
  private final class Accessor implements TemplateMethodModelEx {
    private final RecordShape.Component component;

    Accessor(RecordShape.Component component) {
      this.component = component;
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
      if (!arguments.isEmpty()) {
        throw new TemplateModelException(component.name() + "() of " + record.getClass().getSimpleName()
            + " takes no arguments, but was given " + arguments.size());
      }
      // The caller wraps what a method returns: wrapped here, it would be wrapped twice.
      return component.read(record);
    }
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
