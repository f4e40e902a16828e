package org.tapisim.scenario.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tapisim.model.QueueId;

/** The summary table printed at the end of a run. */
class SummaryTableTest {

  @Test
  void shows_the_run_and_each_queues_figures() {
    String table = SummaryTable.standard().render(SummaryExample.withSessions(1));
    assertThat(table)
        .startsWith("Inbound \"sales\", morning peak (seed 42)\n")
        .contains(
            "simulated 01:00:00.000 (2000-01-01T00:00:00Z .. 2000-01-01T01:00:00Z):"
                + " 123456 events, 1000 calls, wall 532 ms\n")
        .contains(
            "queue   offered answered abandoned blocked waiting     SL    T     ASA P(wait)"
                + " P(aband)    occ\n")
        .contains(
            "sales      1000      990        10       0       0  85.0%  20s   12.3s   40.0%"
                + "     1.0%  80.0%\n")
        .contains(
            "support       0        0         0       2       3   0.0% 2.5s    0.0s    0.0%"
                + "     0.0%   0.0%\n");
  }

  @Test
  void puts_the_erlang_prediction_under_the_simulated_figures() {
    String table = SummaryTable.standard().render(SummaryExample.withSessions(1));
    assertThat(table)
        .contains(
            "  Erlang C, 7.85 Erl, 10 agents                     86.1%        11.3s   38.0%"
                + "     0.0%  78.5%\n")
        .contains("  Erlang C, 3.00 Erl, 2 agents")
        .contains("     inf  100.0%");
    String[] lines = table.split("\n");
    int sales = indexOfLineStarting(lines, "sales");
    assertThat(lines[sales + 1]).startsWith("  Erlang C, 7.85");
    assertThat(lines[sales + 1].indexOf("86.1%")).isEqualTo(lines[sales].indexOf("85.0%"));
  }

  @Test
  void shows_each_session_and_the_expectations() {
    String table = SummaryTable.standard().render(SummaryExample.withSessions(2));
    assertThat(table)
        .contains("session        state          calls      talk   wrap-up    occ\n")
        .contains("alice/sales    READY             10   0:30:00   0:03:20  62.5%\n")
        .contains("pool-001/sales READY             10   0:30:00   0:03:20  62.5%\n")
        .endsWith("\nexpectations: 3 passed, 0 failed\n")
        .doesNotContain("more session");
  }

  @Test
  void lists_fifty_sessions_and_counts_the_rest_in_one_line() {
    String table = SummaryTable.standard().render(SummaryExample.withSessions(1_200));
    assertThat(table.lines().filter(line -> line.contains("/sales "))).hasSize(50);
    assertThat(table).contains("pool-049/sales").doesNotContain("pool-050/sales");
    assertThat(table).contains("\n… 1150 more sessions (see --summary FILE)\n");
    assertThat(table.lines().count()).isLessThan(70);
  }

  @Test
  void takes_another_session_limit() {
    String one = SummaryTable.standard().withSessionLimit(1).render(SummaryExample.withSessions(2));
    assertThat(one).contains("alice/sales").contains("… 1 more session (see --summary FILE)");
    String none =
        SummaryTable.standard().withSessionLimit(0).render(SummaryExample.withSessions(3));
    assertThat(none).doesNotContain("alice/sales").contains("… 3 more sessions");
    assertThatThrownBy(() -> SummaryTable.standard().withSessionLimit(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void formats_numbers_the_same_whatever_the_default_locale() {
    String expected = SummaryTable.standard().render(SummaryExample.withSessions(3));
    Locale locale = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertThat(SummaryTable.standard().render(SummaryExample.withSessions(3)))
          .isEqualTo(expected);
    } finally {
      Locale.setDefault(locale);
    }
  }

  @Test
  void summarises_the_golden_run() {
    RunSummary summary =
        RunSummary.capture(
            GoldenScenario.run(),
            "Golden",
            12,
            3,
            1,
            Map.of(QueueId.of("sales"), SummaryExample.ERLANG));
    assertThat(SummaryTable.standard().render(summary))
        .contains(
            "sales       4        3         1       1       0  75.0%  20s    0.0s   25.0%"
                + "    25.0%  59.5%")
        .contains("bob/sales   SESSION_ENDED      1   0:00:30   0:00:10  50.6%")
        .contains("expectations: 3 passed, 1 failed");
  }

  private static int indexOfLineStarting(String[] lines, String prefix) {
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith(prefix)) {
        return i;
      }
    }
    throw new AssertionError("no line starts with " + prefix);
  }
}
