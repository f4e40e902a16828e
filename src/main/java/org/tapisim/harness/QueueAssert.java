package org.tapisim.harness;

import java.time.Duration;
import org.tapisim.model.Queue;
import org.tapisim.model.QueueKpis;

/**
 * Assertions about a {@link Queue}: calls waiting, call counts and KPIs within bounds (service
 * level, average speed of answer, abandonment). Get one from {@link
 * TapiSimAssertions#assertThat(Queue)}.
 *
 * <p>Each assertion reads one snapshot of the queue's KPIs ({@link Queue#kpis()}, in real time
 * through the simulator's loop); failure messages name the queue and put the expected and the
 * actual value on their own lines, with the counts behind a ratio. Not thread-safe, like every
 * AssertJ assertion object.
 */
public final class QueueAssert extends TapiSimAssert<QueueAssert, Queue> {

  QueueAssert(Queue actual) {
    super(actual, QueueAssert.class);
  }

  /** Verifies how many calls wait in the queue now ({@code dwCurrentCallsQueued}). */
  public QueueAssert hasCallsWaiting(long expected) {
    isNotNull();
    long waiting = actual.statistics().currentCallsQueued();
    return count("calls waiting", expected, waiting);
  }

  /** Verifies how many calls were offered: arrivals that were not blocked. */
  public QueueAssert hasOffered(long expected) {
    isNotNull();
    return count("offered calls", expected, kpis().offered());
  }

  /** Verifies how many calls were answered: delivered to an agent. */
  public QueueAssert hasAnswered(long expected) {
    isNotNull();
    return count("answered calls", expected, kpis().answered());
  }

  /** Verifies how many callers gave up waiting. */
  public QueueAssert hasAbandoned(long expected) {
    isNotNull();
    return count("abandoned calls", expected, kpis().abandoned());
  }

  /** Verifies how many arrivals were turned away because the queue was full. */
  public QueueAssert hasBlocked(long expected) {
    isNotNull();
    return count("blocked calls", expected, kpis().blocked());
  }

  /**
   * Verifies that the service level, calls answered within the threshold ÷ offered calls, is at
   * least {@code minimum} (e.g. {@code 0.8}).
   */
  public QueueAssert hasServiceLevelAtLeast(double minimum) {
    isNotNull();
    QueueKpis kpis = kpis();
    return expectThat(
        !(kpis.serviceLevel() < minimum),
        "to have a service level of at least",
        Messages.ratio(minimum),
        "but it had",
        () ->
            Messages.ratio(kpis.serviceLevel())
                + " ("
                + kpis.answeredWithinThreshold()
                + " of "
                + kpis.offered()
                + " offered calls answered within "
                + EventText.duration(kpis.serviceLevelThreshold())
                + ")");
  }

  /**
   * Verifies that the average speed of answer, the mean wait of answered calls, is at most {@code
   * maximum}.
   */
  public QueueAssert hasAverageSpeedOfAnswerAtMost(Duration maximum) {
    isNotNull();
    QueueKpis kpis = kpis();
    return expectThat(
        kpis.asa().compareTo(maximum) <= 0,
        "to have an average speed of answer of at most",
        EventText.duration(maximum),
        "but it had",
        () -> EventText.duration(kpis.asa()) + " (over " + kpis.answered() + " answered calls)");
  }

  /** Verifies that the share of offered calls that abandoned is at most {@code maximum}. */
  public QueueAssert hasAbandonRateAtMost(double maximum) {
    isNotNull();
    QueueKpis kpis = kpis();
    return expectThat(
        !(kpis.pAbandon() > maximum),
        "to have an abandon rate of at most",
        Messages.ratio(maximum),
        "but it had",
        () ->
            Messages.ratio(kpis.pAbandon())
                + " ("
                + kpis.abandoned()
                + " of "
                + kpis.offered()
                + " offered calls abandoned)");
  }

  /** Verifies that no call that stopped waiting had waited longer than {@code maximum}. */
  public QueueAssert hasLongestWaitAtMost(Duration maximum) {
    isNotNull();
    Duration longest = kpis().longestWait();
    return expectThat(
        longest.compareTo(maximum) <= 0,
        "to have a longest wait of at most",
        EventText.duration(maximum),
        "but it had",
        () -> EventText.duration(longest));
  }

  private QueueAssert count(String what, long expected, long actualCount) {
    return expectEqual(
        actualCount,
        expected,
        "to have",
        expected + " " + what,
        "but it had",
        () -> actualCount + " " + what);
  }

  private QueueKpis kpis() {
    return actual.kpis();
  }

  @Override
  String entity() {
    return "queue " + actual.name();
  }
}
