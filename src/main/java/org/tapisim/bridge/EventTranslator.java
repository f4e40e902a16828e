package org.tapisim.bridge;

import static org.tapisim.bridge.jna.Tapi32.LINEAGENTSESSIONSTATUS_NEWSESSION;
import static org.tapisim.bridge.jna.Tapi32.LINEAGENTSESSIONSTATUS_STATE;
import static org.tapisim.bridge.jna.Tapi32.LINEAGENTSTATUSEX_STATE;
import static org.tapisim.bridge.jna.Tapi32.LINEGROUPSTATUS_GROUPREMOVED;
import static org.tapisim.bridge.jna.Tapi32.LINEGROUPSTATUS_NEWGROUP;
import static org.tapisim.bridge.jna.Tapi32.LINEQUEUESTATUS_NEWQUEUE;
import static org.tapisim.bridge.jna.Tapi32.LINEQUEUESTATUS_QUEUEREMOVED;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tapisim.model.AcdGroupEvent;
import org.tapisim.model.AcdQueueEvent;
import org.tapisim.model.AgentChanged;
import org.tapisim.model.AgentSessionEvent;
import org.tapisim.model.AgentSessionState;
import org.tapisim.model.AgentState;
import org.tapisim.model.GroupChanged;
import org.tapisim.model.GroupId;
import org.tapisim.model.LineClosed;
import org.tapisim.model.QueueChanged;
import org.tapisim.model.SessionChanged;
import org.tapisim.model.TapiEvent;
import org.tapisim.model.TapiException;

/**
 * Turns TAPI's status messages into tapisim's events, on the event thread, in message order. It
 * keeps the last reported state of each session and agent to give each event its "from" state. A
 * session it has not seen yet (opened by another application, e.g. an agent logging in at a
 * desktop) is looked up by listing the sessions of the agents this call center knows; messages
 * about agents it does not know are logged and dropped, as TAPI cannot list agents.
 */
final class EventTranslator {
  private static final Logger LOG = LoggerFactory.getLogger(EventTranslator.class);

  private final BridgeAgentHandler handler;
  private final Directory directory;
  private final EventHub hub;

  /**
   * The groups as this translator last published them; event thread only; before the first change,
   * the groups as first listed. The directory's current list cannot serve as the "before" list: a
   * user thread listing groups refreshes it before the message is handled, and the change would go
   * unreported.
   */
  private Set<GroupId> publishedGroups;

  EventTranslator(BridgeAgentHandler handler, EventHub hub) {
    this.handler = handler;
    this.directory = handler.directory();
    this.hub = hub;
  }

  /** LINE_AGENTSESSIONSTATUS: NEWSESSION (with or without STATE), or STATE. */
  void sessionStatus(Instant time, int handle, int bits, int stateBit) {
    Optional<BridgeAgentSession> known = directory.session(handle);
    if (known.isEmpty()) {
      known = discoverSession(handle);
    }
    if (known.isEmpty()) {
      LOG.debug("status of session handle {} of an agent this call center does not know", handle);
      return;
    }
    BridgeAgentSession session = known.get();
    boolean hasState = (bits & LINEAGENTSESSIONSTATUS_STATE) != 0;
    if ((bits & LINEAGENTSESSIONSTATUS_NEWSESSION) != 0) {
      AgentSessionState to =
          hasState ? StateMapper.sessionState(stateBit) : AgentSessionState.NOT_READY;
      session.report(to);
      publish(
          new SessionChanged(
              time,
              hub.nextSequence(),
              session.id(),
              AgentSessionEvent.NEW_SESSION,
              null,
              to,
              null));
    } else if (hasState) {
      AgentSessionState to = StateMapper.sessionState(stateBit);
      AgentSessionState from = session.reported();
      session.report(to);
      if (from == null || from == to) {
        LOG.debug("session {} reported {} with no known change", session.id(), to);
        return;
      }
      publish(
          new SessionChanged(time, hub.nextSequence(), session.id(), to.event(), from, to, null));
    }
  }

  /** Lists the sessions of every known agent, which registers them, until the handle turns up. */
  private Optional<BridgeAgentSession> discoverSession(int handle) {
    for (BridgeAgent agent : directory.agents()) {
      try {
        agent.sessions();
      } catch (TapiException e) {
        LOG.debug("cannot list the sessions of agent {}: {}", agent.id(), e.getMessage());
      }
      Optional<BridgeAgentSession> found = directory.session(handle);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** LINE_AGENTSTATUSEX: STATE. */
  void agentStatus(Instant time, int handle, int bits, int stateBit) {
    if ((bits & LINEAGENTSTATUSEX_STATE) == 0) {
      return;
    }
    Optional<BridgeAgent> known = directory.agent(handle);
    if (known.isEmpty()) {
      LOG.debug("status of agent handle {} that this call center did not create", handle);
      return;
    }
    BridgeAgent agent = known.get();
    AgentState to = StateMapper.agentState(stateBit);
    AgentState from = agent.reported() != null ? agent.reported() : AgentState.UNKNOWN;
    agent.report(to);
    if (from != to) {
      publish(new AgentChanged(time, hub.nextSequence(), agent.id(), to.event(), from, to));
    }
  }

  /** LINE_QUEUESTATUS: NEWQUEUE or QUEUEREMOVED; UPDATEINFO only refreshes statistics. */
  void queueStatus(Instant time, int queueId, int bits) {
    if ((bits & LINEQUEUESTATUS_QUEUEREMOVED) != 0) {
      directory
          .removeQueue(queueId)
          .ifPresent(
              q ->
                  publish(
                      new QueueChanged(
                          time,
                          hub.nextSequence(),
                          q.id(),
                          q.group().id(),
                          AcdQueueEvent.QUEUE_REMOVED)));
    }
    if ((bits & LINEQUEUESTATUS_NEWQUEUE) != 0) {
      try {
        for (BridgeGroup group : handler.refreshGroups()) {
          group.refreshQueues();
        }
      } catch (TapiException e) {
        LOG.warn("cannot read the new queue {}: {}", queueId, e.getMessage());
      }
      directory
          .queue(queueId)
          .ifPresent(
              q ->
                  publish(
                      new QueueChanged(
                          time,
                          hub.nextSequence(),
                          q.id(),
                          q.group().id(),
                          AcdQueueEvent.NEW_QUEUE)));
    }
  }

  /** LINE_GROUPSTATUS: NEWGROUP or GROUPREMOVED; the group list tells which. */
  void groupStatus(Instant time, int bits) {
    if ((bits & (LINEGROUPSTATUS_NEWGROUP | LINEGROUPSTATUS_GROUPREMOVED)) == 0) {
      return;
    }
    Set<GroupId> before =
        publishedGroups != null ? publishedGroups : new LinkedHashSet<>(directory.firstGroupList());
    Set<GroupId> after;
    try {
      after = ids(handler.refreshGroups());
    } catch (TapiException e) {
      LOG.warn("cannot read the group list after a group change: {}", e.getMessage());
      return;
    }
    publishedGroups = after;
    for (GroupId gone : minus(before, after)) {
      publish(new GroupChanged(time, hub.nextSequence(), gone, AcdGroupEvent.GROUP_REMOVED));
    }
    for (GroupId added : minus(after, before)) {
      publish(new GroupChanged(time, hub.nextSequence(), added, AcdGroupEvent.NEW_GROUP));
    }
  }

  /** LINE_CLOSE, or REINIT. */
  void lineClosed(Instant time, LineClosed.Reason reason) {
    publish(new LineClosed(time, hub.nextSequence(), reason));
  }

  private void publish(TapiEvent event) {
    hub.publish(event);
  }

  private static Set<GroupId> ids(List<BridgeGroup> groups) {
    Set<GroupId> ids = new LinkedHashSet<>();
    groups.forEach(g -> ids.add(g.id()));
    return ids;
  }

  private static Set<GroupId> minus(Set<GroupId> a, Set<GroupId> b) {
    Set<GroupId> result = new LinkedHashSet<>(a);
    result.removeAll(new HashSet<>(b));
    return result;
  }
}
