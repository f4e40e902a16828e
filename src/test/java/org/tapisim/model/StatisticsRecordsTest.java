package org.tapisim.model;

import static java.time.Duration.ZERO;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The statistics records refuse impossible values; the KPI records do the arithmetic. */
class StatisticsRecordsTest {

  private static QueueKpis queueKpis(
      long offered, long answered, long abandoned, long waited, long withinT) {
    return new QueueKpis(
        offered,
        answered,
        abandoned,
        0,
        waited,
        0,
        withinT,
        ofSeconds(20),
        ofSeconds(90),
        ofSeconds(120),
        ofSeconds(60));
  }

  @Test
  void queue_kpis_compute_the_erlang_measures_from_the_counts() {
    // 10 offered, 8 answered (90 s of waits in all), 2 abandoned (30 s more), 4 queued,
    // 7 answered within T
    QueueKpis kpis = queueKpis(10, 8, 2, 4, 7);

    assertThat(kpis.pWait()).isEqualTo(0.4); // 4 / 10
    assertThat(kpis.asa()).isEqualTo(Duration.ofMillis(11_250)); // 90 s / 8
    assertThat(kpis.averageWait()).isEqualTo(ofSeconds(12)); // 120 s / (8 + 2)
    assertThat(kpis.serviceLevel()).isEqualTo(0.7); // 7 / 10
    assertThat(kpis.pAbandon()).isEqualTo(0.2); // 2 / 10
  }

  @Test
  void queue_kpis_over_no_calls_are_zero() {
    QueueKpis none = new QueueKpis(0, 0, 0, 3, 0, 0, 0, ofSeconds(20), ZERO, ZERO, ZERO);

    assertThat(none.pWait()).isZero();
    assertThat(none.asa()).isEqualTo(ZERO);
    assertThat(none.averageWait()).isEqualTo(ZERO);
    assertThat(none.serviceLevel()).isZero();
    assertThat(none.pAbandon()).isZero();
  }

  @Test
  void queue_kpis_refuse_negative_values() {
    assertThatIllegalArgumentException().isThrownBy(() -> queueKpis(-1, 0, 0, 0, 0));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new QueueKpis(0, 0, 0, 0, 0, 0, 0, ofSeconds(-1), ZERO, ZERO, ZERO))
        .withMessageContaining("serviceLevelThreshold");
    assertThatNullPointerException()
        .isThrownBy(() -> new QueueKpis(0, 0, 0, 0, 0, 0, 0, null, ZERO, ZERO, ZERO));
  }

  @Test
  void session_kpis_compute_staffed_time_and_occupancy() {
    // 60 s not ready (not staffed), 60 s ready, 180 s talking, 60 s wrap-up
    SessionKpis kpis = new SessionKpis(ofSeconds(60), ofSeconds(60), ofSeconds(180), ofSeconds(60));

    assertThat(kpis.staffedTime()).isEqualTo(ofSeconds(300)); // 60 + 180 + 60
    assertThat(kpis.occupancy()).isCloseTo(0.8, within(1e-12)); // (180 + 60) / 300
  }

  @Test
  void occupancy_of_a_session_never_staffed_is_zero() {
    assertThat(new SessionKpis(ofSeconds(60), ZERO, ZERO, ZERO).occupancy()).isZero();
    assertThat(new SessionKpis(ZERO, ZERO, ofSeconds(1), ZERO).occupancy()).isEqualTo(1.0);
  }

  @Test
  void session_kpis_refuse_negative_times() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new SessionKpis(ZERO, ofSeconds(-1), ZERO, ZERO))
        .withMessageContaining("readyTime");
  }

  private static AgentSessionStatistics sessionStats(Duration talk, double rate) {
    return new AgentSessionStatistics(
        Instant.EPOCH, ZERO, 0, talk, ZERO, ZERO, ZERO, ZERO, ZERO, rate, ZERO, ZERO);
  }

  @Test
  void session_statistics_refuse_negative_or_missing_values() {
    assertThat(sessionStats(ZERO, 0.0).acdCallRate()).isZero();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> sessionStats(ofSeconds(-1), 0))
        .withMessageContaining("totalTalkTime");
    assertThatNullPointerException().isThrownBy(() -> sessionStats(null, 0));
    assertThatNullPointerException()
        .isThrownBy(
            () ->
                new AgentSessionStatistics(
                    null, ZERO, 0, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO, 0, ZERO, ZERO));
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new AgentSessionStatistics(
                    Instant.EPOCH, ZERO, -1, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO, 0, ZERO, ZERO));
  }

  @ParameterizedTest
  @ValueSource(doubles = {-1.0, -0.001, Double.NaN, Double.POSITIVE_INFINITY})
  void rates_must_be_finite_and_not_negative(double rate) {
    assertThatIllegalArgumentException().isThrownBy(() -> sessionStats(ZERO, rate));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new AgentStatistics(ZERO, rate, 0, 0, 0, ZERO, ZERO, ZERO));
  }

  @Test
  void agent_and_queue_statistics_refuse_negative_values() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new AgentStatistics(ZERO, 0, -1, 0, 0, ZERO, ZERO, ZERO));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new AgentStatistics(ofSeconds(-1), 0, 0, 0, 0, ZERO, ZERO, ZERO));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new QueueStatistics(ZERO, 0, -1, 0, 0, 0, ZERO, ZERO, ZERO, 0));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new QueueStatistics(ZERO, 0, 0, 0, 0, 0, ZERO, ZERO, ofSeconds(-1), 0));
    assertThat(new QueueStatistics(ZERO, 1, 2, 3, 4, 5, ZERO, ZERO, ZERO, 6).finalDisposition())
        .isEqualTo(6);
  }
}
