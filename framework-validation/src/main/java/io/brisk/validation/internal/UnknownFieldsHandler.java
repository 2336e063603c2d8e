package io.brisk.validation.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.brisk.validation.UnknownFieldPolicy;
import io.brisk.validation.UnknownFields;
import java.io.IOException;
import java.util.Optional;

/**
 * Applies the unknown-field policy while Jackson reads a body: the type's {@link UnknownFields},
 * else the app's, else Jackson's {@code FAIL_ON_UNKNOWN_PROPERTIES} (off in Brisk's mapper).
 * Forbidding throws Jackson's own exception, which Brisk reports as {@code extra_forbidden} at the
 * field. A type annotated {@code @JsonIgnoreProperties(ignoreUnknown = true)} never gets here:
 * Jackson skips its unknown fields first.
 */
public final class UnknownFieldsHandler extends DeserializationProblemHandler {
  private final UnknownFieldPolicy appPolicy;
  private final ClassValue<Optional<UnknownFieldPolicy>> policies = new ClassValue<>() {
    @Override
    protected Optional<UnknownFieldPolicy> computeValue(Class<?> type) {
      UnknownFields own = type.getAnnotation(UnknownFields.class);
      return Optional.ofNullable(own != null ? own.value() : appPolicy);
    }
  };

  /** A handler with the app's policy, or {@code null} to leave unannotated types to Jackson. */
  public UnknownFieldsHandler(UnknownFieldPolicy appPolicy) {
    this.appPolicy = appPolicy;
  }

  @Override
  public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
      Object beanOrClass, String propertyName) throws IOException {
    Class<?> type = beanOrClass instanceof Class<?> c ? c : beanOrClass.getClass();
    UnknownFieldPolicy policy = policies.get(type).orElse(null);
    if (policy == null) {
      return false; // Jackson's FAIL_ON_UNKNOWN_PROPERTIES decides
    }
    if (policy == UnknownFieldPolicy.FORBID) {
      throw UnrecognizedPropertyException.from(p, beanOrClass, propertyName,
          deserializer == null ? null : deserializer.getKnownPropertyNames());
    }
    p.skipChildren();
    return true;
  }
}
