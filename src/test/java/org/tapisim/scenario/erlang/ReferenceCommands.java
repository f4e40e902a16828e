package org.tapisim.scenario.erlang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;

/** Builds models from erlang.py command lines and compares numbers with a relative tolerance. */
final class ReferenceCommands {

  private ReferenceCommands() {}

  /**
   * Returns the model of an erlang.py command line: {@code python3 erlang.py c LAMBDA_PER_HOUR
   * AHT_S AGENTS T_S} or {@code ... a LAMBDA_PER_HOUR AHT_S AGENTS T_S PATIENCE_S}.
   */
  static ErlangModel model(String command) {
    String[] words = command.trim().split("\\s+");
    if (words.length < 7 || !words[1].equals("erlang.py")) {
      throw new IllegalArgumentException("not an erlang.py c/a command: " + command);
    }
    ErlangModel model =
        ErlangModel.of(
            Double.parseDouble(words[3]),
            seconds(words[4]),
            Integer.parseInt(words[5]),
            seconds(words[6]));
    return switch (words[2]) {
      case "c" -> model;
      case "a" -> model.withMeanPatience(seconds(words[7]));
      default -> throw new IllegalArgumentException("not an erlang.py c/a command: " + command);
    };
  }

  static Duration seconds(String seconds) {
    return Duration.ofNanos(Math.round(Double.parseDouble(seconds) * 1e9));
  }

  /** Asserts |actual − expected| ≤ relative × |expected| (exact equality for an expected 0). */
  static void assertRelativelyClose(
      double actual, double expected, double relative, String what, Object where) {
    assertThat(actual)
        .as("%s of %s", what, where)
        .isCloseTo(expected, within(relative * Math.abs(expected)));
  }
}
