package org.tapisim.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tapisim.acd.AcdSimulator;
import org.tapisim.clock.ClockMode;
import org.tapisim.clock.Stopwatch;
import org.tapisim.model.TapiEvent;
import org.tapisim.model.TapiEventListener;

/**
 * Replays a scenario on a fresh simulator: builds it, schedules the timeline and the expectations'
 * readings, runs in virtual or real time until the horizon (or until nothing is left to happen) and
 * judges every expectation. One runner runs once. {@link #stop()} may be called from any thread.
 */
public final class ScenarioRunner {
  /** Progress is reported every this many events. */
  private static final int PROGRESS_EVERY = 1 << 16;

  private final Scenario scenario;
  private final RunOptions options;
  private volatile AcdSimulator simulator;
  private volatile boolean stopRequested;
  private ExpectationTracker tracker;
  private StepRunner steps;

  /** Prepares a run. */
  public ScenarioRunner(Scenario scenario, RunOptions options) {
    this.scenario = scenario;
    this.options = options;
  }

  /** Runs the scenario to its end, or until {@link #stop()}. */
  public RunResult run() {
    Stopwatch stopwatch = Stopwatch.start();
    AcdSimulator sim = prepare(true);
    try {
      sim.start();
      if (scenario.until() != null) {
        sim.runUntil(scenario.start().plus(scenario.until()));
      } else {
        sim.runUntilIdle();
      }
    } catch (IllegalStateException e) {
      if (!sim.isStopped()) {
        throw e;
      }
    } finally {
      if (sim.isRealTime()) {
        sim.close();
      }
    }
    return new RunResult(scenario, sim, verdicts(), sim.isStopped(), stopwatch.elapsedMillis());
  }

  /**
   * Builds the simulator at sim time zero, with the agents in their start states, the traffic and
   * the timeline scheduled and the expectations' readings set up, without running it: for a test
   * harness that drives time itself and calls {@link #verdicts()} afterwards. Call it once.
   */
  public AcdSimulator prepare() {
    return prepare(false);
  }

  /**
   * Prepares the simulator; a run of its own ends it at the horizon, so that a late real-time loop
   * cannot run past it, while a harness's simulator stays free to go on.
   */
  private AcdSimulator prepare(boolean endAtHorizon) {
    if (simulator != null) {
      throw new IllegalStateException("this runner has already prepared its simulator");
    }
    tracker = new ExpectationTracker(scenario);
    AcdSimulator sim = build(tracker, endAtHorizon);
    steps = new StepRunner(sim, scenario);
    steps.schedule();
    tracker.schedule(sim);
    simulator = sim;
    if (stopRequested) {
      sim.stop();
    }
    return sim;
  }

  /**
   * Judges every expectation and every step with {@code expect-error} (or rejected) against what
   * has happened so far, in file order.
   *
   * @throws IllegalStateException before {@link #prepare()} or {@link #run()}
   */
  public List<Verdict> verdicts() {
    AcdSimulator sim = simulator;
    if (sim == null) {
      throw new IllegalStateException("nothing has run yet");
    }
    List<Verdict> verdicts = new ArrayList<>(steps.verdicts());
    verdicts.addAll(tracker.finish(sim, sim.isStopped()));
    verdicts.sort(
        Comparator.comparingInt((Verdict v) -> v.where().line())
            .thenComparingInt(v -> v.where().column()));
    return verdicts;
  }

  /** Stops the run from any thread: it ends after the event in hand, with what ran so far. */
  public void stop() {
    stopRequested = true;
    AcdSimulator sim = simulator;
    if (sim != null) {
      sim.stop();
    }
  }

  private AcdSimulator build(ExpectationTracker tracker, boolean endAtHorizon) {
    AcdSimulator.Builder builder =
        AcdSimulator.builder()
            .seed(scenario.seed())
            .startTime(scenario.start())
            .clock(options.speed() > 0 ? ClockMode.realTime(options.speed()) : ClockMode.virtual());
    if (endAtHorizon && scenario.until() != null) {
      builder.endAt(scenario.start().plus(scenario.until()));
    }
    scenario.groups().forEach(builder::group);
    scenario.agents().forEach(builder::agent);
    scenario.traffic().forEach(builder::traffic);
    options.listeners().forEach(builder::listener);
    if (tracker.needsEvents()) {
      builder.listener(tracker);
    }
    if (options.progress() != null) {
      builder.listener(new ProgressCounter(options.progress()));
    }
    return builder.build();
  }

  /** Counts events and reports progress every {@link #PROGRESS_EVERY} of them. */
  private final class ProgressCounter implements TapiEventListener {
    private final RunOptions.Progress progress;
    private long events;
    private long calls;

    ProgressCounter(RunOptions.Progress progress) {
      this.progress = progress;
    }

    @Override
    public void onEvent(TapiEvent event) {
      if (event instanceof org.tapisim.model.CallOffered
          || event instanceof org.tapisim.model.CallBlocked) {
        calls++;
      }
      if (++events % PROGRESS_EVERY == 0) {
        progress.update(java.time.Duration.between(scenario.start(), event.time()), calls);
      }
    }
  }
}
