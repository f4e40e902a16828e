package org.tapisim.bridge;

import java.time.Duration;
import java.time.Instant;
import org.tapisim.model.LineError;
import org.tapisim.model.TapiException;

/** TAPI's value types as Java ones: DATE, CURRENCY, DWORD seconds. */
final class TapiValues {
  private static final double UNIX_EPOCH_AS_DATE = 25569.0;
  private static final double MILLIS_PER_DAY = 86_400_000.0;

  private TapiValues() {}

  /** Returns an OLE Automation DATE (days since 1899-12-30, UTC here) as an instant, to the ms. */
  static Instant instantOf(double date) {
    return Instant.ofEpochMilli(Math.round((date - UNIX_EPOCH_AS_DATE) * MILLIS_PER_DAY));
  }

  /** Returns a DWORD count of seconds as a duration. */
  static Duration seconds(int dword) {
    return Duration.ofSeconds(Integer.toUnsignedLong(dword));
  }

  /** Returns a DWORD count as a long. */
  static long count(int dword) {
    return Integer.toUnsignedLong(dword);
  }

  /** Returns a CURRENCY (a 64-bit integer scaled by 10 000) as a double, never negative. */
  static double currency(long cy) {
    return Math.max(0.0, cy / 10_000.0);
  }

  /**
   * Returns a measurement period as TAPI's DWORD of seconds.
   *
   * @throws TapiException with INVALPARAM unless it is a positive whole number of seconds that fits
   *     a DWORD
   */
  static int periodSeconds(Duration period, String what) {
    if (period == null
        || period.isNegative()
        || period.isZero()
        || period.getNano() != 0
        || period.getSeconds() > 0xFFFF_FFFFL) {
      throw new TapiException(
          LineError.INVALPARAM,
          what
              + ": a measurement period must be a positive whole number of seconds, not "
              + period);
    }
    return (int) period.getSeconds();
  }
}
