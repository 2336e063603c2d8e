package io.brisk;

/** The body of a response to invalid input (binding or validation failures). */
public enum ValidationErrorFormat {
  /**
   * RFC 9457 {@code application/problem+json} with an {@code errors} list (the default):
   * {@code {"type":"about:blank","title":"Unprocessable Content","status":422,"detail":"...",
   * "instance":"/items","errors":[{"loc":["query","limit"],"msg":"...","type":"int_parsing"}]}}.
   */
  PROBLEM,
  /**
   * FastAPI's body, for teams migrating clients: {@code application/json}
   * {@code {"detail":[{"type":"int_parsing","loc":["query","limit"],"msg":"...","input":"x"}]}}.
   */
  FASTAPI
}
