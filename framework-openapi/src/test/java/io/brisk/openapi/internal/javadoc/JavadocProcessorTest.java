package io.brisk.openapi.internal.javadoc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles a handler the way a user's build does when it declares the module as an annotation
 * processor path ({@code annotationProcessorPaths} in Maven, {@code annotationProcessor} in
 * Gradle, {@code -processorpath} for javac): the processor is found through its service file.
 */
class JavadocProcessorTest {
  private static String location(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }

  @Test
  void aBuildThatDeclaresTheProcessorPathCapturesHandlerJavadoc(@TempDir Path dir) throws Exception {
    Path source = dir.resolve("src/shop/Api.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, """
        package shop;

        import io.brisk.annotation.Get;
        import java.util.List;

        public class Api {
          /**
           * Lists the shop's items.
           *
           * <p>Sorted by {@code name}.
           *
           * @param limit how many, at most
           * @return the items
           */
          @Get("/items")
          public List<String> list(int limit, String[] tags) {
            return List.of();
          }

          /** Nested handlers get their binary name. */
          public static class Inner {
            /** Reads one. */
            @Get("/one")
            public String one() {
              return "one";
            }
          }

          public String notAHandler() {
            return "";
          }
        }
        """, StandardCharsets.UTF_8);
    Path out = dir.resolve("classes");
    Files.createDirectories(out);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    boolean ok = javac.getTask(diagnostics, null, null, List.of(
            "-processorpath", location(JavadocProcessor.class),
            "-classpath", location(io.brisk.annotation.Get.class),
            "-d", out.toString(), "-parameters"),
        null, javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(source)).call();
    assertThat(ok).as(diagnostics.toString()).isTrue();
    assertThat(Files.readString(out.resolve("META-INF/brisk/javadoc/shop.Api.properties"), StandardCharsets.UTF_8))
        .isEqualTo("""
            # Javadoc of shop.Api's handlers, for Brisk's OpenAPI document
            list(int,java.lang.String[])=Lists the shop's items.\\n\\nSorted by `name`.
            list(int,java.lang.String[]).param.limit=how many, at most
            list(int,java.lang.String[]).return=the items
            """);
    assertThat(Files.readString(out.resolve("META-INF/brisk/javadoc/shop.Api$Inner.properties"), StandardCharsets.UTF_8))
        .contains("one()=Reads one.");
  }
}
