package org.tapisim.scenario.erlang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ErlangModelTest {

  private static final Duration AHT = Duration.ofSeconds(300);
  private static final Duration T = Duration.ofSeconds(20);

  @Test
  void should_offer_the_arrival_rate_times_the_handle_time_in_erlangs() {
    assertThat(ErlangModel.of(1080, AHT, 100, T).offeredLoad()).isEqualTo(90.0);
    assertThat(ErlangModel.of(1, Duration.ofMillis(1800), 1, T).offeredLoad())
        .isCloseTo(0.0005, within(1e-19));
  }

  @Test
  void should_copy_with_patience_without_patience_and_with_other_agents() {
    ErlangModel model = ErlangModel.of(1080, AHT, 100, T);
    ErlangModel impatient = model.withMeanPatience(Duration.ofSeconds(180));

    assertThat(model.meanPatience()).isEmpty();
    assertThat(impatient.meanPatience()).contains(Duration.ofSeconds(180));
    assertThat(impatient.withoutPatience()).isEqualTo(model);
    assertThat(impatient.withAgents(90))
        .isEqualTo(new ErlangModel(1080, AHT, 90, T, Optional.of(Duration.ofSeconds(180))));
  }

  @Test
  void should_reject_an_arrival_rate_that_is_not_positive_and_finite() {
    for (double rate : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> ErlangModel.of(rate, AHT, 1, T))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "arrival rate must be a positive finite number of calls per hour, was " + rate);
    }
  }

  @Test
  void should_reject_a_handle_time_that_is_not_positive() {
    assertThatThrownBy(() -> ErlangModel.of(10, Duration.ZERO, 1, T))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mean handle time must be positive, was PT0S");
    assertThatThrownBy(() -> ErlangModel.of(10, Duration.ofSeconds(-1), 1, T))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mean handle time must be positive, was PT-1S");
  }

  @Test
  void should_reject_fewer_than_one_agent() {
    assertThatThrownBy(() -> ErlangModel.of(10, AHT, 0, T))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("agents must be at least 1, was 0");
  }

  @Test
  void should_reject_a_negative_threshold_but_accept_zero() {
    assertThatThrownBy(() -> ErlangModel.of(10, AHT, 1, Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("service-level threshold must not be negative, was PT-0.001S");
    assertThat(ErlangModel.of(10, AHT, 1, Duration.ZERO).serviceLevelThreshold()).isZero();
  }

  @Test
  void should_reject_a_patience_that_is_not_positive() {
    ErlangModel model = ErlangModel.of(10, AHT, 1, T);

    assertThatThrownBy(() -> model.withMeanPatience(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("mean patience must be positive")
        .hasMessageEndingWith("was PT0S");
  }

  @Test
  void should_reject_an_offered_load_that_underflows() {
    assertThatThrownBy(() -> ErlangModel.of(Double.MIN_VALUE, Duration.ofNanos(1), 1, T))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("offered load (arrival rate × mean handle time) must be");
  }

  @Test
  void should_reject_missing_parts_by_name() {
    assertThatThrownBy(() -> ErlangModel.of(10, null, 1, T))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("meanHandleTime");
    assertThatThrownBy(() -> ErlangModel.of(10, AHT, 1, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("serviceLevelThreshold");
    assertThatThrownBy(() -> new ErlangModel(10, AHT, 1, T, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageStartingWith("meanPatience");
  }
}
