package org.tapisim.acd;

import static java.time.Duration.ofMinutes;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tapisim.acd.SimTesting.runTo;
import static org.tapisim.model.AgentSessionState.BUSY_ON_CALL;
import static org.tapisim.model.AgentSessionState.BUSY_WRAPUP;
import static org.tapisim.model.AgentSessionState.READY;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.tapisim.model.CallAbandoned;
import org.tapisim.model.CallDelivered;
import org.tapisim.model.CallEnded;
import org.tapisim.model.CallQueued;
import org.tapisim.model.LineError;
import org.tapisim.model.QueueKpis;
import org.tapisim.model.TapiException;

/** Calls that wait: FIFO queueing, patience, blocking at capacity, and hang-up. */
class QueueingTest {
  private final EventRecorder events = new EventRecorder();

  private AcdSimulator sim(GroupConfig group) {
    return AcdSimulator.builder().group(group).agent("alice", "sales").listener(events).build();
  }

  private AcdSimulator sim() {
    return sim(GroupConfig.of("sales"));
  }

  private static void assertCallStateRefused(AcdSimulator sim, Call call) {
    assertThatThrownBy(() -> sim.hangup(call))
        .isInstanceOfSatisfying(
            TapiException.class, e -> assertThat(e.error()).isEqualTo(LineError.INVALCALLSTATE))
        .hasMessageContaining(call.id().toString());
  }

  @Test
  void calls_without_an_eligible_agent_wait_in_arrival_order() {
    AcdSimulator sim = sim();
    sim.login("alice");

    Call first = sim.offerCall("sales", ofMinutes(1), null, "c1");
    sim.advance(ofSeconds(5));
    Call second = sim.offerCall("sales", ofMinutes(1), null, "c2");

    assertThat(events.linesSince(1))
        .containsExactly("offered c1", "queued c1 at 1", "offered c2", "queued c2 at 2");
    assertThat(first.state()).isEqualTo(CallState.WAITING);
    assertThat(first.session()).isEmpty();
    assertThat(sim.queue("sales").statistics().currentCallsQueued()).isEqualTo(2);

    sim.advance(ofSeconds(5));
    sim.ready("alice");
    assertThat(first.state()).isEqualTo(CallState.TALKING);
    assertThat(first.session().map(Object::toString)).contains("alice/sales");
    assertThat(events.last(CallDelivered.class).waited()).isEqualTo(ofSeconds(10));
    sim.advance(ofMinutes(1));
    assertThat(second.state()).isEqualTo(CallState.TALKING);
    assertThat(events.last(CallDelivered.class).waited()).isEqualTo(ofSeconds(65));
  }

  @Test
  void a_caller_abandons_when_patience_runs_out_while_waiting() {
    AcdSimulator sim = sim();
    sim.login("alice");
    Call call = sim.offerCall("sales", ofMinutes(1), ofSeconds(30));

    runTo(sim, ofSeconds(29));
    assertThat(call.state()).isEqualTo(CallState.WAITING);
    runTo(sim, ofSeconds(30));

    assertThat(call.state()).isEqualTo(CallState.ABANDONED);
    CallAbandoned abandoned = events.last(CallAbandoned.class);
    assertThat(abandoned.waited()).isEqualTo(ofSeconds(30));
    assertThat(abandoned.time()).isEqualTo(SimTesting.at(sim, ofSeconds(30)));
    sim.ready("alice"); // nothing left to take
    assertThat(sim.session("alice/sales").state()).isEqualTo(READY);
    assertThat(sim.queue("sales").kpis().abandoned()).isEqualTo(1);
  }

  @Test
  void patience_counts_from_arrival_and_stops_mattering_once_answered() {
    AcdSimulator sim = sim();
    sim.login("alice");
    Call call = sim.offerCall("sales", ofMinutes(5), ofSeconds(60));
    runTo(sim, ofSeconds(40));
    sim.ready("alice");

    sim.advance(ofMinutes(10));

    assertThat(events.of(CallAbandoned.class)).isEmpty();
    assertThat(events.last(CallEnded.class).reason()).isEqualTo(CallEnded.Reason.COMPLETED);
    assertThat(call.state()).isEqualTo(CallState.ENDED);
  }

  @Test
  void a_queue_with_capacity_zero_blocks_every_call_no_agent_can_take() {
    AcdSimulator sim = sim(GroupConfig.of("sales").withCapacity(0));
    sim.login("alice");

    Call blocked = sim.offerCall("sales", ofMinutes(1));
    sim.ready("alice");
    Call answered = sim.offerCall("sales", ofMinutes(1));

    assertThat(blocked.state()).isEqualTo(CallState.BLOCKED);
    assertThat(answered.state()).isEqualTo(CallState.TALKING);
    assertThat(events.callEvents("#1"))
        .extracting(EventRecorder::line)
        .containsExactly("blocked #1");
    QueueKpis kpis = sim.queue("sales").kpis();
    assertThat(kpis.blocked()).isEqualTo(1);
    assertThat(kpis.offered()).isEqualTo(1); // blocked calls are not offered
    assertThat(sim.queue("sales").statistics().totalCallsQueued()).isEqualTo(1);
    assertThat(sim.callCount()).isEqualTo(2);
  }

  @Test
  void a_queue_with_capacity_n_blocks_the_call_beyond_n_waiting() {
    AcdSimulator sim = sim(GroupConfig.of("sales").withCapacity(2));
    sim.login("alice");

    Call c1 = sim.offerCall("sales", ofMinutes(1));
    Call c2 = sim.offerCall("sales", ofMinutes(1));
    Call c3 = sim.offerCall("sales", ofMinutes(1));
    sim.ready("alice"); // takes c1: one place frees up
    Call c4 = sim.offerCall("sales", ofMinutes(1));
    Call c5 = sim.offerCall("sales", ofMinutes(1));

    assertThat(c1.state()).isEqualTo(CallState.TALKING);
    assertThat(c2.state()).isEqualTo(CallState.WAITING);
    assertThat(c3.state()).isEqualTo(CallState.BLOCKED);
    assertThat(c4.state()).isEqualTo(CallState.WAITING);
    assertThat(c5.state()).isEqualTo(CallState.BLOCKED);
    assertThat(events.of(CallQueued.class))
        .extracting(CallQueued::position)
        .containsExactly(1L, 2L, 2L);
    assertThat(sim.queue("sales").kpis().blocked()).isEqualTo(2);
  }

  @Test
  void hanging_up_a_waiting_call_is_an_abandonment() {
    AcdSimulator sim = sim();
    sim.login("alice");
    Call first = sim.offerCall("sales", ofMinutes(1));
    Call second = sim.offerCall("sales", ofMinutes(1));
    sim.advance(ofSeconds(12));

    sim.hangup(first);

    assertThat(first.state()).isEqualTo(CallState.ABANDONED);
    assertThat(events.last(CallAbandoned.class).waited()).isEqualTo(ofSeconds(12));
    sim.ready("alice");
    assertThat(second.state()).isEqualTo(CallState.TALKING);
    assertCallStateRefused(sim, first);
  }

  @Test
  void hanging_up_a_call_being_talked_ends_it_then_wrap_up_follows() {
    AcdSimulator sim = sim(GroupConfig.of("sales").withWrapup(Wrapup.fixed(ofSeconds(30))));
    sim.login("alice");
    sim.ready("alice");
    Call call = sim.offerCall("sales", ofMinutes(5));
    sim.advance(ofSeconds(45));
    int mark = events.mark();

    sim.hangup(call);

    assertThat(events.linesSince(mark))
        .containsExactly("ended #1 HUNG_UP", "alice/sales BUSY_ON_CALL->BUSY_WRAPUP");
    assertThat(events.last(CallEnded.class).talkTime()).isEqualTo(ofSeconds(45));
    assertThat(call.state()).isEqualTo(CallState.ENDED);
    sim.advance(ofSeconds(30));
    assertThat(events.states("alice/sales")).endsWith(BUSY_ON_CALL, BUSY_WRAPUP, READY);
    assertCallStateRefused(sim, call);
  }

  @Test
  void a_blocked_call_cannot_be_hung_up() {
    AcdSimulator sim = sim(GroupConfig.of("sales").withCapacity(0));
    Call blocked = sim.offerCall("sales", ofMinutes(1));

    assertCallStateRefused(sim, blocked);
  }

  @Test
  void a_call_of_another_simulator_is_refused() {
    AcdSimulator sim = sim();
    Call foreign = sim().offerCall("sales", ofMinutes(1));

    assertThatIllegalArgumentException().isThrownBy(() -> sim.hangup(foreign));
    assertThatIllegalArgumentException().isThrownBy(() -> sim.hangup(null));
  }

  @Test
  void offering_a_call_checks_its_arguments() {
    AcdSimulator sim = sim();

    assertThatIllegalArgumentException().isThrownBy(() -> sim.offerCall("sales", ofSeconds(-1)));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> sim.offerCall("sales", ofSeconds(1), ofSeconds(-1)));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> sim.offerCall("nowhere", ofSeconds(1)))
        .withMessageContaining("nowhere");
    assertThatThrownBy(() -> sim.offerCall("sales", null)).isInstanceOf(NullPointerException.class);
    assertThat(sim.callCount()).isZero();
    assertThat(events.all()).isEmpty();
  }

  @Test
  void a_call_knows_its_id_group_and_arrival() {
    AcdSimulator sim = sim();
    sim.advance(ofSeconds(3));

    Call labelled = sim.offerCall("sales", ofSeconds(1), null, "c1");
    Call plain = sim.offerCall("sales", ofSeconds(1));

    assertThat(labelled.id().label()).isEqualTo("c1");
    assertThat(labelled.id().serial()).isEqualTo(1);
    assertThat(plain.id()).hasToString("#2");
    assertThat(plain.group().value()).isEqualTo("sales");
    assertThat(plain.arrivalTime()).isEqualTo(SimTesting.at(sim, ofSeconds(3)));
    assertThat(plain.toString()).contains("#2");
  }

  @Test
  void a_caller_with_zero_patience_abandons_at_once_when_nobody_is_free() {
    AcdSimulator sim = sim();
    sim.login("alice");
    Call call = sim.offerCall("sales", ofMinutes(1), Duration.ZERO);

    sim.advance(Duration.ZERO);

    assertThat(call.state()).isEqualTo(CallState.ABANDONED);
    assertThat(events.callEvents("#1"))
        .extracting(EventRecorder::line)
        .containsExactly("offered #1", "queued #1 at 1", "abandoned #1");
  }
}
