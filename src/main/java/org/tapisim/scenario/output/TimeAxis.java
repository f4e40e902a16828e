package org.tapisim.scenario.output;

import java.io.IOException;

/**
 * The horizontal axis every chart shares: sim time from zero to the end of the run, mapped onto a
 * fixed pixel width, with ticks at a round interval.
 */
final class TimeAxis {
  /** Where the plot starts: the room on the left for lane labels. */
  static final double LEFT = 170;

  /** The width of the plot. */
  static final double WIDTH = 960;

  /** The width of a whole chart. */
  static final double CHART_WIDTH = LEFT + WIDTH + 30;

  private static final long[] STEPS_SECONDS = {
    1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10_800, 21_600, 43_200, 86_400
  };

  final long end;

  /** An axis from zero to {@code end} nanoseconds (at least a second). */
  TimeAxis(long end) {
    this.end = Math.max(end, 1_000_000_000L);
  }

  /** Returns the x of a time. */
  double x(long nanos) {
    return LEFT + WIDTH * Math.min(nanos, end) / (double) end;
  }

  /** Returns the tick interval in seconds: the smallest round one giving at most ten ticks. */
  long stepSeconds() {
    double seconds = end / 1e9;
    for (long step : STEPS_SECONDS) {
      if (seconds / step <= 10) {
        return step;
      }
    }
    long days = 1;
    while (seconds / (days * 86_400) > 10) {
      days *= 2;
    }
    return days * 86_400;
  }

  /** Draws grid lines and tick labels from {@code top} to {@code bottom}, labels above the top. */
  void draw(Html html, double top, double bottom) throws IOException {
    long step = stepSeconds();
    html.raw("<g class=\"axis\">");
    for (long s = 0; s * 1_000_000_000L <= end; s += step) {
      double x = x(s * 1_000_000_000L);
      html.raw("<line x1=\"").num(x).raw("\" y1=\"").num(top).raw("\" x2=\"").num(x);
      html.raw("\" y2=\"").num(bottom).raw("\"/>");
      html.raw("<text x=\"").num(x).raw("\" y=\"").num(top - 4).raw("\">");
      html.text(label(s)).raw("</text>");
    }
    html.raw("</g>\n");
  }

  /** Returns a tick label: {@code H:MM:SS} from sim time zero. */
  static String label(long seconds) {
    return seconds / 3600 + ":" + two(seconds / 60 % 60) + ":" + two(seconds % 60);
  }

  private static String two(long value) {
    return value < 10 ? "0" + value : Long.toString(value);
  }
}
