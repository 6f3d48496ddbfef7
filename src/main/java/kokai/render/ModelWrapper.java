package kokai.render;

import freemarker.template.Configuration;
import freemarker.template.DefaultListAdapter;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperConfiguration;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.util.List;
import java.util.stream.Stream;
import kokai.model.RecordShape;

/**
 * The object wrapper of the templates: Freemarker's default one, which wraps a string or a list as
 * it does, but without first testing a list against {@code Collection}. On Java 17 a class keeps
 * one remembered answer for tests against interfaces it implements; testing the model's lists
 * (all {@code List.copyOf}) against {@code Collection} and then {@code List} replaced that answer
 * twice per list, and with pages rendered on several cores every replacement was a write the
 * other cores had to fetch again. A record is read through {@link RecordModel}.
 */
final class ModelWrapper extends DefaultObjectWrapper {
  ModelWrapper(DefaultObjectWrapperConfiguration settings) {
    super(settings, true);
  }

  @Override
  public TemplateModel wrap(Object obj) throws TemplateModelException {
    if (obj instanceof String s) {
      return new SimpleScalar(s);
    }
    if (obj instanceof List<?> list && getUseAdaptersForContainers() && !(obj instanceof TemplateModel)) {
      return DefaultListAdapter.adapt(list, this);
    }
    if (obj instanceof Record r) {
      RecordShape shape = READ_AS_RECORD.get(r.getClass());
      if (shape != null) {
        return new RecordModel(r, shape, this);
      }
    }
    return super.wrap(obj);
  }

  /**
   * The shape of a record class read through {@link RecordModel}, null for one left to Freemarker's own
   * wrapping. Asked once per class: a page wraps records thousands of times, and each wrap tested the
   * record against six interfaces and each read of it looked its shape up again.
   */
  private static final ClassValue<RecordShape> READ_AS_RECORD = new ClassValue<>() {
    @Override
    protected RecordShape computeValue(Class<?> type) {
      return plainRecord(type) ? RecordShape.of(type) : null;
    }
  };

  /** A record class Freemarker's own wrapping would read as a bean: one that is not also a container or a model. */
  private static boolean plainRecord(Class<?> type) {
    return Stream.of(TemplateModel.class, Iterable.class, java.util.Map.class, java.util.Iterator.class,
        java.util.Enumeration.class, org.w3c.dom.Node.class).noneMatch(c -> c.isAssignableFrom(type));
  }

  /** The record as Freemarker's own wrapping reads it (a bean model), for what {@link RecordModel} leaves to it. */
  TemplateHashModelEx wrapAsBean(Record r) throws TemplateModelException {
    return (TemplateHashModelEx) super.wrap(r);
  }

  /** The settings {@link TemplateEngine} uses: a record's component reads as {@code x.name} as well as {@code x.name()}. */
  static ModelWrapper create() {
    var settings = new DefaultObjectWrapperConfiguration(Configuration.VERSION_2_3_34) {};
    // Record components read as page.sheet as well as page.sheet(): templates stay short.
    settings.setRecordZeroArgumentNonVoidMethodPolicy(
        freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
    return new ModelWrapper(settings);
  }
}
