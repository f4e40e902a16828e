package org.tapisim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tapisim.acd.AgentConfig;
import org.tapisim.acd.GroupConfig;
import org.tapisim.acd.Routing;
import org.tapisim.acd.Wrapup;
import org.tapisim.model.AgentId;
import org.tapisim.model.AgentSessionState;
import org.tapisim.model.LineError;

/** What a valid script binds to: defaults, pools, selectors, names with TAPI prefixes. */
class ScenarioParseTest {

  private static final Path FILE = Path.of("test.yaml");

  private static final String MINIMAL =
      """
      scenario: Minimal
      groups:
        sales:
      agents:
        alice: { groups: [sales] }
      """;

  private static Scenario parse(String text) throws ScriptException {
    return Scenario.parse(FILE, text);
  }

  // ------------------------------------------------------------------ defaults

  @Test
  void a_minimal_script_gets_the_documented_defaults() throws Exception {
    Scenario scenario = parse(MINIMAL);

    assertThat(scenario.title()).isEqualTo("Minimal");
    assertThat(scenario.description()).isEmpty();
    assertThat(scenario.seed()).isEqualTo(1L);
    assertThat(scenario.start()).isEqualTo(Instant.parse("2000-01-01T00:00:00Z"));
    assertThat(scenario.until()).isNull();
    assertThat(scenario.traffic()).isEmpty();
    assertThat(scenario.timeline()).isEmpty();
    assertThat(scenario.expectations()).isEmpty();
    assertThat(scenario.file()).isEqualTo(FILE);
  }

  @Test
  void a_group_without_settings_gets_longest_idle_no_wrapup_20s_and_no_capacity_limit()
      throws Exception {
    GroupConfig sales = parse(MINIMAL).groups().get(0);

    assertThat(sales.id().value()).isEqualTo("sales");
    assertThat(sales.routing()).isEqualTo(Routing.LONGEST_IDLE);
    assertThat(sales.wrapup()).isEqualTo(Wrapup.none());
    assertThat(sales.serviceLevelThreshold()).isEqualTo(Duration.ofSeconds(20));
    assertThat(sales.capacity()).isEqualTo(GroupConfig.UNLIMITED);
  }

  @Test
  void an_empty_value_and_an_empty_mapping_are_both_a_group_with_defaults() throws Exception {
    Scenario scenario =
        parse(
            """
            scenario: Two ways to write a group without settings
            groups:
              sales:
              support: {}
              billing: ~
            agents:
              alice: { groups: [sales, support, billing] }
            """);

    assertThat(scenario.groups())
        .extracting(group -> group.id().value())
        .containsExactly("sales", "support", "billing");
    assertThat(scenario.groups()).allSatisfy(g -> assertThat(g.wrapup()).isEqualTo(Wrapup.none()));
  }

  @Test
  void an_agent_is_auto_ready_and_starts_logged_out_by_default() throws Exception {
    AgentConfig alice = parse(MINIMAL).agents().get(0);

    assertThat(alice.id().value()).isEqualTo("alice");
    assertThat(alice.autoReady()).isTrue();
    assertThat(alice.start()).isEqualTo(AgentConfig.Start.LOGGED_OUT);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "longest-idle, LONGEST_IDLE",
    "round-robin, ROUND_ROBIN",
    "fewest-calls, FEWEST_CALLS",
    "random, RANDOM",
    "linear, LINEAR",
    "Round-Robin, ROUND_ROBIN"
  })
  void reads_every_routing(String written, Routing routing) throws Exception {
    Scenario scenario =
        parse(MINIMAL.replace("  sales:\n", "  sales:\n    routing: " + written + "\n"));

    assertThat(scenario.groups().get(0).routing()).isEqualTo(routing);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"logged-out, LOGGED_OUT", "not-ready, NOT_READY", "ready, READY", "Ready, READY"})
  void reads_every_start_state(String written, AgentConfig.Start start) throws Exception {
    Scenario scenario =
        parse(MINIMAL.replace("groups: [sales]", "groups: [sales], start: " + written));

    assertThat(scenario.agents().get(0).start()).isEqualTo(start);
  }

  @ParameterizedTest(name = "wrapup: {0}")
  @CsvSource({"0s, 0s", "10s, 10s", "manual, manual", "MANUAL, manual", "exp(10s), exp(10s)"})
  void reads_a_wrapup_as_a_duration_a_distribution_or_manual(String written, String read)
      throws Exception {
    Scenario scenario =
        parse(MINIMAL.replace("  sales:\n", "  sales:\n    wrapup: " + written + "\n"));

    assertThat(scenario.groups().get(0).wrapup()).hasToString(read);
  }

  // ------------------------------------------------------------------ pools

  @Test
  void a_pool_of_50_is_pool_01_to_pool_50() throws Exception {
    Scenario scenario = parse(MINIMAL + "  pool: { count: 50, groups: [sales], start: ready }\n");

    List<String> ids = scenario.agents().stream().map(a -> a.id().value()).toList();
    assertThat(ids).hasSize(51).startsWith("alice", "pool-01", "pool-02").endsWith("pool-50");
    assertThat(ids.subList(1, 51))
        .containsExactlyElementsOf(
            IntStream.rangeClosed(1, 50).mapToObj(i -> String.format("pool-%02d", i)).toList());
    assertThat(scenario.agents().subList(1, 51))
        .allSatisfy(a -> assertThat(a.start()).isEqualTo(AgentConfig.Start.READY));
  }

  @ParameterizedTest(name = "count: {0}")
  @CsvSource({"1, p-1, p-1", "9, p-1, p-9", "10, p-01, p-10", "100, p-001, p-100"})
  void pool_numbers_are_zero_padded_to_the_width_of_the_count(int count, String first, String last)
      throws Exception {
    Scenario scenario =
        parse(
            MINIMAL.replace(
                "  alice:", "  p: { count: " + count + ", groups: [sales] }\n  alice:"));

    List<String> ids = scenario.agents().stream().map(a -> a.id().value()).toList();
    assertThat(ids.get(0)).isEqualTo(first);
    assertThat(ids.get(count - 1)).isEqualTo(last);
    assertThat(ids).hasSize(count + 1);
  }

  @Test
  void a_pool_of_the_largest_size_is_expanded_and_selected_cheaply() throws Exception {
    StringBuilder steps = new StringBuilder("timeline:\n");
    for (int i = 0; i < 1000; i++) {
      steps.append("  - { at: ").append(i).append("s, ready: all }\n");
    }
    Scenario scenario = parse(MINIMAL + "  pool: { count: 99999, groups: [sales] }\n" + steps);

    assertThat(scenario.agents()).hasSize(100_000);
    assertThat(scenario.timeline()).hasSize(1000);
    assertThat(((TimelineStep.Ready) scenario.timeline().get(999).action()).agents())
        .hasSize(100_000)
        .isSameAs(((TimelineStep.Ready) scenario.timeline().get(0).action()).agents());
  }

  @Test
  void more_than_100000_agents_in_all_is_refused_once() {
    String script =
        MINIMAL
            + "  one: { count: 60000, groups: [sales] }\n"
            + "  two: { count: 60000, groups: [sales] }\n"
            + "  three: { count: 60000, groups: [sales] }\n";

    assertThatThrownBy(() -> parse(script))
        .isInstanceOfSatisfying(
            ScriptException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .hasToString(
                        "test.yaml:7:3: more than 100000 agents; tapisim simulates at most that"
                            + " many"));
  }

  // ------------------------------------------------------------------ selectors

  private static final String TEAM =
      """
      scenario: Selectors
      groups:
        sales:
        support:
      agents:
        alice: { groups: [sales] }
        bob: { groups: [support] }
        pool: { count: 3, groups: [sales, support] }
      timeline:
        - at: 0s
          login: %s
      """;

  private static List<String> selected(String selector) throws ScriptException {
    TimelineStep.Login login =
        (TimelineStep.Login) parse(TEAM.formatted(selector)).timeline().get(0).action();
    return login.agents().stream().map(AgentId::value).toList();
  }

  @Test
  void all_selects_every_agent_in_file_order() throws Exception {
    assertThat(selected("all")).containsExactly("alice", "bob", "pool-1", "pool-2", "pool-3");
  }

  @Test
  void a_group_selector_selects_the_agents_in_that_group() throws Exception {
    assertThat(selected("group:support")).containsExactly("bob", "pool-1", "pool-2", "pool-3");
  }

  @Test
  void a_pool_name_selects_its_members() throws Exception {
    assertThat(selected("pool")).containsExactly("pool-1", "pool-2", "pool-3");
  }

  @Test
  void ids_select_themselves_and_a_single_id_needs_no_list() throws Exception {
    assertThat(selected("bob")).containsExactly("bob");
    assertThat(selected("[bob, pool-2]")).containsExactly("bob", "pool-2");
  }

  @Test
  void selectors_combine_without_selecting_an_agent_twice() throws Exception {
    assertThat(selected("[pool-2, group:sales, alice, all]"))
        .containsExactly("pool-2", "alice", "pool-1", "pool-3", "bob");
  }

  // ------------------------------------------------------------------ TAPI names and prefixes

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"BUSY_WRAPUP", "ASST_BUSY_WRAPUP", "busy_wrapup", "asst_busy_wrapup"})
  void session_states_accept_the_asst_prefix_and_any_case(String written) throws Exception {
    Scenario scenario =
        parse(
            MINIMAL
                + "timeline:\n  - at: 0s\n    set-state: { session: alice/sales, to: "
                + written
                + ", next: ASST_READY }\n");

    TimelineStep.SetState step = (TimelineStep.SetState) scenario.timeline().get(0).action();
    assertThat(step.to()).isEqualTo(AgentSessionState.BUSY_WRAPUP);
    assertThat(step.next()).isEqualTo(AgentSessionState.READY);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "INVALAGENTSESSIONSTATE",
        "LINEERR_INVALAGENTSESSIONSTATE",
        "lineerr_invalagentsessionstate"
      })
  void expected_errors_accept_the_lineerr_prefix_and_any_case(String written) throws Exception {
    Scenario scenario =
        parse(
            MINIMAL
                + "timeline:\n  - at: 0s\n    ready: alice\n    expect-error: "
                + written
                + "\n");

    assertThat(scenario.timeline().get(0).expectedError())
        .isEqualTo(LineError.INVALAGENTSESSIONSTATE);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "NEW_SESSION, NEW_SESSION",
    "ASE_NEW_SESSION, NEW_SESSION",
    "NOT_READY, NOT_READY",
    "READY, READY",
    "BUSY, BUSY",
    "ase_busy, BUSY",
    "WRAPUP, WRAPUP",
    "ASE_END, END"
  })
  void session_events_accept_the_ase_prefix(String written, String event) throws Exception {
    Scenario scenario =
        parse(MINIMAL + "expect:\n  - session: alice/sales\n    event: " + written + "\n");

    assertThat(scenario.expectations().get(0))
        .isInstanceOfSatisfying(
            Expectation.EventWithin.class, e -> assertThat(e.event()).isEqualTo(event));
  }

  @Test
  void an_expectation_at_a_time_is_an_instant_window_and_within_is_a_window() throws Exception {
    Scenario scenario =
        parse(
            MINIMAL
                + """
                expect:
                  - { session: alice/sales, event: BUSY, at: 5s }
                  - { session: alice/sales, event: BUSY, within: [4s, 6s] }
                  - { session: alice/sales, event: BUSY }
                """);

    assertThat(scenario.expectations())
        .map(e -> (Expectation.EventWithin) e)
        .extracting(Expectation.EventWithin::from, Expectation.EventWithin::to)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Duration.ofSeconds(5), Duration.ofSeconds(5)),
            org.assertj.core.groups.Tuple.tuple(Duration.ofSeconds(4), Duration.ofSeconds(6)),
            org.assertj.core.groups.Tuple.tuple(Duration.ZERO, null));
  }

  @Test
  void statistics_take_the_summary_spelling_and_percentages_too() throws Exception {
    Scenario scenario =
        parse(
            MINIMAL
                + """
                expect:
                  - session: alice/sales
                    total_talk_s: { min: 25s, max: 35s }
                  - queue: sales
                    service-level: 80%
                """);

    Expectation.StatisticsAt talk = (Expectation.StatisticsAt) scenario.expectations().get(0);
    assertThat(talk.checks())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.statistic()).isEqualTo(Statistic.SESSION_TOTAL_TALK);
              assertThat(c.min()).isEqualTo(25.0);
              assertThat(c.max()).isEqualTo(35.0);
            });
    Expectation.StatisticsAt level = (Expectation.StatisticsAt) scenario.expectations().get(1);
    assertThat(level.checks())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.statistic()).isEqualTo(Statistic.QUEUE_SERVICE_LEVEL);
              assertThat(c.min()).isEqualTo(0.8);
              assertThat(c.max()).isEqualTo(0.8);
            });
  }

  @Test
  void the_timeline_keeps_file_order_within_one_time() throws Exception {
    Scenario scenario =
        parse(
            MINIMAL
                + """
                timeline:
                  - { at: 1s, login: alice }
                  - { at: 1s, ready: alice }
                  - { at: 1s, not-ready: alice }
                """);

    assertThat(scenario.timeline())
        .extracting(step -> step.action().getClass().getSimpleName())
        .containsExactly("Login", "Ready", "NotReady");
    assertThat(scenario.timeline())
        .extracting(TimelineStep::where)
        .containsExactly(new Position(7, 5), new Position(8, 5), new Position(9, 5));
  }

  @Test
  void text_given_directly_is_held_to_the_size_limit_of_a_file() {
    String huge = MINIMAL + ("# " + "x".repeat(98) + "\n").repeat(45_000);

    assertThatThrownBy(() -> parse(huge))
        .isInstanceOfSatisfying(
            ScriptException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .hasToString("test.yaml: is larger than 4 MiB; not a scenario script"));
  }

  @Test
  void a_byte_order_mark_is_ignored() throws Exception {
    assertThat(parse("\uFEFF" + MINIMAL).title()).isEqualTo("Minimal");
  }
}
