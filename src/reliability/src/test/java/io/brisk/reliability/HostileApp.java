package io.brisk.reliability;

import io.brisk.Brisk;
import io.brisk.Request;
import io.brisk.StaticFiles;
import io.brisk.UploadedFile;
import io.brisk.annotation.Form;
import io.brisk.annotation.Get;
import io.brisk.annotation.Header;
import io.brisk.annotation.Post;
import io.brisk.annotation.Query;
import io.brisk.examples.inventory.auth.Authenticator;
import io.brisk.examples.inventory.auth.CurrentUser;
import io.brisk.examples.inventory.auth.TokenService;
import io.brisk.middleware.Cors;
import io.brisk.middleware.TrustedHosts;
import io.brisk.security.OAuth2PasswordBearer;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The app every hostile input is sent to: one route of each kind a client can abuse (JSON body
 * with constraints, path, query and header values, multipart, static files, bearer tokens), behind
 * CORS and trusted-hosts middleware, with small limits so that each one is easy to reach.
 */
final class HostileApp {
  /** The HS256 key of the bearer tokens (32 bytes). */
  static final byte[] TOKEN_KEY = "reliability-suite-signing-key-32".getBytes(StandardCharsets.UTF_8);
  static final int MAX_BODY = 16 * 1024;
  static final int MAX_URI = 1024;
  static final int MAX_HEADER_SIZE = 2048;
  static final int MAX_HEADER_COUNT = 20;
  static final int MAX_PARTS = 5;
  static final int MAX_PART_SIZE = 4 * 1024;
  static final String ALLOWED_ORIGIN = "https://app.example.com";
  static final String SECRET = "TOP SECRET, outside the static root";

  /** How many times the route that smuggled requests aim at has run. */
  static final AtomicInteger SMUGGLED_RUNS = new AtomicInteger();

  private HostileApp() {}

  /** An item to create: constraints that a hostile body may break. */
  public record ItemIn(@NotBlank @Size(max = 100) String name, @Min(0) int quantity, BigDecimal price,
      List<@Size(max = 20) String> tags) {}

  /** The routes. */
  public static final class Api {
    @Get("/ok")
    public String ok() {
      return "ok";
    }

    @Post("/items")
    public Map<String, Object> create(ItemIn item) {
      return Map.of("name", item.name(), "quantity", item.quantity());
    }

    @Get("/items/{id}")
    public String item(String id) {
      return id;
    }

    @Get("/search")
    public String search(@Query String q) {
      return q;
    }

    @Get("/greet")
    public String greet(@Header("X-Name") String name) {
      return "hello " + name;
    }

    @Post("/echo")
    public String echo(Request request) {
      return request.body().length + " bytes";
    }

    @Post("/upload")
    public Map<String, Object> upload(UploadedFile file, @Form String title) {
      return Map.of("title", title, "size", file.size());
    }

    @Get("/me")
    public CurrentUser me(CurrentUser user) {
      return user;
    }

    @Get("/smuggled")
    public String smuggled() {
      SMUGGLED_RUNS.incrementAndGet();
      return "smuggled";
    }
  }

  /** The app, serving static files from {@code root/public}; {@code root} also holds a secret. */
  static Brisk create(Path root) {
    Brisk app = Brisk.create();
    app.options()
        .maxBodySize(MAX_BODY)
        .maxUriLength(MAX_URI)
        .maxHeaderSize(MAX_HEADER_SIZE)
        .maxHeaderCount(MAX_HEADER_COUNT)
        .maxParts(MAX_PARTS)
        .maxPartSize(MAX_PART_SIZE)
        .maxUploadSize(MAX_BODY)
        .uploadDirectory(root)
        .accessLog(false);
    return app
        .use(TrustedHosts.of("localhost", "127.0.0.1"),
            Cors.allowOrigins(ALLOWED_ORIGIN).allowHeaders("Authorization", "Content-Type"))
        .security(OAuth2PasswordBearer.tokenUrl("/token").scope("items:read", "Read items"))
        .provider(new Authenticator(TokenService.withKey(TOKEN_KEY, Clock.systemUTC())))
        .include(new Api())
        .include(StaticFiles.directory(root.resolve("public")).at("/static"));
  }

  /**
   * A static root: {@code public/hello.txt}; {@code secret.txt} beside {@code public}; and, inside
   * {@code public}, a symbolic link to the secret and one to the folder above.
   */
  static Path staticRoot() {
    try {
      Path root = Files.createTempDirectory("brisk-hostile");
      Path pub = Files.createDirectories(root.resolve("public"));
      Files.writeString(pub.resolve("hello.txt"), "hello");
      Files.writeString(root.resolve("secret.txt"), SECRET);
      Files.createSymbolicLink(pub.resolve("link.txt"), root.resolve("secret.txt"));
      Files.createSymbolicLink(pub.resolve("up"), root);
      return root;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes a folder made by {@link #staticRoot} (links, not what they point to). */
  static void delete(Path root) {
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
