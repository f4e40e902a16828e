package org.tapisim.acd;

import java.time.Duration;
import java.util.SplittableRandom;

/**
 * A distribution of durations (talk time, patience, wrap-up), sampled from a seeded stream.
 *
 * <p>Samples are non-negative nanoseconds. Sampling uses only {@link SplittableRandom#nextDouble()}
 * so that a seed gives the same samples on every JDK. Each record's {@code toString()} is its
 * scenario-script spelling, e.g. {@code exp(3m)}. Immutable and thread-safe (the stream is not).
 */
public sealed interface Distribution {

  /**
   * The longest duration a call's talk, patience or wrap-up may last, 36,500 days: samples are
   * capped at it, so that a distribution with a huge mean cannot carry sim time past its end.
   */
  Duration LONGEST = Duration.ofDays(36_500);

  /** Draws one duration in nanoseconds, never negative. */
  long sampleNanos(SplittableRandom random);

  /** Draws one duration in nanoseconds, capped at {@link #LONGEST}. */
  default long sampleCappedNanos(SplittableRandom random) {
    return Math.min(sampleNanos(random), DistributionMath.LONGEST_NANOS);
  }

  /** Returns the mean of the distribution. */
  Duration mean();

  /** Returns the constant {@code value}. */
  static Distribution constant(Duration value) {
    return new Constant(value);
  }

  /** Returns the exponential distribution with a mean. */
  static Distribution exponential(Duration mean) {
    return new Exponential(mean);
  }

  /** A constant duration: {@code 30s}. */
  record Constant(Duration value) implements Distribution {
    /** Checks the value. */
    public Constant {
      DistributionMath.nonNegative(value, "value");
    }

    @Override
    public long sampleNanos(SplittableRandom random) {
      return value.toNanos();
    }

    @Override
    public Duration mean() {
      return value;
    }

    @Override
    public String toString() {
      return Durations.format(value);
    }
  }

  /** The exponential distribution: {@code exp(MEAN)}. */
  record Exponential(Duration mean) implements Distribution {
    /** Checks the mean. */
    public Exponential {
      DistributionMath.positive(mean, "mean");
    }

    @Override
    public long sampleNanos(SplittableRandom random) {
      return Math.round(DistributionMath.exponential(random, mean.toNanos()));
    }

    @Override
    public String toString() {
      return "exp(" + Durations.format(mean) + ")";
    }
  }

  /** The uniform distribution between two durations: {@code uniform(MIN, MAX)}. */
  record Uniform(Duration min, Duration max) implements Distribution {
    /** Checks the bounds. */
    public Uniform {
      DistributionMath.nonNegative(min, "min");
      DistributionMath.nonNegative(max, "max");
      if (max.compareTo(min) < 0) {
        throw new IllegalArgumentException("uniform max " + max + " is below min " + min);
      }
    }

    @Override
    public long sampleNanos(SplittableRandom random) {
      long low = min.toNanos();
      return low + Math.round(random.nextDouble() * (max.toNanos() - low));
    }

    @Override
    public Duration mean() {
      return min.plus(max).dividedBy(2);
    }

    @Override
    public String toString() {
      return "uniform(" + Durations.format(min) + ", " + Durations.format(max) + ")";
    }
  }

  /**
   * The normal distribution truncated at zero (negative draws are drawn again): {@code normal(MEAN,
   * SD)}. The mean and standard deviation are those before truncation.
   */
  record Normal(Duration mean, Duration sd) implements Distribution {
    /** Checks the parameters. */
    public Normal {
      DistributionMath.positive(mean, "mean");
      DistributionMath.nonNegative(sd, "sd");
    }

    @Override
    public long sampleNanos(SplittableRandom random) {
      double m = mean.toNanos();
      double s = sd.toNanos();
      double x;
      do {
        x = m + s * DistributionMath.standardNormal(random);
      } while (x < 0);
      return Math.round(x);
    }

    @Override
    public String toString() {
      return "normal(" + Durations.format(mean) + ", " + Durations.format(sd) + ")";
    }
  }

  /**
   * The log-normal distribution given by the mean and standard deviation of the duration itself
   * (not of its logarithm): {@code lognormal(MEAN, SD)}.
   */
  record LogNormal(Duration mean, Duration sd) implements Distribution {
    /** Checks the parameters. */
    public LogNormal {
      DistributionMath.positive(mean, "mean");
      DistributionMath.nonNegative(sd, "sd");
    }

    @Override
    public long sampleNanos(SplittableRandom random) {
      double m = mean.toNanos();
      double ratio = sd.toNanos() / m;
      double sigma2 = Math.log1p(ratio * ratio);
      double mu = Math.log(m) - sigma2 / 2;
      return Math.round(Math.exp(mu + Math.sqrt(sigma2) * DistributionMath.standardNormal(random)));
    }

    @Override
    public String toString() {
      return "lognormal(" + Durations.format(mean) + ", " + Durations.format(sd) + ")";
    }
  }

  /** The Erlang distribution: the sum of {@code k} exponentials, {@code erlang(K, MEAN)}. */
  record Erlang(int k, Duration mean) implements Distribution {
    /** Checks the parameters. */
    public Erlang {
      if (k < 1) {
        throw new IllegalArgumentException("erlang shape k must be at least 1: " + k);
      }
      DistributionMath.positive(mean, "mean");
    }

    @Override
    public long sampleNanos(SplittableRandom random) {
      double phaseMean = mean.toNanos() / (double) k;
      double sum = 0;
      for (int i = 0; i < k; i++) {
        sum += DistributionMath.exponential(random, phaseMean);
      }
      return Math.round(sum);
    }

    @Override
    public String toString() {
      return "erlang(" + k + ", " + Durations.format(mean) + ")";
    }
  }
}
