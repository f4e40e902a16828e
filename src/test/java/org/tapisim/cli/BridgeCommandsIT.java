package org.tapisim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tapisim.bridge.Tapi32CallCenter;
import org.tapisim.bridge.jna.StandIn;
import org.tapisim.model.AcdGroup;
import org.tapisim.model.AgentId;
import org.tapisim.model.AgentSession;
import org.tapisim.model.AgentSessionState;
import org.tapisim.model.GroupId;
import org.tapisim.model.LineClosed;
import org.tapisim.model.SessionChanged;
import org.tapisim.model.TapiEvent;
import org.tapisim.scenario.output.JsonlEventReader;

/** {@code tapisim probe} and {@code tapisim record} through the bridge over the native stand-in. */
class BridgeCommandsIT {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void reset() {
    StandIn.assumeStandIn();
    StandIn.reset();
  }

  private int tapisim(String... args) {
    return Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private static AgentSession aliceInSales(Tapi32CallCenter desk) {
    AcdGroup sales =
        desk.agentHandler().groups().stream()
            .filter(g -> g.id().equals(GroupId.of("sales")))
            .findFirst()
            .orElseThrow();
    return desk.agentHandler().createAgent(AgentId.of("alice"), "").createSession(sales);
  }

  @Test
  void probe_lists_the_handler_groups_queues_and_named_agents_with_their_sessions() {
    try (Tapi32CallCenter desk = Tapi32CallCenter.open(StandIn.tapi())) {
      aliceInSales(desk).setState(AgentSessionState.READY);

      int code = tapisim("probe", "--library", StandIn.library().toString(), "--agent", "alice");

      assertThat(code).as(err.toString()).isZero();
      assertThat(out.toString())
          .contains("agent handler: ")
          .contains("group sales", "queue sales: 0 waiting", "group support", "queue support")
          .contains("agent alice: READY")
          .contains("session alice/sales: READY");
      assertThat(err.toString()).isEmpty();
    }
  }

  @Test
  void probe_without_tapi32_says_so_in_one_line_and_exits_2(@TempDir Path dir) {
    int code = tapisim("probe", "--library", dir.resolve("libtapi32.so").toString());

    assertThat(code).isEqualTo(Main.BAD_INPUT);
    assertThat(err.toString().lines()).hasSize(1);
    assertThat(err.toString()).startsWith("probe: tapi32 is not available: ");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void record_without_tapi32_exits_2_and_leaves_the_events_file_alone(@TempDir Path dir)
      throws Exception {
    Path log = Files.writeString(dir.resolve("earlier.jsonl"), "an earlier recording\n");

    int code =
        tapisim(
            "record",
            "--library",
            dir.resolve("libtapi32.so").toString(),
            "--agent",
            "alice",
            "--events",
            log.toString());

    assertThat(code).isEqualTo(Main.BAD_INPUT);
    assertThat(err.toString().lines()).singleElement().asString().startsWith("record: ");
    assertThat(log).hasContent("an earlier recording");
  }

  @Test
  void record_writes_a_session_opened_after_it_started_and_ends_when_the_line_closes(
      @TempDir Path dir) throws Exception {
    Path log = dir.resolve("recorded.jsonl");
    CompletableFuture<Integer> recording =
        CompletableFuture.supplyAsync(
            () ->
                tapisim(
                    "record",
                    "--library",
                    StandIn.library().toString(),
                    "--agent",
                    "alice",
                    "--events",
                    log.toString()));
    await().atMost(Duration.ofSeconds(10)).until(() -> err.toString().contains("recording"));

    try (Tapi32CallCenter desk = Tapi32CallCenter.open(StandIn.tapi())) {
      AgentSession session = aliceInSales(desk);
      session.setState(AgentSessionState.READY);
      assertThat(StandIn.deliverCall("alice", "sales", 3)).isZero();
      assertThat(StandIn.endCall("alice", "sales", false)).isZero();
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> Files.readString(log).contains("\"from\":\"BUSY_ON_CALL\""));
      assertThat(StandIn.hooks().tapisimStandInForceLineClose()).isZero();
    }

    assertThat(recording.get()).isZero();
    assertThat(err.toString()).contains("the line went away");
    List<TapiEvent> events = new ArrayList<>();
    try (JsonlEventReader reader =
        JsonlEventReader.open(Files.newBufferedReader(log), log.toString())) {
      Optional<TapiEvent> event;
      while ((event = reader.read()).isPresent()) {
        events.add(event.get());
      }
    }
    assertThat(events)
        .filteredOn(SessionChanged.class::isInstance)
        .extracting(e -> ((SessionChanged) e).event().name())
        .containsExactly("NEW_SESSION", "READY", "BUSY", "READY");
    assertThat(events.get(events.size() - 1)).isInstanceOf(LineClosed.class);
  }
}
