package org.tapisim.model;

import java.util.List;

/**
 * A call-center controller that agents work through: TAPI 3's {@code ITAgentHandler} (in TAPI 2.2,
 * an ACD proxy serving a line).
 */
public interface AgentHandler {
  /** Returns its name ({@code get_Name}). */
  String name();

  /**
   * Creates an agent with an ID and a PIN ({@code CreateAgentWithID}, TAPI 2.2 {@code
   * lineCreateAgent}).
   *
   * @param id the agent's ID on the switch
   * @param pin its password; may be empty where the switch does not check one
   * @throws TapiException with {@code INVALAGENTID} if the switch refuses the ID
   */
  Agent createAgent(AgentId id, String pin);

  /**
   * Returns the ACD groups it serves ({@code EnumerateACDGroups}, TAPI 2.2 {@code
   * lineGetGroupList}).
   */
  List<AcdGroup> groups();

  /**
   * Returns the agents this handler knows: every agent of the simulated switch, or the agents
   * created through this handler over real TAPI (TAPI itself cannot list agents).
   */
  List<Agent> agents();
}
