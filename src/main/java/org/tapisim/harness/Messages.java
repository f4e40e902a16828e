package org.tapisim.harness;

/**
 * Builds failure messages in one shape: the entity named, then what was expected and what was
 * found, each on its own indented line. Stateless.
 */
final class Messages {
  private static final String NL = System.lineSeparator();

  private Messages() {}

  /**
   * Returns {@code Expecting ENTITY / EXPECTATION: / EXPECTED / FINDING: / ACTUAL}, one part per
   * line, the values indented.
   */
  static String expecting(
      String entity, String expectation, Object expected, String finding, Object actual) {
    return NL
        + "Expecting "
        + entity
        + NL
        + expectation
        + ":"
        + NL
        + indent(String.valueOf(expected))
        + NL
        + finding
        + ":"
        + NL
        + indent(String.valueOf(actual));
  }

  /** Indents every line of {@code text} by two spaces, unless it is indented already. */
  static String indent(String text) {
    if (text.startsWith("  ")) {
      return text;
    }
    return "  " + text.replace(NL, NL + "  ");
  }

  /** Returns a ratio as a plain number with up to four decimals, e.g. {@code 0.8125}. */
  static String ratio(double value) {
    return new java.math.BigDecimal(value)
        .setScale(4, java.math.RoundingMode.HALF_EVEN)
        .stripTrailingZeros()
        .toPlainString();
  }
}
