package org.tapisim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code tapisim run} end to end: every test script, the outputs, real time, Ctrl-C. */
class RunCommandIT {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int tapisim(String... args) {
    return Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  static Stream<Path> scripts() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("test-scripts"))) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scripts")
  void every_test_script_meets_its_expectations_through_the_command_line(Path script) {
    int code = tapisim("run", script.toString(), "--events", "none", "--quiet");

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString()).contains("expectations: ").contains(" 0 failed");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void the_summary_json_has_the_contract_keys_and_the_report_is_one_self_contained_file(
      @TempDir Path dir) throws IOException {
    Path summary = dir.resolve("summary.json");
    Path report = dir.resolve("report.html");

    int code =
        tapisim(
            "run",
            "test-scripts/quickstart.yaml",
            "--events",
            "none",
            "--summary",
            summary.toString(),
            "--report",
            report.toString());

    assertThat(code).isZero();
    JsonNode json = new ObjectMapper().readTree(summary.toFile());
    assertThat(json.get("scenario").asText()).isEqualTo("Quick start - two agents, one group");
    assertThat(json.get("seed").asLong()).isEqualTo(42);
    assertThat(json.get("simulated").get("duration_s").asDouble()).isEqualTo(120.0);
    JsonNode sales = json.get("queues").get("sales");
    for (String key :
        List.of(
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
            "p_abandon")) {
      assertThat(sales.has(key)).as("queues.sales.%s", key).isTrue();
    }
    assertThat(sales.get("offered").asLong()).isEqualTo(4);
    assertThat(sales.get("service_level").asDouble()).isEqualTo(0.5);
    assertThat(json.get("sessions").get("alice/sales").get("calls").asLong()).isEqualTo(2);
    assertThat(json.get("agents").get("bob").get("acd_calls").asLong()).isEqualTo(1);
    assertThat(json.get("expectations").get("passed").asInt()).isEqualTo(8);
    String html = Files.readString(report);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg").contains("alice/sales");
    assertThat(html).doesNotContain("http://").doesNotContain("https://");
  }

  @Test
  void a_failed_expectation_exits_1_and_names_its_line(@TempDir Path dir) throws IOException {
    Path script = dir.resolve("strict.yaml");
    Files.writeString(
        script,
        String.join(
            "\n",
            "scenario: strict",
            "groups: { sales: {} }",
            "agents: { alice: { groups: [sales], start: ready } }",
            "timeline:",
            "  - { at: 1s, call: { group: sales, talk: 10s } }",
            "expect:",
            "  - queue: sales",
            "    answered: 2",
            ""));

    int code = tapisim("run", script.toString(), "--events", "none");

    assertThat(code).isEqualTo(Main.FAILED);
    assertThat(err.toString())
        .isEqualTo(
            script
                + ":7:5: expected queue sales at the end to have answered 2: answered was 1,"
                + " expected 2"
                + System.lineSeparator());
  }

  @Test
  void a_real_time_replay_writes_the_same_event_log_as_virtual_time(@TempDir Path dir)
      throws IOException {
    Path virtual = dir.resolve("virtual.log");
    Path real = dir.resolve("real.log");

    assertThat(tapisim("run", "test-scripts/quickstart.yaml", "--events", virtual.toString()))
        .isZero();
    assertThat(
            tapisim(
                "run",
                "test-scripts/quickstart.yaml",
                "--realtime=120",
                "--events",
                real.toString(),
                "--format",
                "text"))
        .isZero();

    assertThat(Files.readAllBytes(real)).isEqualTo(Files.readAllBytes(virtual));
  }

  @Test
  void ctrl_c_stops_a_real_time_replay_with_the_log_flushed_and_a_summary(@TempDir Path dir)
      throws Exception {
    Path log = dir.resolve("events.jsonl");
    Process process =
        new ProcessBuilder(
                Processes.javaExecutable(),
                "-jar",
                Path.of("target", "tapisim.jar").toString(),
                "run",
                "test-scripts/busy-hour.yaml",
                "--realtime=600",
                "--events",
                log.toString(),
                "--format",
                "jsonl")
            .redirectErrorStream(true)
            .start();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> Files.exists(log) && Files.size(log) > 10_000);

    new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int code = process.waitFor();

    assertThat(code).as(output).isEqualTo(130); // the shell's code for SIGINT
    assertThat(output).contains("run: stopped at").contains("queue").contains("expectations:");
    List<String> lines = Files.readAllLines(log);
    assertThat(lines).hasSizeGreaterThan(10);
    ObjectMapper json = new ObjectMapper();
    for (String line : lines) {
      assertThat(json.readTree(line).has("kind")).as(line).isTrue(); // every line complete
    }
  }
}
