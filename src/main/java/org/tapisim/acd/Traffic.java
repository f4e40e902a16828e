package org.tapisim.acd;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.tapisim.model.GroupId;

/**
 * A stream of generated calls to one group: Poisson arrivals at a piecewise-constant rate, each
 * call with a sampled talk time and, optionally, a sampled patience.
 *
 * <p>Each stream draws from its own random streams derived from the simulator's seed and named
 * after its group and its place among that group's streams, so adding a stream for another group,
 * or after the existing ones of the same group, does not change the calls of the others.
 *
 * @param group the group the calls come to
 * @param rates the arrival rate over time, in time order, not overlapping
 * @param maxCalls stop after this many arrivals ({@link Long#MAX_VALUE} for no limit)
 * @param talk the talk-time distribution
 * @param patience the patience distribution, or {@code null} for callers who never give up
 */
public record Traffic(
    GroupId group,
    List<RateSegment> rates,
    long maxCalls,
    Distribution talk,
    Distribution patience) {

  /** Checks the stream and copies the rate list. */
  public Traffic {
    Objects.requireNonNull(group, "group");
    rates = List.copyOf(rates);
    if (rates.isEmpty()) {
      throw new IllegalArgumentException("traffic for " + group + " has no arrival rate");
    }
    for (int i = 1; i < rates.size(); i++) {
      Duration previousEnd = rates.get(i - 1).to();
      if (previousEnd == null || rates.get(i).from().compareTo(previousEnd) < 0) {
        throw new IllegalArgumentException(
            "traffic for " + group + ": rate segments overlap or are out of order at " + i);
      }
    }
    if (maxCalls < 0) {
      throw new IllegalArgumentException("call limit is negative: " + maxCalls);
    }
    Objects.requireNonNull(talk, "talk");
  }

  /** Returns Poisson arrivals at {@code perHour} calls per hour from time zero, without limit. */
  public static Traffic poisson(String group, double perHour, Distribution talk) {
    return new Traffic(
        GroupId.of(group), List.of(RateSegment.always(perHour)), Long.MAX_VALUE, talk, null);
  }

  /** Returns a copy that stops after {@code calls} arrivals. */
  public Traffic withMaxCalls(long calls) {
    return new Traffic(group, rates, calls, talk, patience);
  }

  /** Returns a copy whose callers give up after a patience drawn from {@code patience}. */
  public Traffic withPatience(Distribution patience) {
    return new Traffic(group, rates, maxCalls, talk, patience);
  }
}
