package org.tapisim.bridge;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.tapisim.model.AgentId;
import org.tapisim.model.GroupId;

/**
 * What the call center knows of TAPI's objects: handles and IDs to the one Java object for each
 * agent, session, group and queue. Thread-safe.
 */
final class Directory {
  private final Map<Integer, BridgeAgent> agentsByHandle = new ConcurrentHashMap<>();
  private final Map<AgentId, BridgeAgent> agents = new LinkedHashMap<>(); // guarded by this
  private final Map<Integer, BridgeAgentSession> sessions = new ConcurrentHashMap<>();
  private final Map<GroupId, BridgeGroup> groups = new LinkedHashMap<>(); // guarded by this
  private final Map<Integer, BridgeQueue> queues = new ConcurrentHashMap<>();
  private List<GroupId> firstGroupList; // guarded by this; null until the groups are first listed

  /** Returns the agent with this handle, made by {@code make} the first time. */
  synchronized BridgeAgent agent(int handle, Supplier<BridgeAgent> make) {
    BridgeAgent agent = agentsByHandle.computeIfAbsent(handle, h -> make.get());
    agents.putIfAbsent(agent.id(), agent);
    return agent;
  }

  Optional<BridgeAgent> agent(int handle) {
    return Optional.ofNullable(agentsByHandle.get(handle));
  }

  synchronized List<BridgeAgent> agents() {
    return List.copyOf(agents.values());
  }

  /** Returns the session with this handle, made by {@code make} the first time. */
  BridgeAgentSession session(int handle, Supplier<BridgeAgentSession> make) {
    return sessions.computeIfAbsent(handle, h -> make.get());
  }

  Optional<BridgeAgentSession> session(int handle) {
    return Optional.ofNullable(sessions.get(handle));
  }

  /**
   * Replaces the known groups with TAPI's current list, keeping the object of a group whose name
   * and GUID did not change; returns the groups as listed.
   */
  synchronized List<BridgeGroup> replaceGroups(List<BridgeGroup> listed) {
    Map<GroupId, BridgeGroup> next = new LinkedHashMap<>();
    for (BridgeGroup group : listed) {
      BridgeGroup known = groups.get(group.id());
      boolean same = known != null && Arrays.equals(known.guid(), group.guid());
      next.put(group.id(), same ? known : group);
    }
    groups.clear();
    groups.putAll(next);
    if (firstGroupList == null) {
      firstGroupList = List.copyOf(next.keySet());
    }
    return List.copyOf(next.values());
  }

  /**
   * Returns the groups as first listed, or none if they never were: the baseline of the first group
   * change, which a later listing may already include.
   */
  synchronized List<GroupId> firstGroupList() {
    return firstGroupList == null ? List.of() : firstGroupList;
  }

  synchronized List<BridgeGroup> groups() {
    return List.copyOf(groups.values());
  }

  synchronized Optional<BridgeGroup> group(GroupId id) {
    return Optional.ofNullable(groups.get(id));
  }

  synchronized Optional<BridgeGroup> group(byte[] guid) {
    return groups.values().stream().filter(g -> Arrays.equals(g.guid(), guid)).findFirst();
  }

  /** Returns the queue with this ID, made by {@code make} the first time. */
  BridgeQueue queue(int queueId, Supplier<BridgeQueue> make) {
    return queues.computeIfAbsent(queueId, id -> make.get());
  }

  Optional<BridgeQueue> queue(int queueId) {
    return Optional.ofNullable(queues.get(queueId));
  }

  Optional<BridgeQueue> removeQueue(int queueId) {
    return Optional.ofNullable(queues.remove(queueId));
  }
}
