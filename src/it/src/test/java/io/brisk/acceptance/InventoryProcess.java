package io.brisk.acceptance;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged inventory application, started as a user would: {@code java -jar inventory.jar} with
 * its configuration in environment variables, on a free port, its output in {@code target/inventory.log}.
 */
final class InventoryProcess implements AutoCloseable {
  /** HS256 key of the started application (32+ bytes), so tests could mint tokens if they had to. */
  static final String JWT_SECRET = "acceptance-test-secret-0123456789-abcdefghij";

  private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

  private final Process process;
  private final int port;
  private final Path log;
  private final Thread shutdownHook;

  private InventoryProcess(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
    this.shutdownHook = new Thread(this::stop, "inventory-process-stop");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  /** Starts the jar named by the {@code inventory.jar} system property and waits until GET / answers 200. */
  static InventoryProcess start() throws IOException, InterruptedException {
    return start("inventory", java.util.Map.of());
  }

  /**
   * Like {@link #start()}, with more environment variables, its output in {@code target/<name>.log}.
   */
  static InventoryProcess start(String name, java.util.Map<String, String> environment)
      throws IOException, InterruptedException {
    String jarProperty = System.getProperty("inventory.jar");
    if (jarProperty == null || jarProperty.isBlank()) {
      throw new IllegalStateException("System property inventory.jar is not set (surefire sets it to "
          + "examples/inventory/target/inventory.jar); run through Maven: ./mvnw -B verify -pl src/it");
    }
    Path jar = Path.of(jarProperty).toAbsolutePath().normalize();
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("The inventory jar is missing: " + jar + ". Build it first: "
          + "./mvnw -q -B install -DskipTests -pl framework-core,framework-validation,framework-openapi,examples/inventory");
    }
    Path defaultLog = Path.of(System.getProperty("inventory.log", "target/inventory.log")).toAbsolutePath();
    Path log = defaultLog.resolveSibling(name + ".log");
    Files.createDirectories(log.getParent());

    String java = ProcessHandle.current().info().command()
        .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
    List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED"));
    if (Runtime.version().feature() >= 23) {
      command.add("-Dsun.misc.unsafe.memory.access=allow");
    }
    command.addAll(List.of("-jar", jar.toString()));

    int port = freePort();
    ProcessBuilder builder = new ProcessBuilder(command)
        .directory(log.getParent().toFile())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
    builder.environment().remove("DATABASE_URL");
    builder.environment().put("PORT", Integer.toString(port));
    builder.environment().put("HOST", "127.0.0.1");
    builder.environment().put("INVENTORY_DEBUG_ROUTES", "1");
    builder.environment().put("JWT_SECRET", JWT_SECRET);
    builder.environment().remove("CORS_ORIGINS");
    builder.environment().remove("TRUSTED_PROXIES");
    builder.environment().putAll(environment);

    InventoryProcess app = new InventoryProcess(builder.start(), port, log);
    try {
      app.awaitReady();
    } catch (IOException | InterruptedException | RuntimeException | Error e) {
      app.close();
      throw e;
    }
    return app;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    }
  }

  /** Polls GET / with short attempts until 200, the process dies, or 60 s pass. */
  private void awaitReady() throws IOException, InterruptedException {
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build()) {
      HttpRequest ping = HttpRequest.newBuilder(uri("/")).timeout(Duration.ofSeconds(2)).build();
      while (System.nanoTime() < deadline) {
        if (!process.isAlive()) {
          throw new IllegalStateException("The inventory application exited with code " + process.exitValue()
              + " before answering; its output:\n" + tail());
        }
        try {
          if (client.send(ping, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
            return;
          }
        } catch (IOException notYet) {
          // Not listening yet.
        }
        Thread.sleep(100); // waiting for an external process: nothing to be notified by
      }
    }
    throw new IllegalStateException("The inventory application did not answer GET / with 200 within "
        + READY_TIMEOUT.toSeconds() + " s; its output:\n" + tail());
  }

  private String tail() {
    try {
      String text = Files.readString(log, StandardCharsets.UTF_8);
      return text.length() > 8000 ? text.substring(text.length() - 8000) : text;
    } catch (IOException e) {
      return "(cannot read " + log + ": " + e + ")";
    }
  }

  int port() {
    return port;
  }

  URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + port + pathAndQuery);
  }

  URI wsUri(String path) {
    return URI.create("ws://127.0.0.1:" + port + path);
  }

  /** The application's output so far (for assertion messages). */
  String output() {
    return tail();
  }

  /** Asks the application to stop as an orchestrator would: SIGTERM, which runs its shutdown hook. */
  void terminate() {
    process.destroy();
  }

  /** Waits for the process to exit; its exit code, or empty when it still runs after {@code timeout}. */
  java.util.OptionalInt awaitExit(Duration timeout) throws InterruptedException {
    return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)
        ? java.util.OptionalInt.of(process.exitValue()) : java.util.OptionalInt.empty();
  }

  private void stop() {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    stop();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException shuttingDown) {
      // Already in the hook.
    }
  }

  @Override
  public String toString() {
    return "inventory on port " + port + " (log " + log + ", jar dir " + new File(".").getAbsolutePath() + ")";
  }
}
