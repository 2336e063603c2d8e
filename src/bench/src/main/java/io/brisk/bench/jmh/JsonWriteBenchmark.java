package io.brisk.bench.jmh;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.brisk.Brisk;
import io.brisk.HttpMethod;
import io.brisk.annotation.Get;
import io.brisk.internal.http.Exchange;
import io.brisk.internal.http.ResponseWriter;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpVersion;
import java.util.ArrayList;
import java.util.List;
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
 * Rendering a handler's result as a JSON response through an app's own {@link ResponseWriter} (the
 * app's mapper, an {@code ObjectWriter} per type, written into a pooled buffer), for a typical
 * record and a list of 100; {@code jackson*} write the same to a {@code byte[]} with the same
 * mapper, as the floor.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {Jvm.NATIVE, Jvm.UNSAFE, Jvm.XMS, Jvm.XMX, Jvm.LOGGING})
public class JsonWriteBenchmark {
  /** The app whose writer and mapper are measured. */
  public static final class ProductsApi {
    /** One product. */
    @Get("/products/one")
    public Product one() {
      return Product.sample(1);
    }
  }

  private ObjectMapper mapper;
  private ResponseWriter writer;
  private Exchange exchange;
  private ByteBufAllocator alloc;
  private Product product;
  private List<Product> products;

  /** Builds the app, its writer and the values to write. */
  @Setup
  public void setUp() {
    Brisk app = Brisk.create().include(new ProductsApi());
    mapper = app.objectMapper();
    writer = Internals.responseWriter(app);
    exchange = Internals.exchange(new DefaultFullHttpRequest(HttpVersion.HTTP_1_1,
        io.netty.handler.codec.http.HttpMethod.GET, "/products", Unpooled.EMPTY_BUFFER), HttpMethod.GET, "/products",
        new String[0], List.of());
    alloc = PooledByteBufAllocator.DEFAULT;
    product = Product.sample(1);
    products = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      products.add(Product.sample(i + 1));
    }
    products = List.copyOf(products);
  }

  /** Renders one record as a response. */
  @Benchmark
  public int record() {
    return render(product);
  }

  /** Renders a list of 100 records as a response. */
  @Benchmark
  public int list100() {
    return render(products);
  }

  /** The same record through {@code ObjectMapper.writeValueAsBytes}. */
  @Benchmark
  public byte[] jacksonRecord() throws Exception {
    return mapper.writeValueAsBytes(product);
  }

  /** The same list through {@code ObjectMapper.writeValueAsBytes}. */
  @Benchmark
  public byte[] jacksonList100() throws Exception {
    return mapper.writeValueAsBytes(products);
  }

  private int render(Object value) {
    FullHttpResponse r = (FullHttpResponse) writer.render(value, 200, false, "", exchange, alloc);
    int n = r.content().readableBytes();
    r.release();
    return n;
  }
}
