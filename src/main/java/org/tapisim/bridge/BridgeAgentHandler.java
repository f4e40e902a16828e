package org.tapisim.bridge;

import com.sun.jna.Memory;
import com.sun.jna.ptr.IntByReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.tapisim.bridge.jna.LINEAGENTGROUPENTRY;
import org.tapisim.bridge.jna.LINEAGENTGROUPLIST;
import org.tapisim.bridge.jna.Utf16;
import org.tapisim.model.AcdGroup;
import org.tapisim.model.Agent;
import org.tapisim.model.AgentHandler;
import org.tapisim.model.AgentId;
import org.tapisim.model.GroupId;

/**
 * The agent handler behind the open line: the ACD proxy that serves it (TAPI 3's {@code
 * ITAgentHandler}). Thread-safe.
 */
final class BridgeAgentHandler implements AgentHandler {
  private static final int GROUP_LIST_SIZE = 1024;

  private final TapiLine line;
  private final Directory directory;
  private volatile String name = "";

  BridgeAgentHandler(TapiLine line, Directory directory) {
    this.line = line;
    this.directory = directory;
  }

  void name(String name) {
    this.name = name;
  }

  TapiLine line() {
    return line;
  }

  Directory directory() {
    return directory;
  }

  @Override
  public String name() {
    return name;
  }

  /** Creates, or finds, an agent with {@code lineCreateAgent}; an empty PIN is passed as none. */
  @Override
  public Agent createAgent(AgentId id, String pin) {
    Objects.requireNonNull(id, "id");
    String what = "agent " + id + ": create";
    Memory agentId = Utf16.toNative(id.value());
    Memory agentPin = pin == null || pin.isEmpty() ? null : Utf16.toNative(pin);
    IntByReference handle = new IntByReference();
    AtomicReference<BridgeAgent> created = new AtomicReference<>();
    line.call(
        what,
        () -> line.tapi.lineCreateAgent(line.line, agentId, agentPin, handle),
        () ->
            created.set(
                directory.agent(
                    handle.getValue(), () -> new BridgeAgent(this, id, handle.getValue()))),
        new Object[] {agentId, agentPin, handle});
    BridgeAgent agent = created.get();
    if (agent.reported() == null) {
      agent.report(StateMapper.agentState(agent.info().dwAgentState));
    }
    return agent;
  }

  @Override
  public List<AcdGroup> groups() {
    return List.copyOf(refreshGroups());
  }

  @Override
  public List<Agent> agents() {
    return List.copyOf(directory.agents());
  }

  /** Reads TAPI's group list and makes it the known one. */
  List<BridgeGroup> refreshGroups() {
    LINEAGENTGROUPLIST list =
        line.fetch(
            "agent handler " + name + ": list groups",
            LINEAGENTGROUPLIST::new,
            GROUP_LIST_SIZE,
            l -> line.tapi.lineGetGroupList(line.line, l));
    List<BridgeGroup> listed = new ArrayList<>();
    for (LINEAGENTGROUPENTRY entry : list.entries()) {
      listed.add(new BridgeGroup(this, GroupId.of(list.name(entry)), entry.groupId().bytes()));
    }
    return directory.replaceGroups(listed);
  }

  /** Returns the group with this name, asking TAPI when it is not known yet. */
  Optional<BridgeGroup> group(GroupId id) {
    Optional<BridgeGroup> known = directory.group(id);
    return known.isPresent()
        ? known
        : refreshGroups().stream().filter(g -> g.id().equals(id)).findFirst();
  }

  /** Returns the group with this GUID, asking TAPI when it is not known yet. */
  Optional<BridgeGroup> group(byte[] guid) {
    Optional<BridgeGroup> known = directory.group(guid);
    if (known.isPresent()) {
      return known;
    }
    refreshGroups();
    return directory.group(guid);
  }
}
