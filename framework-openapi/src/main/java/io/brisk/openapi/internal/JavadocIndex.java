package io.brisk.openapi.internal;

import io.brisk.openapi.internal.javadoc.JavadocProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The handler Javadoc captured at compile time by {@link JavadocProcessor}, read from the
 * handler class's own class loader. Used while the document is built, on one thread.
 */
final class JavadocIndex {
  /** A method's captured Javadoc. */
  record MethodDoc(String text, Map<String, String> params, String returns) {}

  private final Map<Class<?>, Properties> byClass = new HashMap<>();

  /** The Javadoc of a handler method, when it was captured. */
  Optional<MethodDoc> of(Method method) {
    Properties p = byClass.computeIfAbsent(method.getDeclaringClass(), JavadocIndex::load);
    String key = signature(method);
    String text = p.getProperty(key, "");
    String returns = p.getProperty(key + ".return", "");
    Map<String, String> params = new HashMap<>();
    String prefix = key + ".param.";
    for (String name : p.stringPropertyNames()) {
      if (name.startsWith(prefix)) {
        params.put(name.substring(prefix.length()), p.getProperty(name));
      }
    }
    if (text.isEmpty() && returns.isEmpty() && params.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new MethodDoc(text, Map.copyOf(params), returns));
  }

  static String signature(Method m) {
    StringBuilder sb = new StringBuilder(m.getName()).append('(');
    Class<?>[] types = m.getParameterTypes();
    for (int i = 0; i < types.length; i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(types[i].getTypeName());
    }
    return sb.append(')').toString();
  }

  private static Properties load(Class<?> type) {
    Properties p = new Properties();
    ClassLoader loader = type.getClassLoader() != null ? type.getClassLoader() : ClassLoader.getSystemClassLoader();
    try (InputStream in = loader.getResourceAsStream(JavadocProcessor.FOLDER + type.getName() + ".properties")) {
      if (in != null) {
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the captured Javadoc of " + type.getName(), e);
    }
    return p;
  }

  /**
   * The first sentence of a Markdown text on one line, without its final period: up to the first
   * period followed by white space, or the first blank line.
   */
  static String firstSentence(String text) {
    int para = text.indexOf("\n\n");
    String first = para < 0 ? text : text.substring(0, para);
    for (int i = 0; i < first.length() - 1; i++) {
      if (first.charAt(i) == '.' && Character.isWhitespace(first.charAt(i + 1))) {
        first = first.substring(0, i + 1);
        break;
      }
    }
    first = first.replaceAll("\\s+", " ").strip();
    return first.endsWith(".") ? first.substring(0, first.length() - 1) : first;
  }

  /** The text after its first sentence (see {@link #firstSentence}), trimmed; empty when none. */
  static String rest(String text) {
    int para = text.indexOf("\n\n");
    String first = para < 0 ? text : text.substring(0, para);
    for (int i = 0; i < first.length() - 1; i++) {
      if (first.charAt(i) == '.' && Character.isWhitespace(first.charAt(i + 1))) {
        return text.substring(i + 1).strip();
      }
    }
    return para < 0 ? "" : text.substring(para).strip();
  }
}
