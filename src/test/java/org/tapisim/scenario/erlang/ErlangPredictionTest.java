package org.tapisim.scenario.erlang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ErlangPredictionTest {

  @Test
  void should_give_the_waits_as_durations_rounded_to_the_nanosecond() {
    ErlangPrediction prediction =
        new ErlangPrediction(
            ErlangFormula.ERLANG_A, 90, 0.5, 6.5082144271909925, 0.8, 0.01, 0.9, 1e10 + 0.25);

    assertThat(prediction.asa()).isEqualTo(Duration.ofNanos(6_508_214_427L));
    assertThat(prediction.averageWait())
        .isEqualTo(Duration.ofSeconds(10_000_000_000L, 250_000_000));
  }

  @Test
  void should_reject_a_probability_outside_zero_to_one() {
    assertThatThrownBy(() -> prediction(1.0000001, 0.5, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pWait must be a probability in [0, 1], was 1.0000001");
    assertThatThrownBy(() -> prediction(0.5, Double.NaN, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("serviceLevel must be a probability in [0, 1], was NaN");
  }

  @Test
  void should_reject_a_wait_that_is_negative_or_infinite() {
    assertThatThrownBy(
            () ->
                new ErlangPrediction(
                    ErlangFormula.ERLANG_C, 1, 0.5, Double.POSITIVE_INFINITY, 0.5, 0, 0.5, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("asaSeconds must be a finite number of seconds");
    assertThatThrownBy(
            () -> new ErlangPrediction(ErlangFormula.ERLANG_C, 1, 0.5, 1, 0.5, 0, 0.5, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("averageWaitSeconds must be a finite number of seconds");
  }

  @Test
  void should_reject_abandonment_in_erlang_c() {
    assertThatThrownBy(() -> prediction(0.5, 0.5, 0.01))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Erlang C callers never abandon, but pAbandon was 0.01");
  }

  @Test
  void should_reject_an_offered_load_that_is_not_positive() {
    assertThatThrownBy(
            () -> new ErlangPrediction(ErlangFormula.ERLANG_A, 0, 0.5, 1, 0.5, 0, 0.5, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("offered load must be positive and finite, was 0.0");
  }

  private static ErlangPrediction prediction(double pWait, double serviceLevel, double pAbandon) {
    return new ErlangPrediction(
        ErlangFormula.ERLANG_C, 1, pWait, 1, serviceLevel, pAbandon, 0.5, 1);
  }
}
