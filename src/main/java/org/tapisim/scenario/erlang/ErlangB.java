package org.tapisim.scenario.erlang;

/**
 * The Erlang B recursion in a form that neither overflows nor underflows for any number of lines.
 *
 * <p>With R(k) = 1/B(A, k) − 1 the inverse recursion 1/B(k) = 1 + (k/A)/B(k − 1) reads R(k) = (k/A)
 * (1 + R(k − 1)), R(0) = 0: positive terms only, so rounding errors stay relative and grow at most
 * linearly in the number of lines. R itself overflows a double beyond a few hundred lines at low
 * load, so it is carried as a mantissa and a binary exponent and returned as a logarithm.
 *
 * <p>Stateless and thread-safe.
 */
final class ErlangB {

  private static final double LN_2 = Math.log(2);

  /** Beyond 2^64, adding 1 to R is below half an ulp and changes nothing. */
  private static final long ONE_IS_NEGLIGIBLE_FROM = 64;

  /** Below 2^−1100, R is below half an ulp of 1. */
  private static final long R_IS_NEGLIGIBLE_BELOW = -1100;

  private ErlangB() {}

  /**
   * Returns ln R with R = 1/B(A, c) − 1 = Σ_{n&lt;c} (c! / n!) A^(n − c), the ratio of the
   * probabilities of fewer than c busy lines and of c busy lines in the M/M/c/c loss system.
   *
   * @param erlangs the offered load A ≥ 0
   * @param lines the number of lines c ≥ 0
   * @return ln R; −∞ for no lines, +∞ for no load and at least one line
   */
  static double logInverseMinusOne(double erlangs, int lines) {
    if (lines == 0) {
      return Double.NEGATIVE_INFINITY;
    }
    if (erlangs == 0) {
      return Double.POSITIVE_INFINITY;
    }
    int loadExponent = Math.getExponent(erlangs);
    double loadMantissaInverse = 1 / Math.scalb(erlangs, -loadExponent);
    double mantissa = 0;
    long exponent = 0; // R = mantissa · 2^exponent
    for (int k = 1; k <= lines; k++) {
      if (exponent < ONE_IS_NEGLIGIBLE_FROM) {
        double r = exponent < R_IS_NEGLIGIBLE_BELOW ? 0 : Math.scalb(mantissa, (int) exponent);
        mantissa = 1 + r;
        exponent = 0;
      }
      mantissa *= k * loadMantissaInverse;
      exponent -= loadExponent;
      int shift = Math.getExponent(mantissa);
      mantissa = Math.scalb(mantissa, -shift);
      exponent += shift;
    }
    return Math.log(mantissa) + exponent * LN_2;
  }

  /**
   * Returns the Erlang B blocking probability B(A, c) = (A^c / c!) / Σ_{n≤c} A^n / n!.
   *
   * @param erlangs the offered load A ≥ 0
   * @param lines the number of lines c ≥ 0
   * @return the blocking probability in [0, 1]
   */
  static double blocking(double erlangs, int lines) {
    return LogMath.logistic(-logInverseMinusOne(erlangs, lines));
  }
}
