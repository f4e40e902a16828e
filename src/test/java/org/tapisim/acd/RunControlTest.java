package org.tapisim.acd;

import static java.time.Duration.ofMinutes;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.tapisim.acd.SimTesting.at;
import static org.tapisim.acd.SimTesting.elapsed;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Building a simulator, looking things up, and driving virtual time. */
class RunControlTest {

  private static AcdSimulator sim() {
    return AcdSimulator.builder()
        .group("sales")
        .group("support")
        .agent(SimTesting.readyAgent("alice", "sales"))
        .agent("bob", "support", "sales")
        .build();
  }

  @Test
  void a_default_simulator_runs_in_virtual_time_from_the_year_2000_with_seed_1() {
    AcdSimulator sim = AcdSimulator.builder().build();

    assertThat(sim.startTime()).isEqualTo(Instant.parse("2000-01-01T00:00:00Z"));
    assertThat(sim.now()).isEqualTo(AcdSimulator.DEFAULT_START);
    assertThat(sim.seed()).isEqualTo(1);
    assertThat(sim.isRealTime()).isFalse();
    assertThat(sim.speed()).isZero();
    assertThat(sim.isIdle()).isTrue();
    assertThat(sim.eventCount()).isZero();
    assertThat(sim.callCount()).isZero();
    sim.start(); // nothing to start in virtual time
  }

  @Test
  void the_builder_sets_the_epoch_and_the_seed() {
    Instant epoch = Instant.parse("2024-03-01T08:00:00Z");
    AcdSimulator sim = AcdSimulator.builder().startTime(epoch).seed(-7).build();

    assertThat(sim.startTime()).isEqualTo(epoch);
    assertThat(sim.now()).isEqualTo(epoch);
    assertThat(sim.seed()).isEqualTo(-7);
  }

  @Test
  void the_builder_refuses_duplicate_ids_and_unknown_groups() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AcdSimulator.builder().group("sales").group("sales").build())
        .withMessageContaining("sales");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                AcdSimulator.builder()
                    .group("sales")
                    .agent("alice", "sales")
                    .agent("alice", "sales")
                    .build())
        .withMessageContaining("alice");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AcdSimulator.builder().agent("alice", "nowhere").build())
        .withMessageContaining("nowhere");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                AcdSimulator.builder()
                    .traffic(Traffic.poisson("nowhere", 60, Distribution.constant(ofSeconds(1))))
                    .build())
        .withMessageContaining("nowhere");
  }

  @Test
  void lookups_find_what_was_defined_in_definition_order_and_refuse_the_rest() {
    AcdSimulator sim = sim();

    assertThat(sim.agents()).extracting(a -> a.id().value()).containsExactly("alice", "bob");
    assertThat(sim.groups()).extracting(g -> g.name()).containsExactly("sales", "support");
    assertThat(sim.sessions()).extracting(s -> s.id().toString()).containsExactly("alice/sales");
    assertThat(sim.queue("support").id().value()).isEqualTo("support");
    assertThat(sim.group("sales").queues()).containsExactly(sim.queue("sales"));
    assertThat(sim.agent("alice").toString()).contains("alice");
    assertThat(sim.group("sales").toString()).contains("sales");
    assertThat(sim.queue("sales").toString()).contains("sales");
    assertThat(sim.session("alice/sales").toString()).contains("alice/sales");

    assertThatIllegalArgumentException().isThrownBy(() -> sim.agent("carol"));
    assertThatIllegalArgumentException().isThrownBy(() -> sim.group("nowhere"));
    assertThatIllegalArgumentException().isThrownBy(() -> sim.queue("nowhere"));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> sim.session("bob/sales")) // never logged in
        .withMessageContaining("bob/sales");
    assertThatIllegalArgumentException().isThrownBy(() -> sim.session("bob"));
  }

  @Test
  void advance_and_run_until_move_virtual_time() {
    AcdSimulator sim = sim();

    sim.advance(ofMinutes(5));
    assertThat(elapsed(sim)).isEqualTo(ofMinutes(5));
    sim.runUntil(at(sim, ofMinutes(7)));
    assertThat(elapsed(sim)).isEqualTo(ofMinutes(7));
    sim.advance(Duration.ZERO);
    assertThat(elapsed(sim)).isEqualTo(ofMinutes(7));
    assertThatIllegalArgumentException().isThrownBy(() -> sim.advance(ofSeconds(-1)));
  }

  @Test
  void advance_until_runs_until_the_condition_holds_or_the_limit() {
    AcdSimulator sim = sim();
    Call call = sim.offerCall("sales", ofSeconds(90));

    boolean ended = sim.advanceUntil(() -> call.state() == CallState.ENDED, ofMinutes(10));

    assertThat(ended).isTrue();
    assertThat(elapsed(sim)).isEqualTo(ofSeconds(90));
    assertThat(sim.advanceUntil(() -> false, ofMinutes(1))).isFalse();
    assertThat(elapsed(sim)).isEqualTo(ofSeconds(150));
  }

  @Test
  void run_until_idle_runs_every_pending_event() {
    AcdSimulator sim = sim();
    sim.offerCall("sales", ofSeconds(90));
    assertThat(sim.isIdle()).isFalse();

    sim.runUntilIdle();

    assertThat(sim.isIdle()).isTrue();
    assertThat(elapsed(sim)).isEqualTo(ofSeconds(90));
    assertThat(sim.eventCount()).isGreaterThan(0);
  }

  @Test
  void close_drops_the_pending_events() {
    AcdSimulator sim = sim();
    Call call = sim.offerCall("sales", ofSeconds(90));

    sim.close();
    sim.close();
    sim.advance(ofMinutes(5));

    assertThat(sim.isIdle()).isTrue();
    assertThat(call.state()).isEqualTo(CallState.TALKING);
  }

  /**
   * isIdle() promises no pending arrival, call end, wrap-up end or action: a hang-up leaves none.
   */
  @Test
  void nothing_is_pending_after_the_only_call_is_hung_up() {
    AcdSimulator sim = sim();
    Call call = sim.offerCall("sales", Duration.ofHours(2));
    sim.advance(ofMinutes(1));

    sim.hangup(call);

    assertThat(sim.isIdle()).isTrue();
    sim.runUntilIdle();
    assertThat(elapsed(sim)).isEqualTo(ofMinutes(1));
  }

  /** The patience of a caller who was answered should not keep the clock running. */
  @Test
  void run_until_idle_stops_at_the_last_real_event() {
    AcdSimulator sim = sim();
    sim.offerCall("sales", ofMinutes(1));
    sim.offerCall("sales", ofMinutes(1), Duration.ofHours(1)); // waits 1 min, then answered

    sim.runUntilIdle();

    assertThat(elapsed(sim)).isEqualTo(ofMinutes(2));
    assertThat(sim.session("alice/sales").kpis().readyTime()).isEqualTo(Duration.ZERO);
  }
}
