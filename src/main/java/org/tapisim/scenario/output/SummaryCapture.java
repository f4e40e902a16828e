package org.tapisim.scenario.output;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.tapisim.acd.AcdSimulator;
import org.tapisim.model.AcdGroup;
import org.tapisim.model.Agent;
import org.tapisim.model.AgentId;
import org.tapisim.model.AgentSession;
import org.tapisim.model.AgentSessionStatistics;
import org.tapisim.model.AgentStatistics;
import org.tapisim.model.GroupId;
import org.tapisim.model.Queue;
import org.tapisim.model.QueueId;
import org.tapisim.model.QueueKpis;
import org.tapisim.model.SessionId;
import org.tapisim.model.SessionKpis;

/** Reads a simulator's statistics into a {@link RunSummary}: the one place that maps them. */
final class SummaryCapture {
  private SummaryCapture() {}

  static RunSummary capture(
      AcdSimulator sim,
      String scenario,
      RunSummary.Run run,
      RunSummary.Expectations expectations,
      Map<QueueId, ErlangFigures> erlangByQueue) {
    Map<SessionId, SessionSummary> sessions = new LinkedHashMap<>();
    for (AgentSession session : sim.sessions()) {
      sessions.put(session.id(), session(session));
    }
    // a group's occupancy counts every session it had, also those a re-login replaced
    Map<GroupId, Duration[]> staffedAndBusy = new HashMap<>();
    for (Agent agent : sim.agents()) {
      for (AgentSession session : agent.sessions()) {
        SessionKpis kpis = session.kpis();
        Duration[] sums =
            staffedAndBusy.computeIfAbsent(
                session.id().group(), g -> new Duration[] {Duration.ZERO, Duration.ZERO});
        sums[0] = sums[0].plus(kpis.staffedTime());
        sums[1] = sums[1].plus(kpis.onCallTime()).plus(kpis.wrapUpTime());
      }
    }

    Map<QueueId, QueueSummary> queues = new LinkedHashMap<>();
    for (AcdGroup group : sim.groups()) {
      Duration[] sums =
          staffedAndBusy.getOrDefault(group.id(), new Duration[] {Duration.ZERO, Duration.ZERO});
      for (Queue queue : group.queues()) {
        queues.put(queue.id(), queue(queue, sums[0], sums[1], erlangByQueue.get(queue.id())));
      }
    }
    Set<QueueId> unknown = new HashSet<>(erlangByQueue.keySet());
    unknown.removeAll(queues.keySet());
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "Erlang figures for queues the simulator does not have: " + unknown);
    }

    Map<AgentId, AgentSummary> agents = new LinkedHashMap<>();
    for (Agent agent : sim.agents()) {
      agents.put(agent.id(), agent(agent));
    }
    return new RunSummary(
        scenario,
        sim.seed(),
        new RunSummary.Simulated(sim.startTime(), sim.now()),
        run,
        queues,
        sessions,
        agents,
        expectations);
  }

  static QueueSummary queue(Queue queue, Duration staffed, Duration busy, ErlangFigures erlang) {
    QueueKpis kpis = queue.kpis();
    return new QueueSummary(
        kpis.offered(),
        kpis.answered(),
        kpis.abandoned(),
        kpis.blocked(),
        kpis.inQueue(),
        kpis.waited(),
        kpis.pWait(),
        kpis.asa(),
        kpis.averageWait(),
        queue.statistics().longestEverWaitTime(),
        kpis.serviceLevelThreshold(),
        kpis.serviceLevel(),
        kpis.pAbandon(),
        staffed,
        busy,
        erlang);
  }

  static SessionSummary session(AgentSession session) {
    AgentSessionStatistics stats = session.statistics();
    SessionKpis kpis = session.kpis();
    return new SessionSummary(
        session.state(),
        stats.numberOfCalls(),
        stats.totalTalkTime(),
        stats.averageTalkTime(),
        stats.totalCallTime(),
        stats.averageCallTime(),
        stats.totalWrapUpTime(),
        stats.averageWrapUpTime(),
        stats.longestTimeToAnswer(),
        stats.averageTimeToAnswer(),
        stats.acdCallRate(),
        stats.sessionDuration(),
        kpis.staffedTime(),
        kpis.onCallTime().plus(kpis.wrapUpTime()));
  }

  static AgentSummary agent(Agent agent) {
    AgentStatistics stats = agent.statistics();
    return new AgentSummary(
        agent.state(),
        stats.numberOfAcdCalls(),
        stats.totalAcdTalkTime(),
        stats.totalAcdCallTime(),
        stats.totalWrapUpTime());
  }
}
