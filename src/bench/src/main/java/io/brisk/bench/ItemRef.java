package io.brisk.bench;

/** The body of {@code GET /items/{id}}: the id and the {@code q} query value or {@code null}. */
public record ItemRef(int id, String q) {}
