package org.tapisim.acd;

import static java.time.Duration.ZERO;
import static java.time.Duration.ofMillis;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.tapisim.acd.SimTesting.runTo;

import org.junit.jupiter.api.Test;
import org.tapisim.model.QueueKpis;
import org.tapisim.model.QueueStatistics;

/** Queue statistics and KPIs on a scenario worked out by hand. */
class QueueStatisticsTest {

  /**
   * Sales has T = 20 s and no wrap-up; alice is logged in, NOT_READY. c1 (talk 60 s) comes at 0, c2
   * (talk 60 s, patience 30 s) at 10; alice is READY at 25 and takes c1 (waited 25 s): talk 25–85.
   * c2 abandons at 40 (waited 30 s). c3 (talk 60 s) comes at 50 and is answered at 85 (waited 35
   * s): talk 85–145. c4 comes at 150 and is answered at once.
   */
  private static AcdSimulator scenario() {
    AcdSimulator sim =
        AcdSimulator.builder()
            .group(GroupConfig.of("sales").withServiceLevel(ofSeconds(20)))
            .agent(AgentConfig.of("alice", "sales").withStart(AgentConfig.Start.NOT_READY))
            .build();
    sim.offerCall("sales", ofSeconds(60));
    runTo(sim, ofSeconds(10));
    sim.offerCall("sales", ofSeconds(60), ofSeconds(30));
    runTo(sim, ofSeconds(25));
    sim.ready("alice");
    runTo(sim, ofSeconds(50));
    sim.offerCall("sales", ofSeconds(60));
    return sim;
  }

  @Test
  void while_a_call_waits_its_wait_counts_as_current_and_longest_ever() {
    AcdSimulator sim = scenario();
    runTo(sim, ofSeconds(70));

    QueueStatistics stats = sim.queue("sales").statistics();
    QueueKpis kpis = sim.queue("sales").kpis();

    assertThat(stats.totalCallsQueued()).isEqualTo(3); // c1, c2, c3 offered
    assertThat(stats.currentCallsQueued()).isEqualTo(1); // c3
    assertThat(stats.totalCallsAbandoned()).isEqualTo(1); // c2
    assertThat(stats.currentLongestWaitTime()).isEqualTo(ofSeconds(20)); // c3: 50 -> 70
    assertThat(stats.longestEverWaitTime()).isEqualTo(ofSeconds(30)); // c2's 30 s
    assertThat(stats.averageWaitTime()).isEqualTo(ofMillis(27_500)); // (25 + 30) / 2
    assertThat(stats.totalCallsFlowedIn()).isZero();
    assertThat(stats.totalCallsFlowedOut()).isZero();
    assertThat(stats.finalDisposition()).isZero();
    assertThat(kpis.inQueue()).isEqualTo(1);
    assertThat(kpis.answeredWithinThreshold()).isZero(); // c1 waited 25 s > 20 s
    assertThat(kpis.longestWait()).isEqualTo(ofSeconds(30));
  }

  @Test
  void kpis_count_offered_answered_abandoned_and_waits() {
    AcdSimulator sim = scenario();
    runTo(sim, ofSeconds(150));
    sim.offerCall("sales", ofSeconds(60));
    runTo(sim, ofSeconds(200));

    QueueKpis kpis = sim.queue("sales").kpis();
    QueueStatistics stats = sim.queue("sales").statistics();

    assertThat(kpis.offered()).isEqualTo(4);
    assertThat(kpis.answered()).isEqualTo(3); // c1, c3, c4
    assertThat(kpis.abandoned()).isEqualTo(1); // c2
    assertThat(kpis.blocked()).isZero();
    assertThat(kpis.waited()).isEqualTo(3); // c1, c2, c3 queued; c4 did not
    assertThat(kpis.inQueue()).isZero();
    assertThat(kpis.answeredWithinThreshold()).isEqualTo(1); // c4 (0 s)
    assertThat(kpis.serviceLevelThreshold()).isEqualTo(ofSeconds(20));
    assertThat(kpis.totalAnsweredWait()).isEqualTo(ofSeconds(60)); // 25 + 35 + 0
    assertThat(kpis.totalWait()).isEqualTo(ofSeconds(90)); // + c2's 30
    assertThat(kpis.asa()).isEqualTo(ofSeconds(20)); // 60 / 3
    assertThat(kpis.averageWait()).isEqualTo(ofMillis(22_500)); // 90 / 4
    assertThat(kpis.pWait()).isEqualTo(0.75); // 3 / 4
    assertThat(kpis.serviceLevel()).isEqualTo(0.25); // 1 / 4
    assertThat(kpis.pAbandon()).isEqualTo(0.25); // 1 / 4
    assertThat(kpis.longestWait()).isEqualTo(ofSeconds(35)); // c3
    assertThat(stats.longestEverWaitTime()).isEqualTo(ofSeconds(35));
    assertThat(stats.currentLongestWaitTime()).isEqualTo(ZERO);
    assertThat(stats.averageWaitTime()).isEqualTo(ofMillis(22_500));
    assertThat(stats.measurementPeriod()).isEqualTo(ZERO);
  }

  @Test
  void a_call_answered_exactly_at_the_threshold_is_within_it() {
    AcdSimulator sim =
        AcdSimulator.builder()
            .group(GroupConfig.of("sales").withServiceLevel(ofSeconds(20)))
            .agent(AgentConfig.of("alice", "sales").withStart(AgentConfig.Start.NOT_READY))
            .build();
    sim.offerCall("sales", ofSeconds(60));
    runTo(sim, ofSeconds(20));
    sim.ready("alice");

    assertThat(sim.queue("sales").kpis().answeredWithinThreshold()).isEqualTo(1);
  }

  @Test
  void the_longest_ever_wait_includes_calls_still_waiting() {
    AcdSimulator sim = AcdSimulator.builder().group("sales").build();
    sim.offerCall("sales", ofSeconds(60));
    runTo(sim, ofSeconds(100));

    QueueStatistics stats = sim.queue("sales").statistics();

    assertThat(stats.longestEverWaitTime()).isEqualTo(ofSeconds(100));
    assertThat(stats.currentLongestWaitTime()).isEqualTo(ofSeconds(100));
    assertThat(stats.averageWaitTime()).isEqualTo(ZERO); // no call stopped waiting
    assertThat(sim.queue("sales").kpis().longestWait()).isEqualTo(ZERO);
  }
}
