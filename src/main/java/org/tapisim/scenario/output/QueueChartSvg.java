package org.tapisim.scenario.output;

import java.io.IOException;
import java.util.Locale;

/**
 * Draws a queue's length over sim time as a step chart of the maximum length per time bucket, with
 * its peak and time-weighted mean.
 */
final class QueueChartSvg {
  private static final double TOP = 22;
  private static final double PLOT_HEIGHT = 90;

  private QueueChartSvg() {}

  static void draw(Html html, String name, QueueLengthSeries series, TimeAxis axis)
      throws IOException {
    int[] maxima = series == null ? new int[1] : series.maxima(axis.end);
    long bucket = series == null ? axis.end : series.bucketNanos(axis.end);
    int peak = series == null ? 0 : series.peak();
    double mean = series == null ? 0 : series.meanLength(axis.end);
    double bottom = TOP + PLOT_HEIGHT;
    double total = bottom + 8;
    double scale = PLOT_HEIGHT / Math.max(peak, 1);

    html.raw("<svg class=\"chart queue\" width=\"").num(TimeAxis.CHART_WIDTH);
    html.raw("\" height=\"").num(total).raw("\" viewBox=\"0 0 ").num(TimeAxis.CHART_WIDTH);
    html.raw(" ").num(total).raw("\" role=\"img\" aria-label=\"length of queue ");
    html.text(name).raw(" over time\">\n");
    axis.draw(html, TOP, bottom);
    html.raw("<text class=\"lane\" x=\"").num(TimeAxis.LEFT - 6).raw("\" y=\"").num(TOP + 10);
    html.raw("\">").num(peak).raw("</text>");
    html.raw("<text class=\"lane\" x=\"").num(TimeAxis.LEFT - 6).raw("\" y=\"").num(bottom);
    html.raw("\">0</text>");
    html.raw("<text class=\"lane\" x=\"").num(TimeAxis.LEFT - 6).raw("\" y=\"").num(TOP + 48);
    html.raw("\">").text(String.format(Locale.ROOT, "mean %.2f", mean)).raw("</text>\n");

    html.raw("<path class=\"length\" d=\"M").num(axis.x(0)).raw(" ").num(bottom);
    int level = 0;
    for (int b = 0; b < maxima.length && b * bucket < axis.end; b++) {
      if (maxima[b] != level) {
        html.raw("H").num(axis.x(b * bucket)).raw("V").num(bottom - maxima[b] * scale);
        level = maxima[b];
      }
    }
    html.raw("H").num(axis.x(axis.end)).raw("V").num(bottom).raw("Z\"/>\n");
    html.raw("<line class=\"base\" x1=\"").num(TimeAxis.LEFT).raw("\" y1=\"").num(bottom);
    html.raw("\" x2=\"").num(TimeAxis.LEFT + TimeAxis.WIDTH).raw("\" y2=\"").num(bottom);
    html.raw("\"/>\n</svg>\n");
  }
}
