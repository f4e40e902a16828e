package org.tapisim.scenario.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DecimalsTest {

  @Test
  void writes_spans_in_seconds_exactly_with_a_fraction() {
    assertThat(Decimals.seconds(Duration.ZERO)).isEqualTo("0.0");
    assertThat(Decimals.seconds(Duration.ofHours(1))).isEqualTo("3600.0");
    assertThat(Decimals.seconds(Duration.ofNanos(1))).isEqualTo("0.000000001");
    assertThat(Decimals.seconds(Duration.ofMillis(12_250))).isEqualTo("12.25");
  }

  @Test
  void writes_numbers_rounded_to_nine_decimals_without_exponents() {
    assertThat(Decimals.number(0.4)).isEqualTo("0.4");
    assertThat(Decimals.number(1)).isEqualTo("1.0");
    assertThat(Decimals.number(2.0 / 3)).isEqualTo("0.666666667");
    assertThat(Decimals.number(1e-7)).isEqualTo("0.0000001");
    assertThat(Decimals.number(1e-12)).isEqualTo("0.0");
    assertThat(Decimals.number(1e12)).isEqualTo("1000000000000.0");
    assertThat(Decimals.number(-0.0)).isEqualTo("0.0");
    assertThatThrownBy(() -> Decimals.number(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
