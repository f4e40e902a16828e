package org.tapisim.acd;

import java.time.Duration;
import java.util.Locale;

/** Writes durations the way scenario scripts spell them. Stateless and thread-safe. */
public final class Durations {
  private Durations() {}

  /**
   * Returns a duration as scripts write it: {@code 250ms}, {@code 30s}, {@code 1h30m}, {@code
   * 1.5s}; zero is {@code 0s}.
   */
  public static String format(Duration d) {
    if (d.isZero()) {
      return "0s";
    }
    StringBuilder text = new StringBuilder();
    long hours = d.toHours();
    int minutes = d.toMinutesPart();
    int seconds = d.toSecondsPart();
    int nanos = d.toNanosPart();
    if (hours > 0) {
      text.append(hours).append('h');
    }
    if (minutes > 0) {
      text.append(minutes).append('m');
    }
    if (nanos == 0) {
      if (seconds > 0) {
        text.append(seconds).append('s');
      }
    } else if (seconds == 0 && nanos % 1_000_000 == 0 && text.length() == 0) {
      text.append(nanos / 1_000_000).append("ms");
    } else {
      String fraction = String.format(Locale.ROOT, "%09d", nanos).replaceAll("0+$", "");
      text.append(seconds).append('.').append(fraction).append('s');
    }
    return text.toString();
  }
}
