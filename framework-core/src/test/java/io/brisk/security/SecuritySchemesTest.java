package io.brisk.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.HttpException;
import io.brisk.Route;
import io.brisk.annotation.Get;
import io.brisk.annotation.Post;
import io.brisk.annotation.Provides;
import io.brisk.testing.TestClient;
import io.brisk.testing.TestResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecuritySchemesTest {
  record User(String name, Set<String> scopes) {}

  /** The app's own token check, as the tutorial shows it: a dependency on the scheme's credential. */
  static final class Users {
    @Provides
    public User current(OAuth2Token token, SecurityScopes required) {
      User user = switch (token.token()) {
        case "alice-token" -> new User("alice", Set.of("items:read", "items:write"));
        case "bob-token" -> new User("bob", Set.of("items:read"));
        default -> throw new io.brisk.security.MissingCredentialsException("Invalid token", "Bearer");
      };
      required.requireGranted(user.scopes());
      return user;
    }
  }

  /** A dependency that requires a scope of every route using it. */
  public record Admin(User user) {
    public Admin(@Scopes("items:write") @io.brisk.annotation.Depends User user) {
      this.user = user;
    }
  }

  public static final class Api {
    @Post("/token")
    public Map<String, String> token(@io.brisk.annotation.Form OAuth2PasswordRequestForm form) {
      if (!form.password().equals("secret")) {
        throw new HttpException(400, "Incorrect username or password");
      }
      return Map.of("access_token", form.username() + "-token", "token_type", "bearer",
          "scope", String.join(" ", form.scopes()));
    }

    @Get("/me")
    public String me(User user) {
      return user.name();
    }

    @Get("/items")
    @Scopes("items:read")
    public String read(User user) {
      return "read by " + user.name();
    }

    @Post("/items")
    @Scopes({"items:read", "items:write"})
    public String write(User user) {
      return "written by " + user.name();
    }

    @Get("/admin")
    public String admin(@io.brisk.annotation.Depends Admin admin) {
      return "admin " + admin.user().name();
    }

    @Get("/maybe")
    public String maybe(Optional<OAuth2Token> token) {
      return token.map(OAuth2Token::token).orElse("anonymous");
    }

    @Get("/basic")
    public String basic(BasicCredentials credentials) {
      return credentials.username() + ":" + credentials.password().length();
    }

    @Get("/bearer")
    public String bearer(BearerToken token) {
      return token.token();
    }

    @Get("/key")
    public String key(ApiKey key) {
      return key.value();
    }
  }

  private static Brisk app() {
    return Brisk.create()
        .security(OAuth2PasswordBearer.tokenUrl("/token").scope("items:read", "Read").scope("items:write", "Write"))
        .security(HttpBasic.realm("inventory"))
        .security(HttpBearer.create().bearerFormat("JWT"))
        .security(ApiKeyScheme.query("api_key"))
        .provider(new Users())
        .include(new Api());
  }

  @Test
  void issuesATokenFromTheOAuth2PasswordForm() {
    try (TestClient client = TestClient.of(app())) {
      TestResponse r = client.post("/token")
          .body("grant_type=password&username=alice&password=secret&scope=items:read+items:write",
              "application/x-www-form-urlencoded")
          .send();
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.json().get("access_token").asText()).isEqualTo("alice-token");
      assertThat(r.json().get("scope").asText()).isEqualTo("items:read items:write");
    }
  }

  @Test
  void rejectsATokenRequestWithoutPasswordAndWithTheWrongContentType() {
    try (TestClient client = TestClient.of(app())) {
      TestResponse missing = client.post("/token").body("username=alice", "application/x-www-form-urlencoded").send();
      assertThat(missing.status()).isEqualTo(422);
      assertThat(missing.json().get("errors").get(0).get("loc").toString()).isEqualTo("[\"form\",\"password\"]");
      TestResponse json = client.post("/token").json(Map.of("username", "alice")).send();
      assertThat(json.status()).isEqualTo(415);
    }
  }

  @Test
  void answers401WithABearerChallengeWithoutAToken() {
    try (TestClient client = TestClient.of(app())) {
      TestResponse r = client.get("/me").send();
      assertThat(r.status()).isEqualTo(401);
      assertThat(r.header("WWW-Authenticate")).contains("Bearer");
      assertThat(r.json().get("detail").asText()).isEqualTo("Not authenticated");
      TestResponse wrongScheme = client.get("/me").header("Authorization", "Basic abc").send();
      assertThat(wrongScheme.status()).isEqualTo(401);
      assertThat(client.get("/me").header("Authorization", "Bearer alice-token").send().text()).isEqualTo("alice");
    }
  }

  @Test
  void answers403WhenTheTokenLacksARequiredScope() {
    try (TestClient client = TestClient.of(app())) {
      assertThat(client.get("/items").header("Authorization", "Bearer bob-token").send().text()).isEqualTo("read by bob");
      TestResponse denied = client.post("/items").header("Authorization", "Bearer bob-token").send();
      assertThat(denied.status()).isEqualTo(403);
      assertThat(denied.header("WWW-Authenticate"))
          .contains("Bearer scope=\"items:read items:write\", error=\"insufficient_scope\"");
      assertThat(client.post("/items").header("Authorization", "Bearer alice-token").send().text())
          .isEqualTo("written by alice");
    }
  }

  @Test
  void addsTheScopesADependencyRequiresToEveryRouteUsingIt() {
    try (TestClient client = TestClient.of(app())) {
      assertThat(client.get("/admin").header("Authorization", "Bearer bob-token").send().status()).isEqualTo(403);
      assertThat(client.get("/admin").header("Authorization", "Bearer alice-token").send().text()).isEqualTo("admin alice");
    }
    Route admin = app().routes().stream().filter(r -> r.path().equals("/admin")).findFirst().orElseThrow();
    assertThat(admin.requiredScopes()).containsExactly("items:write");
  }

  @Test
  void givesEmptyForAnOptionalCredentialThatIsMissing() {
    try (TestClient client = TestClient.of(app())) {
      assertThat(client.get("/maybe").send().text()).isEqualTo("anonymous");
      assertThat(client.get("/maybe").header("Authorization", "Bearer t").send().text()).isEqualTo("t");
    }
  }

  @Test
  void readsHttpBasicCredentialsAndChallengesWithTheRealm() {
    try (TestClient client = TestClient.of(app())) {
      String encoded = Base64.getEncoder().encodeToString("ann:pw:with:colons".getBytes(StandardCharsets.UTF_8));
      assertThat(client.get("/basic").header("Authorization", "Basic " + encoded).send().text()).isEqualTo("ann:14");
      TestResponse r = client.get("/basic").send();
      assertThat(r.status()).isEqualTo(401);
      assertThat(r.header("WWW-Authenticate")).contains("Basic realm=\"inventory\", charset=\"UTF-8\"");
      assertThat(client.get("/basic").header("Authorization", "Basic %%%").send().status()).isEqualTo(401);
    }
  }

  @Test
  void readsBearerTokensAndApiKeys() {
    try (TestClient client = TestClient.of(app())) {
      assertThat(client.get("/bearer").header("Authorization", "bearer abc").send().text()).isEqualTo("abc");
      assertThat(client.get("/key?api_key=k1").send().text()).isEqualTo("k1");
      TestResponse missing = client.get("/key").send();
      assertThat(missing.status()).isEqualTo(401);
      assertThat(missing.json().get("detail").asText()).contains("'api_key'");
    }
  }

  @Test
  void recordsEachRoutesSchemesAndScopesInTheModel() {
    List<Route> routes = app().routes();
    Route write = routes.stream().filter(r -> r.path().equals("/items") && r.httpMethod().name().equals("POST"))
        .findFirst().orElseThrow();
    assertThat(write.requiredScopes()).containsExactly("items:read", "items:write");
    assertThat(write.security()).hasSize(1);
    assertThat(write.security().get(0).scheme().name()).isEqualTo("OAuth2PasswordBearer");
    assertThat(write.security().get(0).scopes()).containsExactly("items:read", "items:write");
    Route basic = routes.stream().filter(r -> r.path().equals("/basic")).findFirst().orElseThrow();
    assertThat(basic.security()).extracting(s -> s.scheme().name()).containsExactly("HTTPBasic");
    Route token = routes.stream().filter(r -> r.path().equals("/token")).findFirst().orElseThrow();
    assertThat(token.security()).isEmpty();
  }
}
