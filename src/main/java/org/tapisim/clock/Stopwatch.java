package org.tapisim.clock;

/**
 * Measures elapsed wall-clock time, for reporting how long a run took; the rest of tapisim does not
 * read the wall clock. Not thread-safe.
 */
public final class Stopwatch {
  private final long started = System.nanoTime();

  /** Starts a stopwatch now. */
  public static Stopwatch start() {
    return new Stopwatch();
  }

  /** Returns the wall-clock milliseconds since it started. */
  public long elapsedMillis() {
    return (System.nanoTime() - started) / 1_000_000;
  }
}
