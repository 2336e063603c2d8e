package io.brisk.examples.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.brisk.testing.TestClient;
import io.brisk.testing.TestResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** POST /token and GET /users/me: the OAuth2 password flow, JWTs and their checks. */
class AuthTest {
  private static final Fixture fixture = Fixture.h2();
  private static final TestClient client = fixture.client();

  @AfterAll
  static void close() {
    fixture.close();
  }

  private static TestResponse login(String form) {
    return client.post("/token").body(form, "application/x-www-form-urlencoded").send();
  }

  private static TestResponse me(String token) {
    return client.get("/users/me").header("Authorization", "Bearer " + token).send();
  }

  private static byte[] key() {
    return Fixture.SECRET.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void issuesAliceASignedBearerTokenWithAllHerScopes() throws Exception {
    Instant before = Instant.now().minusSeconds(1);

    TestResponse r = login("grant_type=password&username=alice&password=wonderland");

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("token_type").asText()).isEqualTo("bearer");
    assertThat(r.json().size()).isEqualTo(2);
    SignedJWT jwt = SignedJWT.parse(r.json().get("access_token").asText());
    assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
    JWTClaimsSet claims = jwt.getJWTClaimsSet();
    assertThat(claims.getSubject()).isEqualTo("alice");
    assertThat(claims.getStringClaim("scope")).isEqualTo("items:read items:write");
    assertThat(claims.getIssueTime().toInstant()).isAfterOrEqualTo(before.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
        .isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void issuesBobOnlyTheReadScopeWithoutAGrantType() throws Exception {
    TestResponse r = login("username=bob&password=builder");

    assertThat(r.status()).isEqualTo(200);
    String token = r.json().get("access_token").asText();
    assertThat(SignedJWT.parse(token).getJWTClaimsSet().getStringClaim("scope")).isEqualTo("items:read");
    assertThat(me(token).text()).isEqualTo("{\"username\":\"bob\",\"scopes\":[\"items:read\"]}");
  }

  @Test
  void narrowsTheTokenToTheRequestedScopesTheUserHas() {
    TestResponse alice = login("username=alice&password=wonderland&scope=items%3Aread");
    TestResponse bob = login("username=bob&password=builder&scope=items%3Aread+items%3Awrite");

    assertThat(me(alice.json().get("access_token").asText()).text())
        .isEqualTo("{\"username\":\"alice\",\"scopes\":[\"items:read\"]}");
    assertThat(me(bob.json().get("access_token").asText()).text())
        .isEqualTo("{\"username\":\"bob\",\"scopes\":[\"items:read\"]}");
  }

  @Test
  void aNarrowedTokenCannotWrite() {
    String token = login("username=alice&password=wonderland&scope=items%3Aread").json().get("access_token").asText();

    TestResponse r = client.post("/items").header("Authorization", "Bearer " + token)
        .body("{\"name\":\"x\",\"price\":1,\"category\":\"food\"}", "application/json").send();

    assertThat(r.status()).isEqualTo(403);
  }

  @Test
  void refusesAWrongPasswordWithABearerChallenge() {
    TestResponse r = login("username=alice&password=queen");

    assertThat(r.status()).isEqualTo(401);
    assertThat(r.header("WWW-Authenticate")).contains("Bearer");
    assertThat(r.text()).isEqualTo("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
        + "\"detail\":\"Incorrect username or password\",\"instance\":\"/token\"}");
  }

  @Test
  void refusesAnUnknownUserLikeAWrongPassword() {
    TestResponse r = login("username=mallory&password=wonderland");

    assertThat(r.status()).isEqualTo(401);
    assertThat(r.header("WWW-Authenticate")).contains("Bearer");
    assertThat(r.json().get("detail").asText()).isEqualTo("Incorrect username or password");
  }

  @Test
  void reportsAMissingFieldAt422WithoutEchoingThePassword() {
    TestResponse noPassword = login("username=alice");
    TestResponse nothing = login("");

    assertThat(noPassword.status()).isEqualTo(422);
    assertThat(noPassword.json().get("errors").toString())
        .isEqualTo("[{\"loc\":[\"form\",\"password\"],\"msg\":\"Field required\",\"type\":\"missing\"}]");
    assertThat(nothing.json().get("errors")).hasSize(2);
    assertThat(nothing.json().at("/errors/0/loc").toString()).isEqualTo("[\"form\",\"username\"]");
  }

  @Test
  void refusesAGrantTypeOtherThanPassword() {
    TestResponse r = login("grant_type=client_credentials&username=alice&password=wonderland");

    assertThat(r.status()).isEqualTo(422);
    assertThat(r.json().at("/errors/0/loc").toString()).isEqualTo("[\"form\",\"grant_type\"]");
  }

  @Test
  void storesPasswordsHashedNotInPlainText() throws Exception {
    try (Connection c = java.sql.DriverManager.getConnection(fixture.settings().databaseUrl());
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT username, password_hash FROM users ORDER BY username")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("alice");
      assertThat(rs.getString(2)).startsWith("pbkdf2-sha512$210000$").doesNotContain("wonderland");
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(2)).startsWith("pbkdf2-sha512$210000$").doesNotContain("builder");
    }
  }

  @Test
  void tellsWhoTheTokenNamesAndItsScopes() {
    TestResponse r = me(Fixture.alice());

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.text()).isEqualTo("{\"username\":\"alice\",\"scopes\":[\"items:read\",\"items:write\"]}");
  }

  @Test
  void acceptsATokenSignedElsewhereWithTheSameSecret() throws Exception {
    Instant now = Instant.now();
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), new JWTClaimsSet.Builder().subject("carol")
        .claim("scope", "items:read").issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(60))).build());
    jwt.sign(new MACSigner(key()));

    assertThat(me(jwt.serialize()).text()).isEqualTo("{\"username\":\"carol\",\"scopes\":[\"items:read\"]}");
  }

  @Test
  void refusesARequestWithoutAToken() {
    TestResponse r = client.get("/users/me").send();

    assertThat(r.status()).isEqualTo(401);
    assertThat(r.header("WWW-Authenticate")).contains("Bearer");
  }

  @Test
  void refusesAMalformedToken() {
    assertUnauthorized(me("not.a.jwt"));
    assertUnauthorized(client.get("/users/me").header("Authorization", "Basic YWxpY2U6d29uZGVybGFuZA==").send());
  }

  @Test
  void refusesAnExpiredToken() {
    Clock anHourAgo = Clock.fixed(Instant.now().minus(Duration.ofMinutes(31)), ZoneOffset.UTC);

    assertUnauthorized(me(Fixture.tokens(anHourAgo).issue("alice", List.of("items:read"))));
  }

  @Test
  void refusesATokenWithABadSignature() throws Exception {
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims("alice"));
    jwt.sign(new MACSigner("another-secret-that-is-at-least-32-bytes!!".getBytes(StandardCharsets.UTF_8)));
    String forged = Fixture.alice();
    String[] parts = forged.split("\\.");
    String tampered = parts[0] + "." + parts[1] + "." + jwt.serialize().split("\\.")[2];

    assertUnauthorized(me(jwt.serialize()));
    assertUnauthorized(me(tampered));
  }

  @Test
  void refusesATokenOfAnotherAlgorithmEvenWithTheRightKey() throws Exception {
    byte[] longKey = (Fixture.SECRET + Fixture.SECRET).getBytes(StandardCharsets.UTF_8);
    SignedJWT hs512 = new SignedJWT(new JWSHeader(JWSAlgorithm.HS512), claims("alice"));
    hs512.sign(new MACSigner(longKey));
    SignedJWT hs384 = new SignedJWT(new JWSHeader(JWSAlgorithm.HS384), claims("alice"));
    hs384.sign(new MACSigner(longKey));

    assertUnauthorized(me(hs512.serialize()));
    assertUnauthorized(me(hs384.serialize()));
  }

  @Test
  void refusesAnUnsignedToken() {
    String none = new PlainJWT(claims("alice")).serialize();

    assertUnauthorized(me(none));
  }

  @Test
  void refusesATokenWithoutAnExpiry() throws Exception {
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256),
        new JWTClaimsSet.Builder().subject("alice").claim("scope", "items:read").issueTime(new Date()).build());
    jwt.sign(new MACSigner(key()));

    assertUnauthorized(me(jwt.serialize()));
  }

  private static JWTClaimsSet claims(String subject) {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder().subject(subject).claim("scope", "items:read items:write")
        .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(600))).build();
  }

  private static void assertUnauthorized(TestResponse r) {
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.header("WWW-Authenticate")).contains("Bearer");
    assertThat(r.header("Content-Type")).contains("application/problem+json");
  }
}
