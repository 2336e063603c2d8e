package io.brisk.openapi.apps;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.brisk.Brisk;
import io.brisk.annotation.Get;
import io.brisk.annotation.Path;
import io.brisk.annotation.Post;
import io.brisk.annotation.Put;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Set;

/**
 * Records whose input and output shapes differ (a default, a read-only and a write-only
 * component, and a record that only holds one of those), next to records whose shapes agree.
 */
public final class AccountsApp {
  private AccountsApp() {}

  /** A role; the same in and out. */
  public record Role(String name, @Nullable String note) {}

  /**
   * An account.
   *
   * @param id given by the server: ignored on input
   * @param name the name
   * @param password only ever sent by clients
   * @param plan optional on input (free by default), so always present on output
   * @param roles the roles, the same in and out
   * @param nickname optional and nullable both ways (no default)
   */
  public record Account(
      @JsonProperty(access = JsonProperty.Access.READ_ONLY) Long id,
      String name,
      @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String password,
      @Nullable @Schema(defaultValue = "free") String plan,
      List<Role> roles,
      @Nullable String nickname) {

    /** Applies the default the document announces. */
    public Account {
      plan = plan == null ? "free" : plan;
    }
  }

  /** Holds a record whose shapes differ: differs too. */
  public record Team(String name, List<Account> members) {}

  /** Only ever returned: one shape, under its own name. */
  public record Audit(long id, @Nullable @Schema(defaultValue = "0") Integer changes) {}

  /** The handlers. */
  public static final class Api {
    /** Creates an account. */
    @Post("/accounts")
    public Account create(Account account) {
      return new Account(1L, account.name(), account.password(), account.plan(), account.roles(), account.nickname());
    }

    /** Reads an account. */
    @Get("/accounts/{id}")
    public Account read(@Path long id) {
      return null;
    }

    /** Replaces a team. */
    @Put("/teams/{name}")
    public Team replace(@Path String name, Team team) {
      return team;
    }

    /** Lists the roles. */
    @Get("/roles")
    public Set<Role> roles() {
      return Set.of();
    }

    /** The audit. */
    @Get("/audit")
    public Audit audit() {
      return null;
    }
  }

  /** The app. */
  public static Brisk app() {
    return Brisk.create().include(new Api());
  }
}
