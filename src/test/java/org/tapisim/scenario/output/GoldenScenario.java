package org.tapisim.scenario.output;

import java.time.Duration;
import java.time.Instant;
import org.tapisim.acd.AcdSimulator;
import org.tapisim.acd.Call;
import org.tapisim.acd.GroupConfig;
import org.tapisim.acd.Wrapup;
import org.tapisim.model.TapiEventListener;

/**
 * A small deterministic run for golden tests: group {@code sales} (10 s wrap-up, queue capacity 1),
 * agents alice and bob, five scripted calls of which one abandons, one is blocked and one is hung
 * up, and bob logs out before the end at 90 s.
 *
 * <pre>
 *  0s login alice, bob          1s both ready
 *  5s c1 (30 s) -> alice        6s c2 (30 s) -> bob
 *  7s c3 queues (patience 20 s) 8s c4 blocked (queue full)
 * 27s c3 abandons              35s c1 ends, alice wraps up until 45s
 * 36s c2 ends, bob until 46s   50s #5 (20 s) -> alice
 * 60s #5 hung up, wrap-up until 70s
 * 80s bob logs out             90s end
 * </pre>
 */
final class GoldenScenario {
  static final Instant START = Instant.parse("2026-11-23T08:00:00Z");

  private GoldenScenario() {}

  /** Runs the scenario with the listeners registered from time zero; returns the simulator. */
  static AcdSimulator run(TapiEventListener... listeners) {
    AcdSimulator.Builder builder =
        AcdSimulator.builder()
            .seed(42)
            .startTime(START)
            .group(
                GroupConfig.of("sales")
                    .withWrapup(Wrapup.fixed(Duration.ofSeconds(10)))
                    .withCapacity(1))
            .agent("alice", "sales")
            .agent("bob", "sales");
    for (TapiEventListener listener : listeners) {
      builder.listener(listener);
    }
    AcdSimulator sim = builder.build();
    sim.login("alice");
    sim.login("bob");
    at(sim, 1);
    sim.ready("alice");
    sim.ready("bob");
    at(sim, 5);
    sim.offerCall("sales", seconds(30), null, "c1");
    at(sim, 6);
    sim.offerCall("sales", seconds(30), null, "c2");
    at(sim, 7);
    sim.offerCall("sales", seconds(30), seconds(20), "c3");
    at(sim, 8);
    sim.offerCall("sales", seconds(30), null, "c4");
    at(sim, 50);
    Call fifth = sim.offerCall("sales", seconds(20));
    at(sim, 60);
    sim.hangup(fifth);
    at(sim, 80);
    sim.logout("bob");
    at(sim, 90);
    return sim;
  }

  private static void at(AcdSimulator sim, long second) {
    sim.runUntil(START.plusSeconds(second));
  }

  private static Duration seconds(long seconds) {
    return Duration.ofSeconds(seconds);
  }
}
