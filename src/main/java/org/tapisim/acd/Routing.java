package org.tapisim.acd;

import java.util.Locale;

/**
 * How a group picks among its eligible sessions when a call arrives. A session is eligible when it
 * is READY and its agent is not busy with an ACD call or wrap-up in any group. Immutable.
 */
public enum Routing {
  /** The session that has been eligible longest (the default). */
  LONGEST_IDLE,
  /** The next eligible session after the one chosen last, in agent order, wrapping around. */
  ROUND_ROBIN,
  /** The session that has handled the fewest calls; ties go to the longest idle. */
  FEWEST_CALLS,
  /** A session chosen uniformly at random from the simulator's seeded stream for the group. */
  RANDOM,
  /** The first eligible session in agent order. */
  LINEAR;

  /** Returns the name scenario scripts use, e.g. {@code longest-idle}. */
  public String scriptName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Returns the strategy with a script name.
   *
   * @throws IllegalArgumentException if there is none
   */
  public static Routing fromScriptName(String name) {
    for (Routing routing : values()) {
      if (routing.scriptName().equals(name)) {
        return routing;
      }
    }
    throw new IllegalArgumentException("unknown routing strategy: " + name);
  }
}
