package io.brisk.internal.json;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.deser.ValueInstantiators;
import com.fasterxml.jackson.databind.deser.impl.PropertyValueBuffer;
import com.fasterxml.jackson.databind.introspect.AnnotatedParameter;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Makes records built from JSON enforce {@link RequiredComponents}: every absent or {@code null}
 * required component of an object is reported at once, as one {@link BodyRuleException}, instead
 * of the record being built with {@code null} (or Jackson stopping at the first absent primitive).
 *
 * <p>Applies to records read through their canonical constructor; the check is decided once per
 * record type, when Jackson builds its deserializer.
 */
final class RecordInstantiators extends ValueInstantiators.Base {
  @Override
  public ValueInstantiator findValueInstantiator(
      DeserializationConfig config, BeanDescription beanDesc, ValueInstantiator defaultInstantiator) {
    Class<?> type = beanDesc.getBeanClass();
    if (!type.isRecord() || !defaultInstantiator.canCreateFromObjectWith()) {
      return defaultInstantiator;
    }
    boolean[] required = required(type, defaultInstantiator.getFromObjectArguments(config));
    return required == null ? defaultInstantiator : new Checking(defaultInstantiator, required);
  }

  /** Required flags by creator index, or {@code null} when the creator is not the canonical constructor. */
  private static boolean[] required(Class<?> record, SettableBeanProperty[] args) {
    RecordComponent[] components = record.getRecordComponents();
    if (args == null || args.length != components.length) {
      return null;
    }
    Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
    boolean[] required = new boolean[components.length];
    boolean any = false;
    for (SettableBeanProperty arg : args) {
      if (!(arg.getMember() instanceof AnnotatedParameter param)
          || !(param.getOwner().getAnnotated() instanceof Constructor<?> c)
          || !Arrays.equals(c.getParameterTypes(), types)) {
        return null;
      }
      int i = arg.getCreatorIndex();
      required[i] = RequiredComponents.isRequired(components[i]);
      any |= required[i];
    }
    return any ? required : null;
  }

  /** The default instantiator, checking the buffered components before building the record. */
  private static final class Checking extends ValueInstantiator.Delegating {
    private static final long serialVersionUID = 1L;

    private final boolean[] required;

    Checking(ValueInstantiator delegate, boolean[] required) {
      super(delegate);
      this.required = required;
    }

    @Override
    public ValueInstantiator createContextual(DeserializationContext ctxt, BeanDescription beanDesc)
        throws JsonMappingException {
      ValueInstantiator d = delegate().createContextual(ctxt, beanDesc);
      return d == delegate() ? this : new Checking(d, required);
    }

    @Override
    public Object createFromObjectWith(DeserializationContext ctxt, SettableBeanProperty[] props, PropertyValueBuffer buffer)
        throws IOException {
      List<BodyRuleException.Problem> problems = null;
      for (SettableBeanProperty prop : props) {
        int i = prop.getCreatorIndex();
        if (i < 0 || i >= required.length || !required[i]) {
          continue;
        }
        BodyRuleException.Rule broken = null;
        if (!buffer.hasParameter(prop)) {
          broken = BodyRuleException.Rule.MISSING;
        } else if (!prop.getType().isPrimitive() && buffer.getParameter(prop) == null) {
          broken = BodyRuleException.Rule.NULL;
        }
        if (broken != null) {
          if (problems == null) {
            problems = new ArrayList<>(2);
          }
          problems.add(new BodyRuleException.Problem(broken, prop.getName(), prop.getType().getRawClass(), null));
        }
      }
      if (problems != null) {
        throw new BodyRuleException(ctxt.getParser(), problems);
      }
      return delegate().createFromObjectWith(ctxt, props, buffer);
    }
  }
}
