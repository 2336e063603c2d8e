package io.brisk.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.brisk.Brisk;
import io.brisk.annotation.Get;
import io.brisk.annotation.Post;
import io.brisk.internal.AppRuntime;
import io.brisk.internal.model.CompiledRoute;
import io.brisk.spi.ArgumentsValidator;
import io.brisk.testing.TestClient;
import jakarta.validation.constraints.Min;
import jakarta.validation.groups.ConvertGroup;
import jakarta.validation.groups.Default;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which routes get a validator: only those with something to check; none without the module. */
class ValidatorPlanTest {
  public record Plain(String name, int count) {}

  public record Checked(@NotBlank String name) {}

  public static final class Api {
    @Get("/plain/{id}")
    public String plain(int id, Optional<String> q, List<Integer> page) {
      return "plain";
    }

    @Post("/plain")
    public String plainBody(Plain body) {
      return "plain";
    }

    @Get("/checked/{id}")
    public String checked(@Min(1) int id) {
      return "checked";
    }

    @Post("/checked")
    public String checkedBody(Checked body) {
      return "checked";
    }

    @Get("/secret")
    public String secret(@Sensitive String token) {
      return "secret";
    }
  }

  public static final class Misdeclared {
    @Post("/misdeclared")
    public String misdeclared(@ConvertGroup(from = Default.class, to = Checked.class) Checked body) {
      return "never";
    }
  }

  private static ArgumentsValidator validatorOf(Brisk app, String method, String path) {
    for (CompiledRoute r : AppRuntime.of(app).compiled()) {
      if (r.route().httpMethod().name().equals(method) && r.route().path().equals(path)) {
        return r.validator();
      }
    }
    throw new AssertionError("no route " + method + " " + path);
  }

  @Test
  void givesNoValidatorToARouteWithoutConstraints() {
    Brisk app = Brisk.create().include(new Api());
    assertThat(validatorOf(app, "GET", "/plain/{id}")).isNull();
    assertThat(validatorOf(app, "POST", "/plain")).isNull();
  }

  @Test
  void givesAValidatorToRoutesWithConstraintsOrSensitiveInputs() {
    Brisk app = Brisk.create().include(new Api());
    assertThat(validatorOf(app, "GET", "/checked/{id}")).isNotNull();
    assertThat(validatorOf(app, "POST", "/checked")).isNotNull();
    assertThat(validatorOf(app, "GET", "/secret")).isNotNull();
  }

  @Test
  void givesEveryRouteWithAResponseAValidatorOnlyWhenResponsesAreChecked() {
    Brisk app = Brisk.create().plugin(new ValidationPlugin().validateResponses(true)).include(new Api());
    assertThat(validatorOf(app, "GET", "/plain/{id}")).isNull();
  }

  @Test
  void stopsStartUpNamingTheRouteWhenHibernateValidatorRejectsADeclaration() {
    Brisk app = Brisk.create().include(new Misdeclared());
    assertThatThrownBy(app::routes)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("POST /misdeclared -> Misdeclared.misdeclared: its constraints cannot be used: HV");
  }

  @Test
  void validatesNothingWithoutTheModule() {
    Brisk app = Brisk.create().withoutPlugin(ValidationPlugin.class).include(new Api());
    assertThat(validatorOf(app, "GET", "/checked/{id}")).isNull();
    try (TestClient client = TestClient.of(app)) {
      assertThat(client.get("/checked/0").send().text()).isEqualTo("checked");
      assertThat(client.post("/checked").body("{\"name\":\"\"}", "application/json").send().text()).isEqualTo("checked");
    }
  }
}
