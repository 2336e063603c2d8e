package io.brisk.internal.model;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.brisk.BackgroundTasks;
import io.brisk.ParamSource;
import io.brisk.Request;
import io.brisk.ResponseHeaders;
import io.brisk.RouteParameter;
import io.brisk.annotation.Body;
import io.brisk.annotation.Cookie;
import io.brisk.annotation.Depends;
import io.brisk.internal.di.DependencyBinder;
import io.brisk.internal.di.OptionalDependencyBinder;
import io.brisk.security.SecurityScopes;
import io.brisk.annotation.Form;
import io.brisk.annotation.Header;
import io.brisk.annotation.Path;
import io.brisk.annotation.Query;
import io.brisk.internal.binding.ArgumentBinder;
import io.brisk.internal.binding.BodyBinder;
import io.brisk.internal.binding.Converter;
import io.brisk.internal.binding.Converters;
import io.brisk.internal.binding.GroupBinder;
import io.brisk.internal.binding.ValueBinder;
import io.brisk.internal.binding.ValueShape;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Works out each handler parameter's source, name, requiredness and binder, once, at start-up.
 *
 * <p>The rules, in order: an explicit annotation; a context type ({@link Request},
 * {@link ResponseHeaders}); a name equal to a path variable; a record, map or collection of
 * records is the body; a type with a converter (or {@code Optional}/{@code List}/{@code Set} of
 * one) is a query value. Anything else stops start-up with a message naming the method.
 */
final class ParameterFactory {
  /** A parameter's model and its binder. */
  record Bound(RouteParameter model, ArgumentBinder binder) {}

  /** The placeholder argument of a WebSocketSession parameter until the handshake is done. */
  static final Object WEB_SOCKET_SLOT = new Object();

  private final Converters converters;
  private final ObjectMapper mapper;
  private final DependencyCompiler dependencies;

  ParameterFactory(Converters converters, ObjectMapper mapper, DependencyCompiler dependencies) {
    this.converters = converters;
    this.mapper = mapper;
    this.dependencies = dependencies;
    dependencies.parameters(this);
  }

  /**
   * Models and binds one parameter.
   *
   * @param routeVariables the route template's variables, or {@code null} for a dependency's input
   *     (shared by routes: a path variable must then be named with {@code @Path} and is read by name)
   */
  Bound create(Parameter p, int index, List<String> routeVariables, String where) {
    boolean inDependency = routeVariables == null;
    List<String> pathVariables = inDependency ? List.of() : routeVariables;
    String javaName = p.isNamePresent() ? p.getName() : null;
    Type type = p.getParameterizedType();
    AnnotatedType annotated = p.getAnnotatedType();
    Class<?> raw = TypeShapes.raw(type);
    String at = where + ", parameter " + (javaName != null ? "'" + javaName + "'" : "#" + (index + 1));

    if (raw == Request.class || raw == ResponseHeaders.class || raw == SecurityScopes.class
        || raw == BackgroundTasks.class || raw == io.brisk.WebSocketSession.class) {
      ArgumentBinder binder;
      if (raw == Request.class) {
        binder = (ex, errors) -> ex;
      } else if (raw == ResponseHeaders.class) {
        binder = (ex, errors) -> ex.responseHeaders();
      } else if (raw == SecurityScopes.class) {
        binder = (ex, errors) -> new SecurityScopes(ex.requiredScopes());
      } else if (raw == io.brisk.WebSocketSession.class) {
        binder = (ex, errors) -> WEB_SOCKET_SLOT; // filled in once the upgrade succeeded
      } else {
        binder = (ex, errors) -> ex.backgroundTasks();
      }
      return new Bound(model(raw.getSimpleName(), javaName, ParamSource.CONTEXT, p, false, null, "", index, List.of()), binder);
    }
    Depends depends = p.getAnnotation(Depends.class);
    if (raw == java.util.Optional.class) {
      Class<?> inner = TypeShapes.raw(TypeShapes.element(type));
      if (depends != null || dependencies.isProvided(inner)) {
        Class<?> key = depends != null && depends.value() != Void.class ? depends.value() : inner;
        Bound b = dependencies.bound(key, p, javaName, index, at);
        DependencyBinder d = (DependencyBinder) b.binder();
        return new Bound(b.model(), new OptionalDependencyBinder(d));
      }
    }
    if (depends != null || dependencies.isProvided(raw)) {
      Class<?> key = depends != null && depends.value() != Void.class ? depends.value() : raw;
      if (!raw.isAssignableFrom(key)) {
        throw new StartupException(at + ": @Depends(" + key.getSimpleName() + ") is not a " + raw.getSimpleName());
      }
      return dependencies.bound(key, p, javaName, index, at);
    }
    io.brisk.annotation.File file = p.getAnnotation(io.brisk.annotation.File.class);
    if (file != null || TypeShapes.raw(TypeShapes.element(type)) == io.brisk.UploadedFile.class) {
      if (TypeShapes.raw(TypeShapes.element(type)) != io.brisk.UploadedFile.class) {
        throw new StartupException(at + ": a @File parameter is an UploadedFile, Optional<UploadedFile> or List<UploadedFile>");
      }
      String name = file != null && !file.value().isEmpty() ? file.value() : requireName(javaName, at);
      RouteParameter model = new RouteParameter(name, javaName == null ? name : javaName, ParamSource.FILE,
          annotated, p, TypeShapes.shape(type) == ValueShape.SINGLE, null, file == null ? "" : file.description(),
          index, List.of());
      return new Bound(model, new io.brisk.internal.binding.FileBinder(name, TypeShapes.shape(type)));
    }
    Path path = p.getAnnotation(Path.class);
    Query query = p.getAnnotation(Query.class);
    Header header = p.getAnnotation(Header.class);
    Cookie cookie = p.getAnnotation(Cookie.class);
    Body body = p.getAnnotation(Body.class);
    Form form = p.getAnnotation(Form.class);
    long explicit = Arrays.asList(path, query, header, cookie, body, form).stream().filter(a -> a != null).count();
    if (explicit > 1) {
      throw new StartupException(at + " has more than one source annotation");
    }
    if (body != null || (explicit == 0 && javaName != null && !pathVariables.contains(javaName) && TypeShapes.isBodyLike(type))
        || (explicit == 0 && javaName == null && TypeShapes.isBodyLike(type))) {
      JavaType javaType = mapper.getTypeFactory().constructType(type);
      boolean required = body == null || body.required();
      return new Bound(
          model("body", javaName, ParamSource.BODY, p, required, null, body == null ? "" : body.description(), index, List.of()),
          new BodyBinder(mapper.readerFor(javaType), required));
    }
    if (path != null || (explicit == 0 && javaName != null && pathVariables.contains(javaName))) {
      String name = path != null && !path.value().isEmpty() ? path.value() : requireName(javaName, at);
      int position = pathVariables.indexOf(name);
      if (position < 0 && !inDependency) {
        throw new StartupException(at + " reads path variable '" + name + "', but the path has only " + pathVariables);
      }
      if (TypeShapes.shape(type) != ValueShape.SINGLE) {
        throw new StartupException(at + ": a path variable is always present, so it cannot be " + raw.getSimpleName());
      }
      Converter c = converter(type, at);
      return new Bound(
          model(name, javaName, ParamSource.PATH, p, true, null, path == null ? "" : path.description(), index, List.of()),
          new ValueBinder(ParamSource.PATH, name, position, c, ValueShape.SINGLE, null, List.of("path")));
    }
    ParamSource source;
    String alias;
    String description;
    String defaultValue;
    if (header != null) {
      source = ParamSource.HEADER;
      alias = header.value();
      description = header.description();
      defaultValue = header.defaultValue();
    } else if (form != null) {
      source = ParamSource.FORM;
      alias = form.value();
      description = form.description();
      defaultValue = form.defaultValue();
    } else if (cookie != null) {
      source = ParamSource.COOKIE;
      alias = cookie.value();
      description = cookie.description();
      defaultValue = cookie.defaultValue();
    } else {
      source = ParamSource.QUERY;
      alias = query == null ? "" : query.value();
      description = query == null ? "" : query.description();
      defaultValue = query == null ? "" : query.defaultValue();
    }
    if (raw.isRecord() && source != ParamSource.COOKIE) {
      return group(raw, source, p, javaName, index, description, at);
    }
    if (!alias.isEmpty() && javaName == null) {
      javaName = alias;
    }
    String name = !alias.isEmpty() ? alias : wireName(source, requireName(javaName, at));
    return valueParameter(source, name, javaName, type, annotated, p, defaultValue, description, index, List.of(source.locName()), at);
  }

  private Bound valueParameter(
      ParamSource source, String name, String javaName, Type type, AnnotatedType annotated,
      AnnotatedElement element, String defaultText, String description, int index, List<Object> locPrefix, String at) {
    ValueShape shape = TypeShapes.shape(type);
    if (source == ParamSource.COOKIE && (shape == ValueShape.LIST || shape == ValueShape.SET)) {
      throw new StartupException(at + ": a cookie has one value, so it cannot be a " + TypeShapes.raw(type).getSimpleName());
    }
    Converter c = converter(type, at);
    String defaultValue = defaultText.isEmpty() ? null : defaultText;
    if (defaultValue != null) {
      try {
        if (shape == ValueShape.LIST || shape == ValueShape.SET) {
          for (String item : defaultValue.split(",", -1)) {
            c.function().apply(item);
          }
        } else {
          c.function().apply(defaultValue);
        }
      } catch (RuntimeException e) {
        throw new StartupException(at + ": the default '" + defaultValue + "' is not a valid " + TypeShapes.element(type).getTypeName());
      }
    }
    boolean required = shape == ValueShape.SINGLE && defaultValue == null;
    RouteParameter model = new RouteParameter(name, javaName == null ? name : javaName, source, annotated, element,
        required, defaultValue, description, index, List.of());
    return new Bound(model, new ValueBinder(source, name, -1, c, shape, defaultValue, locPrefix));
  }

  private Bound group(Class<?> record, ParamSource source, Parameter p, String javaName, int index, String description, String at) {
    RecordComponent[] components = record.getRecordComponents();
    List<RouteParameter> members = new ArrayList<>();
    List<ArgumentBinder> binders = new ArrayList<>();
    for (int i = 0; i < components.length; i++) {
      RecordComponent rc = components[i];
      Query q = rc.getAnnotation(Query.class);
      Header h = rc.getAnnotation(Header.class);
      Form f = rc.getAnnotation(Form.class);
      String alias = switch (source) {
        case HEADER -> h == null ? "" : h.value();
        case FORM -> f == null ? "" : f.value();
        default -> q == null ? "" : q.value();
      };
      String desc = switch (source) {
        case HEADER -> h == null ? "" : h.description();
        case FORM -> f == null ? "" : f.description();
        default -> q == null ? "" : q.description();
      };
      String def = switch (source) {
        case HEADER -> h == null ? "" : h.defaultValue();
        case FORM -> f == null ? "" : f.defaultValue();
        default -> q == null ? "" : q.defaultValue();
      };
      String name = alias.isEmpty() ? wireName(source, rc.getName()) : alias;
      Bound b = valueParameter(source, name, rc.getName(), rc.getGenericType(), rc.getAnnotatedType(), rc, def, desc, i,
          List.of(source.locName()), at + ", component '" + rc.getName() + "'");
      members.add(b.model());
      binders.add(b.binder());
    }
    MethodHandle constructor;
    try {
      Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
      Constructor<?> ctor = record.getDeclaredConstructor(types);
      ctor.setAccessible(true);
      constructor = MethodHandles.lookup().unreflectConstructor(ctor)
          .asSpreader(Object[].class, types.length)
          .asType(MethodType.methodType(Object.class, Object[].class));
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new StartupException(at + ": cannot call the canonical constructor of " + record.getName() + ": " + e.getMessage());
    }
    String name = javaName == null ? record.getSimpleName() : javaName;
    RouteParameter model = new RouteParameter(name, name, source, p.getAnnotatedType(), p, false, null, description, index, members);
    return new Bound(model, new GroupBinder(binders, constructor, List.of(source.locName())));
  }

  private Converter converter(Type type, String at) {
    Type element = TypeShapes.element(type);
    Class<?> raw = TypeShapes.raw(element);
    Converter c = converters.find(raw);
    if (c == null) {
      throw new StartupException(at + ": no converter for type " + element.getTypeName()
          + " (register one with app.converter(" + raw.getSimpleName() + ".class, ...), give the type a static"
          + " of/valueOf/parse/from(String) method, or annotate the parameter @Body)");
    }
    return c;
  }

  private static String requireName(String javaName, String at) {
    if (javaName == null) {
      throw new StartupException(at + " has no name: compile with -parameters (javac -parameters, or"
          + " <parameters>true</parameters> in maven-compiler-plugin), or name it in its annotation");
    }
    return javaName;
  }

  /** Header names are kebab case on the wire: {@code userAgent} reads {@code user-agent}. */
  private static String wireName(ParamSource source, String javaName) {
    if (source != ParamSource.HEADER) {
      return javaName;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < javaName.length(); i++) {
      char c = javaName.charAt(i);
      if (Character.isUpperCase(c)) {
        if (i > 0) {
          sb.append('-');
        }
        sb.append(Character.toLowerCase(c));
      } else {
        sb.append(c == '_' ? '-' : c);
      }
    }
    return sb.toString();
  }

  private static RouteParameter model(
      String name, String javaName, ParamSource source, Parameter p, boolean required,
      String defaultValue, String description, int index, List<RouteParameter> members) {
    return new RouteParameter(name, javaName == null ? name : javaName, source, p.getAnnotatedType(), p,
        required, defaultValue, description, index, members);
  }
}
