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

  /** The heap: each position's time, densely, so that a node's four children share a line. */
  private long[] times = new long[64];

  /** The heap: each position's entry, an index into the entry table below. */
  private int[] slots = new int[64];

  // the entry table: order (priority and insertion sequence), tag and payload of each entry
  private long[] orders = new long[64];
  private long[] tags = new long[64];
  private Object[] payloads = new Object[64];

  /** Entry-table slots given back by polled entries, reused before new ones. */
  private int[] free = new int[64];

  private int freeCount;
  private int slotsUsed;
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
    int slot = freeCount > 0 ? free[--freeCount] : slotsUsed++;
    long order = ((long) priority << SEQUENCE_BITS) | nextSequence++;
    orders[slot] = order;
    tags[slot] = tag;
    payloads[slot] = payload;
    long[] t = times;
    int[] s = slots;
    int i = size++;
    while (i > 0) {
      int parent = (i - 1) >>> 2;
      long parentTime = t[parent];
      if (parentTime < time || (parentTime == time && orders[s[parent]] < order)) {
        break;
      }
      t[i] = parentTime;
      s[i] = s[parent];
      i = parent;
    }
    t[i] = time;
    s[i] = slot;
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
    return payloads[slots[0]];
  }

  /** Returns the priority of the first pending event; call only when one is pending. */
  public int peekPriority() {
    return (int) (orders[slots[0]] >>> SEQUENCE_BITS);
  }

  /** Returns the tag of the first pending event; call only when one is pending. */
  public long peekTag() {
    return tags[slots[0]];
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
    int[] s = slots;
    int top = s[0];
    Object payload = payloads[top];
    payloads[top] = null;
    polledTime = t[0];
    polledPriority = (int) (orders[top] >>> SEQUENCE_BITS);
    polledTag = tags[top];
    free[freeCount++] = top;

    int last = --size;
    long time = t[last];
    int slot = s[last];
    if (last > 0) {
      long[] o = orders;
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
          if (childTime < bestTime || (childTime == bestTime && o[s[child]] < o[s[best]])) {
            best = child;
            bestTime = childTime;
          }
        }
        if (bestTime > time || (bestTime == time && o[s[best]] > o[slot])) {
          break;
        }
        t[i] = bestTime;
        s[i] = s[best];
        i = best;
      }
      t[i] = time;
      s[i] = slot;
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
    Arrays.fill(payloads, null);
    size = 0;
    freeCount = 0;
    slotsUsed = 0;
  }

  private void grow() {
    int capacity = times.length * 2;
    times = Arrays.copyOf(times, capacity);
    slots = Arrays.copyOf(slots, capacity);
    orders = Arrays.copyOf(orders, capacity);
    tags = Arrays.copyOf(tags, capacity);
    payloads = Arrays.copyOf(payloads, capacity);
    free = Arrays.copyOf(free, capacity);
  }
}
