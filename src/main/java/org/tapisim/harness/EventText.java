package org.tapisim.harness;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.tapisim.acd.Durations;
import org.tapisim.model.AgentChanged;
import org.tapisim.model.CallAbandoned;
import org.tapisim.model.CallDelivered;
import org.tapisim.model.CallEnded;
import org.tapisim.model.CallEvent;
import org.tapisim.model.CallQueued;
import org.tapisim.model.SessionChanged;
import org.tapisim.model.TapiEvent;

/**
 * Writes events and values for failure messages: one readable line per event, e.g. {@code
 * 00:00:06.000 #12 session bob/sales BUSY READY→BUSY_ON_CALL call c2}. Stateless.
 */
final class EventText {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

  /** How many events a message lists before it says how many more there were. */
  static final int MAX_LINES = 40;

  private EventText() {}

  /** Returns the sim time of day of an instant, {@code HH:mm:ss.SSS} (UTC). */
  static String time(Instant time) {
    return TIME.format(time);
  }

  /** Returns a duration as scripts write it, e.g. {@code 1m30s}. */
  static String duration(Duration duration) {
    return duration.isNegative()
        ? "-" + Durations.format(duration.negated())
        : Durations.format(duration);
  }

  /** Returns one line for an event. */
  static String line(TapiEvent event) {
    return time(event.time()) + " #" + event.sequence() + " " + what(event);
  }

  /** Returns the event lines, indented by two spaces, one per line, at most {@link #MAX_LINES}. */
  static String lines(List<? extends TapiEvent> events) {
    if (events.isEmpty()) {
      return "  (no events)";
    }
    String shown =
        events.stream()
            .limit(MAX_LINES)
            .map(e -> "  " + line(e))
            .collect(Collectors.joining(System.lineSeparator()));
    return events.size() <= MAX_LINES
        ? shown
        : shown + System.lineSeparator() + "  … and " + (events.size() - MAX_LINES) + " more";
  }

  /** Returns the name of a call event as scripts and the event log write it, e.g. DELIVERED. */
  static String callEventName(Class<? extends TapiEvent> kind) {
    return CallEvent.Kind.of(kind).map(Enum::name).orElse(kind.getSimpleName());
  }

  private static String what(TapiEvent event) {
    if (event instanceof SessionChanged e) {
      String change = e.from() == null ? e.to().name() : e.from() + "→" + e.to();
      return "session "
          + e.session()
          + " "
          + e.event()
          + " "
          + change
          + (e.call() == null ? "" : " call " + e.call());
    } else if (event instanceof AgentChanged e) {
      return "agent " + e.agent() + " " + e.event() + " " + e.from() + "→" + e.to();
    } else if (event instanceof CallEvent e) {
      return "call " + e.call() + " " + e.kind() + " " + callDetail(e);
    }
    return event.toString();
  }

  private static String callDetail(CallEvent event) {
    if (event instanceof CallQueued e) {
      return "in " + e.group() + " at position " + e.position();
    } else if (event instanceof CallDelivered e) {
      return "to " + e.session() + " after " + duration(e.waited());
    } else if (event instanceof CallAbandoned e) {
      return "in " + e.group() + " after " + duration(e.waited());
    } else if (event instanceof CallEnded e) {
      return e.reason() + " at " + e.session() + " after " + duration(e.talkTime()) + " of talk";
    }
    return "at " + event.group();
  }
}
