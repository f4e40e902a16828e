package org.tapisim.scenario.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tapisim.model.AcdGroupEvent;
import org.tapisim.model.AcdQueueEvent;
import org.tapisim.model.AgentHandlerChanged;
import org.tapisim.model.AgentHandlerEvent;
import org.tapisim.model.AgentId;
import org.tapisim.model.CallEnded;
import org.tapisim.model.CallId;
import org.tapisim.model.GroupChanged;
import org.tapisim.model.GroupId;
import org.tapisim.model.QueueChanged;
import org.tapisim.model.QueueId;
import org.tapisim.model.SessionId;
import org.tapisim.model.TapiEvent;

/** A JSON Lines event log reads back into the very events that were written. */
class JsonlEventReaderTest {

  static List<TapiEvent> readAll(String log) throws IOException {
    List<TapiEvent> events = new ArrayList<>();
    try (JsonlEventReader reader = JsonlEventReader.open(new StringReader(log), "events.jsonl")) {
      for (Optional<TapiEvent> e = reader.read(); e.isPresent(); e = reader.read()) {
        events.add(e.get());
      }
    }
    return events;
  }

  @Test
  void reads_back_every_event_of_a_run_equal_to_what_was_written() throws IOException {
    List<TapiEvent> events = Logs.goldenEvents();
    String log = Logs.write(EventFormat.JSONL, GoldenScenario.START, events);

    assertThat(readAll(log)).isEqualTo(events);
  }

  @Test
  void reads_back_the_kinds_the_simulator_does_not_raise_and_odd_values() throws IOException {
    Instant origin = Instant.parse("2026-01-01T00:00:00.5Z");
    Instant at = origin.plus(Duration.ofHours(30).plusNanos(7));
    List<TapiEvent> events =
        List.of(
            new AgentHandlerChanged(at, 1, "tapisim \"sim\"", AgentHandlerEvent.NEW_AGENTHANDLER),
            new GroupChanged(at, 2, GroupId.of("sales"), AcdGroupEvent.GROUP_REMOVED),
            new QueueChanged(
                at, 3, QueueId.of("q1"), GroupId.of("sales"), AcdQueueEvent.QUEUE_REMOVED),
            new CallEnded(
                origin.minusSeconds(2),
                4,
                new CallId(77, "ünïcode\n😀"),
                GroupId.of("sales"),
                new SessionId(AgentId.of("a,b"), GroupId.of("sales")),
                Duration.ofNanos(123_456_789_012L),
                CallEnded.Reason.RELEASED));
    String log = Logs.write(EventFormat.JSONL, origin, events);

    try (JsonlEventReader reader = JsonlEventReader.open(new StringReader(log), "x")) {
      assertThat(reader.origin()).isEqualTo(origin);
    }
    assertThat(readAll(log)).isEqualTo(events);
  }

  @Test
  void refuses_a_log_without_its_header() {
    String log =
        "{\"t\":0.0,\"seq\":1,\"kind\":\"group\",\"group\":\"g\",\"event\":\"NEW_GROUP\"}\n";
    assertThatThrownBy(() -> readAll(log))
        .isInstanceOf(IOException.class)
        .hasMessage("events.jsonl:1: not a tapisim event log: the first line is not its header");
  }

  @Test
  void names_the_line_of_an_invalid_event() {
    String header =
        "{\"kind\":\"log\",\"format\":\"tapisim-events\",\"version\":1,"
            + "\"origin\":\"2000-01-01T00:00:00Z\"}\n";
    assertThatThrownBy(
            () ->
                readAll(
                    header
                        + "\n{\"t\":1.0,\"seq\":1,\"kind\":\"group\",\"group\":\"g\","
                        + "\"event\":\"NEW_GROUP\"}\n{\"t\":2.0,\"seq\":2,\"kind\":\"agent\"}\n"))
        .isInstanceOf(IOException.class)
        .hasMessage("events.jsonl:4: \"agent\" is missing or not a string");
    assertThatThrownBy(() -> readAll(header + "{\"t\":1.0,\"seq\":1,\"kind\":\"alien\"}\n"))
        .hasMessage("events.jsonl:2: unknown kind 'alien'");
    assertThatThrownBy(() -> readAll(header + "not json\n"))
        .hasMessageStartingWith("events.jsonl:2: not JSON");
    assertThatThrownBy(
            () ->
                readAll(
                    header
                        + "{\"t\":1.0,\"seq\":1,\"kind\":\"group\",\"group\":\"g\","
                        + "\"event\":\"LOST\"}\n"))
        .hasMessageStartingWith("events.jsonl:2: ")
        .hasMessageContaining("LOST");
  }
}
