package io.brisk.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the OpenAPI module serves and what the document says beyond the route model: info,
 * servers, tag descriptions, URLs, version.
 *
 * <pre>{@code
 * app.plugin(new OpenApiPlugin(new OpenApiConfig()
 *     .title("Inventory").version("1.4.0")
 *     .tag("items", "Everything on the shelves")
 *     .rootPath("/inventory")));
 * }</pre>
 *
 * <p>Configure it on one thread before the app starts; it is read once, when the route model is
 * built. An empty URL switches that endpoint off.
 */
public final class OpenApiConfig {
  /** A contact of the {@code info} object. */
  public record Contact(String name, String url, String email) {}

  /** A license of the {@code info} object: a URL or an SPDX identifier (not both). */
  public record License(String name, String url, String identifier) {}

  /** A server entry. */
  public record Server(String url, String description) {}

  private boolean enabled = true;
  private OpenApiVersion version = OpenApiVersion.V3_1;
  private String openapiUrl = "/openapi.json";
  private String yamlUrl = "/openapi.yaml";
  private String docsUrl = "/docs";
  private String redocUrl = "/redoc";
  private String rootPath = "";
  private String title = "Brisk API";
  private String apiVersion = "0.1.0";
  private String summary = "";
  private String description = "";
  private String termsOfService = "";
  private Contact contact;
  private License license;
  private final List<Server> servers = new ArrayList<>();
  private final Map<String, String> tags = new LinkedHashMap<>();
  private final List<OpenApiCustomizer> customizers = new ArrayList<>();

  /** Switches the whole module on or off (default on): no document, no pages. */
  public OpenApiConfig enabled(boolean on) {
    this.enabled = on;
    return this;
  }

  /** The OpenAPI version of the document (default {@link OpenApiVersion#V3_1}). */
  public OpenApiConfig openApiVersion(OpenApiVersion newVersion) {
    this.version = Objects.requireNonNull(newVersion, "version");
    return this;
  }

  /** Where the JSON document is served (default {@code /openapi.json}); empty switches it and the pages off. */
  public OpenApiConfig openapiUrl(String url) {
    this.openapiUrl = url(url);
    return this;
  }

  /** Where the YAML document is served (default {@code /openapi.yaml}); empty switches it off. */
  public OpenApiConfig yamlUrl(String url) {
    this.yamlUrl = url(url);
    return this;
  }

  /** Where Swagger UI is served (default {@code /docs}); empty switches it off. */
  public OpenApiConfig docsUrl(String url) {
    this.docsUrl = url(url);
    return this;
  }

  /** Where ReDoc is served (default {@code /redoc}); empty switches it off. */
  public OpenApiConfig redocUrl(String url) {
    this.redocUrl = url(url);
    return this;
  }

  /**
   * The path prefix under which a proxy exposes the app, for example {@code /api} when the proxy
   * strips it before forwarding: the pages load the document and their assets under it, and the
   * document's default server is it.
   */
  public OpenApiConfig rootPath(String path) {
    String p = Objects.requireNonNull(path, "rootPath");
    while (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    if (!p.isEmpty() && !p.startsWith("/")) {
      p = "/" + p;
    }
    this.rootPath = p;
    return this;
  }

  /** The API's title (default {@code "Brisk API"}). */
  public OpenApiConfig title(String newTitle) {
    this.title = Objects.requireNonNull(newTitle, "title");
    return this;
  }

  /** The API's version (default {@code "0.1.0"}), not the OpenAPI version. */
  public OpenApiConfig version(String newVersion) {
    this.apiVersion = Objects.requireNonNull(newVersion, "version");
    return this;
  }

  /** A one-line summary of the API (written in 3.1 documents only; 3.0 has no such field). */
  public OpenApiConfig summary(String text) {
    this.summary = Objects.requireNonNull(text, "summary");
    return this;
  }

  /** A description of the API (Markdown). */
  public OpenApiConfig description(String text) {
    this.description = Objects.requireNonNull(text, "description");
    return this;
  }

  /** A URL of the terms of service. */
  public OpenApiConfig termsOfService(String url) {
    this.termsOfService = Objects.requireNonNull(url, "termsOfService");
    return this;
  }

  /** The contact; pass empty strings for the parts you do not give. */
  public OpenApiConfig contact(String name, String url, String email) {
    this.contact = new Contact(name, url, email);
    return this;
  }

  /** The license, by name and URL. */
  public OpenApiConfig license(String name, String url) {
    this.license = new License(Objects.requireNonNull(name, "name"), Objects.requireNonNull(url, "url"), "");
    return this;
  }

  /** The license, by name and SPDX identifier (3.1; a 3.0 document writes the name only). */
  public OpenApiConfig licenseIdentifier(String name, String spdxIdentifier) {
    this.license = new License(Objects.requireNonNull(name, "name"), "", Objects.requireNonNull(spdxIdentifier, "identifier"));
    return this;
  }

  /** Adds a server (the first is the default of the pages' "Try it out"). */
  public OpenApiConfig server(String url) {
    return server(url, "");
  }

  /** Adds a server with a description. */
  public OpenApiConfig server(String url, String serverDescription) {
    servers.add(new Server(Objects.requireNonNull(url, "url"), Objects.requireNonNull(serverDescription, "description")));
    return this;
  }

  /** Describes a tag; tags are listed in the order described, then the others in route order. */
  public OpenApiConfig tag(String name, String tagDescription) {
    tags.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(tagDescription, "description"));
    return this;
  }

  /** Adds a customizer that runs after the ones found on the classpath. */
  public OpenApiConfig customizer(OpenApiCustomizer customizer) {
    customizers.add(Objects.requireNonNull(customizer, "customizer"));
    return this;
  }

  /** Whether the module is on. */
  public boolean enabled() {
    return enabled;
  }

  /** The document's OpenAPI version. */
  public OpenApiVersion openApiVersion() {
    return version;
  }

  /** The JSON document's URL; empty when off. */
  public String openapiUrl() {
    return openapiUrl;
  }

  /** The YAML document's URL; empty when off. */
  public String yamlUrl() {
    return yamlUrl;
  }

  /** Swagger UI's URL; empty when off. */
  public String docsUrl() {
    return docsUrl;
  }

  /** ReDoc's URL; empty when off. */
  public String redocUrl() {
    return redocUrl;
  }

  /** Swagger UI's OAuth2 redirect page: {@code docsUrl + "/oauth2-redirect.html"}; empty when off. */
  public String oauth2RedirectUrl() {
    return docsUrl.isEmpty() ? "" : docsUrl + "/oauth2-redirect.html";
  }

  /** The proxy's path prefix; empty when none. */
  public String rootPath() {
    return rootPath;
  }

  /** The API's title. */
  public String title() {
    return title;
  }

  /** The API's version. */
  public String version() {
    return apiVersion;
  }

  /** The API's summary; empty when none. */
  public String summary() {
    return summary;
  }

  /** The API's description; empty when none. */
  public String description() {
    return description;
  }

  /** The terms of service URL; empty when none. */
  public String termsOfService() {
    return termsOfService;
  }

  /** The contact, when set. */
  public Optional<Contact> contact() {
    return Optional.ofNullable(contact);
  }

  /** The license, when set. */
  public Optional<License> license() {
    return Optional.ofNullable(license);
  }

  /** The servers, in the order added. */
  public List<Server> servers() {
    return List.copyOf(servers);
  }

  /** The tag descriptions, in the order added. */
  public Map<String, String> tags() {
    return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tags));
  }

  /** The customizers added in code. */
  public List<OpenApiCustomizer> customizers() {
    return List.copyOf(customizers);
  }

  private static String url(String url) {
    Objects.requireNonNull(url, "url");
    if (url.isEmpty()) {
      return url;
    }
    if (!url.startsWith("/")) {
      throw new IllegalArgumentException("A URL of the OpenAPI module is a path starting with '/', not '" + url + "'");
    }
    String u = url;
    while (u.length() > 1 && u.endsWith("/")) {
      u = u.substring(0, u.length() - 1);
    }
    return u;
  }
}
