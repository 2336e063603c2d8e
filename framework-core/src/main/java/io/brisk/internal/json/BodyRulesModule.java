package io.brisk.internal.json;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.CollectionType;
import java.util.Set;

/**
 * Brisk's reading rules for JSON bodies, the same as for query values: a required record
 * component must be present and not {@code null} ({@link RequiredComponents}), and a {@code Set}
 * must not receive repeated items.
 */
public final class BodyRulesModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The module. */
  public BodyRulesModule() {
    super("brisk-body-rules");
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.addValueInstantiators(new RecordInstantiators());
    context.addBeanDeserializerModifier(new BeanDeserializerModifier() {
      @Override
      public JsonDeserializer<?> modifyCollectionDeserializer(
          DeserializationConfig config, CollectionType type, BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
        return Set.class.isAssignableFrom(type.getRawClass()) ? new UniqueSetDeserializer(deserializer) : deserializer;
      }
    });
  }
}
