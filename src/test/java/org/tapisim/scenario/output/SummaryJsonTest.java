package org.tapisim.scenario.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The summary JSON: the contract's keys, in order, with the right values. */
class SummaryJsonTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String text = SummaryJson.toJson(SummaryExample.withSessions(1));
  private final JsonNode root = parse(text);

  private static JsonNode parse(String text) {
    try {
      return JSON.readTree(text);
    } catch (Exception e) {
      throw new AssertionError(text, e);
    }
  }

  private static List<String> keys(JsonNode node) {
    List<String> keys = new ArrayList<>();
    node.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  @Test
  void writes_the_top_level_keys_of_the_contract_in_order() {
    assertThat(keys(root))
        .containsExactly(
            "scenario", "seed", "simulated", "run", "queues", "sessions", "agents", "expectations");
    assertThat(root.get("scenario").asText()).isEqualTo("Inbound \"sales\", morning peak");
    assertThat(root.get("seed").asLong()).isEqualTo(42);
    assertThat(keys(root.get("simulated"))).containsExactly("start", "end", "duration_s");
    assertThat(root.at("/simulated/start").asText()).isEqualTo("2000-01-01T00:00:00Z");
    assertThat(root.at("/simulated/end").asText()).isEqualTo("2000-01-01T01:00:00Z");
    assertThat(root.at("/simulated/duration_s").isFloatingPointNumber()).isTrue();
    assertThat(root.at("/simulated/duration_s").asDouble()).isEqualTo(3600.0);
    assertThat(keys(root.get("run"))).containsExactly("events", "calls", "wall_ms");
    assertThat(root.at("/run/events").asLong()).isEqualTo(123_456);
    assertThat(root.at("/run/calls").asLong()).isEqualTo(1000);
    assertThat(root.at("/run/wall_ms").asLong()).isEqualTo(532);
    assertThat(keys(root.get("expectations"))).containsExactly("passed", "failed");
    assertThat(root.at("/expectations/passed").asInt()).isEqualTo(3);
    assertThat(root.at("/expectations/failed").asInt()).isZero();
  }

  @Test
  void writes_every_queue_figure_then_the_extras() {
    JsonNode sales = root.at("/queues/sales");
    assertThat(keys(sales))
        .containsExactly(
            "offered",
            "answered",
            "abandoned",
            "blocked",
            "in_queue_at_end",
            "waited",
            "p_wait",
            "asa_s",
            "avg_wait_s",
            "longest_wait_s",
            "service_level_threshold_s",
            "service_level",
            "p_abandon",
            "occupancy",
            "staffed_s",
            "busy_s",
            "erlang");
    assertThat(sales.get("offered").asLong()).isEqualTo(1000);
    assertThat(sales.get("answered").asLong()).isEqualTo(990);
    assertThat(sales.get("abandoned").asLong()).isEqualTo(10);
    assertThat(sales.get("blocked").asLong()).isZero();
    assertThat(sales.get("in_queue_at_end").asLong()).isZero();
    assertThat(sales.get("waited").asLong()).isEqualTo(400);
    assertThat(sales.get("p_wait").asDouble()).isEqualTo(0.4);
    assertThat(sales.get("asa_s").asDouble()).isEqualTo(12.3);
    assertThat(sales.get("avg_wait_s").asDouble()).isEqualTo(12.0);
    assertThat(sales.get("longest_wait_s").asDouble()).isEqualTo(95.0);
    assertThat(sales.get("service_level_threshold_s").asDouble()).isEqualTo(20.0);
    assertThat(sales.get("service_level").asDouble()).isEqualTo(0.85);
    assertThat(sales.get("p_abandon").asDouble()).isEqualTo(0.01);
    assertThat(sales.get("occupancy").asDouble()).isEqualTo(0.8);
    assertThat(keys(sales.get("erlang")))
        .containsExactly(
            "model",
            "offered_load",
            "agents",
            "p_wait",
            "asa_s",
            "service_level",
            "p_abandon",
            "occupancy");
    assertThat(sales.at("/erlang/model").asText()).isEqualTo("C");
    assertThat(sales.at("/erlang/offered_load").asDouble()).isEqualTo(7.85);
    assertThat(sales.at("/erlang/agents").asInt()).isEqualTo(10);
    assertThat(sales.at("/erlang/asa_s").asDouble()).isEqualTo(11.25);
    assertThat(sales.at("/erlang/occupancy").asDouble()).isEqualTo(0.785);
  }

  @Test
  void writes_an_infinite_erlang_asa_as_null_and_a_ratio_over_nothing_as_zero() {
    JsonNode support = root.at("/queues/support");
    assertThat(support.at("/erlang/asa_s").isNull()).isTrue();
    assertThat(support.get("occupancy").asDouble()).isZero();
    assertThat(support.get("service_level_threshold_s").asDouble()).isEqualTo(2.5);
  }

  @Test
  void writes_every_session_and_agent_figure() {
    JsonNode alice = root.at("/sessions/alice~1sales");
    assertThat(keys(alice))
        .containsExactly(
            "state",
            "calls",
            "total_talk_s",
            "avg_talk_s",
            "total_call_s",
            "avg_call_s",
            "total_wrapup_s",
            "avg_wrapup_s",
            "longest_time_to_answer_s",
            "avg_time_to_answer_s",
            "acd_call_rate_per_h",
            "duration_s",
            "occupancy",
            "staffed_s",
            "busy_s");
    Map<String, Double> expected =
        Map.ofEntries(
            Map.entry("calls", 10.0),
            Map.entry("total_talk_s", 1800.0),
            Map.entry("avg_talk_s", 180.0),
            Map.entry("total_call_s", 2000.0),
            Map.entry("avg_call_s", 200.0),
            Map.entry("total_wrapup_s", 200.0),
            Map.entry("avg_wrapup_s", 20.0),
            Map.entry("longest_time_to_answer_s", 95.5),
            Map.entry("avg_time_to_answer_s", 12.25),
            Map.entry("acd_call_rate_per_h", 10.0),
            Map.entry("duration_s", 3600.0),
            Map.entry("occupancy", 0.625),
            Map.entry("staffed_s", 3200.0),
            Map.entry("busy_s", 2000.0));
    expected.forEach(
        (key, value) -> assertThat(alice.get(key).asDouble()).as(key).isEqualTo(value));
    assertThat(alice.get("state").asText()).isEqualTo("READY");

    JsonNode agent = root.at("/agents/alice");
    assertThat(keys(agent))
        .containsExactly(
            "state", "acd_calls", "total_acd_talk_s", "total_acd_call_s", "total_wrapup_s");
    assertThat(agent.get("state").asText()).isEqualTo("READY");
    assertThat(agent.get("acd_calls").asLong()).isEqualTo(10);
    assertThat(agent.get("total_acd_talk_s").asDouble()).isEqualTo(1800.0);
    assertThat(agent.get("total_acd_call_s").asDouble()).isEqualTo(2000.0);
    assertThat(agent.get("total_wrapup_s").asDouble()).isEqualTo(200.0);
  }

  @Test
  void writes_times_as_floating_point_and_pretty_prints_with_lf() {
    assertThat(text).contains("\n  \"seed\": 42,\n");
    assertThat(text).contains("\"duration_s\": 3600.0,");
    assertThat(text).contains("\"p_wait\": 0.4,");
    assertThat(text).contains("\"asa_s\": 12.3,");
    assertThat(text).doesNotContain("\r").doesNotContain("E-").doesNotContain("E+");
    assertThat(text).endsWith("}\n");
  }

  @Test
  void writes_the_same_text_every_time_and_to_a_writer() throws Exception {
    StringWriter out = new StringWriter();
    SummaryJson.write(SummaryExample.withSessions(1), out);
    assertThat(out.toString())
        .isEqualTo(text)
        .isEqualTo(SummaryJson.toJson(SummaryExample.withSessions(1)));
  }

  @Test
  void writes_the_golden_runs_summary() {
    RunSummary summary = RunSummary.capture(GoldenScenario.run(), "Golden", 7, 0, 0, Map.of());
    JsonNode golden = parse(SummaryJson.toJson(summary));
    assertThat(golden.at("/queues/sales/avg_wait_s").asDouble()).isEqualTo(5.0);
    assertThat(golden.at("/sessions/bob~1sales/state").asText()).isEqualTo("SESSION_ENDED");
    assertThat(golden.at("/sessions/alice~1sales/occupancy").asText()).isEqualTo("0.674157303");
    assertThat(golden.at("/queues/sales").has("erlang")).isFalse();
  }
}
