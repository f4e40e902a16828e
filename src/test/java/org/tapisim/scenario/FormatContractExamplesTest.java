package org.tapisim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tapisim.acd.AgentConfig;
import org.tapisim.acd.Distribution;
import org.tapisim.acd.GroupConfig;
import org.tapisim.acd.RateSegment;
import org.tapisim.acd.Routing;
import org.tapisim.acd.Traffic;
import org.tapisim.model.AgentSessionState;
import org.tapisim.model.LineError;

/**
 * Every example of the format contract (SCENARIO-FORMAT.md) parses. The snippets below are copied
 * from it verbatim, comments included; the fragments are put together into one complete script
 * where the contract writes {@code {...}} and {@code [...]}. If one of these fails, the parser
 * broke the contract, not the other way round.
 */
class FormatContractExamplesTest {

  private static final String TOP =
      """
      scenario: Inbound sales, morning peak   # required, the title
      description: Two agents, one group.     # optional
      seed: 42                                # optional (default 1): same seed => same event log
      start: 2026-11-23T08:00:00Z             # optional sim epoch (default 2000-01-01T00:00:00Z)
      until: 8h                               # optional horizon; default: run until the timeline and
                                              # traffic are exhausted and no call remains
      """;

  private static final String GROUPS =
      """
      groups:
        sales:                        # group id (also the name of its queue)
          routing: longest-idle       # longest-idle (default) | round-robin | fewest-calls | random | linear
          wrapup: 10s                 # wrap-up after each ACD call (default 0s = none); a distribution,
                                      # or `manual` (the agent ends wrap-up with set-state/ready)
          service-level: 20s          # threshold T for the service level (default 20s)
          capacity: 100               # optional queue capacity; arrivals beyond it are blocked
      """;

  /** The agents snippet names a group `support` that the groups snippet does not define. */
  private static final String SUPPORT_GROUP = "  support:\n";

  private static final String AGENTS =
      """
      agents:
        alice: { groups: [sales, support] }
        bob:   { groups: [sales], auto-ready: false }   # after wrap-up go NOT_READY (default true: READY)
        pool:  { count: 50, groups: [sales], start: ready }
               # count: N makes agents pool-01 .. pool-50 (zero-padded to the width of N)
               # start: logged-out (default) | not-ready | ready  -- state at time zero
      """;

  private static final String TRAFFIC =
      """
      traffic:
        - group: sales
          rate: 120/h                 # Poisson arrivals
          from: 0s                    # default 0s
          to: 8h                      # default: `until`
          calls: 1000                 # optional: stop after this many arrivals
          talk: exp(3m)               # talk-time distribution (required)
          patience: exp(60s)          # optional: the caller abandons if not answered in time
        - group: support
          profile:                    # piecewise-constant rate instead of `rate`
            - { from: 0h, to: 1h, rate: 60/h }
            - { from: 1h, to: 2h, rate: 200/h }
          talk: lognormal(4m, 2m)
      """;

  private static final String TIMELINE =
      """
      timeline:
        - at: 0s
          login: [alice, bob]         # a session per (agent, group): NEW_SESSION, state NOT_READY
        - at: 1s
          ready: all                  # NOT_READY -> READY; if busy, READY becomes the next state
        - at: 5s
          call: { group: sales, talk: 30s, id: c1, patience: 20s }   # one scripted call
        - at: 2m
          not-ready: alice            # READY -> NOT_READY; if busy, NOT_READY becomes the next state
        - at: 3m
          set-state: { session: bob/sales, to: BUSY_WRAPUP, next: READY }
                                      # TAPI put_State: applied now or rejected; `next` optional
          expect-error: INVALAGENTSESSIONSTATE   # this step must fail with that LINEERR name;
                                      # without it, a rejected step is reported and the run fails
        - at: 4m
          hangup: c1                  # the call ends now (talk cut short)
        - at: 1h
          logout: alice               # all alice's sessions END; a call in progress is released
      """;

  private static final String EXPECT =
      """
      expect:
        - at: 5s                      # an event at exactly this time (or `within: [4s, 6s]`)
          session: alice/sales
          event: BUSY                 # NEW_SESSION|NOT_READY|READY|BUSY|WRAPUP|END (ASE_ prefix accepted)
        - at: 50s                     # the state at a time (default: at the end)
          session: alice/sales
          state: READY                # AGENT_SESSION_STATE names (ASST_ prefix accepted)
        - session: alice/sales        # statistics at the end: exact value, or {min:, max:}
          calls: 1
          total-talk: { min: 25s, max: 35s }
        - queue: sales
          answered: 1
          abandoned: { max: 0 }
          service-level: { min: 0.8 }
        - never:                      # must not happen at any time
            session: bob/sales
            event: BUSY
      """;

  private static final String CONTRACT =
      TOP + GROUPS + SUPPORT_GROUP + AGENTS + TRAFFIC + TIMELINE + EXPECT;

  private static Scenario parse(String text) throws ScriptException {
    return Scenario.parse(Path.of("SCENARIO-FORMAT.md.yaml"), text);
  }

  @Test
  void the_contract_examples_together_are_one_valid_script() {
    assertThatCode(() -> parse(CONTRACT)).doesNotThrowAnyException();
  }

  @Test
  void the_top_level_example_binds_its_values() throws Exception {
    Scenario scenario = parse(CONTRACT);

    assertThat(scenario.title()).isEqualTo("Inbound sales, morning peak");
    assertThat(scenario.description()).isEqualTo("Two agents, one group.");
    assertThat(scenario.seed()).isEqualTo(42L);
    assertThat(scenario.start()).isEqualTo(Instant.parse("2026-11-23T08:00:00Z"));
    assertThat(scenario.until()).isEqualTo(Duration.ofHours(8));
  }

  @Test
  void the_groups_example_binds_its_values() throws Exception {
    GroupConfig sales = parse(CONTRACT).groups().get(0);

    assertThat(sales.id().value()).isEqualTo("sales");
    assertThat(sales.routing()).isEqualTo(Routing.LONGEST_IDLE);
    assertThat(sales.wrapup()).hasToString("10s");
    assertThat(sales.serviceLevelThreshold()).isEqualTo(Duration.ofSeconds(20));
    assertThat(sales.capacity()).isEqualTo(100);
  }

  @Test
  void the_agents_example_binds_its_values() throws Exception {
    List<AgentConfig> agents = parse(CONTRACT).agents();

    assertThat(agents).hasSize(52);
    assertThat(agents.get(0).groups())
        .extracting(g -> g.value())
        .containsExactly("sales", "support");
    assertThat(agents.get(1).autoReady()).isFalse();
    assertThat(agents.get(2).id().value()).isEqualTo("pool-01");
    assertThat(agents.get(51).id().value()).isEqualTo("pool-50");
    assertThat(agents.get(51).start()).isEqualTo(AgentConfig.Start.READY);
  }

  @Test
  void the_traffic_example_binds_its_values() throws Exception {
    List<Traffic> traffic = parse(CONTRACT).traffic();

    assertThat(traffic).hasSize(2);
    Traffic sales = traffic.get(0);
    assertThat(sales.rates())
        .containsExactly(new RateSegment(Duration.ZERO, Duration.ofHours(8), 120));
    assertThat(sales.maxCalls()).isEqualTo(1000);
    assertThat(sales.talk()).isEqualTo(new Distribution.Exponential(Duration.ofMinutes(3)));
    assertThat(sales.patience()).isEqualTo(new Distribution.Exponential(Duration.ofSeconds(60)));
    Traffic support = traffic.get(1);
    assertThat(support.rates())
        .containsExactly(
            new RateSegment(Duration.ZERO, Duration.ofHours(1), 60),
            new RateSegment(Duration.ofHours(1), Duration.ofHours(2), 200));
    assertThat(support.talk())
        .isEqualTo(new Distribution.LogNormal(Duration.ofMinutes(4), Duration.ofMinutes(2)));
    assertThat(support.patience()).isNull();
    assertThat(support.maxCalls()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void the_timeline_example_binds_its_values() throws Exception {
    List<TimelineStep> timeline = parse(CONTRACT).timeline();

    assertThat(timeline)
        .extracting(step -> step.action().getClass().getSimpleName())
        .containsExactly("Login", "Ready", "PlaceCall", "NotReady", "SetState", "Hangup", "Logout");
    assertThat(timeline)
        .extracting(TimelineStep::at)
        .containsExactly(
            Duration.ZERO,
            Duration.ofSeconds(1),
            Duration.ofSeconds(5),
            Duration.ofMinutes(2),
            Duration.ofMinutes(3),
            Duration.ofMinutes(4),
            Duration.ofHours(1));
    assertThat(((TimelineStep.Ready) timeline.get(1).action()).agents()).hasSize(52);
    TimelineStep.PlaceCall call = (TimelineStep.PlaceCall) timeline.get(2).action();
    assertThat(call.label()).isEqualTo("c1");
    assertThat(call.patience()).isEqualTo(Distribution.constant(Duration.ofSeconds(20)));
    TimelineStep.SetState setState = (TimelineStep.SetState) timeline.get(4).action();
    assertThat(setState.session()).hasToString("bob/sales");
    assertThat(setState.to()).isEqualTo(AgentSessionState.BUSY_WRAPUP);
    assertThat(setState.next()).isEqualTo(AgentSessionState.READY);
    assertThat(timeline.get(4).expectedError()).isEqualTo(LineError.INVALAGENTSESSIONSTATE);
    assertThat(((TimelineStep.Hangup) timeline.get(5).action()).label()).isEqualTo("c1");
  }

  @Test
  void the_expect_example_binds_its_values() throws Exception {
    List<Expectation> expectations = parse(CONTRACT).expectations();

    assertThat(expectations)
        .extracting(e -> e.getClass().getSimpleName())
        .containsExactly("EventWithin", "StateAt", "StatisticsAt", "StatisticsAt", "Never");
    Expectation.StatisticsAt queue = (Expectation.StatisticsAt) expectations.get(3);
    assertThat(queue.checks())
        .extracting(Expectation.Check::describe)
        .containsExactly("1", "at most 0", "at least 0.8");
  }

  /** The alternatives the contract names in its comments, each in a script of its own. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "routing: round-robin",
        "routing: fewest-calls",
        "routing: random",
        "routing: linear",
        "wrapup: manual",
        "wrapup: exp(10s)",
        "wrapup: uniform(10s, 30s)",
        "wrapup: normal(3m, 30s)",
        "wrapup: lognormal(3m, 1m)",
        "wrapup: erlang(3, 3m)",
        "wrapup: 250ms",
        "wrapup: 1h30m",
        "wrapup: 1.5s",
        "wrapup: PT30S",
      })
  void every_alternative_named_for_a_group_parses(String setting) {
    String script =
        "scenario: Alternatives\ngroups:\n  sales:\n    "
            + setting
            + "\nagents:\n  alice: { groups: [sales] }\n";

    assertThatCode(() -> parse(script)).doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "{ at: 5s, session: alice/sales, event: NEW_SESSION }",
        "{ at: 5s, session: alice/sales, event: NOT_READY }",
        "{ at: 5s, session: alice/sales, event: READY }",
        "{ at: 5s, session: alice/sales, event: WRAPUP }",
        "{ at: 5s, session: alice/sales, event: END }",
        "{ at: 5s, session: alice/sales, event: ASE_BUSY }",
        "{ within: [4s, 6s], session: alice/sales, event: BUSY }",
        "{ at: 50s, session: alice/sales, state: ASST_READY }",
        "{ session: alice/sales, state: NOT_READY }",
      })
  void every_alternative_named_for_an_expectation_parses(String expectation) {
    String script =
        "scenario: Alternatives\ngroups:\n  sales:\nagents:\n  alice: { groups: [sales] }\n"
            + "expect:\n  - "
            + expectation
            + "\n";

    assertThatCode(() -> parse(script)).doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"rate: 120/h", "rate: 2/m", "rate: 0.5/s"})
  void every_rate_form_of_the_contract_parses(String rate) {
    String script =
        "scenario: Rates\ngroups:\n  sales:\nagents:\n  alice: { groups: [sales] }\n"
            + "traffic:\n  - group: sales\n    "
            + rate
            + "\n    calls: 10\n    talk: 30s\n";

    assertThatCode(() -> parse(script)).doesNotThrowAnyException();
  }
}
