package io.brisk.examples.inventory.items;

/**
 * What kind of item it is. The constants are written as they are sent (JSON, query values), so
 * they are lower case.
 */
public enum Category {
  /** Hammers, saws... */
  tools,
  /** Anything to read. */
  books,
  /** Anything to eat. */
  food
}
