package org.tapisim.acd;

import java.util.ArrayList;
import java.util.List;
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

  List<SessionChanged> sessionEvents(String session) {
    return of(SessionChanged.class).stream()
        .filter(e -> e.session().toString().equals(session))
        .toList();
  }

  synchronized void clear() {
    events.clear();
  }
}
