package org.tapisim.model;

import java.util.Objects;

/**
 * The identifier of an agent session: the agent and the ACD group it serves, written {@code
 * agent/group} (e.g. {@code alice/sales}). An agent has at most one live session per group.
 *
 * @param agent the agent
 * @param group the group
 */
public record SessionId(AgentId agent, GroupId group) implements Comparable<SessionId> {
  /** Validates the parts. */
  public SessionId {
    Objects.requireNonNull(agent, "agent");
    Objects.requireNonNull(group, "group");
  }

  /**
   * Parses {@code agent/group}.
   *
   * @throws IllegalArgumentException if {@code text} is not of that form
   */
  public static SessionId parse(String text) {
    int slash = text.indexOf('/');
    if (slash <= 0 || slash != text.lastIndexOf('/') || slash == text.length() - 1) {
      throw new IllegalArgumentException("not a session id of the form agent/group: " + text);
    }
    return new SessionId(
        new AgentId(text.substring(0, slash)), new GroupId(text.substring(slash + 1)));
  }

  @Override
  public int compareTo(SessionId other) {
    int byAgent = agent.compareTo(other.agent);
    return byAgent != 0 ? byAgent : group.compareTo(other.group);
  }

  @Override
  public String toString() {
    return agent + "/" + group;
  }
}
