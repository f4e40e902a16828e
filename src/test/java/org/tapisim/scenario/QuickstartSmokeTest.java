package org.tapisim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class QuickstartSmokeTest {
  @Test
  void quickstart_runs_and_meets_its_expectations() throws Exception {
    Scenario scenario = Scenario.load(Path.of("test-scripts/quickstart.yaml"));
    RunResult result = new ScenarioRunner(scenario, RunOptions.virtualTime()).run();
    result.verdicts().forEach(System.out::println);
    assertThat(result.failures()).isEmpty();
  }
}
