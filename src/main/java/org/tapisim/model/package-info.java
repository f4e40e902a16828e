/**
 * The TAPI 3 call-center vocabulary as Java: enums carrying TAPI's values, Microsoft's session
 * transition table, the call-center interfaces (one per TAPI 3 object), their statistics, the
 * sealed family of events and {@link org.tapisim.model.TapiException}.
 *
 * <p>Everything else in tapisim speaks these types: the simulated switch implements the interfaces,
 * the bridge implements them over real TAPI, scenario scripts and the test harness read them. This
 * package depends on the JDK only. Records and enums here are immutable and thread-safe; the
 * interfaces state their own thread-safety in their implementations.
 *
 * <table>
 *   <caption>TAPI names and their Java counterparts</caption>
 *   <tr><th>TAPI 3</th><th>TAPI 2.2</th><th>Java</th></tr>
 *   <tr><td>ITTAPICallCenter</td><td>lineInitializeEx, lineOpen</td><td>{@link org.tapisim.model.CallCenter}</td></tr>
 *   <tr><td>ITAgentHandler</td><td>ACD proxy, LINEAGENTCAPS</td><td>{@link org.tapisim.model.AgentHandler}</td></tr>
 *   <tr><td>ITAgent</td><td>HAGENT, LINEAGENTINFO</td><td>{@link org.tapisim.model.Agent}</td></tr>
 *   <tr><td>ITAgentSession</td><td>HAGENTSESSION, LINEAGENTSESSIONINFO</td><td>{@link org.tapisim.model.AgentSession}</td></tr>
 *   <tr><td>ITACDGroup</td><td>LINEAGENTGROUPENTRY</td><td>{@link org.tapisim.model.AcdGroup}</td></tr>
 *   <tr><td>ITQueue</td><td>LINEQUEUEINFO</td><td>{@link org.tapisim.model.Queue}</td></tr>
 *   <tr><td>AGENT_SESSION_STATE</td><td>LINEAGENTSESSIONSTATE_</td><td>{@link org.tapisim.model.AgentSessionState}</td></tr>
 *   <tr><td>ITAgentSessionEvent</td><td>LINE_AGENTSESSIONSTATUS</td><td>{@link org.tapisim.model.SessionChanged}</td></tr>
 *   <tr><td>ITAgentEvent</td><td>LINE_AGENTSTATUSEX</td><td>{@link org.tapisim.model.AgentChanged}</td></tr>
 *   <tr><td>HRESULT / LINEERR_</td><td>LINEERR_</td><td>{@link org.tapisim.model.TapiException}, {@link org.tapisim.model.LineError}</td></tr>
 * </table>
 */
package org.tapisim.model;
