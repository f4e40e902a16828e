package org.tapisim.scenario.output;

import java.util.Arrays;
import org.tapisim.model.AgentSessionState;
import org.tapisim.model.SessionId;

/**
 * One session's states over sim time, as runs of (start, state) in time order; each run lasts until
 * the next one starts, the last until the end of the run.
 *
 * <p>The lane is kept within a number of runs by {@link #coarsen}: time is cut into cells of equal
 * length from sim time zero, each cell takes the state that filled most of it, and neighbouring
 * cells with the same state become one run. Runs added later are exact until the next coarsening.
 * Owned by one thread.
 */
final class StateLane {
  static final byte ENDED = (byte) AgentSessionState.SESSION_ENDED.ordinal();
  private static final int STATES = AgentSessionState.values().length;

  final SessionId session;
  private long[] starts = new long[8];
  private byte[] states = new byte[8];
  private int count;

  StateLane(SessionId session) {
    this.session = session;
  }

  /** Returns how many runs it holds. */
  int size() {
    return count;
  }

  long start(int run) {
    return starts[run];
  }

  byte state(int run) {
    return states[run];
  }

  /** Records that the session entered {@code state} at {@code time} (nanoseconds from zero). */
  void enter(long time, byte state) {
    if (count > 0 && time <= starts[count - 1]) {
      // a change at the same instant replaces the zero-length run before it
      time = starts[count - 1];
      count--;
    }
    if (count > 0 && states[count - 1] == state) {
      return;
    }
    if (count == starts.length) {
      int grown = count * 2;
      starts = Arrays.copyOf(starts, grown);
      states = Arrays.copyOf(states, grown);
    }
    starts[count] = time;
    states[count] = state;
    count++;
  }

  /**
   * Tells whether a run before {@code end} is shorter than {@code span} (it would be drawn too
   * thin).
   */
  boolean hasRunShorterThan(long span, long end) {
    for (int run = 0; run < count; run++) {
      long to = run + 1 < count ? starts[run + 1] : end;
      if (starts[run] < end && to - starts[run] < span) {
        return true;
      }
    }
    return false;
  }

  /** Returns a copy, to coarsen for drawing without touching the collector's lane. */
  StateLane copy() {
    StateLane copy = new StateLane(session);
    copy.starts = Arrays.copyOf(starts, Math.max(count, 1));
    copy.states = Arrays.copyOf(states, Math.max(count, 1));
    copy.count = count;
    return copy;
  }

  /**
   * Re-cuts the lane into cells of {@code cell} nanoseconds from time zero, up to {@code end}; each
   * cell takes the state that occupied most of it (ties to the lower state ordinal). Where the lane
   * starts inside a cell, the first run keeps its exact start. When {@code end} is the start of the
   * last run, that run is left open and exact.
   */
  void coarsen(long cell, long end) {
    if (count == 0 || cell <= 0) {
      return;
    }
    long[] outStarts = new long[count + 1];
    byte[] outStates = new byte[count + 1];
    int out = 0;
    long[] filled = new long[STATES];
    long laneStart = starts[0];
    long currentCell = laneStart / cell;
    boolean pending = false;
    for (int i = 0; i < count; i++) {
      long from = starts[i];
      long to = i + 1 < count ? starts[i + 1] : Math.max(end, from);
      byte state = states[i];
      while (from < to) {
        long index = from / cell;
        if (index != currentCell) {
          if (pending) {
            out = emit(outStarts, outStates, out, currentCell * cell, laneStart, majority(filled));
            Arrays.fill(filled, 0);
            pending = false;
          }
          currentCell = index;
        }
        long cellEnd = (index + 1) * cell;
        if (from == index * cell && to >= cellEnd) {
          // whole cells of one state: one run, no accounting needed
          long wholeEnd = to - (to % cell);
          out = emit(outStarts, outStates, out, from, laneStart, state);
          from = wholeEnd;
          currentCell = wholeEnd / cell;
          continue;
        }
        long upTo = Math.min(to, cellEnd);
        filled[state] += upTo - from;
        pending = true;
        from = upTo;
      }
    }
    if (pending) {
      out = emit(outStarts, outStates, out, currentCell * cell, laneStart, majority(filled));
    }
    if (end <= starts[count - 1]) {
      // keep the open last run exact
      out = emit(outStarts, outStates, out, starts[count - 1], laneStart, states[count - 1]);
    }
    starts = outStarts;
    states = outStates;
    count = out;
  }

  private static int emit(
      long[] outStarts, byte[] outStates, int out, long start, long laneStart, byte state) {
    start = Math.max(start, laneStart);
    if (out > 0 && start <= outStarts[out - 1]) {
      out--; // the new run starts where the previous one did: it replaces it
      start = outStarts[out];
    }
    if (out > 0 && outStates[out - 1] == state) {
      return out;
    }
    outStarts[out] = start;
    outStates[out] = state;
    return out + 1;
  }

  private static byte majority(long[] filled) {
    int best = 0;
    for (int s = 1; s < filled.length; s++) {
      if (filled[s] > filled[best]) {
        best = s;
      }
    }
    return (byte) best;
  }
}
