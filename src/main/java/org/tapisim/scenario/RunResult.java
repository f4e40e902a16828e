package org.tapisim.scenario;

import java.time.Duration;
import java.util.List;
import org.tapisim.acd.AcdSimulator;

/**
 * What a scenario run produced: the simulator in its final state (for statistics and the summary),
 * every verdict, whether the run was stopped early, and its wall-clock time.
 *
 * @param scenario the scenario run
 * @param simulator the simulator after the run; the caller closes it
 * @param verdicts the expectations' and judged steps' outcomes, in file order
 * @param interrupted whether the run was stopped before its end
 * @param wallMillis how long the run took on the wall clock
 */
public record RunResult(
    Scenario scenario,
    AcdSimulator simulator,
    List<Verdict> verdicts,
    boolean interrupted,
    long wallMillis) {

  /** Copies the verdicts. */
  public RunResult {
    verdicts = List.copyOf(verdicts);
  }

  /** Returns how many verdicts passed. */
  public int passed() {
    return (int) verdicts.stream().filter(Verdict::passed).count();
  }

  /** Returns the verdicts that failed. */
  public List<Verdict> failures() {
    return verdicts.stream().filter(v -> !v.passed()).toList();
  }

  /** Tells whether every expectation held, no step was wrongly rejected and the run finished. */
  public boolean succeeded() {
    return !interrupted && failures().isEmpty();
  }

  /** Returns the sim time the run covered. */
  public Duration simulated() {
    return Duration.between(scenario.start(), simulator.now());
  }
}
