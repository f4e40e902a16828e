package org.tapisim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class LineClosedTest {
  private static final Instant T = Instant.parse("2025-01-06T09:00:00Z");

  @Test
  void is_a_tapi_object_event_with_its_reason() {
    LineClosed closed = new LineClosed(T, 3, LineClosed.Reason.REINIT);

    assertThat(closed.tapiEventType()).isEqualTo(0x1);
    assertThat(closed.reason()).isEqualTo(LineClosed.Reason.REINIT);
    assertThat((TapiEvent) closed).isInstanceOf(LineClosed.class);
  }

  @Test
  void needs_a_time_a_positive_sequence_and_a_reason() {
    assertThatThrownBy(() -> new LineClosed(null, 1, LineClosed.Reason.CLOSED))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new LineClosed(T, 0, LineClosed.Reason.CLOSED))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LineClosed(T, 1, null)).isInstanceOf(NullPointerException.class);
  }
}
