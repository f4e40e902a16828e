package org.tapisim.scenario.erlang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

class ErlangPropertiesTest {

  /** Rounding slack for comparisons that hold exactly in real arithmetic. */
  private static final double ULPS = 1e-12;

  @Property
  @Label("Erlang B matches the direct formula (A^c / c!) / Σ A^n / n! for small cases")
  void erlangBMatchesTheDirectFormula(
      @ForAll @IntRange(min = 0, max = 25) int lines,
      @ForAll @DoubleRange(min = 0.001, max = 40) @Scale(6) double erlangs) {
    double term = 1;
    double sum = 1;
    for (int n = 1; n <= lines; n++) {
      term *= erlangs / n;
      sum += term;
    }

    assertThat(Erlang.blocking(erlangs, lines)).isCloseTo(term / sum, within(1e-13 * term / sum));
  }

  @Property
  @Label("Erlang A with patience → ∞ approaches Erlang C")
  void erlangAApproachesErlangCAsPatienceGrows(
      @ForAll @IntRange(min = 1, max = 200) int agents,
      @ForAll @DoubleRange(min = 0.05, max = 0.95) double occupancy,
      @ForAll @DoubleRange(min = 10, max = 1000) double ahtSeconds,
      @ForAll @DoubleRange(min = 0, max = 120) double thresholdSeconds) {
    ErlangModel patient = model(occupancy * agents, ahtSeconds, agents, thresholdSeconds);
    // E[W | W > 0] = AHT / (c − A) <= 20 AHT, so waits are below 2e-6 of the patience
    ErlangPrediction c = Erlang.c(patient).orElseThrow();
    ErlangPrediction a = Erlang.a(patient.withMeanPatience(seconds(1e7 * ahtSeconds)));

    assertThat(a.pWait()).isCloseTo(c.pWait(), within(1e-4 * c.pWait()));
    assertThat(a.asaSeconds()).isCloseTo(c.asaSeconds(), within(1e-4 * c.asaSeconds()));
    assertThat(a.serviceLevel()).isCloseTo(c.serviceLevel(), within(1e-4 * c.serviceLevel()));
    assertThat(a.occupancy()).isCloseTo(c.occupancy(), within(1e-4 * c.occupancy()));
    assertThat(a.pAbandon()).isLessThan(1e-4);
  }

  @Property
  @Label("Erlang C: one more agent never raises P(wait) or ASA nor lowers the service level")
  void moreAgentsNeverMakeErlangCWorse(
      @ForAll @DoubleRange(min = -1, max = 3.5) double log10Load,
      @ForAll @DoubleRange(min = 1.0001, max = 3) @Scale(6) double agentsPerErlang,
      @ForAll @DoubleRange(min = 10, max = 1000) double ahtSeconds,
      @ForAll @DoubleRange(min = 0, max = 3) double thresholdInAht) {
    double load = Math.pow(10, log10Load);
    int agents = (int) Math.ceil(load * agentsPerErlang);
    Assume.that(agents > load);
    ErlangModel model = model(load, ahtSeconds, agents, thresholdInAht * ahtSeconds);
    ErlangPrediction fewer = Erlang.c(model).orElseThrow();
    ErlangPrediction more = Erlang.c(model.withAgents(agents + 1)).orElseThrow();

    assertNotWorse(more, fewer);
  }

  @Property
  @Label("Erlang A: one more agent never raises P(wait), ASA or P(abandon) nor lowers the SL")
  void moreAgentsNeverMakeErlangAWorse(
      @ForAll @DoubleRange(min = -1, max = 3.5) double log10Load,
      @ForAll @DoubleRange(min = 0.3, max = 2) double agentsPerErlang,
      @ForAll @DoubleRange(min = 10, max = 1000) double ahtSeconds,
      @ForAll @DoubleRange(min = -4, max = 4) double log10PatienceInAht,
      @ForAll @DoubleRange(min = 0, max = 3) double thresholdInAht) {
    double load = Math.pow(10, log10Load);
    int agents = Math.max(1, (int) Math.round(load * agentsPerErlang));
    ErlangModel model =
        model(load, ahtSeconds, agents, thresholdInAht * ahtSeconds)
            .withMeanPatience(seconds(Math.pow(10, log10PatienceInAht) * ahtSeconds));
    ErlangPrediction fewer = Erlang.a(model);
    ErlangPrediction more = Erlang.a(model.withAgents(agents + 1));

    assertNotWorse(more, fewer);
    assertThat(more.pAbandon()).isLessThanOrEqualTo(fewer.pAbandon() * (1 + ULPS));
    assertThat(more.averageWaitSeconds())
        .isLessThanOrEqualTo(fewer.averageWaitSeconds() * (1 + ULPS));
  }

  @Property
  @Label("Erlang A: probabilities lie in [0, 1] and the shares are consistent, at any load")
  void erlangAProbabilitiesAreConsistent(
      @ForAll @DoubleRange(min = -2, max = 4) double log10Load,
      @ForAll @DoubleRange(min = 0.1, max = 3) double agentsPerErlang,
      @ForAll @DoubleRange(min = 1, max = 3600) double ahtSeconds,
      @ForAll @DoubleRange(min = -6, max = 5) double log10PatienceInAht,
      @ForAll @DoubleRange(min = 0, max = 5) double thresholdInAht) {
    double load = Math.pow(10, log10Load);
    int agents = Math.max(1, (int) Math.round(load * agentsPerErlang));
    ErlangModel model =
        model(load, ahtSeconds, agents, thresholdInAht * ahtSeconds)
            .withMeanPatience(seconds(Math.pow(10, log10PatienceInAht) * ahtSeconds));
    Assume.that(
        load * ErlangModel.seconds(model.meanPatience().orElseThrow()) / ahtSeconds
            <= Erlang.MAX_ARRIVALS_PER_PATIENCE);

    // the record's constructor has already rejected NaN, infinities and values outside [0, 1]
    ErlangPrediction prediction = Erlang.a(model);

    assertThat(prediction.pAbandon()).isLessThanOrEqualTo(prediction.pWait() * (1 + ULPS));
    assertThat(prediction.serviceLevel())
        .as("answered within T <= answered")
        .isLessThanOrEqualTo(1 - prediction.pAbandon() + ULPS);
    assertThat(prediction.serviceLevel())
        .as("answered at once <= answered within T")
        .isGreaterThanOrEqualTo(1 - prediction.pWait() - ULPS);
    assertThat(prediction.occupancy() * agents)
        .isCloseTo(load * (1 - prediction.pAbandon()), within(1e-9 * load));
  }

  @Property
  @Label("Erlang A and C: a longer threshold never lowers the service level")
  void aLongerThresholdNeverLowersTheServiceLevel(
      @ForAll @DoubleRange(min = -1, max = 3) double log10Load,
      @ForAll @DoubleRange(min = 0.5, max = 2) double agentsPerErlang,
      @ForAll @DoubleRange(min = -3, max = 3) double log10PatienceInAht,
      @ForAll @DoubleRange(min = 0, max = 2) double thresholdInAht,
      @ForAll @DoubleRange(min = 0, max = 2) double extraInAht) {
    double load = Math.pow(10, log10Load);
    int agents = Math.max(1, (int) Math.round(load * agentsPerErlang));
    double aht = 300;
    ErlangModel shorter = model(load, aht, agents, thresholdInAht * aht);
    ErlangModel longer = model(load, aht, agents, (thresholdInAht + extraInAht) * aht);
    Duration patience = seconds(Math.pow(10, log10PatienceInAht) * aht);

    assertThat(Erlang.a(longer.withMeanPatience(patience)).serviceLevel())
        .isGreaterThanOrEqualTo(
            Erlang.a(shorter.withMeanPatience(patience)).serviceLevel() * (1 - ULPS));
    if (agents > load) {
      assertThat(Erlang.c(longer).orElseThrow().serviceLevel())
          .isGreaterThanOrEqualTo(Erlang.c(shorter).orElseThrow().serviceLevel() * (1 - ULPS));
    }
  }

  private static void assertNotWorse(ErlangPrediction more, ErlangPrediction fewer) {
    assertThat(more.pWait()).isLessThanOrEqualTo(fewer.pWait() * (1 + ULPS));
    assertThat(more.asaSeconds()).isLessThanOrEqualTo(fewer.asaSeconds() * (1 + ULPS));
    assertThat(more.serviceLevel()).isGreaterThanOrEqualTo(fewer.serviceLevel() * (1 - ULPS));
  }

  private static ErlangModel model(
      double load, double ahtSeconds, int agents, double thresholdSeconds) {
    Duration aht = seconds(ahtSeconds);
    return ErlangModel.of(
        load * 3600 / ErlangModel.seconds(aht), aht, agents, seconds(thresholdSeconds));
  }

  private static Duration seconds(double seconds) {
    double whole = Math.floor(seconds);
    return Duration.ofSeconds((long) whole, Math.round((seconds - whole) * 1e9));
  }
}
