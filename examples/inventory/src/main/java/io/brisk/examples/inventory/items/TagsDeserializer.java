package io.brisk.examples.inventory.items;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Reads {@code tags} the way the contract wants it: absent means none, {@code null} is refused
 * like any value that is not a list ({@code list_type}), and everything else is read by the
 * mapper's own set reader (so a repeated tag is Brisk's {@code set_not_unique}), keeping order.
 *
 * <p>Needed because a record component that may be absent may, in Brisk's rules, also be null.
 * Stateless once contextualized; thread-safe.
 */
public final class TagsDeserializer extends StdDeserializer<Set<String>> implements ContextualDeserializer {
  private static final long serialVersionUID = 1L;
  private static final JavaType TYPE =
      TypeFactory.defaultInstance().constructCollectionType(LinkedHashSet.class, String.class);

  private final transient JsonDeserializer<Object> delegate;

  /** The uncontextualized reader Jackson instantiates. */
  public TagsDeserializer() {
    this(null);
  }

  private TagsDeserializer(JsonDeserializer<Object> delegate) {
    super(Set.class);
    this.delegate = delegate;
  }

  @Override
  public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
      throws com.fasterxml.jackson.databind.JsonMappingException {
    return new TagsDeserializer(ctxt.findContextualValueDeserializer(TYPE, property));
  }

  @Override
  @SuppressWarnings("unchecked")
  public Set<String> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    return (Set<String>) delegate.deserialize(p, ctxt);
  }

  @Override
  public Set<String> getNullValue(DeserializationContext ctxt)
      throws com.fasterxml.jackson.databind.JsonMappingException {
    throw InvalidNullException.from(ctxt, PropertyName.construct("tags"), TYPE);
  }

  @Override
  public Object getAbsentValue(DeserializationContext ctxt) {
    return new LinkedHashSet<String>();
  }
}
