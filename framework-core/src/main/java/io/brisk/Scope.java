package io.brisk;

/** How long a dependency's value lives. */
public enum Scope {
  /** Made once per request, shared by every consumer in it, closed after the response (the default). */
  REQUEST,
  /** Made once for the app (on first use), shared by every request, closed when the app stops. */
  APPLICATION,
  /** Made anew for every consumer; closed after the response like a request value. */
  TRANSIENT
}
