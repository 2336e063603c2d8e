package io.brisk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.brisk.Brisk;
import io.brisk.annotation.Get;
import java.net.ConnectException;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BriskServerExtensionPerTestTest {
  static final List<Brisk> APPS = new ArrayList<>();
  static final List<Integer> PORTS = new ArrayList<>();

  public static class Api {
    @Get("/hello")
    public String hello() {
      return "hello";
    }
  }

  @RegisterExtension
  final BriskServerExtension server = BriskServerExtension.of(() -> {
    Brisk app = Brisk.create().include(new Api());
    APPS.add(app);
    return app;
  });

  @Test
  void startsAFreshAppForThisTest() {
    PORTS.add(server.port());
    assertThat(server.app()).isSameAs(APPS.get(APPS.size() - 1));
  }

  @Test
  void startsAnotherFreshAppForThatTest() {
    PORTS.add(server.port());
    assertThat(server.app()).isSameAs(APPS.get(APPS.size() - 1));
  }

  @AfterAll
  static void stoppedEveryApp() {
    assertThat(APPS).hasSize(2);
    for (int port : PORTS) {
      assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
    }
  }
}
