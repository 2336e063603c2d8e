package io.brisk.openapi.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.annotation.Annotation;

/**
 * swagger-core's type resolution with the app's Jackson mapper (so property names are the ones
 * the server writes) and two corrections: {@code @NotBlank}/{@code @NotEmpty} give a minimum
 * length (or item count) of 1, and the bounds that only restate the defaults ({@code minLength: 0}
 * from {@code @Size(max)}, {@code maxLength: 2147483647} from {@code @Size(min)}) are left out.
 */
final class BriskModelResolver extends ModelResolver {
  BriskModelResolver(ObjectMapper mapper, SchemaNames names, boolean openapi31) {
    super(mapper, names);
    openapi31(openapi31);
  }

  /** Applies the Jakarta constraints among the annotations to a schema. */
  void constrain(Schema<?> schema, Annotation[] annotations) {
    applyBeanValidatorAnnotations(schema, annotations, null, false);
  }

  @Override
  @SuppressWarnings({"rawtypes", "unchecked"})
  protected boolean applyBeanValidatorAnnotations(Schema property, Annotation[] annotations, Schema parent,
      boolean applyNotNullAnnotations) {
    boolean modified = super.applyBeanValidatorAnnotations(property, annotations, parent, applyNotNullAnnotations);
    if (property == null) {
      return modified;
    }
    boolean nonEmpty = false;
    if (annotations != null) {
      for (Annotation a : annotations) {
        String n = a.annotationType().getName();
        if (n.equals("jakarta.validation.constraints.NotBlank") || n.equals("jakarta.validation.constraints.NotEmpty")) {
          nonEmpty = true;
        }
      }
    }
    if (SchemaKit.isArray(property)) {
      if (nonEmpty && (property.getMinItems() == null || property.getMinItems() < 1)) {
        property.setMinItems(1);
        modified = true;
      }
      if (property.getMinItems() != null && property.getMinItems() == 0) {
        property.setMinItems(null);
      }
      if (property.getMaxItems() != null && property.getMaxItems() == Integer.MAX_VALUE) {
        property.setMaxItems(null);
      }
    } else if (SchemaKit.isString(property)) {
      if (nonEmpty && (property.getMinLength() == null || property.getMinLength() < 1)) {
        property.setMinLength(1);
        modified = true;
      }
      if (property.getMinLength() != null && property.getMinLength() == 0) {
        property.setMinLength(null);
      }
      if (property.getMaxLength() != null && property.getMaxLength() == Integer.MAX_VALUE) {
        property.setMaxLength(null);
      }
    }
    return modified;
  }
}
