package io.brisk.examples.inventory.auth;

import io.brisk.annotation.Form;
import io.brisk.validation.Sensitive;
import jakarta.validation.constraints.Pattern;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The OAuth2 password flow's token request ({@code application/x-www-form-urlencoded}), strict
 * about {@code grant_type}: when sent, it must be {@code password} (like FastAPI's
 * {@code OAuth2PasswordRequestFormStrict}; Brisk's {@code OAuth2PasswordRequestForm} accepts any).
 *
 * @param grantType {@code grant_type}: {@code password}, or absent
 * @param username {@code username}
 * @param password {@code password} (never echoed in errors)
 * @param scope {@code scope}: the scopes wanted, space-separated; absent means all of the user's
 * @param clientId {@code client_id}, ignored
 * @param clientSecret {@code client_secret}, ignored
 */
public record TokenForm(
    @Form("grant_type") @Pattern(regexp = "password") Optional<String> grantType,
    @Form("username") String username,
    @Form("password") @Sensitive String password,
    @Form("scope") Optional<String> scope,
    @Form("client_id") Optional<String> clientId,
    @Form("client_secret") @Sensitive Optional<String> clientSecret) {

  /** The scopes asked for; empty when none was named (then the token gets all of the user's). */
  public List<String> requestedScopes() {
    return Arrays.stream(scope.orElse("").trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
  }

  @Override
  public String toString() {
    return "TokenForm[username=" + username + ", password=***, scope=" + scope.orElse("") + "]";
  }
}
