package io.brisk.bench;

/** The body of {@code GET /json}. */
public record Message(String message) {}
