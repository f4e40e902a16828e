package org.tapisim.bench;

import java.time.Duration;
import org.tapisim.acd.AcdSimulator;
import org.tapisim.acd.AgentConfig;
import org.tapisim.acd.Distribution;
import org.tapisim.acd.Traffic;

public class QuickBench {
  public static void main(String[] args) {
    long calls = 2_000_000;
    boolean listen = args.length > 0 && args[0].equals("listen");
    double best = 0;
    for (int rep = 1; rep <= 8; rep++) {
      AcdSimulator.Builder b = AcdSimulator.builder().seed(rep).group("sales");
      for (int i = 0; i < 100; i++) {
        b.agent(AgentConfig.of("a" + i, "sales").withStart(AgentConfig.Start.READY));
      }
      b.traffic(
          Traffic.poisson("sales", 1080, Distribution.exponential(Duration.ofSeconds(300)))
              .withMaxCalls(calls));
      if (listen) b.listener(e -> {});
      AcdSimulator sim = b.build();
      var mx = java.lang.management.ManagementFactory.getThreadMXBean();
      long t0 = mx.getCurrentThreadCpuTime();
      sim.runUntilIdle();
      double rate = sim.callCount() / ((mx.getCurrentThreadCpuTime() - t0) / 1e9);
      if (rep > 3) best = Math.max(best, rate);
    }
    System.out.printf("best of reps 4..8: %.0f calls per CPU-second%n", best);
  }
}
