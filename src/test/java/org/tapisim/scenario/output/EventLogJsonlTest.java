package org.tapisim.scenario.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tapisim.model.CallId;
import org.tapisim.model.CallOffered;
import org.tapisim.model.GroupId;

/** The JSON Lines event log of the golden scenario, parsed back and checked field by field. */
class EventLogJsonlTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<JsonNode> lines = parse(Logs.goldenLog(EventFormat.JSONL));

  private static List<JsonNode> parse(byte[] log) {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : Logs.lines(log)) {
      try {
        nodes.add(JSON.readTree(line));
      } catch (Exception e) {
        throw new AssertionError("not JSON: " + line, e);
      }
    }
    return nodes;
  }

  private static List<String> keys(JsonNode node) {
    List<String> keys = new ArrayList<>();
    node.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  /** Returns the event line with that sequence number. */
  private JsonNode seq(int seq) {
    JsonNode node = lines.get(seq);
    assertThat(node.get("seq").asLong()).isEqualTo(seq);
    return node;
  }

  @Test
  void starts_with_a_header_naming_the_format_and_the_origin() {
    JsonNode header = lines.get(0);
    assertThat(keys(header)).containsExactly("kind", "format", "version", "origin");
    assertThat(header.get("kind").asText()).isEqualTo("log");
    assertThat(header.get("format").asText()).isEqualTo("tapisim-events");
    assertThat(header.get("version").asInt()).isEqualTo(1);
    assertThat(header.get("origin").asText()).isEqualTo("2026-11-23T08:00:00Z");
    assertThat(lines).hasSize(1 + 36);
  }

  @Test
  void writes_a_new_session_without_a_previous_state() {
    JsonNode line = seq(1);
    assertThat(keys(line)).containsExactly("t", "seq", "kind", "session", "event", "to");
    assertThat(line.get("t").isFloatingPointNumber()).isTrue();
    assertThat(line.get("t").asDouble()).isZero();
    assertThat(line.get("kind").asText()).isEqualTo("session");
    assertThat(line.get("session").asText()).isEqualTo("alice/sales");
    assertThat(line.get("event").asText()).isEqualTo("NEW_SESSION");
    assertThat(line.get("to").asText()).isEqualTo("NOT_READY");
  }

  @Test
  void writes_a_session_change_with_the_call_that_caused_it() {
    JsonNode line = seq(9);
    assertThat(keys(line))
        .containsExactly(
            "t", "seq", "kind", "session", "event", "from", "to", "call", "call_serial");
    assertThat(line.get("t").asDouble()).isEqualTo(5.0);
    assertThat(line.get("session").asText()).isEqualTo("alice/sales");
    assertThat(line.get("event").asText()).isEqualTo("BUSY");
    assertThat(line.get("from").asText()).isEqualTo("READY");
    assertThat(line.get("to").asText()).isEqualTo("BUSY_ON_CALL");
    assertThat(line.get("call").asText()).isEqualTo("c1");
    assertThat(line.get("call_serial").asLong()).isEqualTo(1);
  }

  @Test
  void writes_an_agent_change() {
    JsonNode line = seq(10);
    assertThat(keys(line)).containsExactly("t", "seq", "kind", "agent", "event", "from", "to");
    assertThat(line.get("kind").asText()).isEqualTo("agent");
    assertThat(line.get("agent").asText()).isEqualTo("alice");
    assertThat(line.get("event").asText()).isEqualTo("BUSY_ACD");
    assertThat(line.get("from").asText()).isEqualTo("READY");
    assertThat(line.get("to").asText()).isEqualTo("BUSY_ACD");
  }

  @Test
  void writes_each_call_event_with_its_detail() {
    JsonNode offered = seq(7);
    assertThat(keys(offered))
        .containsExactly("t", "seq", "kind", "group", "event", "call", "call_serial");
    assertThat(offered.get("kind").asText()).isEqualTo("call");
    assertThat(offered.get("group").asText()).isEqualTo("sales");
    assertThat(offered.get("event").asText()).isEqualTo("OFFERED");

    JsonNode delivered = seq(8);
    assertThat(keys(delivered)).endsWith("session", "wait_s");
    assertThat(delivered.get("session").asText()).isEqualTo("alice/sales");
    assertThat(delivered.get("wait_s").asDouble()).isZero();

    JsonNode queued = seq(16);
    assertThat(queued.get("event").asText()).isEqualTo("QUEUED");
    assertThat(queued.get("call").asText()).isEqualTo("c3");
    assertThat(queued.get("position").asLong()).isEqualTo(1);

    JsonNode blocked = seq(17);
    assertThat(blocked.get("event").asText()).isEqualTo("BLOCKED");
    assertThat(blocked.get("call").asText()).isEqualTo("c4");
    assertThat(keys(blocked)).hasSize(7);

    JsonNode abandoned = seq(18);
    assertThat(abandoned.get("event").asText()).isEqualTo("ABANDONED");
    assertThat(abandoned.get("t").asDouble()).isEqualTo(27.0);
    assertThat(abandoned.get("wait_s").asDouble()).isEqualTo(20.0);

    JsonNode ended = seq(31);
    assertThat(keys(ended)).endsWith("session", "talk_s", "reason");
    assertThat(ended.get("call").asText()).isEqualTo("#5");
    assertThat(ended.has("call_serial")).as("an unlabelled call's serial is in its id").isFalse();
    assertThat(ended.get("talk_s").asDouble()).isEqualTo(10.0);
    assertThat(ended.get("reason").asText()).isEqualTo("HUNG_UP");
  }

  @Test
  void writes_times_as_exact_decimals_to_the_nanosecond() {
    Instant origin = Instant.parse("2000-01-01T00:00:00Z");
    String log =
        Logs.write(
            EventFormat.JSONL,
            origin,
            List.of(
                new CallOffered(
                    origin.plus(Duration.ofSeconds(3600, 1)),
                    1,
                    new CallId(1, null),
                    GroupId.of("sales")),
                new CallOffered(
                    origin.minusMillis(250), 2, new CallId(2, null), GroupId.of("sales"))));
    assertThat(log).contains("{\"t\":3600.000000001,\"seq\":1,");
    assertThat(log).contains("{\"t\":-0.25,\"seq\":2,");
  }

  @Test
  void escapes_ids_that_need_it() throws Exception {
    Instant origin = Instant.parse("2000-01-01T00:00:00Z");
    String label = "say \"hi\"\\\n\tnow\u0001 é 😀";
    String log =
        Logs.write(
            EventFormat.JSONL,
            origin,
            List.of(new CallOffered(origin, 1, new CallId(9, label), GroupId.of("ventes ü"))));
    JsonNode line = JSON.readTree(log.lines().skip(1).findFirst().orElseThrow());
    assertThat(line.get("call").asText()).isEqualTo(label);
    assertThat(line.get("group").asText()).isEqualTo("ventes ü");
    assertThat(log).contains("\\u0001").contains("\\n").contains("\\t").contains("\\\"hi\\\"");
  }
}
