package org.tapisim.model;

import java.time.Duration;

/**
 * The call-center KPIs of a queue beyond what TAPI reports: offered, answered, abandoned and
 * blocked calls, waits and service level, over the queue's current measurement period.
 *
 * <p>The definitions match Erlang C and Erlang A, so a Poisson, exponential scenario can be checked
 * against the formulas. A ratio whose denominator is zero is zero.
 *
 * @param offered arrivals that were not blocked
 * @param answered calls delivered to an agent
 * @param abandoned callers who gave up waiting
 * @param blocked arrivals turned away because the queue was full
 * @param waited offered calls that found no eligible agent and queued
 * @param inQueue calls waiting now
 * @param answeredWithinThreshold answered calls that waited no longer than the threshold
 * @param serviceLevelThreshold the service-level threshold T
 * @param totalAnsweredWait the summed wait of answered calls (zero waits included)
 * @param totalWait the summed wait of answered and abandoned calls
 * @param longestWait the longest wait of a call that stopped waiting
 */
public record QueueKpis(
    long offered,
    long answered,
    long abandoned,
    long blocked,
    long waited,
    long inQueue,
    long answeredWithinThreshold,
    Duration serviceLevelThreshold,
    Duration totalAnsweredWait,
    Duration totalWait,
    Duration longestWait) {

  /** Checks that nothing is missing or negative. */
  public QueueKpis {
    Stats.nonNegative(offered, "offered");
    Stats.nonNegative(answered, "answered");
    Stats.nonNegative(abandoned, "abandoned");
    Stats.nonNegative(blocked, "blocked");
    Stats.nonNegative(waited, "waited");
    Stats.nonNegative(inQueue, "inQueue");
    Stats.nonNegative(answeredWithinThreshold, "answeredWithinThreshold");
    Stats.nonNegative(serviceLevelThreshold, "serviceLevelThreshold");
    Stats.nonNegative(totalAnsweredWait, "totalAnsweredWait");
    Stats.nonNegative(totalWait, "totalWait");
    Stats.nonNegative(longestWait, "longestWait");
  }

  /** Returns the share of offered calls that had to queue: P(wait &gt; 0). */
  public double pWait() {
    return Stats.ratio(waited, offered);
  }

  /** Returns the average speed of answer: the mean wait of answered calls, zero waits included. */
  public Duration asa() {
    return answered == 0 ? Duration.ZERO : totalAnsweredWait.dividedBy(answered);
  }

  /** Returns the mean wait of calls that stopped waiting, answered or abandoned. */
  public Duration averageWait() {
    long done = answered + abandoned;
    return done == 0 ? Duration.ZERO : totalWait.dividedBy(done);
  }

  /** Returns the service level: calls answered within the threshold ÷ offered calls. */
  public double serviceLevel() {
    return Stats.ratio(answeredWithinThreshold, offered);
  }

  /** Returns the share of offered calls that abandoned. */
  public double pAbandon() {
    return Stats.ratio(abandoned, offered);
  }
}
