package io.brisk.internal.routing;

import java.util.function.Supplier;

/**
 * A string-keyed map that is looked up by a character range of another string, so a router can
 * match a path segment without cutting it out first.
 *
 * <p>Open addressing over parallel arrays (hashes, keys, values) at a load of at most one half, with
 * each key's hash stored: a lookup costs one hash of the range, about one probe and one comparison
 * of the key, whatever the number of entries. Filled once at start-up, then only read.
 *
 * @param <V> the value type
 */
final class SegmentMap<V> {
  private int[] hashes = new int[2];
  private String[] keys = new String[2];
  private Object[] values = new Object[2];
  private int shift = 31;
  private int size;

  /** The value at {@code key}, created by {@code create} when absent. */
  V computeIfAbsent(String key, Supplier<V> create) {
    V found = get(key, 0, key.length(), key.hashCode());
    if (found != null) {
      return found;
    }
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    V value = create.get();
    insert(key.hashCode(), key, value);
    size++;
    return value;
  }

  /** The value whose key equals {@code s} from {@code from} (inclusive) to {@code to}, or null. */
  V get(String s, int from, int to) {
    if (size == 0) {
      return null;
    }
    return get(s, from, to, from == 0 && to == s.length() ? s.hashCode() : hash(s, from, to));
  }

  /**
   * The value whose key equals {@code s[0, end)} followed by one {@code '/'}, or null: the other
   * trailing-slash form of a path, without building it.
   */
  V getWithSlash(String s, int end) {
    if (size == 0) {
      return null;
    }
    int hash = 31 * (end == s.length() ? s.hashCode() : hash(s, 0, end)) + '/';
    for (int i = slot(hash); keys[i] != null; i = (i + 1) & (keys.length - 1)) {
      String key = keys[i];
      if (hashes[i] == hash && key.length() == end + 1 && key.charAt(end) == '/' && key.regionMatches(0, s, 0, end)) {
        return value(i);
      }
    }
    return null;
  }

  /** {@link String#hashCode} of a range, computed the same way. */
  static int hash(String s, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + s.charAt(i);
    }
    return h;
  }

  private V get(String s, int from, int to, int hash) {
    int length = to - from;
    for (int i = slot(hash); keys[i] != null; i = (i + 1) & (keys.length - 1)) {
      String key = keys[i];
      if (hashes[i] == hash && key.length() == length && key.regionMatches(0, s, from, length)) {
        return value(i);
      }
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  private V value(int i) {
    return (V) values[i];
  }

  /** Fibonacci hashing: the top bits of the product, so that near hashes land far apart. */
  private int slot(int hash) {
    return (hash * 0x9E3779B9) >>> shift;
  }

  private void insert(int hash, String key, Object value) {
    int i = slot(hash);
    while (keys[i] != null) {
      i = (i + 1) & (keys.length - 1);
    }
    hashes[i] = hash;
    keys[i] = key;
    values[i] = value;
  }

  private void grow() {
    int[] oldHashes = hashes;
    String[] oldKeys = keys;
    Object[] oldValues = values;
    hashes = new int[oldKeys.length * 2];
    keys = new String[oldKeys.length * 2];
    values = new Object[oldKeys.length * 2];
    shift--;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        insert(oldHashes[i], oldKeys[i], oldValues[i]);
      }
    }
  }
}
