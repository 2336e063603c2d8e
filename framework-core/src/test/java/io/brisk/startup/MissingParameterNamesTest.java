package io.brisk.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.brisk.Brisk;
import io.brisk.annotation.Get;
import io.brisk.testing.TestClient;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build compiles with {@code -parameters}; these tests compile small handlers without it, at
 * test time, to prove what a user without the flag sees.
 */
class MissingParameterNamesTest {
  private static final String NAMELESS = """
      package nameless;
      import io.brisk.annotation.Get;
      public class NamelessApi {
        @Get("/search")
        public String search(String q) { return q; }
      }
      """;

  private static final String NAMED = """
      package nameless;
      import io.brisk.annotation.Get;
      import io.brisk.annotation.Header;
      import io.brisk.annotation.Path;
      import io.brisk.annotation.Query;
      public class NamedApi {
        @Get("/items/{id}")
        public String read(@Path("id") int id, @Query("q") String q, @Header("X-Token") String token) {
          return id + " " + q + " " + token;
        }
      }
      """;

  @TempDir
  static Path dir;

  private static URLClassLoader loader;

  @BeforeAll
  static void compileWithoutTheParametersFlag() throws Exception {
    Path src = Files.createDirectories(dir.resolve("src/nameless"));
    Files.writeString(src.resolve("NamelessApi.java"), NAMELESS);
    Files.writeString(src.resolve("NamedApi.java"), NAMED);
    Path out = Files.createDirectories(dir.resolve("classes"));
    // Brisk's own classes, found where Get was loaded from (surefire's class path may be a
    // manifest-only jar).
    String briskClasses = Path.of(Get.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertThat(javac).as("a JDK with javac runs the tests").isNotNull();

    int status = javac.run(null, null, null, "--release", "21", "-proc:none", "-classpath", briskClasses,
        "-d", out.toString(), src.resolve("NamelessApi.java").toString(), src.resolve("NamedApi.java").toString());

    assertThat(status).as("javac exit status").isZero();
    loader = new URLClassLoader(new URL[] {out.toUri().toURL()}, MissingParameterNamesTest.class.getClassLoader());
  }

  @AfterAll
  static void closeLoader() throws Exception {
    loader.close();
  }

  private static Object instance(String simpleName) throws Exception {
    Class<?> type = loader.loadClass("nameless." + simpleName);
    assertThat(Arrays.stream(type.getDeclaredMethods()).filter(m -> m.getParameterCount() > 0)
        .noneMatch(m -> m.getParameters()[0].isNamePresent())).as("compiled without names").isTrue();
    return type.getConstructor().newInstance();
  }

  @Test
  void failsWithAMessageAskingForTheParametersFlag() throws Exception {
    Object handler = instance("NamelessApi");

    assertThatThrownBy(() -> Brisk.create().include(handler).routes())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("nameless.NamelessApi.search, parameter #1 has no name: compile with -parameters (javac"
            + " -parameters, or <parameters>true</parameters> in maven-compiler-plugin), or name it in its annotation");
  }

  @Test
  void worksWithoutTheFlagWhenAnnotationsNameEverything() throws Exception {
    Brisk app = Brisk.create().include(instance("NamedApi"));

    try (TestClient client = TestClient.of(app)) {
      assertThat(client.get("/items/5?q=x").header("X-Token", "t").send().text()).isEqualTo("5 x t");
    }
    assertThat(app.routes().get(0).parameters()).extracting(p -> p.name()).containsExactly("id", "q", "X-Token");
  }

  @Test
  void isCompiledWithTheFlagItself() throws NoSuchMethodException {
    class Probe {
      @Get("/x")
      public String probe(String named) {
        return named;
      }
    }

    assertThat(Probe.class.getMethod("probe", String.class).getParameters()[0].isNamePresent()).isTrue();
  }
}
