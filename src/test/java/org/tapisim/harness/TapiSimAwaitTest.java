package org.tapisim.harness;

import static java.util.function.Predicate.isEqual;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tapisim.harness.TapiSimAwait.agentState;
import static org.tapisim.harness.TapiSimAwait.awaitSimTime;
import static org.tapisim.harness.TapiSimAwait.callsWaiting;
import static org.tapisim.harness.TapiSimAwait.eventCount;
import static org.tapisim.harness.TapiSimAwait.handledCalls;
import static org.tapisim.harness.TapiSimAwait.nextState;
import static org.tapisim.harness.TapiSimAwait.queueKpis;
import static org.tapisim.harness.TapiSimAwait.saw;
import static org.tapisim.harness.TapiSimAwait.sawSessionEvent;
import static org.tapisim.harness.TapiSimAwait.sessionState;
import static org.tapisim.harness.TapiSimAwait.simTimeElapsed;
import static org.tapisim.harness.TapiSimAwait.wallTime;

import java.time.Duration;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tapisim.acd.AcdSimulator;
import org.tapisim.acd.GroupConfig;
import org.tapisim.acd.Wrapup;
import org.tapisim.model.AgentSessionEvent;
import org.tapisim.model.AgentSessionState;
import org.tapisim.model.AgentState;
import org.tapisim.model.CallAbandoned;
import org.tapisim.model.CallDelivered;

/**
 * The Awaitility glue against a real-time simulator at 50 times the wall clock: alice logs in after
 * 5 s of sim time (from a thread of the test's own) and takes calls; the callables follow.
 */
class TapiSimAwaitTest {
  @RegisterExtension
  static final TapiSimExtension TAPISIM =
      TapiSimExtension.builder()
          .group(GroupConfig.of("sales").withWrapup(Wrapup.fixed(Duration.ofSeconds(10))))
          .agent("alice", "sales")
          .realTime(50)
          .build();

  @Test
  void the_callables_follow_the_simulator_from_the_polling_thread(
      AcdSimulator sim, RecordedEvents events) {
    sim.offerCall("sales", Duration.ofSeconds(20), Duration.ofSeconds(2), "early");
    sim.schedule(
        sim.startTime().plusSeconds(5),
        () -> {
          sim.login("alice");
          sim.ready("alice");
          sim.offerCall("sales", Duration.ofSeconds(20), null, "c1");
          sim.notReady("alice");
        });

    assertThat(call(sessionState(sim, "alice/sales"))).isNull();
    assertThat(call(handledCalls(sim, "alice/sales"))).isZero();
    assertThat(call(nextState(sim, "alice/sales"))).isNull();

    awaitSimTime(sim, Duration.ofSeconds(10))
        .until(sessionState(sim, "alice/sales"), isEqual(AgentSessionState.BUSY_ON_CALL));
    assertThat(call(nextState(sim, "alice/sales"))).isEqualTo(AgentSessionState.NOT_READY);
    assertThat(call(agentState(sim, "alice"))).isEqualTo(AgentState.BUSY_ACD);
    assertThat(call(handledCalls(sim, "alice/sales"))).isEqualTo(1);
    assertThat(call(saw(events, e -> e instanceof CallAbandoned))).isTrue();
    assertThat(call(eventCount(events, CallDelivered.class))).isEqualTo(1);
    assertThat(call(callsWaiting(sim, "sales"))).isZero();
    assertThat(call(queueKpis(sim, "sales")).abandoned()).isEqualTo(1);

    awaitSimTime(sim, Duration.ofSeconds(40))
        .until(sawSessionEvent(events, "alice/sales", AgentSessionEvent.NOT_READY));
    assertThat(call(simTimeElapsed(sim))).isGreaterThanOrEqualTo(Duration.ofSeconds(35));
  }

  @Test
  void a_sim_time_bound_becomes_wall_time_over_the_speed_plus_slack(AcdSimulator sim) {
    assertThat(wallTime(sim, Duration.ofSeconds(100))).isEqualTo(Duration.ofSeconds(2));

    long start = System.nanoTime();
    assertThatThrownBy(
            () ->
                awaitSimTime(sim, Duration.ofSeconds(5))
                    .atMost(Duration.ofMillis(300))
                    .until(callsWaiting(sim, "sales"), n -> n > 0))
        .isInstanceOf(ConditionTimeoutException.class)
        .hasMessageContaining("tapisim: up to 5s of sim time at 50.0x real time");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void in_virtual_time_waiting_is_refused_with_advice() {
    try (AcdSimulator virtual = AcdSimulator.builder().group("sales").build()) {
      assertThatThrownBy(() -> awaitSimTime(virtual, Duration.ofSeconds(1)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("use sim.advanceUntil(condition, limit)");
    }
  }

  private static <T> T call(java.util.concurrent.Callable<T> callable) {
    try {
      return callable.call();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
