package org.tapisim.acd;

import static java.time.Duration.ofMinutes;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.tapisim.acd.SimTesting.at;
import static org.tapisim.model.AgentSessionState.READY;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tapisim.model.CallDelivered;
import org.tapisim.model.CallOffered;

/** The order of events within one change, and among events due at the same sim time. */
class EventOrderTest {
  private final EventRecorder events = new EventRecorder();

  private AcdSimulator sim(Wrapup wrapup, AgentConfig.Start start, Traffic... traffic) {
    AcdSimulator.Builder builder =
        AcdSimulator.builder()
            .seed(5)
            .group(GroupConfig.of("sales").withWrapup(wrapup))
            .agent(AgentConfig.of("alice", "sales").withStart(start))
            .listener(events);
    for (Traffic t : traffic) {
      builder.traffic(t);
    }
    return builder.build();
  }

  @Test
  void an_immediate_delivery_reports_offer_delivery_session_then_agent() {
    AcdSimulator sim = sim(Wrapup.none(), AgentConfig.Start.READY);
    int mark = events.mark();

    sim.offerCall("sales", ofMinutes(1));

    assertThat(events.linesSince(mark))
        .containsExactly(
            "offered #1",
            "delivered #1 to alice/sales",
            "alice/sales READY->BUSY_ON_CALL",
            "agent alice READY->BUSY_ACD");
  }

  @Test
  void a_waiting_call_reports_offer_then_queue_position() {
    AcdSimulator sim = sim(Wrapup.none(), AgentConfig.Start.NOT_READY);
    int mark = events.mark();

    sim.offerCall("sales", ofMinutes(1));

    assertThat(events.linesSince(mark)).containsExactly("offered #1", "queued #1 at 1");
  }

  @Test
  void the_end_of_a_call_is_reported_before_the_session_moves_on_and_takes_the_next_call() {
    AcdSimulator sim = sim(Wrapup.none(), AgentConfig.Start.READY);
    sim.offerCall("sales", ofMinutes(1));
    sim.offerCall("sales", ofMinutes(1));
    int mark = events.mark();

    sim.advance(ofMinutes(1));

    assertThat(events.linesSince(mark))
        .containsExactly(
            "ended #1 COMPLETED",
            "alice/sales BUSY_ON_CALL->READY",
            "agent alice BUSY_ACD->READY",
            "delivered #2 to alice/sales",
            "alice/sales READY->BUSY_ON_CALL",
            "agent alice READY->BUSY_ACD");
  }

  @Test
  void sequence_numbers_and_times_never_go_back() {
    AcdSimulator sim = sim(Wrapup.fixed(ofSeconds(20)), AgentConfig.Start.READY);
    for (int i = 0; i < 5; i++) {
      sim.offerCall("sales", ofSeconds(40 + i), ofSeconds(100));
      sim.advance(ofSeconds(7));
    }
    sim.advance(ofMinutes(10));

    assertThat(events.all()).extracting(e -> e.sequence()).isSorted().doesNotHaveDuplicates();
    assertThat(events.all().get(0).sequence()).isEqualTo(1);
    assertThat(events.all().get(events.all().size() - 1).sequence()).isEqualTo(sim.eventCount());
    assertThat(events.all()).extracting(e -> e.time()).isSorted();
  }

  /** A caller whose patience ends just as an agent frees up is answered: call ends go first. */
  @Test
  void at_the_same_instant_a_call_end_comes_before_an_abandonment() {
    AcdSimulator sim = sim(Wrapup.none(), AgentConfig.Start.READY);
    sim.offerCall("sales", ofSeconds(60));
    Call waiting = sim.offerCall("sales", ofMinutes(1), ofSeconds(60));

    sim.advance(ofSeconds(60));

    assertThat(waiting.state()).isEqualTo(CallState.TALKING);
    assertThat(events.last(CallDelivered.class).waited()).isEqualTo(ofSeconds(60));
  }

  @Test
  void at_the_same_instant_a_wrap_up_end_comes_before_an_abandonment() {
    AcdSimulator sim = sim(Wrapup.fixed(ofSeconds(30)), AgentConfig.Start.READY);
    sim.offerCall("sales", ofSeconds(30));
    Call waiting = sim.offerCall("sales", ofMinutes(1), ofSeconds(60));

    sim.advance(ofSeconds(60));

    assertThat(waiting.state()).isEqualTo(CallState.TALKING);
  }

  @Test
  void at_the_same_instant_a_scheduled_action_comes_before_an_abandonment() {
    AcdSimulator sim = sim(Wrapup.none(), AgentConfig.Start.NOT_READY);
    Call waiting = sim.offerCall("sales", ofMinutes(1), ofSeconds(60));
    sim.schedule(at(sim, ofSeconds(60)), () -> sim.ready("alice"));

    sim.advance(ofSeconds(60));

    assertThat(waiting.state()).isEqualTo(CallState.TALKING);
  }

  @Test
  void at_the_same_instant_a_wrap_up_end_comes_before_a_scheduled_action() {
    AcdSimulator sim = sim(Wrapup.fixed(ofSeconds(30)), AgentConfig.Start.READY);
    sim.offerCall("sales", ofSeconds(30));
    List<Object> seen = new ArrayList<>();
    sim.schedule(at(sim, ofSeconds(60)), () -> seen.add(sim.session("alice/sales").state()));

    sim.advance(ofSeconds(60));

    assertThat(seen).containsExactly(READY);
  }

  /** Of an agent freed by a call end and another by a wrap-up end, the call end is first. */
  @Test
  void at_the_same_instant_a_call_end_comes_before_a_wrap_up_end() {
    AcdSimulator sim =
        AcdSimulator.builder()
            .group(GroupConfig.of("sales").withWrapup(Wrapup.fixed(ofSeconds(30))))
            .group("direct")
            .agent(SimTesting.readyAgent("x", "sales"))
            .agent(SimTesting.readyAgent("y", "direct", "sales"))
            .build();
    sim.offerCall("sales", ofSeconds(30)); // x: talk until 30 s, wrap-up until 60 s
    sim.offerCall("direct", ofSeconds(60)); // y: talk until 60 s, no wrap-up in direct
    sim.advance(ofSeconds(1));
    Call waiting = sim.offerCall("sales", ofMinutes(10));

    sim.advance(ofSeconds(59));

    assertThat(waiting.session().map(Object::toString)).contains("y/sales");
  }

  /** Returns when the first call of a one-call Poisson stream arrives, seed 5. */
  private Instant firstArrival(Traffic traffic) {
    EventRecorder probe = new EventRecorder();
    AcdSimulator sim =
        AcdSimulator.builder().seed(5).group("sales").traffic(traffic).listener(probe).build();
    sim.runUntilIdle();
    return probe.last(CallOffered.class).time();
  }

  private static final Traffic ONE_CALL =
      Traffic.poisson("sales", 60, Distribution.constant(ofMinutes(1))).withMaxCalls(1);

  @Test
  void at_the_same_instant_a_call_end_comes_before_an_arrival() {
    Instant arrival = firstArrival(ONE_CALL);
    AcdSimulator sim = sim(Wrapup.none(), AgentConfig.Start.READY, ONE_CALL);

    sim.offerCall("sales", Duration.between(sim.startTime(), arrival), null, "early");
    sim.runUntil(arrival);

    assertThat(events.callEvents("#2"))
        .extracting(EventRecorder::line)
        .containsExactly("offered #2", "delivered #2 to alice/sales");
  }

  @Test
  void at_the_same_instant_a_scheduled_action_comes_before_an_arrival() {
    Instant arrival = firstArrival(ONE_CALL);
    AcdSimulator sim = sim(Wrapup.none(), AgentConfig.Start.NOT_READY, ONE_CALL);

    sim.schedule(arrival, () -> sim.ready("alice"));
    sim.runUntil(arrival);

    assertThat(events.callEvents("#1"))
        .extracting(EventRecorder::line)
        .containsExactly("offered #1", "delivered #1 to alice/sales");
  }

  @Test
  void at_the_same_instant_an_arrival_comes_before_an_abandonment_and_an_observer_sees_both() {
    Instant arrival = firstArrival(ONE_CALL);
    AcdSimulator sim = sim(Wrapup.none(), AgentConfig.Start.NOT_READY, ONE_CALL);
    Call impatient =
        sim.offerCall("sales", ofMinutes(1), Duration.between(sim.startTime(), arrival), "c0");
    List<Object> observed = new ArrayList<>();
    sim.observe(arrival, () -> observed.add(impatient.state()));
    sim.observe(arrival, () -> observed.add(sim.queue("sales").statistics().currentCallsQueued()));

    sim.runUntil(arrival);

    assertThat(events.linesSince(1))
        .containsExactly(
            "offered c0", "queued c0 at 1", "offered #2", "queued #2 at 2", "abandoned c0");
    assertThat(observed).containsExactly(CallState.ABANDONED, 1L);
  }

  @Test
  void actions_and_observers_at_the_same_instant_run_in_their_order_observers_last() {
    AcdSimulator sim = sim(Wrapup.none(), AgentConfig.Start.NOT_READY);
    Instant t = at(sim, ofSeconds(10));
    List<String> ran = new ArrayList<>();
    sim.observe(t, () -> ran.add("observer 1"));
    sim.schedule(t, () -> ran.add("action 1"));
    sim.observe(t, () -> ran.add("observer 2"));
    sim.schedule(t, () -> ran.add("action 2"));

    sim.runUntil(t);

    assertThat(ran).containsExactly("action 1", "action 2", "observer 1", "observer 2");
  }

  @Test
  void an_action_runs_at_its_time_on_the_owning_thread() {
    AcdSimulator sim = sim(Wrapup.none(), AgentConfig.Start.NOT_READY);
    List<Instant> times = new ArrayList<>();
    sim.schedule(at(sim, ofSeconds(90)), () -> times.add(sim.now()));
    sim.schedule(sim.now(), () -> times.add(sim.now()));

    sim.advance(ofMinutes(5));

    assertThat(times).containsExactly(sim.startTime(), at(sim, ofSeconds(90)));
  }

  @Test
  void an_action_cannot_be_scheduled_in_the_past() {
    AcdSimulator sim = sim(Wrapup.none(), AgentConfig.Start.NOT_READY);
    sim.advance(ofMinutes(1));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> sim.schedule(at(sim, ofSeconds(59)), () -> {}));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> sim.observe(at(sim, ofSeconds(59)), () -> {}));
    assertThat(sim.isIdle()).isTrue();
  }

  /** Running the clock from inside an event would reorder events: it is refused. */
  @Test
  void an_action_cannot_drive_the_clock() {
    AcdSimulator sim = sim(Wrapup.none(), AgentConfig.Start.NOT_READY);
    sim.schedule(at(sim, ofSeconds(10)), () -> sim.advance(ofSeconds(5)));

    assertThatIllegalStateException().isThrownBy(() -> sim.advance(ofMinutes(1)));
  }
}
