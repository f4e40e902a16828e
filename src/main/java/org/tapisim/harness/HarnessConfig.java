package org.tapisim.harness;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import org.tapisim.acd.AgentConfig;
import org.tapisim.acd.GroupConfig;
import org.tapisim.acd.Traffic;

/**
 * What the extension builds for a test: from a script or from groups, agents and traffic given in
 * code, with a seed, a clock and a scope. Immutable; the {@code with…} methods return copies.
 *
 * @param script the script to load (classpath first, then the working directory), or {@code null}
 *     when the simulator is configured in code
 * @param seed the seed, overriding the script's; empty for the script's seed, or 1 without a script
 * @param speed sim seconds per wall-clock second in real time, or 0 for virtual time
 * @param scope how long one simulator lives
 * @param startTime the instant of sim time zero for a simulator configured in code, or {@code null}
 *     for the simulator's default
 * @param groups the groups of a simulator configured in code
 * @param agents the agents of a simulator configured in code
 * @param traffic the traffic of a simulator configured in code
 */
record HarnessConfig(
    String script,
    OptionalLong seed,
    double speed,
    SimulatorScope scope,
    Instant startTime,
    List<GroupConfig> groups,
    List<AgentConfig> agents,
    List<Traffic> traffic) {

  /** The seed of a simulator configured in code when none is given. */
  static final long DEFAULT_SEED = 1;

  /** Checks the parts and copies the lists. */
  HarnessConfig {
    Objects.requireNonNull(seed, "seed");
    Objects.requireNonNull(scope, "scope");
    checkSpeed(speed);
    groups = List.copyOf(groups);
    agents = List.copyOf(agents);
    traffic = List.copyOf(traffic);
  }

  /** Returns virtual time, per-test scope, no script and nothing configured. */
  static HarnessConfig empty() {
    return new HarnessConfig(
        null,
        OptionalLong.empty(),
        0,
        SimulatorScope.PER_TEST,
        null,
        List.of(),
        List.of(),
        List.of());
  }

  /**
   * Rejects a speed that is neither 0 (virtual time) nor positive and finite.
   *
   * @throws IllegalArgumentException with a one-line message
   */
  static void checkSpeed(double speed) {
    if (!(speed >= 0.0) || Double.isInfinite(speed)) {
      throw new IllegalArgumentException(
          "the real-time speed must be positive and finite (sim seconds per wall-clock second): "
              + speed);
    }
  }

  boolean realTime() {
    return speed > 0;
  }

  boolean configuredInCode() {
    return !groups.isEmpty() || !agents.isEmpty() || !traffic.isEmpty() || startTime != null;
  }

  HarnessConfig withScript(String newScript) {
    return new HarnessConfig(newScript, seed, speed, scope, startTime, groups, agents, traffic);
  }

  HarnessConfig withSeed(long newSeed) {
    return new HarnessConfig(
        script, OptionalLong.of(newSeed), speed, scope, startTime, groups, agents, traffic);
  }

  HarnessConfig withSpeed(double newSpeed) {
    return new HarnessConfig(script, seed, newSpeed, scope, startTime, groups, agents, traffic);
  }

  HarnessConfig withScope(SimulatorScope newScope) {
    return new HarnessConfig(script, seed, speed, newScope, startTime, groups, agents, traffic);
  }

  HarnessConfig withStartTime(Instant newStart) {
    return new HarnessConfig(script, seed, speed, scope, newStart, groups, agents, traffic);
  }

  HarnessConfig withGroup(GroupConfig group) {
    return new HarnessConfig(
        script, seed, speed, scope, startTime, plus(groups, group), agents, traffic);
  }

  HarnessConfig withAgent(AgentConfig agent) {
    return new HarnessConfig(
        script, seed, speed, scope, startTime, groups, plus(agents, agent), traffic);
  }

  HarnessConfig withTraffic(Traffic stream) {
    return new HarnessConfig(
        script, seed, speed, scope, startTime, groups, agents, plus(traffic, stream));
  }

  private static <T> List<T> plus(List<T> list, T element) {
    List<T> more = new ArrayList<>(list);
    more.add(Objects.requireNonNull(element));
    return more;
  }
}
