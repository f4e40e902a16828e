package org.tapisim.scenario.output;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tapisim.model.AgentId;
import org.tapisim.model.AgentSessionState;
import org.tapisim.model.AgentState;
import org.tapisim.model.QueueId;
import org.tapisim.model.SessionId;

/** A hand-built summary with round figures, to check the writers against. */
final class SummaryExample {
  static final ErlangFigures ERLANG =
      new ErlangFigures(ErlangFigures.Model.C, 7.85, 10, 0.38, 11.25, 0.861, 0.0, 0.785);

  private SummaryExample() {}

  static RunSummary withSessions(int sessions) {
    Map<QueueId, QueueSummary> queues = new LinkedHashMap<>();
    queues.put(
        QueueId.of("sales"),
        new QueueSummary(
            1000,
            990,
            10,
            0,
            0,
            400,
            0.4,
            Duration.ofMillis(12_300),
            Duration.ofSeconds(12),
            Duration.ofSeconds(95),
            Duration.ofSeconds(20),
            0.85,
            0.01,
            Duration.ofSeconds(36_000),
            Duration.ofSeconds(28_800),
            ERLANG));
    queues.put(
        QueueId.of("support"),
        new QueueSummary(
            0,
            0,
            0,
            2,
            3,
            0,
            0,
            Duration.ZERO,
            Duration.ZERO,
            Duration.ofSeconds(4000),
            Duration.ofMillis(2500),
            0,
            0,
            Duration.ZERO,
            Duration.ZERO,
            new ErlangFigures(ErlangFigures.Model.C, 3, 2, 1, Double.POSITIVE_INFINITY, 0, 0, 1)));
    Map<SessionId, SessionSummary> sessionMap = new LinkedHashMap<>();
    for (int i = 0; i < sessions; i++) {
      String agent = i == 0 ? "alice" : String.format("pool-%03d", i);
      sessionMap.put(
          SessionId.parse(agent + "/sales"),
          new SessionSummary(
              AgentSessionState.READY,
              10,
              Duration.ofSeconds(1800),
              Duration.ofSeconds(180),
              Duration.ofSeconds(2000),
              Duration.ofSeconds(200),
              Duration.ofSeconds(200),
              Duration.ofSeconds(20),
              Duration.ofMillis(95_500),
              Duration.ofMillis(12_250),
              10.0,
              Duration.ofSeconds(3600),
              Duration.ofSeconds(3200),
              Duration.ofSeconds(2000)));
    }
    Map<AgentId, AgentSummary> agents = new LinkedHashMap<>();
    agents.put(
        AgentId.of("alice"),
        new AgentSummary(
            AgentState.READY,
            10,
            Duration.ofSeconds(1800),
            Duration.ofSeconds(2000),
            Duration.ofSeconds(200)));
    return new RunSummary(
        "Inbound \"sales\", morning peak",
        42,
        new RunSummary.Simulated(
            Instant.parse("2000-01-01T00:00:00Z"), Instant.parse("2000-01-01T01:00:00Z")),
        new RunSummary.Run(123_456, 1000, 532),
        queues,
        sessionMap,
        agents,
        new RunSummary.Expectations(3, 0));
  }
}
