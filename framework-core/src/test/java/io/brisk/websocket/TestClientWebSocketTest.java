package io.brisk.websocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.brisk.Brisk;
import io.brisk.security.ApiKeyScheme;
import io.brisk.testing.TestClient;
import io.brisk.testing.TestWebSocket;
import org.junit.jupiter.api.Test;

class TestClientWebSocketTest {
  private static Brisk app() {
    return Brisk.create().security(ApiKeyScheme.header("X-Token")).include(new WebSocketTest.Api());
  }

  @Test
  void opensAWebSocketInProcess() {
    try (TestClient client = TestClient.of(app()); TestWebSocket ws = client.webSocket("/ws/echo")) {
      assertThat(ws.sendText("ping").receiveText()).isEqualTo("ping");
      assertThat(ws.sendBinary(new byte[] {7}).receive().orElseThrow().binary()).containsExactly(7);
    }
  }

  @Test
  void seesTheServersCloseCode() {
    try (TestClient client = TestClient.of(app());
        TestWebSocket ws = client.webSocket("/ws/rooms/lobby?nick=bo", "X-Token", "t")) {
      assertThat(ws.receiveText()).isEqualTo("welcome bo to lobby");
      assertThat(ws.sendText("{\"x\":3,\"y\":4}").receiveText()).isEqualTo("{\"x\":4,\"y\":3}");
      assertThat(ws.receive()).isEmpty();
      assertThat(ws.closeCode()).contains(4000);
    }
  }

  @Test
  void reportsARefusedUpgrade() {
    try (TestClient client = TestClient.of(app())) {
      assertThatThrownBy(() -> client.webSocket("/ws/rooms/lobby"))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("401");
    }
  }

  @Test
  void upgradesThroughAppMiddleware() {
    Brisk app = app().use(io.brisk.middleware.Cors.allowOrigins("http://localhost:3000"),
        io.brisk.middleware.TrustedHosts.of("testclient", "good.example"));
    try (TestClient client = TestClient.of(app); TestWebSocket ws = client.webSocket("/ws/echo")) {
      assertThat(ws.sendText("through middleware").receiveText()).isEqualTo("through middleware");
    }
    try (TestClient client = TestClient.of(app)) {
      assertThatThrownBy(() -> client.webSocket("/ws/rooms/lobby"))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("401");
    }
  }
}
