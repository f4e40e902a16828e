package org.tapisim.scenario.erlang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PalmSeriesTest {

  @ParameterizedTest(name = "ln 1F1(1; {0} + 1; {1}) = {2}")
  @CsvSource({
    // mpmath 1.3, 30 digits: log(hyp1f1(1, a + 1, z))
    "5, 3, 0.60560688882062200",
    "60, 75, 4.5452538365439572",
    "10, 200, 162.12123890759515",
    "12000, 15000, 327.89266067151712",
    "12001, 15000, 327.66960045006421",
  })
  void should_sum_the_series_from_its_peak_outwards(double a, double z, double expected) {
    assertThat(PalmSeries.logSeries(a, z)).isCloseTo(expected, within(1e-12 * expected));
    assertThat(PalmSeries.queueSums(a, z).logTotal()).isCloseTo(expected, within(1e-12 * expected));
  }

  @Test
  void should_give_one_for_a_series_without_arrivals() {
    assertThat(PalmSeries.logSeries(3, 0)).isZero();
    assertThat(PalmSeries.logSeries(3, 1e-300)).isZero();
  }

  @ParameterizedTest(name = "x = {0}, y = {1}")
  @CsvSource({"54, 54", "60, 54", "60, 75", "0.5, 3", "12000, 15000", "1e6, 9e5"})
  void should_satisfy_the_garnett_mandelbaum_reiman_identity_for_abandonment(double x, double y) {
    // P(Ab | W > 0) = 1 / (ρ A(x, y)) + 1 − 1/ρ, ρ = y / x (GMR 2002); abandon + served = 1
    PalmSeries.QueueSums sums = PalmSeries.queueSums(x, y);
    double rho = y / x;

    assertThat(sums.abandonShare())
        .isCloseTo(1 / (rho * Math.exp(sums.logTotal())) + 1 - 1 / rho, within(1e-11));
    assertThat(sums.abandonShare() + sums.servedShare()).isCloseTo(1, within(1e-14));
  }

  @Test
  void should_agree_with_the_closed_form_for_calls_served_after_waiting() {
    // Σ_q t_q x/(x + q + 1) = x/(x + 1) S(x + 1, y): the q-sum and the lower series of the tail
    double x = 54;
    double y = 60;
    PalmSeries.QueueSums sums = PalmSeries.queueSums(x, y);

    assertThat(Math.log(sums.servedShare()) + sums.logTotal())
        .isCloseTo(Math.log(x / (x + 1)) + PalmSeries.logSeries(x + 1, y), within(1e-13));
  }

  @ParameterizedTest(name = "ln F({0}, {1}) = {2}")
  @CsvSource({
    // F(a, t) = e^t t^-a Γ(a, t); mpmath 1.3, 30 digits: log(exp(t) * t**-a * gammainc(a, t))
    "1, 3, -1.0986122886681097", // F(1, t) = 1/t
    "5, 10, -1.8666554440820616",
    "100, 100, -2.102918122259212",
    "1000.5, 1200, -5.3240926115072049",
    "12001, 15000, -8.0076956079955497",
  })
  void should_evaluate_the_continued_fraction_of_the_upper_incomplete_gamma(
      double a, double t, double expected) {
    assertThat(PalmSeries.logUpperGammaFactor(a, t)).isCloseTo(expected, within(1e-13));
  }
}
