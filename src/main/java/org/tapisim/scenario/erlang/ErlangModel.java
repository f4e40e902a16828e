package org.tapisim.scenario.erlang;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A call-center queue as the Erlang formulas see it: Poisson arrivals, exponential handle times,
 * identical agents, FIFO, and either infinitely patient callers (Erlang C) or callers with
 * exponential patience (Erlang A).
 *
 * <p>Records are immutable and thread-safe.
 *
 * @param arrivalsPerHour the Poisson arrival rate λ in calls per hour, positive and finite
 * @param meanHandleTime the mean handle time 1/μ (talk plus wrap-up), positive
 * @param agents the number of agents c, at least 1
 * @param serviceLevelThreshold the threshold T of the service level (answered within T), zero or
 *     positive
 * @param meanPatience the mean patience 1/θ of a waiting caller, positive; empty for callers who
 *     never abandon
 */
public record ErlangModel(
    double arrivalsPerHour,
    Duration meanHandleTime,
    int agents,
    Duration serviceLevelThreshold,
    Optional<Duration> meanPatience) {

  private static final double SECONDS_PER_HOUR = 3600;

  /**
   * Validates every parameter and that the offered load is a positive finite number.
   *
   * @param arrivalsPerHour calls per hour, positive and finite
   * @param meanHandleTime positive
   * @param agents at least 1
   * @param serviceLevelThreshold zero or positive
   * @param meanPatience positive if present; empty for callers who never abandon
   * @throws IllegalArgumentException naming the parameter that is out of range and its value
   * @throws NullPointerException if a reference parameter is null
   */
  public ErlangModel {
    Objects.requireNonNull(meanHandleTime, "meanHandleTime");
    Objects.requireNonNull(serviceLevelThreshold, "serviceLevelThreshold");
    Objects.requireNonNull(meanPatience, "meanPatience (use Optional.empty() for none)");
    if (!(arrivalsPerHour > 0) || Double.isInfinite(arrivalsPerHour)) {
      throw new IllegalArgumentException(
          "arrival rate must be a positive finite number of calls per hour, was "
              + arrivalsPerHour);
    }
    if (meanHandleTime.isNegative() || meanHandleTime.isZero()) {
      throw new IllegalArgumentException(
          "mean handle time must be positive, was " + meanHandleTime);
    }
    if (agents < 1) {
      throw new IllegalArgumentException("agents must be at least 1, was " + agents);
    }
    if (serviceLevelThreshold.isNegative()) {
      throw new IllegalArgumentException(
          "service-level threshold must not be negative, was " + serviceLevelThreshold);
    }
    meanPatience.ifPresent(
        patience -> {
          if (patience.isNegative() || patience.isZero()) {
            throw new IllegalArgumentException(
                "mean patience must be positive (leave it empty for callers who never abandon),"
                    + " was "
                    + patience);
          }
        });
    double load = arrivalsPerHour * seconds(meanHandleTime) / SECONDS_PER_HOUR;
    if (!(load > 0) || Double.isInfinite(load)) {
      throw new IllegalArgumentException(
          "offered load (arrival rate × mean handle time) must be a positive finite number of"
              + " Erlangs, was "
              + load);
    }
  }

  /**
   * Returns the model of a queue whose callers never abandon (Erlang C).
   *
   * @param arrivalsPerHour the Poisson arrival rate in calls per hour
   * @param meanHandleTime the mean handle time
   * @param agents the number of agents
   * @param serviceLevelThreshold the service-level threshold T
   * @return the model, validated as by the canonical constructor
   */
  public static ErlangModel of(
      double arrivalsPerHour, Duration meanHandleTime, int agents, Duration serviceLevelThreshold) {
    return new ErlangModel(
        arrivalsPerHour, meanHandleTime, agents, serviceLevelThreshold, Optional.empty());
  }

  /**
   * Returns this model with callers of the given mean patience (Erlang A).
   *
   * @param patience the mean of the exponential patience, positive
   * @return a new model; this one is unchanged
   */
  public ErlangModel withMeanPatience(Duration patience) {
    return new ErlangModel(
        arrivalsPerHour,
        meanHandleTime,
        agents,
        serviceLevelThreshold,
        Optional.of(Objects.requireNonNull(patience, "patience")));
  }

  /**
   * Returns this model with callers who never abandon (Erlang C).
   *
   * @return a new model; this one is unchanged
   */
  public ErlangModel withoutPatience() {
    return new ErlangModel(
        arrivalsPerHour, meanHandleTime, agents, serviceLevelThreshold, Optional.empty());
  }

  /**
   * Returns this model with another number of agents, as a staffing search needs.
   *
   * @param otherAgents the number of agents, at least 1
   * @return a new model; this one is unchanged
   */
  public ErlangModel withAgents(int otherAgents) {
    return new ErlangModel(
        arrivalsPerHour, meanHandleTime, otherAgents, serviceLevelThreshold, meanPatience);
  }

  /**
   * Returns the offered load A = λ / μ in Erlangs: the arrival rate times the mean handle time.
   *
   * @return the offered load, positive and finite
   */
  public double offeredLoad() {
    return arrivalsPerHour * seconds(meanHandleTime) / SECONDS_PER_HOUR;
  }

  /** Returns a duration in seconds as a double (nanosecond resolution). */
  static double seconds(Duration duration) {
    return duration.getSeconds() + duration.getNano() / 1e9;
  }
}
