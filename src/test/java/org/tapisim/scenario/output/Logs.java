package org.tapisim.scenario.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.tapisim.model.TapiEvent;

/** Helpers to write events through an {@link EventLog} and read the result. */
final class Logs {
  private Logs() {}

  /** Returns the golden scenario's events. */
  static List<TapiEvent> goldenEvents() {
    List<TapiEvent> events = new ArrayList<>();
    GoldenScenario.run(events::add);
    return events;
  }

  /** Writes the golden scenario's event log, live from the simulator. */
  static byte[] goldenLog(EventFormat format) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    EventLog log = EventLog.open(format, bytes, GoldenScenario.START);
    GoldenScenario.run(log);
    close(log);
    return bytes.toByteArray();
  }

  /** Writes events through a log with the given origin. */
  static String write(EventFormat format, Instant origin, List<? extends TapiEvent> events) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    EventLog log = EventLog.open(format, bytes, origin);
    events.forEach(log::onEvent);
    close(log);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  static List<String> lines(byte[] log) {
    return new String(log, StandardCharsets.UTF_8).lines().toList();
  }

  private static void close(EventLog log) {
    try {
      log.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
