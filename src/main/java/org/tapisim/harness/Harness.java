package org.tapisim.harness;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.tapisim.acd.AcdSimulator;
import org.tapisim.scenario.RunOptions;
import org.tapisim.scenario.Scenario;
import org.tapisim.scenario.ScenarioRunner;

/**
 * What the extension keeps in JUnit's store for one test (or one class): the simulator, its event
 * recorder, the script run if it came from a script, and how many tests use it now. Closing it
 * closes the simulator. Thread-safe.
 */
final class Harness implements AutoCloseable {
  final AcdSimulator simulator;
  final RecordedEvents events;

  /** The script run, or {@code null} for a simulator configured in code. */
  final ScriptRun script;

  /** How many tests are using a class-scoped simulator now. */
  final AtomicInteger users = new AtomicInteger();

  private Harness(AcdSimulator simulator, RecordedEvents events, ScriptRun script) {
    this.simulator = simulator;
    this.events = events;
    this.script = script;
  }

  /**
   * Builds the simulator at sim time zero with a recorder registered before anything happens; it is
   * not started.
   *
   * @param loader the class loader to look the script up with
   * @throws ExtensionConfigurationException if the script cannot be used or the configuration is
   *     inconsistent
   */
  static Harness open(HarnessConfig config, ClassLoader loader) {
    RecordedEvents events = new RecordedEvents();
    if (config.script() != null) {
      Scenario scenario = ScriptLocator.load(config.script(), loader);
      if (config.seed().isPresent()) {
        scenario = scenario.withSeed(config.seed().getAsLong());
      }
      ScenarioRunner runner =
          new ScenarioRunner(scenario, new RunOptions(config.speed(), List.of(events), null));
      AcdSimulator simulator = runner.prepare();
      return new Harness(simulator, events, new ScriptRun(scenario, runner, simulator));
    }
    AcdSimulator.Builder builder =
        AcdSimulator.builder().seed(config.seed().orElse(HarnessConfig.DEFAULT_SEED));
    if (config.startTime() != null) {
      builder.startTime(config.startTime());
    }
    if (config.realTime()) {
      builder.realTime(config.speed());
    }
    config.groups().forEach(builder::group);
    config.agents().forEach(builder::agent);
    config.traffic().forEach(builder::traffic);
    builder.listener(events);
    try {
      return new Harness(builder.build(), events, null);
    } catch (IllegalArgumentException e) {
      throw new ExtensionConfigurationException(
          "tapisim: the simulator cannot be built: " + e.getMessage(), e);
    }
  }

  /** Starts the real-time loop; does nothing in virtual time or when it runs already. */
  void start() {
    simulator.start();
  }

  /** Closes the simulator: the real-time loop stops and pending events are dropped. */
  @Override
  public void close() {
    simulator.close();
  }
}
