package org.tapisim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.tapisim.model.AgentSessionState.BUSY_ON_CALL;
import static org.tapisim.model.AgentSessionState.NOT_READY;
import static org.tapisim.model.AgentSessionState.READY;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The event records check what they carry and report their TAPI_EVENT kind. */
class EventRecordsTest {
  private static final Instant T = Instant.parse("2000-01-01T00:00:00Z");
  private static final SessionId S = SessionId.parse("alice/sales");
  private static final AgentId A = AgentId.of("alice");
  private static final GroupId G = GroupId.of("sales");
  private static final CallId C = new CallId(1, null);

  @Test
  void a_new_session_event_has_no_previous_state() {
    SessionChanged created =
        new SessionChanged(T, 1, S, AgentSessionEvent.NEW_SESSION, null, NOT_READY, null);
    assertThat(created.from()).isNull();

    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new SessionChanged(T, 1, S, AgentSessionEvent.NEW_SESSION, READY, NOT_READY, null));
  }

  @Test
  void every_other_session_event_has_a_previous_state() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new SessionChanged(T, 1, S, AgentSessionEvent.READY, null, READY, null));
  }

  @Test
  void a_session_event_must_report_the_state_it_moved_to() {
    SessionChanged busy =
        new SessionChanged(T, 2, S, AgentSessionEvent.BUSY, READY, BUSY_ON_CALL, C);
    assertThat(busy.call()).isEqualTo(C);

    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> new SessionChanged(T, 2, S, AgentSessionEvent.READY, READY, BUSY_ON_CALL, C))
        .withMessageContaining("READY")
        .withMessageContaining("BUSY_ON_CALL");
  }

  @Test
  void a_session_event_needs_its_parts_and_a_positive_sequence() {
    AgentSessionEvent ready = AgentSessionEvent.READY;
    assertThatNullPointerException()
        .isThrownBy(() -> new SessionChanged(null, 1, S, ready, NOT_READY, READY, null));
    assertThatNullPointerException()
        .isThrownBy(() -> new SessionChanged(T, 1, null, ready, NOT_READY, READY, null));
    assertThatNullPointerException()
        .isThrownBy(() -> new SessionChanged(T, 1, S, null, NOT_READY, READY, null));
    assertThatNullPointerException()
        .isThrownBy(() -> new SessionChanged(T, 1, S, ready, NOT_READY, null, null));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new SessionChanged(T, 0, S, ready, NOT_READY, READY, null));
  }

  @Test
  void an_agent_event_must_report_the_state_it_moved_to() {
    AgentChanged changed =
        new AgentChanged(T, 3, A, AgentEvent.BUSY_ACD, AgentState.READY, AgentState.BUSY_ACD);
    assertThat(changed.to()).isEqualTo(AgentState.BUSY_ACD);

    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new AgentChanged(T, 3, A, AgentEvent.READY, AgentState.READY, AgentState.BUSY_ACD));
    assertThatNullPointerException()
        .isThrownBy(() -> new AgentChanged(T, 3, A, AgentEvent.READY, null, AgentState.READY));
    assertThatNullPointerException()
        .isThrownBy(
            () ->
                new AgentChanged(
                    T, 3, null, AgentEvent.READY, AgentState.NOT_READY, AgentState.READY));
  }

  @Test
  void call_events_check_their_parts() {
    assertThatIllegalArgumentException().isThrownBy(() -> new CallQueued(T, 1, C, G, 0));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new CallDelivered(T, 1, C, G, S, Duration.ofSeconds(-1)));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new CallAbandoned(T, 1, C, G, Duration.ofNanos(-1)));
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> new CallEnded(T, 1, C, G, S, Duration.ofSeconds(-1), CallEnded.Reason.COMPLETED));
    assertThatNullPointerException()
        .isThrownBy(() -> new CallEnded(T, 1, C, G, S, Duration.ZERO, null));
    assertThatNullPointerException().isThrownBy(() -> new CallOffered(T, 1, null, G));
    assertThatNullPointerException().isThrownBy(() -> new CallBlocked(T, 1, C, null));
    assertThatNullPointerException()
        .isThrownBy(() -> new CallDelivered(T, 1, C, G, null, Duration.ZERO));
    assertThatIllegalArgumentException().isThrownBy(() -> new CallOffered(T, -5, C, G));
  }

  @Test
  void object_events_check_their_parts() {
    assertThatNullPointerException()
        .isThrownBy(() -> new QueueChanged(T, 1, null, G, AcdQueueEvent.NEW_QUEUE));
    assertThatNullPointerException().isThrownBy(() -> new GroupChanged(T, 1, G, null));
    assertThatNullPointerException()
        .isThrownBy(() -> new AgentHandlerChanged(T, 1, null, AgentHandlerEvent.NEW_AGENTHANDLER));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new GroupChanged(T, 0, G, AcdGroupEvent.NEW_GROUP));
  }

  @Test
  void each_event_reports_its_tapi_event_bit_and_call_events_none() {
    List<TapiEvent> events =
        List.of(
            new SessionChanged(T, 1, S, AgentSessionEvent.NEW_SESSION, null, NOT_READY, null),
            new AgentChanged(T, 2, A, AgentEvent.READY, AgentState.NOT_READY, AgentState.READY),
            new QueueChanged(T, 3, QueueId.of("sales"), G, AcdQueueEvent.NEW_QUEUE),
            new GroupChanged(T, 4, G, AcdGroupEvent.GROUP_REMOVED),
            new AgentHandlerChanged(T, 5, "tapisim", AgentHandlerEvent.NEW_AGENTHANDLER),
            new CallOffered(T, 6, C, G),
            new CallQueued(T, 7, C, G, 1),
            new CallDelivered(T, 8, C, G, S, Duration.ZERO),
            new CallAbandoned(T, 9, C, G, Duration.ZERO),
            new CallBlocked(T, 10, C, G),
            new CallEnded(T, 11, C, G, S, Duration.ZERO, CallEnded.Reason.HUNG_UP));

    // TE_AGENTSESSION 0x400, TE_AGENT 0x200, TE_QUEUE 0x4000, TE_ACDGROUP 0x2000,
    // TE_AGENTHANDLER 0x1000; the switch's own call events have no TAPI_EVENT
    assertThat(events)
        .extracting(TapiEvent::tapiEventType)
        .containsExactly(0x400, 0x200, 0x4000, 0x2000, 0x1000, 0, 0, 0, 0, 0, 0);
    assertThat(events).extracting(TapiEvent::sequence).isSorted();
  }

  @Test
  void events_are_values() {
    assertThat(new CallOffered(T, 6, C, G)).isEqualTo(new CallOffered(T, 6, C, G));
    assertThat(new CallOffered(T, 6, C, G)).isNotEqualTo(new CallOffered(T, 7, C, G));
  }

  @Test
  void each_call_event_names_its_kind_and_each_kind_its_record() {
    List<CallEvent> events =
        List.of(
            new CallOffered(T, 1, C, G),
            new CallQueued(T, 2, C, G, 1),
            new CallDelivered(T, 3, C, G, S, Duration.ZERO),
            new CallAbandoned(T, 4, C, G, Duration.ZERO),
            new CallBlocked(T, 5, C, G),
            new CallEnded(T, 6, C, G, S, Duration.ZERO, CallEnded.Reason.COMPLETED));

    assertThat(events).extracting(CallEvent::kind).containsExactly(CallEvent.Kind.values());
    for (CallEvent event : events) {
      assertThat(CallEvent.Kind.of(event.getClass())).contains(event.kind());
    }
    assertThat(CallEvent.Kind.of(SessionChanged.class)).isEmpty();
  }
}
