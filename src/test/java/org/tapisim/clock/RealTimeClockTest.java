package org.tapisim.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Real time: a loop thread owns the simulation and paces events to the wall clock. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class RealTimeClockTest {
  private static final long MS = 1_000_000L;
  private static final long SECOND = 1_000_000_000L;

  /** An event as the dispatcher saw it: payload, sim time, wall time and thread. */
  record Fired(Object payload, long simTime, long wallTime, Thread thread) {}

  private final List<Fired> fired = new CopyOnWriteArrayList<>();
  private final List<Long> lagReports = new CopyOnWriteArrayList<>();
  private volatile Consumer<Object> reaction = payload -> {};
  private RealTimeClock clock;

  private RealTimeClock newClock(double speed) {
    clock =
        (RealTimeClock)
            SimClock.create(
                ClockMode.realTime(speed),
                (priority, payload, tag) -> {
                  fired.add(
                      new Fired(payload, clock.now(), System.nanoTime(), Thread.currentThread()));
                  reaction.accept(payload);
                },
                lagReports::add);
    return clock;
  }

  @AfterEach
  void close() {
    if (clock != null) {
      clock.close();
    }
  }

  @Test
  void a_real_time_clock_says_so() {
    newClock(2.5);
    assertThat(clock.isRealTime()).isTrue();
    assertThat(clock.speed()).isEqualTo(2.5);
  }

  /** Sim time read from another thread is wall time since start × speed, not more, not less. */
  @Test
  void sim_time_tracks_the_wall_clock_times_the_speed() {
    double speed = 20;
    newClock(speed);
    clock.schedule(3600 * SECOND, 0, "far away", 0); // sim time may run freely up to here
    long beforeStart = System.nanoTime();
    clock.start();
    long afterStart = System.nanoTime();

    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> {
              long before = System.nanoTime();
              long sim = clock.call(clock::now);
              long after = System.nanoTime();
              // the loop read the wall clock between `before` and `after`, and its origin
              // between `beforeStart` and `afterStart`
              double wallElapsed = sim / speed;
              assertThat(wallElapsed)
                  .isBetween(
                      (double) (before - afterStart - MS), (double) (after - beforeStart + MS));
              return sim >= 4 * SECOND; // 200 ms of wall time
            });
  }

  @Test
  void events_run_at_their_wall_clock_deadlines_and_never_early() {
    double speed = 10;
    newClock(speed);
    long[] simTimes = {100 * MS, 500 * MS, 1500 * MS};
    for (long t : simTimes) {
      clock.schedule(t, 0, t, 0);
    }
    long beforeStart = System.nanoTime();
    clock.start();

    await().atMost(Duration.ofSeconds(10)).until(() -> fired.size() == simTimes.length);

    for (int i = 0; i < simTimes.length; i++) {
      Fired f = fired.get(i);
      long deadline = beforeStart + (long) (simTimes[i] / speed);
      assertThat(f.simTime()).isEqualTo(simTimes[i]);
      assertThat(f.wallTime()).as("event %d", i).isGreaterThanOrEqualTo(deadline);
      assertThat(f.wallTime() - deadline).as("lateness of event %d", i).isLessThan(SECOND);
    }
  }

  @Test
  void work_from_another_thread_runs_on_the_loop_thread() throws Exception {
    newClock(1);
    clock.start();

    Thread loop = clock.call(Thread::currentThread);
    Thread viaSubmit = clock.submit(Thread::currentThread).get(5, TimeUnit.SECONDS);

    assertThat(loop).isNotSameAs(Thread.currentThread()).isSameAs(viaSubmit);
    assertThat(loop.getName()).isEqualTo("tapisim-realtime");
  }

  @Test
  void before_start_work_runs_inline_on_the_caller() {
    newClock(1);

    assertThat(clock.call(Thread::currentThread)).isSameAs(Thread.currentThread());
    assertThat(clock.submit(() -> "inline")).isCompletedWithValue("inline");
  }

  /** A listener calling back into the simulator runs inline: no deadlock, applied at once. */
  @Test
  void work_from_the_loop_thread_runs_inline() {
    newClock(100);
    List<Object> inside = new CopyOnWriteArrayList<>();
    reaction =
        payload -> {
          inside.add(clock.call(Thread::currentThread) == Thread.currentThread());
          CompletableFuture<String> submitted = clock.submit(() -> "done");
          inside.add(submitted.isDone());
        };
    clock.schedule(10 * MS, 0, "event", 0);
    clock.start();

    await().atMost(Duration.ofSeconds(5)).until(() -> inside.size() == 2);
    assertThat(inside).containsExactly(true, true);
  }

  @Test
  void exceptions_reach_the_caller_on_another_thread() {
    newClock(1);
    clock.start();
    IllegalArgumentException boom = new IllegalArgumentException("boom");

    assertThatThrownBy(
            () ->
                clock.call(
                    () -> {
                      throw boom;
                    }))
        .isSameAs(boom);
    assertThatThrownBy(
            () ->
                clock.call(
                    () -> {
                      throw new IOException("io");
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasCauseInstanceOf(IOException.class);
  }

  @Test
  void run_until_waits_for_sim_time_then_the_clock_reads_it() {
    double speed = 10;
    newClock(speed);
    clock.schedule(50 * MS, 0, "a", 0);
    clock.schedule(100 * SECOND, 0, "after", 0); // 10 s of wall time after the start
    long before = System.nanoTime();

    clock.runUntil(SECOND); // starts the loop

    assertThat(System.nanoTime() - before).isGreaterThanOrEqualTo((long) (SECOND / speed));
    assertThat(fired).extracting(Fired::payload).containsExactly("a");
    assertThat(clock.call(clock::now)).isGreaterThanOrEqualTo(SECOND);
  }

  @Test
  void advance_until_returns_when_the_condition_holds_or_the_limit_passes() {
    newClock(100);
    clock.schedule(100 * MS, 0, "a", 0);
    clock.schedule(20 * SECOND, 0, "b", 0); // 200 ms of wall time after the start

    assertThat(clock.advanceUntil(() -> !fired.isEmpty(), 20 * SECOND)).isTrue();
    assertThat(fired).extracting(Fired::payload).containsExactly("a");
    assertThat(clock.advanceUntil(() -> false, 21 * SECOND)).isFalse();
    assertThat(fired).extracting(Fired::payload).containsExactly("a", "b");
    assertThat(clock.advanceUntil(() -> true, 0)).isTrue();
  }

  @Test
  void run_until_idle_returns_once_every_event_has_run() {
    newClock(100);
    clock.schedule(100 * MS, 0, "a", 0);
    clock.schedule(300 * MS, 0, "b", 0);

    clock.runUntilIdle();

    assertThat(fired).extracting(Fired::payload).containsExactly("a", "b");
    assertThat(clock.call(clock::isIdle)).isTrue();
  }

  /** A wait that ended early must not leave the simulator busy until its time limit. */
  @Test
  void run_until_idle_does_not_wait_for_the_limit_of_an_earlier_advance_until() {
    newClock(10); // one sim hour is 6 minutes of wall time
    clock.schedule(SECOND, 0, "a", 0); // 100 ms after the start: the wait is registered first
    assertThat(clock.advanceUntil(() -> fired.size() == 1, 3600 * SECOND)).isTrue();

    assertThat(clock.call(clock::isIdle)).as("idle after the only event").isTrue();
    assertThat(clock.call(clock::pending)).isZero();
    assertThat(CompletableFuture.runAsync(clock::runUntilIdle))
        .succeedsWithin(Duration.ofSeconds(5));
  }

  @Test
  void run_until_idle_does_not_wait_for_another_threads_wait_in_progress() {
    newClock(10); // one sim hour is 6 minutes of wall time
    clock.schedule(SECOND, 0, "a", 0);
    CompletableFuture<Void> longWait =
        CompletableFuture.runAsync(() -> clock.runUntil(3600 * SECOND));
    await().atMost(Duration.ofSeconds(5)).until(() -> clock.call(() -> clock.markers) == 1);

    assertThat(CompletableFuture.runAsync(clock::runUntilIdle))
        .succeedsWithin(Duration.ofSeconds(5));
    assertThat(fired).extracting(Fired::payload).containsExactly("a");
    assertThat(longWait).isNotDone();
  }

  @Test
  void the_clock_refuses_to_wait_on_its_own_loop_thread() {
    newClock(100);
    List<Throwable> refusals = new CopyOnWriteArrayList<>();
    reaction =
        payload -> {
          for (Runnable wait :
              List.<Runnable>of(
                  () -> clock.runUntil(SECOND),
                  clock::runUntilIdle,
                  () -> clock.advanceUntil(() -> false, SECOND))) {
            try {
              wait.run();
            } catch (IllegalStateException e) {
              refusals.add(e);
            }
          }
        };
    clock.schedule(10 * MS, 0, "a", 0);
    clock.start();

    await().atMost(Duration.ofSeconds(5)).until(() -> refusals.size() == 3);
    assertThat(refusals).allSatisfy(e -> assertThat(e).hasMessageContaining("loop thread"));
  }

  @Test
  void close_fails_the_threads_waiting_for_sim_time() {
    newClock(1);
    clock.schedule(3600 * SECOND, 0, "far away", 0);
    CompletableFuture<Void> runUntil =
        CompletableFuture.runAsync(() -> clock.runUntil(60 * SECOND));
    CompletableFuture<Void> idle = CompletableFuture.runAsync(clock::runUntilIdle);
    CompletableFuture<Boolean> until =
        CompletableFuture.supplyAsync(() -> clock.advanceUntil(() -> false, 60 * SECOND));
    await().atMost(Duration.ofSeconds(5)).until(() -> clock.call(() -> true));

    clock.close();

    for (CompletableFuture<?> waiter : List.of(runUntil, idle, until)) {
      assertThat(waiter)
          .failsWithin(Duration.ofSeconds(5))
          .withThrowableOfType(ExecutionException.class)
          .withRootCauseInstanceOf(IllegalStateException.class)
          .withMessageContaining("closed");
    }
    assertThatIllegalStateException()
        .isThrownBy(() -> clock.runUntil(120 * SECOND))
        .withMessageContaining("closed");
    // once the loop has ended, the callers own the state again
    assertThat(clock.call(Thread::currentThread)).isSameAs(Thread.currentThread());
    clock.close(); // twice is fine
  }

  @Test
  void a_clock_closed_before_it_started_cannot_start() {
    newClock(1);
    clock.close();

    assertThatIllegalStateException().isThrownBy(clock::start);
  }

  /** The loop says how late it runs instead of slipping silently. */
  @Test
  void the_lag_listener_is_told_when_a_slow_event_makes_the_next_one_late() {
    newClock(1);
    long slowFor = 1200 * MS;
    reaction =
        payload -> {
          if (payload.equals("slow")) {
            long until = System.nanoTime() + slowFor;
            while (System.nanoTime() < until) {
              Thread.onSpinWait();
            }
          }
        };
    clock.schedule(0, 0, "slow", 0);
    clock.schedule(MS, 0, "late", 0);
    clock.start();

    await().atMost(Duration.ofSeconds(10)).until(() -> !lagReports.isEmpty());

    // "late" was due 1 ms after the start and ran after the slow event's 1.2 s
    assertThat(lagReports.get(0)).isGreaterThanOrEqualTo(slowFor - MS);
    assertThat(clock.maxLagNanos()).isGreaterThanOrEqualTo(lagReports.get(0));
    assertThat(fired).extracting(Fired::payload).containsExactly("slow", "late");
  }

  /** A loop running late must still stop at the horizon, so a replay ends on the same state. */
  @Test
  void a_late_loop_runs_nothing_after_the_end_and_its_clock_rests_there() {
    newClock(1000); // one sim second is one wall-clock millisecond
    reaction =
        payload -> {
          if (payload.equals("slow")) { // puts the loop 300 sim seconds behind the wall clock
            long until = System.nanoTime() + 300 * MS;
            while (System.nanoTime() < until) {
              Thread.onSpinWait();
            }
          }
        };
    clock.schedule(0, 0, "slow", 0);
    clock.schedule(2 * SECOND, 0, "at the end", 0);
    clock.schedule(2 * SECOND + 1, 0, "after the end", 0);
    clock.endAt(2 * SECOND);

    clock.runUntil(2 * SECOND);

    assertThat(clock.call(clock::now)).isEqualTo(2 * SECOND); // no catch-up past the end
    assertThat(clock.advanceUntil(() -> false, 10 * SECOND)).isFalse(); // returns at the end
    assertThat(fired).extracting(Fired::payload).containsExactly("slow", "at the end");
    assertThat(clock.call(clock::now)).isEqualTo(2 * SECOND);
    assertThatIllegalStateException().isThrownBy(() -> clock.endAt(3 * SECOND));
  }

  @Test
  void an_event_that_throws_stops_the_loop_and_callers_are_told_why() {
    newClock(100);
    reaction =
        payload -> {
          throw new IllegalStateException("dispatcher bug");
        };
    clock.schedule(10 * MS, 0, "a", 0);
    clock.start();

    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () ->
                assertThatIllegalStateException()
                    .isThrownBy(() -> clock.call(() -> true))
                    .withMessageContaining("dispatcher bug"));
  }
}
