package org.tapisim.scenario;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One thing wrong with a scenario script, with where it is: printed as {@code FILE:LINE:COLUMN:
 * message}, or {@code FILE: message} when no position applies.
 *
 * @param file the script
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 * @param message what is wrong, and the nearest valid choice where there is one
 */
public record ScriptProblem(Path file, int line, int column, String message)
    implements Comparable<ScriptProblem> {

  /** Checks the parts. */
  public ScriptProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("negative position " + line + ":" + column);
    }
  }

  /** Returns a problem at a position in {@code file}. */
  static ScriptProblem at(Path file, Position position, String message) {
    return new ScriptProblem(file, position.line(), position.column(), message);
  }

  @Override
  public int compareTo(ScriptProblem other) {
    int byLine = Integer.compare(line, other.line);
    return byLine != 0 ? byLine : Integer.compare(column, other.column);
  }

  /** Returns {@code FILE:LINE:COLUMN: message}. */
  @Override
  public String toString() {
    return line == 0 ? file + ": " + message : file + ":" + line + ":" + column + ": " + message;
  }
}
