package org.tapisim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** LINEERR_ codes as TAPI returns them, and the exception that carries them. */
class LineErrorTest {

  /** Every row of TAPI.md §5's LINEERR_ table: hex, name. */
  @ParameterizedTest(name = "{1} = {0}")
  @CsvSource({
    "80000001, ALLOCATED",
    "80000002, BADDEVICEID",
    "8000000C, INCOMPATIBLEAPIVERSION",
    "8000000E, INIFILECORRUPT",
    "80000011, INVALADDRESSID",
    "80000014, INVALAPPHANDLE",
    "80000015, INVALAPPNAME",
    "80000018, INVALCALLHANDLE",
    "8000002A, INVALGROUPID",
    "8000002B, INVALLINEHANDLE",
    "8000002F, INVALMEDIAMODE",
    "80000032, INVALPARAM",
    "80000035, INVALPOINTER",
    "80000036, INVALPRIVSELECT",
    "80000042, NODEVICE",
    "80000043, NODRIVER",
    "80000044, NOMEM",
    "80000047, NOTREGISTERED",
    "80000048, OPERATIONFAILED",
    "80000049, OPERATIONUNAVAIL",
    "8000004B, RESOURCEUNAVAIL",
    "8000004D, STRUCTURETOOSMALL",
    "80000050, UNINITIALIZED",
    "80000052, REINIT",
    "80000055, INVALFEATURE",
    "80000057, INVALAGENTID",
    "80000058, INVALAGENTGROUP",
    "80000059, INVALPASSWORD",
    "8000005A, INVALAGENTSTATE",
    "8000005B, INVALAGENTACTIVITY",
    "8000005D, USERCANCELLED",
    "8000005E, INVALADDRESSTYPE",
    "8000005F, INVALAGENTSESSIONSTATE",
    "80000060, DISCONNECTED",
    "80000061, SERVICE_NOT_RUNNING",
  })
  void each_documented_error_has_its_tapi_h_value(String hex, String name) {
    LineError error = LineError.valueOf(name);
    int code = Integer.parseUnsignedInt(hex, 16);

    assertThat(error.code()).isEqualTo(code);
    assertThat(error.hex()).isEqualTo("0x" + hex);
    assertThat(LineError.fromCode(code)).isSameAs(error);
    assertThat(error.tapiName()).isEqualTo("LINEERR_" + name);
  }

  @Test
  void codes_are_the_negative_longs_tapi_returns() {
    // hex − 2^32, as TAPI.md spells out for three of them
    assertThat(LineError.INVALAGENTSESSIONSTATE.code()).isEqualTo(-2147483553);
    assertThat(LineError.STRUCTURETOOSMALL.code()).isEqualTo(-2147483571);
    assertThat(LineError.NOMEM.code()).isEqualTo(-2147483580);
    assertThat(LineError.values()).allSatisfy(e -> assertThat(e.code()).isNegative());
  }

  /** The full run 0x80000001–0x80000061 without the two unassigned values. */
  @Test
  void the_enum_is_the_whole_run_except_the_two_unassigned_codes() {
    Set<Integer> codes =
        Arrays.stream(LineError.values()).map(LineError::code).collect(Collectors.toSet());
    for (int low = 0x01; low <= 0x61; low++) {
      int code = 0x80000000 | low;
      boolean unassigned = low == 0x04 || low == 0x31;
      assertThat(codes.contains(code)).as("0x%08X", code).isEqualTo(!unassigned);
    }
    assertThat(LineError.values()).hasSize(0x61 - 2);
    // in code order, so a reader of the enum finds them as in tapi.h
    int[] inOrder = Arrays.stream(LineError.values()).mapToInt(LineError::code).toArray();
    assertThat(inOrder).isSorted();
  }

  @Test
  void the_error_the_simulator_uses_for_call_state_is_tapi_hs() {
    assertThat(LineError.INVALCALLSTATE.hex()).isEqualTo("0x8000001C");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, -1, 0x80000000, 0x80000004, 0x80000031, 0x80000062})
  void from_code_rejects_values_that_are_not_lineerr(int code) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> LineError.fromCode(code))
        .withMessageContaining(String.format("0x%08X", code));
  }

  @Test
  void from_name_accepts_the_bare_or_prefixed_name_in_any_case() {
    assertThat(LineError.fromName("INVALAGENTSESSIONSTATE"))
        .isSameAs(LineError.INVALAGENTSESSIONSTATE);
    assertThat(LineError.fromName("LINEERR_NOMEM")).isSameAs(LineError.NOMEM);
    assertThat(LineError.fromName("lineerr_structuretoosmall"))
        .isSameAs(LineError.STRUCTURETOOSMALL);
    assertThat(LineError.fromName("service_not_running")).isSameAs(LineError.SERVICE_NOT_RUNNING);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "LINEERR_", "NOSUCHERROR", "LINEERR_LINEERR_NOMEM", "NOMEM "})
  void from_name_rejects_unknown_names(String name) {
    assertThatIllegalArgumentException().isThrownBy(() -> LineError.fromName(name));
  }

  @Test
  void a_tapi_exception_carries_its_error_and_names_it_in_the_message() {
    TapiException e = new TapiException(LineError.INVALAGENTID, "agent x refused");

    assertThat(e.error()).isSameAs(LineError.INVALAGENTID);
    assertThat(e).hasMessage("agent x refused (LINEERR_INVALAGENTID)").hasNoCause();
    assertThat(e).isInstanceOf(RuntimeException.class);

    IllegalStateException cause = new IllegalStateException("boom");
    TapiException wrapped = new TapiException(LineError.OPERATIONFAILED, "failed", cause);
    assertThat(wrapped.error()).isSameAs(LineError.OPERATIONFAILED);
    assertThat(wrapped).hasMessage("failed (LINEERR_OPERATIONFAILED)").hasCause(cause);
  }

  @Test
  void a_tapi_exception_needs_a_message() {
    assertThatNullPointerException()
        .isThrownBy(() -> new TapiException(LineError.NOMEM, null))
        .withMessageContaining("message");
  }

  @Test
  void an_invalid_session_state_names_the_session_the_current_and_the_requested_state() {
    TapiException e =
        TapiException.invalidSessionState(
            SessionId.parse("alice/sales"),
            AgentSessionState.NOT_READY,
            AgentSessionState.BUSY_ON_CALL);

    assertThat(e.error()).isSameAs(LineError.INVALAGENTSESSIONSTATE);
    assertThat(e.getMessage())
        .contains("alice/sales", "NOT_READY", "BUSY_ON_CALL", "LINEERR_INVALAGENTSESSIONSTATE");
  }
}
