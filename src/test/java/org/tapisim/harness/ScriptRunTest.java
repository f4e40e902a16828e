package org.tapisim.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tapisim.harness.TapiSimAssertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.tapisim.acd.AcdSimulator;
import org.tapisim.scenario.Verdict;

/** A script's own expectations, judged against what a test has run so far. */
@TapiSimTest(script = "test-scripts/quickstart.yaml")
class ScriptRunTest {

  @Test
  void the_quickstart_script_meets_its_expectations_when_run_to_its_end(
      AcdSimulator sim, ScriptRun script) {
    script.runToEnd();

    assertThat(script).meetsAllExpectations();
    assertThat(script.verdicts()).hasSize(8).allMatch(Verdict::passed);
    assertThat(script.scenario().seed()).isEqualTo(42);
    assertThat(script)
        .hasToString("script test-scripts/quickstart.yaml (Quick start - two agents, one group)");
  }

  @Test
  void expectations_about_times_not_reached_yet_fail_saying_so(AcdSimulator sim, ScriptRun script) {
    sim.advance(Duration.ofSeconds(30));

    assertThat(script.failures())
        .extracting(Verdict::toString)
        .anySatisfy(
            line ->
                assertThat(line)
                    .startsWith("test-scripts/quickstart.yaml:54:5: expected session bob/sales")
                    .endsWith("the run ended at 30s, before that time"));
    assertThatThrownBy(() -> assertThat(script).meetsAllExpectations())
        .hasMessageContaining("Expecting script test-scripts/quickstart.yaml")
        .hasMessageContaining(
            "to meet all its expectations:" + System.lineSeparator() + "  8 of 8 met")
        .hasMessageContaining("  test-scripts/quickstart.yaml:54:5: expected session bob/sales");
  }

  @Test
  @TapiSimTest(script = "test-scripts/quickstart.yaml", realTime = true, speed = 100)
  void in_real_time_the_expectations_are_judged_on_the_loop_thread(
      AcdSimulator sim, ScriptRun script) {
    script.runToEnd();

    assertThat(script).meetsAllExpectations();
    sim.close(); // once the loop has ended, the test thread may read the verdicts itself
    assertThat(script.verdicts()).hasSize(8).allMatch(Verdict::passed);
  }
}
