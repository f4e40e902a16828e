package org.tapisim.acd;

import static java.time.Duration.ofHours;
import static java.time.Duration.ofSeconds;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToDoubleFunction;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.tapisim.model.QueueKpis;

/**
 * The simulator against queueing theory: Poisson arrivals, exponential talk, no wrap-up and agents
 * READY from the start must reproduce Erlang C (M/M/c) and, with exponential patience, Erlang A
 * (M/M/c+M).
 *
 * <p>Method: {@value #REPLICATIONS} independent replications (seeds 1000, 1001, …), each with a
 * warm-up of {@link #WARM_UP} that is discarded (the queue's measurement period is set at its end,
 * which restarts the counters) and a measurement of {@link #MEASURED} of sim time, about 1.7
 * million calls. Each measure is averaged over the replications and must lie within 4 standard
 * errors of the reference (the replications' sample standard deviation ÷ √{@value #REPLICATIONS};
 * with 11 degrees of freedom a correct simulator fails this about 0.2 % of the time, and the seeds
 * are fixed, so the outcome is reproducible) plus a bias allowance of 0.2 % of the reference for
 * what is not noise: the window's edges (calls answered in the window that arrived before it, and
 * the reverse, a few in a million) and talk and patience rounded to nanoseconds. Occupancy is 0.85,
 * so runs converge. Each check also requires the tolerance to be tight (below a stated fraction of
 * the reference) so that a wrong simulator cannot pass on noise.
 */
class ErlangValidityIT {
  static final int REPLICATIONS = 12;
  static final Duration WARM_UP = ofHours(100);
  static final Duration MEASURED = ofHours(3000);
  static final int AGENTS = 20;
  static final Duration AHT = ofSeconds(180);
  static final Duration T = ofSeconds(20);
  static final double BIAS = 0.002;

  /** One replication's measures of a queue's KPIs. */
  private static QueueKpis replicate(long seed, double perHour, Duration patience) {
    Traffic traffic = Traffic.poisson("q", perHour, Distribution.exponential(AHT));
    if (patience != null) {
      traffic = traffic.withPatience(Distribution.exponential(patience));
    }
    AcdSimulator.Builder builder =
        AcdSimulator.builder()
            .seed(seed)
            .group(GroupConfig.of("q").withServiceLevel(T))
            .traffic(traffic);
    for (int i = 0; i < AGENTS; i++) {
      builder.agent(SimTesting.readyAgent("agent" + i, "q"));
    }
    AcdSimulator sim = builder.build();
    sim.advance(WARM_UP);
    sim.queue("q").setMeasurementPeriod(MEASURED.multipliedBy(2)); // restarts the counters now
    sim.advance(MEASURED);
    return sim.queue("q").kpis();
  }

  private static List<QueueKpis> replications(double perHour, Duration patience) throws Exception {
    ExecutorService pool =
        Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
    try {
      List<Future<QueueKpis>> runs = new ArrayList<>();
      for (int r = 0; r < REPLICATIONS; r++) {
        long seed = 1000 + r;
        runs.add(pool.submit(() -> replicate(seed, perHour, patience)));
      }
      List<QueueKpis> results = new ArrayList<>();
      for (Future<QueueKpis> run : runs) {
        results.add(run.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Checks that the replications' mean of {@code measure} is within 4 standard errors plus the bias
   * allowance of {@code reference}, and that this tolerance is below {@code maxRelative} of the
   * reference.
   */
  private static void check(
      SoftAssertions softly,
      String name,
      List<QueueKpis> runs,
      ToDoubleFunction<QueueKpis> measure,
      double reference,
      double maxRelative) {
    double[] x = runs.stream().mapToDouble(measure).toArray();
    double mean = 0;
    for (double v : x) {
      mean += v;
    }
    mean /= x.length;
    double ss = 0;
    for (double v : x) {
      ss += (v - mean) * (v - mean);
    }
    double standardError = Math.sqrt(ss / (x.length - 1)) / Math.sqrt(x.length);
    double tolerance = 4 * standardError + BIAS * Math.abs(reference);
    String summary =
        String.format(
            "%s: mean %.6f, reference %.6f, difference %.6f, standard error %.6f, tolerance %.6f",
            name, mean, reference, mean - reference, standardError, tolerance);
    System.getLogger(ErlangValidityIT.class.getName()).log(System.Logger.Level.INFO, summary);
    softly.assertThat(Math.abs(mean - reference)).as(summary).isLessThanOrEqualTo(tolerance);
    softly.assertThat(tolerance).as("tight enough: " + summary).isLessThan(maxRelative * reference);
  }

  private static double seconds(Duration d) {
    return d.toNanos() / 1e9;
  }

  /**
   * References: {@code python3 shared/bench/erlang.py c 340 180 20 20} (340 calls/h, AHT 180 s, 20
   * agents, T 20 s: 17 Erlang, occupancy 0.85) gives p_wait 0.38505622989332483, asa_s
   * 23.103373793599488 (mean wait of all calls, all answered) and service_level 0.7240951549499337
   * (P(wait ≤ T)).
   */
  @Test
  void waits_agree_with_erlang_c() throws Exception {
    List<QueueKpis> runs = replications(340, null);

    SoftAssertions softly = new SoftAssertions();
    check(softly, "P(wait)", runs, QueueKpis::pWait, 0.38505622989332483, 0.03);
    check(softly, "ASA (s)", runs, k -> seconds(k.asa()), 23.103373793599488, 0.06);
    check(softly, "service level", runs, QueueKpis::serviceLevel, 0.7240951549499337, 0.02);
    softly.assertThat(runs).allSatisfy(k -> softly.assertThat(k.abandoned()).isZero());
    softly.assertAll();
  }

  /**
   * References: {@code python3 shared/bench/erlang.py a 360 180 20 20 180} (360 calls/h, AHT 180 s,
   * 20 agents, T 20 s, mean patience 180 s: offered 0.9, carried occupancy 0.855) gives p_wait
   * 0.349083872019298, p_abandon 0.04988404504563134, asa_s 8.283519790186174 (mean wait of
   * answered calls) and service_level 0.7968922045027554 (answered within T ÷ offered).
   */
  @Test
  void abandonment_and_waits_agree_with_erlang_a() throws Exception {
    List<QueueKpis> runs = replications(360, ofSeconds(180));

    SoftAssertions softly = new SoftAssertions();
    check(softly, "P(abandon)", runs, QueueKpis::pAbandon, 0.04988404504563134, 0.05);
    check(softly, "P(wait)", runs, QueueKpis::pWait, 0.349083872019298, 0.03);
    check(softly, "ASA (s)", runs, k -> seconds(k.asa()), 8.283519790186174, 0.06);
    check(softly, "service level", runs, QueueKpis::serviceLevel, 0.7968922045027554, 0.02);
    softly.assertAll();
  }
}
