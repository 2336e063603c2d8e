package io.brisk.security;

import io.brisk.annotation.Form;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The form of the OAuth2 password flow's token request ({@code application/x-www-form-urlencoded}),
 * for the token route: {@code @Post("/token") TokenOut token(@Form OAuth2PasswordRequestForm form)}.
 *
 * @param grantType {@code grant_type}; OAuth2 says {@code password}, and clients such as Swagger UI send it
 * @param username {@code username}
 * @param password {@code password}
 * @param scope {@code scope}: requested scopes separated by spaces, when sent
 * @param clientId {@code client_id}, when sent
 * @param clientSecret {@code client_secret}, when sent
 */
public record OAuth2PasswordRequestForm(
    @Form("grant_type") Optional<String> grantType,
    @Form("username") String username,
    @Form("password") String password,
    @Form("scope") Optional<String> scope,
    @Form("client_id") Optional<String> clientId,
    @Form("client_secret") Optional<String> clientSecret) {

  /** The requested scopes as a list. */
  public List<String> scopes() {
    return Arrays.stream(scope.orElse("").trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
  }

  @Override
  public String toString() {
    return "OAuth2PasswordRequestForm[username=" + username + ", password=***, scope=" + scope.orElse("") + "]";
  }
}
