package io.brisk.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.brisk.Brisk;
import io.brisk.ExecutionMode;
import io.brisk.ServerOptions;
import io.brisk.TrailingSlash;
import io.brisk.annotation.Get;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class AppConfigurationTest {
  public static class Api {
    @Get("/ping")
    public String ping() {
      return "pong";
    }
  }

  @Test
  void buildsTheRouteModelOnceAndFreezesTheApp() {
    Brisk app = Brisk.create().include(new Api());

    assertThat(app.routes()).hasSize(1);
    assertThat(app.routes()).isSameAs(app.routes());
    assertThatThrownBy(() -> app.include(new Api())).isInstanceOf(IllegalStateException.class)
        .hasMessage("The app's routes are already built; configure it before start");
    assertThatThrownBy(() -> app.converter(String.class, s -> s)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> app.exceptionHandler(RuntimeException.class, (e, r) -> null))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void hasSafeDefaultOptions() {
    ServerOptions o = new ServerOptions();

    assertThat(o.host()).isEqualTo("0.0.0.0");
    assertThat(o.maxBodySize()).isEqualTo(1024 * 1024);
    assertThat(o.maxHeaderSize()).isEqualTo(8 * 1024);
    assertThat(o.maxUriLength()).isEqualTo(8 * 1024);
    assertThat(o.idleTimeout()).isEqualTo(Duration.ofSeconds(60));
    assertThat(o.shutdownTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(o.trailingSlash()).isEqualTo(TrailingSlash.REDIRECT);
    assertThat(o.defaultExecution()).isEqualTo(ExecutionMode.VIRTUAL_THREAD);
    assertThat(o.accessLog()).isTrue();
    assertThat(o.banner()).isTrue();
    assertThat(o.shutdownHook()).isTrue();
    assertThat(o.nativeTransport()).isTrue();
    assertThat(o.ioThreads()).isZero();
  }

  @Test
  void rejectsLimitsThatAreNotPositive() {
    assertThatThrownBy(() -> new ServerOptions().maxBodySize(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxBodySize must be positive, not 0");
    assertThatThrownBy(() -> new ServerOptions().ioThreads(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ioThreads must be >= 0, not -1");
  }

  @Test
  void refusesToReportAPortBeforeStarting() {
    assertThatThrownBy(() -> Brisk.create().port()).isInstanceOf(IllegalStateException.class)
        .hasMessage("The app is not started");
  }

  @Test
  void stopsQuietlyWhenNotStarted() {
    Brisk.create().stop();
  }
}
