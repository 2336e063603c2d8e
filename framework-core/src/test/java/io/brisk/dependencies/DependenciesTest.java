package io.brisk.dependencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.brisk.Brisk;
import io.brisk.HttpException;
import io.brisk.ParamSource;
import io.brisk.RequestResource;
import io.brisk.Route;
import io.brisk.RouteGroup;
import io.brisk.Scope;
import io.brisk.annotation.Depends;
import io.brisk.annotation.DependsOn;
import io.brisk.annotation.Get;
import io.brisk.annotation.Header;
import io.brisk.annotation.Path;
import io.brisk.annotation.Provides;
import io.brisk.annotation.Query;
import io.brisk.testing.TestClient;
import io.brisk.testing.TestResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DependenciesTest {

  /** A request-scoped session that records when and how it is closed. */
  static final class Session implements RequestResource {
    final int id;
    final List<String> events;
    final CountDownLatch closed;

    Session(int id, List<String> events, CountDownLatch closed) {
      this.id = id;
      this.events = events;
      this.closed = closed;
    }

    @Override
    public void close(Optional<Throwable> failure) {
      events.add("session " + id + " closed " + failure.map(t -> "after " + t.getMessage()).orElse("ok"));
      closed.countDown();
    }
  }

  /** A request-scoped value built on the session. */
  record Repo(Session session) implements AutoCloseable {
    @Override
    public void close() {
      session.events.add("repo closed");
    }
  }

  record Settings(String name) {}

  record Counter(int value) {}

  static final class Providers {
    final AtomicInteger sessions = new AtomicInteger();
    final AtomicInteger settingsMade = new AtomicInteger();
    final AtomicInteger counters = new AtomicInteger();
    final List<String> events = new CopyOnWriteArrayList<>();
    volatile CountDownLatch closed = new CountDownLatch(1);

    @Provides
    public Session session() {
      return new Session(sessions.incrementAndGet(), events, closed);
    }

    @Provides
    public Repo repo(Session session) {
      return new Repo(session);
    }

    @Provides(scope = Scope.APPLICATION)
    public Settings settings() {
      settingsMade.incrementAndGet();
      return new Settings("app");
    }

    @Provides(scope = Scope.TRANSIENT)
    public Counter counter() {
      return new Counter(counters.incrementAndGet());
    }
  }

  /** A class-based dependency: its constructor's parameters are bound like a handler's. */
  public record Paging(@Query(defaultValue = "1") int page, @Query(defaultValue = "10") int size) {}

  /** Checks an API key; used only for its effect. */
  public static final class ApiKeyCheck {
    public ApiKeyCheck(@Header("x-api-key") Optional<String> key) {
      if (key.isEmpty() || !key.get().equals("secret")) {
        throw new HttpException(401, "A valid X-API-Key header is required", Map.of("WWW-Authenticate", "ApiKey"));
      }
    }
  }

  public static final class Api {
    @Get("/same")
    public String same(Session session, Repo repo) {
      return session.id + "=" + repo.session().id;
    }

    @Get("/settings")
    public String settings(Settings settings) {
      return settings.name();
    }

    @Get("/counters")
    public String counters(Counter a, Counter b) {
      return a.value() + "," + b.value();
    }

    @Get("/fail")
    public String fail(Repo repo) {
      throw new IllegalStateException("boom");
    }

    @Get("/paging")
    public String paging(@Depends Paging paging) {
      return paging.page() + "/" + paging.size();
    }

    @Get("/stream")
    public java.io.InputStream stream(Session session) {
      return new java.io.ByteArrayInputStream(("streamed with session " + session.id).getBytes());
    }

    @Get("/guarded")
    @DependsOn(ApiKeyCheck.class)
    public String guarded() {
      return "in";
    }
  }

  private static Brisk app(Providers providers) {
    return Brisk.create().provider(providers).include(new Api());
  }

  @Test
  void sharesARequestScopedValueBetweenConsumersOfOneRequest() {
    Providers p = new Providers();
    try (TestClient client = TestClient.of(app(p))) {
      assertThat(client.get("/same").send().text()).isEqualTo("1=1");
      assertThat(client.get("/same").send().text()).isEqualTo("2=2");
    }
  }

  @Test
  void makesAnApplicationScopedValueOnceAndClosesNothingPerRequest() {
    Providers p = new Providers();
    try (TestClient client = TestClient.of(app(p))) {
      client.get("/settings").send();
      client.get("/settings").send();
      assertThat(p.settingsMade).hasValue(1);
    }
  }

  @Test
  void makesATransientValueForEveryConsumer() {
    Providers p = new Providers();
    try (TestClient client = TestClient.of(app(p))) {
      assertThat(client.get("/counters").send().text()).isEqualTo("1,2");
    }
  }

  @Test
  void closesRequestValuesAfterTheResponseNewestFirst() throws InterruptedException {
    Providers p = new Providers();
    try (TestClient client = TestClient.of(app(p))) {
      TestResponse r = client.get("/same").send();
      assertThat(r.status()).isEqualTo(200);
      assertThat(p.closed.await(10, TimeUnit.SECONDS)).isTrue();
      assertThat(p.events).containsExactly("repo closed", "session 1 closed ok");
    }
  }

  @Test
  void closesRequestValuesOnlyOnceAStreamedBodyIsSent() throws InterruptedException {
    Providers p = new Providers();
    try (TestClient client = TestClient.of(app(p))) {
      assertThat(client.get("/stream").send().text()).isEqualTo("streamed with session 1");
      assertThat(p.closed.await(10, TimeUnit.SECONDS)).isTrue();
      assertThat(p.events).containsExactly("session 1 closed ok");
    }
  }

  @Test
  void letsACleanupSeeTheHandlersFailure() throws InterruptedException {
    Providers p = new Providers();
    try (TestClient client = TestClient.of(app(p))) {
      assertThat(client.get("/fail").send().status()).isEqualTo(500);
      assertThat(p.closed.await(10, TimeUnit.SECONDS)).isTrue();
      assertThat(p.events).containsExactly("repo closed", "session 1 closed after boom");
    }
  }

  @Test
  void bindsAClassBasedDependencyFromTheQuery() {
    try (TestClient client = TestClient.of(app(new Providers()))) {
      assertThat(client.get("/paging?page=3").send().text()).isEqualTo("3/10");
      TestResponse bad = client.get("/paging?page=x&size=y").send();
      assertThat(bad.status()).isEqualTo(422);
      assertThat(bad.json().get("errors").findValuesAsText("type")).containsExactly("int_parsing", "int_parsing");
      assertThat(bad.json().get("errors").get(0).get("loc").toString()).isEqualTo("[\"query\",\"page\"]");
    }
  }

  @Test
  void answersADependencysHttpExceptionLikeTheHandlers() {
    try (TestClient client = TestClient.of(app(new Providers()))) {
      TestResponse denied = client.get("/guarded").send();
      assertThat(denied.status()).isEqualTo(401);
      assertThat(denied.header("www-authenticate")).contains("ApiKey");
      assertThat(client.get("/guarded").header("X-API-Key", "secret").send().text()).isEqualTo("in");
    }
  }

  @Test
  void appliesGroupAndAppDependenciesToEveryRouteBelowThem() {
    Brisk grouped = Brisk.create().provider(new Providers())
        .include(RouteGroup.prefix("/v1").dependencies(ApiKeyCheck.class).include(new Api()));
    try (TestClient client = TestClient.of(grouped)) {
      assertThat(client.get("/v1/same").send().status()).isEqualTo(401);
      assertThat(client.get("/v1/same").header("X-API-Key", "secret").send().status()).isEqualTo(200);
    }
    Brisk global = app(new Providers()).dependencies(ApiKeyCheck.class);
    try (TestClient client = TestClient.of(global)) {
      assertThat(client.get("/settings").send().status()).isEqualTo(401);
    }
  }

  @Test
  void usesAnOverrideForTheNextRequestUntilCleared() {
    Brisk app = app(new Providers());
    try (TestClient client = TestClient.of(app)) {
      app.overrideDependency(Settings.class, () -> new Settings("fake"));
      assertThat(client.get("/settings").send().text()).isEqualTo("fake");
      app.clearDependencyOverrides();
      assertThat(client.get("/settings").send().text()).isEqualTo("app");
    }
  }

  @Test
  void resolvesApplicationDependenciesOutsideARequestOnly() {
    Providers p = new Providers();
    Brisk app = app(p);
    assertThat(app.dependency(Settings.class).name()).isEqualTo("app");
    assertThat(p.settingsMade).hasValue(1);
    assertThatThrownBy(() -> app.dependency(Session.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("request-scoped");
  }

  @Test
  void putsADependencysInputsInTheRouteModel() {
    Route paging = app(new Providers()).routes().stream()
        .filter(r -> r.path().equals("/paging")).findFirst().orElseThrow();
    assertThat(paging.parameters()).hasSize(1);
    assertThat(paging.parameters().get(0).source()).isEqualTo(ParamSource.DEPENDENCY);
    assertThat(paging.parameters().get(0).members()).extracting(m -> m.source() + " " + m.name())
        .containsExactly("QUERY page", "QUERY size");
    Route guarded = app(new Providers()).routes().stream()
        .filter(r -> r.path().equals("/guarded")).findFirst().orElseThrow();
    assertThat(guarded.dependencies()).extracting(d -> d.name()).containsExactly("ApiKeyCheck");
    assertThat(guarded.dependencies().get(0).members()).extracting(m -> m.name()).containsExactly("x-api-key");
  }

  // ---- start-up checks

  public static final class A {
    public A(@Depends B b) {}
  }

  public static final class B {
    public B(@Depends C c) {}
  }

  public static final class C {
    public C(@Depends A a) {}
  }

  public static final class CycleApi {
    @Get("/cycle")
    public String cycle(@Depends A a) {
      return "never";
    }
  }

  @Test
  void failsStartUpOnADependencyCycleNamingTheChain() {
    assertThatThrownBy(() -> Brisk.create().include(new CycleApi()).routes())
        .hasMessageContaining("dependency cycle A -> B -> C -> A");
  }

  static final class BadScope {
    @Provides(scope = Scope.APPLICATION)
    public Settings settings(@Query String name) {
      return new Settings(name);
    }
  }

  public static final class SettingsApi {
    @Get("/settings")
    public String settings(Settings settings) {
      return settings.name();
    }
  }

  @Test
  void failsStartUpWhenAnApplicationValueReadsRequestInput() {
    Brisk app = Brisk.create().provider(new BadScope()).include(new SettingsApi());
    assertThatThrownBy(app::routes)
        .hasMessageContaining("application-scoped Settings cannot depend on per-request input 'name' (query)");
  }

  public record ItemRef(@Path("itemId") long itemId) {}

  public static final class ItemApi {
    @Get("/items/{itemId}")
    public String item(@Depends ItemRef ref) {
      return "item " + ref.itemId();
    }
  }

  public static final class WrongPathApi {
    @Get("/other/{id}")
    public String other(@Depends ItemRef ref, long id) {
      return "never";
    }
  }

  @Test
  void readsPathVariablesInDependencies() {
    try (TestClient client = TestClient.of(Brisk.create().include(new ItemApi()))) {
      assertThat(client.get("/items/7").send().text()).isEqualTo("item 7");
    }
  }

  @Test
  void failsStartUpWhenADependencyReadsAPathVariableTheRouteLacks() {
    assertThatThrownBy(() -> Brisk.create().include(new WrongPathApi()).routes())
        .hasMessageContaining("WrongPathApi.other: its dependency ItemRef reads path variable 'itemId',"
            + " but /other/{id} has only [id]");
  }
}
