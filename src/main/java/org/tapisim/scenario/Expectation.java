package org.tapisim.scenario;

import java.time.Duration;
import java.util.List;
import org.tapisim.model.AgentId;
import org.tapisim.model.GroupId;
import org.tapisim.model.SessionId;

/**
 * Something a script expects of its run, checked during and after it. Each failure is reported with
 * what was expected, what happened and the expectation's position.
 */
public sealed interface Expectation {
  /** Returns its position in the script. */
  Position where();

  /** What an expectation is about. */
  sealed interface Target {
    /** Returns how the script names it, e.g. {@code session alice/sales}. */
    String describe();
  }

  /** An agent session. */
  record SessionTarget(SessionId session) implements Target {
    @Override
    public String describe() {
      return "session " + session;
    }
  }

  /** An agent. */
  record AgentTarget(AgentId agent) implements Target {
    @Override
    public String describe() {
      return "agent " + agent;
    }
  }

  /** A group's queue. */
  record QueueTarget(GroupId queue) implements Target {
    @Override
    public String describe() {
      return "queue " + queue;
    }
  }

  /** A scripted call, by its {@code id:}. */
  record CallTarget(String label) implements Target {
    @Override
    public String describe() {
      return "call " + label;
    }
  }

  /**
   * An event must happen in a time window ({@code at:} makes the window one instant).
   *
   * @param event the event's name as the event log shows it (e.g. BUSY, BUSY_ACD, DELIVERED)
   * @param from the window's start, an offset from the sim start
   * @param to the window's end, inclusive
   */
  record EventWithin(Position where, Target target, String event, Duration from, Duration to)
      implements Expectation {}

  /**
   * A state at an instant, or at the end of the run.
   *
   * @param state the state's name (a session's AGENT_SESSION_STATE or an agent's AGENT_STATE)
   * @param at the instant as an offset, or {@code null} for the end
   */
  record StateAt(Position where, Target target, String state, Duration at) implements Expectation {}

  /**
   * Statistics at an instant, or at the end of the run.
   *
   * @param at the instant as an offset, or {@code null} for the end
   * @param checks each statistic and its bounds
   */
  record StatisticsAt(Position where, Target target, Duration at, List<Check> checks)
      implements Expectation {
    /** Copies the list. */
    public StatisticsAt {
      checks = List.copyOf(checks);
    }
  }

  /** An event must not happen at any time. */
  record Never(Position where, Target target, String event) implements Expectation {}

  /**
   * One statistic and the range it must fall in.
   *
   * @param where the statistic's key in the script
   * @param statistic which statistic
   * @param min the least allowed value (in the statistic's unit), or {@code -Infinity}
   * @param max the greatest allowed value, or {@code +Infinity}
   */
  record Check(Position where, Statistic statistic, double min, double max) {
    /** Returns the range as the script wrote it, e.g. {@code 25s..35s} or {@code 3}. */
    public String describe() {
      if (min == max) {
        return statistic.unit().format(min);
      }
      String low = Double.isInfinite(min) ? "" : "at least " + statistic.unit().format(min);
      String high = Double.isInfinite(max) ? "" : "at most " + statistic.unit().format(max);
      return low.isEmpty() ? high : high.isEmpty() ? low : low + " and " + high;
    }
  }
}
