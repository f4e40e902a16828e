package org.tapisim.acd;

import java.util.ArrayList;
import java.util.List;
import org.tapisim.model.AgentChanged;
import org.tapisim.model.AgentSessionState;
import org.tapisim.model.CallAbandoned;
import org.tapisim.model.CallBlocked;
import org.tapisim.model.CallDelivered;
import org.tapisim.model.CallEnded;
import org.tapisim.model.CallEvent;
import org.tapisim.model.CallOffered;
import org.tapisim.model.CallQueued;
import org.tapisim.model.SessionChanged;
import org.tapisim.model.TapiEvent;
import org.tapisim.model.TapiEventListener;

/** Collects every event a simulator raises, for assertions. */
final class EventRecorder implements TapiEventListener {
  private final List<TapiEvent> events = new ArrayList<>();

  @Override
  public synchronized void onEvent(TapiEvent event) {
    events.add(event);
  }

  synchronized List<TapiEvent> all() {
    return List.copyOf(events);
  }

  synchronized <T extends TapiEvent> List<T> of(Class<T> kind) {
    return events.stream().filter(kind::isInstance).map(kind::cast).toList();
  }

  /** Returns the last event of a kind; fails if there is none. */
  <T extends TapiEvent> T last(Class<T> kind) {
    List<T> matching = of(kind);
    if (matching.isEmpty()) {
      throw new AssertionError("no " + kind.getSimpleName() + " among " + lines());
    }
    return matching.get(matching.size() - 1);
  }

  List<SessionChanged> sessionEvents(String session) {
    return of(SessionChanged.class).stream()
        .filter(e -> e.session().toString().equals(session))
        .toList();
  }

  /** Returns the states a session moved to, in order, starting with its initial state. */
  List<AgentSessionState> states(String session) {
    return sessionEvents(session).stream().map(SessionChanged::to).toList();
  }

  /** Returns the events about one call, by its label or {@code #serial}. */
  List<CallEvent> callEvents(String call) {
    return of(CallEvent.class).stream().filter(e -> e.call().toString().equals(call)).toList();
  }

  /** Returns how many events were recorded so far, to compare with {@link #linesSince}. */
  synchronized int mark() {
    return events.size();
  }

  /** Returns one readable line per event, e.g. {@code alice/sales READY->BUSY_ON_CALL}. */
  List<String> lines() {
    return linesSince(0);
  }

  /** Returns the lines of the events recorded after {@code mark}. */
  synchronized List<String> linesSince(int mark) {
    List<String> out = new ArrayList<>();
    for (TapiEvent event : events.subList(mark, events.size())) {
      out.add(line(event));
    }
    return out;
  }

  static String line(TapiEvent event) {
    if (event instanceof SessionChanged e) {
      return e.session() + " " + (e.from() == null ? "NEW" : e.from().toString()) + "->" + e.to();
    } else if (event instanceof AgentChanged e) {
      return "agent " + e.agent() + " " + e.from() + "->" + e.to();
    } else if (event instanceof CallOffered e) {
      return "offered " + e.call();
    } else if (event instanceof CallQueued e) {
      return "queued " + e.call() + " at " + e.position();
    } else if (event instanceof CallDelivered e) {
      return "delivered " + e.call() + " to " + e.session();
    } else if (event instanceof CallAbandoned e) {
      return "abandoned " + e.call();
    } else if (event instanceof CallBlocked e) {
      return "blocked " + e.call();
    } else if (event instanceof CallEnded e) {
      return "ended " + e.call() + " " + e.reason();
    }
    return event.toString();
  }

  synchronized void clear() {
    events.clear();
  }
}
