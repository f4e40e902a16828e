package org.tapisim.scenario.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tapisim.acd.AcdSimulator;
import org.tapisim.model.AgentId;
import org.tapisim.model.AgentSessionState;
import org.tapisim.model.AgentState;
import org.tapisim.model.QueueId;
import org.tapisim.model.SessionId;

/** Capturing the golden scenario's summary: every figure worked out by hand from its script. */
class RunSummaryTest {
  private static final ErlangFigures ERLANG_C =
      new ErlangFigures(ErlangFigures.Model.C, 0.75, 2, 0.3, 3.2, 0.8, 0.0, 0.375);

  private final AcdSimulator sim = GoldenScenario.run();
  private final RunSummary summary =
      RunSummary.capture(sim, "Golden", 12, 3, 1, Map.of(QueueId.of("sales"), ERLANG_C));

  private static Duration s(long seconds) {
    return Duration.ofSeconds(seconds);
  }

  @Test
  void takes_the_run_and_its_sim_time() {
    assertThat(summary.scenario()).isEqualTo("Golden");
    assertThat(summary.seed()).isEqualTo(42);
    assertThat(summary.simulated().start()).isEqualTo(GoldenScenario.START);
    assertThat(summary.simulated().end()).isEqualTo(Instant.parse("2026-11-23T08:01:30Z"));
    assertThat(summary.simulated().duration()).isEqualTo(s(90));
    assertThat(summary.run()).isEqualTo(new RunSummary.Run(36, 5, 12));
    assertThat(summary.expectations()).isEqualTo(new RunSummary.Expectations(3, 1));
  }

  @Test
  void maps_the_queue_kpis_and_statistics() {
    assertThat(summary.queues()).containsOnlyKeys(QueueId.of("sales"));
    QueueSummary q = summary.queues().get(QueueId.of("sales"));
    // c1, c2, c3 and #5 offered; c4 blocked; c3 queued and abandoned after 20 s
    assertThat(q.offered()).isEqualTo(4);
    assertThat(q.answered()).isEqualTo(3);
    assertThat(q.abandoned()).isEqualTo(1);
    assertThat(q.blocked()).isEqualTo(1);
    assertThat(q.inQueueAtEnd()).isZero();
    assertThat(q.waited()).isEqualTo(1);
    assertThat(q.pWait()).isEqualTo(0.25);
    assertThat(q.asa()).isEqualTo(Duration.ZERO);
    assertThat(q.averageWait()).isEqualTo(s(5)); // (0 + 0 + 0 + 20) / 4
    assertThat(q.longestWait()).isEqualTo(s(20));
    assertThat(q.serviceLevelThreshold()).isEqualTo(s(20));
    assertThat(q.serviceLevel()).isEqualTo(0.75);
    assertThat(q.pAbandon()).isEqualTo(0.25);
    // staffed: alice 1..90 s, bob 1..80 s; busy: alice 30+10+10+10, bob 30+10
    assertThat(q.staffedTime()).isEqualTo(s(168));
    assertThat(q.busyTime()).isEqualTo(s(100));
    assertThat(q.occupancy()).isEqualTo(100 / 168.0);
    assertThat(q.erlang()).isEqualTo(ERLANG_C);
  }

  @Test
  void maps_each_session_in_the_simulators_order() {
    assertThat(summary.sessions().keySet())
        .extracting(SessionId::toString)
        .containsExactly("alice/sales", "bob/sales");
    SessionSummary alice = summary.sessions().get(SessionId.parse("alice/sales"));
    assertThat(alice)
        .isEqualTo(
            new SessionSummary(
                AgentSessionState.READY,
                2,
                s(40),
                s(20),
                s(60),
                s(30),
                s(20),
                s(10),
                Duration.ZERO,
                Duration.ZERO,
                80.0, // 2 calls in 90 s
                s(90),
                s(89),
                s(60)));
    assertThat(alice.occupancy()).isEqualTo(60 / 89.0);
    SessionSummary bob = summary.sessions().get(SessionId.parse("bob/sales"));
    assertThat(bob.state()).isEqualTo(AgentSessionState.SESSION_ENDED);
    assertThat(bob.calls()).isEqualTo(1);
    assertThat(bob.duration()).isEqualTo(s(80));
    assertThat(bob.acdCallRatePerHour()).isEqualTo(45.0);
    assertThat(bob.staffedTime()).isEqualTo(s(79));
    assertThat(bob.busyTime()).isEqualTo(s(40));
  }

  @Test
  void maps_each_agent_in_definition_order() {
    assertThat(summary.agents().keySet()).containsExactly(AgentId.of("alice"), AgentId.of("bob"));
    assertThat(summary.agents().get(AgentId.of("alice")))
        .isEqualTo(new AgentSummary(AgentState.READY, 2, s(40), s(60), s(20)));
    assertThat(summary.agents().get(AgentId.of("bob")))
        .isEqualTo(new AgentSummary(AgentState.NOT_READY, 1, s(30), s(40), s(10)));
  }

  @Test
  void counts_sessions_a_re_login_replaced_in_the_groups_occupancy() {
    AcdSimulator relogin = AcdSimulator.builder().group("sales").agent("alice", "sales").build();
    relogin.login("alice");
    relogin.ready("alice");
    relogin.offerCall("sales", s(30));
    relogin.advance(s(40)); // first session: 30 s busy, 10 s ready
    relogin.logout("alice");
    relogin.login("alice");
    relogin.ready("alice");
    relogin.advance(s(20)); // second session: 20 s ready

    RunSummary summary = RunSummary.capture(relogin, "relogin", 0, 0, 0, Map.of());
    assertThat(summary.sessions()).hasSize(1);
    assertThat(summary.sessions().get(SessionId.parse("alice/sales")).staffedTime())
        .isEqualTo(s(20));
    QueueSummary sales = summary.queues().get(QueueId.of("sales"));
    assertThat(sales.staffedTime()).isEqualTo(s(60));
    assertThat(sales.busyTime()).isEqualTo(s(30));
    assertThat(sales.occupancy()).isEqualTo(0.5);
  }

  @Test
  void carries_no_erlang_figures_unless_given() {
    RunSummary plain = RunSummary.capture(sim, "Golden", 0, 0, 0, Map.of());
    assertThat(plain.queues().get(QueueId.of("sales")).erlang()).isNull();
    assertThat(plain.queues().get(QueueId.of("sales")).withErlang(ERLANG_C).erlang())
        .isEqualTo(ERLANG_C);
  }

  @Test
  void rejects_erlang_figures_for_an_unknown_queue() {
    assertThatThrownBy(
            () -> RunSummary.capture(sim, "x", 0, 0, 0, Map.of(QueueId.of("nope"), ERLANG_C)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nope");
  }

  @Test
  void is_immutable() {
    assertThatThrownBy(() -> summary.sessions().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(
            () ->
                new RunSummary.Simulated(GoldenScenario.START, GoldenScenario.START.minusNanos(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RunSummary.Run(-1, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RunSummary.Expectations(0, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void erlang_figures_must_be_in_range() {
    assertThatThrownBy(() -> new ErlangFigures(ErlangFigures.Model.A, -1, 2, 0.1, 1, 0.5, 0.1, 0.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ErlangFigures(ErlangFigures.Model.A, 1, 2, 1.5, 1, 0.5, 0.1, 0.5))
        .hasMessageContaining("pWait");
    assertThatThrownBy(
            () -> new ErlangFigures(ErlangFigures.Model.C, 1, 2, 0.5, Double.NaN, 0.5, 0, 0.5))
        .hasMessageContaining("ASA");
    assertThat(
            new ErlangFigures(ErlangFigures.Model.C, 3, 2, 1, Double.POSITIVE_INFINITY, 0, 0, 1)
                .asaSeconds())
        .isInfinite();
  }
}
