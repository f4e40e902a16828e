package org.tapisim.scenario.output;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tapisim.model.GroupId;

/**
 * Draws the agent-state timeline: one lane per session, grouped by ACD group, coloured by session
 * state over sim time (CSS classes {@code s0}..{@code s3} by state ordinal; SESSION_ENDED is left
 * blank).
 *
 * <p>Lanes get thinner as they get more numerous and labels thin out to stay legible; each lane
 * carries its name as a tooltip. The number of rectangles is bounded ({@value #RECT_BUDGET} in all,
 * at most one per pixel per lane), so the file stays small for any run.
 */
final class TimelineSvg {
  /** About how many state rectangles a timeline may hold. */
  static final int RECT_BUDGET = 60_000;

  private static final double TOP = 22;
  private static final double GROUP_HEADER = 16;
  private static final double LABEL_PITCH = 11;
  private static final int MIN_CELLS = 32;

  private TimelineSvg() {}

  /**
   * Draws the lanes, grouped in {@code groupOrder} (other groups after, in order of appearance).
   */
  static void draw(Html html, List<StateLane> lanes, List<GroupId> groupOrder, TimeAxis axis)
      throws IOException {
    Map<GroupId, List<StateLane>> byGroup = new LinkedHashMap<>();
    groupOrder.forEach(group -> byGroup.put(group, new ArrayList<>()));
    for (StateLane lane : lanes) {
      byGroup.computeIfAbsent(lane.session.group(), g -> new ArrayList<>()).add(lane);
    }
    byGroup.values().removeIf(List::isEmpty);
    boolean headers = byGroup.size() > 1;

    int count = lanes.size();
    double height = Math.min(16, Math.max(1, 800.0 / Math.max(count, 1)));
    double pitch = height + (height >= 6 ? 2 : 0);
    int labelEvery = (int) Math.max(1, Math.ceil(LABEL_PITCH / pitch));
    double total = TOP + count * pitch + (headers ? byGroup.size() * GROUP_HEADER : 0) + 4;

    html.raw("<svg class=\"chart timeline\" width=\"").num(TimeAxis.CHART_WIDTH);
    html.raw("\" height=\"").num(total).raw("\" viewBox=\"0 0 ").num(TimeAxis.CHART_WIDTH);
    html.raw(" ")
        .num(total)
        .raw("\" role=\"img\" aria-label=\"agent session states over time\">\n");
    axis.draw(html, TOP, total - 4);

    int cellsPerLane =
        Math.max(MIN_CELLS, Math.min((int) TimeAxis.WIDTH, RECT_BUDGET / Math.max(count, 1)));
    long cell = Math.max(1, (axis.end + cellsPerLane - 1) / cellsPerLane);
    double y = TOP;
    for (Map.Entry<GroupId, List<StateLane>> group : byGroup.entrySet()) {
      if (headers) {
        html.raw("<text class=\"group\" x=\"4\" y=\"").num(y + GROUP_HEADER - 4).raw("\">");
        html.text(group.getKey().value()).raw("</text>\n");
        y += GROUP_HEADER;
      }
      int index = 0;
      for (StateLane lane : group.getValue()) {
        lane(html, lane, axis, cell, cellsPerLane, y, height, index++ % labelEvery == 0);
        y += pitch;
      }
    }
    html.raw("</svg>\n");
  }

  private static void lane(
      Html html,
      StateLane lane,
      TimeAxis axis,
      long cell,
      int cellsPerLane,
      double y,
      double height,
      boolean labelled)
      throws IOException {
    String name = lane.session.toString();
    html.raw("<g><title>").text(name).raw("</title>");
    if (labelled) {
      html.raw("<text class=\"lane\" x=\"").num(TimeAxis.LEFT - 6).raw("\" y=\"");
      html.num(y + height / 2 + 3.5).raw("\">").text(name).raw("</text>");
    }
    StateLane drawn = lane;
    if (lane.size() > cellsPerLane || lane.hasRunShorterThan(cell, axis.end)) {
      drawn = lane.copy();
      drawn.coarsen(cell, axis.end);
    }
    for (int run = 0; run < drawn.size(); run++) {
      byte state = drawn.state(run);
      long from = drawn.start(run);
      long to = run + 1 < drawn.size() ? drawn.start(run + 1) : axis.end;
      if (state == StateLane.ENDED || to <= from || from >= axis.end) {
        continue;
      }
      // both edges rounded the same way, so that neighbouring rectangles meet exactly
      long left = Html.toTenths(axis.x(from));
      long right = Math.max(left + 1, Html.toTenths(axis.x(to)));
      html.raw("<rect class=\"s").num(state).raw("\" x=\"").tenths(left).raw("\" y=\"").num(y);
      html.raw("\" width=\"").tenths(right - left).raw("\" height=\"").num(height).raw("\"/>");
    }
    html.raw("</g>\n");
  }
}
