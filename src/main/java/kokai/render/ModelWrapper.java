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
    if (obj instanceof Record r && plainRecord(r)) {
      return new RecordModel(r, this);
    }
    return super.wrap(obj);
  }

  /** A record Freemarker's own wrapping would read as a bean: one that is not also a container or a model. */
  private static boolean plainRecord(Record r) {
    return !(r instanceof TemplateModel || r instanceof Iterable || r instanceof java.util.Map
        || r instanceof java.util.Iterator || r instanceof java.util.Enumeration || r instanceof org.w3c.dom.Node);
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
