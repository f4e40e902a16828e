package org.tapisim.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.tapisim.harness.TapiSimAssertions.assertThat;
import static org.tapisim.model.AgentSessionEvent.BUSY;
import static org.tapisim.model.AgentSessionEvent.NOT_READY;
import static org.tapisim.model.AgentSessionEvent.WRAPUP;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.tapisim.acd.AcdSimulator;
import org.tapisim.harness.RecordedEvents;
import org.tapisim.harness.ScriptRun;
import org.tapisim.harness.TapiSimTest;
import org.tapisim.model.AgentSessionEvent;
import org.tapisim.model.AgentSessionState;
import org.tapisim.model.CallAbandoned;
import org.tapisim.model.CallDelivered;
import org.tapisim.model.CallOffered;
import org.tapisim.model.CallQueued;
import org.tapisim.model.SessionChanged;
import org.tapisim.model.SessionId;
import org.tapisim.model.TapiEventListener;

/**
 * The agent desktop against the simulator in virtual time: the script (found on the test classpath)
 * puts four calls through to alice; the clock moves only when the test moves it.
 */
@TapiSimTest(script = "scripts/agent-desktop.yaml")
class AgentDesktopTest {
  private static final SessionId ALICE = SessionId.parse("alice/sales");

  private final AgentDesktop.View view = mock(AgentDesktop.View.class);

  private AgentDesktop openDesktop(AcdSimulator sim) {
    return new AgentDesktop(sim, ALICE, 3, "sale", view, Runnable::run);
  }

  @Test
  void agentGoesNotReadyAfterThreeCalls(AcdSimulator sim) {
    var desktop = openDesktop(sim);

    sim.advance(Duration.ofMinutes(2));

    assertThat(sim.session("alice/sales"))
        .isInState(AgentSessionState.NOT_READY)
        .hasHandledCalls(3);
    assertThat(desktop.callsHandled()).isEqualTo(3);
  }

  @Test
  void the_break_waits_for_the_end_of_the_third_call_and_its_wrapup(
      AcdSimulator sim, RecordedEvents events) {
    var desktop = openDesktop(sim);

    // run the switch until the desktop has reacted: the third call is delivered at 45 s
    boolean reacted = sim.advanceUntil(desktop::isBreakRequested, Duration.ofMinutes(2));

    assertThat(reacted).isTrue();
    assertThat(sim.now()).isEqualTo(sim.startTime().plusSeconds(45));
    assertThat(sim.session("alice/sales"))
        .isInState(AgentSessionState.BUSY_ON_CALL)
        .hasNextState(AgentSessionState.NOT_READY);

    sim.advance(Duration.ofSeconds(15));

    assertThat(sim.session("alice/sales")).isInState(AgentSessionState.NOT_READY).hasNoNextState();
    assertThat(events)
        .containsSessionEventsInOrder("alice/sales", BUSY, WRAPUP, BUSY, WRAPUP, BUSY, WRAPUP)
        .containsSessionEventsInOrder("alice/sales", WRAPUP, NOT_READY);
  }

  @Test
  void the_fourth_caller_waits_in_vain_while_alice_is_on_her_break(
      AcdSimulator sim, RecordedEvents events) {
    openDesktop(sim);

    sim.advance(Duration.ofMinutes(2));

    assertThat(events)
        .containsCallEventsInOrder("c4", CallOffered.class, CallQueued.class, CallAbandoned.class)
        .hasCount(CallDelivered.class, 3)
        .neverSawForSession("alice/sales", AgentSessionEvent.END);
    assertThat(sim.queue("sales")).hasOffered(4).hasAnswered(3).hasAbandoned(1);
  }

  @Test
  void sets_its_wrapup_reason_on_every_call(AcdSimulator sim, RecordedEvents events) {
    var desktop = openDesktop(sim);

    sim.advance(Duration.ofMinutes(2));

    assertThat(events.ofKind(CallDelivered.class))
        .allSatisfy(call -> assertThat(desktop.wrapupReason(call.call())).contains("sale"));
  }

  @Test
  void tells_its_view_about_each_call_and_the_break(AcdSimulator sim) {
    openDesktop(sim);

    sim.advance(Duration.ofMinutes(2));

    InOrder inOrder = inOrder(view);
    inOrder.verify(view).callStarted(any(), eq(1));
    inOrder.verify(view).callStarted(any(), eq(2));
    inOrder.verify(view).callStarted(any(), eq(3));
    inOrder.verify(view).breakRequested(3);
    verify(view, times(3)).wrapupStarted(any(), eq("sale"));
  }

  @Test
  void a_mock_listener_sees_the_break_plainly_in_virtual_time(AcdSimulator sim) {
    TapiEventListener listener = mock(TapiEventListener.class);
    sim.subscribe(listener);
    openDesktop(sim);

    sim.advance(Duration.ofMinutes(2));

    verify(listener)
        .onEvent(
            argThat(
                event ->
                    event instanceof SessionChanged change
                        && change.session().equals(ALICE)
                        && change.to() == AgentSessionState.NOT_READY));
  }

  @Test
  void the_scripts_own_expectations_hold_with_the_desktop_at_work(
      AcdSimulator sim, ScriptRun script) {
    openDesktop(sim);

    script.runToEnd();

    assertThat(script).meetsAllExpectations();
  }

  @Test
  void without_the_desktop_the_scripts_expectations_fail(ScriptRun script) {
    script.runToEnd();

    assertThatThrownBy(() -> assertThat(script).meetsAllExpectations())
        .hasMessageContaining("but 3 of 4 failed")
        .hasMessageContaining("agent-desktop.yaml:31:5: expected session alice/sales in state")
        .hasMessageContaining("agent-desktop.yaml:34:5: expected call c4 to report ABANDONED");
  }
}
