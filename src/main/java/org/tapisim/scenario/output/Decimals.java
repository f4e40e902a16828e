package org.tapisim.scenario.output;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/**
 * Locale-independent, JDK-independent decimal text for the summary and the report: always a point,
 * never an exponent, at least one fractional digit (so JSON readers see a floating-point number).
 */
final class Decimals {
  /** Ratios and rates are rounded to this many decimals (half-even) before printing. */
  static final int RATIO_SCALE = 9;

  private Decimals() {}

  /** Returns a span in seconds, exact to the nanosecond: {@code 3600.0}, {@code 12.25}. */
  static String seconds(Duration span) {
    return plain(BigDecimal.valueOf(span.getSeconds()).add(BigDecimal.valueOf(span.getNano(), 9)));
  }

  /**
   * Returns a finite number rounded to {@link #RATIO_SCALE} decimals: {@code 0.4}, {@code 1.0}. The
   * rounding starts from the double's exact binary value, so every JDK prints the same digits.
   *
   * @throws IllegalArgumentException if {@code value} is NaN or infinite
   */
  static String number(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("not a finite number: " + value);
    }
    return plain(new BigDecimal(value).setScale(RATIO_SCALE, RoundingMode.HALF_EVEN));
  }

  private static String plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.signum() == 0) {
      return "0.0";
    }
    String text = stripped.toPlainString();
    return text.indexOf('.') < 0 ? text + ".0" : text;
  }
}
