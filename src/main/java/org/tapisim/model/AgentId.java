package org.tapisim.model;

/**
 * The identifier of an agent: TAPI's agent ID ({@code ITAgent::get_ID}), e.g. {@code alice}.
 *
 * @param value the identifier, not blank and without {@code /}
 */
public record AgentId(String value) implements Comparable<AgentId> {
  /** Validates the identifier. */
  public AgentId {
    Ids.check(value, "agent id");
  }

  /** Returns the agent id {@code value}. */
  public static AgentId of(String value) {
    return new AgentId(value);
  }

  @Override
  public int compareTo(AgentId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
