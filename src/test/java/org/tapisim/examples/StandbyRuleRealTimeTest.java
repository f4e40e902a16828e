package org.tapisim.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.longThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.tapisim.harness.TapiSimAssertions.assertThat;
import static org.tapisim.harness.TapiSimAwait.awaitSimTime;
import static org.tapisim.harness.TapiSimAwait.callsWaiting;
import static org.tapisim.harness.TapiSimAwait.sawSessionEvent;
import static org.tapisim.harness.TapiSimAwait.wallTime;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tapisim.acd.AcdSimulator;
import org.tapisim.acd.AgentConfig;
import org.tapisim.acd.Distribution;
import org.tapisim.acd.Traffic;
import org.tapisim.harness.RecordedEvents;
import org.tapisim.harness.TapiSimExtension;
import org.tapisim.model.AgentId;
import org.tapisim.model.AgentSessionEvent;
import org.tapisim.model.GroupId;
import org.tapisim.model.SessionChanged;
import org.tapisim.model.TapiEventListener;

/**
 * The standby rule in real time, 100 times faster than the wall clock: the rule reacts on a thread
 * of its own while a rush of calls (10 a minute for two agents) fills the queue.
 */
class StandbyRuleRealTimeTest {

  @RegisterExtension
  static final TapiSimExtension TAPISIM =
      TapiSimExtension.builder()
          .group("support")
          .agent(AgentConfig.of("ann", "support").withStart(AgentConfig.Start.READY))
          .agent(AgentConfig.of("ben", "support").withStart(AgentConfig.Start.READY))
          .agent("sam", "support")
          .traffic(Traffic.poisson("support", 600, Distribution.exponential(Duration.ofMinutes(1))))
          .seed(3)
          .realTime(100)
          .build();

  private final StandbyRule.Alerts alerts = mock(StandbyRule.Alerts.class);
  private final TapiEventListener listener = mock(TapiEventListener.class);
  private final ExecutorService ruleThread = Executors.newSingleThreadExecutor();
  private StandbyRule rule;

  /** Runs before the simulator starts: the rule and the listener see every event. */
  @BeforeEach
  void startRule(AcdSimulator sim) {
    sim.subscribe(listener);
    rule = new StandbyRule(sim, "support", 3, "sam", alerts, ruleThread);
  }

  @AfterEach
  void stopRule() {
    rule.close();
    ruleThread.shutdownNow();
  }

  @Test
  void calls_the_standby_in_once_the_queue_is_too_long(AcdSimulator sim, RecordedEvents events) {
    awaitSimTime(sim, Duration.ofMinutes(5)).until(callsWaiting(sim, "support"), n -> n > 3);
    awaitSimTime(sim, Duration.ofMinutes(1))
        .until(sawSessionEvent(events, "sam/support", AgentSessionEvent.READY));

    assertThat(rule.hasCalledIn()).isTrue();
    assertThat(sim.agent("sam")).isLoggedIn();
    verify(alerts)
        .standbyCalledIn(eq(AgentId.of("sam")), eq(GroupId.of("support")), longThat(n -> n > 3));
  }

  @Test
  void a_mock_alert_and_a_mock_listener_are_verified_with_timeouts(AcdSimulator sim) {
    long millis = wallTime(sim, Duration.ofMinutes(5)).toMillis();

    verify(alerts, timeout(millis))
        .standbyCalledIn(eq(AgentId.of("sam")), eq(GroupId.of("support")), longThat(n -> n > 3));
    verify(listener, timeout(millis))
        .onEvent(
            argThat(
                event ->
                    event instanceof SessionChanged change
                        && change.session().toString().equals("sam/support")
                        && change.event() == AgentSessionEvent.NEW_SESSION));
  }
}
