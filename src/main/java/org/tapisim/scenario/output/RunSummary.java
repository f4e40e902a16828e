package org.tapisim.scenario.output;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.tapisim.acd.AcdSimulator;
import org.tapisim.model.AgentId;
import org.tapisim.model.QueueId;
import org.tapisim.model.SessionId;

/**
 * What a finished (or interrupted) run amounts to: the figures SCENARIO-FORMAT.md's "Summary JSON"
 * lists, taken from the simulator by {@link #capture}, written by {@link SummaryJson}, {@link
 * SummaryTable} and {@link HtmlReport}.
 *
 * <p>The maps keep their order: queues and agents in definition order, sessions in the order the
 * simulator lists them. Immutable and thread-safe.
 *
 * @param scenario the scenario's title
 * @param seed the seed every random stream derived from
 * @param simulated the sim time the run covered
 * @param run the size and wall-clock cost of the run
 * @param queues each queue's figures, by queue name
 * @param sessions each session's figures, by {@code agent/group}
 * @param agents each agent's figures
 * @param expectations how the script's expectations fared
 */
public record RunSummary(
    String scenario,
    long seed,
    Simulated simulated,
    Run run,
    Map<QueueId, QueueSummary> queues,
    Map<SessionId, SessionSummary> sessions,
    Map<AgentId, AgentSummary> agents,
    Expectations expectations) {

  /** Checks that nothing is missing and copies the maps, keeping their order. */
  public RunSummary {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(simulated, "simulated");
    Objects.requireNonNull(run, "run");
    queues = ordered(queues, "queues");
    sessions = ordered(sessions, "sessions");
    agents = ordered(agents, "agents");
    Objects.requireNonNull(expectations, "expectations");
  }

  private static <K, V> Map<K, V> ordered(Map<K, V> map, String name) {
    Objects.requireNonNull(map, name);
    Map<K, V> copy = new LinkedHashMap<>(map.size() * 2);
    map.forEach(
        (key, value) ->
            copy.put(
                Objects.requireNonNull(key, name + " key"),
                Objects.requireNonNull(value, name + " value")));
    return Collections.unmodifiableMap(copy);
  }

  /**
   * Takes the summary of a simulator's run as it stands now: at the end of the run, or wherever it
   * was interrupted.
   *
   * <p>Call it on the thread that drives virtual time, after the last event (in real time, from any
   * thread). The simulated span runs from {@link AcdSimulator#startTime()} to {@link
   * AcdSimulator#now()}.
   *
   * @param sim the simulator
   * @param scenario the scenario's title
   * @param wallMillis how long the run took on the wall clock, in milliseconds
   * @param expectationsPassed how many of the script's expectations held
   * @param expectationsFailed how many failed
   * @param erlangByQueue Erlang predictions for some queues (possibly none)
   * @throws IllegalArgumentException if a prediction names a queue the simulator does not have
   */
  public static RunSummary capture(
      AcdSimulator sim,
      String scenario,
      long wallMillis,
      int expectationsPassed,
      int expectationsFailed,
      Map<QueueId, ErlangFigures> erlangByQueue) {
    return SummaryCapture.capture(
        sim,
        scenario,
        new Run(sim.eventCount(), sim.callCount(), wallMillis),
        new Expectations(expectationsPassed, expectationsFailed),
        erlangByQueue);
  }

  /**
   * The sim time a run covered.
   *
   * @param start sim time zero
   * @param end the sim time when the summary was taken
   */
  public record Simulated(Instant start, Instant end) {
    /** Checks that the run does not end before it starts. */
    public Simulated {
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
      if (end.isBefore(start)) {
        throw new IllegalArgumentException("the run ends (" + end + ") before it starts " + start);
      }
    }

    /** Returns how much sim time passed. */
    public Duration duration() {
      return Duration.between(start, end);
    }
  }

  /**
   * The size of a run and what it cost.
   *
   * @param events events the switch raised
   * @param calls calls that arrived, blocked ones included
   * @param wallMillis wall-clock milliseconds the run took (the one figure that differs between
   *     identical runs)
   */
  public record Run(long events, long calls, long wallMillis) {
    /** Checks that no figure is negative. */
    public Run {
      if (events < 0 || calls < 0 || wallMillis < 0) {
        throw new IllegalArgumentException(
            "run figures must not be negative: " + events + ", " + calls + ", " + wallMillis);
      }
    }
  }

  /**
   * How a script's expectations fared.
   *
   * @param passed expectations that held
   * @param failed expectations that did not
   */
  public record Expectations(int passed, int failed) {
    /** Checks that neither count is negative. */
    public Expectations {
      if (passed < 0 || failed < 0) {
        throw new IllegalArgumentException("expectation counts must not be negative");
      }
    }
  }
}
