package org.tapisim.clock;

import java.util.Arrays;

/**
 * The pending events of a simulation in their total order: by sim time, then priority (lower
 * first), then insertion sequence.
 *
 * <p>A four-ary heap over primitive arrays (the times densely, so that a node's children share a
 * cache line; each entry's order and tag side by side) and an array of payloads: adding and polling
 * allocate nothing once the arrays have grown to the working size. Comparisons look at the order
 * only when two times are equal. Each entry holds a payload object and a {@code long} tag the owner
 * may use to recognise stale entries (for example a timer that was cancelled by bumping a counter).
 * Times are nanoseconds since the simulation's epoch.
 *
 * <p>Not thread-safe: owned by one thread at a time, like the rest of the switch state.
 */
public final class EventQueue {
  /** The highest priority value accepted. */
  public static final int MAX_PRIORITY = (1 << 15) - 1;

  private static final int SEQUENCE_BITS = 48;
  private static final long SEQUENCE_LIMIT = 1L << SEQUENCE_BITS;

  /** Each entry's time, densely, so that a node's four children share a cache line. */
  private long[] times = new long[64];

  /** Each entry's order (priority and insertion sequence) and tag, side by side. */
  private long[] meta = new long[2 * 64];

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
    if (size == times.length) {
      grow();
    }
    long order = ((long) priority << SEQUENCE_BITS) | nextSequence++;
    long[] t = times;
    long[] m = meta;
    int i = size++;
    while (i > 0) {
      int parent = (i - 1) >>> 2;
      long parentTime = t[parent];
      if (parentTime < time || (parentTime == time && m[2 * parent] < order)) {
        break;
      }
      t[i] = parentTime;
      m[2 * i] = m[2 * parent];
      m[2 * i + 1] = m[2 * parent + 1];
      payloads[i] = payloads[parent];
      i = parent;
    }
    t[i] = time;
    m[2 * i] = order;
    m[2 * i + 1] = tag;
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
    return times[0];
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
    return (int) (meta[0] >>> SEQUENCE_BITS);
  }

  /** Returns the tag of the first pending event; call only when one is pending. */
  public long peekTag() {
    return meta[1];
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
    long[] t = times;
    long[] m = meta;
    Object payload = payloads[0];
    polledTime = t[0];
    polledPriority = (int) (m[0] >>> SEQUENCE_BITS);
    polledTag = m[1];

    int last = --size;
    long time = t[last];
    long order = m[2 * last];
    long tag = m[2 * last + 1];
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
        long bestTime = t[first];
        int end = Math.min(first + 4, last);
        for (int child = first + 1; child < end; child++) {
          long childTime = t[child];
          if (childTime < bestTime || (childTime == bestTime && m[2 * child] < m[2 * best])) {
            best = child;
            bestTime = childTime;
          }
        }
        if (bestTime > time || (bestTime == time && m[2 * best] > order)) {
          break;
        }
        t[i] = bestTime;
        m[2 * i] = m[2 * best];
        m[2 * i + 1] = m[2 * best + 1];
        payloads[i] = payloads[best];
        i = best;
      }
      t[i] = time;
      m[2 * i] = order;
      m[2 * i + 1] = tag;
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

  private void grow() {
    int capacity = times.length * 2;
    times = Arrays.copyOf(times, capacity);
    meta = Arrays.copyOf(meta, 2 * capacity);
    payloads = Arrays.copyOf(payloads, capacity);
  }
}
