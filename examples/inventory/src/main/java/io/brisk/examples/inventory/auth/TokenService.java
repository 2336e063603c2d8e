package io.brisk.examples.inventory.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issues and verifies the API's access tokens: JWTs signed with HMAC-SHA256 (HS256), claims
 * {@code sub}, {@code scope} (space-separated), {@code iat} and {@code exp} (30 minutes later).
 *
 * <p>Verification pins the algorithm (a token signed any other way, or not at all, is refused),
 * checks the signature, and requires {@code sub}, {@code iat} and an {@code exp} in the future (no
 * clock-skew allowance). Immutable and thread-safe.
 */
public final class TokenService {
  /** How long a token is valid. */
  public static final Duration LIFETIME = Duration.ofMinutes(30);

  private static final Logger LOG = LoggerFactory.getLogger(TokenService.class);
  private static final int MIN_KEY_BYTES = 32;

  private final byte[] key;
  private final Clock clock;
  private final DefaultJWTProcessor<SecurityContext> processor;

  private TokenService(byte[] key, Clock clock) {
    this.key = key;
    this.clock = clock;
    this.processor = new DefaultJWTProcessor<>();
    processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.HS256, new ImmutableSecret<>(key)));
    DefaultJWTClaimsVerifier<SecurityContext> claims =
        new DefaultJWTClaimsVerifier<>(null, null, Set.of("sub", "iat", "exp"), null);
    claims.setMaxClockSkew(0);
    processor.setJWTClaimsSetVerifier(claims);
  }

  /**
   * The service for the {@code JWT_SECRET} setting: its UTF-8 bytes are the key; when absent, a
   * random 256-bit key is generated (and tokens do not survive a restart).
   */
  public static TokenService fromSecret(Optional<String> secret) {
    if (secret.isEmpty() || secret.get().isEmpty()) {
      byte[] random = new byte[MIN_KEY_BYTES];
      new SecureRandom().nextBytes(random);
      LOG.warn("JWT_SECRET is not set: signing tokens with a random key generated at start-up"
          + " (tokens become invalid when the app restarts)");
      return new TokenService(random, Clock.systemUTC());
    }
    return withKey(secret.get().getBytes(StandardCharsets.UTF_8), Clock.systemUTC());
  }

  /**
   * A service with this key and clock (tests issue tokens in the past with another clock).
   *
   * <p>A key shorter than 32 bytes is weak and logged as such; it still works, padded with zero
   * bytes, which HMAC does itself (RFC 2104), so tokens signed elsewhere with the same short secret
   * verify. The library refuses short keys outright.
   */
  public static TokenService withKey(byte[] key, Clock clock) {
    byte[] k = key;
    if (k.length < MIN_KEY_BYTES) {
      LOG.warn("JWT_SECRET is shorter than {} bytes: use a longer random secret", MIN_KEY_BYTES);
      k = Arrays.copyOf(k, MIN_KEY_BYTES);
    }
    return new TokenService(k.clone(), clock);
  }

  /** A signed token for a user and scopes, valid for {@link #LIFETIME}. */
  public String issue(String username, List<String> scopes) {
    Instant now = clock.instant();
    JWTClaimsSet claims = new JWTClaimsSet.Builder()
        .subject(username)
        .claim("scope", String.join(" ", scopes))
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plus(LIFETIME)))
        .build();
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims);
    try {
      jwt.sign(new MACSigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot sign a token", e);
    }
    return jwt.serialize();
  }

  /** The claims of a valid token; empty when it is malformed, badly signed, of another algorithm or expired. */
  public Optional<TokenClaims> verify(String token) {
    try {
      JWTClaimsSet claims = processor.process(token, null);
      String scope = claims.getStringClaim("scope");
      List<String> scopes = scope == null || scope.isBlank() ? List.of() : List.of(scope.trim().split("\\s+"));
      return Optional.of(new TokenClaims(claims.getSubject(), scopes));
    } catch (ParseException | BadJOSEException | JOSEException e) {
      LOG.debug("Refused a token: {}", e.getMessage());
      return Optional.empty();
    }
  }
}
