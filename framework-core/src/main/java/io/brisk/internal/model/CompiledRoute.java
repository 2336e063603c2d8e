package io.brisk.internal.model;

import io.brisk.ExceptionHandler;
import io.brisk.Middleware;
import io.brisk.Route;
import io.brisk.internal.binding.ArgumentBinder;
import io.brisk.spi.ArgumentsValidator;
import java.lang.invoke.MethodHandle;
import java.util.List;
import java.util.Map;

/**
 * A {@link Route} with everything a request needs, prepared at start-up: one binder per
 * parameter, the invoker, the validator (or {@code null}) and the exception handlers of its groups.
 *
 * @param route the public description
 * @param binders one per handler parameter
 * @param invoker {@code (Object[]) -> Object}, calling the handler on its instance
 * @param validator checks the arguments, or {@code null} when nothing is constrained
 * @param groupHandlers exception handlers of the enclosing groups, innermost first
 * @param acceptsJsonBody whether the route reads a JSON body (and so checks the content type)
 * @param explicitStatus whether the status comes from {@code @Status} (so a {@code null} result
 *     keeps it instead of becoming 204)
 * @param pathVariables the template's variable names, in order
 * @param sideEffects dependencies resolved before the arguments, for their effect only
 * @param middleware group and route middleware around the handler, outermost first
 */
public record CompiledRoute(
    Route route,
    ArgumentBinder[] binders,
    MethodHandle invoker,
    ArgumentsValidator validator,
    List<Map<Class<? extends Throwable>, ExceptionHandler<?>>> groupHandlers,
    boolean acceptsJsonBody,
    boolean explicitStatus,
    List<String> pathVariables,
    ArgumentBinder[] sideEffects,
    Middleware[] middleware) {

  /** Puts the session into the arguments bound for a WebSocket handler. */
  public static void fillWebSocketSession(Object[] args, Object session) {
    for (int i = 0; i < args.length; i++) {
      if (args[i] == ParameterFactory.WEB_SOCKET_SLOT) {
        args[i] = session;
      }
    }
  }

  /** This route with a validator attached. */
  public CompiledRoute withValidator(ArgumentsValidator newValidator) {
    return new CompiledRoute(route, binders, invoker, newValidator, groupHandlers, acceptsJsonBody, explicitStatus,
        pathVariables, sideEffects, middleware);
  }
}
