package org.tapisim.acd;

import static java.time.Duration.ZERO;
import static java.time.Duration.ofMinutes;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.tapisim.acd.SimTesting.runTo;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tapisim.model.AgentSessionStatistics;
import org.tapisim.model.AgentStatistics;
import org.tapisim.model.LineError;
import org.tapisim.model.SessionKpis;
import org.tapisim.model.TapiException;

/** Measurement periods: set explicitly they restart the counters; elapsed they roll over. */
class MeasurementPeriodTest {

  private static AcdSimulator sim(Wrapup wrapup) {
    return AcdSimulator.builder()
        .group(GroupConfig.of("sales").withWrapup(wrapup))
        .agent(SimTesting.readyAgent("alice", "sales"))
        .build();
  }

  @Test
  void a_period_must_be_positive() {
    AcdSimulator sim = sim(Wrapup.none());
    for (Duration bad : Arrays.asList(ZERO, ofSeconds(-1), null)) {
      for (Runnable set :
          List.<Runnable>of(
              () -> sim.agent("alice").setMeasurementPeriod(bad),
              () -> sim.queue("sales").setMeasurementPeriod(bad))) {
        assertThatThrownBy(set::run)
            .isInstanceOfSatisfying(
                TapiException.class, e -> assertThat(e.error()).isEqualTo(LineError.INVALPARAM));
      }
    }
    assertThat(sim.agent("alice").measurementPeriod()).isEqualTo(ZERO);
    assertThat(sim.queue("sales").measurementPeriod()).isEqualTo(ZERO);
  }

  @Test
  void setting_a_period_restarts_the_agents_and_its_sessions_counters_now() {
    AcdSimulator sim = sim(Wrapup.fixed(ofSeconds(30)));
    sim.offerCall("sales", ofMinutes(1));
    runTo(sim, ofMinutes(5));

    sim.agent("alice").setMeasurementPeriod(Duration.ofHours(1));
    runTo(sim, ofMinutes(6));

    AgentSessionStatistics stats = sim.session("alice/sales").statistics();
    assertThat(stats.numberOfCalls()).isZero();
    assertThat(stats.totalTalkTime()).isEqualTo(ZERO);
    assertThat(stats.totalWrapUpTime()).isEqualTo(ZERO);
    assertThat(stats.sessionDuration()).isEqualTo(ofMinutes(6)); // the whole session
    assertThat(sim.session("alice/sales").kpis())
        .isEqualTo(new SessionKpis(ZERO, ofMinutes(1), ZERO, ZERO)); // READY since the reset
    AgentStatistics agent = sim.agent("alice").statistics();
    assertThat(agent.measurementPeriod()).isEqualTo(Duration.ofHours(1));
    assertThat(agent.numberOfAcdCalls()).isZero();
    assertThat(agent.totalAcdCallTime()).isEqualTo(ZERO);
    assertThat(sim.agent("alice").measurementPeriod()).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void setting_a_queue_period_restarts_its_counters_but_not_the_calls_waiting() {
    AcdSimulator sim = sim(Wrapup.none());
    sim.offerCall("sales", ofMinutes(10));
    sim.offerCall("sales", ofMinutes(10));
    sim.offerCall("sales", ofMinutes(10), ofSeconds(30));
    runTo(sim, ofMinutes(1)); // the third caller abandoned

    sim.queue("sales").setMeasurementPeriod(ofMinutes(30));

    var kpis = sim.queue("sales").kpis();
    assertThat(kpis.offered()).isZero();
    assertThat(kpis.answered()).isZero();
    assertThat(kpis.abandoned()).isZero();
    assertThat(kpis.inQueue()).isEqualTo(1);
    assertThat(sim.queue("sales").statistics().currentCallsQueued()).isEqualTo(1);
    assertThat(sim.queue("sales").measurementPeriod()).isEqualTo(ofMinutes(30));
  }

  /**
   * Periods of 10 min from 0; sales has a 2-minute wrap-up. c1 (talk 2 min) comes at 7: talk 7–9
   * ends in period 1, wrap-up 9–11 in period 2. c2 (talk 2 min) comes at 19: delivered in period 2,
   * talk 19–21 and wrap-up 21–23 end in period 3. c3 (talk 1 min) comes at 31: talk 31–32.
   */
  @Test
  void an_elapsed_period_restarts_the_counters_at_its_boundary() {
    AcdSimulator sim = sim(Wrapup.fixed(ofMinutes(2)));
    sim.agent("alice").setMeasurementPeriod(ofMinutes(10));
    runTo(sim, ofMinutes(7));
    sim.offerCall("sales", ofMinutes(2));

    runTo(sim, ofMinutes(12)); // period 2: [10, 20)
    AgentSessionStatistics p2 = sim.session("alice/sales").statistics();
    assertThat(p2.numberOfCalls()).isZero(); // c1 was delivered in period 1
    assertThat(p2.totalTalkTime()).isEqualTo(ZERO); // and talked in period 1
    assertThat(p2.totalWrapUpTime()).isEqualTo(ofMinutes(2)); // its wrap-up ended in period 2
    assertThat(p2.averageWrapUpTime()).isEqualTo(ofMinutes(2));
    assertThat(p2.totalCallTime()).isEqualTo(ofMinutes(2));
    assertThat(p2.averageCallTime()).isEqualTo(ZERO); // no call completed in period 2
    assertThat(sim.session("alice/sales").kpis())
        .isEqualTo(new SessionKpis(ZERO, ofMinutes(1), ZERO, ofMinutes(1))); // split at 10

    runTo(sim, ofMinutes(19));
    sim.offerCall("sales", ofMinutes(2));
    runTo(sim, ofMinutes(25)); // period 3: [20, 30)
    AgentSessionStatistics p3 = sim.session("alice/sales").statistics();
    assertThat(p3.numberOfCalls()).isZero(); // c2 was delivered at 19
    assertThat(p3.totalTalkTime()).isEqualTo(ofMinutes(2)); // but ended at 21
    assertThat(p3.averageTalkTime()).isEqualTo(ofMinutes(2));
    assertThat(p3.totalCallTime()).isEqualTo(ofMinutes(4));
    assertThat(p3.averageCallTime()).isEqualTo(ofMinutes(4));
    assertThat(p3.acdCallRate()).isZero();
    assertThat(sim.session("alice/sales").kpis())
        .isEqualTo(new SessionKpis(ZERO, ofMinutes(2), ofMinutes(1), ofMinutes(2)));
    AgentStatistics agent = sim.agent("alice").statistics();
    assertThat(agent.numberOfAcdCalls()).isZero();
    assertThat(agent.totalAcdTalkTime()).isEqualTo(ofMinutes(2));
    assertThat(agent.totalAcdCallTime()).isEqualTo(ofMinutes(4));
    assertThat(agent.overallCallRate()).isZero();

    runTo(sim, ofMinutes(31));
    sim.offerCall("sales", ofMinutes(1));
    runTo(sim, ofMinutes(33)); // period 4: [30, 40)
    AgentSessionStatistics p4 = sim.session("alice/sales").statistics();
    assertThat(p4.numberOfCalls()).isEqualTo(1);
    assertThat(p4.acdCallRate()).isCloseTo(20.0, within(1e-9)); // 1 call in 3 min of the period
    assertThat(sim.agent("alice").statistics().overallCallRate()).isCloseTo(20.0, within(1e-9));
    assertThat(p4.sessionDuration()).isEqualTo(ofMinutes(33));
  }

  @Test
  void periods_without_activity_are_skipped_to_the_current_one() {
    AcdSimulator sim = sim(Wrapup.none());
    sim.agent("alice").setMeasurementPeriod(ofMinutes(10));
    sim.offerCall("sales", ofMinutes(1));

    runTo(sim, ofMinutes(47)); // period [40, 50)

    assertThat(sim.session("alice/sales").kpis())
        .isEqualTo(new SessionKpis(ZERO, ofMinutes(7), ZERO, ZERO));
    assertThat(sim.session("alice/sales").statistics().totalTalkTime()).isEqualTo(ZERO);
  }

  @Test
  void an_elapsed_queue_period_restarts_the_queue_counters() {
    AcdSimulator sim = sim(Wrapup.none());
    sim.queue("sales").setMeasurementPeriod(ofMinutes(10));
    runTo(sim, ofMinutes(5));
    sim.offerCall("sales", ofMinutes(1));
    assertThat(sim.queue("sales").kpis().offered()).isEqualTo(1);

    runTo(sim, ofMinutes(15));

    assertThat(sim.queue("sales").kpis().offered()).isZero();
    assertThat(sim.queue("sales").kpis().answered()).isZero();
    assertThat(sim.queue("sales").statistics().totalCallsQueued()).isZero();
    assertThat(sim.queue("sales").statistics().measurementPeriod()).isEqualTo(ofMinutes(10));
  }
}
