package io.brisk;

/**
 * Work to do after the response has been sent: declare a parameter of this type in a handler or
 * a dependency and add tasks to it.
 *
 * <pre>{@code
 * @Post("/orders")
 * public Order create(OrderIn in, BackgroundTasks tasks) {
 *   Order order = orders.save(in);
 *   tasks.add(() -> mailer.sendConfirmation(order));
 *   return order;
 * }
 * }</pre>
 *
 * <p>Tasks run one after another, in the order added, on a virtual thread, once the response is
 * sent and the request's dependencies are closed (use application-scoped resources in them).
 * A failing task is logged with the request id and the next one still runs. Stopping the app waits
 * for running tasks up to the shutdown timeout. Tasks are not added if the handler fails.
 */
public interface BackgroundTasks {
  /** Adds a task. */
  BackgroundTasks add(Runnable task);
}
