package org.tapisim.scenario;

import java.time.Duration;
import org.tapisim.acd.AcdSimulator;
import org.tapisim.model.AgentSessionStatistics;
import org.tapisim.model.AgentStatistics;
import org.tapisim.model.QueueKpis;
import org.tapisim.model.QueueStatistics;

/**
 * Reads a {@link Statistic} of a simulator's session, queue or agent now, in the statistic's unit.
 */
final class Measure {
  private Measure() {}

  static double value(AcdSimulator sim, Expectation.Target target, Statistic statistic) {
    return switch (statistic.kind()) {
      case SESSION ->
          session(sim, ((Expectation.SessionTarget) target).session().toString(), statistic);
      case QUEUE -> queue(sim, ((Expectation.QueueTarget) target).queue().value(), statistic);
      case AGENT -> agent(sim, ((Expectation.AgentTarget) target).agent().value(), statistic);
    };
  }

  private static double session(AcdSimulator sim, String id, Statistic statistic) {
    var session = sim.session(id);
    AgentSessionStatistics s = session.statistics();
    return switch (statistic) {
      case SESSION_CALLS -> s.numberOfCalls();
      case SESSION_TOTAL_TALK -> seconds(s.totalTalkTime());
      case SESSION_AVG_TALK -> seconds(s.averageTalkTime());
      case SESSION_TOTAL_CALL -> seconds(s.totalCallTime());
      case SESSION_AVG_CALL -> seconds(s.averageCallTime());
      case SESSION_TOTAL_WRAPUP -> seconds(s.totalWrapUpTime());
      case SESSION_AVG_WRAPUP -> seconds(s.averageWrapUpTime());
      case SESSION_LONGEST_TIME_TO_ANSWER -> seconds(s.longestTimeToAnswer());
      case SESSION_AVG_TIME_TO_ANSWER -> seconds(s.averageTimeToAnswer());
      case SESSION_ACD_CALL_RATE -> s.acdCallRate();
      case SESSION_DURATION -> seconds(s.sessionDuration());
      case SESSION_OCCUPANCY -> session.kpis().occupancy();
      default -> throw new IllegalArgumentException(statistic + " is not a session statistic");
    };
  }

  private static double queue(AcdSimulator sim, String id, Statistic statistic) {
    var queue = sim.queue(id);
    QueueKpis k = queue.kpis();
    return switch (statistic) {
      case QUEUE_OFFERED -> k.offered();
      case QUEUE_ANSWERED -> k.answered();
      case QUEUE_ABANDONED -> k.abandoned();
      case QUEUE_BLOCKED -> k.blocked();
      case QUEUE_IN_QUEUE_AT_END -> k.inQueue();
      case QUEUE_WAITED -> k.waited();
      case QUEUE_P_WAIT -> k.pWait();
      case QUEUE_ASA -> seconds(k.asa());
      case QUEUE_AVG_WAIT -> seconds(k.averageWait());
      case QUEUE_LONGEST_WAIT -> {
        QueueStatistics s = queue.statistics();
        yield seconds(s.longestEverWaitTime());
      }
      case QUEUE_SERVICE_LEVEL -> k.serviceLevel();
      case QUEUE_P_ABANDON -> k.pAbandon();
      default -> throw new IllegalArgumentException(statistic + " is not a queue statistic");
    };
  }

  private static double agent(AcdSimulator sim, String id, Statistic statistic) {
    AgentStatistics s = sim.agent(id).statistics();
    return switch (statistic) {
      case AGENT_ACD_CALLS -> s.numberOfAcdCalls();
      case AGENT_TOTAL_ACD_TALK -> seconds(s.totalAcdTalkTime());
      case AGENT_TOTAL_ACD_CALL -> seconds(s.totalAcdCallTime());
      case AGENT_TOTAL_WRAPUP -> seconds(s.totalWrapUpTime());
      default -> throw new IllegalArgumentException(statistic + " is not an agent statistic");
    };
  }

  static double seconds(Duration duration) {
    return duration.toNanos() / 1e9;
  }
}
