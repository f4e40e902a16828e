package org.tapisim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.tapisim.model.AgentSessionState.BUSY_ON_CALL;
import static org.tapisim.model.AgentSessionState.BUSY_WRAPUP;
import static org.tapisim.model.AgentSessionState.NOT_READY;
import static org.tapisim.model.AgentSessionState.READY;
import static org.tapisim.model.AgentSessionState.SESSION_ENDED;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** AGENT_SESSION_STATE values, LINEAGENTSESSIONSTATE_ bits and Microsoft's transition table. */
class AgentSessionStateTest {

  /** The states in the matrix's row and column order. */
  private static final AgentSessionState[] ORDER = {
    NOT_READY, READY, BUSY_ON_CALL, BUSY_WRAPUP, SESSION_ENDED
  };

  /**
   * TAPI.md §1, written out: row = from, column = to, in {@link #ORDER}. Same-state moves are not
   * transitions; SESSION_ENDED is terminal.
   */
  private static final boolean[][] ALLOWED = {
    //        NOT_READY READY  ON_CALL WRAPUP ENDED
    /* NR */ {false, true, false, false, true},
    /* RD */ {true, false, true, false, true},
    /* OC */ {true, true, false, true, true},
    /* WU */ {true, true, false, false, true},
    /* EN */ {false, false, false, false, false},
  };

  @Test
  void can_move_to_is_exactly_microsofts_table() {
    for (int from = 0; from < ORDER.length; from++) {
      for (int to = 0; to < ORDER.length; to++) {
        assertThat(ORDER[from].canMoveTo(ORDER[to]))
            .as("%s -> %s", ORDER[from], ORDER[to])
            .isEqualTo(ALLOWED[from][to]);
      }
    }
  }

  @Test
  void a_next_state_is_ready_not_ready_or_ended_and_a_move_the_table_allows() {
    for (AgentSessionState state : ORDER) {
      for (AgentSessionState next : ORDER) {
        boolean expected =
            (next == AgentSessionState.READY
                    || next == AgentSessionState.NOT_READY
                    || next == AgentSessionState.SESSION_ENDED)
                && state.canMoveTo(next);
        assertThat(next.canFollow(state)).as("%s after %s", next, state).isEqualTo(expected);
      }
    }
    assertThat(AgentSessionState.READY.canFollow(AgentSessionState.BUSY_ON_CALL)).isTrue();
    assertThat(AgentSessionState.BUSY_WRAPUP.canFollow(AgentSessionState.BUSY_ON_CALL)).isFalse();
  }

  @Test
  void the_matrix_covers_every_state() {
    assertThat(ORDER).containsExactlyInAnyOrder(AgentSessionState.values());
  }

  @Test
  void each_state_carries_its_tapi3_value_and_tapi22_bit() {
    assertThat(NOT_READY.tapiValue()).isEqualTo(0);
    assertThat(READY.tapiValue()).isEqualTo(1);
    assertThat(BUSY_ON_CALL.tapiValue()).isEqualTo(2);
    assertThat(BUSY_WRAPUP.tapiValue()).isEqualTo(3);
    assertThat(SESSION_ENDED.tapiValue()).isEqualTo(4);

    assertThat(NOT_READY.lineBit()).isEqualTo(0x1);
    assertThat(READY.lineBit()).isEqualTo(0x2);
    assertThat(BUSY_ON_CALL.lineBit()).isEqualTo(0x4);
    assertThat(BUSY_WRAPUP.lineBit()).isEqualTo(0x8);
    assertThat(SESSION_ENDED.lineBit()).isEqualTo(0x10);
    assertThat(AgentSessionState.values()).hasSize(5);
  }

  @Test
  void each_state_is_reported_by_exactly_one_event() {
    assertThat(NOT_READY.event()).isEqualTo(AgentSessionEvent.NOT_READY);
    assertThat(READY.event()).isEqualTo(AgentSessionEvent.READY);
    assertThat(BUSY_ON_CALL.event()).isEqualTo(AgentSessionEvent.BUSY);
    assertThat(BUSY_WRAPUP.event()).isEqualTo(AgentSessionEvent.WRAPUP);
    assertThat(SESSION_ENDED.event()).isEqualTo(AgentSessionEvent.END);
  }

  @Test
  void from_tapi_and_from_line_bit_round_trip_every_state() {
    for (AgentSessionState state : AgentSessionState.values()) {
      assertThat(AgentSessionState.fromTapi(state.tapiValue())).isSameAs(state);
      assertThat(AgentSessionState.fromLineBit(state.lineBit())).isSameAs(state);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 5, 6, Integer.MIN_VALUE, Integer.MAX_VALUE})
  void from_tapi_rejects_values_that_are_not_asst(int value) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AgentSessionState.fromTapi(value))
        .withMessageContaining(String.valueOf(value));
  }

  /** RELEASED (0x20) has no TAPI 3 counterpart; combinations of bits are not a state. */
  @ParameterizedTest
  @ValueSource(ints = {0, 0x3, 0x20, 0x40, -1})
  void from_line_bit_rejects_bits_that_are_not_a_tapi3_state(int bit) {
    assertThatIllegalArgumentException().isThrownBy(() -> AgentSessionState.fromLineBit(bit));
  }
}
