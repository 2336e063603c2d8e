package io.brisk.internal.binding;

import io.brisk.ValidationError;
import io.brisk.internal.http.Exchange;
import java.lang.invoke.MethodHandle;
import java.util.List;

/**
 * Binds a record whose components are query (or header) values: each component has its own
 * binder, and the record is built through its canonical constructor when all of them succeed.
 */
public final class GroupBinder implements ArgumentBinder {
  private final ArgumentBinder[] members;
  private final MethodHandle constructor;
  private final List<Object> loc;

  /**
   * A binder calling {@code constructor} (spread over an {@code Object[]}) with the members' values;
   * {@code loc} is where a constructor's own rejection is reported.
   */
  public GroupBinder(List<ArgumentBinder> members, MethodHandle constructor, List<Object> loc) {
    this.members = members.toArray(ArgumentBinder[]::new);
    this.constructor = constructor;
    this.loc = List.copyOf(loc);
  }

  @Override
  public Object bind(Exchange exchange, List<ValidationError> errors) {
    Object[] values = new Object[members.length];
    boolean failed = false;
    for (int i = 0; i < members.length; i++) {
      values[i] = members[i].bind(exchange, errors);
      failed |= values[i] == FAILED;
    }
    if (failed) {
      return FAILED;
    }
    try {
      return constructor.invoke(values);
    } catch (IllegalArgumentException e) {
      // A compact constructor that rejects its values: report it against the group.
      errors.add(ValidationError.of(loc, "Value error, " + e.getMessage(), "value_error", null));
      return FAILED;
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }
}
