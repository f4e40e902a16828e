package org.tapisim.scenario.erlang;

/**
 * The series and continued fraction of Palm's M/M/c+M queue, in the dimensionless parameters x = c
 * μ / θ (agents' service rate per patience rate) and y = λ / θ (arrivals per mean patience).
 *
 * <p>An arriving call that finds all c agents busy and q calls waiting has stationary weight π_c
 * t_q, with t_q = Π_{k=1..q} y / (x + k); the sum of the t_q is S(x, y). Every sum here starts at
 * the largest term (at q = ⌊y − x⌋ when positive, else at 0) and walks outwards in both directions,
 * stopping when a geometric bound on the rest of the series falls below 2^−60 of every sum. The
 * work is therefore a few times the spread of the queue length (of order √y terms, fewer when the
 * terms fall geometrically), never the y − x terms up to the peak. The terms are at most 1 and
 * decrease monotonically away from the peak, so nothing overflows; the logarithm of the peak term
 * comes from {@link LogMath#logProductOfRatios}.
 *
 * <p>Stateless and thread-safe.
 */
final class PalmSeries {

  /** A tail is dropped once a bound on it is below this fraction of the sum it would add to. */
  private static final double RELATIVE_TAIL = 0x1p-60;

  private static final double CONTINUED_FRACTION_TOLERANCE = 0x1p-52;

  private static final double TINY = 0x1p-1000;

  private PalmSeries() {}

  /**
   * The sums over the queue length q found by a call that waits, each divided by S(x, y).
   *
   * @param logTotal ln S(x, y), S = Σ_q t_q (Garnett, Mandelbaum and Reiman's A(x, y))
   * @param abandonShare P(abandon | W &gt; 0) = Σ_q t_q (q + 1)/(x + q + 1) / S
   * @param servedShare P(served | W &gt; 0) = Σ_q t_q x/(x + q + 1) / S
   * @param servedWaitShare θ E[W 1{served} | W &gt; 0] = Σ_q t_q x/(x + q + 1) H_q / S, H_q =
   *     Σ_{j=1..q+1} 1/(x + j)
   */
  record QueueSums(
      double logTotal, double abandonShare, double servedShare, double servedWaitShare) {}

  /**
   * Returns the queue-length sums of Palm's queue.
   *
   * <p>A call with q calls ahead waits through q + 1 phases; in phase i (i calls ahead) the queue
   * moves on at rate c μ + i θ and the call itself abandons at rate θ. So it is served with
   * probability Π_i (x + i)/(x + i + 1) = x/(x + q + 1), and, given served, waits Σ_i 1/(θ (x + i +
   * 1)) = H_q / θ on average.
   *
   * @param x c μ / θ, positive
   * @param y λ / θ, positive
   * @return the sums
   */
  static QueueSums queueSums(double x, double y) {
    long peak = peak(x, y);
    double peakHarmonic = LogMath.harmonicSum(x, peak + 1);
    Sums sums = new Sums();
    sums.add(x, peak, 1, peakHarmonic);

    double t = 1;
    double harmonic = peakHarmonic;
    for (long q = peak + 1; ; q++) {
      t *= y / (x + q);
      harmonic += 1 / (x + q + 1);
      sums.add(x, q, t, harmonic);
      double ratio = y / (x + q + 1);
      if (ratio < 1) {
        double bound = t * ratio / (1 - ratio);
        double harmonicBound = harmonic + 1 / ((1 - ratio) * (x + q + 2));
        if (bound <= RELATIVE_TAIL * Math.min(sums.abandon, sums.served)
            && bound * harmonicBound <= RELATIVE_TAIL * sums.servedWait) {
          break;
        }
      }
    }

    t = 1;
    harmonic = peakHarmonic;
    for (long q = peak - 1; q >= 0; q--) {
      t *= (x + q + 1) / y;
      harmonic -= 1 / (x + q + 2);
      sums.add(x, q, t, harmonic);
      double ratio = (x + q) / y;
      if (ratio < 1) {
        double bound = t * ratio / (1 - ratio);
        if (bound * (q + 1) / (x + q + 1) <= RELATIVE_TAIL * sums.abandon
            && bound <= RELATIVE_TAIL * sums.served
            && bound * harmonic <= RELATIVE_TAIL * sums.servedWait) {
          break;
        }
      }
    }

    return new QueueSums(
        LogMath.logProductOfRatios(x, peak, y) + Math.log(sums.total),
        sums.abandon / sums.total,
        sums.served / sums.total,
        sums.servedWait / sums.total);
  }

  /**
   * Returns ln S(a, z), S(a, z) = Σ_{n≥0} Π_{k=1..n} z / (a + k) = 1F1(1; a + 1; z).
   *
   * @param a positive
   * @param z zero or positive
   * @return the logarithm of the sum, at least 0
   */
  static double logSeries(double a, double z) {
    if (z == 0) {
      return 0;
    }
    long peak = peak(a, z);
    double sum = 1;
    double t = 1;
    for (long n = peak + 1; ; n++) {
      t *= z / (a + n);
      sum += t;
      double ratio = z / (a + n + 1);
      if (ratio < 1 && t * ratio <= RELATIVE_TAIL * sum * (1 - ratio)) {
        break;
      }
    }
    t = 1;
    for (long n = peak; n > 0; n--) {
      t *= (a + n) / z;
      sum += t;
      double ratio = (a + n - 1) / z;
      if (ratio < 1 && t * ratio <= RELATIVE_TAIL * sum * (1 - ratio)) {
        break;
      }
    }
    return LogMath.logProductOfRatios(a, peak, z) + Math.log(sum);
  }

  /**
   * Returns ln F(a, t) with F(a, t) = e^t t^−a Γ(a, t) = ∫_0^∞ (1 + v)^(a−1) e^(−t v) dv, by
   * Legendre's continued fraction F = 1/(t + 1 − a − 1(1 − a)/(t + 3 − a − 2(2 − a)/(t + 5 − a −
   * …))), evaluated with the modified Lentz method.
   *
   * <p>Used only for t ≥ a ≥ 1, where the fraction converges in O(√a) steps.
   *
   * @param a the shape, at least 1
   * @param t the argument, at least {@code a}
   * @return ln F(a, t)
   * @throws IllegalStateException if the fraction has not converged after many more steps than the
   *     theory needs (a bug, not an input error)
   */
  static double logUpperGammaFactor(double a, double t) {
    double f = t + 1 - a;
    double c = f;
    double d = 0;
    long limit = 1000 + 100 * (long) Math.sqrt(a);
    for (long n = 1; n <= limit; n++) {
      double numerator = -n * (n - a);
      double denominator = t + 2 * n + 1 - a;
      d = denominator + numerator * d;
      if (Math.abs(d) < TINY) {
        d = TINY;
      }
      c = denominator + numerator / c;
      if (Math.abs(c) < TINY) {
        c = TINY;
      }
      d = 1 / d;
      double delta = c * d;
      f *= delta;
      if (Math.abs(delta - 1) <= CONTINUED_FRACTION_TOLERANCE) {
        return -Math.log(f);
      }
    }
    throw new IllegalStateException(
        "continued fraction for Γ(" + a + ", " + t + ") did not converge in " + limit + " steps");
  }

  /** The index of the largest term of Π z/(a + k): ⌊z − a⌋ when positive, else 0. */
  private static long peak(double a, double z) {
    double d = Math.floor(z - a);
    return d > 0 ? (long) d : 0;
  }

  /** Running sums over the queue length; local to one call of {@link #queueSums}. */
  private static final class Sums {
    double total;
    double abandon;
    double served;
    double servedWait;

    void add(double x, long q, double t, double harmonic) {
      double servedTerm = t * x / (x + q + 1);
      total += t;
      abandon += t * (q + 1) / (x + q + 1);
      served += servedTerm;
      servedWait += servedTerm * harmonic;
    }
  }
}
