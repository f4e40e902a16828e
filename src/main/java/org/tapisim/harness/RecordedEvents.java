package org.tapisim.harness;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.tapisim.model.AgentChanged;
import org.tapisim.model.AgentId;
import org.tapisim.model.AgentSessionState;
import org.tapisim.model.CallDelivered;
import org.tapisim.model.CallEnded;
import org.tapisim.model.CallEvent;
import org.tapisim.model.CallId;
import org.tapisim.model.GroupId;
import org.tapisim.model.SessionChanged;
import org.tapisim.model.SessionId;
import org.tapisim.model.TapiEvent;
import org.tapisim.model.TapiEventListener;

/**
 * Every event a call center raised, in order, queryable by kind, session, agent, queue and call,
 * and since a {@link Mark}.
 *
 * <p>The {@link TapiSimExtension} injects one per test, registered before anything happens, so it
 * also holds the events of the agents' start states at sim time zero. Outside the extension,
 * subscribe one yourself: {@code sim.subscribe(new RecordedEvents())}.
 *
 * <p>Thread-safe: the simulator's real-time loop may record while the test thread (or an Awaitility
 * poller) reads. Every query returns an immutable list, a snapshot of that moment. The events are
 * kept in memory for the recorder's life.
 */
public final class RecordedEvents implements TapiEventListener {
  private final List<TapiEvent> events;
  private final boolean frozen;

  /** Creates an empty recorder; subscribe it to a call center to fill it. */
  public RecordedEvents() {
    this(new ArrayList<>(), false);
  }

  private RecordedEvents(List<TapiEvent> events, boolean frozen) {
    this.events = events;
    this.frozen = frozen;
  }

  /**
   * Records one event.
   *
   * @throws IllegalStateException on a snapshot (from {@link #since} or {@link #snapshot()}), which
   *     does not record
   */
  @Override
  public void onEvent(TapiEvent event) {
    Objects.requireNonNull(event, "event");
    if (frozen) {
      throw new IllegalStateException("a snapshot of recorded events does not record");
    }
    synchronized (events) {
      events.add(event);
    }
  }

  // ------------------------------------------------------------------ all and by kind

  /** Returns every event recorded so far, in order. */
  public List<TapiEvent> all() {
    synchronized (events) {
      return List.copyOf(events);
    }
  }

  /** Returns how many events were recorded so far. */
  public int size() {
    synchronized (events) {
      return events.size();
    }
  }

  /** Tells whether nothing was recorded yet. */
  public boolean isEmpty() {
    return size() == 0;
  }

  /** Returns the events of one kind, e.g. {@code ofKind(CallAbandoned.class)}, in order. */
  public <T extends TapiEvent> List<T> ofKind(Class<T> kind) {
    Objects.requireNonNull(kind, "kind");
    return all().stream().filter(kind::isInstance).map(kind::cast).toList();
  }

  /** Returns the events that match {@code condition}, in order. */
  public List<TapiEvent> matching(Predicate<? super TapiEvent> condition) {
    Objects.requireNonNull(condition, "condition");
    return all().stream().filter(condition).collect(Collectors.toUnmodifiableList());
  }

  /** Returns the last event of a kind, if there was one. */
  public <T extends TapiEvent> Optional<T> last(Class<T> kind) {
    List<T> matching = ofKind(kind);
    return matching.isEmpty() ? Optional.empty() : Optional.of(matching.get(matching.size() - 1));
  }

  // ------------------------------------------------------------------ by object

  /**
   * Returns the state events of one session, {@code agent/group} (e.g. {@code alice/sales}), in
   * order: its NEW_SESSION and every state change.
   *
   * @throws IllegalArgumentException if {@code session} is not of the form {@code agent/group}
   */
  public List<SessionChanged> forSession(String session) {
    return forSession(SessionId.parse(session));
  }

  /** Returns the state events of one session, in order. */
  public List<SessionChanged> forSession(SessionId session) {
    Objects.requireNonNull(session, "session");
    return ofKind(SessionChanged.class).stream().filter(e -> e.session().equals(session)).toList();
  }

  /**
   * Returns the states one session moved to, in order, from its first state (NOT_READY at
   * NEW_SESSION).
   */
  public List<AgentSessionState> sessionStates(String session) {
    return forSession(session).stream().map(SessionChanged::to).toList();
  }

  /**
   * Returns the events about one agent, in order: its own state changes, its sessions' events and
   * the calls delivered to and ended at its sessions.
   */
  public List<TapiEvent> forAgent(String agent) {
    return forAgent(AgentId.of(agent));
  }

  /** Returns the events about one agent, in order. */
  public List<TapiEvent> forAgent(AgentId agent) {
    Objects.requireNonNull(agent, "agent");
    return matching(
        e ->
            (e instanceof AgentChanged a && a.agent().equals(agent))
                || (e instanceof SessionChanged s && s.session().agent().equals(agent))
                || (e instanceof CallDelivered d && d.session().agent().equals(agent))
                || (e instanceof CallEnded c && c.session().agent().equals(agent)));
  }

  /**
   * Returns the call events of one queue, in order; in the simulator a queue has its group's name.
   */
  public List<CallEvent> forQueue(String queue) {
    return forGroup(GroupId.of(queue));
  }

  /** Returns the call events of one group's queue, in order. */
  public List<CallEvent> forGroup(GroupId group) {
    Objects.requireNonNull(group, "group");
    return ofKind(CallEvent.class).stream().filter(e -> e.group().equals(group)).toList();
  }

  /**
   * Returns the events of one call, in order, by its label (a script's {@code id: c1}) or, for an
   * unlabelled call, {@code #serial} (e.g. {@code #7}) — as {@link CallId#toString()} writes it.
   */
  public List<CallEvent> forCall(String call) {
    Objects.requireNonNull(call, "call");
    return ofKind(CallEvent.class).stream().filter(e -> e.call().toString().equals(call)).toList();
  }

  /** Returns the events of one call, in order. */
  public List<CallEvent> forCall(CallId call) {
    Objects.requireNonNull(call, "call");
    return ofKind(CallEvent.class).stream().filter(e -> e.call().equals(call)).toList();
  }

  // ------------------------------------------------------------------ marks and snapshots

  /** Marks the present: {@link #since(Mark)} later returns what was recorded after it. */
  public Mark mark() {
    return new Mark(this, size());
  }

  /**
   * Returns a snapshot of the events recorded after {@code mark}; it does not record further
   * events.
   *
   * @throws IllegalArgumentException if the mark is another recorder's
   */
  public RecordedEvents since(Mark mark) {
    Objects.requireNonNull(mark, "mark");
    if (mark.owner != this) {
      throw new IllegalArgumentException("the mark belongs to another recorder");
    }
    synchronized (events) {
      return new RecordedEvents(List.copyOf(events.subList(mark.position, events.size())), true);
    }
  }

  /** Returns a snapshot of every event recorded so far; it does not record further events. */
  public RecordedEvents snapshot() {
    return new RecordedEvents(all(), true);
  }

  /** Returns the events, one line each, for failure messages and debugging. */
  @Override
  public String toString() {
    return EventText.lines(all());
  }

  /**
   * A point in a recorder's history, from {@link RecordedEvents#mark()}. Immutable and thread-safe.
   */
  public static final class Mark {
    private final RecordedEvents owner;
    private final int position;

    private Mark(RecordedEvents owner, int position) {
      this.owner = owner;
      this.position = position;
    }

    /** Returns how many events had been recorded when the mark was taken. */
    public int position() {
      return position;
    }

    @Override
    public String toString() {
      return "mark after " + position + " events";
    }
  }
}
