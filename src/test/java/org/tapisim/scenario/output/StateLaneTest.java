package org.tapisim.scenario.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tapisim.model.AgentSessionState;
import org.tapisim.model.SessionId;

/** A session's lane of states and how it is re-cut into cells. */
class StateLaneTest {
  private static final byte NOT_READY = (byte) AgentSessionState.NOT_READY.ordinal();
  private static final byte READY = (byte) AgentSessionState.READY.ordinal();
  private static final byte BUSY = (byte) AgentSessionState.BUSY_ON_CALL.ordinal();
  private static final byte WRAPUP = (byte) AgentSessionState.BUSY_WRAPUP.ordinal();

  private final StateLane lane = new StateLane(SessionId.parse("alice/sales"));

  private static List<String> runs(StateLane lane) {
    List<String> runs = new ArrayList<>();
    for (int i = 0; i < lane.size(); i++) {
      runs.add(lane.start(i) + ":" + AgentSessionState.values()[lane.state(i)]);
    }
    return runs;
  }

  @Test
  void replaces_a_run_that_lasted_no_time_and_merges_repeats() {
    lane.enter(0, NOT_READY);
    lane.enter(5, READY);
    lane.enter(5, BUSY);
    lane.enter(7, BUSY);
    lane.enter(9, READY);
    assertThat(runs(lane)).containsExactly("0:NOT_READY", "5:BUSY_ON_CALL", "9:READY");
  }

  @Test
  void gives_each_cell_the_state_that_filled_most_of_it() {
    lane.enter(0, READY);
    lane.enter(4, BUSY);
    lane.enter(10, WRAPUP);
    lane.enter(11, READY);
    lane.enter(23, BUSY);
    lane.enter(30, WRAPUP);
    lane.coarsen(10, 40);
    // [0,10): 4 ready, 6 busy; [10,20): 1 wrap-up, 9 ready; [20,30): 3 ready, 7 busy
    assertThat(runs(lane))
        .containsExactly("0:BUSY_ON_CALL", "10:READY", "20:BUSY_ON_CALL", "30:BUSY_WRAPUP");
  }

  @Test
  void keeps_the_exact_start_of_a_lane_that_begins_inside_a_cell() {
    lane.enter(5, READY);
    lane.enter(31, BUSY);
    lane.enter(38, READY);
    lane.coarsen(10, 50);
    // the lane starts at 5, not at its cell's 0; [30,40) is mostly busy
    assertThat(runs(lane)).containsExactly("5:READY", "30:BUSY_ON_CALL", "40:READY");
  }

  @Test
  void leaves_the_open_last_run_exact() {
    lane.enter(0, READY);
    lane.enter(12, BUSY);
    lane.enter(13, READY);
    lane.enter(27, BUSY);
    lane.coarsen(10, 27);
    assertThat(runs(lane)).containsExactly("0:READY", "27:BUSY_ON_CALL");
  }

  @Test
  void spans_whole_cells_of_one_state_with_one_run() {
    lane.enter(0, READY);
    lane.enter(1_000, BUSY);
    lane.coarsen(10, 2_000);
    assertThat(runs(lane)).containsExactly("0:READY", "1000:BUSY_ON_CALL");
  }

  @Test
  void tells_whether_a_run_would_be_drawn_too_thin() {
    lane.enter(0, READY);
    lane.enter(100, BUSY);
    lane.enter(103, READY);
    assertThat(lane.hasRunShorterThan(5, 200)).isTrue();
    assertThat(lane.hasRunShorterThan(3, 200)).isFalse();
    assertThat(lane.copy().size()).isEqualTo(3);
  }
}
