package io.brisk.reliability;

import static io.brisk.reliability.Category.TOKENS;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.brisk.examples.inventory.auth.TokenService;
import io.brisk.server.RawHttp;
import io.brisk.testing.BriskServerExtension;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Tokens for {@code GET /me}, checked by the inventory example's {@code TokenService} (HS256
 * pinned, signature, {@code exp} and {@code nbf} without clock skew): each forged or stale one is
 * a 401 with {@code WWW-Authenticate: Bearer}.
 */
class BearerTokensTest {
  @RegisterExtension
  static final BriskServerExtension server = HostileServer.start();

  final Cases cases = new Cases(server::port);

  private static JWTClaimsSet.Builder claims(Instant issued) {
    return new JWTClaimsSet.Builder().subject("alice").claim("scope", "items:read")
        .issueTime(Date.from(issued)).expirationTime(Date.from(issued.plus(Duration.ofMinutes(30))));
  }

  private static String sign(JWSAlgorithm alg, JWSSigner signer, JWTClaimsSet claims) throws JOSEException {
    SignedJWT jwt = new SignedJWT(new JWSHeader(alg), claims);
    jwt.sign(signer);
    return jwt.serialize();
  }

  private Answer refused(String name, String sent, String token) throws Exception {
    Answer answer = cases.send(TOKENS, name, sent,
        "GET /me HTTP/1.1\r\nHost: localhost\r\n" + (token == null ? "" : "Authorization: Bearer " + token + "\r\n")
            + "\r\n");
    answer.problem(401).kept();
    assertThat(answer.reply.header("WWW-Authenticate")).isEqualTo("Bearer");
    return answer;
  }

  @Test
  void acceptsAValidToken() throws Exception {
    String token = TokenService.withKey(HostileApp.TOKEN_KEY, Clock.systemUTC()).issue("alice", List.of("items:read"));
    try (RawHttp wire = new RawHttp(server.port())) {
      RawHttp.Reply reply = wire.send("GET /me HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token + "\r\n\r\n")
          .read();
      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.body()).isEqualTo("{\"username\":\"alice\",\"scopes\":[\"items:read\"]}");
    }
  }

  @Test
  void algorithmNone() throws Exception {
    refused("`alg: none`", "an unsigned token (`alg: none`)", new PlainJWT(claims(Instant.now()).build()).serialize());
  }

  @Test
  void anotherHmacAlgorithm() throws Exception {
    byte[] key = Arrays.copyOf(HostileApp.TOKEN_KEY, 64);
    refused("Wrong algorithm (HS512)", "a token signed HS512 (HS256 is pinned)",
        sign(JWSAlgorithm.HS512, new MACSigner(key), claims(Instant.now()).build()));
  }

  @Test
  void publicKeyAlgorithm() throws Exception {
    KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
    rsa.initialize(2048);
    refused("Wrong algorithm (RS256)", "a token signed RS256 with some RSA key",
        sign(JWSAlgorithm.RS256, new RSASSASigner(rsa.generateKeyPair().getPrivate()), claims(Instant.now()).build()));
  }

  @Test
  void badSignature() throws Exception {
    byte[] otherKey = "another-key-of-thirty-two-bytes!".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    refused("Bad signature", "HS256, signed with another key",
        sign(JWSAlgorithm.HS256, new MACSigner(otherKey), claims(Instant.now()).build()));
  }

  @Test
  void tamperedClaims() throws Exception {
    String token = TokenService.withKey(HostileApp.TOKEN_KEY, Clock.systemUTC()).issue("alice", List.of());
    String[] parts = token.split("\\.");
    String forged = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
        claims(Instant.now()).claim("scope", "items:read items:write").build().toString()
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    refused("Claims changed after signing", "a valid token whose payload was replaced", parts[0] + "." + forged + "." + parts[2]);
  }

  @Test
  void expired() throws Exception {
    refused("Expired", "HS256, `exp` a minute ago",
        sign(JWSAlgorithm.HS256, new MACSigner(HostileApp.TOKEN_KEY), claims(Instant.now().minus(Duration.ofMinutes(31))).build()));
  }

  @Test
  void notYetValid() throws Exception {
    refused("Not yet valid", "HS256, `nbf` in ten minutes",
        sign(JWSAlgorithm.HS256, new MACSigner(HostileApp.TOKEN_KEY),
            claims(Instant.now()).notBeforeTime(Date.from(Instant.now().plus(Duration.ofMinutes(10)))).build()));
  }

  @Test
  void notAJwt() throws Exception {
    refused("Not a JWT", "`Authorization: Bearer not.a.jwt`", "not.a.jwt");
  }

  @Test
  void noToken() throws Exception {
    refused("No token", "no `Authorization` header", null);
  }
}
