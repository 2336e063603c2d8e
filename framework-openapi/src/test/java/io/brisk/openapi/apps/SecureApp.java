package io.brisk.openapi.apps;

import io.brisk.Brisk;
import io.brisk.annotation.Depends;
import io.brisk.annotation.Form;
import io.brisk.annotation.Get;
import io.brisk.annotation.Header;
import io.brisk.annotation.Post;
import io.brisk.annotation.Provides;
import io.brisk.annotation.Query;
import io.brisk.security.ApiKey;
import io.brisk.security.ApiKeyScheme;
import io.brisk.security.BasicCredentials;
import io.brisk.security.HttpBasic;
import io.brisk.security.HttpBearer;
import io.brisk.security.MissingCredentialsException;
import io.brisk.security.OAuth2PasswordBearer;
import io.brisk.security.OAuth2PasswordRequestForm;
import io.brisk.security.OAuth2Token;
import io.brisk.security.Scopes;
import io.brisk.security.SecurityScopes;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Security schemes, scopes, a token form and dependencies that bring their own parameters. */
public final class SecureApp {
  private SecureApp() {}

  /** The signed-in user. */
  public record User(String name, Set<String> scopes) {}

  /** The token endpoint's answer. */
  public record Token(String access_token, String token_type) {}

  /** Paging read by a dependency, so every route using it documents its query values. */
  public record Paging(int offset, int limit) {}

  /** The app's providers. */
  public static final class Providers {
    /** The user behind a bearer token. */
    @Provides
    public User current(OAuth2Token token, SecurityScopes required) {
      if (!token.token().equals("alice-token")) {
        throw new MissingCredentialsException("Invalid token", "Bearer");
      }
      User user = new User("alice", Set.of("items:read", "items:write"));
      required.requireGranted(user.scopes());
      return user;
    }

    /** Paging from the query. */
    @Provides
    public Paging paging(@Query(defaultValue = "0") @Min(0) int offset,
        @Query(defaultValue = "10") @Min(1) @Max(50) int limit) {
      return new Paging(offset, limit);
    }
  }

  /** The handlers. */
  public static final class Api {
    /** Issues a token for a username and password. */
    @Post("/token")
    public Token token(@Form OAuth2PasswordRequestForm form) {
      return new Token(form.username() + "-token", "bearer");
    }

    /** Who is signed in. */
    @Get("/me")
    public User me(User user) {
      return user;
    }

    /** Lists items, for readers. */
    @Get("/items")
    @Scopes("items:read")
    public List<String> items(User user, @Depends Paging paging, @Header("X-Trace") Optional<String> trace) {
      return List.of();
    }

    /** A greeting that is warmer for signed-in users. */
    @Get("/welcome")
    public String welcome(Optional<OAuth2Token> token) {
      return token.isPresent() ? "Welcome back" : "Welcome";
    }

    /** Checks HTTP Basic credentials. */
    @Get("/basic")
    public String basic(BasicCredentials credentials) {
      return credentials.username();
    }

    /** Reads an API key. */
    @Get("/key")
    public String key(ApiKey key) {
      return "ok";
    }
  }

  /** The app. */
  public static Brisk app() {
    return Brisk.create()
        .security(OAuth2PasswordBearer.tokenUrl("/token").scope("items:read", "Read items").scope("items:write", "Change items"))
        .security(HttpBasic.realm("inventory"))
        .security(HttpBearer.create().bearerFormat("JWT"))
        .security(ApiKeyScheme.header("X-API-Key"))
        .provider(new Providers())
        .include(new Api());
  }
}
