package io.brisk;

import io.brisk.annotation.Setting;
import io.brisk.internal.binding.Converter;
import io.brisk.internal.binding.Converters;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * Binds a settings record from system properties, environment variables and an optional
 * properties file, in that order of precedence, with the same converters as parameters
 * (pydantic-settings, built in).
 *
 * <pre>{@code
 * public record AppSettings(@Setting(defaultValue = "8000") int port, String databaseUrl,
 *                           Optional<String> jwtSecret) {}
 * app.settings(AppSettings.class);   // then: a parameter or dependency of type AppSettings
 * }</pre>
 *
 * <p>A component {@code databaseUrl} reads the environment variable {@code DATABASE_URL}, the
 * property {@code database.url} (system property or file); {@code @Setting("NAME")} names it
 * exactly. {@code Optional} components may be absent; {@code List} components are comma-separated.
 * Every problem is reported at once, naming the variable; secret values are never shown.
 * Instances are immutable; {@link #load()} may be called from any thread.
 *
 * @param <R> the settings record type
 */
public final class SettingsLoader<R extends Record> {
  private final Class<R> type;
  private final Map<String, String> environment;
  private final Properties systemProperties;
  private final Path file;

  private SettingsLoader(Class<R> type, Map<String, String> environment, Properties systemProperties, Path file) {
    this.type = type;
    this.environment = environment;
    this.systemProperties = systemProperties;
    this.file = file;
  }

  /** A loader reading this process's environment and system properties. */
  public static <R extends Record> SettingsLoader<R> of(Class<R> type) {
    return new SettingsLoader<>(Objects.requireNonNull(type, "type"), System.getenv(), System.getProperties(), null);
  }

  /** This loader reading another environment (tests). */
  public SettingsLoader<R> environment(Map<String, String> variables) {
    return new SettingsLoader<>(type, Map.copyOf(variables), systemProperties, file);
  }

  /** This loader reading other system properties (tests). */
  public SettingsLoader<R> systemProperties(Properties properties) {
    return new SettingsLoader<>(type, environment, properties, file);
  }

  /** This loader also reading a properties file, when it exists (lowest precedence). */
  public SettingsLoader<R> file(Path propertiesFile) {
    return new SettingsLoader<>(type, environment, systemProperties, propertiesFile);
  }

  /** The settings type. */
  public Class<R> type() {
    return type;
  }

  /**
   * Loads the settings with the built-in converters.
   *
   * @throws IllegalStateException listing every missing or invalid value
   */
  public R load() {
    return load(new Converters());
  }

  /** Loads with an app's converters (its registered types included). */
  R load(Converters converters) {
    Properties fromFile = readFile();
    RecordComponent[] components = type.getRecordComponents();
    Object[] values = new Object[components.length];
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < components.length; i++) {
      RecordComponent rc = components[i];
      Setting setting = rc.getAnnotation(Setting.class);
      String envName = setting != null && !setting.value().isEmpty() ? setting.value() : envName(rc.getName());
      String propName = setting != null && !setting.value().isEmpty() ? setting.value() : propertyName(rc.getName());
      boolean secret = setting != null && setting.secret();
      String text = systemProperties.getProperty(propName);
      if (text == null) {
        text = environment.get(envName);
      }
      if (text == null) {
        text = fromFile.getProperty(propName);
      }
      if (text == null && setting != null && !setting.defaultValue().isEmpty()) {
        text = setting.defaultValue();
      }
      Type t = rc.getGenericType();
      Class<?> raw = rc.getType();
      boolean optional = raw == Optional.class;
      boolean list = raw == List.class;
      Class<?> element = optional || list ? elementOf(t) : raw;
      Converter c = converters.find(element);
      if (c == null) {
        throw new IllegalStateException("Settings " + type.getSimpleName() + "." + rc.getName()
            + ": no converter for " + element.getName());
      }
      if (text == null) {
        if (optional) {
          values[i] = Optional.empty();
        } else if (list) {
          values[i] = List.of();
        } else {
          problems.add(envName + " is missing (set the environment variable " + envName
              + " or the property " + propName + ")");
        }
        continue;
      }
      try {
        if (list) {
          List<Object> items = new ArrayList<>();
          for (String item : text.split(",", -1)) {
            if (!item.isBlank()) {
              items.add(c.function().apply(item.strip()));
            }
          }
          values[i] = List.copyOf(items);
        } else {
          Object v = c.function().apply(text);
          values[i] = optional ? Optional.of(v) : v;
        }
      } catch (RuntimeException e) {
        String msg = c.message() != null ? c.message() : String.valueOf(e.getMessage());
        problems.add(envName + (secret ? " is not valid" : " = '" + text + "' is not valid") + ": " + msg);
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("Settings " + type.getSimpleName() + " are invalid: " + String.join("; ", problems));
    }
    try {
      Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
      Constructor<R> ctor = type.getDeclaredConstructor(types);
      ctor.setAccessible(true);
      return ctor.newInstance(values);
    } catch (java.lang.reflect.InvocationTargetException e) {
      throw new IllegalStateException("Settings " + type.getSimpleName() + " are invalid: "
          + e.getCause().getMessage(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot build settings " + type.getName() + ": " + e.getMessage(), e);
    }
  }

  private Properties readFile() {
    Properties p = new Properties();
    if (file != null && Files.isRegularFile(file)) {
      try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        p.load(r);
      } catch (IOException e) {
        throw new IllegalStateException("Cannot read settings file " + file + ": " + e.getMessage(), e);
      }
    }
    return p;
  }

  private static Class<?> elementOf(Type t) {
    if (t instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> c) {
      return c;
    }
    return String.class;
  }

  /** {@code databaseUrl} becomes {@code DATABASE_URL}. */
  static String envName(String component) {
    return propertyName(component).replace('.', '_').toUpperCase(java.util.Locale.ROOT);
  }

  /** {@code databaseUrl} becomes {@code database.url}. */
  static String propertyName(String component) {
    StringBuilder sb = new StringBuilder();
    for (char ch : component.toCharArray()) {
      if (Character.isUpperCase(ch)) {
        sb.append('.').append(Character.toLowerCase(ch));
      } else {
        sb.append(ch);
      }
    }
    return sb.toString();
  }
}
