package org.tapisim.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.tapisim.model.AgentSessionState;
import org.tapisim.model.AgentState;
import org.tapisim.model.LineError;
import org.tapisim.model.TapiException;

class TapiValuesTest {

  @Test
  void an_ole_date_counts_days_from_1899_12_30() {
    assertThat(TapiValues.instantOf(0.0)).isEqualTo(Instant.parse("1899-12-30T00:00:00Z"));
    assertThat(TapiValues.instantOf(45663.375)).isEqualTo(Instant.parse("2025-01-06T09:00:00Z"));
  }

  @Test
  void dwords_are_unsigned() {
    assertThat(TapiValues.seconds(-1)).isEqualTo(Duration.ofSeconds(0xFFFF_FFFFL));
    assertThat(TapiValues.count(-2)).isEqualTo(0xFFFF_FFFEL);
  }

  @Test
  void a_currency_is_scaled_by_ten_thousand() {
    assertThat(TapiValues.currency(125_000L)).isEqualTo(12.5);
    assertThat(TapiValues.currency(-1L)).isZero();
  }

  @Test
  void a_measurement_period_is_a_positive_whole_number_of_seconds() {
    assertThat(TapiValues.periodSeconds(Duration.ofMinutes(30), "q")).isEqualTo(1800);
    assertThat(TapiValues.periodSeconds(Duration.ofSeconds(0xFFFF_FFFFL), "q")).isEqualTo(-1);
    for (Duration bad :
        new Duration[] {
          Duration.ZERO, Duration.ofSeconds(-1), Duration.ofMillis(1500), Duration.ofDays(60_000)
        }) {
      assertThatThrownBy(() -> TapiValues.periodSeconds(bad, "queue sales"))
          .isInstanceOfSatisfying(
              TapiException.class, e -> assertThat(e.error()).isEqualTo(LineError.INVALPARAM))
          .hasMessageContaining("queue sales");
    }
  }

  @Test
  void released_states_have_no_tapi_3_name_and_are_mapped() {
    assertThat(StateMapper.sessionState(0x20)).isEqualTo(AgentSessionState.SESSION_ENDED);
    assertThat(StateMapper.sessionState(0x4)).isEqualTo(AgentSessionState.BUSY_ON_CALL);
    assertThat(StateMapper.agentState(0x40)).isEqualTo(AgentState.UNKNOWN);
    assertThat(StateMapper.agentState(0x3)).isEqualTo(AgentState.UNKNOWN);
    assertThatThrownBy(() -> StateMapper.sessionState(0x3))
        .isInstanceOfSatisfying(
            TapiException.class, e -> assertThat(e.error()).isEqualTo(LineError.OPERATIONFAILED));
  }
}
