package org.tapisim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every script in test-scripts/ is valid and meets all its expectations when replayed. */
class TestScriptsIT {

  static Stream<Path> scripts() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("test-scripts"))) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scripts")
  void script_meets_all_its_expectations(Path script) throws ScriptException {
    Scenario scenario = Scenario.load(script);

    RunResult result = new ScenarioRunner(scenario, RunOptions.virtualTime()).run();

    assertThat(result.failures()).as("failed expectations of %s", script).isEmpty();
    assertThat(result.passed()).as("expectations of %s", script).isPositive();
    assertThat(result.interrupted()).isFalse();
  }

  @org.junit.jupiter.api.Test
  void there_are_at_least_eight_documented_scripts() throws IOException {
    assertThat(scripts().toList()).hasSizeGreaterThanOrEqualTo(8);
    for (Path script : scripts().toList()) {
      assertThat(Files.readString(script))
          .as("%s starts with a comment header", script)
          .startsWith("# ");
    }
  }
}
