package org.tapisim.scenario.erlang;

/**
 * Which queueing formula produced an {@link ErlangPrediction}.
 *
 * <p>Enums are immutable and thread-safe.
 */
public enum ErlangFormula {
  /** Erlang C: the M/M/c queue, callers never abandon, unbounded FIFO queue. */
  ERLANG_C,

  /**
   * Erlang A: the M/M/c+M queue (Palm 1943; Garnett, Mandelbaum and Reiman 2002), callers abandon
   * after an exponentially distributed patience.
   */
  ERLANG_A
}
