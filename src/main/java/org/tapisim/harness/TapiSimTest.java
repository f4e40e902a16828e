package org.tapisim.harness;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class (or one test method) against a simulated call center built from a scenario
 * script: each test gets a fresh {@link org.tapisim.acd.AcdSimulator} at sim time zero and a {@link
 * RecordedEvents} of everything it raises, closed after the test.
 *
 * <pre>{@code
 * @TapiSimTest(script = "test-scripts/quickstart.yaml")
 * class AgentDesktopTest {
 *   @Test
 *   void agentGoesNotReadyAfterTheThirdCall(AcdSimulator sim, RecordedEvents events) {
 *     var desktop = new AgentDesktop(sim, ...);
 *     sim.advance(Duration.ofMinutes(10));
 *     assertThat(sim.session("alice/sales")).isInState(AgentSessionState.NOT_READY);
 *   }
 * }
 * }</pre>
 *
 * <p>Test and lifecycle methods may declare parameters of type {@link org.tapisim.acd.AcdSimulator}
 * (or {@link org.tapisim.model.CallCenter}), {@link RecordedEvents} and {@link ScriptRun}. The
 * simulator has the script's agents in their start states and its traffic and timeline scheduled;
 * nothing has run yet. In virtual time (the default) the test moves the clock ({@code advance},
 * {@code runUntil}, {@code advanceUntil}); in real time ({@code realTime = true}) the simulator
 * starts after the {@code @BeforeEach} methods, just before the test method, so code subscribed in
 * {@code @BeforeEach} sees every event, and the test waits with {@link TapiSimAwait}.
 *
 * <p>The script is looked up on the test classpath first, then relative to the working directory. A
 * script that cannot be found or is invalid fails the test (the class, in {@link
 * SimulatorScope#PER_CLASS} scope) with every problem as {@code FILE:LINE:COLUMN: message}.
 *
 * <p>On a method, the annotation replaces the class's for that method. To configure the simulator
 * in code instead, register a {@link TapiSimExtension} built with {@link
 * TapiSimExtension#builder()}; use one or the other in a class, not both.
 */
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(TapiSimExtension.class)
public @interface TapiSimTest {

  /** The value of {@link #seed()} that keeps the script's own seed. */
  long SCRIPT_SEED = Long.MIN_VALUE;

  /**
   * The scenario script, e.g. {@code "test-scripts/quickstart.yaml"}: a classpath resource name (a
   * leading {@code /} is allowed), else a path relative to the working directory, or absolute.
   */
  String script();

  /** The seed of every random stream, overriding the script's; by default the script's own. */
  long seed() default SCRIPT_SEED;

  /**
   * Whether the simulator paces to the wall clock ({@link #speed()} sim seconds per wall-clock
   * second) instead of running in virtual time; default virtual time.
   */
  boolean realTime() default false;

  /**
   * Sim seconds per wall-clock second in real time, e.g. {@code 20.0}; positive. Only with {@code
   * realTime = true}: a speed other than 1 in virtual time is a configuration error.
   */
  double speed() default 1.0;

  /** Whether each test gets its own simulator (the default) or the class's tests share one. */
  SimulatorScope scope() default SimulatorScope.PER_TEST;
}
