package org.tapisim.clock;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

/**
 * A clock in virtual time: it jumps from event to event as fast as the caller drives it. Not
 * thread-safe: the caller's thread owns the simulation.
 */
public final class VirtualClock extends SimClock {

  VirtualClock(Dispatcher dispatcher) {
    super(dispatcher);
  }

  @Override
  public boolean isRealTime() {
    return false;
  }

  @Override
  public double speed() {
    return 0.0;
  }

  @Override
  public void start() {
    // virtual time needs no loop
  }

  @Override
  public <T> T call(Callable<T> action) {
    try {
      return action.call();
    } catch (Exception e) {
      throw unchecked(e);
    }
  }

  @Override
  public <T> CompletableFuture<T> submit(Callable<T> action) {
    try {
      return CompletableFuture.completedFuture(action.call());
    } catch (Exception e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  @Override
  public void runUntil(long time) {
    checkNotDispatching("runUntil");
    long limit = Math.min(time, end);
    while (!stopped && !queue.isEmpty() && queue.peekTime() <= limit) {
      fireNext();
    }
    if (!stopped && limit > now) {
      now = limit;
    }
  }

  @Override
  public void runUntilIdle() {
    checkNotDispatching("runUntilIdle");
    while (!stopped && !queue.isEmpty() && queue.peekTime() <= end) {
      fireNext();
    }
  }

  @Override
  public boolean advanceUntil(BooleanSupplier condition, long time) {
    checkNotDispatching("advanceUntil");
    if (condition.getAsBoolean()) {
      return true;
    }
    long limit = Math.min(time, end);
    while (!stopped && !queue.isEmpty() && queue.peekTime() <= limit) {
      fireNext();
      if (condition.getAsBoolean()) {
        return true;
      }
    }
    if (!stopped && limit > now) {
      now = limit;
    }
    return condition.getAsBoolean();
  }

  /** Drops pending events; call on the owning thread (use {@link #stop()} from others). */
  @Override
  public void close() {
    stopped = true;
    queue.clear();
  }
}
