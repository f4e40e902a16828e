package org.tapisim.scenario.output;

import java.util.Objects;

/**
 * What the Erlang formulas predict for a queue, carried into the summary so that it can be set
 * beside what the simulation measured. The runner computes them; this record only holds them.
 *
 * <p>The ratios use the definitions of the summary's queue figures (see {@link QueueSummary}).
 * Immutable and thread-safe.
 *
 * @param model Erlang C (callers never abandon) or Erlang A (exponential patience)
 * @param offeredLoad the offered traffic in Erlangs: arrival rate × mean handling time
 * @param agents the number of agents assumed
 * @param pWait the probability that a caller has to wait
 * @param asaSeconds the average speed of answer in seconds; {@link Double#POSITIVE_INFINITY} when
 *     the queue is unstable (offered load at or above the agents, Erlang C)
 * @param serviceLevel the share of callers answered within the threshold
 * @param pAbandon the share of callers who abandon (0 for Erlang C)
 * @param occupancy the agents' predicted occupancy
 */
public record ErlangFigures(
    Model model,
    double offeredLoad,
    int agents,
    double pWait,
    double asaSeconds,
    double serviceLevel,
    double pAbandon,
    double occupancy) {

  /** Which formula made the prediction. */
  public enum Model {
    /** Erlang C: an infinite queue, callers never abandon. */
    C,
    /** Erlang A: callers abandon after an exponential patience. */
    A
  }

  /** Checks that the figures are in range. */
  public ErlangFigures {
    Objects.requireNonNull(model, "model");
    if (!(offeredLoad >= 0) || Double.isInfinite(offeredLoad)) {
      throw new IllegalArgumentException("offered load is not a finite, non-negative number");
    }
    if (agents < 0) {
      throw new IllegalArgumentException("agents is negative: " + agents);
    }
    if (!(asaSeconds >= 0)) {
      throw new IllegalArgumentException("ASA is negative or not a number: " + asaSeconds);
    }
    share(pWait, "pWait");
    share(serviceLevel, "serviceLevel");
    share(pAbandon, "pAbandon");
    share(occupancy, "occupancy");
  }

  private static void share(double value, String name) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " is not between 0 and 1: " + value);
    }
  }
}
