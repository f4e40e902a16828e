package org.tapisim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What a replay says of its steps and expectations, including about sessions never opened. */
class VerdictsTest {

  private static RunResult run(String script) throws ScriptException {
    return new ScenarioRunner(Scenario.parse(Path.of("v.yaml"), script), RunOptions.virtualTime())
        .run();
  }

  @Test
  void a_step_on_a_session_never_opened_is_rejected_with_a_tapi_error_not_a_crash()
      throws ScriptException {
    RunResult result =
        run(
            """
            scenario: set-state before login
            groups: { sales: {} }
            agents: { alice: { groups: [sales] } }
            timeline:
              - at: 1s
                set-state: { session: alice/sales, to: READY }
              - at: 2s
                set-state: { session: alice/sales, to: READY }
                expect-error: LINEERR_INVALAGENTSTATE
            """);

    assertThat(result.verdicts())
        .extracting(Verdict::passed, v -> v.where().line())
        .containsExactly(tuple(false, 5), tuple(true, 7));
    assertThat(result.failures().get(0).message())
        .contains("set-state alice/sales to READY at 1s was rejected")
        .contains("agent alice has not logged in to group sales")
        .contains("LINEERR_INVALAGENTSTATE");
  }

  @Test
  void expectations_about_a_session_never_opened_fail_and_say_why() throws ScriptException {
    RunResult result =
        run(
            """
            scenario: no login at all
            groups: { sales: {} }
            agents: { alice: { groups: [sales] } }
            until: 10s
            expect:
              - at: 5s
                session: alice/sales
                state: NOT_READY
              - session: alice/sales
                calls: 0
            """);

    assertThat(result.failures())
        .hasSize(2)
        .allSatisfy(
            v ->
                assertThat(v.message())
                    .contains("session alice/sales")
                    .endsWith("there was no such session: the agent had not logged in"));
  }

  @Test
  void a_scripted_call_with_a_huge_sampled_talk_time_is_placed_with_the_longest_one()
      throws ScriptException {
    StringBuilder timeline = new StringBuilder();
    for (int i = 1; i <= 30; i++) {
      timeline
          .append("  - { at: ")
          .append(i)
          .append("s, call: { group: sales, talk: exp(630000h) } }\n");
    }
    RunResult result =
        run(
            """
            scenario: huge talk times
            groups: { sales: {} }
            agents: { alice: { groups: [sales], start: ready } }
            until: 1m
            timeline:
            """
                + timeline
                + """
            expect:
              - queue: sales
                offered: 30
            """);

    assertThat(result.verdicts()).isNotEmpty().allMatch(Verdict::passed);
  }
}
