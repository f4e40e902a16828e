package org.tapisim.acd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.tapisim.model.LineError;
import org.tapisim.model.TapiException;

/** Small helpers shared by the simulator's tests. */
final class SimTesting {
  private SimTesting() {}

  /** Returns the instant {@code offset} after the simulator's sim time zero. */
  static Instant at(AcdSimulator sim, Duration offset) {
    return sim.startTime().plus(offset);
  }

  /** Returns how much sim time has passed since time zero. */
  static Duration elapsed(AcdSimulator sim) {
    return Duration.between(sim.startTime(), sim.now());
  }

  /** Returns an auto-ready agent that is READY in its groups at time zero. */
  static AgentConfig readyAgent(String id, String... groups) {
    return AgentConfig.of(id, groups).withStart(AgentConfig.Start.READY);
  }

  /** Moves the simulator to {@code offset} after time zero. */
  static void runTo(AcdSimulator sim, Duration offset) {
    sim.runUntil(at(sim, offset));
  }

  /**
   * Asserts that {@code request} is refused with a {@link TapiException} carrying {@code error}.
   */
  static void assertRefused(Runnable request, LineError error) {
    assertThatThrownBy(request::run)
        .isInstanceOfSatisfying(TapiException.class, e -> assertThat(e.error()).isEqualTo(error));
  }
}
