package org.tapisim.harness;

import java.time.Duration;
import java.util.Optional;
import org.tapisim.model.AgentSession;
import org.tapisim.model.AgentSessionState;
import org.tapisim.model.AgentSessionStatistics;
import org.tapisim.model.SessionKpis;

/**
 * Assertions about an {@link AgentSession}: its state, next state, calls and times. Get one from
 * {@link TapiSimAssertions#assertThat(AgentSession)}.
 *
 * <p>Each assertion reads the session as it is now (in real time through the simulator's loop, so
 * it is safe from the test thread); failure messages name the session and put the expected and the
 * actual value on their own lines. Not thread-safe, like every AssertJ assertion object.
 */
public final class AgentSessionAssert extends TapiSimAssert<AgentSessionAssert, AgentSession> {

  AgentSessionAssert(AgentSession actual) {
    super(actual, AgentSessionAssert.class);
  }

  /** Verifies that the session is in {@code expected} now. */
  public AgentSessionAssert isInState(AgentSessionState expected) {
    isNotNull();
    AgentSessionState state = actual.state();
    return expectEqual(
        state,
        expected,
        "to be in state",
        expected,
        "but it was in state",
        () -> state + nextStateNote());
  }

  /** Verifies that the session is not in {@code unexpected} now. */
  public AgentSessionAssert isNotInState(AgentSessionState unexpected) {
    isNotNull();
    AgentSessionState state = actual.state();
    return expectThat(
        state != unexpected, "not to be in state", unexpected, "but it was in state", () -> state);
  }

  /**
   * Verifies that the session will take {@code expected} when its current ACD work ends (TAPI's
   * {@code dwNextAgentSessionState}).
   */
  public AgentSessionAssert hasNextState(AgentSessionState expected) {
    isNotNull();
    Optional<AgentSessionState> next = actual.nextState();
    if (!next.equals(Optional.of(expected))) {
      failWithActualExpectedAndMessage(
          next.orElse(null),
          expected,
          "%s",
          Messages.expecting(
              entity() + " (in state " + actual.state() + ")",
              "to have the next state",
              expected,
              "but its next state was",
              next.map(Object::toString).orElse("none")));
    }
    return this;
  }

  /** Verifies that no next state is set. */
  public AgentSessionAssert hasNoNextState() {
    isNotNull();
    Optional<AgentSessionState> next = actual.nextState();
    return expectThat(
        next.isEmpty(),
        "to have no next state",
        "none",
        "but its next state was",
        () -> next.orElse(null));
  }

  /**
   * Verifies how many ACD calls were delivered to the session over the measurement period ({@code
   * dwNumberOfCalls}).
   */
  public AgentSessionAssert hasHandledCalls(long expected) {
    isNotNull();
    long calls = statistics().numberOfCalls();
    return expectEqual(
        calls,
        expected,
        "to have handled",
        calls(expected),
        "but it had handled",
        () -> calls(calls));
  }

  /** Verifies that at least {@code minimum} ACD calls were delivered to the session. */
  public AgentSessionAssert hasHandledAtLeast(long minimum) {
    isNotNull();
    long calls = statistics().numberOfCalls();
    return expectThat(
        calls >= minimum,
        "to have handled at least",
        calls(minimum),
        "but it had handled",
        () -> calls(calls));
  }

  /** Verifies the talk time of the session's ACD calls ({@code dwTotalTalkTime}). */
  public AgentSessionAssert hasTotalTalkTime(Duration expected) {
    isNotNull();
    Duration talk = statistics().totalTalkTime();
    return expectEqual(
        talk,
        expected,
        "to have a total talk time of",
        EventText.duration(expected),
        "but it had",
        () -> EventText.duration(talk));
  }

  /** Verifies the session's wrap-up time ({@code dwTotalWrapUpTime}). */
  public AgentSessionAssert hasTotalWrapUpTime(Duration expected) {
    isNotNull();
    Duration wrapup = statistics().totalWrapUpTime();
    return expectEqual(
        wrapup,
        expected,
        "to have a total wrap-up time of",
        EventText.duration(expected),
        "but it had",
        () -> EventText.duration(wrapup));
  }

  /**
   * Verifies that the session's average time to answer ({@code dwAverageTimeToAnswer}) is at most
   * {@code maximum}.
   */
  public AgentSessionAssert hasAverageTimeToAnswerAtMost(Duration maximum) {
    isNotNull();
    Duration average = statistics().averageTimeToAnswer();
    return expectThat(
        average.compareTo(maximum) <= 0,
        "to have an average time to answer of at most",
        EventText.duration(maximum),
        "but it had",
        () -> EventText.duration(average));
  }

  /**
   * Verifies that the session's occupancy, (talk + wrap-up time) ÷ staffed time, lies within {@code
   * [minimum, maximum]}.
   */
  public AgentSessionAssert hasOccupancyBetween(double minimum, double maximum) {
    isNotNull();
    SessionKpis kpis = actual.kpis();
    double occupancy = kpis.occupancy();
    return expectThat(
        !(occupancy < minimum || occupancy > maximum),
        "to have an occupancy within",
        "[" + Messages.ratio(minimum) + ", " + Messages.ratio(maximum) + "]",
        "but it had",
        () ->
            Messages.ratio(occupancy)
                + " (on call "
                + EventText.duration(kpis.onCallTime())
                + ", wrap-up "
                + EventText.duration(kpis.wrapUpTime())
                + ", staffed "
                + EventText.duration(kpis.staffedTime())
                + ")");
  }

  private AgentSessionStatistics statistics() {
    return actual.statistics();
  }

  @Override
  String entity() {
    return "session " + actual.id();
  }

  private String nextStateNote() {
    return actual.nextState().map(next -> " (next state " + next + ")").orElse("");
  }

  private static String calls(long count) {
    return count + (count == 1 ? " call" : " calls");
  }
}
