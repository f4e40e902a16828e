package org.tapisim.bridge;

import com.sun.jna.ptr.IntByReference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.tapisim.bridge.jna.GUID;
import org.tapisim.bridge.jna.LINEAGENTINFO;
import org.tapisim.bridge.jna.LINEAGENTSESSIONENTRY;
import org.tapisim.bridge.jna.LINEAGENTSESSIONINFO;
import org.tapisim.bridge.jna.LINEAGENTSESSIONLIST;
import org.tapisim.model.AcdGroup;
import org.tapisim.model.Agent;
import org.tapisim.model.AgentId;
import org.tapisim.model.AgentSession;
import org.tapisim.model.AgentState;
import org.tapisim.model.AgentStatistics;
import org.tapisim.model.LineError;
import org.tapisim.model.TapiException;

/** An agent over TAPI 2.2 ({@code HAGENT}); every getter asks TAPI. Thread-safe. */
final class BridgeAgent implements Agent {
  private static final int SESSION_LIST_SIZE = 24 + 8 * LINEAGENTSESSIONLIST.ENTRY_SIZE;

  private final BridgeAgentHandler handler;
  private final TapiLine line;
  private final AgentId id;
  private final int handle;
  private volatile AgentState reported;

  BridgeAgent(BridgeAgentHandler handler, AgentId id, int handle) {
    this.handler = handler;
    this.line = handler.line();
    this.id = id;
    this.handle = handle;
  }

  int handle() {
    return handle;
  }

  /** Returns the state last reported by TAPI, or {@code null} before the first. */
  AgentState reported() {
    return reported;
  }

  void report(AgentState state) {
    reported = state;
  }

  @Override
  public AgentId id() {
    return id;
  }

  /** Returns the agent ID: TAPI 2.2 does not report a user name. */
  @Override
  public String user() {
    return id.value();
  }

  @Override
  public List<AgentSession> sessions() {
    LINEAGENTSESSIONLIST list =
        line.fetch(
            "agent " + id + ": list sessions",
            LINEAGENTSESSIONLIST::new,
            SESSION_LIST_SIZE,
            l -> line.tapi.lineGetAgentSessionList(line.line, handle, l));
    List<AgentSession> sessions = new ArrayList<>();
    for (LINEAGENTSESSIONENTRY entry : list.entries()) {
      sessions.add(known(entry));
    }
    return List.copyOf(sessions);
  }

  private BridgeAgentSession known(LINEAGENTSESSIONENTRY entry) {
    byte[] guid = entry.GroupID.bytes();
    BridgeGroup group =
        handler
            .group(guid)
            .orElseThrow(
                () ->
                    new TapiException(
                        LineError.OPERATIONFAILED,
                        "agent " + id + ": a session is in a group TAPI does not list"));
    BridgeAgentSession session =
        handler
            .directory()
            .session(
                entry.hAgentSession,
                () -> new BridgeAgentSession(this, group, entry.hAgentSession));
    if (session.reported() == null) {
      LINEAGENTSESSIONINFO info = session.info();
      session.report(StateMapper.sessionState(info.dwAgentSessionState));
    }
    return session;
  }

  @Override
  public AgentSession createSession(AcdGroup group) {
    Objects.requireNonNull(group, "group");
    String what = "agent " + id + ": create a session in group " + group.id();
    BridgeGroup target =
        handler
            .group(group.id())
            .orElseThrow(
                () -> new TapiException(LineError.INVALAGENTGROUP, what + ": no such group"));
    GUID groupId = GUID.ofBytes(target.guid());
    IntByReference out = new IntByReference();
    AtomicReference<BridgeAgentSession> created = new AtomicReference<>();
    line.call(
        what,
        () -> line.tapi.lineCreateAgentSession(line.line, handle, null, 0, groupId, out),
        () -> {
          int session = out.getValue();
          created.set(
              handler
                  .directory()
                  .session(session, () -> new BridgeAgentSession(this, target, session)));
        },
        new Object[] {groupId, out});
    return created.get();
  }

  @Override
  public AgentState state() {
    return StateMapper.agentState(info().dwAgentState);
  }

  /** Asks for READY or NOT_READY with {@code lineSetAgentStateEx}; busy sessions take it next. */
  @Override
  public void setState(AgentState state) {
    Objects.requireNonNull(state, "state");
    String what = "agent " + id + ": set state " + state;
    if (state != AgentState.READY && state != AgentState.NOT_READY) {
      throw new TapiException(
          LineError.INVALAGENTSTATE, what + ": only READY or NOT_READY can be asked for");
    }
    line.call(
        what,
        () -> line.tapi.lineSetAgentStateEx(line.line, handle, state.lineBit(), 0),
        null,
        null);
  }

  @Override
  public Duration measurementPeriod() {
    return TapiValues.seconds(info().dwMeasurementPeriod);
  }

  @Override
  public void setMeasurementPeriod(Duration period) {
    String what = "agent " + id + ": set measurement period";
    int seconds = TapiValues.periodSeconds(period, what);
    line.call(
        what,
        () -> line.tapi.lineSetAgentMeasurementPeriod(line.line, handle, seconds),
        null,
        null);
  }

  @Override
  public AgentStatistics statistics() {
    return AgentStatisticsMapper.map(info());
  }

  LINEAGENTINFO info() {
    LINEAGENTINFO info = new LINEAGENTINFO();
    line.call(
        "agent " + id + ": read info",
        () -> line.tapi.lineGetAgentInfo(line.line, handle, info),
        null,
        info);
    info.read();
    return info;
  }

  @Override
  public String toString() {
    return "agent " + id;
  }
}
