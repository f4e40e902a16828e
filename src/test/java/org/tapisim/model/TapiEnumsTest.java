package org.tapisim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;

/** The TAPI 3 enumerations other than AGENT_SESSION_STATE, value by value (TAPI.md §1, §6). */
class TapiEnumsTest {

  @Test
  void agent_session_events_carry_their_ase_values() {
    assertThat(AgentSessionEvent.NEW_SESSION.tapiValue()).isEqualTo(0);
    assertThat(AgentSessionEvent.NOT_READY.tapiValue()).isEqualTo(1);
    assertThat(AgentSessionEvent.READY.tapiValue()).isEqualTo(2);
    assertThat(AgentSessionEvent.BUSY.tapiValue()).isEqualTo(3);
    assertThat(AgentSessionEvent.WRAPUP.tapiValue()).isEqualTo(4);
    assertThat(AgentSessionEvent.END.tapiValue()).isEqualTo(5);
    assertThat(AgentSessionEvent.values()).hasSize(6);
    assertRoundTripAndRejection(
        AgentSessionEvent.values(),
        AgentSessionEvent::tapiValue,
        AgentSessionEvent::fromTapi,
        -1,
        6);
  }

  @Test
  void agent_states_carry_their_as_values_and_lineagentstateex_bits() {
    assertThat(AgentState.NOT_READY.tapiValue()).isEqualTo(0);
    assertThat(AgentState.READY.tapiValue()).isEqualTo(1);
    assertThat(AgentState.BUSY_ACD.tapiValue()).isEqualTo(2);
    assertThat(AgentState.BUSY_INCOMING.tapiValue()).isEqualTo(3);
    assertThat(AgentState.BUSY_OUTGOING.tapiValue()).isEqualTo(4);
    assertThat(AgentState.UNKNOWN.tapiValue()).isEqualTo(5);
    assertThat(AgentState.NOT_READY.lineBit()).isEqualTo(0x1);
    assertThat(AgentState.READY.lineBit()).isEqualTo(0x2);
    assertThat(AgentState.BUSY_ACD.lineBit()).isEqualTo(0x4);
    assertThat(AgentState.BUSY_INCOMING.lineBit()).isEqualTo(0x8);
    assertThat(AgentState.BUSY_OUTGOING.lineBit()).isEqualTo(0x10);
    assertThat(AgentState.UNKNOWN.lineBit()).isEqualTo(0x20);
    assertThat(AgentState.values()).hasSize(6);
    assertRoundTripAndRejection(
        AgentState.values(), AgentState::tapiValue, AgentState::fromTapi, -1, 6);
    for (AgentState state : AgentState.values()) {
      assertThat(AgentState.fromLineBit(state.lineBit())).isSameAs(state);
    }
    // RELEASED (0x40) has no TAPI 3 counterpart
    assertThatIllegalArgumentException().isThrownBy(() -> AgentState.fromLineBit(0x40));
    assertThatIllegalArgumentException().isThrownBy(() -> AgentState.fromLineBit(0));
    assertThatIllegalArgumentException().isThrownBy(() -> AgentState.fromLineBit(0x3));
  }

  @Test
  void agent_events_carry_their_ae_values_and_match_the_agent_states() {
    assertThat(AgentEvent.NOT_READY.tapiValue()).isEqualTo(0);
    assertThat(AgentEvent.READY.tapiValue()).isEqualTo(1);
    assertThat(AgentEvent.BUSY_ACD.tapiValue()).isEqualTo(2);
    assertThat(AgentEvent.BUSY_INCOMING.tapiValue()).isEqualTo(3);
    assertThat(AgentEvent.BUSY_OUTGOING.tapiValue()).isEqualTo(4);
    assertThat(AgentEvent.UNKNOWN.tapiValue()).isEqualTo(5);
    assertThat(AgentEvent.values()).hasSize(6);
    assertRoundTripAndRejection(
        AgentEvent.values(), AgentEvent::tapiValue, AgentEvent::fromTapi, -1, 6);
    for (AgentState state : AgentState.values()) {
      assertThat(state.event().name()).isEqualTo(state.name());
    }
  }

  @Test
  void group_queue_and_handler_events_carry_their_values() {
    assertThat(AcdGroupEvent.NEW_GROUP.tapiValue()).isEqualTo(0);
    assertThat(AcdGroupEvent.GROUP_REMOVED.tapiValue()).isEqualTo(1);
    assertThat(AcdQueueEvent.NEW_QUEUE.tapiValue()).isEqualTo(0);
    assertThat(AcdQueueEvent.QUEUE_REMOVED.tapiValue()).isEqualTo(1);
    assertThat(AgentHandlerEvent.NEW_AGENTHANDLER.tapiValue()).isEqualTo(0);
    assertThat(AgentHandlerEvent.AGENTHANDLER_REMOVED.tapiValue()).isEqualTo(1);
    assertRoundTripAndRejection(
        AcdGroupEvent.values(), AcdGroupEvent::tapiValue, AcdGroupEvent::fromTapi, -1, 2);
    assertRoundTripAndRejection(
        AcdQueueEvent.values(), AcdQueueEvent::tapiValue, AcdQueueEvent::fromTapi, -1, 2);
    assertRoundTripAndRejection(
        AgentHandlerEvent.values(),
        AgentHandlerEvent::tapiValue,
        AgentHandlerEvent::fromTapi,
        -1,
        2);
  }

  @Test
  void in_every_mapped_row_the_tapi22_bit_is_one_shifted_by_the_tapi3_value() {
    for (AgentSessionState state : AgentSessionState.values()) {
      assertThat(state.lineBit()).as("%s", state).isEqualTo(1 << state.tapiValue());
    }
    for (AgentState state : AgentState.values()) {
      assertThat(state.lineBit()).as("%s", state).isEqualTo(1 << state.tapiValue());
    }
  }

  private static <E> void assertRoundTripAndRejection(
      E[] values, ToIntFunction<E> value, IntFunction<E> fromTapi, int... unknown) {
    assertThat(Arrays.stream(values).mapToInt(value).distinct().count()).isEqualTo(values.length);
    for (E e : values) {
      assertThat(fromTapi.apply(value.applyAsInt(e))).isSameAs(e);
    }
    for (int bad : unknown) {
      assertThatIllegalArgumentException()
          .as("fromTapi(%d)", bad)
          .isThrownBy(() -> fromTapi.apply(bad))
          .withMessageContaining(String.valueOf(bad));
    }
  }
}
