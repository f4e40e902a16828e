package org.tapisim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.tapisim.model.CallOffered;
import org.tapisim.model.TapiEvent;
import org.tapisim.model.TapiEventListener;

/** A replay ends at its horizon on the same events in real time as in virtual time. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ReplayHorizonTest {
  private static final String SCRIPT =
      """
      scenario: Steady traffic past the horizon
      seed: 7
      groups:
        sales: { wrapup: 5s }
      agents:
        agent: { count: 3, groups: [sales], start: ready }
      traffic:
        - group: sales
          rate: 60/h
          talk: exp(2m)
      until: 20m
      expect:
        - queue: sales
          offered: { min: 1 }
      """;

  @Test
  void a_real_time_replay_that_falls_behind_still_ends_exactly_at_the_horizon() throws Exception {
    Scenario scenario = Scenario.parse(Path.of("horizon.yaml"), SCRIPT);
    List<String> virtual = new ArrayList<>();
    RunResult inVirtualTime =
        new ScenarioRunner(scenario, RunOptions.virtualTime().withListener(recorder(virtual, 0)))
            .run();

    // 20 sim minutes take 20 ms of wall time at this speed; the slow first call puts the loop
    // 300 ms behind, far past the horizon, before anything else runs
    List<String> realTime = Collections.synchronizedList(new ArrayList<>());
    RunOptions paced = new RunOptions(60_000, List.of(recorder(realTime, 300)), null);
    RunResult inRealTime = new ScenarioRunner(scenario, paced).run();

    assertThat(virtual).isNotEmpty();
    assertThat(realTime).containsExactlyElementsOf(virtual);
    assertThat(inRealTime.simulated()).isEqualTo(inVirtualTime.simulated()).hasMinutes(20);
    assertThat(inRealTime.verdicts()).isEqualTo(inVirtualTime.verdicts());
  }

  /** Records each event's text; the first call takes {@code slowMillis} of wall time. */
  private static TapiEventListener recorder(List<String> events, long slowMillis) {
    return new TapiEventListener() {
      private boolean first = true;

      @Override
      public void onEvent(TapiEvent event) {
        if (first && event instanceof CallOffered) {
          first = false;
          long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(slowMillis);
          while (System.nanoTime() < until) {
            Thread.onSpinWait();
          }
        }
        events.add(event.toString());
      }
    };
  }
}
