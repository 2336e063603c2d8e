package io.brisk.openapi.internal;

import io.brisk.Route;
import io.brisk.security.ApiKeyScheme;
import io.brisk.security.HttpBasic;
import io.brisk.security.HttpBearer;
import io.brisk.security.OAuth2PasswordBearer;
import io.brisk.security.OpenIdConnect;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The security schemes the routes use ({@code components.securitySchemes}) and each operation's
 * {@code security}: one requirement with every scheme the route's dependencies read, and an
 * alternative without the schemes read only as {@code Optional} (so that "no credential" is
 * documented as allowed).
 */
final class SecurityDocs {
  private final Map<String, SecurityScheme> schemes = new TreeMap<>();
  private final String rootPath;

  /** Schemes whose app-relative URLs (a token URL such as {@code /token}) get the proxy's root path. */
  SecurityDocs(String rootPath) {
    this.rootPath = rootPath;
  }

  /** The operation's requirements (empty when the route reads no credential). */
  List<SecurityRequirement> requirements(Route route, Inputs inputs) {
    SecurityRequirement all = new SecurityRequirement();
    SecurityRequirement mandatory = new SecurityRequirement();
    for (io.brisk.security.SecurityRequirement r : route.security()) {
      schemes.putIfAbsent(r.scheme().name(), scheme(r.scheme(), rootPath));
      all.addList(r.scheme().name(), new ArrayList<>(r.scopes()));
      if (!inputs.credentials().getOrDefault(r.scheme().credentialType(), false)) {
        mandatory.addList(r.scheme().name(), new ArrayList<>(r.scopes()));
      }
    }
    if (all.isEmpty()) {
      return List.of();
    }
    if (mandatory.size() == all.size()) {
      return List.of(all);
    }
    return List.of(all, mandatory);
  }

  /** An app-relative URL ({@code /token}) under the root path; other URLs as they are. */
  private static String underRoot(String url, String rootPath) {
    return url.startsWith("/") && !url.startsWith("//") ? rootPath + url : url;
  }

  /** The schemes met so far, by name. */
  Map<String, SecurityScheme> schemes() {
    return schemes;
  }

  static SecurityScheme scheme(io.brisk.security.SecurityScheme s, String rootPath) {
    return switch (s) {
      case OAuth2PasswordBearer o -> {
        Scopes scopes = new Scopes();
        o.scopes().forEach(scopes::addString);
        OAuthFlow flow = new OAuthFlow().tokenUrl(underRoot(o.tokenUrl(), rootPath)).scopes(scopes);
        o.refreshUrl().ifPresent(u -> flow.setRefreshUrl(underRoot(u, rootPath)));
        yield new SecurityScheme().type(SecurityScheme.Type.OAUTH2).flows(new OAuthFlows().password(flow));
      }
      case HttpBearer b -> {
        SecurityScheme scheme = new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer");
        if (!b.bearerFormat().isEmpty()) {
          scheme.setBearerFormat(b.bearerFormat());
        }
        yield scheme;
      }
      case HttpBasic b -> new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic");
      case ApiKeyScheme k -> new SecurityScheme().type(SecurityScheme.Type.APIKEY).name(k.parameterName())
          .in(switch (k.location()) {
            case HEADER -> SecurityScheme.In.HEADER;
            case QUERY -> SecurityScheme.In.QUERY;
            case COOKIE -> SecurityScheme.In.COOKIE;
          });
      case OpenIdConnect o -> new SecurityScheme().type(SecurityScheme.Type.OPENIDCONNECT).openIdConnectUrl(o.openIdConnectUrl());
    };
  }
}
