package org.tapisim.acd;

import static java.time.Duration.ofMinutes;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.tapisim.acd.SimTesting.runTo;
import static org.tapisim.model.AgentSessionState.BUSY_ON_CALL;
import static org.tapisim.model.AgentSessionState.NOT_READY;
import static org.tapisim.model.AgentSessionState.READY;

import org.junit.jupiter.api.Test;
import org.tapisim.model.AgentState;
import org.tapisim.model.CallDelivered;

/** An agent in several groups: one ACD call at a time, the oldest waiting call first. */
class MultiGroupTest {
  private final EventRecorder events = new EventRecorder();

  private AcdSimulator sim(Wrapup salesWrapup) {
    return AcdSimulator.builder()
        .group(GroupConfig.of("sales").withWrapup(salesWrapup))
        .group("support")
        .agent(SimTesting.readyAgent("alice", "sales", "support"))
        .listener(events)
        .build();
  }

  @Test
  void while_busy_in_one_group_the_other_session_keeps_its_state_but_gets_no_call() {
    AcdSimulator sim = sim(Wrapup.none());
    sim.offerCall("sales", ofMinutes(1));
    int mark = events.mark();

    Call support = sim.offerCall("support", ofMinutes(1));

    assertThat(sim.session("alice/sales").state()).isEqualTo(BUSY_ON_CALL);
    assertThat(sim.session("alice/support").state()).isEqualTo(READY);
    assertThat(sim.agent("alice").state()).isEqualTo(AgentState.BUSY_ACD);
    assertThat(support.state()).isEqualTo(CallState.WAITING);
    assertThat(events.linesSince(mark)).containsExactly("offered #2", "queued #2 at 1");

    sim.advance(ofMinutes(1)); // the sales call ends: alice takes the support call

    assertThat(support.state()).isEqualTo(CallState.TALKING);
    assertThat(events.last(CallDelivered.class).session().toString()).isEqualTo("alice/support");
    assertThat(sim.session("alice/sales").state()).isEqualTo(READY);
  }

  @Test
  void a_wrap_up_in_one_group_keeps_calls_of_the_other_waiting() {
    AcdSimulator sim = sim(Wrapup.fixed(ofSeconds(30)));
    sim.offerCall("sales", ofMinutes(1));
    runTo(sim, ofSeconds(70));
    Call support = sim.offerCall("support", ofMinutes(1));
    assertThat(support.state()).isEqualTo(CallState.WAITING);

    runTo(sim, ofSeconds(90));

    assertThat(support.state()).isEqualTo(CallState.TALKING);
    assertThat(events.last(CallDelivered.class).waited()).isEqualTo(ofSeconds(20));
  }

  @Test
  void a_freed_agent_takes_the_oldest_waiting_call_across_its_groups() {
    AcdSimulator sim = sim(Wrapup.none());
    sim.offerCall("sales", ofMinutes(1)); // busy until 60 s
    runTo(sim, ofSeconds(10));
    Call olderSupport = sim.offerCall("support", ofMinutes(1));
    runTo(sim, ofSeconds(20));
    Call newerSales = sim.offerCall("sales", ofMinutes(1));

    runTo(sim, ofSeconds(60));
    assertThat(olderSupport.state()).isEqualTo(CallState.TALKING);
    assertThat(newerSales.state()).isEqualTo(CallState.WAITING);

    runTo(sim, ofSeconds(120));
    assertThat(newerSales.state()).isEqualTo(CallState.TALKING);
  }

  @Test
  void calls_that_arrived_at_the_same_instant_go_in_the_order_of_the_agents_sessions() {
    AcdSimulator sim = sim(Wrapup.none());
    sim.offerCall("support", ofMinutes(1)); // busy until 60 s
    runTo(sim, ofSeconds(10));
    Call support = sim.offerCall("support", ofMinutes(1));
    Call sales = sim.offerCall("sales", ofMinutes(1));

    runTo(sim, ofSeconds(60));

    assertThat(sales.state()).isEqualTo(CallState.TALKING); // sales is alice's first session
    assertThat(support.state()).isEqualTo(CallState.WAITING);
  }

  @Test
  void only_ready_sessions_take_waiting_calls_when_the_agent_is_freed() {
    AcdSimulator sim = sim(Wrapup.none());
    sim.offerCall("sales", ofMinutes(1));
    sim.session("alice/support").setState(NOT_READY); // allowed while busy in sales
    Call support = sim.offerCall("support", ofMinutes(1));

    sim.advance(ofMinutes(5));

    assertThat(support.state()).isEqualTo(CallState.WAITING);
    assertThat(sim.agent("alice").state()).isEqualTo(AgentState.READY); // sales is READY
    sim.session("alice/support").setState(READY);
    assertThat(support.state()).isEqualTo(CallState.TALKING);
  }

  @Test
  void the_agent_state_is_ready_while_one_session_is_ready() {
    AcdSimulator sim = sim(Wrapup.none());
    assertThat(sim.agent("alice").state()).isEqualTo(AgentState.READY);

    sim.session("alice/sales").setState(NOT_READY);
    assertThat(sim.agent("alice").state()).isEqualTo(AgentState.READY);

    sim.session("alice/support").setState(NOT_READY);
    assertThat(sim.agent("alice").state()).isEqualTo(AgentState.NOT_READY);
    assertThat(events.lines())
        .endsWith("alice/support READY->NOT_READY", "agent alice READY->NOT_READY");
  }

  @Test
  void an_agent_serves_one_acd_call_at_a_time_across_groups() {
    AcdSimulator sim = sim(Wrapup.none());
    for (int i = 0; i < 10; i++) {
      sim.offerCall(i % 2 == 0 ? "sales" : "support", ofSeconds(30 + i));
    }

    sim.runUntilIdle();

    // ten calls one after the other: the talk times add up to the time of the last end
    assertThat(events.of(CallDelivered.class)).hasSize(10);
    int open = 0;
    for (String line : events.lines()) {
      if (line.startsWith("delivered")) {
        open++;
      } else if (line.startsWith("ended")) {
        open--;
      }
      assertThat(open).isBetween(0, 1);
    }
    assertThat(SimTesting.elapsed(sim)).isEqualTo(ofSeconds(10 * 30 + 45));
  }
}
