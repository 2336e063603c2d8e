package io.brisk.reliability;

/**
 * One hostile input and what the server answered, as a line of the table.
 *
 * @param category the group
 * @param name what the case is
 * @param sent what was sent, briefly
 * @param answer the status (or the HTTP/2 error, or that nothing was answered)
 * @param connection {@code kept} or {@code closed}
 * @param problem the problem document's title and its most specific message, or {@code -}
 */
record Row(Category category, String name, String sent, String answer, String connection, String problem) {}
