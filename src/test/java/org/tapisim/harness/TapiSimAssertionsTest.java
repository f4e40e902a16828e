package org.tapisim.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tapisim.harness.TapiSimAssertions.assertThat;
import static org.tapisim.model.AgentSessionEvent.BUSY;
import static org.tapisim.model.AgentSessionEvent.NEW_SESSION;
import static org.tapisim.model.AgentSessionEvent.READY;
import static org.tapisim.model.AgentSessionEvent.WRAPUP;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opentest4j.AssertionFailedError;
import org.tapisim.acd.AcdSimulator;
import org.tapisim.acd.AgentConfig;
import org.tapisim.acd.GroupConfig;
import org.tapisim.acd.Wrapup;
import org.tapisim.model.AgentSession;
import org.tapisim.model.AgentSessionEvent;
import org.tapisim.model.AgentSessionState;
import org.tapisim.model.AgentState;
import org.tapisim.model.CallAbandoned;
import org.tapisim.model.CallBlocked;
import org.tapisim.model.CallDelivered;
import org.tapisim.model.CallEnded;
import org.tapisim.model.CallOffered;
import org.tapisim.model.CallQueued;
import org.tapisim.model.SessionChanged;

/**
 * The assertions pass on what happened and fail, with the entity named and expected and actual on
 * their own lines, on what did not. The call center: alice and bob answer sales calls with 10 s of
 * wrap-up; at time zero c1 (30 s) goes to alice, c2 (60 s) to bob, and c3 waits and gives up after
 * 15 s; then bob asks for NOT_READY while on c2. Each test looks at it 40 s in.
 */
class TapiSimAssertionsTest {
  private static final String NL = System.lineSeparator();

  @RegisterExtension
  static final TapiSimExtension TAPISIM =
      TapiSimExtension.builder()
          .group(GroupConfig.of("sales").withWrapup(Wrapup.fixed(Duration.ofSeconds(10))))
          .agent(AgentConfig.of("alice", "sales").withStart(AgentConfig.Start.READY))
          .agent(AgentConfig.of("bob", "sales").withStart(AgentConfig.Start.READY))
          .agent("carol", "sales")
          .build();

  private AcdSimulator sim;
  private RecordedEvents events;

  @BeforeEach
  void fortySecondsIn(AcdSimulator sim, RecordedEvents events) {
    this.sim = sim;
    this.events = events;
    sim.offerCall("sales", Duration.ofSeconds(30), null, "c1");
    sim.offerCall("sales", Duration.ofSeconds(60), null, "c2");
    sim.offerCall("sales", Duration.ofSeconds(20), Duration.ofSeconds(15), "c3");
    sim.advance(Duration.ofSeconds(15));
    sim.notReady("bob");
    sim.advance(Duration.ofSeconds(25));
  }

  private static String lines(String... lines) {
    return NL + String.join(NL, lines);
  }

  @Nested
  class Sessions {
    @Test
    void pass_on_what_is_true() {
      assertThat(sim.session("alice/sales"))
          .isInState(AgentSessionState.READY)
          .isNotInState(AgentSessionState.BUSY_ON_CALL)
          .hasNoNextState()
          .hasHandledCalls(1)
          .hasHandledAtLeast(1)
          .hasTotalTalkTime(Duration.ofSeconds(30))
          .hasTotalWrapUpTime(Duration.ofSeconds(10))
          .hasAverageTimeToAnswerAtMost(Duration.ZERO)
          .hasOccupancyBetween(0.99, 1.0);
      assertThat(sim.session("bob/sales"))
          .isInState(AgentSessionState.BUSY_ON_CALL)
          .hasNextState(AgentSessionState.NOT_READY);
    }

    @Test
    void a_wrong_state_names_the_session_and_shows_both_states_and_the_next_one() {
      AgentSession bob = sim.session("bob/sales");

      assertThatThrownBy(() -> assertThat(bob).isInState(AgentSessionState.READY))
          .isInstanceOf(AssertionFailedError.class)
          .hasMessage(
              lines(
                  "Expecting session bob/sales",
                  "to be in state:",
                  "  READY",
                  "but it was in state:",
                  "  BUSY_ON_CALL (next state NOT_READY)"));
    }

    @Test
    void a_failure_carries_expected_and_actual_for_the_ides_diff() {
      AgentSession alice = sim.session("alice/sales");

      assertThatThrownBy(() -> assertThat(alice).isInState(AgentSessionState.NOT_READY))
          .isInstanceOfSatisfying(
              AssertionFailedError.class,
              e -> {
                assertThat(e.getExpected().getValue()).isEqualTo(AgentSessionState.NOT_READY);
                assertThat(e.getActual().getValue()).isEqualTo(AgentSessionState.READY);
              });
    }

    @Test
    void a_description_comes_first() {
      AgentSession alice = sim.session("alice/sales");

      assertThatThrownBy(() -> assertThat(alice).as("after c1").hasHandledCalls(2))
          .hasMessage(
              "[after c1] "
                  + lines(
                      "Expecting session alice/sales",
                      "to have handled:",
                      "  2 calls",
                      "but it had handled:",
                      "  1 call"));
    }

    @Test
    void each_other_check_says_what_it_expected_and_found() {
      AgentSession alice = sim.session("alice/sales");
      AgentSession bob = sim.session("bob/sales");

      assertThatThrownBy(() -> assertThat(alice).isNotInState(AgentSessionState.READY))
          .hasMessageContaining("not to be in state:" + NL + "  READY");
      assertThatThrownBy(() -> assertThat(alice).hasNextState(AgentSessionState.NOT_READY))
          .hasMessageContaining("session alice/sales (in state READY)")
          .hasMessageEndingWith("but its next state was:" + NL + "  none");
      assertThatThrownBy(() -> assertThat(bob).hasNoNextState())
          .hasMessageEndingWith("but its next state was:" + NL + "  NOT_READY");
      assertThatThrownBy(() -> assertThat(alice).hasHandledAtLeast(3))
          .hasMessageContaining("to have handled at least:" + NL + "  3 calls");
      assertThatThrownBy(() -> assertThat(alice).hasTotalTalkTime(Duration.ofSeconds(31)))
          .hasMessageEndingWith(
              "to have a total talk time of:" + NL + "  31s" + NL + "but it had:" + NL + "  30s");
      assertThatThrownBy(() -> assertThat(alice).hasTotalWrapUpTime(Duration.ZERO))
          .hasMessageEndingWith("but it had:" + NL + "  10s");
      assertThatThrownBy(() -> assertThat(bob).hasOccupancyBetween(0, 0.5))
          .hasMessageContaining("to have an occupancy within:" + NL + "  [0, 0.5]")
          .hasMessageContaining("1 (on call 40s, wrap-up 0s, staffed 40s)");
    }

    @Test
    void a_missing_session_fails_as_null() {
      assertThatThrownBy(() -> assertThat((AgentSession) null).isInState(AgentSessionState.READY))
          .hasMessageContaining("Expecting actual not to be null");
    }
  }

  @Nested
  class Agents {
    @Test
    void pass_on_what_is_true() {
      assertThat(sim.agent("alice")).isInState(AgentState.READY).isLoggedIn().hasAcdCalls(1);
      assertThat(sim.agent("bob")).isInState(AgentState.BUSY_ACD);
      assertThat(sim.agent("carol")).isLoggedOut().isInState(AgentState.NOT_READY);
    }

    @Test
    void a_failure_names_the_agent_and_lists_its_sessions() {
      assertThatThrownBy(() -> assertThat(sim.agent("bob")).isInState(AgentState.READY))
          .hasMessage(
              lines(
                  "Expecting agent bob",
                  "to be in state:",
                  "  READY",
                  "but it was in state:",
                  "  BUSY_ACD (sessions: bob/sales BUSY_ON_CALL)"));
      assertThatThrownBy(() -> assertThat(sim.agent("carol")).isLoggedIn())
          .hasMessageEndingWith("but its sessions were:" + NL + "  none");
      assertThatThrownBy(() -> assertThat(sim.agent("alice")).isLoggedOut())
          .hasMessageEndingWith("but these sessions were live:" + NL + "  alice/sales READY");
      assertThatThrownBy(() -> assertThat(sim.agent("alice")).hasAcdCalls(0))
          .hasMessageEndingWith("but it had handled:" + NL + "  1 ACD calls");
    }
  }

  @Nested
  class Queues {
    @Test
    void pass_on_counts_and_kpis_within_bounds() {
      assertThat(sim.queue("sales"))
          .hasOffered(3)
          .hasAnswered(2)
          .hasAbandoned(1)
          .hasBlocked(0)
          .hasCallsWaiting(0)
          .hasServiceLevelAtLeast(0.66)
          .hasAverageSpeedOfAnswerAtMost(Duration.ZERO)
          .hasAbandonRateAtMost(0.34)
          .hasLongestWaitAtMost(Duration.ofSeconds(15));
    }

    @Test
    void a_kpi_out_of_bounds_shows_the_counts_behind_it() {
      assertThatThrownBy(() -> assertThat(sim.queue("sales")).hasServiceLevelAtLeast(0.8))
          .hasMessage(
              lines(
                  "Expecting queue sales",
                  "to have a service level of at least:",
                  "  0.8",
                  "but it had:",
                  "  0.6667 (2 of 3 offered calls answered within 20s)"));
      assertThatThrownBy(() -> assertThat(sim.queue("sales")).hasAbandonRateAtMost(0.1))
          .hasMessageEndingWith("  0.3333 (1 of 3 offered calls abandoned)");
      assertThatThrownBy(
              () -> assertThat(sim.queue("sales")).hasLongestWaitAtMost(Duration.ofSeconds(5)))
          .hasMessageEndingWith("but it had:" + NL + "  15s");
      assertThatThrownBy(() -> assertThat(sim.queue("sales")).hasAnswered(3))
          .isInstanceOf(AssertionFailedError.class)
          .hasMessageEndingWith(
              "to have:"
                  + NL
                  + "  3 answered calls"
                  + NL
                  + "but it had:"
                  + NL
                  + "  2 answered calls");
    }

    @Test
    void the_average_speed_of_answer_bound_shows_how_many_calls_it_covers() {
      sim.offerCall("sales", Duration.ofSeconds(10), null, "c4"); // alice is READY: no wait
      sim.offerCall("sales", Duration.ofSeconds(10), null, "c5"); // waits for bob or alice
      sim.advance(Duration.ofMinutes(1));

      assertThatThrownBy(
              () ->
                  assertThat(sim.queue("sales"))
                      .hasAverageSpeedOfAnswerAtMost(Duration.ofSeconds(1)))
          .hasMessageContaining("to have an average speed of answer of at most:" + NL + "  1s")
          .hasMessageEndingWith("(over 4 answered calls)");
    }
  }

  @Nested
  class Events {
    @Test
    void in_order_means_a_subsequence_with_other_events_between() {
      assertThat(events)
          .containsSessionEventsInOrder("alice/sales", NEW_SESSION, BUSY, READY)
          .containsSessionEventsInOrder("alice/sales", BUSY, WRAPUP, READY)
          .containsSessionStatesInOrder(
              "bob/sales", AgentSessionState.NOT_READY, AgentSessionState.BUSY_ON_CALL)
          .containsAgentStatesInOrder("alice", AgentState.BUSY_ACD, AgentState.READY)
          .containsCallEventsInOrder("c3", CallOffered.class, CallQueued.class, CallAbandoned.class)
          .containsCallEventsInOrder("c1", CallDelivered.class, CallEnded.class);
    }

    @Test
    void out_of_order_names_the_first_missing_event_and_lists_what_was_reported() {
      assertThatThrownBy(
              () ->
                  assertThat(events)
                      .containsSessionEventsInOrder("alice/sales", BUSY, READY, WRAPUP))
          .hasMessageStartingWith(
              lines(
                  "Expecting session alice/sales",
                  "to report, in this order (other events may come between):",
                  "  [BUSY, READY, WRAPUP]",
                  "but it reported:",
                  "  [NEW_SESSION, READY, BUSY, WRAPUP, READY]",
                  "  00:00:00.000 #"))
          .hasMessageContaining("session alice/sales WRAPUP BUSY_ON_CALL→BUSY_WRAPUP call c1")
          .hasMessageEndingWith(NL + "WRAPUP was not reported after READY.");
      assertThatThrownBy(
              () -> assertThat(events).containsSessionEventsInOrder("carol/sales", NEW_SESSION))
          .hasMessageContaining("but it reported:" + NL + "  (nothing)")
          .hasMessageEndingWith("NEW_SESSION was never reported.");
      assertThatThrownBy(
              () -> assertThat(events).containsCallEventsInOrder("c3", CallDelivered.class))
          .hasMessageContaining("  [OFFERED, QUEUED, ABANDONED]")
          .hasMessageEndingWith("DELIVERED was never reported.");
    }

    @Test
    void never_and_counts() {
      assertThat(events)
          .saw(CallAbandoned.class)
          .hasCount(CallDelivered.class, 2)
          .neverSaw(CallBlocked.class)
          .neverSawForSession("alice/sales", AgentSessionEvent.END)
          .neverSawForQueue("sales", CallBlocked.class)
          .neverSaw(
              "a session ending",
              e -> e instanceof SessionChanged s && s.to() == AgentSessionState.SESSION_ENDED);
    }

    @Test
    void never_saw_lists_what_it_did_see() {
      assertThatThrownBy(() -> assertThat(events).neverSawForQueue("sales", CallAbandoned.class))
          .hasMessageStartingWith(
              lines("Expecting queue sales", "never to report:", "  ABANDONED", "but it did:"))
          .hasMessageEndingWith(
              NL
                  + "  00:00:15.000 #"
                  + events.ofKind(CallAbandoned.class).get(0).sequence()
                  + " call c3 ABANDONED in sales after 15s");
      assertThatThrownBy(() -> assertThat(events).neverSawForSession("bob/sales", BUSY))
          .hasMessageContaining(
              "Expecting session bob/sales" + NL + "never to report:" + NL + "  BUSY");
      assertThatThrownBy(() -> assertThat(events).neverSaw(CallQueued.class))
          .hasMessageContaining("call c3 QUEUED in sales at position 1");
      assertThatThrownBy(() -> assertThat(events).saw(CallBlocked.class))
          .hasMessageContaining("to contain at least one:" + NL + "  CallBlocked");
      assertThatThrownBy(() -> assertThat(events).hasCount(CallDelivered.class, 3))
          .hasMessageContaining("but they contained 2:" + NL + "  00:00:00.000");
    }

    @Test
    void since_a_mark_only_later_events_count() {
      RecordedEvents.Mark mark = events.mark();
      sim.advance(Duration.ofMinutes(1));

      assertThat(events.since(mark))
          .containsSessionEventsInOrder("bob/sales", WRAPUP, AgentSessionEvent.NOT_READY)
          .neverSaw(CallOffered.class);
    }
  }
}
