package io.brisk.security;

import io.brisk.Request;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** HTTP Basic authentication; handlers receive {@link BasicCredentials}. */
public final class HttpBasic implements SecurityScheme {
  private final String realm;
  private final String name;

  private HttpBasic(String realm, String name) {
    this.realm = realm;
    this.name = name;
  }

  /** A Basic scheme whose challenge names a realm (shown by browsers). */
  public static HttpBasic realm(String realm) {
    return new HttpBasic(realm, "HTTPBasic");
  }

  /** This scheme under another documentation name. */
  public HttpBasic named(String newName) {
    return new HttpBasic(realm, newName);
  }

  /** The realm. */
  public String realm() {
    return realm;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Class<?> credentialType() {
    return BasicCredentials.class;
  }

  @Override
  public Object authenticate(Request request) {
    String challenge = "Basic realm=\"" + realm.replace("\"", "") + "\", charset=\"UTF-8\"";
    String encoded = BearerCredentials.read(request, "Basic", challenge);
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new MissingCredentialsException("The Basic credentials are not valid base64", challenge);
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      throw new MissingCredentialsException("The Basic credentials must be user:password", challenge);
    }
    return new BasicCredentials(decoded.substring(0, colon), decoded.substring(colon + 1));
  }
}
