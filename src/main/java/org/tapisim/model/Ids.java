package org.tapisim.model;

import java.util.Objects;

/** Shared validation of identifier text. */
final class Ids {
  private Ids() {}

  static void check(String value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " is blank");
    }
    if (value.indexOf('/') >= 0) {
      throw new IllegalArgumentException(what + " contains '/': " + value);
    }
  }
}
