package org.tapisim.acd;

import static java.time.Duration.ofMillis;
import static java.time.Duration.ofMinutes;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Duration distributions: their means and spreads on many seeded draws, the bounds they keep, how
 * they print and what they refuse.
 */
class DistributionTest {
  private static final int N = 200_000;

  /** Sample mean and standard deviation, in seconds, of N draws. */
  private static double[] moments(Distribution d) {
    SplittableRandom random = new SplittableRandom(12345);
    double sum = 0;
    double sumSq = 0;
    for (int i = 0; i < N; i++) {
      long x = d.sampleNanos(random);
      assertThat(x).isNotNegative();
      double s = x / 1e9;
      sum += s;
      sumSq += s * s;
    }
    double mean = sum / N;
    return new double[] {mean, Math.sqrt(sumSq / N - mean * mean)};
  }

  /** Asserts the sample mean is within 5 standard errors of {@code mean}. */
  private static void assertMoments(Distribution d, double mean, double sd) {
    double[] m = moments(d);
    assertThat(m[0]).as("mean of %s", d).isCloseTo(mean, within(5 * sd / Math.sqrt(N) + 1e-9));
    assertThat(m[1]).as("sd of %s", d).isCloseTo(sd, within(0.02 * sd + 1e-9));
  }

  @Test
  void a_constant_is_always_its_value() {
    Distribution d = Distribution.constant(ofSeconds(30));
    assertMoments(d, 30, 0);
    assertThat(d.mean()).isEqualTo(ofSeconds(30));
    assertThat(d).hasToString("30s");
  }

  @Test
  void an_exponential_has_its_mean_as_standard_deviation() {
    Distribution d = Distribution.exponential(ofMinutes(3));
    assertMoments(d, 180, 180);
    assertThat(d.mean()).isEqualTo(ofMinutes(3));
    assertThat(d).hasToString("exp(3m)");
  }

  @Test
  void a_uniform_stays_within_its_bounds() {
    Distribution d = new Distribution.Uniform(ofSeconds(10), ofSeconds(20));
    assertMoments(d, 15, 10 / Math.sqrt(12));
    assertThat(d.mean()).isEqualTo(ofSeconds(15));
    assertThat(d).hasToString("uniform(10s, 20s)");
    SplittableRandom random = new SplittableRandom(1);
    for (int i = 0; i < 10_000; i++) {
      assertThat(d.sampleNanos(random)).isBetween(10_000_000_000L, 20_000_000_000L);
    }
  }

  @Test
  void a_normal_is_truncated_at_zero() {
    Distribution wide = new Distribution.Normal(ofSeconds(10), ofSeconds(1));
    assertMoments(wide, 10, 1);
    assertThat(wide.mean()).isEqualTo(ofSeconds(10));
    assertThat(wide).hasToString("normal(10s, 1s)");
    // mean 1, sd 3: many raw draws are negative, none of the samples is
    moments(new Distribution.Normal(ofSeconds(1), ofSeconds(3)));
  }

  @Test
  void a_log_normal_has_the_given_mean_and_standard_deviation() {
    Distribution d = new Distribution.LogNormal(ofSeconds(60), ofSeconds(30));
    double[] m = moments(d);
    assertThat(m[0]).isCloseTo(60, within(0.5));
    assertThat(m[1]).isCloseTo(30, within(1.5));
    assertThat(d).hasToString("lognormal(1m, 30s)");
  }

  @Test
  void an_erlang_is_a_sum_of_k_exponentials() {
    Distribution d = new Distribution.Erlang(4, ofSeconds(100));
    assertMoments(d, 100, 50); // sd = mean / sqrt(k)
    assertThat(d).hasToString("erlang(4, 1m40s)");
  }

  @Test
  void the_same_stream_gives_the_same_samples() {
    Distribution d = Distribution.exponential(ofSeconds(10));
    SplittableRandom a = new SplittableRandom(9);
    SplittableRandom b = new SplittableRandom(9);
    for (int i = 0; i < 100; i++) {
      assertThat(d.sampleNanos(a)).isEqualTo(d.sampleNanos(b));
    }
  }

  @Test
  void distributions_refuse_impossible_parameters() {
    assertThatIllegalArgumentException().isThrownBy(() -> Distribution.constant(ofSeconds(-1)));
    assertThatIllegalArgumentException().isThrownBy(() -> Distribution.exponential(Duration.ZERO));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Distribution.Uniform(ofSeconds(2), ofSeconds(1)));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Distribution.Normal(Duration.ZERO, ofSeconds(1)));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Distribution.LogNormal(ofSeconds(1), ofSeconds(-1)));
    assertThatIllegalArgumentException().isThrownBy(() -> new Distribution.Erlang(0, ofSeconds(1)));
    assertThatNullPointerException().isThrownBy(() -> Distribution.constant(null));
  }

  @Test
  void durations_print_as_scripts_write_them() {
    assertThat(Distribution.constant(Duration.ZERO)).hasToString("0s");
    assertThat(Distribution.constant(ofMillis(250))).hasToString("250ms");
    assertThat(Distribution.constant(ofMillis(1500))).hasToString("1.5s");
    assertThat(Distribution.constant(ofMinutes(90))).hasToString("1h30m");
    assertThat(Distribution.constant(Duration.ofHours(2).plusSeconds(5))).hasToString("2h5s");
    assertThat(Distribution.constant(ofMinutes(1).plusMillis(250))).hasToString("1m0.25s");
    assertThat(Distribution.constant(Duration.ofNanos(1))).hasToString("0.000000001s");
  }
}
