package org.tapisim.scenario;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The outcome of one expectation or one timeline step with {@code expect-error}, or a step that was
 * rejected: passed or failed, what was expected and what happened, and where in the script.
 *
 * @param file the script
 * @param where the expectation's or step's position
 * @param passed whether it held
 * @param message what was expected and, on failure, what happened instead
 */
public record Verdict(Path file, Position where, boolean passed, String message) {
  /** Checks the parts. */
  public Verdict {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(message, "message");
  }

  /** Returns {@code FILE:LINE:COLUMN: message}, the form failures are printed in. */
  @Override
  public String toString() {
    return file + ":" + where.line() + ":" + where.column() + ": " + message;
  }
}
