package org.tapisim.scenario.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tapisim.acd.AcdSimulator;
import org.tapisim.model.AgentSessionEvent;
import org.tapisim.model.AgentSessionState;
import org.tapisim.model.GroupId;
import org.tapisim.model.SessionChanged;
import org.tapisim.model.SessionId;

/** What the report collector keeps: exact for a short run, bounded for a long one. */
class ReportCollectorTest {
  private static final long SECOND = 1_000_000_000L;

  private static List<String> runs(StateLane lane) {
    List<String> runs = new ArrayList<>();
    for (int i = 0; i < lane.size(); i++) {
      runs.add(lane.start(i) / SECOND + ":" + AgentSessionState.values()[lane.state(i)]);
    }
    return runs;
  }

  @Test
  void keeps_every_state_change_of_a_short_run_exactly() {
    ReportCollector collector = new ReportCollector(GoldenScenario.START);
    GoldenScenario.run(collector);

    assertThat(collector.origin()).isEqualTo(GoldenScenario.START);
    assertThat(collector.lanes())
        .extracting(lane -> lane.session.toString())
        .containsExactly("alice/sales", "bob/sales");
    assertThat(runs(collector.lanes().get(0)))
        .containsExactly(
            "0:NOT_READY",
            "1:READY",
            "5:BUSY_ON_CALL",
            "35:BUSY_WRAPUP",
            "45:READY",
            "50:BUSY_ON_CALL",
            "60:BUSY_WRAPUP",
            "70:READY");
    assertThat(runs(collector.lanes().get(1)))
        .containsExactly(
            "0:NOT_READY",
            "1:READY",
            "6:BUSY_ON_CALL",
            "36:BUSY_WRAPUP",
            "46:READY",
            "80:SESSION_ENDED");
    assertThat(collector.lastTime()).isEqualTo(80 * SECOND);
  }

  @Test
  void follows_the_queue_length_of_a_short_run() {
    ReportCollector collector = new ReportCollector(GoldenScenario.START);
    GoldenScenario.run(collector);

    QueueLengthSeries sales = collector.queues().get(GroupId.of("sales"));
    assertThat(sales.peak()).isEqualTo(1); // c3 waited from 7 s to 27 s
    assertThat(sales.meanLength(90 * SECOND)).isEqualTo(20 / 90.0);
  }

  @Test
  void keeps_its_size_bounded_over_a_long_run() {
    ReportCollector collector = new ReportCollector(AcdSimulator.DEFAULT_START);
    AcdSimulator sim = LongRun.run(20, 200_000, collector);

    assertThat(sim.callCount()).isEqualTo(200_000);
    assertThat(sim.eventCount()).isGreaterThan(1_400_000);
    List<StateLane> lanes = collector.lanes();
    assertThat(lanes).hasSize(25);
    long bound =
        (long) lanes.size() * ReportCollector.MAX_RUNS_PER_LANE + 2L * QueueLengthSeries.BUCKETS;
    assertThat(collector.retainedPoints()).isLessThanOrEqualTo(bound);
    assertThat(lanes)
        .allSatisfy(
            lane -> assertThat(lane.size()).isLessThanOrEqualTo(ReportCollector.MAX_RUNS_PER_LANE));
    // the lanes still cover the whole run, up to the last change
    long end = collector.lastTime();
    assertThat(lanes)
        .anySatisfy(lane -> assertThat(lane.start(lane.size() - 1)).isGreaterThan(end * 9 / 10));
  }

  @Test
  void starts_a_lane_for_a_session_it_first_hears_of_mid_run() {
    Instant origin = Instant.parse("2000-01-01T00:00:00Z");
    ReportCollector collector = new ReportCollector(origin);
    collector.onEvent(
        new SessionChanged(
            origin.plusSeconds(30),
            9,
            SessionId.parse("carol/sales"),
            AgentSessionEvent.READY,
            AgentSessionState.NOT_READY,
            AgentSessionState.READY,
            null));
    assertThat(runs(collector.lanes().get(0))).containsExactly("30:READY");
  }
}
