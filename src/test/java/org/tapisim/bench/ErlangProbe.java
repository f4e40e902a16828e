package org.tapisim.bench;

import java.time.Duration;
import org.tapisim.acd.AcdSimulator;
import org.tapisim.acd.AgentConfig;
import org.tapisim.acd.Distribution;
import org.tapisim.acd.Traffic;

public class ErlangProbe {
  public static void main(String[] args) {
    long calls = Long.parseLong(args[0]);
    for (int seed = 1; seed <= 12; seed++) {
      AcdSimulator.Builder b = AcdSimulator.builder().seed(seed).group("q");
      for (int i = 0; i < 50; i++)
        b.agent(AgentConfig.of("a" + i, "q").withStart(AgentConfig.Start.READY));
      Traffic t =
          Traffic.poisson(
                  "q",
                  Double.parseDouble(args[1]),
                  Distribution.exponential(Duration.ofSeconds(300)))
              .withMaxCalls(calls);
      if (args.length > 2)
        t = t.withPatience(Distribution.exponential(Duration.ofSeconds(Long.parseLong(args[2]))));
      b.traffic(t);
      AcdSimulator sim = b.build();
      sim.runUntilIdle();
      var k = sim.queue("q").kpis();
      System.out.printf(
          "seed=%d pwait=%.4f asa=%.3f sl=%.4f pab=%.4f%n",
          seed, k.pWait(), k.asa().toNanos() / 1e9, k.serviceLevel(), k.pAbandon());
    }
  }
}
