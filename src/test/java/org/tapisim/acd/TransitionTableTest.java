package org.tapisim.acd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tapisim.model.AgentSession;
import org.tapisim.model.AgentSessionState;
import org.tapisim.model.LineError;
import org.tapisim.model.SessionChanged;
import org.tapisim.model.TapiException;

/** Every (from, to) pair of session states, asked of the simulator itself. */
class TransitionTableTest {

  static Stream<Arguments> allPairs() {
    return Stream.of(AgentSessionState.values())
        .flatMap(from -> Stream.of(AgentSessionState.values()).map(to -> Arguments.of(from, to)));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("allPairs")
  void the_simulator_applies_exactly_the_moves_the_table_allows(
      AgentSessionState from, AgentSessionState to) {
    EventRecorder events = new EventRecorder();
    AcdSimulator sim =
        AcdSimulator.builder()
            .group(GroupConfig.of("sales").withWrapup(Wrapup.manual()))
            .agent("alice", "sales")
            .listener(events)
            .build();
    AgentSession session = driveTo(sim, from);
    assertThat(session.state()).isEqualTo(from);
    int before = events.all().size();

    if (from.canMoveTo(to)) {
      session.setState(to);

      assertThat(session.state()).isEqualTo(to);
      SessionChanged last =
          events.sessionEvents("alice/sales").get(events.sessionEvents("alice/sales").size() - 1);
      assertThat(last.from()).isEqualTo(from);
      assertThat(last.to()).isEqualTo(to);
      assertThat(last.event()).isEqualTo(to.event());
    } else {
      assertThatThrownBy(() -> session.setState(to))
          .isInstanceOfSatisfying(
              TapiException.class,
              e -> assertThat(e.error()).isEqualTo(LineError.INVALAGENTSESSIONSTATE))
          .hasMessageContaining("alice/sales")
          .hasMessageContaining(from.name())
          .hasMessageContaining(to.name());
      assertThat(session.state()).isEqualTo(from);
      assertThat(events.all()).hasSize(before);
    }
  }

  /** Brings alice's session in sales to {@code state} through the switch's normal behaviour. */
  static AgentSession driveTo(AcdSimulator sim, AgentSessionState state) {
    sim.login("alice");
    AgentSession session = sim.session("alice/sales");
    switch (state) {
      case NOT_READY -> {}
      case READY -> sim.ready("alice");
      case BUSY_ON_CALL -> {
        sim.ready("alice");
        sim.offerCall("sales", Duration.ofMinutes(5));
      }
      case BUSY_WRAPUP -> {
        sim.ready("alice");
        sim.offerCall("sales", Duration.ofMinutes(1));
        sim.advance(Duration.ofMinutes(2));
      }
      case SESSION_ENDED -> sim.logout("alice");
    }
    return session;
  }
}
