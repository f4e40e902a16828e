package org.tapisim.harness;

import java.util.List;
import java.util.Objects;
import org.tapisim.acd.AcdSimulator;
import org.tapisim.scenario.Scenario;
import org.tapisim.scenario.ScenarioRunner;
import org.tapisim.scenario.Verdict;

/**
 * The scenario script a test's simulator was built from, and the judgement of its {@code expect:}
 * section against what has happened so far.
 *
 * <p>Inject it next to the simulator to check the script's own expectations at the end of a test:
 *
 * <pre>{@code
 * @Test
 * void theScriptHoldsWithMyDesktop(AcdSimulator sim, ScriptRun script) {
 *   new AgentDesktop(sim, ...);
 *   script.runToEnd();
 *   TapiSimAssertions.assertThat(script).meetsAllExpectations();
 * }
 * }</pre>
 *
 * <p>Safe from the test thread in virtual and in real time: in real time, expectations are judged
 * on the simulator's loop thread while it runs.
 */
public final class ScriptRun {
  private final Scenario scenario;
  private final ScenarioRunner runner;
  private final AcdSimulator simulator;

  ScriptRun(Scenario scenario, ScenarioRunner runner, AcdSimulator simulator) {
    this.scenario = Objects.requireNonNull(scenario, "scenario");
    this.runner = Objects.requireNonNull(runner, "runner");
    this.simulator = Objects.requireNonNull(simulator, "simulator");
  }

  /** Returns the script as read and validated, with the test's seed. */
  public Scenario scenario() {
    return scenario;
  }

  /**
   * Runs (virtual time) or waits for (real time) the rest of the script, as {@code tapisim run}
   * would: up to its {@code until:} horizon, or, without one, until nothing is left to happen.
   */
  public void runToEnd() {
    if (scenario.until() != null) {
      simulator.runUntil(scenario.start().plus(scenario.until()));
    } else {
      simulator.runUntilIdle();
    }
  }

  /**
   * Judges every expectation of the script's {@code expect:} section (and every timeline step with
   * {@code expect-error}) against what has happened so far, in file order. An expectation about a
   * sim time the run has not reached yet fails, saying so. In real time the judging runs on the
   * simulator's loop thread, between two events; before the loop starts and after it was closed, on
   * the caller's.
   *
   * @throws IllegalStateException in real time, if the loop stopped because an event failed
   */
  public List<Verdict> verdicts() {
    // the tracker's state belongs to the simulation's owning thread: judge there
    return simulator.read(() -> List.copyOf(runner.verdicts()));
  }

  /** Returns the verdicts that failed, in file order; empty when every expectation held. */
  public List<Verdict> failures() {
    return verdicts().stream().filter(v -> !v.passed()).toList();
  }

  @Override
  public String toString() {
    return "script " + scenario.file() + " (" + scenario.title() + ")";
  }
}
