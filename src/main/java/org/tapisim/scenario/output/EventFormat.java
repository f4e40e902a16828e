package org.tapisim.scenario.output;

import java.util.Locale;

/**
 * How an {@link EventLog} writes events: the CLI's {@code --format text|jsonl|csv}.
 *
 * <p>Immutable and thread-safe.
 */
public enum EventFormat {
  /** Aligned, human-readable columns, one line per event (the default on a terminal). */
  TEXT("text"),
  /** JSON Lines: one JSON object per line, the format tapisim can read back. */
  JSONL("jsonl"),
  /** Comma-separated values with a header line, quoted per RFC 4180 where needed. */
  CSV("csv");

  private final String cliName;

  EventFormat(String cliName) {
    this.cliName = cliName;
  }

  /**
   * Returns the word that names it on the command line: {@code text}, {@code jsonl} or {@code csv}.
   */
  public String cliName() {
    return cliName;
  }

  /**
   * Returns the format a command-line word names, ignoring case.
   *
   * @throws IllegalArgumentException naming the valid words if {@code word} is none of them
   */
  public static EventFormat parse(String word) {
    String wanted = word == null ? "" : word.trim().toLowerCase(Locale.ROOT);
    for (EventFormat format : values()) {
      if (format.cliName.equals(wanted)) {
        return format;
      }
    }
    throw new IllegalArgumentException(
        "unknown event format '" + word + "'; expected one of: text, jsonl, csv");
  }

  @Override
  public String toString() {
    return cliName;
  }
}
