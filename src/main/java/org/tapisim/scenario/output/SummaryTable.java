package org.tapisim.scenario.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a {@link RunSummary} as a plain-text table for the end of a run: the run in one line,
 * then per queue (with the Erlang prediction, when there is one, on the line below), per session,
 * and the expectations.
 *
 * <pre>
 * Inbound sales (seed 42)
 * simulated 00:01:30.000 (2026-11-23T08:00:00Z .. 2026-11-23T08:01:30Z): 36 events, 5 calls, wall 12 ms
 *
 * queue   offered answered abandoned blocked waiting     SL    T    ASA P(wait) P(aband)   occ
 * sales         4        3         1       1       0  75.0%  20s   0.0s   25.0%    25.0% 61.3%
 *   Erlang C, 0.75 Erl, 2 agents                         80.1%        3.2s   30.0%     0.0% 37.5%
 * </pre>
 *
 * <p>Past the session limit (50 by default) the rest are counted in one line, so the table stays
 * short for thousands of sessions. Numbers are formatted independently of the locale; lines end
 * with LF. Immutable and thread-safe.
 */
public final class SummaryTable {
  /** How many sessions are listed by default. */
  public static final int DEFAULT_SESSION_LIMIT = 50;

  private static final int MAX_NAME_WIDTH = 32;
  private static final String QUEUE_HEADER =
      " offered answered abandoned blocked waiting     SL    T     ASA P(wait) P(aband)    occ";
  private static final String SESSION_HEADER = " state          calls      talk   wrap-up    occ";

  private final int sessionLimit;

  private SummaryTable(int sessionLimit) {
    this.sessionLimit = sessionLimit;
  }

  /** Returns a table that lists up to {@value #DEFAULT_SESSION_LIMIT} sessions. */
  public static SummaryTable standard() {
    return new SummaryTable(DEFAULT_SESSION_LIMIT);
  }

  /**
   * Returns a table that lists up to {@code limit} sessions.
   *
   * @throws IllegalArgumentException if {@code limit} is negative
   */
  public SummaryTable withSessionLimit(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("session limit is negative: " + limit);
    }
    return new SummaryTable(limit);
  }

  /** Returns the table as text. */
  public String render(RunSummary summary) {
    StringBuilder text = new StringBuilder(4096);
    try {
      write(summary, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not fail
    }
    return text.toString();
  }

  /**
   * Writes the table to {@code out}.
   *
   * @throws IOException if {@code out} fails
   */
  public void write(RunSummary summary, Appendable out) throws IOException {
    RunSummary.Simulated sim = summary.simulated();
    out.append(summary.scenario()).append(" (seed ").append(Long.toString(summary.seed()));
    out.append(")\n");
    out.append(
        format(
            "simulated %s (%s .. %s): %d events, %d calls, wall %d ms\n",
            clock(sim.duration()),
            sim.start(),
            sim.end(),
            summary.run().events(),
            summary.run().calls(),
            summary.run().wallMillis()));
    queues(summary.queues(), out);
    sessions(summary.sessions(), out);
    RunSummary.Expectations expectations = summary.expectations();
    out.append(
        format(
            "\nexpectations: %d passed, %d failed\n",
            expectations.passed(), expectations.failed()));
  }

  private static void queues(Map<?, QueueSummary> queues, Appendable out) throws IOException {
    if (queues.isEmpty()) {
      return;
    }
    int width = nameWidth(queues.keySet(), "queue");
    out.append('\n').append(pad("queue", width)).append(QUEUE_HEADER).append('\n');
    for (Map.Entry<?, QueueSummary> entry : queues.entrySet()) {
      QueueSummary q = entry.getValue();
      out.append(pad(entry.getKey().toString(), width));
      out.append(
          format(
              " %7d %8d %9d %7d %7d %6s %4s %7s %7s %8s %6s\n",
              q.offered(),
              q.answered(),
              q.abandoned(),
              q.blocked(),
              q.inQueueAtEnd(),
              percent(q.serviceLevel()),
              shortSeconds(q.serviceLevelThreshold()),
              span(q.asa()),
              percent(q.pWait()),
              percent(q.pAbandon()),
              percent(q.occupancy())));
      if (q.erlang() != null) {
        ErlangFigures e = q.erlang();
        String label =
            format("  Erlang %s, %.2f Erl, %d agents", e.model(), e.offeredLoad(), e.agents());
        int before = width + QUEUE_HEADER.indexOf("     SL");
        out.append(pad(label, before));
        out.append(
            format(
                " %6s %4s %7s %7s %8s %6s\n",
                percent(e.serviceLevel()),
                "",
                Double.isFinite(e.asaSeconds()) ? span(seconds(e.asaSeconds())) : "inf",
                percent(e.pWait()),
                percent(e.pAbandon()),
                percent(e.occupancy())));
      }
    }
  }

  private void sessions(Map<?, SessionSummary> sessions, Appendable out) throws IOException {
    if (sessions.isEmpty()) {
      return;
    }
    int shown = Math.min(sessions.size(), sessionLimit);
    int width = nameWidth(sessions.keySet().stream().limit(shown).toList(), "session");
    out.append('\n').append(pad("session", width)).append(SESSION_HEADER).append('\n');
    int row = 0;
    for (Map.Entry<?, SessionSummary> entry : sessions.entrySet()) {
      if (row++ == shown) {
        break;
      }
      SessionSummary s = entry.getValue();
      out.append(pad(entry.getKey().toString(), width));
      out.append(
          format(
              " %-13s %6d %9s %9s %6s\n",
              s.state(),
              s.calls(),
              hours(s.totalTalk()),
              hours(s.totalWrapup()),
              percent(s.occupancy())));
    }
    int more = sessions.size() - shown;
    if (more > 0) {
      out.append(format("… %d more session%s (see --summary FILE)\n", more, more == 1 ? "" : "s"));
    }
  }

  private static int nameWidth(Iterable<?> names, String header) {
    int width = header.length();
    for (Object name : names) {
      width = Math.max(width, name.toString().length());
    }
    return Math.min(width, MAX_NAME_WIDTH);
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }

  private static String format(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }

  private static String percent(double share) {
    return format("%.1f%%", share * 100);
  }

  private static Duration seconds(double seconds) {
    return Duration.ofNanos(Math.round(seconds * 1e9));
  }

  /** A threshold in whole seconds when it is one, else with decimals: {@code 20s}, {@code 2.5s}. */
  private static String shortSeconds(Duration span) {
    return span.getNano() == 0
        ? span.getSeconds() + "s"
        : Decimals.seconds(span).replaceFirst("0+$", "") + "s";
  }

  /** A wait: {@code 12.3s} under ten minutes, then {@code 12m05s}, then {@code 3h02m}. */
  static String span(Duration span) {
    long seconds = span.getSeconds();
    if (seconds < 600) {
      return format("%.1fs", span.toNanos() / 1e9);
    }
    if (seconds < 36_000) {
      return format("%dm%02ds", seconds / 60, seconds % 60);
    }
    return format("%dh%02dm", seconds / 3600, seconds / 60 % 60);
  }

  /** A total as {@code H:MM:SS}, hours unbounded, truncated to the second. */
  static String hours(Duration span) {
    long seconds = span.getSeconds();
    return format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
  }

  /** A length of time as {@code HH:MM:SS.mmm}, hours unbounded. */
  static String clock(Duration span) {
    long millis = span.toMillis();
    long seconds = millis / 1000;
    return format(
        "%02d:%02d:%02d.%03d", seconds / 3600, seconds / 60 % 60, seconds % 60, millis % 1000);
  }
}
