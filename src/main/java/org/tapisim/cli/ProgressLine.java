package org.tapisim.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import org.tapisim.clock.Stopwatch;
import org.tapisim.scenario.RunOptions;

/**
 * A one-line progress indicator on a terminal: sim time reached and calls so far, redrawn at most
 * five times a second, and only once a run has taken more than a second.
 */
final class ProgressLine implements RunOptions.Progress {
  private static final long SHOW_AFTER_MILLIS = 1_000;
  private static final long REDRAW_MILLIS = 200;

  private final PrintWriter err;
  private final Duration horizon;
  private final Stopwatch stopwatch = Stopwatch.start();
  private long lastDrawn = -REDRAW_MILLIS;
  private boolean shown;

  /**
   * Creates the indicator.
   *
   * @param horizon the run's length when known, for a percentage; or {@code null}
   */
  ProgressLine(PrintWriter err, Duration horizon) {
    this.err = err;
    this.horizon = horizon;
  }

  @Override
  public synchronized void update(Duration elapsed, long calls) {
    long wall = stopwatch.elapsedMillis();
    if (wall < SHOW_AFTER_MILLIS || wall - lastDrawn < REDRAW_MILLIS) {
      return;
    }
    lastDrawn = wall;
    shown = true;
    String percent =
        horizon == null || horizon.isZero()
            ? ""
            : String.format(
                Locale.ROOT, " (%3.0f%%)", 100.0 * elapsed.toNanos() / horizon.toNanos());
    err.printf(
        Locale.ROOT,
        "\r  sim %s%s, %,d calls, %.1f s  ",
        clock(elapsed),
        percent,
        calls,
        wall / 1000.0);
    err.flush();
  }

  /** Clears the line if it was drawn. */
  synchronized void finish() {
    if (shown) {
      err.print("\r" + " ".repeat(72) + "\r");
      err.flush();
    }
  }

  private static String clock(Duration d) {
    return String.format(
        Locale.ROOT, "%02d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart());
  }
}
