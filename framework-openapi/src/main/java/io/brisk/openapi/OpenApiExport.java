package io.brisk.openapi;

import io.brisk.Brisk;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The app's OpenAPI document without starting the server: for build steps that generate clients,
 * check the document into a repository, or compare it with the last release.
 *
 * <p>In code: {@code OpenApiExport.write(app, Path.of("openapi.json"))}. From the command line,
 * with the app's class path:
 *
 * <pre>{@code
 * java -cp app.jar io.brisk.openapi.OpenApiExport com.example.ShopApp#create target/openapi.json
 * }</pre>
 *
 * <p>The first argument names a public static method without parameters that returns the
 * configured {@link Brisk} app ({@code #create} when only the class is given). The route model is
 * built, as at start-up, and the document written exactly as {@code /openapi.json} serves it
 * (YAML when the file name ends with {@code .yaml} or {@code .yml}). Nothing listens on a port.
 */
public final class OpenApiExport {
  private OpenApiExport() {}

  /**
   * The app's document as JSON, building its route model.
   *
   * @throws IllegalStateException when the OpenAPI module is not installed or switched off
   */
  public static String json(Brisk app) {
    return plugin(app).json().orElseThrow(OpenApiExport::switchedOff);
  }

  /**
   * The app's document as YAML, building its route model.
   *
   * @throws IllegalStateException when the OpenAPI module is not installed or switched off
   */
  public static String yaml(Brisk app) {
    return plugin(app).yaml().orElseThrow(OpenApiExport::switchedOff);
  }

  /**
   * Writes the app's document to a file (YAML for {@code .yaml}/{@code .yml}, else JSON),
   * creating its parent directories.
   *
   * @throws IllegalStateException when the OpenAPI module is not installed or switched off
   * @throws UncheckedIOException when the file cannot be written
   */
  public static void write(Brisk app, Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    String text = name.endsWith(".yaml") || name.endsWith(".yml") ? yaml(app) : json(app);
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the OpenAPI document to " + file, e);
    }
  }

  /**
   * {@code OpenApiExport <class>[#<method>] <file>}: writes the document of the app the method
   * returns. Exits with status 2 on a usage error, 1 when the app cannot be built or the file
   * cannot be written.
   */
  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("Usage: java -cp <app class path> io.brisk.openapi.OpenApiExport <class>[#<method>] <file>");
      System.err.println("  <method>: a public static method without parameters returning the Brisk app (default: create)");
      System.err.println("  <file>: where to write the document; YAML when it ends with .yaml or .yml");
      System.exit(2);
      return;
    }
    try {
      Path file = Path.of(args[1]);
      write(app(args[0]), file);
      System.out.println("OpenAPI document written to " + file);
    } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
      System.err.println("Cannot export the OpenAPI document: " + e.getMessage());
      System.exit(1);
    }
  }

  /** The app returned by {@code Class#method}, a public static method without parameters. */
  static Brisk app(String factory) {
    int hash = factory.indexOf('#');
    String className = hash < 0 ? factory : factory.substring(0, hash);
    String methodName = hash < 0 ? "create" : factory.substring(hash + 1);
    Method method;
    try {
      method = Class.forName(className, true, Thread.currentThread().getContextClassLoader()).getMethod(methodName);
    } catch (ClassNotFoundException e) {
      throw new IllegalArgumentException("No class " + className + " on the class path");
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException(className + " has no public method " + methodName + "() without parameters");
    }
    if (!Modifier.isStatic(method.getModifiers()) || !Brisk.class.isAssignableFrom(method.getReturnType())) {
      throw new IllegalArgumentException(factory + " must be static and return a Brisk app");
    }
    try {
      Brisk app = (Brisk) method.invoke(null);
      if (app == null) {
        throw new IllegalStateException(factory + " returned null");
      }
      return app;
    } catch (IllegalAccessException e) {
      throw new IllegalArgumentException(factory + " is not accessible: " + e.getMessage());
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      throw new IllegalStateException(factory + " failed: " + cause, cause);
    }
  }

  private static OpenApiPlugin plugin(Brisk app) {
    return app.installedPlugin(OpenApiPlugin.class).orElseThrow(OpenApiExport::switchedOff);
  }

  private static IllegalStateException switchedOff() {
    return new IllegalStateException("The app serves no OpenAPI document: the OpenAPI module is not installed "
        + "or is switched off");
  }
}
