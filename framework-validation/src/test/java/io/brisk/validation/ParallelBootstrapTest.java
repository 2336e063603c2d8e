package io.brisk.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.brisk.Brisk;
import io.brisk.startup.ForceParallelStartup;
import io.brisk.testing.TestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * With Hibernate Validator bootstrapped on a second core (forced here: the tests may run on one
 * core), a declaration it rejects still fails start() with the same exception, and constraints
 * still apply from the first request.
 */
@ExtendWith(ForceParallelStartup.class)
class ParallelBootstrapTest {
  @Test
  void aRejectedDeclarationStillFailsStart() {
    Brisk app = Brisk.create().include(new ValidatorPlanTest.Misdeclared());
    app.options().host("127.0.0.1").banner(false).shutdownHook(false);

    assertThatThrownBy(() -> app.start(0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("POST /misdeclared -> Misdeclared.misdeclared: its constraints cannot be used: HV");
    assertThatThrownBy(app::port).hasMessage("The app is not started");
    assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("brisk-validator"));
  }

  @Test
  void constraintsApplyFromTheFirstRequest() {
    Brisk app = Brisk.create().include(new ValidatorPlanTest.Api());
    try (TestClient client = TestClient.of(app)) {
      assertThat(client.get("/checked/0").send().status()).isEqualTo(422);
    }
  }
}
