package org.tapisim.scenario.erlang;

/**
 * Log-space helpers for the Erlang formulas: the logistic function, log-sum-exp, and sums of
 * logarithms and reciprocals over long runs of shifted integers, which the series need at their
 * peak.
 *
 * <p>Stateless and thread-safe.
 */
final class LogMath {

  /** Shifted arguments below this are summed term by term; above it the asymptotic series hold. */
  private static final double ASYMPTOTIC_FROM = 30;

  /** Runs at most this long are always summed term by term. */
  private static final long DIRECT_TERMS = 64;

  private LogMath() {}

  /**
   * Returns the logistic function 1 / (1 + e^−u) without overflow for any u.
   *
   * @param u any number; ±∞ give 1 and 0
   * @return a value in [0, 1]
   */
  static double logistic(double u) {
    if (u >= 0) {
      return 1 / (1 + Math.exp(-u));
    }
    double e = Math.exp(u);
    return e / (1 + e);
  }

  /**
   * Returns ln(e^a + e^b) without overflow.
   *
   * @param a a logarithm, possibly −∞
   * @param b a logarithm, possibly −∞
   * @return the logarithm of the sum
   */
  static double logAddExp(double a, double b) {
    double hi = Math.max(a, b);
    double lo = Math.min(a, b);
    if (Double.isInfinite(hi)) {
      return hi;
    }
    return hi + Math.log1p(Math.exp(lo - hi));
  }

  /**
   * Returns Σ_{k=1..n} ln(z / (a + k)), the logarithm of the n-th term of the series Σ_n Π_{k≤n} z
   * / (a + k).
   *
   * <p>Short runs are summed directly; long ones use the difference of Stirling's series for ln Γ,
   * since Σ_{k=1..n} ln(a + k) = ln Γ(a + n + 1) − ln Γ(a + 1), with an absolute error of a few
   * ulps of n.
   *
   * @param a the shift, a ≥ 0
   * @param n the number of factors, n ≥ 0
   * @param z the numerator, z &gt; 0
   * @return the sum of logarithms
   */
  static double logProductOfRatios(double a, long n, double z) {
    double sum = 0;
    long k = 0;
    while (k < n && (n - k <= DIRECT_TERMS || a + k + 1 < ASYMPTOTIC_FROM)) {
      k++;
      sum += Math.log(z / (a + k));
    }
    if (k == n) {
      return sum;
    }
    long m = n - k;
    double alpha = a + k + 1;
    double beta = alpha + m;
    double ratio = z / beta;
    double logRatio = ratio > 0 ? Math.log(ratio) : Math.log(z) - Math.log(beta);
    return sum
        + m * (logRatio + 1)
        - (alpha - 0.5) * Math.log1p(m / alpha)
        - stirlingCorrection(beta)
        + stirlingCorrection(alpha);
  }

  /**
   * Returns Σ_{k=1..n} 1 / (a + k), directly for short runs and as the difference ψ(a + n + 1) −
   * ψ(a + 1) of the asymptotic series of the digamma function for long ones.
   *
   * @param a the shift, a ≥ 0
   * @param n the number of terms, n ≥ 0
   * @return the sum
   */
  static double harmonicSum(double a, long n) {
    double sum = 0;
    long k = 0;
    while (k < n && (n - k <= DIRECT_TERMS || a + k + 1 < ASYMPTOTIC_FROM)) {
      k++;
      sum += 1 / (a + k);
    }
    if (k == n) {
      return sum;
    }
    long m = n - k;
    double alpha = a + k + 1;
    double beta = alpha + m;
    return sum
        + Math.log1p(m / alpha)
        + 0.5 / alpha
        - 0.5 / beta
        + digammaCorrection(alpha)
        - digammaCorrection(beta);
  }

  /** ln Γ(w) − [(w − ½) ln w − w + ½ ln 2π] by Stirling's series, w ≥ 30 (error below 1e-19). */
  private static double stirlingCorrection(double w) {
    double r = 1 / w;
    double r2 = r * r;
    return r * (1.0 / 12 - r2 * (1.0 / 360 - r2 * (1.0 / 1260 - r2 * (1.0 / 1680 - r2 / 1188))));
  }

  /** ln w − 1/(2w) − ψ(w) by the asymptotic series of the digamma function, w ≥ 30. */
  private static double digammaCorrection(double w) {
    double r2 = 1 / (w * w);
    return r2 * (1.0 / 12 - r2 * (1.0 / 120 - r2 * (1.0 / 252 - r2 * (1.0 / 240 - r2 / 132))));
  }
}
