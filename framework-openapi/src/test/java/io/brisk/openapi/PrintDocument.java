package io.brisk.openapi;

import io.brisk.Brisk;
import io.brisk.openapi.apps.InventoryApp;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Prints the inventory app's document, for the determinism test's second JVM. */
public final class PrintDocument {
  private PrintDocument() {}

  /** Builds the app's route model and prints its JSON document on standard output. */
  public static void main(String[] args) {
    OpenApiPlugin plugin = new OpenApiPlugin(InventoryApp.config());
    Brisk app = InventoryApp.app().plugin(plugin);
    app.routes();
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.print(plugin.json().orElseThrow());
    out.flush();
  }
}
