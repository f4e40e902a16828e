package org.tapisim.acd;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/** Durations are written as scripts spell them, whatever the machine's locale. */
class DurationsTest {

  @Test
  void durations_read_as_a_script_would_write_them() {
    assertThat(Durations.format(Duration.ZERO)).isEqualTo("0s");
    assertThat(Durations.format(Duration.ofMillis(250))).isEqualTo("250ms");
    assertThat(Durations.format(Duration.ofMinutes(90))).isEqualTo("1h30m");
    assertThat(Durations.format(Duration.ofMillis(1500))).isEqualTo("1.5s");
    assertThat(Durations.format(Duration.ofSeconds(61, 5))).isEqualTo("1m1.000000005s");
  }

  @Test
  @ResourceLock(Resources.LOCALE)
  void a_locale_with_other_digits_does_not_change_them() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("th-TH-u-nu-thai"));
      assertThat(Durations.format(Duration.ofMillis(1050))).isEqualTo("1.05s");
    } finally {
      Locale.setDefault(before);
    }
  }
}
