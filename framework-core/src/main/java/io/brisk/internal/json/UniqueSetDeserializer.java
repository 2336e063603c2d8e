package io.brisk.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.deser.std.CollectionDeserializer;
import com.fasterxml.jackson.databind.deser.std.ContainerDeserializerBase;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringCollectionDeserializer;
import java.io.IOException;
import java.util.AbstractCollection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;

/**
 * Reads a JSON array into a {@code Set} and rejects repeated items ({@code set_not_unique})
 * instead of silently dropping them, as query and header sets do.
 *
 * <p>Wraps Jackson's own collection deserializer (its {@code String} variant too): the set it would build receives the items
 * through a view that notices an item the set already holds.
 */
final class UniqueSetDeserializer extends DelegatingDeserializer {
  private static final long serialVersionUID = 1L;

  UniqueSetDeserializer(JsonDeserializer<?> delegate) {
    super(delegate);
  }

  @Override
  protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
    return new UniqueSetDeserializer(newDelegatee);
  }

  @Override
  @SuppressWarnings("unchecked")
  public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    // Both fill a collection handed to them; other set readers (EnumSet, ...) keep their own rules.
    if (!(_delegatee instanceof CollectionDeserializer || _delegatee instanceof StringCollectionDeserializer)
        || !p.isExpectedStartArrayToken()) {
      return _delegatee.deserialize(p, ctxt);
    }
    ValueInstantiator instantiator = ((ContainerDeserializerBase<?>) _delegatee).getValueInstantiator();
    if (instantiator == null || !instantiator.canCreateUsingDefault()) {
      return _delegatee.deserialize(p, ctxt);
    }
    Collection<Object> set = (Collection<Object>) instantiator.createUsingDefault(ctxt);
    Watch watch = new Watch(set);
    ((JsonDeserializer<Object>) _delegatee).deserialize(p, ctxt, watch);
    if (watch.repeated) {
      throw new BodyRuleException(p, List.of(
          new BodyRuleException.Problem(BodyRuleException.Rule.SET_NOT_UNIQUE, null, null, watch.items)));
    }
    return set;
  }

  /** Adds to the set, remembering every item in order and whether one was already there. */
  private static final class Watch extends AbstractCollection<Object> {
    private final Collection<Object> set;
    private final List<Object> items = new ArrayList<>();
    private boolean repeated;

    Watch(Collection<Object> set) {
      this.set = set;
    }

    @Override
    public boolean add(Object item) {
      items.add(item);
      repeated |= !set.add(item);
      return true;
    }

    @Override
    public Iterator<Object> iterator() {
      return set.iterator();
    }

    @Override
    public int size() {
      return set.size();
    }
  }
}
