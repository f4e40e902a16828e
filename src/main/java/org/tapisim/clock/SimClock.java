package org.tapisim.clock;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

/**
 * The clock of one simulation: it holds the pending events in their total order and hands each to a
 * {@link Dispatcher} when it comes due, in virtual time or in real time.
 *
 * <p>One thread owns the simulation's state at a time. In virtual time that is the caller, who
 * drives the clock with {@link #runUntil(long)}, {@link #runUntilIdle()} and {@link
 * #advanceUntil(BooleanSupplier, long)}. In real time, after {@link #start()}, a loop thread owns
 * it; other threads hand work to it with {@link #call(Callable)} and {@link #submit(Callable)}, and
 * wait for sim time with the same run methods. Times are nanoseconds since the simulation's epoch.
 *
 * <p>Only this package reads the wall clock or sleeps.
 */
public abstract sealed class SimClock implements AutoCloseable permits VirtualClock, RealTimeClock {

  /** Handles events as they come due; called on the owning thread, one event at a time. */
  @FunctionalInterface
  public interface Dispatcher {
    /**
     * Handles one event; the clock's {@link #now()} is its time.
     *
     * @param priority the priority it was scheduled with
     * @param payload the payload it was scheduled with
     * @param tag the tag it was scheduled with
     */
    void dispatch(int priority, Object payload, long tag);

    /**
     * Tells whether an event has become meaningless (a cancelled timer); the clock then drops it
     * without moving sim time to it. The default says no event is ever stale.
     */
    default boolean isStale(int priority, Object payload, long tag) {
      return false;
    }
  }

  /** Told when the real-time loop runs events later than their wall-clock deadline. */
  @FunctionalInterface
  public interface LagListener {
    /**
     * Reports lag; called on the loop thread at most about once per wall-clock second.
     *
     * @param lagNanos how late, in wall-clock nanoseconds, the latest event ran
     */
    void behind(long lagNanos);
  }

  final EventQueue queue = new EventQueue();
  final Dispatcher dispatcher;
  long now;
  volatile boolean stopped;

  /** The sim time the run ends at: no event after it is dispatched (see {@link #endAt(long)}). */
  long end = Long.MAX_VALUE;

  /** Pending entries that are the clock's own markers (waiters' time limits), not events. */
  int markers;

  private boolean dispatching;

  SimClock(Dispatcher dispatcher) {
    if (dispatcher == null) {
      throw new IllegalArgumentException("dispatcher is null");
    }
    this.dispatcher = dispatcher;
  }

  /**
   * Creates a clock for a mode.
   *
   * @param lagListener told when a real-time clock falls behind; ignored in virtual time
   */
  public static SimClock create(ClockMode mode, Dispatcher dispatcher, LagListener lagListener) {
    if (mode instanceof ClockMode.RealTime realTime) {
      return new RealTimeClock(dispatcher, realTime.speed(), lagListener);
    }
    return new VirtualClock(dispatcher);
  }

  /** Returns the current sim time in nanoseconds since the epoch; call on the owning thread. */
  public final long now() {
    return now;
  }

  /**
   * Schedules an event; call on the owning thread.
   *
   * @param time its sim time; not before {@link #now()}
   * @param priority lower runs first among events at the same time (0..{@link
   *     EventQueue#MAX_PRIORITY})
   * @param payload handed to the dispatcher
   * @param tag handed to the dispatcher
   * @throws IllegalArgumentException if {@code time} is in the past
   */
  public final void schedule(long time, int priority, Object payload, long tag) {
    if (time < now) {
      throw new IllegalArgumentException("cannot schedule in the past: " + time + " < " + now);
    }
    queue.add(time, priority, payload, tag);
  }

  /**
   * Ends the simulation at sim time {@code time}: events after it are never dispatched and no run
   * method moves the clock past it, so a run to its horizon ends on the same state in virtual and
   * in real time however late the real-time loop is. A real-time loop that gets there rests until
   * it is closed. Call on the owning thread before {@link #start()}.
   *
   * @throws IllegalArgumentException if {@code time} is before {@link #now()}
   * @throws IllegalStateException if a real-time clock has started
   */
  public void endAt(long time) {
    if (time < now) {
      throw new IllegalArgumentException(
          "cannot end before the sim time now: " + time + " < " + now);
    }
    end = time;
  }

  /** Tells whether no live event is pending; call on the owning thread. */
  public final boolean isIdle() {
    hasLive();
    return queue.size() == markers;
  }

  /**
   * Returns the number of pending events, counting cancelled ones the clock has not dropped yet;
   * call on the owning thread.
   */
  public final int pending() {
    return queue.size() - markers;
  }

  /** Tells whether this clock paces to the wall clock. */
  public abstract boolean isRealTime();

  /** Returns sim seconds per wall-clock second; 0 for virtual time. */
  public abstract double speed();

  /** Starts the real-time loop; does nothing in virtual time or when already started. */
  public abstract void start();

  /**
   * Runs {@code action} on the owning thread at the current sim time and returns its result. From
   * the owning thread, or when no loop runs, it runs inline. Exceptions propagate unchanged
   * (checked ones wrapped in {@link IllegalStateException}).
   */
  public abstract <T> T call(Callable<T> action);

  /**
   * Hands {@code action} to the owning thread and returns at once; the future completes with its
   * result or its exception.
   */
  public abstract <T> CompletableFuture<T> submit(Callable<T> action);

  /**
   * Runs (virtual) or waits for (real time) every event up to and including {@code time}; then the
   * clock reads {@code time}, or the {@linkplain #endAt(long) end} if that comes first.
   */
  public abstract void runUntil(long time);

  /**
   * Runs (virtual) or waits for (real time) every pending event, until none is left before the
   * {@linkplain #endAt(long) end}, if there is one.
   */
  public abstract void runUntilIdle();

  /**
   * Runs or waits for events one at a time until {@code condition} holds or the clock reaches
   * {@code limit}.
   *
   * @param condition checked on the owning thread before the first event and after each one
   * @return whether the condition held
   */
  public abstract boolean advanceUntil(BooleanSupplier condition, long limit);

  /**
   * Stops a run in progress, from any thread (for example on Ctrl-C): the run methods return after
   * the event in hand, and later runs return at once. The state stays readable. In real time this
   * closes the clock.
   */
  public void stop() {
    stopped = true;
  }

  /** Tells whether {@link #stop()} was called. */
  public final boolean isStopped() {
    return stopped;
  }

  /** Stops the real-time loop and fails work still waiting for it; closing twice does nothing. */
  @Override
  public abstract void close();

  /**
   * Drops stale entries from the front of the queue (events the dispatcher calls stale, markers of
   * waits that are over) and tells whether one is left; its time is then {@code queue.peekTime()}.
   * Owning thread only.
   */
  final boolean hasLive() {
    while (!queue.isEmpty()) {
      Object payload = queue.peekPayload();
      if (payload instanceof ClockMarker marker) {
        if (!marker.isSettled()) {
          return true;
        }
        markers--;
      } else if (!dispatcher.isStale(queue.peekPriority(), payload, queue.peekTag())) {
        return true;
      }
      queue.poll();
    }
    return false;
  }

  /** Tells whether a live entry is pending at or before the end; owning thread only. */
  final boolean hasLiveBeforeEnd() {
    return hasLive() && queue.peekTime() <= end;
  }

  /** Schedules one of the clock's own markers; owning thread only. */
  final void scheduleMarker(long time, ClockMarker marker) {
    queue.add(time, EventQueue.MAX_PRIORITY, marker, 0L);
    markers++;
  }

  /**
   * Takes the first pending entry and handles it: a marker is told its time came, an event goes to
   * the dispatcher. A stale entry (a cancelled timer, the marker of a finished wait) is dropped
   * without moving sim time. Owning thread only.
   */
  final void fireNext() {
    Object payload = queue.poll();
    if (payload instanceof ClockMarker marker) {
      markers--;
      if (!marker.isSettled()) {
        now = queue.polledTime();
        marker.reached();
      }
      return;
    }
    int priority = queue.polledPriority();
    long tag = queue.polledTag();
    if (dispatcher.isStale(priority, payload, tag)) {
      return;
    }
    now = queue.polledTime();
    dispatching = true;
    try {
      dispatcher.dispatch(priority, payload, tag);
    } finally {
      dispatching = false;
    }
  }

  /** Refuses to drive the clock from inside an event: that would reorder events. */
  final void checkNotDispatching(String what) {
    if (dispatching) {
      throw new IllegalStateException(what + " cannot be called while an event is handled");
    }
  }

  static RuntimeException unchecked(Throwable t) {
    if (t instanceof RuntimeException runtime) {
      return runtime;
    }
    if (t instanceof Error error) {
      throw error;
    }
    return new IllegalStateException(t);
  }
}
