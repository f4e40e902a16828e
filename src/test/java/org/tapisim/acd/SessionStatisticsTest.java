package org.tapisim.acd;

import static java.time.Duration.ZERO;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.tapisim.acd.SimTesting.runTo;

import org.junit.jupiter.api.Test;
import org.tapisim.model.AgentSessionStatistics;
import org.tapisim.model.AgentStatistics;
import org.tapisim.model.SessionKpis;

/** Session and agent statistics on small scenarios worked out by hand. */
class SessionStatisticsTest {

  /**
   * Alice is READY at 0 in sales (wrap-up 30 s). c1 (talk 120 s) comes at 0: talk 0–120, wrap-up
   * 120–150. c2 (talk 60 s) comes at 60 and waits until 150: talk 150–210, wrap-up 210–240. Then
   * READY.
   */
  private static AcdSimulator twoCalls() {
    AcdSimulator sim =
        AcdSimulator.builder()
            .group(GroupConfig.of("sales").withWrapup(Wrapup.fixed(ofSeconds(30))))
            .agent(SimTesting.readyAgent("alice", "sales"))
            .build();
    sim.offerCall("sales", ofSeconds(120));
    runTo(sim, ofSeconds(60));
    sim.offerCall("sales", ofSeconds(60));
    return sim;
  }

  @Test
  void session_statistics_count_delivered_calls_and_the_time_of_finished_work() {
    AcdSimulator sim = twoCalls();
    runTo(sim, ofSeconds(300));

    AgentSessionStatistics stats = sim.session("alice/sales").statistics();

    assertThat(stats.sessionStartTime()).isEqualTo(sim.startTime());
    assertThat(stats.sessionDuration()).isEqualTo(ofSeconds(300));
    assertThat(stats.numberOfCalls()).isEqualTo(2);
    assertThat(stats.totalTalkTime()).isEqualTo(ofSeconds(180)); // 120 + 60
    assertThat(stats.averageTalkTime()).isEqualTo(ofSeconds(90)); // 180 / 2
    assertThat(stats.totalWrapUpTime()).isEqualTo(ofSeconds(60)); // 30 + 30
    assertThat(stats.averageWrapUpTime()).isEqualTo(ofSeconds(30)); // 60 / 2
    assertThat(stats.totalCallTime()).isEqualTo(ofSeconds(240)); // 180 + 60
    assertThat(stats.averageCallTime()).isEqualTo(ofSeconds(120)); // 240 / 2
    assertThat(stats.acdCallRate()).isCloseTo(24.0, within(1e-9)); // 2 calls in 300 s = 1/12 h
    assertThat(stats.longestTimeToAnswer()).isEqualTo(ofSeconds(90)); // c2: 60 -> 150
    assertThat(stats.averageTimeToAnswer()).isEqualTo(ofSeconds(45)); // (0 + 90) / 2
  }

  @Test
  void talk_is_counted_when_the_call_ends_and_the_delivery_when_it_starts() {
    AcdSimulator sim = twoCalls();
    runTo(sim, ofSeconds(100)); // c1 is being talked, c2 waits

    AgentSessionStatistics stats = sim.session("alice/sales").statistics();

    assertThat(stats.numberOfCalls()).isEqualTo(1);
    assertThat(stats.totalTalkTime()).isEqualTo(ZERO);
    assertThat(stats.averageTalkTime()).isEqualTo(ZERO); // no completed call yet
    assertThat(stats.averageTimeToAnswer()).isEqualTo(ZERO);
    assertThat(stats.acdCallRate()).isCloseTo(36.0, within(1e-9)); // 1 call in 100 s
  }

  @Test
  void session_kpis_split_the_time_by_state_and_give_the_occupancy() {
    AcdSimulator sim = twoCalls();
    runTo(sim, ofSeconds(300));

    SessionKpis kpis = sim.session("alice/sales").kpis();

    assertThat(kpis.notReadyTime()).isEqualTo(ZERO);
    assertThat(kpis.onCallTime()).isEqualTo(ofSeconds(180)); // 0–120, 150–210
    assertThat(kpis.wrapUpTime()).isEqualTo(ofSeconds(60)); // 120–150, 210–240
    assertThat(kpis.readyTime()).isEqualTo(ofSeconds(60)); // 240–300
    assertThat(kpis.occupancy()).isCloseTo(0.8, within(1e-12)); // (180 + 60) / 300
  }

  @Test
  void agent_statistics_sum_the_acd_work_of_its_sessions() {
    AcdSimulator sim = twoCalls();
    runTo(sim, ofSeconds(300));

    AgentStatistics stats = sim.agent("alice").statistics();

    assertThat(stats.measurementPeriod()).isEqualTo(ZERO);
    assertThat(stats.numberOfAcdCalls()).isEqualTo(2);
    assertThat(stats.numberOfIncomingCalls()).isZero();
    assertThat(stats.numberOfOutgoingCalls()).isZero();
    assertThat(stats.totalAcdTalkTime()).isEqualTo(ofSeconds(180));
    assertThat(stats.totalWrapUpTime()).isEqualTo(ofSeconds(60));
    assertThat(stats.totalAcdCallTime()).isEqualTo(ofSeconds(240));
    assertThat(stats.overallCallRate()).isCloseTo(24.0, within(1e-9)); // 2 calls, 300 s logged in
  }

  /**
   * Bob logs in at 0 (NOT_READY), is READY at 60, talks 100–200 (no wrap-up), READY until he logs
   * out at 300; he logs in again at 400 and stays NOT_READY.
   */
  @Test
  void time_logged_out_counts_for_neither_the_session_nor_the_agent() {
    AcdSimulator sim = AcdSimulator.builder().group("plain").agent("bob", "plain").build();
    sim.login("bob");
    runTo(sim, ofSeconds(60));
    sim.ready("bob");
    runTo(sim, ofSeconds(100));
    sim.offerCall("plain", ofSeconds(100));
    runTo(sim, ofSeconds(300));
    sim.logout("bob");
    var first = sim.session("bob/plain");
    runTo(sim, ofSeconds(400));

    AgentSessionStatistics stats = first.statistics();
    SessionKpis kpis = first.kpis();
    assertThat(stats.sessionDuration()).isEqualTo(ofSeconds(300));
    assertThat(stats.acdCallRate()).isCloseTo(12.0, within(1e-9)); // 1 call in 300 s
    assertThat(kpis.notReadyTime()).isEqualTo(ofSeconds(60)); // 0–60
    assertThat(kpis.readyTime()).isEqualTo(ofSeconds(140)); // 60–100, 200–300
    assertThat(kpis.onCallTime()).isEqualTo(ofSeconds(100));
    assertThat(kpis.occupancy()).isCloseTo(100.0 / 240.0, within(1e-12));
    assertThat(sim.agent("bob").statistics().overallCallRate()).isCloseTo(12.0, within(1e-9));

    sim.login("bob");
    runTo(sim, ofSeconds(700));
    // logged in 0–300 and 400–700: one call in 600 s
    assertThat(sim.agent("bob").statistics().overallCallRate()).isCloseTo(6.0, within(1e-9));
    assertThat(first.statistics().sessionDuration()).isEqualTo(ofSeconds(300));
    assertThat(sim.session("bob/plain").statistics().sessionDuration()).isEqualTo(ofSeconds(300));
  }

  @Test
  void a_session_that_never_took_a_call_reports_zeros() {
    AcdSimulator sim = AcdSimulator.builder().group("plain").agent("bob", "plain").build();
    sim.login("bob");
    runTo(sim, ofSeconds(30));

    AgentSessionStatistics stats = sim.session("bob/plain").statistics();

    assertThat(stats.numberOfCalls()).isZero();
    assertThat(stats.acdCallRate()).isZero();
    assertThat(stats.averageCallTime()).isEqualTo(ZERO);
    assertThat(stats.longestTimeToAnswer()).isEqualTo(ZERO);
    assertThat(sim.session("bob/plain").kpis().occupancy()).isZero();
    assertThat(sim.agent("bob").statistics().overallCallRate()).isZero();
  }
}
