package org.tapisim.clock;

import java.util.Arrays;

/**
 * The pending events of a simulation in their total order: by sim time, then priority (lower
 * first), then insertion sequence.
 *
 * <p>A four-ary heap over a primitive array (each entry's time, order and tag side by side) and an
 * array of payloads: adding and polling allocate nothing once the arrays have grown to the working
 * size. Each entry holds a payload object and a {@code long} tag the owner may use to recognise
 * stale entries (for example a timer that was cancelled by bumping a counter). Times are
 * nanoseconds since the simulation's epoch.
 *
 * <p>Not thread-safe: owned by one thread at a time, like the rest of the switch state.
 */
public final class EventQueue {
  /** The highest priority value accepted. */
  public static final int MAX_PRIORITY = (1 << 15) - 1;

  private static final int SEQUENCE_BITS = 48;
  private static final long SEQUENCE_LIMIT = 1L << SEQUENCE_BITS;

  /** Per entry: time, order (priority and insertion sequence), tag; three longs side by side. */
  private long[] keys = new long[3 * 64];

  private Object[] payloads = new Object[64];
  private int size;
  private long nextSequence;

  private long polledTime;
  private int polledPriority;
  private long polledTag;

  /**
   * Adds an event.
   *
   * @param time its sim time in nanoseconds since the epoch
   * @param priority 0..{@link #MAX_PRIORITY}; lower runs first among events at the same time
   * @param payload what the owner needs to handle it (not null)
   * @param tag a value returned with it by {@link #polledTag()}
   */
  public void add(long time, int priority, Object payload, long tag) {
    if (priority < 0 || priority > MAX_PRIORITY) {
      throw new IllegalArgumentException("priority out of range: " + priority);
    }
    if (payload == null) {
      throw new IllegalArgumentException("payload is null");
    }
    if (nextSequence == SEQUENCE_LIMIT) {
      throw new IllegalStateException("event sequence exhausted");
    }
    if (size == payloads.length) {
      grow();
    }
    long order = ((long) priority << SEQUENCE_BITS) | nextSequence++;
    long[] k = keys;
    int i = size++;
    while (i > 0) {
      int parent = (i - 1) >>> 2;
      int p = 3 * parent;
      if (!before(time, order, k[p], k[p + 1])) {
        break;
      }
      int c = 3 * i;
      k[c] = k[p];
      k[c + 1] = k[p + 1];
      k[c + 2] = k[p + 2];
      payloads[i] = payloads[parent];
      i = parent;
    }
    int c = 3 * i;
    k[c] = time;
    k[c + 1] = order;
    k[c + 2] = tag;
    payloads[i] = payload;
  }

  /** Tells whether no event is pending. */
  public boolean isEmpty() {
    return size == 0;
  }

  /** Returns the number of pending events. */
  public int size() {
    return size;
  }

  /**
   * Returns the time of the first pending event.
   *
   * @throws IllegalStateException if none is pending
   */
  public long peekTime() {
    if (size == 0) {
      throw new IllegalStateException("no pending event");
    }
    return keys[0];
  }

  /**
   * Returns the payload of the first pending event.
   *
   * @throws IllegalStateException if none is pending
   */
  public Object peekPayload() {
    if (size == 0) {
      throw new IllegalStateException("no pending event");
    }
    return payloads[0];
  }

  /** Returns the priority of the first pending event; call only when one is pending. */
  public int peekPriority() {
    return (int) (keys[1] >>> SEQUENCE_BITS);
  }

  /** Returns the tag of the first pending event; call only when one is pending. */
  public long peekTag() {
    return keys[2];
  }

  /**
   * Removes the first pending event and returns its payload; its time, priority and tag are then
   * available from {@link #polledTime()}, {@link #polledPriority()} and {@link #polledTag()}.
   *
   * @throws IllegalStateException if none is pending
   */
  public Object poll() {
    if (size == 0) {
      throw new IllegalStateException("no pending event");
    }
    long[] k = keys;
    Object payload = payloads[0];
    polledTime = k[0];
    polledPriority = (int) (k[1] >>> SEQUENCE_BITS);
    polledTag = k[2];

    int last = --size;
    int l = 3 * last;
    long time = k[l];
    long order = k[l + 1];
    long tag = k[l + 2];
    Object lastPayload = payloads[last];
    payloads[last] = null;
    if (last > 0) {
      int i = 0;
      while (true) {
        int first = 4 * i + 1;
        if (first >= last) {
          break;
        }
        int best = first;
        int end = Math.min(first + 4, last);
        for (int child = first + 1; child < end; child++) {
          if (before(k[3 * child], k[3 * child + 1], k[3 * best], k[3 * best + 1])) {
            best = child;
          }
        }
        int b = 3 * best;
        if (!before(k[b], k[b + 1], time, order)) {
          break;
        }
        int c = 3 * i;
        k[c] = k[b];
        k[c + 1] = k[b + 1];
        k[c + 2] = k[b + 2];
        payloads[i] = payloads[best];
        i = best;
      }
      int c = 3 * i;
      k[c] = time;
      k[c + 1] = order;
      k[c + 2] = tag;
      payloads[i] = lastPayload;
    }
    return payload;
  }

  /** Returns the sim time of the event last polled. */
  public long polledTime() {
    return polledTime;
  }

  /** Returns the priority of the event last polled. */
  public int polledPriority() {
    return polledPriority;
  }

  /** Returns the tag of the event last polled. */
  public long polledTag() {
    return polledTag;
  }

  /** Removes every pending event. */
  public void clear() {
    Arrays.fill(payloads, 0, size, null);
    size = 0;
  }

  private static boolean before(long time, long order, long otherTime, long otherOrder) {
    return time < otherTime || (time == otherTime && order < otherOrder);
  }

  private void grow() {
    int capacity = payloads.length * 2;
    keys = Arrays.copyOf(keys, 3 * capacity);
    payloads = Arrays.copyOf(payloads, capacity);
  }
}
