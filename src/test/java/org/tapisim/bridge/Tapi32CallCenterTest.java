package org.tapisim.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tapisim.bridge.jna.LINEAGENTGROUPLIST;
import org.tapisim.bridge.jna.Tapi32;
import org.tapisim.model.AcdGroup;
import org.tapisim.model.AcdGroupEvent;
import org.tapisim.model.AgentChanged;
import org.tapisim.model.AgentEvent;
import org.tapisim.model.AgentId;
import org.tapisim.model.AgentSession;
import org.tapisim.model.AgentSessionEvent;
import org.tapisim.model.AgentSessionState;
import org.tapisim.model.AgentState;
import org.tapisim.model.GroupChanged;
import org.tapisim.model.GroupId;
import org.tapisim.model.LineClosed;
import org.tapisim.model.LineError;
import org.tapisim.model.SessionChanged;
import org.tapisim.model.SessionId;
import org.tapisim.model.TapiEvent;
import org.tapisim.model.TapiException;

/** The friendly layer's protocol and error paths, against a Mockito mock of tapi32. */
class Tapi32CallCenterTest {
  private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");

  private final FakeTapi fake = new FakeTapi();
  private final Tapi32 tapi = fake.tapi;
  private final List<TapiEvent> events = new CopyOnWriteArrayList<>();
  private Tapi32CallCenter callCenter;

  private Tapi32CallCenter open(Duration replyTimeout) {
    callCenter =
        Tapi32CallCenter.builder(tapi)
            .clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .replyTimeout(replyTimeout)
            .messageWait(Duration.ofMillis(50))
            .open();
    callCenter.subscribe(events::add);
    return callCenter;
  }

  private Tapi32CallCenter open() {
    return open(Duration.ofSeconds(10));
  }

  @AfterEach
  void close() {
    if (callCenter != null) {
      callCenter.close();
    }
  }

  private static void assertFails(Runnable call, LineError error) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(TapiException.class, e -> assertThat(e.error()).isEqualTo(error));
  }

  private AgentSession session() {
    fake.givenGroups("sales", "support");
    fake.givenAgent();
    fake.givenSession(0x1);
    var handler = callCenter.agentHandler();
    AcdGroup sales = handler.groups().get(0);
    return handler.createAgent(AgentId.of("alice"), "").createSession(sales);
  }

  /** Waits until the events seen are exactly {@code expected}, in order. */
  private void assertEventsSoon(TapiEvent... expected) {
    await().untilAsserted(() -> assertThat(events).containsExactly(expected));
  }

  // ---- opening ----

  @Test
  void opening_initialises_with_events_negotiates_2_2_to_3_0_opens_and_names_the_handler() {
    open();

    verify(tapi)
        .lineInitializeEx(
            any(),
            isNull(),
            isNull(),
            any(),
            any(),
            argThat(v -> v.getValue() == Tapi32.TAPI_VERSION_3_0),
            argThat(p -> p.dwOptions == Tapi32.LINEINITIALIZEEXOPTION_USEEVENT));
    verify(tapi)
        .lineNegotiateAPIVersion(
            eq(FakeTapi.APP),
            eq(0),
            eq(Tapi32.TAPI_VERSION_2_2),
            eq(Tapi32.TAPI_VERSION_3_0),
            any(),
            any());
    verify(tapi)
        .lineOpen(
            eq(FakeTapi.APP),
            eq(0),
            any(),
            eq(Tapi32.TAPI_VERSION_3_0),
            eq(0),
            any(),
            eq(Tapi32.LINECALLPRIVILEGE_NONE),
            eq(Tapi32.LINEMEDIAMODE_INTERACTIVEVOICE),
            isNull());
    assertThat(callCenter.apiVersion()).isEqualTo(Tapi32.TAPI_VERSION_3_0);
    assertThat(callCenter.agentHandlers())
        .singleElement()
        .satisfies(h -> assertThat(h.name()).isEqualTo("fake handler"));
  }

  @Test
  void a_failed_initialisation_throws_tapis_error() {
    fake.on("lineInitializeEx", call -> LineError.REINIT.code());

    assertFails(this::open, LineError.REINIT);
    verify(tapi, never()).lineShutdown(anyInt());
  }

  @Test
  void a_failed_negotiation_shuts_tapi_down_again() {
    fake.on("lineNegotiateAPIVersion", call -> LineError.INCOMPATIBLEAPIVERSION.code());

    assertFails(this::open, LineError.INCOMPATIBLEAPIVERSION);
    verify(tapi).lineShutdown(FakeTapi.APP);
  }

  @Test
  void a_device_tapi_does_not_have_is_refused() {
    assertThatThrownBy(() -> Tapi32CallCenter.builder(tapi).deviceId(3).open())
        .isInstanceOfSatisfying(
            TapiException.class, e -> assertThat(e.error()).isEqualTo(LineError.BADDEVICEID));
    verify(tapi).lineShutdown(FakeTapi.APP);
  }

  @Test
  void a_line_without_an_agent_handler_cannot_be_opened_and_is_closed_again() {
    fake.on("lineGetAgentCaps", call -> fake.reply(LineError.OPERATIONUNAVAIL.code()));

    assertFails(this::open, LineError.OPERATIONUNAVAIL);
    verify(tapi).lineClose(FakeTapi.LINE);
    verify(tapi, times(1)).lineShutdown(FakeTapi.APP);
  }

  // ---- variable-size structures ----

  @Test
  void a_list_that_does_not_fit_is_grown_to_the_needed_size_and_asked_again() {
    open();
    List<Integer> sizes = new ArrayList<>();
    fake.on(
        "lineGetGroupList",
        call -> {
          LINEAGENTGROUPLIST list = call.getArgument(1);
          sizes.add(list.dwTotalSize);
          if (sizes.size() == 1) {
            FakeTapi.header(list.data(), list.dwTotalSize, 5000, 24);
            return fake.reply(0);
          }
          return fake.groupList(list, "sales", "support");
        });

    assertThat(callCenter.agentHandler().groups())
        .extracting(AcdGroup::id)
        .containsExactly(GroupId.of("sales"), GroupId.of("support"));
    assertThat(sizes).containsExactly(1024, 5000);
  }

  @Test
  void structure_too_small_from_tapi_doubles_the_buffer_and_asks_again() {
    open();
    List<Integer> sizes = new ArrayList<>();
    fake.on(
        "lineGetGroupList",
        call -> {
          LINEAGENTGROUPLIST list = call.getArgument(1);
          sizes.add(list.dwTotalSize);
          return sizes.size() == 1
              ? LineError.STRUCTURETOOSMALL.code()
              : fake.groupList(list, "sales");
        });

    assertThat(callCenter.agentHandler().groups()).hasSize(1);
    assertThat(sizes).containsExactly(1024, 2048);
  }

  @Test
  void a_structure_tapi_keeps_calling_too_small_fails_after_a_few_tries() {
    open();
    fake.on("lineGetGroupList", call -> LineError.STRUCTURETOOSMALL.code());

    assertFails(() -> callCenter.agentHandler().groups(), LineError.STRUCTURETOOSMALL);
    verify(tapi, times(4)).lineGetGroupList(anyInt(), any());
  }

  // ---- replies ----

  @Test
  void a_reply_that_never_comes_fails_the_call_after_the_reply_timeout() {
    open(Duration.ofMillis(200));
    fake.on("lineGetGroupList", call -> fake.noReply());

    assertThatThrownBy(() -> callCenter.agentHandler().groups())
        .isInstanceOfSatisfying(
            TapiException.class,
            e -> {
              assertThat(e.error()).isEqualTo(LineError.OPERATIONFAILED);
              assertThat(e).hasMessageContaining("no LINE_REPLY within PT0.2S");
            });
  }

  @Test
  void an_asynchronous_request_whose_reply_never_comes_fails_after_the_timeout() {
    open(Duration.ofMillis(200));
    AgentSession session = session();
    fake.on("lineSetAgentSessionState", call -> fake.noReply());

    assertThat(session.setStateAsync(AgentSessionState.READY, null))
        .failsWithin(Duration.ofSeconds(5))
        .withThrowableOfType(ExecutionException.class)
        .havingCause()
        .isInstanceOfSatisfying(
            TapiException.class, e -> assertThat(e.error()).isEqualTo(LineError.OPERATIONFAILED));
  }

  @Test
  void a_negative_reply_becomes_its_line_error_and_an_unknown_code_is_named() {
    open();
    fake.on(
        "lineGetGroupList",
        call -> fake.reply(LineError.RESOURCEUNAVAIL.code()),
        call -> fake.reply(0x80001234));

    assertFails(() -> callCenter.agentHandler().groups(), LineError.RESOURCEUNAVAIL);
    assertThatThrownBy(() -> callCenter.agentHandler().groups())
        .isInstanceOfSatisfying(
            TapiException.class,
            e -> {
              assertThat(e.error()).isEqualTo(LineError.OPERATIONFAILED);
              assertThat(e).hasMessageContaining("0x80001234");
            });
  }

  @Test
  void tapis_invalagentstate_for_a_session_is_reported_as_invalagentsessionstate() {
    open();
    AgentSession session = session();
    fake.on("lineSetAgentSessionState", call -> fake.reply(LineError.INVALAGENTSTATE.code()));

    assertThatThrownBy(() -> session.setState(AgentSessionState.BUSY_WRAPUP))
        .isInstanceOfSatisfying(
            TapiException.class,
            e -> {
              assertThat(e.error()).isEqualTo(LineError.INVALAGENTSESSIONSTATE);
              assertThat(e).hasMessageContaining("alice/sales").hasMessageContaining("NOT_READY");
            });
  }

  @Test
  void a_next_state_the_table_forbids_is_refused_without_asking_tapi() {
    open();
    AgentSession session = session();

    assertThatThrownBy(
            () -> session.setState(AgentSessionState.READY, AgentSessionState.BUSY_WRAPUP))
        .isInstanceOfSatisfying(
            TapiException.class,
            e -> {
              assertThat(e.error()).isEqualTo(LineError.INVALAGENTSESSIONSTATE);
              assertThat(e).hasMessageContaining("alice/sales").hasMessageContaining("BUSY_WRAPUP");
            });
    assertThat(session.setStateAsync(AgentSessionState.NOT_READY, AgentSessionState.NOT_READY))
        .failsWithin(Duration.ofSeconds(1))
        .withThrowableThat()
        .havingCause()
        .isInstanceOf(TapiException.class);
    verify(fake.tapi, never()).lineSetAgentSessionState(anyInt(), anyInt(), anyInt(), anyInt());
  }

  // ---- REINIT and LINE_CLOSE ----

  @Test
  void reinit_from_requests_is_an_error_each_time_and_one_line_closed_event() {
    open();
    fake.on("lineGetGroupList", call -> LineError.REINIT.code());

    assertFails(() -> callCenter.agentHandler().groups(), LineError.REINIT);
    assertFails(() -> callCenter.agentHandler().groups(), LineError.REINIT);

    await()
        .untilAsserted(
            () ->
                assertThat(events)
                    .singleElement()
                    .isInstanceOfSatisfying(
                        LineClosed.class,
                        e -> {
                          assertThat(e.reason()).isEqualTo(LineClosed.Reason.REINIT);
                          assertThat(e.time()).isEqualTo(NOW);
                          assertThat(e.sequence()).isEqualTo(1);
                        }));
  }

  @Test
  void a_linedevstate_reinit_message_is_a_line_closed_event() {
    open();
    fake.post(8, Tapi32.LINEDEVSTATE_REINIT, 0, 0);

    await()
        .untilAsserted(
            () ->
                assertThat(events)
                    .singleElement()
                    .isEqualTo(new LineClosed(NOW, 1, LineClosed.Reason.REINIT)));
  }

  @Test
  void a_forced_close_fails_the_waiting_request_and_every_later_one() {
    open();
    fake.on("lineGetGroupList", call -> fake.noReply());
    CompletableFuture<List<AcdGroup>> waiting =
        CompletableFuture.supplyAsync(() -> callCenter.agentHandler().groups());
    await().untilAsserted(() -> verify(tapi).lineGetGroupList(anyInt(), any()));

    fake.post(Tapi32.LINE_CLOSE, 0, 0, 0);

    assertThat(waiting)
        .failsWithin(Duration.ofSeconds(5))
        .withThrowableOfType(ExecutionException.class)
        .havingCause()
        .isInstanceOfSatisfying(
            TapiException.class, e -> assertThat(e.error()).isEqualTo(LineError.OPERATIONFAILED));
    assertFails(() -> callCenter.agentHandler().groups(), LineError.INVALLINEHANDLE);
    await()
        .untilAsserted(
            () ->
                assertThat(events)
                    .singleElement()
                    .isEqualTo(new LineClosed(NOW, 1, LineClosed.Reason.CLOSED)));
    callCenter.close();
    verify(tapi, never()).lineClose(anyInt());
    verify(tapi).lineShutdown(FakeTapi.APP);
  }

  @Test
  void a_message_pump_that_loses_tapi_fails_later_requests() {
    open();
    fake.breakMessages();

    await()
        .untilAsserted(
            () -> assertFails(() -> callCenter.agentHandler().groups(), LineError.OPERATIONFAILED));
  }

  // ---- close ----

  @Test
  void close_fails_a_waiting_request_at_once_and_later_calls_too() {
    open();
    fake.on("lineGetGroupList", call -> fake.noReply());
    CompletableFuture<List<AcdGroup>> waiting =
        CompletableFuture.supplyAsync(() -> callCenter.agentHandler().groups());
    await().untilAsserted(() -> verify(tapi).lineGetGroupList(anyInt(), any()));

    callCenter.close();
    callCenter.close();

    assertThat(waiting)
        .failsWithin(Duration.ofSeconds(5))
        .withThrowableOfType(ExecutionException.class)
        .havingCause()
        .isInstanceOfSatisfying(
            TapiException.class, e -> assertThat(e.error()).isEqualTo(LineError.UNINITIALIZED));
    assertFails(callCenter::agentHandlers, LineError.UNINITIALIZED);
    verify(tapi).lineClose(FakeTapi.LINE);
    verify(tapi, times(1)).lineShutdown(FakeTapi.APP);
  }

  @Test
  void close_from_a_listener_does_not_wait_for_itself() {
    open();
    callCenter.subscribe(event -> callCenter.close());
    fake.post(8, Tapi32.LINEDEVSTATE_REINIT, 0, 0);

    await().untilAsserted(() -> verify(tapi).lineShutdown(FakeTapi.APP));
  }

  // ---- events ----

  @Test
  void session_status_messages_become_session_events_with_their_previous_state() {
    open();
    AgentSession session = session();
    fake.post(Tapi32.LINE_AGENTSESSIONSTATUS, FakeTapi.SESSION, 0x3, 0x1);
    fake.post(Tapi32.LINE_AGENTSESSIONSTATUS, FakeTapi.SESSION, 0x2, 0x2);
    fake.post(Tapi32.LINE_AGENTSESSIONSTATUS, FakeTapi.SESSION, 0x4, 0);
    fake.post(Tapi32.LINE_AGENTSESSIONSTATUS, 0x7777, 0x2, 0x2);

    SessionId id = session.id();
    assertEventsSoon(
        new SessionChanged(
            NOW, 1, id, AgentSessionEvent.NEW_SESSION, null, AgentSessionState.NOT_READY, null),
        new SessionChanged(
            NOW,
            2,
            id,
            AgentSessionEvent.READY,
            AgentSessionState.NOT_READY,
            AgentSessionState.READY,
            null));
  }

  @Test
  void agent_status_messages_become_agent_events() {
    open();
    session();
    fake.post(Tapi32.LINE_AGENTSTATUSEX, FakeTapi.AGENT, 0x2, 0x2);
    fake.post(Tapi32.LINE_AGENTSTATUSEX, FakeTapi.AGENT, 0x2, 0x4);
    fake.post(Tapi32.LINE_AGENTSTATUSEX, FakeTapi.AGENT, 0x4, 0);

    await()
        .untilAsserted(
            () ->
                assertThat(events)
                    .extracting(e -> ((AgentChanged) e).event())
                    .containsExactly(AgentEvent.READY, AgentEvent.BUSY_ACD));
    assertThat(((AgentChanged) events.get(0)).from()).isEqualTo(AgentState.NOT_READY);
  }

  @Test
  void a_group_status_message_is_diffed_against_the_new_group_list() {
    open();
    fake.givenGroups("sales", "support");
    callCenter.agentHandler().groups();
    fake.givenGroups("sales", "billing");

    fake.post(Tapi32.LINE_GROUPSTATUS, 0, Tapi32.LINEGROUPSTATUS_NEWGROUP, 0);

    assertEventsSoon(
        new GroupChanged(NOW, 1, GroupId.of("support"), AcdGroupEvent.GROUP_REMOVED),
        new GroupChanged(NOW, 2, GroupId.of("billing"), AcdGroupEvent.NEW_GROUP));
  }

  @Test
  void a_group_change_is_reported_even_when_the_application_listed_the_groups_first() {
    open();
    fake.givenGroups("sales", "support");
    callCenter.agentHandler().groups();
    fake.givenGroups("sales");
    fake.post(Tapi32.LINE_GROUPSTATUS, 0, Tapi32.LINEGROUPSTATUS_GROUPREMOVED, 0);
    await().untilAsserted(() -> assertThat(events).hasSize(1));

    fake.givenGroups("sales", "billing");
    callCenter.agentHandler().groups(); // sees billing before the message about it is handled
    fake.post(Tapi32.LINE_GROUPSTATUS, 0, Tapi32.LINEGROUPSTATUS_NEWGROUP, 0);

    assertEventsSoon(
        new GroupChanged(NOW, 1, GroupId.of("support"), AcdGroupEvent.GROUP_REMOVED),
        new GroupChanged(NOW, 2, GroupId.of("billing"), AcdGroupEvent.NEW_GROUP));
  }

  @Test
  void the_first_group_change_is_reported_even_when_the_application_listed_it_first() {
    open();
    fake.givenGroups("sales", "support");
    callCenter.agentHandler().groups();
    fake.givenGroups("sales", "support", "billing");
    callCenter.agentHandler().groups(); // sees billing before the message about it is handled

    fake.post(Tapi32.LINE_GROUPSTATUS, 0, Tapi32.LINEGROUPSTATUS_NEWGROUP, 0);

    assertEventsSoon(new GroupChanged(NOW, 1, GroupId.of("billing"), AcdGroupEvent.NEW_GROUP));
  }

  @Test
  void a_listener_that_throws_does_not_keep_events_from_the_others() {
    open();
    callCenter.subscribe(
        event -> {
          throw new IllegalStateException("listener bug");
        });
    List<TapiEvent> later = new CopyOnWriteArrayList<>();
    callCenter.subscribe(later::add);

    fake.post(8, Tapi32.LINEDEVSTATE_REINIT, 0, 0);

    await().untilAsserted(() -> assertThat(later).hasSize(1));
    assertThat(events).hasSize(1);
    verify(tapi, atLeastOnce()).lineGetMessage(anyInt(), any(), anyInt());
  }
}
