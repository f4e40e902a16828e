package org.tapisim.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Virtual time: the caller drives the clock from event to event. */
class VirtualClockTest {
  /** What the dispatcher saw: the clock's time, the payload and the tag. */
  record Fired(long now, Object payload, long tag) {}

  private final List<Fired> fired = new ArrayList<>();
  private Consumer<Object> reaction = payload -> {};
  private final SimClock clock =
      SimClock.create(
          ClockMode.virtual(),
          (priority, payload, tag) -> {
            fired.add(new Fired(clockNow(), payload, tag));
            reaction.accept(payload);
          },
          lag -> {});

  private long clockNow() {
    return clock.now();
  }

  private List<Object> firedPayloads() {
    return fired.stream().map(Fired::payload).toList();
  }

  @Test
  void a_virtual_clock_starts_at_zero_and_does_not_pace() {
    assertThat(clock).isInstanceOf(VirtualClock.class);
    assertThat(clock.now()).isZero();
    assertThat(clock.isRealTime()).isFalse();
    assertThat(clock.speed()).isZero();
    clock.start(); // nothing to start
    assertThat(clock.isIdle()).isTrue();
  }

  @Test
  void no_run_method_goes_past_the_end() {
    clock.schedule(10, 0, "before", 0);
    clock.schedule(20, 0, "at the end", 0);
    clock.schedule(21, 0, "after the end", 0);
    clock.endAt(20);

    clock.runUntil(100);
    assertThat(firedPayloads()).containsExactly("before", "at the end");
    assertThat(clock.now()).isEqualTo(20);
    assertThat(clock.advanceUntil(() -> false, 100)).isFalse();
    clock.runUntilIdle();
    assertThat(firedPayloads()).containsExactly("before", "at the end");
    assertThat(clock.now()).isEqualTo(20);
    assertThatIllegalArgumentException().isThrownBy(() -> clock.endAt(19));
  }

  @Test
  void run_until_runs_every_event_up_to_and_including_the_time_then_reads_it() {
    clock.schedule(10, 0, "a", 1);
    clock.schedule(20, 0, "b", 2);
    clock.schedule(21, 0, "c", 3);

    clock.runUntil(20);

    assertThat(fired).containsExactly(new Fired(10, "a", 1), new Fired(20, "b", 2));
    assertThat(clock.now()).isEqualTo(20);
    assertThat(clock.pending()).isEqualTo(1);
    assertThat(clock.isIdle()).isFalse();

    clock.runUntil(50);
    assertThat(firedPayloads()).containsExactly("a", "b", "c");
    assertThat(clock.now()).isEqualTo(50);
  }

  @Test
  void run_until_an_earlier_time_does_not_move_the_clock_back() {
    clock.runUntil(100);
    clock.runUntil(40);

    assertThat(clock.now()).isEqualTo(100);
  }

  @Test
  void run_until_idle_runs_everything_and_stops_at_the_last_event() {
    clock.schedule(30, 0, "b", 0);
    clock.schedule(10, 0, "a", 0);

    clock.runUntilIdle();

    assertThat(firedPayloads()).containsExactly("a", "b");
    assertThat(clock.now()).isEqualTo(30);
    assertThat(clock.isIdle()).isTrue();
  }

  @Test
  void events_scheduled_by_an_event_run_in_the_same_run_in_order() {
    reaction =
        payload -> {
          if (payload.equals("first")) {
            clock.schedule(clock.now(), 5, "same time, after", 0);
            clock.schedule(clock.now() + 5, 0, "later", 0);
          }
        };
    clock.schedule(10, 5, "first", 0);
    clock.schedule(10, 5, "second", 0);

    clock.runUntil(15);

    assertThat(firedPayloads()).containsExactly("first", "second", "same time, after", "later");
  }

  @Test
  void advance_until_checks_the_condition_before_running_anything() {
    clock.schedule(10, 0, "a", 0);

    assertThat(clock.advanceUntil(() -> true, 100)).isTrue();

    assertThat(fired).isEmpty();
    assertThat(clock.now()).isZero();
  }

  @Test
  void advance_until_stops_right_after_the_event_that_makes_the_condition_hold() {
    clock.schedule(10, 0, "a", 0);
    clock.schedule(20, 0, "b", 0);
    clock.schedule(30, 0, "c", 0);

    boolean held = clock.advanceUntil(() -> fired.size() == 2, 100);

    assertThat(held).isTrue();
    assertThat(firedPayloads()).containsExactly("a", "b");
    assertThat(clock.now()).isEqualTo(20);
  }

  @Test
  void advance_until_gives_up_at_the_limit_after_running_the_events_up_to_it() {
    clock.schedule(10, 0, "a", 0);
    clock.schedule(50, 0, "at the limit", 0);
    clock.schedule(51, 0, "after", 0);

    boolean held = clock.advanceUntil(() -> false, 50);

    assertThat(held).isFalse();
    assertThat(firedPayloads()).containsExactly("a", "at the limit");
    assertThat(clock.now()).isEqualTo(50);
  }

  @Test
  void scheduling_in_the_past_is_refused() {
    clock.runUntil(100);

    assertThatIllegalArgumentException().isThrownBy(() -> clock.schedule(99, 0, "x", 0));
    clock.schedule(100, 0, "now is fine", 0);
    assertThat(clock.pending()).isEqualTo(1);
  }

  /** Driving the clock from inside an event would reorder events, so it is refused. */
  @Test
  void the_clock_refuses_to_run_from_inside_an_event() {
    List<Throwable> refusals = new ArrayList<>();
    reaction =
        payload -> {
          for (Runnable run :
              List.<Runnable>of(
                  () -> clock.runUntil(1000),
                  clock::runUntilIdle,
                  () -> clock.advanceUntil(() -> false, 1000))) {
            try {
              run.run();
            } catch (IllegalStateException e) {
              refusals.add(e);
            }
          }
        };
    clock.schedule(10, 0, "a", 0);
    clock.schedule(500, 0, "b", 0);

    clock.runUntil(10);

    assertThat(refusals).hasSize(3).allSatisfy(e -> assertThat(e).hasMessageContaining("event"));
    assertThat(firedPayloads()).containsExactly("a");
    assertThat(clock.now()).isEqualTo(10);
  }

  @Test
  void a_refusal_inside_an_event_propagates_and_leaves_the_clock_usable() {
    reaction = payload -> clock.runUntilIdle();
    clock.schedule(10, 0, "a", 0);

    assertThatIllegalStateException().isThrownBy(() -> clock.runUntil(10));

    reaction = payload -> {};
    clock.schedule(20, 0, "b", 0);
    clock.runUntilIdle();
    assertThat(firedPayloads()).containsExactly("a", "b");
  }

  @Test
  void call_runs_inline_and_passes_runtime_exceptions_unchanged() {
    Thread caller = Thread.currentThread();
    assertThat(clock.call(Thread::currentThread)).isSameAs(caller);

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
  void submit_returns_a_completed_future() {
    CompletableFuture<String> ok = clock.submit(() -> "done");
    CompletableFuture<String> failed =
        clock.submit(
            () -> {
              throw new IOException("io");
            });

    assertThat(ok).isCompletedWithValue("done");
    assertThat(failed).isCompletedExceptionally();
    assertThatThrownBy(failed::join).hasCauseInstanceOf(IOException.class);
  }

  @Test
  void close_drops_the_pending_events() {
    clock.schedule(10, 0, "a", 0);

    clock.close();

    assertThat(clock.isIdle()).isTrue();
    clock.runUntil(100);
    assertThat(fired).isEmpty();
  }

  @Test
  void a_clock_needs_a_dispatcher() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SimClock.create(ClockMode.virtual(), null, null));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SimClock.create(ClockMode.realTime(1), null, null));
  }

  @Test
  void clock_modes_check_the_speed_and_say_what_they_are() {
    assertThat(ClockMode.virtual()).hasToString("virtual").isSameAs(ClockMode.virtual());
    assertThat(ClockMode.realTime(2.5)).hasToString("real time x2.5");
    assertThat(ClockMode.realTime(2.5)).isEqualTo(new ClockMode.RealTime(2.5));
    for (double bad : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatIllegalArgumentException().as("%s", bad).isThrownBy(() -> ClockMode.realTime(bad));
    }
  }
}
