package io.brisk.validation.internal;

import jakarta.validation.metadata.MethodDescriptor;
import jakarta.validation.metadata.ParameterDescriptor;
import java.util.ArrayList;
import java.util.List;

/**
 * The fast path of one route's input validation: proves the arguments valid without entering
 * Hibernate Validator when every constraint involved is one {@link FastChecks} knows. Valid
 * requests (the common case) skip the validator's per-call set-up; an invalid or unprovable one
 * goes through the validator exactly as before, which alone produces errors.
 */
final class FastPath {
  private record ArgumentCheck(int index, FastChecks.Check check) {}

  private final ArgumentCheck[] checks;

  private FastPath(List<ArgumentCheck> checks) {
    this.checks = checks.toArray(ArgumentCheck[]::new);
  }

  /**
   * Plans the fast path of a route, or returns {@code null} when some constraint of it is unknown.
   *
   * @param described the handler's method constraints, {@code null} when it has none
   * @param parameters whether the method's parameters are validated
   * @param cascading the indexes of the parameters that say {@code @Valid}
   * @param beans the inputs validated as beans without {@code @Valid}
   */
  static FastPath plan(FastChecks checks, MethodDescriptor described, boolean parameters,
      java.util.Set<Integer> cascading, List<RouteValidator.Input> beans) {
    List<ArgumentCheck> out = new ArrayList<>();
    if (parameters) {
      if (described == null || described.getCrossParameterDescriptor().hasConstraints()) {
        return null;
      }
      for (ParameterDescriptor p : described.getParameterDescriptors()) {
        if (cascading.contains(p.getIndex()) && !p.isCascaded() && p.getConstrainedContainerElementTypes().isEmpty()) {
          // The metadata does not show a cascade the parameter declares (Map<K, @Valid V>): only
          // the validator itself knows what to check.
          return null;
        }
        FastChecks.Check c = checks.element(p);
        if (c == null) {
          return null;
        }
        if (c != FastChecks.NONE) {
          out.add(new ArgumentCheck(p.getIndex(), c));
        }
      }
    }
    for (RouteValidator.Input input : beans) {
      FastChecks.Check bean = checks.anyBean();
      FastChecks.Check c = switch (input.bean()) {
        case BEAN -> bean;
        case ELEMENTS -> value -> {
          if (value instanceof Iterable<?> items) {
            for (Object item : items) {
              if (!bean.valid(item)) {
                return false;
              }
            }
            return true;
          }
          return value instanceof java.util.Map<?, ?> map && map.values().stream().allMatch(bean::valid);
        };
      };
      out.add(new ArgumentCheck(input.index(), c));
    }
    return new FastPath(out);
  }

  /** True when every argument is bound and proven valid; false means "ask the validator". */
  boolean provesValid(Object[] args, boolean[] bound) {
    for (ArgumentCheck c : checks) {
      if (!bound[c.index()] || !c.check().valid(args[c.index()])) {
        return false;
      }
    }
    return true;
  }
}
