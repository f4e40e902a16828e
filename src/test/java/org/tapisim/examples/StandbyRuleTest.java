package org.tapisim.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.tapisim.harness.TapiSimAssertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tapisim.acd.AcdSimulator;
import org.tapisim.acd.AgentConfig;
import org.tapisim.acd.Distribution;
import org.tapisim.acd.GroupConfig;
import org.tapisim.acd.Traffic;
import org.tapisim.harness.RecordedEvents;
import org.tapisim.harness.TapiSimExtension;
import org.tapisim.model.AgentId;
import org.tapisim.model.AgentSessionEvent;
import org.tapisim.model.AgentSessionState;
import org.tapisim.model.AgentState;
import org.tapisim.model.CallQueued;
import org.tapisim.model.GroupId;

/**
 * The standby rule against a simulator configured in code, in virtual time: two agents answer a
 * support line that is too busy for them (2.4 erlangs of traffic), and a third waits on standby.
 */
class StandbyRuleTest {

  /** The call center of every test here; each test gets a fresh simulator from it. */
  @RegisterExtension
  static final TapiSimExtension TAPISIM =
      TapiSimExtension.builder()
          .group(GroupConfig.of("support").withServiceLevel(Duration.ofSeconds(30)))
          .agent(AgentConfig.of("ann", "support").withStart(AgentConfig.Start.READY))
          .agent(AgentConfig.of("ben", "support").withStart(AgentConfig.Start.READY))
          .agent("sam", "support")
          .traffic(Traffic.poisson("support", 144, Distribution.exponential(Duration.ofMinutes(1))))
          .seed(11)
          .build();

  private static final AgentId SAM = AgentId.of("sam");
  private static final GroupId SUPPORT = GroupId.of("support");

  private final StandbyRule.Alerts alerts = mock(StandbyRule.Alerts.class);

  @Test
  void calls_the_standby_in_when_more_than_three_calls_wait(
      AcdSimulator sim, RecordedEvents events) {
    var rule = new StandbyRule(sim, "support", 3, "sam", alerts, Runnable::run);

    boolean reacted = sim.advanceUntil(rule::hasCalledIn, Duration.ofHours(1));

    assertThat(reacted).isTrue();
    assertThat(events.last(CallQueued.class)).get().extracting(CallQueued::position).isEqualTo(4L);
    assertThat(sim.agent("sam")).isLoggedIn().isInState(AgentState.BUSY_ACD);
    assertThat(events)
        .containsSessionStatesInOrder(
            "sam/support",
            AgentSessionState.NOT_READY,
            AgentSessionState.READY,
            AgentSessionState.BUSY_ON_CALL);
    assertThat(sim.queue("support")).hasCallsWaiting(3);
    verify(alerts).standbyCalledIn(SAM, SUPPORT, 4);
  }

  @Test
  void leaves_the_standby_alone_while_the_queue_stays_short_enough(
      AcdSimulator sim, RecordedEvents events) {
    var rule = new StandbyRule(sim, "support", 1_000, "sam", alerts, Runnable::run);

    sim.advance(Duration.ofMinutes(30));

    assertThat(rule.hasCalledIn()).isFalse();
    assertThat(sim.agent("sam")).isLoggedOut();
    assertThat(events).neverSawForSession("sam/support", AgentSessionEvent.NEW_SESSION);
    verifyNoInteractions(alerts);
  }

  @Test
  void with_the_standby_the_line_keeps_its_service_level(AcdSimulator sim) {
    new StandbyRule(sim, "support", 3, "sam", alerts, Runnable::run);

    sim.advance(Duration.ofHours(1));

    assertThat(sim.queue("support"))
        .hasServiceLevelAtLeast(0.6)
        .hasAverageSpeedOfAnswerAtMost(Duration.ofSeconds(45))
        .hasAbandonRateAtMost(0.0);
  }
}
