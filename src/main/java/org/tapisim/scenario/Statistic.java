package org.tapisim.scenario;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A statistic an expectation can check, named as in the script (the summary JSON's key with dashes
 * and without the {@code _s} unit suffix), with the kind of object it belongs to and its unit.
 */
public enum Statistic {
  /** ACD calls delivered to the session. */
  SESSION_CALLS("calls", Kind.SESSION, Unit.COUNT),
  /** Total talk time. */
  SESSION_TOTAL_TALK("total-talk", Kind.SESSION, Unit.SECONDS),
  /** Average talk time per call. */
  SESSION_AVG_TALK("avg-talk", Kind.SESSION, Unit.SECONDS),
  /** Total call time, talk plus wrap-up. */
  SESSION_TOTAL_CALL("total-call", Kind.SESSION, Unit.SECONDS),
  /** Average call time. */
  SESSION_AVG_CALL("avg-call", Kind.SESSION, Unit.SECONDS),
  /** Total wrap-up time. */
  SESSION_TOTAL_WRAPUP("total-wrapup", Kind.SESSION, Unit.SECONDS),
  /** Average wrap-up time. */
  SESSION_AVG_WRAPUP("avg-wrapup", Kind.SESSION, Unit.SECONDS),
  /** The longest wait of a call before this session answered it. */
  SESSION_LONGEST_TIME_TO_ANSWER("longest-time-to-answer", Kind.SESSION, Unit.SECONDS),
  /** The average wait of its calls. */
  SESSION_AVG_TIME_TO_ANSWER("avg-time-to-answer", Kind.SESSION, Unit.SECONDS),
  /** ACD calls per hour of session time. */
  SESSION_ACD_CALL_RATE("acd-call-rate-per-h", Kind.SESSION, Unit.NUMBER),
  /** Session duration. */
  SESSION_DURATION("duration", Kind.SESSION, Unit.SECONDS),
  /** (talk + wrap-up) ÷ staffed time. */
  SESSION_OCCUPANCY("occupancy", Kind.SESSION, Unit.RATIO),

  /** Arrivals not blocked. */
  QUEUE_OFFERED("offered", Kind.QUEUE, Unit.COUNT),
  /** Calls delivered to an agent. */
  QUEUE_ANSWERED("answered", Kind.QUEUE, Unit.COUNT),
  /** Callers who gave up. */
  QUEUE_ABANDONED("abandoned", Kind.QUEUE, Unit.COUNT),
  /** Arrivals turned away by a full queue. */
  QUEUE_BLOCKED("blocked", Kind.QUEUE, Unit.COUNT),
  /** Calls still waiting at the end. */
  QUEUE_IN_QUEUE_AT_END("in-queue-at-end", Kind.QUEUE, Unit.COUNT),
  /** Offered calls that had to wait. */
  QUEUE_WAITED("waited", Kind.QUEUE, Unit.COUNT),
  /** Share of offered calls that had to wait. */
  QUEUE_P_WAIT("p-wait", Kind.QUEUE, Unit.RATIO),
  /** Average speed of answer. */
  QUEUE_ASA("asa", Kind.QUEUE, Unit.SECONDS),
  /** Mean wait of calls that stopped waiting. */
  QUEUE_AVG_WAIT("avg-wait", Kind.QUEUE, Unit.SECONDS),
  /** The longest wait, waiting calls included. */
  QUEUE_LONGEST_WAIT("longest-wait", Kind.QUEUE, Unit.SECONDS),
  /** Answered within the threshold ÷ offered. */
  QUEUE_SERVICE_LEVEL("service-level", Kind.QUEUE, Unit.RATIO),
  /** Abandoned ÷ offered. */
  QUEUE_P_ABANDON("p-abandon", Kind.QUEUE, Unit.RATIO),

  /** ACD calls over all the agent's sessions. */
  AGENT_ACD_CALLS("acd-calls", Kind.AGENT, Unit.COUNT),
  /** ACD talk time. */
  AGENT_TOTAL_ACD_TALK("total-acd-talk", Kind.AGENT, Unit.SECONDS),
  /** ACD talk plus wrap-up time. */
  AGENT_TOTAL_ACD_CALL("total-acd-call", Kind.AGENT, Unit.SECONDS),
  /** Wrap-up time. */
  AGENT_TOTAL_WRAPUP("total-wrapup", Kind.AGENT, Unit.SECONDS);

  /** The kind of object a statistic belongs to. */
  public enum Kind {
    /** An agent session. */
    SESSION,
    /** A queue. */
    QUEUE,
    /** An agent. */
    AGENT
  }

  /** How a statistic's values are written and compared. */
  public enum Unit {
    /** A whole number. */
    COUNT,
    /** A duration, compared in seconds. */
    SECONDS,
    /** A share from 0 to 1 (a percentage is accepted). */
    RATIO,
    /** Any non-negative number. */
    NUMBER;

    /** Writes a value of this unit for a message. */
    public String format(double value) {
      return switch (this) {
        case COUNT -> String.valueOf((long) value);
        case SECONDS -> trim(value) + "s";
        case RATIO, NUMBER -> trim(value);
      };
    }

    private static String trim(double value) {
      String text = String.format(Locale.ROOT, "%.6f", value);
      text = text.replaceAll("0+$", "");
      return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
  }

  private final String key;
  private final Kind kind;
  private final Unit unit;

  Statistic(String key, Kind kind, Unit unit) {
    this.key = key;
    this.kind = kind;
    this.unit = unit;
  }

  /** Returns the script's name for it, e.g. {@code total-talk}. */
  public String key() {
    return key;
  }

  /** Returns the kind of object it belongs to. */
  public Kind kind() {
    return kind;
  }

  /** Returns its unit. */
  public Unit unit() {
    return unit;
  }

  /** Returns the statistics of a kind. */
  public static List<Statistic> of(Kind kind) {
    return Arrays.stream(values()).filter(s -> s.kind == kind).toList();
  }

  /**
   * Finds a statistic of {@code kind} by its script name; the summary JSON's spelling ({@code
   * total_talk_s}) is accepted too. Returns {@code null} when there is none.
   */
  public static Statistic find(Kind kind, String name) {
    String normal = name.toLowerCase(Locale.ROOT).replace('_', '-');
    for (Statistic statistic : of(kind)) {
      if (statistic.key.equals(normal)
          || (statistic.unit == Unit.SECONDS && normal.equals(statistic.key + "-s"))) {
        return statistic;
      }
    }
    return null;
  }
}
