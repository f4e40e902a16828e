package org.tapisim.acd;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.tapisim.model.AgentId;
import org.tapisim.model.GroupId;

/**
 * The configuration of an agent.
 *
 * @param id the agent's ID
 * @param groups the groups it logs in to, one session each, in order
 * @param autoReady whether it goes READY after ACD work (else NOT_READY)
 * @param start its state at sim time zero
 */
public record AgentConfig(AgentId id, List<GroupId> groups, boolean autoReady, Start start) {

  /** An agent's state at sim time zero. */
  public enum Start {
    /** Not logged in (the default). */
    LOGGED_OUT,
    /** Logged in to its groups, NOT_READY. */
    NOT_READY,
    /** Logged in to its groups, READY. */
    READY
  }

  /** Checks the configuration and copies the group list. */
  public AgentConfig {
    Objects.requireNonNull(id, "id");
    groups = List.copyOf(groups);
    Objects.requireNonNull(start, "start");
    if (new HashSet<>(groups).size() != groups.size()) {
      throw new IllegalArgumentException("agent " + id + " lists a group twice: " + groups);
    }
  }

  /** Returns a logged-out, auto-ready agent in {@code groups}. */
  public static AgentConfig of(String id, String... groups) {
    return new AgentConfig(
        AgentId.of(id),
        java.util.Arrays.stream(groups).map(GroupId::of).toList(),
        true,
        Start.LOGGED_OUT);
  }

  /** Returns a copy with auto-ready on or off. */
  public AgentConfig withAutoReady(boolean autoReady) {
    return new AgentConfig(id, groups, autoReady, start);
  }

  /** Returns a copy with another state at time zero. */
  public AgentConfig withStart(Start start) {
    return new AgentConfig(id, groups, autoReady, start);
  }
}
