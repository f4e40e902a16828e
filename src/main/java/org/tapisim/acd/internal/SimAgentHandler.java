package org.tapisim.acd.internal;

import java.util.List;
import org.tapisim.model.AcdGroup;
import org.tapisim.model.Agent;
import org.tapisim.model.AgentHandler;
import org.tapisim.model.AgentId;

/** The switch's one agent handler. Safe from any thread. */
final class SimAgentHandler implements AgentHandler {
  /** The handler's name. */
  static final String NAME = "tapisim";

  private final Switch owner;

  SimAgentHandler(Switch owner) {
    this.owner = owner;
  }

  @Override
  public String name() {
    return NAME;
  }

  /** Returns the agent with this ID, creating a logged-out one in no group if there is none. */
  @Override
  public Agent createAgent(AgentId id, String pin) {
    return owner.exec(() -> owner.newAgent(id));
  }

  @Override
  public List<AcdGroup> groups() {
    return owner.groups();
  }

  @Override
  public List<Agent> agents() {
    return owner.agents();
  }

  @Override
  public String toString() {
    return "agent handler " + NAME;
  }
}
