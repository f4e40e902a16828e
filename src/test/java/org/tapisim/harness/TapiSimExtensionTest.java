package org.tapisim.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;
import static org.tapisim.harness.TapiSimAssertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.opentest4j.AssertionFailedError;
import org.tapisim.acd.AcdSimulator;
import org.tapisim.acd.AgentConfig;
import org.tapisim.model.AgentSessionEvent;
import org.tapisim.model.AgentSessionState;
import org.tapisim.model.CallCenter;
import org.tapisim.model.SessionChanged;

/**
 * The extension, run by JUnit's EngineTestKit on fixture classes: what each test gets, failures and
 * their messages, script problems, scopes, parallel execution and cleanup after failures.
 *
 * <p>The fixtures are static nested classes marked {@link Fixture}: they run only under the test
 * kit, and hand the simulators they got to {@link #SEEN} for the checks here.
 */
class TapiSimExtensionTest {
  private static final String SCRIPT = "org/tapisim/harness/two-agents.yaml";

  /** The simulators the fixtures got, in the order they got them. */
  static final Queue<AcdSimulator> SEEN = new ConcurrentLinkedQueue<>();

  @BeforeEach
  void forgetSimulators() {
    SEEN.clear();
  }

  private static EngineExecutionResults run(Class<?> fixture, String... configuration) {
    EngineTestKit.Builder builder =
        EngineTestKit.engine("junit-jupiter")
            .selectors(selectClass(fixture))
            .configurationParameter(Fixture.ENABLED, "true");
    for (int i = 0; i < configuration.length; i += 2) {
      builder = builder.configurationParameter(configuration[i], configuration[i + 1]);
    }
    return builder.execute();
  }

  /**
   * Tells whether a simulator was closed: a virtual one is stopped, a real-time one refuses to run.
   */
  private static boolean isClosed(AcdSimulator sim) {
    if (!sim.isRealTime()) {
      return sim.isStopped();
    }
    try {
      sim.advance(Duration.ofMillis(1));
      return false;
    } catch (IllegalStateException closed) {
      return true;
    }
  }

  // ------------------------------------------------------------------ what a test gets

  @Fixture
  @TapiSimTest(script = SCRIPT)
  static class FreshSimulatorFixture {
    @Test
    void first(AcdSimulator sim, RecordedEvents events, ScriptRun script, CallCenter callCenter) {
      checkFresh(sim, events, script, callCenter);
      sim.advance(Duration.ofMinutes(1));
      sim.logout("alice");
    }

    @Test
    void second(AcdSimulator sim, RecordedEvents events, ScriptRun script, CallCenter callCenter) {
      checkFresh(sim, events, script, callCenter);
      sim.advance(Duration.ofMinutes(1));
      sim.logout("bob");
    }

    @RepeatedTest(2)
    void repeated(
        AcdSimulator sim, RecordedEvents events, ScriptRun script, CallCenter callCenter) {
      checkFresh(sim, events, script, callCenter);
      sim.advance(Duration.ofMinutes(1));
    }

    private static void checkFresh(
        AcdSimulator sim, RecordedEvents events, ScriptRun script, CallCenter callCenter) {
      SEEN.add(sim);
      assertThat(callCenter).isSameAs(sim);
      assertThat(sim.isRealTime()).isFalse();
      assertThat(sim.now()).isEqualTo(sim.startTime());
      assertThat(sim.seed()).isEqualTo(42);
      assertThat(script.scenario().title()).isEqualTo("Harness fixture - two agents");
      // the agents' start states at time zero were recorded
      assertThat(events.forSession("alice/sales"))
          .extracting(SessionChanged::event)
          .containsExactly(AgentSessionEvent.NEW_SESSION, AgentSessionEvent.READY);
      assertThat(sim.session("alice/sales")).isInState(AgentSessionState.READY);
      // the script's timeline is scheduled: c1 arrives at 10 s
      sim.advance(Duration.ofSeconds(10));
      assertThat(events.forCall("c1")).isNotEmpty();
    }
  }

  @Test
  void each_test_gets_a_fresh_simulator_at_time_zero_with_its_recorder_and_script() {
    EngineExecutionResults results = run(FreshSimulatorFixture.class);

    results.testEvents().assertStatistics(stats -> stats.started(4).succeeded(4).failed(0));
    assertThat(SEEN).hasSize(4).doesNotHaveDuplicates();
    assertThat(SEEN).allSatisfy(sim -> assertThat(isClosed(sim)).as("closed").isTrue());
  }

  // ------------------------------------------------------------------ failures

  @Fixture
  @TapiSimTest(script = SCRIPT)
  static class FailingAssertionFixture {
    @Test
    void alice_is_expected_ready_while_she_talks(AcdSimulator sim) {
      SEEN.add(sim);
      sim.advance(Duration.ofSeconds(15));
      assertThat(sim.session("alice/sales")).isInState(AgentSessionState.READY);
    }

    @Test
    void passes(AcdSimulator sim) {
      SEEN.add(sim);
    }
  }

  @Test
  void a_failing_assertion_fails_its_test_with_expected_and_actual_on_their_own_lines() {
    EngineExecutionResults results = run(FailingAssertionFixture.class);

    results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(1).failed(1));
    results
        .testEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                test("alice_is_expected_ready_while_she_talks"),
                finishedWithFailure(
                    instanceOf(AssertionFailedError.class),
                    message(
                        String.join(
                            System.lineSeparator(),
                            "",
                            "Expecting session alice/sales",
                            "to be in state:",
                            "  READY",
                            "but it was in state:",
                            "  BUSY_ON_CALL")))));
    assertThat(SEEN).hasSize(2).allSatisfy(sim -> assertThat(isClosed(sim)).isTrue());
  }

  @Fixture
  @TapiSimTest(script = SCRIPT, realTime = true, speed = 50)
  static class RealTimeFailingFixture {
    @Test
    void the_clock_runs_by_itself_then_the_test_fails(AcdSimulator sim) {
      SEEN.add(sim);
      assertThat(sim.isRealTime()).isTrue();
      assertThat(sim.speed()).isEqualTo(50.0);
      Awaitility.await()
          .atMost(Duration.ofSeconds(5))
          .until(() -> sim.now().isAfter(sim.startTime().plusSeconds(10)));
      throw new IllegalStateException("the test fails on purpose");
    }
  }

  @Test
  void a_real_time_simulator_runs_during_the_test_and_is_closed_after_it_failed() {
    EngineExecutionResults results = run(RealTimeFailingFixture.class);

    results
        .testEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                test("the_clock_runs_by_itself_then_the_test_fails"),
                finishedWithFailure(message("the test fails on purpose"))));
    assertThat(SEEN).hasSize(1);
    assertThat(isClosed(SEEN.peek())).isTrue();
  }

  // ------------------------------------------------------------------ scripts that cannot be used

  @Fixture
  @TapiSimTest(script = "org/tapisim/harness/broken.yaml")
  static class BrokenScriptFixture {
    @Test
    void never_runs(AcdSimulator sim) {
      SEEN.add(sim);
    }
  }

  @Test
  void an_invalid_script_fails_the_test_listing_every_problem_by_file_line_and_column() {
    EngineExecutionResults results = run(BrokenScriptFixture.class);

    results.testEvents().assertStatistics(stats -> stats.started(1).failed(1));
    Throwable failure = failureOf(results, "never_runs");
    assertThat(failure).isInstanceOf(ExtensionConfigurationException.class).hasNoCause();
    assertThat(failure.getMessage().lines())
        .hasSize(3)
        .satisfies(
            lines -> {
              assertThat(lines.get(0))
                  .isEqualTo(
                      "tapisim: the script org/tapisim/harness/broken.yaml cannot be used (2"
                          + " problems):");
              assertThat(lines.get(1))
                  .startsWith("  ")
                  .endsWith(
                      "org/tapisim/harness/broken.yaml:4:21: unknown routing `longest-idel` (did"
                          + " you mean `longest-idle`?)");
              assertThat(lines.get(2))
                  .endsWith(
                      "broken.yaml:6:21: agent `alice` names group `sails`, which is not defined"
                          + " (did you mean `sales`?)");
            });
    assertThat(SEEN).isEmpty();
  }

  @Fixture
  @TapiSimTest(script = "no/such/script.yaml")
  static class MissingScriptFixture {
    @Test
    void never_runs(AcdSimulator sim) {
      SEEN.add(sim);
    }
  }

  @Test
  void a_missing_script_fails_the_test_saying_where_it_was_looked_for() {
    EngineExecutionResults results = run(MissingScriptFixture.class);

    assertThat(failureOf(results, "never_runs"))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "tapisim: cannot find the script no/such/script.yaml: it is neither on the test"
                + " classpath nor at "
                + java.nio.file.Path.of("no/such/script.yaml").toAbsolutePath().normalize());
  }

  @Fixture
  @TapiSimTest(script = "org/tapisim/harness/broken.yaml", scope = SimulatorScope.PER_CLASS)
  static class BrokenScriptPerClassFixture {
    @Test
    void never_runs(AcdSimulator sim) {
      SEEN.add(sim);
    }
  }

  @Test
  void in_class_scope_an_invalid_script_fails_the_class_and_no_test_runs() {
    EngineExecutionResults results = run(BrokenScriptPerClassFixture.class);

    results.testEvents().assertStatistics(stats -> stats.started(0));
    results
        .containerEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                container(BrokenScriptPerClassFixture.class),
                finishedWithFailure(
                    instanceOf(ExtensionConfigurationException.class),
                    message(m -> m.contains("broken.yaml:4:21: unknown routing")))));
  }

  @Fixture
  @TapiSimTest(script = SCRIPT, speed = 10)
  static class SpeedWithoutRealTimeFixture {
    @Test
    void never_runs(AcdSimulator sim) {
      SEEN.add(sim);
    }
  }

  @Test
  void a_speed_without_real_time_fails_the_annotated_class_as_a_configuration_error() {
    EngineExecutionResults results = run(SpeedWithoutRealTimeFixture.class);

    results.testEvents().assertStatistics(stats -> stats.started(0));
    results
        .containerEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                container(SpeedWithoutRealTimeFixture.class),
                finishedWithFailure(
                    instanceOf(ExtensionConfigurationException.class),
                    message(
                        m ->
                            m.contains("sets speed = 10.0, which applies to real time only")
                                && m.endsWith("add realTime = true")))));
  }

  @Fixture
  @TapiSimTest(script = SCRIPT, realTime = true, speed = 0)
  static class ZeroSpeedFixture {
    @Test
    void never_runs(AcdSimulator sim) {
      SEEN.add(sim);
    }
  }

  @Test
  void a_real_time_speed_of_zero_fails_the_annotated_class() {
    run(ZeroSpeedFixture.class)
        .containerEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                container(ZeroSpeedFixture.class),
                finishedWithFailure(
                    message(
                        m ->
                            m.endsWith(
                                "the real-time speed must be positive and finite, not 0.0")))));
    assertThat(SEEN).isEmpty();
  }

  // ------------------------------------------------------------------ seed and method override

  @Fixture
  @TapiSimTest(script = SCRIPT, seed = 99)
  static class SeedFixture {
    @Test
    void class_seed(AcdSimulator sim) {
      assertThat(sim.seed()).isEqualTo(99);
    }

    @Test
    @TapiSimTest(script = "scripts/agent-desktop.yaml")
    void method_annotation_replaces_the_class_one(AcdSimulator sim, ScriptRun script) {
      assertThat(sim.seed()).isEqualTo(7);
      assertThat(script.scenario().title()).startsWith("Agent desktop");
    }
  }

  @Test
  void the_seed_attribute_overrides_the_scripts_and_a_method_annotation_replaces_the_class_one() {
    run(SeedFixture.class).testEvents().assertStatistics(stats -> stats.succeeded(2).failed(0));
  }

  // ------------------------------------------------------------------ programmatic registration

  @Fixture
  static class ProgrammaticFixture {
    @RegisterExtension
    static final TapiSimExtension TAPISIM =
        TapiSimExtension.builder()
            .group("sales")
            .agent(AgentConfig.of("alice", "sales").withStart(AgentConfig.Start.READY))
            .seed(5)
            .build();

    @Test
    void configured_in_code(AcdSimulator sim, RecordedEvents events) {
      assertThat(sim.seed()).isEqualTo(5);
      assertThat(sim.session("alice/sales")).isInState(AgentSessionState.READY);
      assertThat(events.forSession("alice/sales")).hasSize(2);
    }

    @Test
    void asks_for_a_script_run(ScriptRun script) {
      // never runs: there is no script run to inject
    }
  }

  @Test
  void a_programmatic_extension_builds_the_simulator_from_code_and_has_no_script_run() {
    EngineExecutionResults results = run(ProgrammaticFixture.class);

    results
        .testEvents()
        .assertThatEvents()
        .haveExactly(1, event(test("configured_in_code"), finishedSuccessfully()));
    assertThat(failureOf(results, "asks_for_a_script_run"))
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessageContaining("needs a simulator built from a script")
        .hasMessageContaining("configured in code");
  }

  @Fixture
  static class BadCodeConfigurationFixture {
    @RegisterExtension
    static final TapiSimExtension TAPISIM =
        TapiSimExtension.builder().group("sales").agent("alice", "sails").build();

    @Test
    void never_runs(AcdSimulator sim) {
      SEEN.add(sim);
    }
  }

  @Test
  void a_configuration_the_simulator_refuses_fails_the_test_with_its_reason() {
    assertThat(failureOf(run(BadCodeConfigurationFixture.class), "never_runs"))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "tapisim: the simulator cannot be built: agent alice names group sails, which is not"
                + " defined");
  }

  // ------------------------------------------------------------------ class scope

  @Fixture
  @TapiSimTest(script = SCRIPT, scope = SimulatorScope.PER_CLASS)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class PerClassFixture {
    static AcdSimulator beforeAll;

    @BeforeAll
    static void remember(AcdSimulator sim) {
      beforeAll = sim;
    }

    @Test
    @Order(1)
    void first(AcdSimulator sim) {
      SEEN.add(sim);
      assertThat(sim).isSameAs(beforeAll);
      sim.advance(Duration.ofSeconds(20));
    }

    @Test
    @Order(2)
    void second(AcdSimulator sim, RecordedEvents events) {
      SEEN.add(sim);
      assertThat(sim.now()).isEqualTo(sim.startTime().plusSeconds(20));
      assertThat(events.forCall("c1")).isNotEmpty();
      assertThat(isClosed(sim)).isFalse();
    }
  }

  @Test
  void in_class_scope_the_tests_share_one_simulator_closed_after_the_class() {
    run(PerClassFixture.class).testEvents().assertStatistics(stats -> stats.succeeded(2));

    assertThat(SEEN).hasSize(2);
    assertThat(Set.copyOf(SEEN)).hasSize(1);
    assertThat(isClosed(SEEN.peek())).isTrue();
  }

  // ------------------------------------------------------------------ parallel execution

  private static final String[] PARALLEL = {
    "junit.jupiter.execution.parallel.enabled", "true",
    "junit.jupiter.execution.parallel.config.strategy", "fixed",
    "junit.jupiter.execution.parallel.config.fixed.parallelism", "4"
  };

  @Fixture
  @TapiSimTest(script = SCRIPT)
  @Execution(ExecutionMode.CONCURRENT)
  static class ParallelFixture {
    static final CyclicBarrier ALL_STARTED = new CyclicBarrier(4);
    static final Map<String, List<String>> LOGS = new ConcurrentHashMap<>();

    @Test
    void a(AcdSimulator sim, RecordedEvents events) throws Exception {
      together(sim, events, "a");
    }

    @Test
    void b(AcdSimulator sim, RecordedEvents events) throws Exception {
      together(sim, events, "b");
    }

    @Test
    void c(AcdSimulator sim, RecordedEvents events) throws Exception {
      together(sim, events, "c");
    }

    @Test
    void d(AcdSimulator sim, RecordedEvents events) throws Exception {
      together(sim, events, "d");
      throw new AssertionError("d fails on purpose");
    }

    private static void together(AcdSimulator sim, RecordedEvents events, String name)
        throws Exception {
      SEEN.add(sim);
      ALL_STARTED.await(10, TimeUnit.SECONDS); // all four run at once, or this times out
      sim.advance(Duration.ofMinutes(1));
      LOGS.put(name, events.all().stream().map(EventText::line).toList());
    }
  }

  @Test
  void tests_running_in_parallel_each_get_their_own_simulator_and_all_are_closed() {
    ParallelFixture.ALL_STARTED.reset();
    ParallelFixture.LOGS.clear();

    EngineExecutionResults results = run(ParallelFixture.class, PARALLEL);

    results.testEvents().assertStatistics(stats -> stats.started(4).succeeded(3).failed(1));
    assertThat(SEEN).hasSize(4).doesNotHaveDuplicates();
    assertThat(SEEN).allSatisfy(sim -> assertThat(isClosed(sim)).isTrue());
    // the same script and seed gave each test the same events: nothing leaked between them
    assertThat(Set.copyOf(ParallelFixture.LOGS.values())).hasSize(1);
    assertThat(ParallelFixture.LOGS).hasSize(4);
  }

  @Fixture
  @TapiSimTest(script = SCRIPT, scope = SimulatorScope.PER_CLASS)
  @Execution(ExecutionMode.CONCURRENT)
  static class SharedVirtualConcurrentFixture {
    static final CountDownLatch BOTH_IN = new CountDownLatch(2);

    @Test
    void one(AcdSimulator sim) throws InterruptedException {
      BOTH_IN.countDown();
      BOTH_IN.await(2, TimeUnit.SECONDS);
    }

    @Test
    void two(AcdSimulator sim) throws InterruptedException {
      BOTH_IN.countDown();
      BOTH_IN.await(2, TimeUnit.SECONDS);
    }
  }

  @Test
  void a_class_scoped_virtual_time_simulator_refuses_to_serve_two_tests_at_once() {
    EngineExecutionResults results = run(SharedVirtualConcurrentFixture.class, PARALLEL);

    results.testEvents().assertStatistics(stats -> stats.succeeded(1).failed(1));
    results
        .testEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                finishedWithFailure(
                    instanceOf(ExtensionConfigurationException.class),
                    message(m -> m.contains("in use by another test running concurrently")))));
  }

  // ------------------------------------------------------------------ the builder

  @Test
  void the_builder_refuses_a_script_together_with_a_call_center_in_code() {
    TapiSimExtension.Builder withScript = TapiSimExtension.builder().script(SCRIPT);

    assertThatThrownBy(() -> withScript.group("sales").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("give a script or groups/agents/traffic/startTime, not both");
  }

  @Test
  void the_builder_is_immutable_so_a_shared_one_can_be_extended_safely() {
    TapiSimExtension.Builder base = TapiSimExtension.builder().group("sales");

    TapiSimExtension.Builder withScriptToo = base.script(SCRIPT);

    assertThatThrownBy(withScriptToo::build).isInstanceOf(IllegalStateException.class);
    assertThat(base.build()).isNotNull();
  }

  @Test
  void the_builder_refuses_a_real_time_speed_that_is_not_positive_and_finite() {
    TapiSimExtension.Builder builder = TapiSimExtension.builder();

    assertThatThrownBy(() -> builder.realTime(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.realTime(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.realTime(Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.realTime(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Throwable failureOf(EngineExecutionResults results, String testName) {
    return results
        .testEvents()
        .failed()
        .filter(e -> e.getTestDescriptor().getDisplayName().startsWith(testName))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no failed test " + testName))
        .getPayload(org.junit.platform.engine.TestExecutionResult.class)
        .flatMap(org.junit.platform.engine.TestExecutionResult::getThrowable)
        .orElseThrow();
  }
}
