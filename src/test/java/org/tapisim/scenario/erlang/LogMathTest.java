package org.tapisim.scenario.erlang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LogMathTest {

  @ParameterizedTest(name = "a = {0}, n = {1}, z = {2}")
  @CsvSource({
    "0, 0, 5",
    "0, 64, 50",
    "0, 65, 50",
    "0.5, 1000, 700",
    "12, 5000, 4000",
    "29, 100, 130",
    "1000, 100000, 101000",
    "1e6, 1000000, 2e6",
    "1e9, 300000, 1e9",
  })
  void should_sum_logarithms_of_ratios_as_the_term_by_term_sum_does(double a, long n, double z) {
    double[] direct = new double[2]; // Kahan-compensated running sum
    for (long k = 1; k <= n; k++) {
      kahanAdd(direct, Math.log(z / (a + k)));
    }

    assertThat(LogMath.logProductOfRatios(a, n, z))
        .isCloseTo(direct[0], within(1e-13 * Math.max(1, n)));
  }

  @ParameterizedTest(name = "a = {0}, n = {1}")
  @CsvSource({
    "0, 0",
    "0, 1",
    "0, 64",
    "0, 65",
    "0.25, 1000",
    "29, 100",
    "1000, 100000",
    "1e6, 1000000",
    "1e9, 300000",
  })
  void should_sum_reciprocals_as_the_term_by_term_sum_does(double a, long n) {
    double[] direct = new double[2];
    for (long k = 1; k <= n; k++) {
      kahanAdd(direct, 1 / (a + k));
    }

    assertThat(LogMath.harmonicSum(a, n)).isCloseTo(direct[0], within(1e-14 * direct[0]));
  }

  @Test
  void should_give_the_logistic_function_without_overflow() {
    assertThat(LogMath.logistic(0)).isEqualTo(0.5);
    assertThat(LogMath.logistic(800)).isEqualTo(1.0);
    assertThat(LogMath.logistic(-745)).isEqualTo(Double.MIN_VALUE);
    assertThat(LogMath.logistic(-800)).isZero();
    assertThat(LogMath.logistic(Double.POSITIVE_INFINITY)).isEqualTo(1.0);
    assertThat(LogMath.logistic(Double.NEGATIVE_INFINITY)).isZero();
    assertThat(LogMath.logistic(-30)).isCloseTo(Math.exp(-30) / (1 + Math.exp(-30)), within(1e-28));
  }

  @Test
  void should_add_in_log_space_without_overflow() {
    assertThat(LogMath.logAddExp(1000, 1000)).isCloseTo(1000 + Math.log(2), within(1e-12));
    assertThat(LogMath.logAddExp(0, Double.NEGATIVE_INFINITY)).isZero();
    assertThat(LogMath.logAddExp(Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY))
        .isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(LogMath.logAddExp(Math.log(2), Math.log(3))).isCloseTo(Math.log(5), within(1e-15));
  }

  private static void kahanAdd(double[] sumAndCompensation, double value) {
    double y = value - sumAndCompensation[1];
    double t = sumAndCompensation[0] + y;
    sumAndCompensation[1] = (t - sumAndCompensation[0]) - y;
    sumAndCompensation[0] = t;
  }
}
