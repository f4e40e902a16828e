package org.tapisim.scenario.output;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tapisim.model.CallAbandoned;
import org.tapisim.model.CallDelivered;
import org.tapisim.model.CallEvent;
import org.tapisim.model.CallOffered;
import org.tapisim.model.CallQueued;
import org.tapisim.model.GroupId;
import org.tapisim.model.SessionChanged;
import org.tapisim.model.SessionId;
import org.tapisim.model.TapiEvent;
import org.tapisim.model.TapiEventListener;

/**
 * Collects what the {@link HtmlReport} draws over time: each session's state (one lane per {@code
 * agent/group}) and each queue's length.
 *
 * <p>Memory does not grow with the number of calls or events. A lane holds at most a few thousand
 * runs of one state (fewer when there are many lanes: about {@value #SEGMENT_BUDGET} in all, at
 * least {@value #MIN_RUNS_PER_LANE} per lane); past that, it is re-cut into equal time cells, each
 * taking the state that filled most of it. A queue keeps its maximum length in each of {@value
 * QueueLengthSeries#BUCKETS} time buckets that double in length as the run goes on. So the
 * collector's size is bounded by the number of sessions and queues alone.
 *
 * <p>Register it before anything happens, like the event log. Not thread-safe: events arrive on the
 * switch's owning thread; draw the report once they have stopped.
 */
public final class ReportCollector implements TapiEventListener {
  /** About how many runs all lanes together may hold before they are re-cut. */
  static final int SEGMENT_BUDGET = 400_000;

  /** The most runs one lane holds, with few lanes. */
  static final int MAX_RUNS_PER_LANE = 2_048;

  /** The fewest runs one lane may hold before it is re-cut, with many lanes. */
  static final int MIN_RUNS_PER_LANE = 128;

  private final Instant origin;
  private final long originSeconds;
  private final int originNanos;
  private final Map<SessionId, StateLane> lanes = new LinkedHashMap<>();
  private final Map<GroupId, QueueLengthSeries> queues = new LinkedHashMap<>();
  private long lastTime;
  private long cellNanos;
  private int runsPerLane = MAX_RUNS_PER_LANE;

  /**
   * Creates an empty collector.
   *
   * @param origin sim time zero, the left edge of every chart
   */
  public ReportCollector(Instant origin) {
    this.origin = Objects.requireNonNull(origin, "origin");
    this.originSeconds = origin.getEpochSecond();
    this.originNanos = origin.getNano();
  }

  /** Returns sim time zero. */
  public Instant origin() {
    return origin;
  }

  @Override
  public void onEvent(TapiEvent event) {
    long time =
        Math.max(
            0,
            (event.time().getEpochSecond() - originSeconds) * 1_000_000_000L
                + (event.time().getNano() - originNanos));
    lastTime = Math.max(lastTime, time);
    if (event instanceof SessionChanged e) {
      StateLane lane = lanes.get(e.session());
      if (lane == null) {
        lane = new StateLane(e.session());
        lanes.put(e.session(), lane);
        runsPerLane =
            Math.max(MIN_RUNS_PER_LANE, Math.min(MAX_RUNS_PER_LANE, SEGMENT_BUDGET / lanes.size()));
      }
      lane.enter(time, (byte) e.to().ordinal());
      if (lane.size() > runsPerLane) {
        recut(lane);
      }
    } else if (event instanceof CallEvent e) {
      QueueLengthSeries queue = queues.computeIfAbsent(e.group(), QueueLengthSeries::new);
      if (e instanceof CallOffered) {
        queue.offered(e.call());
      } else if (e instanceof CallQueued q) {
        queue.queued(time, q.call(), q.position());
      } else if (e instanceof CallDelivered) {
        queue.delivered(time, e.call());
      } else if (e instanceof CallAbandoned) {
        queue.abandoned(time);
      }
    }
  }

  /** Re-cuts a lane into cells, making the cells longer until it fits in half its allowance. */
  private void recut(StateLane lane) {
    long span = lastTime + 1;
    long half = Math.max(1, runsPerLane / 2);
    if (cellNanos == 0) {
      cellNanos = Math.max(1, span / half);
    }
    while (span / cellNanos > half) {
      cellNanos *= 2;
    }
    lane.coarsen(cellNanos, lane.start(lane.size() - 1));
    while (lane.size() > runsPerLane / 2 + 2) {
      // runs at whole-cell boundaries can still outnumber the cells by a few; coarser cells fix it
      cellNanos *= 2;
      lane.coarsen(cellNanos, lane.start(lane.size() - 1));
    }
  }

  // ------------------------------------------------------------- for the report

  /** Returns the latest event time seen, in nanoseconds from the origin. */
  long lastTime() {
    return lastTime;
  }

  /** Returns the lanes in the order their sessions first appeared. */
  List<StateLane> lanes() {
    return new ArrayList<>(lanes.values());
  }

  /** Returns the queue series in the order their queues first had a call. */
  Map<GroupId, QueueLengthSeries> queues() {
    return queues;
  }

  /** Returns how many lane runs and queue buckets it holds: its size, bounded whatever the run. */
  long retainedPoints() {
    long points = 0;
    for (StateLane lane : lanes.values()) {
      points += lane.size();
    }
    return points + (long) queues.size() * QueueLengthSeries.BUCKETS;
  }
}
