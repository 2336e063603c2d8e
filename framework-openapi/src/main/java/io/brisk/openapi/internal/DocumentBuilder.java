package io.brisk.openapi.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.brisk.HttpMethod;
import io.brisk.Route;
import io.brisk.ServerOptions;
import io.brisk.openapi.OpenApiConfig;
import io.brisk.openapi.OpenApiCustomizer;
import io.brisk.openapi.OpenApiVersion;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the OpenAPI document of an app from its route model (never by scanning classes), once,
 * at start-up (on the thread that builds the model, or on a second core; see OpenApiPlugin). Maps
 * are sorted so that the same app gives the same bytes on every start.
 */
public final class DocumentBuilder {
  private static final int MAX_PASSES = 3;

  private final OpenApiConfig config;
  private final ServerOptions options;
  private final ObjectMapper mapper;
  private final List<OpenApiCustomizer> customizers;

  /** A builder for an app's configuration, options and JSON mapper. */
  public DocumentBuilder(OpenApiConfig config, ServerOptions options, ObjectMapper mapper) {
    this.config = config;
    this.options = options;
    this.mapper = mapper;
    List<OpenApiCustomizer> all = new ArrayList<>();
    ServiceLoader.load(OpenApiCustomizer.class, DocumentBuilder.class.getClassLoader()).forEach(all::add);
    all.addAll(config.customizers());
    this.customizers = List.copyOf(all);
  }

  /** Whether customizers (app code) take part in the build. */
  public boolean hasCustomizers() {
    return !customizers.isEmpty();
  }

  /**
   * The document of these routes. Component names that collide are qualified, which needs the
   * set of all classes: the document is built again when a pass finds a collision.
   */
  public OpenAPI build(List<Route> routes) {
    return build(routes, config.rootPath());
  }

  /**
   * The document of these routes as seen under a root path (the configured one, or the prefix a
   * trusted proxy sent): the root path is the first server, and app-relative URLs of security
   * schemes start with it.
   */
  public OpenAPI build(List<Route> routes, String rootPath) {
    Set<Class<?>> qualified = new HashSet<>();
    for (int pass = 1; ; pass++) {
      SchemaFactory schemas = new SchemaFactory(config.openApiVersion(), mapper, Set.copyOf(qualified), ErrorSchemas.RESERVED);
      OpenAPI doc = buildOnce(routes, schemas, rootPath);
      Set<Class<?>> collisions = schemas.collisions();
      if (collisions.isEmpty() || qualified.containsAll(collisions) || pass == MAX_PASSES) {
        return doc;
      }
      qualified.addAll(collisions);
    }
  }

  private OpenAPI buildOnce(List<Route> all, SchemaFactory schemas, String rootPath) {
    boolean v31 = config.openApiVersion() == OpenApiVersion.V3_1;
    OpenAPI doc = new OpenAPI(v31 ? SpecVersion.V31 : SpecVersion.V30).openapi(config.openApiVersion().text());
    doc.setInfo(info(v31));
    List<Server> servers = servers(rootPath);
    if (!servers.isEmpty()) {
      doc.setServers(servers);
    }
    List<Route> routes = all.stream().filter(r -> !r.hidden()).toList();
    Map<Route, String> ids = OperationIds.assign(routes);
    ErrorSchemas errors = new ErrorSchemas(schemas, options.validationErrorFormat());
    SecurityDocs security = new SecurityDocs(rootPath);
    OperationFactory operations = new OperationFactory(schemas,
        new ResponseFactory(schemas, errors, options.validationErrorStatus()), new JavadocIndex(), mapper, security);
    Map<String, PathItem> paths = new TreeMap<>();
    Set<String> usedTags = new LinkedHashSet<>();
    for (Route route : routes) {
      Operation op = operations.create(route, ids.get(route));
      for (OpenApiCustomizer c : customizers) {
        c.operation(route, op, schemas);
      }
      usedTags.addAll(route.tags());
      PathItem item = paths.computeIfAbsent(documentPath(route.path()), k -> new PathItem());
      item.operation(pathItemMethod(route.httpMethod()), op);
    }
    Paths docPaths = new Paths();
    paths.forEach(docPaths::addPathItem);
    doc.setPaths(docPaths);
    List<Tag> tags = new ArrayList<>();
    config.tags().forEach((name, description) -> tags.add(new Tag().name(name).description(description.isEmpty() ? null : description)));
    for (String t : usedTags) {
      if (!config.tags().containsKey(t)) {
        tags.add(new Tag().name(t));
      }
    }
    if (!tags.isEmpty()) {
      doc.setTags(tags);
    }
    if (!security.schemes().isEmpty()) {
      doc.setComponents(new Components());
      security.schemes().forEach(doc.getComponents()::addSecuritySchemes);
    }
    for (OpenApiCustomizer c : customizers) {
      c.document(doc, schemas);
    }
    Map<String, Schema<?>> components = schemas.components();
    if (!components.isEmpty() && doc.getComponents() == null) {
      doc.setComponents(new Components());
    }
    if (doc.getComponents() != null) {
      sortComponents(doc.getComponents(), components);
    }
    return doc;
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static void sortComponents(Components c, Map<String, Schema<?>> fromFactory) {
    Map<String, Schema> schemas = new TreeMap<>();
    if (c.getSchemas() != null) {
      schemas.putAll(c.getSchemas());
    }
    fromFactory.forEach(schemas::putIfAbsent);
    c.setSchemas(schemas.isEmpty() ? null : new LinkedHashMap<>(schemas));
    if (c.getSecuritySchemes() != null) {
      c.setSecuritySchemes(new LinkedHashMap<>(new TreeMap<>(c.getSecuritySchemes())));
    }
  }

  /**
   * The root path first (relative to the page's origin, so "Try it out" and clients that resolve
   * it against the document's URL call through the proxy), unless it is configured already; then
   * the configured servers.
   */
  private List<Server> servers(String rootPath) {
    List<Server> servers = new ArrayList<>();
    if (!rootPath.isEmpty() && config.servers().stream().noneMatch(s -> s.url().equals(rootPath))) {
      servers.add(new Server().url(rootPath));
    }
    for (OpenApiConfig.Server s : config.servers()) {
      Server server = new Server().url(s.url());
      if (!s.description().isEmpty()) {
        server.setDescription(s.description());
      }
      servers.add(server);
    }
    return servers;
  }

  private Info info(boolean v31) {
    Info info = new Info().title(config.title()).version(config.version());
    if (v31 && !config.summary().isEmpty()) {
      info.setSummary(config.summary());
    }
    if (!config.description().isEmpty()) {
      info.setDescription(config.description());
    }
    if (!config.termsOfService().isEmpty()) {
      info.setTermsOfService(config.termsOfService());
    }
    config.contact().ifPresent(c -> info.setContact(new Contact()
        .name(emptyToNull(c.name())).url(emptyToNull(c.url())).email(emptyToNull(c.email()))));
    config.license().ifPresent(l -> {
      License license = new License().name(l.name()).url(emptyToNull(l.url()));
      if (v31 && !l.identifier().isEmpty()) {
        license.setIdentifier(l.identifier());
      }
      info.setLicense(license);
    });
    return info;
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  /** A catch-all {@code {*rest}} is the path parameter {@code {rest}} in OpenAPI. */
  static String documentPath(String template) {
    return template.replace("{*", "{");
  }

  private static PathItem.HttpMethod pathItemMethod(HttpMethod m) {
    return PathItem.HttpMethod.valueOf(m.name());
  }
}
