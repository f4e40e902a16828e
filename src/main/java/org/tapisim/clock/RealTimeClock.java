package org.tapisim.clock;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * A clock paced to the wall clock: once {@linkplain #start() started}, a loop thread runs each
 * event at its absolute deadline, {@code start + simTime / speed}, sleeping in between.
 *
 * <p>The loop thread owns the simulation. Work from other threads is handed to it and applied at
 * the sim time the wall clock has reached (never past the next pending event or the end); work from
 * the loop thread itself, such as a listener calling back, runs inline. When the loop runs an event
 * late it tells the {@link LagListener} how late, at most about once per wall-clock second, instead
 * of slipping silently. Thread-safe.
 */
public final class RealTimeClock extends SimClock {
  /** Lateness below this is scheduling noise, not lag worth reporting. */
  static final long LAG_THRESHOLD_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

  private static final long LAG_REPORT_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(1);

  private final double speed;
  private final LagListener lagListener;
  private final ConcurrentLinkedQueue<Task<?>> inbox = new ConcurrentLinkedQueue<>();
  private final List<Waiter> waiters = new ArrayList<>();

  private volatile Thread loop;
  private volatile boolean stopping;
  private volatile boolean done;
  private volatile Throwable failure;
  private volatile long maxLagNanos;

  private long wallOrigin;
  private long simOrigin;
  private long lastLagReport;
  private long lagSinceReport;

  RealTimeClock(Dispatcher dispatcher, double speed, LagListener lagListener) {
    super(dispatcher);
    this.speed = speed; // ClockMode.realTime checked it
    this.lagListener = lagListener != null ? lagListener : lag -> {};
  }

  @Override
  public boolean isRealTime() {
    return true;
  }

  @Override
  public double speed() {
    return speed;
  }

  /** Returns the largest lateness seen so far, in wall-clock nanoseconds. */
  public long maxLagNanos() {
    return maxLagNanos;
  }

  @Override
  public synchronized void start() {
    if (loop != null) {
      return;
    }
    if (stopping) {
      throw new IllegalStateException("the clock is closed");
    }
    wallOrigin = System.nanoTime();
    simOrigin = now;
    lastLagReport = wallOrigin;
    Thread thread = new Thread(this::loop, "tapisim-realtime");
    thread.setDaemon(true);
    loop = thread;
    thread.start();
  }

  @Override
  public synchronized void endAt(long time) {
    if (loop != null) {
      throw new IllegalStateException("the end must be set before the real-time clock starts");
    }
    super.endAt(time);
  }

  @Override
  public <T> T call(Callable<T> action) {
    if (runsInline()) {
      try {
        return action.call();
      } catch (Exception e) {
        throw unchecked(e);
      }
    }
    return await(enqueue(new Task<>(action)));
  }

  @Override
  public <T> CompletableFuture<T> submit(Callable<T> action) {
    Task<T> task = new Task<>(action);
    if (runsInline()) {
      task.run();
      return task.future;
    }
    return enqueue(task);
  }

  @Override
  public void runUntil(long time) {
    waitFor(new Waiter(() -> false), time);
  }

  @Override
  public void runUntilIdle() {
    checkNotOnLoop("runUntilIdle");
    start();
    // idle: only other threads' waits are pending, or nothing before the end
    Waiter waiter = new Waiter(() -> isIdle() || !hasLiveBeforeEnd());
    await(enqueue(new Task<>(() -> register(waiter))));
    await(waiter.future);
  }

  @Override
  public boolean advanceUntil(BooleanSupplier condition, long limit) {
    return waitFor(new Waiter(condition), limit);
  }

  @Override
  public void stop() {
    super.stop();
    close();
  }

  @Override
  public void close() {
    Thread thread;
    synchronized (this) {
      stopping = true;
      thread = loop;
    }
    if (thread == null) {
      done = true;
      failPending(new IllegalStateException("the simulator was closed"));
      return;
    }
    if (thread == Thread.currentThread()) {
      return; // the loop ends after the work in hand
    }
    LockSupport.unpark(thread);
    boolean interrupted = false;
    while (thread.isAlive()) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private boolean waitFor(Waiter waiter, long limit) {
    checkNotOnLoop("waiting for sim time");
    start();
    await(
        enqueue(
            new Task<>(
                () -> {
                  if (waiter.check()) {
                    return null;
                  }
                  long until = Math.min(limit, end);
                  if (until <= now) {
                    waiter.future.complete(false);
                    return null;
                  }
                  waiters.add(waiter);
                  scheduleMarker(until, waiter);
                  return null;
                })));
    return await(waiter.future);
  }

  /** Adds a waiter unless it is already satisfied; loop thread only. */
  private Void register(Waiter waiter) {
    if (!waiter.check()) {
      waiters.add(waiter);
    }
    return null;
  }

  private void checkWaiters() {
    if (!waiters.isEmpty()) {
      waiters.removeIf(Waiter::check);
    }
  }

  private boolean runsInline() {
    Thread thread = loop;
    if (thread == null || thread == Thread.currentThread()) {
      return true;
    }
    if (done) {
      Throwable cause = failure;
      if (cause != null) {
        throw new IllegalStateException("the simulator stopped after an error: " + cause, cause);
      }
      return true; // the loop has ended: the callers own the state again
    }
    return false;
  }

  private void checkNotOnLoop(String what) {
    if (Thread.currentThread() == loop) {
      throw new IllegalStateException(what + " from the real-time loop thread would wait forever");
    }
  }

  private <T> CompletableFuture<T> enqueue(Task<T> task) {
    inbox.add(task);
    Thread thread = loop;
    if (thread != null) {
      LockSupport.unpark(thread);
    }
    if (done) {
      failPending(new IllegalStateException("the simulator was closed"));
    }
    return task.future;
  }

  private static <T> T await(CompletableFuture<T> future) {
    try {
      return future.get();
    } catch (ExecutionException e) {
      throw unchecked(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the simulator", e);
    }
  }

  private void loop() {
    try {
      while (!stopping) {
        fireDueEvents();
        runInbox();
        if (stopping) {
          break;
        }
        if (inbox.isEmpty()) {
          if (!hasLiveBeforeEnd()) {
            LockSupport.park(this);
          } else {
            long wait = deadline(queue.peekTime()) - System.nanoTime();
            if (wait > 0) {
              LockSupport.parkNanos(this, wait);
            }
          }
        }
      }
    } catch (Throwable t) {
      failure = t;
    } finally {
      done = true;
      Throwable cause = failure;
      RuntimeException reason =
          cause == null
              ? new IllegalStateException("the simulator was closed")
              : new IllegalStateException("the simulator stopped after an error: " + cause, cause);
      waiters.forEach(waiter -> waiter.future.completeExceptionally(reason));
      waiters.clear();
      failPending(reason);
    }
  }

  private void fireDueEvents() {
    long wall = System.nanoTime();
    while (!stopping && hasLiveBeforeEnd()) {
      long deadline = deadline(queue.peekTime());
      if (deadline > wall) {
        return;
      }
      noteLag(wall - deadline, wall);
      fireNext();
      checkWaiters();
      wall = System.nanoTime();
    }
  }

  private void runInbox() {
    Task<?> task;
    while (!stopping && (task = inbox.poll()) != null) {
      catchUpWithWallClock();
      task.run();
      checkWaiters();
    }
  }

  /**
   * Moves sim time to where the wall clock is, but never past the next pending event or the end.
   */
  private void catchUpWithWallClock() {
    long simWall = simOrigin + (long) ((System.nanoTime() - wallOrigin) * speed);
    long bound = Math.min(hasLive() ? Math.min(simWall, queue.peekTime()) : simWall, end);
    if (bound > now) {
      now = bound;
    }
  }

  private long deadline(long simTime) {
    return wallOrigin + (long) ((simTime - simOrigin) / speed);
  }

  private void noteLag(long lag, long wall) {
    if (lag > maxLagNanos) {
      maxLagNanos = lag;
    }
    if (lag > LAG_THRESHOLD_NANOS) {
      lagSinceReport = Math.max(lagSinceReport, lag);
    }
    if (lagSinceReport > 0 && wall - lastLagReport >= LAG_REPORT_INTERVAL_NANOS) {
      lastLagReport = wall;
      long reported = lagSinceReport;
      lagSinceReport = 0;
      lagListener.behind(reported);
    }
  }

  private void failPending(RuntimeException reason) {
    Task<?> task;
    while ((task = inbox.poll()) != null) {
      task.future.completeExceptionally(reason);
    }
  }

  /** Work handed to the loop thread. */
  private static final class Task<T> implements Runnable {
    final Callable<T> action;
    final CompletableFuture<T> future = new CompletableFuture<>();

    Task(Callable<T> action) {
      this.action = action;
    }

    @Override
    public void run() {
      try {
        future.complete(action.call());
      } catch (Throwable t) {
        future.completeExceptionally(t);
      }
    }
  }

  /** A thread waiting for a condition or a sim time; its marker event fires at the time limit. */
  static final class Waiter implements ClockMarker {
    final BooleanSupplier condition;
    final CompletableFuture<Boolean> future = new CompletableFuture<>();

    Waiter(BooleanSupplier condition) {
      this.condition = condition;
    }

    /** Completes when the condition holds; returns whether it is done. */
    boolean check() {
      if (future.isDone()) {
        return true;
      }
      boolean holds;
      try {
        holds = condition.getAsBoolean();
      } catch (Throwable t) {
        future.completeExceptionally(t);
        return true;
      }
      if (holds) {
        future.complete(true);
      }
      return holds;
    }

    @Override
    public boolean isSettled() {
      return future.isDone();
    }

    @Override
    public void reached() {
      if (!check()) {
        future.complete(false);
      }
    }
  }
}
