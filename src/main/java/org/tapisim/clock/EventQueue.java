package org.tapisim.clock;

import java.util.Arrays;

/**
 * The pending events of a simulation in their total order: by sim time, then priority (lower
 * first), then insertion sequence.
 *
 * <p>A binary heap over primitive arrays: adding and polling allocate nothing once the arrays have
 * grown to the working size. Each entry holds a payload object and a {@code long} tag the owner may
 * use to recognise stale entries (for example a timer that was cancelled by bumping a counter).
 * Times are nanoseconds since the simulation's epoch.
 *
 * <p>Not thread-safe: owned by one thread at a time, like the rest of the switch state.
 */
public final class EventQueue {
  /** The highest priority value accepted. */
  public static final int MAX_PRIORITY = (1 << 15) - 1;

  private static final int SEQUENCE_BITS = 48;
  private static final long SEQUENCE_LIMIT = 1L << SEQUENCE_BITS;

  private long[] times = new long[64];
  private long[] orders = new long[64];
  private long[] tags = new long[64];
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
    int i = size++;
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (!before(time, order, times[parent], orders[parent])) {
        break;
      }
      move(parent, i);
      i = parent;
    }
    set(i, time, order, payload, tag);
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
    return (int) (orders[0] >>> SEQUENCE_BITS);
  }

  /** Returns the tag of the first pending event; call only when one is pending. */
  public long peekTag() {
    return tags[0];
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
    Object payload = payloads[0];
    polledTime = times[0];
    polledPriority = (int) (orders[0] >>> SEQUENCE_BITS);
    polledTag = tags[0];

    int last = --size;
    long time = times[last];
    long order = orders[last];
    Object lastPayload = payloads[last];
    long lastTag = tags[last];
    payloads[last] = null;
    if (last > 0) {
      int i = 0;
      int half = last >>> 1;
      while (i < half) {
        int child = 2 * i + 1;
        int right = child + 1;
        if (right < last && before(times[right], orders[right], times[child], orders[child])) {
          child = right;
        }
        if (!before(times[child], orders[child], time, order)) {
          break;
        }
        move(child, i);
        i = child;
      }
      set(i, time, order, lastPayload, lastTag);
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

  private void move(int from, int to) {
    times[to] = times[from];
    orders[to] = orders[from];
    tags[to] = tags[from];
    payloads[to] = payloads[from];
  }

  private void set(int i, long time, long order, Object payload, long tag) {
    times[i] = time;
    orders[i] = order;
    tags[i] = tag;
    payloads[i] = payload;
  }

  private void grow() {
    int capacity = times.length * 2;
    times = Arrays.copyOf(times, capacity);
    orders = Arrays.copyOf(orders, capacity);
    tags = Arrays.copyOf(tags, capacity);
    payloads = Arrays.copyOf(payloads, capacity);
  }
}
