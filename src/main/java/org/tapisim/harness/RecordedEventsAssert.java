package org.tapisim.harness;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.tapisim.model.AgentChanged;
import org.tapisim.model.AgentId;
import org.tapisim.model.AgentSessionEvent;
import org.tapisim.model.AgentSessionState;
import org.tapisim.model.AgentState;
import org.tapisim.model.CallEvent;
import org.tapisim.model.SessionChanged;
import org.tapisim.model.TapiEvent;

/**
 * Assertions about {@link RecordedEvents}: what a session, agent, queue or call reported, in which
 * order, and what never happened. Get one from {@link
 * TapiSimAssertions#assertThat(RecordedEvents)}.
 *
 * <p>"In order" means a subsequence: the expected events appear in that order, and other events may
 * come between them. Each assertion reads one snapshot of the recorder; failure messages name the
 * session, agent, queue or call, and list the expected events and the recorded ones (with sim
 * times) on their own lines. Not thread-safe, like every AssertJ assertion object.
 */
public final class RecordedEventsAssert
    extends AbstractAssert<RecordedEventsAssert, RecordedEvents> {

  RecordedEventsAssert(RecordedEvents actual) {
    super(actual, RecordedEventsAssert.class);
  }

  /**
   * Verifies that a session ({@code agent/group}) reported these events in this order, e.g. {@code
   * BUSY, WRAPUP, NOT_READY}; other events may come between them.
   */
  public RecordedEventsAssert containsSessionEventsInOrder(
      String session, AgentSessionEvent... expected) {
    isNotNull();
    return inOrder(
        "session " + session,
        actual.forSession(session),
        List.of(expected),
        e -> ((SessionChanged) e).event());
  }

  /**
   * Verifies that a session ({@code agent/group}) moved to these states in this order, e.g. {@code
   * BUSY_ON_CALL, BUSY_WRAPUP, NOT_READY}; its first state (NOT_READY at NEW_SESSION) counts.
   */
  public RecordedEventsAssert containsSessionStatesInOrder(
      String session, AgentSessionState... expected) {
    isNotNull();
    return inOrder(
        "session " + session,
        actual.forSession(session),
        List.of(expected),
        e -> ((SessionChanged) e).to());
  }

  /** Verifies that an agent's overall state moved to these states in this order. */
  public RecordedEventsAssert containsAgentStatesInOrder(String agent, AgentState... expected) {
    isNotNull();
    AgentId id = AgentId.of(agent);
    List<AgentChanged> events =
        actual.ofKind(AgentChanged.class).stream().filter(e -> e.agent().equals(id)).toList();
    return inOrder("agent " + agent, events, List.of(expected), e -> ((AgentChanged) e).to());
  }

  /**
   * Verifies that a call (by label, or {@code #serial}) went through these kinds of events in this
   * order, e.g. {@code CallQueued.class, CallDelivered.class, CallEnded.class}.
   */
  @SafeVarargs
  public final RecordedEventsAssert containsCallEventsInOrder(
      String call, Class<? extends CallEvent>... expected) {
    isNotNull();
    List<String> names = new ArrayList<>();
    for (Class<? extends CallEvent> kind : expected) {
      names.add(EventText.callEventName(kind));
    }
    return inOrder(
        "call " + call,
        actual.forCall(call),
        names,
        e -> EventText.callEventName(((CallEvent) e).getClass()));
  }

  /** Verifies that at least one event of a kind was recorded, e.g. {@code CallAbandoned.class}. */
  public RecordedEventsAssert saw(Class<? extends TapiEvent> kind) {
    isNotNull();
    Objects.requireNonNull(kind, "kind");
    if (actual.ofKind(kind).isEmpty()) {
      failWithMessage(
          "%s",
          Messages.expecting(
              "the recorded events",
              "to contain at least one",
              kind.getSimpleName(),
              "but they were",
              EventText.lines(actual.all())));
    }
    return this;
  }

  /** Verifies how many events of a kind were recorded. */
  public RecordedEventsAssert hasCount(Class<? extends TapiEvent> kind, long expected) {
    isNotNull();
    Objects.requireNonNull(kind, "kind");
    List<? extends TapiEvent> events = actual.ofKind(kind);
    if (events.size() != expected) {
      failWithMessage(
          "%s",
          Messages.expecting(
              "the recorded events",
              "to contain this many " + kind.getSimpleName(),
              expected,
              "but they contained " + events.size(),
              EventText.lines(events)));
    }
    return this;
  }

  /** Verifies that no event of a kind was recorded, e.g. {@code neverSaw(CallBlocked.class)}. */
  public RecordedEventsAssert neverSaw(Class<? extends TapiEvent> kind) {
    isNotNull();
    Objects.requireNonNull(kind, "kind");
    return never("the recorded events", kind.getSimpleName(), actual.ofKind(kind));
  }

  /** Verifies that a session ({@code agent/group}) never reported {@code event}. */
  public RecordedEventsAssert neverSawForSession(String session, AgentSessionEvent event) {
    isNotNull();
    Objects.requireNonNull(event, "event");
    List<SessionChanged> seen =
        actual.forSession(session).stream().filter(e -> e.event() == event).toList();
    return never("session " + session, event.name(), seen);
  }

  /**
   * Verifies that a queue never saw a kind of call event, e.g. {@code neverSawForQueue("sales",
   * CallAbandoned.class)}.
   */
  public RecordedEventsAssert neverSawForQueue(String queue, Class<? extends CallEvent> kind) {
    isNotNull();
    Objects.requireNonNull(kind, "kind");
    List<CallEvent> seen = actual.forQueue(queue).stream().filter(kind::isInstance).toList();
    return never("queue " + queue, EventText.callEventName(kind), seen);
  }

  /**
   * Verifies that no recorded event matches {@code condition}, described in failure messages as
   * {@code description}.
   */
  public RecordedEventsAssert neverSaw(String description, Predicate<? super TapiEvent> condition) {
    isNotNull();
    return never("the recorded events", description, actual.matching(condition));
  }

  private RecordedEventsAssert never(
      String entity, String what, List<? extends TapiEvent> occurrences) {
    if (!occurrences.isEmpty()) {
      failWithMessage(
          "%s",
          Messages.expecting(
              entity, "never to report", what, "but it did", EventText.lines(occurrences)));
    }
    return this;
  }

  /**
   * Fails unless {@code expected} is a subsequence of the values of {@code events}, naming the
   * first expected value not found in order.
   */
  private <E> RecordedEventsAssert inOrder(
      String entity,
      List<? extends TapiEvent> events,
      List<E> expected,
      Function<TapiEvent, Object> value) {
    int found = 0;
    for (TapiEvent event : events) {
      if (found < expected.size() && Objects.equals(value.apply(event), expected.get(found))) {
        found++;
      }
    }
    if (found < expected.size()) {
      String missing =
          found == 0
              ? expected.get(0) + " was never reported."
              : expected.get(found) + " was not reported after " + expected.get(found - 1) + ".";
      String reported =
          events.isEmpty()
              ? "  (nothing)"
              : "  "
                  + events.stream()
                      .map(value)
                      .map(String::valueOf)
                      .collect(Collectors.joining(", ", "[", "]"))
                  + System.lineSeparator()
                  + EventText.lines(events);
      failWithMessage(
          "%s",
          Messages.expecting(
                  entity,
                  "to report, in this order (other events may come between)",
                  expected.stream()
                      .map(String::valueOf)
                      .collect(Collectors.joining(", ", "[", "]")),
                  "but it reported",
                  reported)
              + System.lineSeparator()
              + missing);
    }
    return this;
  }
}
