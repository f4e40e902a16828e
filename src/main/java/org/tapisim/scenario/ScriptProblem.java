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

  /** The longest message kept whole; longer ones (quoting huge values) are cut in the middle. */
  private static final int MAX_MESSAGE = 1000;

  /**
   * Checks the parts and makes the message one printable line: line breaks and other control
   * characters (which a quoted YAML value can hold) are escaped, and a very long message is cut.
   */
  public ScriptProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("negative position " + line + ":" + column);
    }
    message = oneLine(message);
  }

  private static String oneLine(String message) {
    StringBuilder line = new StringBuilder(Math.min(message.length(), MAX_MESSAGE + 16));
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      if (c == '\n') {
        line.append("\\n");
      } else if (c == '\r') {
        line.append("\\r");
      } else if (c == '\t') {
        line.append("\\t");
      } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        line.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
      } else {
        line.append(c);
      }
    }
    if (line.length() > MAX_MESSAGE) {
      int tail = MAX_MESSAGE / 3;
      return line.substring(0, MAX_MESSAGE - tail) + " … " + line.substring(line.length() - tail);
    }
    return line.toString();
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
