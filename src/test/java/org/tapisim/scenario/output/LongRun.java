package org.tapisim.scenario.output;

import java.time.Duration;
import java.util.Locale;
import org.tapisim.acd.AcdSimulator;
import org.tapisim.acd.AgentConfig;
import org.tapisim.acd.Distribution;
import org.tapisim.acd.GroupConfig;
import org.tapisim.acd.Traffic;
import org.tapisim.acd.Wrapup;
import org.tapisim.model.TapiEventListener;

/**
 * A long Poisson run for size bounds: groups sales (wrap-up, impatient callers) and support; every
 * fourth agent works both.
 */
final class LongRun {
  private LongRun() {}

  static AcdSimulator run(int agents, long calls, TapiEventListener... listeners) {
    AcdSimulator.Builder builder =
        AcdSimulator.builder()
            .seed(11)
            .group(
                GroupConfig.of("sales")
                    .withWrapup(Wrapup.sampled(Distribution.exponential(Duration.ofSeconds(20)))))
            .group(GroupConfig.of("support"))
            .traffic(
                Traffic.poisson(
                        "sales", agents * 15.0, Distribution.exponential(Duration.ofMinutes(3)))
                    .withPatience(Distribution.exponential(Duration.ofMinutes(2)))
                    .withMaxCalls(calls * 4 / 5))
            .traffic(
                Traffic.poisson(
                        "support", agents * 2.0, Distribution.exponential(Duration.ofMinutes(5)))
                    .withMaxCalls(calls / 5));
    for (int i = 1; i <= agents; i++) {
      String id = String.format(Locale.ROOT, "agent-%03d", i);
      AgentConfig agent =
          i % 4 == 0 ? AgentConfig.of(id, "sales", "support") : AgentConfig.of(id, "sales");
      builder.agent(agent.withStart(AgentConfig.Start.READY));
    }
    for (TapiEventListener listener : listeners) {
      builder.listener(listener);
    }
    AcdSimulator sim = builder.build();
    sim.runUntilIdle();
    return sim;
  }
}
