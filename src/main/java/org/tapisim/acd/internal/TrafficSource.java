package org.tapisim.acd.internal;

import java.util.List;
import java.util.SplittableRandom;
import org.tapisim.acd.Distribution;
import org.tapisim.acd.RandomStreams;
import org.tapisim.acd.RateSegment;
import org.tapisim.acd.Traffic;

/**
 * Generates one traffic stream's calls: a non-homogeneous Poisson process with a piecewise-constant
 * rate, sampled exactly by spending one unit-exponential draw across the rate segments. It is its
 * own event payload, so scheduling the next arrival allocates nothing.
 */
final class TrafficSource {
  private final Switch owner;
  final SimGroup group;
  private final long maxCalls;
  private final Distribution talk;
  private final Distribution patience;
  private final SplittableRandom arrivals;
  private final SplittableRandom talkRandom;
  private final SplittableRandom patienceRandom;
  private final long[] from;
  private final long[] to;
  private final double[] ratePerNano;
  private int segment;
  private long emitted;

  /**
   * Creates the generator of one stream; its random streams are named after its group and its place
   * among that group's streams, {@code traffic/GROUP/N/…}.
   */
  TrafficSource(Switch owner, SimGroup group, Traffic traffic, int index, RandomStreams random) {
    this.owner = owner;
    this.group = group;
    this.maxCalls = traffic.maxCalls();
    this.talk = traffic.talk();
    this.patience = traffic.patience();
    String name = "traffic/" + group.id().value() + "/" + index + "/";
    this.arrivals = random.stream(name + "arrivals");
    this.talkRandom = random.stream(name + "talk");
    this.patienceRandom = random.stream(name + "patience");
    List<RateSegment> rates = traffic.rates();
    int n = rates.size();
    from = new long[n];
    to = new long[n];
    ratePerNano = new double[n];
    for (int i = 0; i < n; i++) {
      RateSegment rate = rates.get(i);
      from[i] = rate.from().toNanos();
      to[i] = rate.to() == null ? Long.MAX_VALUE : rate.to().toNanos();
      ratePerNano[i] = rate.perHour() / 3_600e9;
    }
  }

  /** Schedules the first arrival. */
  void start() {
    if (maxCalls > 0) {
      scheduleNext(owner.now());
    }
  }

  /** One call arrives; the next one is scheduled. */
  void arrive() {
    emitted++;
    long talkNanos = talk.sampleCappedNanos(talkRandom);
    long patienceNanos =
        patience == null ? CallFlow.NO_PATIENCE : patience.sampleCappedNanos(patienceRandom);
    owner.calls.arrive(group, talkNanos, patienceNanos, null);
    if (emitted < maxCalls) {
      scheduleNext(owner.now());
    }
  }

  private void scheduleNext(long now) {
    double work = -Math.log(1.0 - arrivals.nextDouble()); // a unit-exponential amount of intensity
    long t = now;
    for (; segment < from.length; segment++) {
      if (t < from[segment]) {
        t = from[segment];
      }
      double rate = ratePerNano[segment];
      if (t >= to[segment] || rate <= 0.0) {
        continue;
      }
      double needed = work / rate;
      double available = to[segment] == Long.MAX_VALUE ? Double.POSITIVE_INFINITY : to[segment] - t;
      if (needed < available) {
        if (needed >= Long.MAX_VALUE - t) {
          return; // beyond the end of representable time
        }
        owner.clock.schedule(t + (long) needed, Switch.ARRIVAL, this, 0L);
        return;
      }
      work -= available * rate;
    }
    // the profile is exhausted: no more arrivals
  }
}
