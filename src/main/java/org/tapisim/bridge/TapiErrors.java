package org.tapisim.bridge;

import java.util.Locale;
import org.tapisim.model.LineError;
import org.tapisim.model.TapiException;

/** Turns TAPI's negative results into {@link TapiException}s. */
final class TapiErrors {
  private TapiErrors() {}

  /** Returns the exception for a failed request: {@code what} failed with {@code code}. */
  static TapiException failed(int code, String what) {
    LineError error = errorOf(code);
    String unknown =
        error == LineError.OPERATIONFAILED && code != LineError.OPERATIONFAILED.code()
            ? " with unknown code " + String.format(Locale.ROOT, "0x%08X", code)
            : "";
    return new TapiException(error, what + " failed" + unknown);
  }

  /** Returns the error with this code, OPERATIONFAILED for a code TAPI does not define. */
  static LineError errorOf(int code) {
    try {
      return LineError.fromCode(code);
    } catch (IllegalArgumentException notLineErr) {
      return LineError.OPERATIONFAILED;
    }
  }
}
