package org.tapisim.bench;

import java.time.Duration;
import org.tapisim.acd.AcdSimulator;
import org.tapisim.acd.AgentConfig;
import org.tapisim.acd.Distribution;
import org.tapisim.acd.Traffic;

public class QuickBench {
  public static void main(String[] args) {
    long calls = Long.parseLong(args.length > 0 ? args[0] : "1000000");
    boolean listen = args.length > 1 && args[1].equals("listen");
    for (int rep = 1; rep <= 5; rep++) {
      AcdSimulator.Builder b = AcdSimulator.builder().seed(rep).group("sales");
      for (int i = 0; i < 100; i++) {
        b.agent(AgentConfig.of("a" + i, "sales").withStart(AgentConfig.Start.READY));
      }
      b.traffic(
          Traffic.poisson(
                  "sales",
                  0.9 * 100 / 300 * 3600,
                  Distribution.exponential(Duration.ofSeconds(300)))
              .withMaxCalls(calls));
      if (listen) b.listener(e -> {});
      AcdSimulator sim = b.build();
      long t0 = System.nanoTime();
      sim.runUntilIdle();
      double s = (System.nanoTime() - t0) / 1e9;
      System.out.printf(
          "rep=%d calls=%d wall_s=%.3f calls_per_s=%.0f events=%d sl=%.4f%n",
          rep,
          sim.callCount(),
          s,
          sim.callCount() / s,
          sim.eventCount(),
          sim.queue("sales").kpis().serviceLevel());
    }
  }
}
