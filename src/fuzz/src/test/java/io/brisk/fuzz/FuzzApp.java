package io.brisk.fuzz;

import io.brisk.Brisk;
import io.brisk.StaticFiles;
import io.brisk.UploadedFile;
import io.brisk.annotation.Body;
import io.brisk.annotation.Cookie;
import io.brisk.annotation.Delete;
import io.brisk.annotation.Form;
import io.brisk.annotation.Get;
import io.brisk.annotation.Header;
import io.brisk.annotation.NonBlocking;
import io.brisk.annotation.Patch;
import io.brisk.annotation.Path;
import io.brisk.annotation.Post;
import io.brisk.annotation.Put;
import io.brisk.annotation.Query;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The app that the request-parsing harness attacks: parameters of every source and many types,
 * a JSON body record, form and multipart routes, static files. No handler throws on purpose, so
 * any 500 is a framework fault.
 */
final class FuzzApp {
  private FuzzApp() {}

  public enum Color { RED, GREEN, BLUE }

  public record Address(String street, int number, Optional<String> city) {}

  public record Order(String item, int quantity, BigDecimal price, List<String> tags, Color color,
      Address shipTo, Optional<LocalDate> deliverBy, Map<String, Integer> extras, Set<Long> ids) {}

  public static final class Api {
    @Get("/items/{id}")
    public String item(@Path long id, @Query Optional<String> q, @Query List<Integer> page,
        @Header Optional<UUID> xTrace, @Cookie Optional<String> session) {
      return id + " " + q.orElse("-") + " " + page + " " + xTrace.map(UUID::toString).orElse("-") + " "
          + session.orElse("-");
    }

    @Get("/scalars")
    public String scalars(@Query(defaultValue = "1") int i, Optional<Long> l, @Query(defaultValue = "0.5") double d,
        Optional<Boolean> b, Optional<Color> c, Optional<UUID> u, Optional<LocalDate> date, Optional<Instant> at,
        Optional<OffsetDateTime> offset, Optional<Duration> wait, Optional<BigDecimal> dec, Optional<Character> ch,
        Optional<Short> s, Optional<Byte> by, Set<Color> colors) {
      return i + " " + l + " " + d + " " + b + " " + c + " " + u + " " + date + " " + at + " " + offset + " " + wait
          + " " + dec + " " + ch + " " + s + " " + by + " " + colors;
    }

    @NonBlocking
    @Get("/files/{name}/{version}")
    public String file(@Path String name, @Path int version, @Header(defaultValue = "en") String acceptLanguage) {
      return name + "@" + version + " " + acceptLanguage;
    }

    @Post("/orders")
    public Order create(Order order) {
      return order;
    }

    @Put("/orders/{id}")
    public Order replace(@Path UUID id, @Body Order order, @Header Optional<Integer> ifMatch) {
      return order;
    }

    @Patch("/orders/{id}")
    public Map<String, Object> patch(@Path UUID id, @Body Map<String, Object> changes) {
      return changes;
    }

    @Delete("/orders/{id}")
    public void delete(@Path UUID id, @Cookie String session) {
      // nothing to delete: the harness only checks the answer
    }

    @Post("/form")
    public String form(@Form String name, @Form(defaultValue = "0") int age, @Form List<String> tag,
        @Form Optional<Color> color) {
      return name + " " + age + " " + tag + " " + color;
    }

    @Post("/upload")
    public String upload(UploadedFile file, @Form Optional<String> title) {
      return file.filename() + " " + file.size() + " " + title.orElse("-");
    }

    @Post("/uploads")
    public List<String> uploads(List<UploadedFile> files) {
      return files.stream().map(f -> f.filename() + ":" + f.size()).toList();
    }

    @Post("/echo")
    public String echo(@Body String text) {
      return text;
    }
  }

  /** A new app; each harness builds its own once. */
  static Brisk create() {
    Brisk app = Brisk.create()
        .include(new Api())
        .include(StaticFiles.classpath("fuzz-static").at("/static"));
    app.options().gzip(256, 1).maxBodySize(64 * 1024).maxUploadSize(64 * 1024).maxParts(8);
    return app;
  }
}
