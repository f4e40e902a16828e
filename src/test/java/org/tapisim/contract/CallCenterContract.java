package org.tapisim.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tapisim.model.AcdGroup;
import org.tapisim.model.Agent;
import org.tapisim.model.AgentChanged;
import org.tapisim.model.AgentEvent;
import org.tapisim.model.AgentHandler;
import org.tapisim.model.AgentId;
import org.tapisim.model.AgentSession;
import org.tapisim.model.AgentSessionEvent;
import org.tapisim.model.AgentSessionState;
import org.tapisim.model.AgentState;
import org.tapisim.model.CallCenter;
import org.tapisim.model.GroupId;
import org.tapisim.model.LineError;
import org.tapisim.model.Queue;
import org.tapisim.model.QueueId;
import org.tapisim.model.SessionChanged;
import org.tapisim.model.Subscription;
import org.tapisim.model.TapiEvent;
import org.tapisim.model.TapiException;

/**
 * The behaviour every {@link CallCenter} promises, whatever is behind it: the simulator and the
 * bridge to TAPI run the same assertions. A subclass says how to make a {@link ContractFixture};
 * each test gets a fresh one. Events may arrive asynchronously, so assertions about them wait.
 */
public abstract class CallCenterContract {
  private static final AgentId ALICE = AgentId.of("alice");
  private static final AgentId BOB = AgentId.of("bob");
  private static final GroupId SALES = GroupId.of("sales");
  private static final GroupId SUPPORT = GroupId.of("support");

  private ContractFixture fixture;
  private CallCenter callCenter;
  private final List<TapiEvent> events = new CopyOnWriteArrayList<>();

  /** Returns a fresh call center with the contract population, and its switch controls. */
  protected abstract ContractFixture createFixture();

  @BeforeEach
  void openCallCenter() {
    fixture = createFixture();
    callCenter = fixture.callCenter();
    callCenter.subscribe(events::add);
  }

  @AfterEach
  void closeCallCenter() {
    if (fixture != null) {
      fixture.close();
    }
  }

  // ---- helpers ----

  private AgentHandler handler() {
    assertThat(callCenter.agentHandlers()).isNotEmpty();
    return callCenter.agentHandlers().get(0);
  }

  private AcdGroup group(GroupId id) {
    return handler().groups().stream()
        .filter(g -> g.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no group " + id));
  }

  private Agent agent(AgentId id) {
    return handler().createAgent(id, "1234");
  }

  private AgentSession loggedIn(AgentId agent, GroupId group) {
    return agent(agent).createSession(group(group));
  }

  private AgentSession ready(AgentId agent, GroupId group) {
    AgentSession session = loggedIn(agent, group);
    session.setState(AgentSessionState.READY);
    return session;
  }

  private List<Tuple> sessionEvents(AgentSession session) {
    List<Tuple> seen = new ArrayList<>();
    for (TapiEvent event : events) {
      if (event instanceof SessionChanged change && change.session().equals(session.id())) {
        seen.add(tuple(change.event(), change.from(), change.to()));
      }
    }
    return seen;
  }

  private List<Tuple> agentEvents(AgentId agent) {
    List<Tuple> seen = new ArrayList<>();
    for (TapiEvent event : events) {
      if (event instanceof AgentChanged change && change.agent().equals(agent)) {
        seen.add(tuple(change.event(), change.from(), change.to()));
      }
    }
    return seen;
  }

  private static void assertRefused(Runnable request, LineError error) {
    assertThatThrownBy(request::run)
        .isInstanceOfSatisfying(TapiException.class, e -> assertThat(e.error()).isEqualTo(error));
  }

  // ---- agent handlers, groups, queues ----

  @Test
  void an_agent_handler_serves_the_sales_and_support_groups() {
    assertThat(handler().name()).isNotBlank();
    assertThat(handler().groups())
        .extracting(AcdGroup::id)
        .containsExactlyInAnyOrder(SALES, SUPPORT);
  }

  @Test
  void each_group_has_one_queue_named_like_the_group() {
    assertThat(group(SALES).queues()).extracting(Queue::id).containsExactly(QueueId.of("sales"));
    assertThat(group(SUPPORT).queues())
        .extracting(Queue::id)
        .containsExactly(QueueId.of("support"));
  }

  // ---- agents ----

  @Test
  void creating_an_agent_with_a_known_id_returns_that_agent() {
    Agent first = agent(ALICE);
    AgentSession session = first.createSession(group(SALES));

    Agent again = agent(ALICE);

    assertThat(again.id()).isEqualTo(ALICE);
    assertThat(again.sessions()).extracting(AgentSession::id).containsExactly(session.id());
    assertThat(handler().agents()).extracting(Agent::id).containsOnlyOnce(ALICE);
  }

  @Test
  void creating_an_agent_with_a_new_id_creates_one_that_may_log_in_anywhere() {
    AgentId dave = AgentId.of("dave");
    Agent agent = agent(dave);

    assertThat(agent.id()).isEqualTo(dave);
    assertThat(agent.sessions()).isEmpty();
    assertThat(agent.state()).isEqualTo(AgentState.NOT_READY);
    assertThat(handler().agents()).extracting(Agent::id).contains(dave);
    assertThat(agent.createSession(group(SUPPORT)).state()).isEqualTo(AgentSessionState.NOT_READY);
  }

  @Test
  void an_agent_cannot_log_in_to_a_group_it_does_not_belong_to() {
    Agent bob = agent(BOB);

    assertRefused(() -> bob.createSession(group(SUPPORT)), LineError.INVALAGENTGROUP);
    assertThat(bob.sessions()).isEmpty();
  }

  @Test
  void a_second_live_session_in_the_same_group_is_refused() {
    Agent alice = agent(ALICE);
    alice.createSession(group(SALES));

    assertRefused(() -> alice.createSession(group(SALES)), LineError.INVALAGENTGROUP);
    assertThat(alice.sessions()).hasSize(1);
  }

  // ---- sessions ----

  @Test
  void a_new_session_starts_not_ready_and_reports_new_session() {
    AgentSession session = loggedIn(ALICE, SALES);

    assertThat(session.id().toString()).isEqualTo("alice/sales");
    assertThat(session.agent().id()).isEqualTo(ALICE);
    assertThat(session.group().id()).isEqualTo(SALES);
    assertThat(session.state()).isEqualTo(AgentSessionState.NOT_READY);
    assertThat(session.nextState()).isEmpty();
    await()
        .untilAsserted(
            () ->
                assertThat(sessionEvents(session))
                    .containsExactly(
                        tuple(AgentSessionEvent.NEW_SESSION, null, AgentSessionState.NOT_READY)));
  }

  @Test
  void valid_state_changes_apply_and_are_reported_in_order() {
    AgentSession session = loggedIn(ALICE, SALES);

    session.setState(AgentSessionState.READY);
    assertThat(session.state()).isEqualTo(AgentSessionState.READY);
    session.setState(AgentSessionState.NOT_READY);
    assertThat(session.state()).isEqualTo(AgentSessionState.NOT_READY);
    session.setState(AgentSessionState.SESSION_ENDED);
    assertThat(session.state()).isEqualTo(AgentSessionState.SESSION_ENDED);

    await()
        .untilAsserted(
            () ->
                assertThat(sessionEvents(session))
                    .containsExactly(
                        tuple(AgentSessionEvent.NEW_SESSION, null, AgentSessionState.NOT_READY),
                        tuple(
                            AgentSessionEvent.READY,
                            AgentSessionState.NOT_READY,
                            AgentSessionState.READY),
                        tuple(
                            AgentSessionEvent.NOT_READY,
                            AgentSessionState.READY,
                            AgentSessionState.NOT_READY),
                        tuple(
                            AgentSessionEvent.END,
                            AgentSessionState.NOT_READY,
                            AgentSessionState.SESSION_ENDED)));
  }

  @Test
  void invalid_state_changes_are_refused_change_nothing_and_report_nothing() {
    AgentSession session = loggedIn(ALICE, SALES);

    assertRefused(
        () -> session.setState(AgentSessionState.NOT_READY), LineError.INVALAGENTSESSIONSTATE);
    assertRefused(
        () -> session.setState(AgentSessionState.BUSY_ON_CALL), LineError.INVALAGENTSESSIONSTATE);
    assertRefused(
        () -> session.setState(AgentSessionState.BUSY_WRAPUP), LineError.INVALAGENTSESSIONSTATE);
    assertThat(session.state()).isEqualTo(AgentSessionState.NOT_READY);
    session.setState(AgentSessionState.READY);
    assertRefused(
        () -> session.setState(AgentSessionState.BUSY_WRAPUP), LineError.INVALAGENTSESSIONSTATE);
    assertRefused(
        () -> session.setState(AgentSessionState.NOT_READY, AgentSessionState.BUSY_WRAPUP),
        LineError.INVALAGENTSESSIONSTATE);
    assertThat(session.state()).isEqualTo(AgentSessionState.READY);
    session.setState(AgentSessionState.SESSION_ENDED);
    assertRefused(
        () -> session.setState(AgentSessionState.READY), LineError.INVALAGENTSESSIONSTATE);

    await()
        .untilAsserted(
            () ->
                assertThat(sessionEvents(session))
                    .extracting(t -> t.toList().get(0))
                    .containsExactly(
                        AgentSessionEvent.NEW_SESSION,
                        AgentSessionEvent.READY,
                        AgentSessionEvent.END));
  }

  @Test
  void a_refusal_names_the_session_and_both_states() {
    AgentSession session = loggedIn(ALICE, SALES);

    assertThatThrownBy(() -> session.setState(AgentSessionState.BUSY_WRAPUP))
        .hasMessageContaining("alice/sales")
        .hasMessageContaining("NOT_READY")
        .hasMessageContaining("BUSY_WRAPUP");
  }

  @Test
  void an_asynchronous_state_change_completes_or_fails_like_the_blocking_one() {
    AgentSession session = loggedIn(ALICE, SALES);

    assertThat(session.setStateAsync(AgentSessionState.READY, null))
        .succeedsWithin(Duration.ofSeconds(10));
    assertThat(session.state()).isEqualTo(AgentSessionState.READY);
    assertThat(session.setStateAsync(AgentSessionState.READY, null))
        .failsWithin(Duration.ofSeconds(10))
        .withThrowableOfType(ExecutionException.class)
        .havingCause()
        .isInstanceOfSatisfying(
            TapiException.class,
            e -> assertThat(e.error()).isEqualTo(LineError.INVALAGENTSESSIONSTATE));
  }

  @Test
  void a_next_state_is_kept_until_a_plain_state_change_clears_it() {
    AgentSession session = ready(ALICE, SALES);

    session.setState(AgentSessionState.NOT_READY, AgentSessionState.READY);
    assertThat(session.state()).isEqualTo(AgentSessionState.NOT_READY);
    assertThat(session.nextState()).contains(AgentSessionState.READY);

    session.setState(AgentSessionState.READY);
    assertThat(session.nextState()).isEmpty();
  }

  @Test
  void a_busy_state_is_refused_as_a_next_state_and_changes_nothing() {
    AgentSession session = loggedIn(ALICE, SALES);

    assertRefused(
        () -> session.setState(AgentSessionState.READY, AgentSessionState.BUSY_WRAPUP),
        LineError.INVALAGENTSESSIONSTATE);
    assertRefused(
        () -> session.setState(AgentSessionState.READY, AgentSessionState.BUSY_ON_CALL),
        LineError.INVALAGENTSESSIONSTATE);

    assertThat(session.state()).isEqualTo(AgentSessionState.NOT_READY);
    assertThat(session.nextState()).isEmpty();
  }

  @Test
  void an_ended_session_stays_listed_and_the_agent_may_log_in_again() {
    AgentSession first = loggedIn(ALICE, SALES);
    first.setState(AgentSessionState.SESSION_ENDED);

    AgentSession second = agent(ALICE).createSession(group(SALES));

    assertThat(agent(ALICE).sessions())
        .extracting(AgentSession::state)
        .containsExactly(AgentSessionState.SESSION_ENDED, AgentSessionState.NOT_READY);
    assertThat(second.id()).isEqualTo(first.id());
  }

  // ---- ACD calls and the agent's state ----

  @Test
  void a_delivered_call_makes_the_session_busy_and_its_end_makes_it_ready() {
    AgentSession session = ready(ALICE, SALES);

    fixture.deliverCall(session.id());
    assertThat(session.state()).isEqualTo(AgentSessionState.BUSY_ON_CALL);
    assertThat(session.agent().state()).isEqualTo(AgentState.BUSY_ACD);

    fixture.endCall(session.id());
    assertThat(session.state()).isEqualTo(AgentSessionState.READY);
    assertThat(session.agent().state()).isEqualTo(AgentState.READY);
    await()
        .untilAsserted(
            () ->
                assertThat(sessionEvents(session))
                    .endsWith(
                        tuple(
                            AgentSessionEvent.BUSY,
                            AgentSessionState.READY,
                            AgentSessionState.BUSY_ON_CALL),
                        tuple(
                            AgentSessionEvent.READY,
                            AgentSessionState.BUSY_ON_CALL,
                            AgentSessionState.READY)));
    await()
        .untilAsserted(
            () ->
                assertThat(agentEvents(ALICE))
                    .endsWith(
                        tuple(AgentEvent.BUSY_ACD, AgentState.READY, AgentState.BUSY_ACD),
                        tuple(AgentEvent.READY, AgentState.BUSY_ACD, AgentState.READY)));
  }

  @Test
  void leaving_busy_on_call_releases_the_call() {
    AgentSession session = ready(ALICE, SALES);
    fixture.deliverCall(session.id());

    session.setState(AgentSessionState.NOT_READY);

    assertThat(session.agent().state()).isEqualTo(AgentState.NOT_READY);
    session.setState(AgentSessionState.READY);
    fixture.deliverCall(session.id());
    assertThat(session.state()).isEqualTo(AgentSessionState.BUSY_ON_CALL);
  }

  @Test
  void an_agent_is_busy_while_one_session_is_busy_ready_while_one_is_ready() {
    AgentSession sales = loggedIn(ALICE, SALES);
    AgentSession support = loggedIn(ALICE, SUPPORT);
    Agent alice = sales.agent();
    assertThat(alice.state()).isEqualTo(AgentState.NOT_READY);

    support.setState(AgentSessionState.READY);
    assertThat(alice.state()).isEqualTo(AgentState.READY);

    sales.setState(AgentSessionState.READY);
    fixture.deliverCall(sales.id());
    assertThat(alice.state()).isEqualTo(AgentState.BUSY_ACD);
    assertThat(support.state()).isEqualTo(AgentSessionState.READY);

    sales.setState(AgentSessionState.NOT_READY);
    support.setState(AgentSessionState.NOT_READY);
    assertThat(alice.state()).isEqualTo(AgentState.NOT_READY);
  }

  @Test
  void an_agent_state_request_moves_idle_sessions_and_is_next_for_busy_ones() {
    AgentSession sales = ready(ALICE, SALES);
    AgentSession support = loggedIn(ALICE, SUPPORT);
    Agent alice = sales.agent();
    fixture.deliverCall(sales.id());

    alice.setState(AgentState.READY);
    assertThat(support.state()).isEqualTo(AgentSessionState.READY);
    assertThat(sales.state()).isEqualTo(AgentSessionState.BUSY_ON_CALL);
    assertThat(sales.nextState()).contains(AgentSessionState.READY);

    alice.setState(AgentState.NOT_READY);
    assertThat(support.state()).isEqualTo(AgentSessionState.NOT_READY);
    assertThat(sales.nextState()).contains(AgentSessionState.NOT_READY);

    fixture.endCall(sales.id());
    assertThat(sales.state()).isEqualTo(AgentSessionState.NOT_READY);
    assertThat(alice.state()).isEqualTo(AgentState.NOT_READY);
  }

  @Test
  void an_agent_state_request_needs_ready_or_not_ready_and_a_live_session() {
    Agent carol = agent(AgentId.of("carol"));
    assertRefused(() -> carol.setState(AgentState.READY), LineError.INVALAGENTSTATE);

    carol.createSession(group(SUPPORT));
    assertRefused(() -> carol.setState(AgentState.BUSY_ACD), LineError.INVALAGENTSTATE);
    assertThat(carol.state()).isEqualTo(AgentState.NOT_READY);
  }

  // ---- statistics ----

  @Test
  void statistics_count_calls_talk_and_session_time() {
    AgentSession session = ready(ALICE, SALES);
    fixture.advance(Duration.ofSeconds(10));
    fixture.deliverCall(session.id());
    fixture.advance(Duration.ofSeconds(60));
    fixture.endCall(session.id());
    fixture.advance(Duration.ofSeconds(30));

    var stats = session.statistics();
    assertThat(stats.sessionStartTime()).isEqualTo(session.startTime());
    assertThat(stats.sessionDuration()).isEqualTo(Duration.ofSeconds(100));
    assertThat(stats.numberOfCalls()).isEqualTo(1);
    assertThat(stats.totalTalkTime()).isEqualTo(Duration.ofSeconds(60));
    assertThat(stats.averageTalkTime()).isEqualTo(Duration.ofSeconds(60));
    assertThat(stats.totalCallTime()).isEqualTo(Duration.ofSeconds(60));
    assertThat(stats.totalWrapUpTime()).isZero();

    var agentStats = session.agent().statistics();
    assertThat(agentStats.numberOfAcdCalls()).isEqualTo(1);
    assertThat(agentStats.totalAcdTalkTime()).isEqualTo(Duration.ofSeconds(60));
    assertThat(agentStats.numberOfIncomingCalls()).isZero();

    var queueStats = group(SALES).queues().get(0).statistics();
    assertThat(queueStats.totalCallsQueued()).isEqualTo(1);
    assertThat(queueStats.currentCallsQueued()).isZero();
    assertThat(queueStats.totalCallsAbandoned()).isZero();
  }

  @Test
  void a_measurement_period_is_kept_and_resets_the_counters() {
    AgentSession session = ready(ALICE, SALES);
    fixture.deliverCall(session.id());
    fixture.endCall(session.id());
    Agent alice = session.agent();
    Queue sales = group(SALES).queues().get(0);

    alice.setMeasurementPeriod(Duration.ofHours(1));
    sales.setMeasurementPeriod(Duration.ofMinutes(30));

    assertThat(alice.measurementPeriod()).isEqualTo(Duration.ofHours(1));
    assertThat(alice.statistics().measurementPeriod()).isEqualTo(Duration.ofHours(1));
    assertThat(alice.statistics().numberOfAcdCalls()).isZero();
    assertThat(session.statistics().numberOfCalls()).isZero();
    assertThat(sales.measurementPeriod()).isEqualTo(Duration.ofMinutes(30));
    assertThat(sales.statistics().totalCallsQueued()).isZero();
  }

  @Test
  void a_measurement_period_must_be_positive() {
    Agent alice = agent(ALICE);
    Queue sales = group(SALES).queues().get(0);

    assertRefused(() -> alice.setMeasurementPeriod(Duration.ZERO), LineError.INVALPARAM);
    assertRefused(() -> sales.setMeasurementPeriod(Duration.ofSeconds(-5)), LineError.INVALPARAM);
    assertThat(alice.measurementPeriod()).isZero();
  }

  // ---- events ----

  @Test
  void events_carry_strictly_increasing_sequence_numbers() {
    AgentSession session = ready(ALICE, SALES);
    session.setState(AgentSessionState.NOT_READY);
    session.setState(AgentSessionState.READY);

    await().untilAsserted(() -> assertThat(sessionEvents(session)).hasSize(4));
    List<Long> sequences = events.stream().map(TapiEvent::sequence).toList();
    assertThat(sequences).isSorted().doesNotHaveDuplicates();
    assertThat(sequences.get(0)).isPositive();
  }

  @Test
  void a_closed_subscription_gets_no_more_events() {
    List<TapiEvent> late = new CopyOnWriteArrayList<>();
    Subscription subscription = callCenter.subscribe(late::add);
    AgentSession session = loggedIn(ALICE, SALES);
    await().untilAsserted(() -> assertThat(late).isNotEmpty());

    subscription.close();
    subscription.close();
    int before = late.size();
    session.setState(AgentSessionState.READY);

    await().untilAsserted(() -> assertThat(sessionEvents(session)).hasSize(2));
    assertThat(late).hasSize(before);
  }
}
