package io.brisk.bench.jmh;

import io.brisk.Brisk;
import io.brisk.ExecutionMode;
import io.brisk.HttpMethod;
import io.brisk.bench.BenchApp;
import io.brisk.bench.Item;
import io.brisk.internal.http.Exchange;
import io.brisk.internal.model.CompiledRoute;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Argument binding as a request does it ({@code Dispatcher.bind}: the route's compiled binders over
 * a fresh {@link Exchange}), on the bench app's routes, without validation.
 *
 * <ul>
 *   <li>{@code pathAndQuery}: {@code GET /items/42?q=hello} to {@code (int id, Optional<String> q)}.
 *   <li>{@code jsonBody}: {@code POST /items} with the harness's body to an {@link Item} record.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {Jvm.NATIVE, Jvm.UNSAFE, Jvm.XMS, Jvm.XMX, Jvm.LOGGING})
public class BindingBenchmark {
  static final String POST_BODY = "{\"name\":\"widget\",\"price\":9.99,\"tags\":[\"tools\",\"garden\"]}";

  private static final String[] NO_VALUES = new String[0];

  private CompiledRoute getItem;
  private CompiledRoute postItem;
  private FullHttpRequest getRequest;
  private FullHttpRequest postRequest;

  /** Builds the app and the requests, and checks that binding gives the expected values. */
  @Setup
  public void setUp() throws Throwable {
    Brisk app = BenchApp.app(ExecutionMode.EVENT_LOOP);
    getItem = Internals.route(app, HttpMethod.GET, "/items/{id}").withValidator(null);
    postItem = Internals.route(app, HttpMethod.POST, "/items").withValidator(null);
    getRequest = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, io.netty.handler.codec.http.HttpMethod.GET,
        "/items/42?q=hello", Unpooled.EMPTY_BUFFER);
    postRequest = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, io.netty.handler.codec.http.HttpMethod.POST,
        "/items", Unpooled.wrappedBuffer(POST_BODY.getBytes(StandardCharsets.UTF_8)));
    postRequest.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/json");
    Object[] get = pathAndQuery();
    if (!get[0].equals(42) || !get[1].equals(Optional.of("hello"))) {
      throw new IllegalStateException("unexpected GET binding");
    }
    Object[] post = jsonBody();
    if (!(post[0] instanceof Item item) || !item.name().equals("widget")) {
      throw new IllegalStateException("unexpected POST binding");
    }
  }

  /** Binds {@code GET /items/42?q=hello}. */
  @Benchmark
  public Object[] pathAndQuery() throws Throwable {
    Exchange e = Internals.exchange(getRequest, HttpMethod.GET, "/items/42", new String[] {"42"},
        getItem.pathVariables());
    return (Object[]) Internals.BIND.invokeExact(getItem, e);
  }

  /** Binds the JSON body of {@code POST /items}. */
  @Benchmark
  public Object[] jsonBody() throws Throwable {
    Exchange e = Internals.exchange(postRequest, HttpMethod.POST, "/items", NO_VALUES, List.of());
    return (Object[]) Internals.BIND.invokeExact(postItem, e);
  }
}
