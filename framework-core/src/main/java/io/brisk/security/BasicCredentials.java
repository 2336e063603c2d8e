package io.brisk.security;

/**
 * The user name and password sent with HTTP Basic ({@link HttpBasic}).
 *
 * @param username the user name
 * @param password the password (compare it in constant time, e.g. with {@code MessageDigest.isEqual})
 */
public record BasicCredentials(String username, String password) {
  @Override
  public String toString() {
    return "BasicCredentials[username=" + username + ", password=***]";
  }
}
