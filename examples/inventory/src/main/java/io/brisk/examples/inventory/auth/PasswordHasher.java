package io.brisk.examples.inventory.auth;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashes with the JDK's PBKDF2 (HMAC-SHA512, 210,000 iterations, a random 16-byte salt),
 * stored as {@code pbkdf2-sha512$iterations$salt$hash} (Base64), and checked in constant time.
 *
 * <p>Stateless and thread-safe.
 */
public final class PasswordHasher {
  private static final String PREFIX = "pbkdf2-sha512";
  private static final int ITERATIONS = 210_000;
  private static final int KEY_BITS = 512;
  private static final SecureRandom RANDOM = new SecureRandom();
  /** Checked when the user is unknown, so that the answer takes as long as for a wrong password. */
  private static final String DUMMY =
      "pbkdf2-sha512$210000$GlPP4+5E3O4IWQFMm3tUKw$PYmpnbhDMbaNANNroyjTI14mzxdjqYKF/ghPInevNEYcHQ42xs3nzkfJIQ3vagP1Sof+pXmRgWciOcsByZkyCg";

  private PasswordHasher() {}

  /** A new salted hash of a password. */
  public static String hash(String password) {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    byte[] key = derive(password, salt, ITERATIONS);
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    return PREFIX + "$" + ITERATIONS + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(key);
  }

  /** Whether a password matches a stored hash; the comparison takes the same time whatever differs. */
  public static boolean matches(String password, String stored) {
    String[] parts = stored.split("\\$");
    if (parts.length != 4 || !parts[0].equals(PREFIX)) {
      return false;
    }
    Base64.Decoder b64 = Base64.getDecoder();
    byte[] expected = b64.decode(parts[3]);
    byte[] actual = derive(password, b64.decode(parts[2]), Integer.parseInt(parts[1]));
    return MessageDigest.isEqual(expected, actual);
  }

  /** Spends the time of a password check for a user that does not exist; always false. */
  public static boolean matchesNothing(String password) {
    matches(password, DUMMY);
    return false;
  }

  private static byte[] derive(String password, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, KEY_BITS);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA512 is not available", e);
    } finally {
      spec.clearPassword();
    }
  }

  /** Prints the hash of each argument (to seed users): {@code java ... PasswordHasher secret}. */
  public static void main(String[] args) {
    for (String a : args) {
      System.out.println(hash(a));
    }
  }
}
