package org.tapisim.acd;

import static java.time.Duration.ofMinutes;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.tapisim.acd.SimTesting.at;
import static org.tapisim.acd.SimTesting.runTo;
import static org.tapisim.model.AgentSessionState.BUSY_ON_CALL;
import static org.tapisim.model.AgentSessionState.BUSY_WRAPUP;
import static org.tapisim.model.AgentSessionState.NOT_READY;
import static org.tapisim.model.AgentSessionState.READY;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.tapisim.model.AgentSessionState;
import org.tapisim.model.AgentState;
import org.tapisim.model.SessionChanged;

/** What a session does after an ACD call: no wrap-up, a fixed or sampled one, or a manual one. */
class WrapupTest {
  private final EventRecorder events = new EventRecorder();

  private AcdSimulator sim(Wrapup wrapup, long seed) {
    return AcdSimulator.builder()
        .seed(seed)
        .group(GroupConfig.of("sales").withWrapup(wrapup))
        .agent(SimTesting.readyAgent("alice", "sales"))
        .listener(events)
        .build();
  }

  /** Returns the length of each wrap-up alice/sales went through, from its events. */
  private List<Duration> wrapups() {
    List<Duration> lengths = new ArrayList<>();
    SessionChanged start = null;
    for (SessionChanged e : events.sessionEvents("alice/sales")) {
      if (e.to() == BUSY_WRAPUP) {
        start = e;
      } else if (start != null) {
        lengths.add(Duration.between(start.time(), e.time()));
        start = null;
      }
    }
    return lengths;
  }

  @Test
  void a_fixed_wrap_up_follows_the_call_then_the_agent_is_ready() {
    AcdSimulator sim = sim(Wrapup.fixed(ofSeconds(30)), 1);
    Call call = sim.offerCall("sales", ofMinutes(1));

    runTo(sim, ofMinutes(1));
    assertThat(sim.session("alice/sales").state()).isEqualTo(BUSY_WRAPUP);
    SessionChanged wrapup = events.last(SessionChanged.class);
    assertThat(wrapup.call()).isEqualTo(call.id());
    assertThat(wrapup.time()).isEqualTo(at(sim, ofMinutes(1)));
    assertThat(sim.agent("alice").state()).isEqualTo(AgentState.BUSY_ACD);

    runTo(sim, ofSeconds(89));
    assertThat(sim.session("alice/sales").state()).isEqualTo(BUSY_WRAPUP);
    runTo(sim, ofSeconds(90));
    assertThat(sim.session("alice/sales").state()).isEqualTo(READY);
    assertThat(events.last(SessionChanged.class).call()).isNull();
    assertThat(wrapups()).containsExactly(ofSeconds(30));
  }

  @Test
  void a_fixed_wrap_up_of_zero_is_no_wrap_up() {
    assertThat(Wrapup.fixed(Duration.ZERO)).isSameAs(Wrapup.none());
    AcdSimulator sim = sim(Wrapup.fixed(Duration.ZERO), 1);
    sim.offerCall("sales", ofMinutes(1));
    sim.advance(ofMinutes(1));

    assertThat(events.states("alice/sales")).containsExactly(NOT_READY, READY, BUSY_ON_CALL, READY);
  }

  /** Each wrap-up is the next draw of the group's own seeded stream. */
  @Test
  void a_sampled_wrap_up_draws_each_length_from_the_groups_seeded_stream() {
    Distribution uniform = new Distribution.Uniform(ofSeconds(10), ofSeconds(20));
    AcdSimulator sim = sim(Wrapup.sampled(uniform), 99);
    for (int i = 0; i < 20; i++) {
      sim.offerCall("sales", ofSeconds(5));
      sim.advance(ofMinutes(1));
    }

    SplittableRandom stream = new RandomStreams(99).stream("wrapup/sales");
    List<Duration> expected = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      expected.add(Duration.ofNanos(uniform.sampleNanos(stream)));
    }
    assertThat(wrapups()).isEqualTo(expected);
    assertThat(wrapups())
        .allSatisfy(d -> assertThat(d).isBetween(ofSeconds(10), ofSeconds(20)))
        .doesNotHaveDuplicates();
  }

  @Test
  void a_sampled_wrap_up_depends_on_the_seed() {
    Wrapup sampled = Wrapup.sampled(Distribution.exponential(ofSeconds(30)));
    AcdSimulator one = sim(sampled, 1);
    one.offerCall("sales", ofSeconds(5));
    one.advance(Duration.ofHours(1));
    List<Duration> first = wrapups();
    events.clear();
    AcdSimulator two = sim(sampled, 2);
    two.offerCall("sales", ofSeconds(5));
    two.advance(Duration.ofHours(1));

    assertThat(first).hasSize(1);
    assertThat(wrapups()).hasSize(1).isNotEqualTo(first);
  }

  @Test
  void a_manual_wrap_up_lasts_until_the_agent_asks_for_a_state() {
    AcdSimulator sim = sim(Wrapup.manual(), 1);
    sim.offerCall("sales", ofMinutes(1));
    sim.advance(Duration.ofDays(1));
    assertThat(sim.session("alice/sales").state()).isEqualTo(BUSY_WRAPUP);
    assertThat(sim.isIdle()).isTrue();

    sim.ready("alice");

    assertThat(events.states("alice/sales"))
        .containsExactly(NOT_READY, READY, BUSY_ON_CALL, BUSY_WRAPUP, READY);
    assertThat(wrapups()).containsExactly(Duration.ofDays(1).minus(ofMinutes(1)));
  }

  @Test
  void a_call_arriving_during_wrap_up_waits_for_its_end() {
    AcdSimulator sim = sim(Wrapup.fixed(ofSeconds(30)), 1);
    sim.offerCall("sales", ofMinutes(1));
    runTo(sim, ofSeconds(70));
    Call waiting = sim.offerCall("sales", ofMinutes(1));
    assertThat(waiting.state()).isEqualTo(CallState.WAITING);

    runTo(sim, ofSeconds(90));

    assertThat(waiting.state()).isEqualTo(CallState.TALKING);
    assertThat(events.states("alice/sales"))
        .containsSubsequence(BUSY_WRAPUP, READY, BUSY_ON_CALL)
        .endsWith(AgentSessionState.BUSY_ON_CALL);
  }

  @Test
  void wrap_up_configurations_print_as_scripts_write_them() {
    assertThat(Wrapup.none()).hasToString("0s");
    assertThat(Wrapup.manual()).hasToString("manual");
    assertThat(Wrapup.fixed(ofSeconds(30))).hasToString("30s");
    assertThat(Wrapup.sampled(Distribution.exponential(ofMinutes(3)))).hasToString("exp(3m)");
  }
}
