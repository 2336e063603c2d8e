package io.brisk.examples.inventory.auth;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The API's users, read inside the request's transaction.
 *
 * <p>Request-scoped (see {@code DataProviders}): used by one request's thread only.
 */
public final class UserRepository {
  /**
   * A stored user.
   *
   * @param username the name
   * @param passwordHash the {@link PasswordHasher} hash of the password
   * @param scopes the scopes the user may have
   */
  public record StoredUser(String username, String passwordHash, List<String> scopes) {}

  private final Handle handle;

  /** A repository working in this handle's transaction. */
  public UserRepository(Handle handle) {
    this.handle = handle;
  }

  /** The user with this name. */
  public Optional<StoredUser> find(String username) {
    return handle.createQuery("SELECT username, password_hash, scopes FROM users WHERE username = :username")
        .bind("username", username)
        .map((rs, ctx) -> new StoredUser(rs.getString("username"), rs.getString("password_hash"),
            List.of(rs.getString("scopes").trim().split("\\s+"))))
        .findOne();
  }

  /** The user with this name and password; empty when either is wrong (taking the same time). */
  public Optional<StoredUser> authenticate(String username, String password) {
    Optional<StoredUser> user = find(username);
    if (user.isEmpty()) {
      PasswordHasher.matchesNothing(password);
      return Optional.empty();
    }
    return user.filter(u -> PasswordHasher.matches(password, u.passwordHash()));
  }
}
