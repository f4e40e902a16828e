package org.tapisim.examples;

import static java.util.function.Predicate.isEqual;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.tapisim.harness.TapiSimAssertions.assertThat;
import static org.tapisim.harness.TapiSimAwait.awaitSimTime;
import static org.tapisim.harness.TapiSimAwait.sessionState;
import static org.tapisim.harness.TapiSimAwait.wallTime;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tapisim.acd.AcdSimulator;
import org.tapisim.harness.RecordedEvents;
import org.tapisim.harness.ScriptRun;
import org.tapisim.harness.TapiSimTest;
import org.tapisim.model.AgentSessionEvent;
import org.tapisim.model.AgentSessionState;
import org.tapisim.model.SessionChanged;
import org.tapisim.model.SessionId;
import org.tapisim.model.TapiEventListener;

/**
 * The agent desktop against the simulator in real time, 60 times faster than the wall clock: the
 * desktop reacts on a thread of its own, as it would in production, and the test waits for it. The
 * simulator starts after {@code @BeforeEach}, so the desktop opened there sees every call.
 */
@TapiSimTest(script = "scripts/agent-desktop.yaml", realTime = true, speed = 60)
class AgentDesktopRealTimeTest {
  private static final SessionId ALICE = SessionId.parse("alice/sales");

  private final AgentDesktop.View view = mock(AgentDesktop.View.class);
  private final TapiEventListener listener = mock(TapiEventListener.class);
  private final ExecutorService ui = Executors.newSingleThreadExecutor();
  private AgentDesktop desktop;

  /** Runs before the simulator starts: the desktop and the listener see every event. */
  @BeforeEach
  void openDesktop(AcdSimulator sim) {
    sim.subscribe(listener);
    desktop = new AgentDesktop(sim, ALICE, 3, "sale", view, ui);
  }

  @AfterEach
  void closeDesktop() {
    desktop.close();
    ui.shutdownNow();
  }

  @Test
  void agent_goes_not_ready_after_three_calls(AcdSimulator sim) {
    awaitSimTime(sim, Duration.ofSeconds(75))
        .until(sessionState(sim, "alice/sales"), isEqual(AgentSessionState.NOT_READY));

    assertThat(sim.session("alice/sales")).hasHandledCalls(3);
    assertThat(desktop.callsHandled()).isEqualTo(3);
  }

  @Test
  void tells_its_view_about_the_break_in_time(AcdSimulator sim) {
    long millis = wallTime(sim, Duration.ofMinutes(1)).plusSeconds(2).toMillis();

    verify(view, timeout(millis)).breakRequested(3);
    verify(view, timeout(millis).times(3)).wrapupStarted(any(), eq("sale"));
  }

  @Test
  void a_mock_listener_is_verified_with_a_timeout(AcdSimulator sim) {
    verify(listener, timeout(wallTime(sim, Duration.ofSeconds(75)).plusSeconds(2).toMillis()))
        .onEvent(
            argThat(
                event ->
                    event instanceof SessionChanged change
                        && change.session().equals(ALICE)
                        && change.event() == AgentSessionEvent.NOT_READY));
  }

  @Test
  void waits_with_an_assertion_until_the_fourth_caller_gives_up(
      AcdSimulator sim, RecordedEvents events) {
    awaitSimTime(sim, Duration.ofMinutes(2))
        .untilAsserted(() -> assertThat(sim.queue("sales")).hasAbandoned(1));

    assertThat(events).containsSessionEventsInOrder("alice/sales", AgentSessionEvent.NOT_READY);
    assertThat(sim.queue("sales")).hasAnswered(3).hasServiceLevelAtLeast(0.75);
  }

  @Test
  void the_scripts_own_expectations_hold_in_real_time_too(ScriptRun script) {
    script.runToEnd();

    assertThat(script).meetsAllExpectations();
  }
}
