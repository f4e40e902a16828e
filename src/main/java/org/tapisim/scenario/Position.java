package org.tapisim.scenario;

/**
 * A place in a script, as a line and a column.
 *
 * @param line 1-based line
 * @param column 1-based column
 */
public record Position(int line, int column) {

  /** Returns the position {@code offset} characters further along the same line. */
  public Position plus(int offset) {
    return new Position(line, column + offset);
  }
}
