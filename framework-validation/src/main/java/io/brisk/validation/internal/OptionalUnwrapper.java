package io.brisk.validation.internal;

import jakarta.validation.valueextraction.ExtractedValue;
import jakarta.validation.valueextraction.UnwrapByDefault;
import jakarta.validation.valueextraction.ValueExtractor;
import java.util.Optional;

/**
 * Lets a constraint on an {@code Optional} apply to its value, as on a plain value:
 * {@code @Size(max = 50) Optional<String> q} checks {@code q} when present, the way FastAPI's
 * {@code q: str | None = Query(None, max_length=50)} does. Replaces Hibernate Validator's own
 * {@code Optional} extractor, which needs {@code Optional<@Size(max = 50) String>} (still valid).
 */
@UnwrapByDefault
final class OptionalUnwrapper implements ValueExtractor<Optional<@ExtractedValue ?>> {
  @Override
  public void extractValues(Optional<?> originalValue, ValueReceiver receiver) {
    receiver.value(null, originalValue.orElse(null));
  }
}
