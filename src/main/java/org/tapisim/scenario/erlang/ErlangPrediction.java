package org.tapisim.scenario.erlang;

import java.time.Duration;
import java.util.Objects;

/**
 * The steady-state measures of a queue, per arriving call, with the definitions of the scenario
 * summary JSON, so a simulated queue can be compared with them key by key.
 *
 * <p>Every value is finite; probabilities are in [0, 1]. Records are immutable and thread-safe.
 *
 * @param formula the formula that produced the prediction
 * @param offeredLoad the offered load A = λ / μ in Erlangs
 * @param pWait P(W &gt; 0): the share of offered calls that found no free agent and queued (summary
 *     {@code p_wait})
 * @param asaSeconds the average speed of answer in seconds: the mean wait of answered calls, zero
 *     waits included, E[W | answered] (summary {@code asa_s})
 * @param serviceLevel the calls answered within the threshold T divided by the offered calls,
 *     P(answered and W ≤ T) (summary {@code service_level})
 * @param pAbandon the share of offered calls that abandon, zero for Erlang C (summary {@code
 *     p_abandon})
 * @param occupancy the carried load divided by the agents: λ (1 − P(abandon)) / (c μ)
 * @param averageWaitSeconds the mean wait in seconds of all calls, answered or abandoned, zero
 *     waits included, E[W] (summary {@code avg_wait_s}); equals {@code asaSeconds} for Erlang C
 */
public record ErlangPrediction(
    ErlangFormula formula,
    double offeredLoad,
    double pWait,
    double asaSeconds,
    double serviceLevel,
    double pAbandon,
    double occupancy,
    double averageWaitSeconds) {

  /**
   * Validates the ranges: probabilities in [0, 1], times finite and not negative, no abandonment
   * for Erlang C.
   *
   * @param formula the formula, not null
   * @param offeredLoad Erlangs, positive and finite
   * @param pWait a probability
   * @param asaSeconds seconds, finite, not negative
   * @param serviceLevel a probability
   * @param pAbandon a probability, 0 for Erlang C
   * @param occupancy a fraction in [0, 1]
   * @param averageWaitSeconds seconds, finite, not negative
   * @throws IllegalArgumentException naming the value that is out of range
   * @throws NullPointerException if {@code formula} is null
   */
  public ErlangPrediction {
    Objects.requireNonNull(formula, "formula");
    if (!(offeredLoad > 0) || Double.isInfinite(offeredLoad)) {
      throw new IllegalArgumentException(
          "offered load must be positive and finite, was " + offeredLoad);
    }
    requireProbability("pWait", pWait);
    requireProbability("serviceLevel", serviceLevel);
    requireProbability("pAbandon", pAbandon);
    requireProbability("occupancy", occupancy);
    requireTime("asaSeconds", asaSeconds);
    requireTime("averageWaitSeconds", averageWaitSeconds);
    if (formula == ErlangFormula.ERLANG_C && pAbandon != 0) {
      throw new IllegalArgumentException(
          "Erlang C callers never abandon, but pAbandon was " + pAbandon);
    }
  }

  /**
   * Returns the average speed of answer as a duration, rounded to the nanosecond.
   *
   * @return {@link #asaSeconds()} as a duration
   */
  public Duration asa() {
    return toDuration(asaSeconds);
  }

  /**
   * Returns the mean wait of answered and abandoned calls as a duration, rounded to the nanosecond.
   *
   * @return {@link #averageWaitSeconds()} as a duration
   */
  public Duration averageWait() {
    return toDuration(averageWaitSeconds);
  }

  private static Duration toDuration(double seconds) {
    double whole = Math.floor(seconds);
    return Duration.ofSeconds((long) whole, Math.round((seconds - whole) * 1e9));
  }

  private static void requireProbability(String name, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be a probability in [0, 1], was " + value);
    }
  }

  private static void requireTime(String name, double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(
          name + " must be a finite number of seconds, not negative, was " + value);
    }
  }
}
