package org.tapisim.harness;

import java.lang.reflect.AnnotatedElement;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import org.tapisim.acd.AcdSimulator;
import org.tapisim.acd.AgentConfig;
import org.tapisim.acd.GroupConfig;
import org.tapisim.acd.Traffic;
import org.tapisim.model.CallCenter;

/**
 * The JUnit 5 extension that gives each test a simulated call center: an {@link AcdSimulator} at
 * sim time zero, a {@link RecordedEvents} of everything it raises and, for a script, its {@link
 * ScriptRun}; the simulator is closed after the test, also when the test fails.
 *
 * <p>Use it declaratively with {@link TapiSimTest @TapiSimTest}, or register it programmatically
 * and configure the simulator in code or from a script:
 *
 * <pre>{@code
 * @RegisterExtension
 * static TapiSimExtension tapisim =
 *     TapiSimExtension.builder()
 *         .group(GroupConfig.of("support").withWrapup(Wrapup.fixed(Duration.ofSeconds(10))))
 *         .agent(AgentConfig.of("ann", "support").withStart(AgentConfig.Start.READY))
 *         .traffic(Traffic.poisson("support", 120, Distribution.exponential(Duration.ofMinutes(2))))
 *         .seed(7)
 *         .build();
 * }</pre>
 *
 * <p>Test and lifecycle methods may declare parameters of type {@link AcdSimulator} (or {@link
 * CallCenter}, the same simulator), {@link RecordedEvents} and, for a script, {@link ScriptRun}. In
 * real time the simulator starts after the {@code @BeforeEach} methods, just before the test
 * method.
 *
 * <p>The extension keeps no state in fields: each simulator lives in JUnit's extension store, in a
 * namespace of this extension instance and the test (or class), so tests may run in parallel. An
 * instance is immutable and thread-safe. Use one tapisim extension per test class.
 */
public final class TapiSimExtension
    implements BeforeAllCallback,
        AfterAllCallback,
        BeforeEachCallback,
        BeforeTestExecutionCallback,
        AfterEachCallback,
        ParameterResolver {

  /**
   * The configuration given to the builder; {@code null} when configured by {@code TapiSimTest}.
   */
  private final HarnessConfig programmatic;

  /** Creates the extension that {@link TapiSimTest} registers; it reads the annotation. */
  TapiSimExtension() {
    this(null);
  }

  private TapiSimExtension(HarnessConfig programmatic) {
    this.programmatic = programmatic;
  }

  /** Returns a builder for a programmatically registered extension: virtual time, per test. */
  public static Builder builder() {
    return new Builder(HarnessConfig.empty());
  }

  // ------------------------------------------------------------------ lifecycle

  /** Builds the class's simulator in {@link SimulatorScope#PER_CLASS} scope. */
  @Override
  public void beforeAll(ExtensionContext context) {
    Optional<HarnessConfig> config = config(context);
    if (config.isPresent() && config.get().scope() == SimulatorScope.PER_CLASS) {
      store(context).put(key(context), open(config.get(), context));
    }
  }

  /** Builds the test's simulator, or joins the class's. */
  @Override
  public void beforeEach(ExtensionContext context) {
    Optional<HarnessConfig> found = config(context);
    if (found.isEmpty()) {
      return;
    }
    HarnessConfig config = found.get();
    if (config.scope() == SimulatorScope.PER_TEST) {
      store(context).put(key(context), open(config, context));
      return;
    }
    Harness shared = classHarness(context);
    if (shared == null) {
      throw new ExtensionConfigurationException(
          "tapisim: scope PER_CLASS needs the class's simulator, which was not built: put"
              + " @TapiSimTest(scope = PER_CLASS) on the class, or register the TapiSimExtension"
              + " on a static field");
    }
    if (shared.users.incrementAndGet() > 1 && !config.realTime()) {
      shared.users.decrementAndGet();
      throw new ExtensionConfigurationException(
          "tapisim: the class's virtual-time simulator is in use by another test running"
              + " concurrently; virtual time is single-threaded: run this class's tests in"
              + " @Execution(SAME_THREAD), or use scope PER_TEST");
    }
    store(context).put(key(context), new Joined(shared));
  }

  /** Starts the real-time loop just before the test method runs; nothing in virtual time. */
  @Override
  public void beforeTestExecution(ExtensionContext context) {
    Harness harness = harness(context);
    if (harness != null) {
      harness.start();
    }
  }

  /** Closes the test's simulator, or leaves the class's. */
  @Override
  public void afterEach(ExtensionContext context) {
    Object held = store(context).remove(key(context));
    if (held instanceof Harness own) {
      own.close();
    } else if (held instanceof Joined joined) {
      joined.harness.users.decrementAndGet();
    }
  }

  /** Closes the class's simulator in {@link SimulatorScope#PER_CLASS} scope. */
  @Override
  public void afterAll(ExtensionContext context) {
    Harness held = store(context).remove(key(context), Harness.class);
    if (held != null) {
      held.close();
    }
  }

  // ------------------------------------------------------------------ parameters

  /**
   * Supports parameters of type {@link AcdSimulator}, {@link CallCenter}, {@link RecordedEvents}
   * and {@link ScriptRun}.
   */
  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    boolean ours =
        type == AcdSimulator.class
            || type == CallCenter.class
            || type == RecordedEvents.class
            || type == ScriptRun.class;
    return ours && config(context).isPresent();
  }

  /** Returns the test's (or the class's) simulator, recorder or script run. */
  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Harness harness = harness(context);
    Class<?> type = parameter.getParameter().getType();
    if (harness == null) {
      throw new ParameterResolutionException(
          "tapisim: no simulator for "
              + parameter.getParameter()
              + " here; a simulator of scope PER_TEST exists in test methods and"
              + " @BeforeEach/@AfterEach methods, one of scope PER_CLASS also in"
              + " @BeforeAll/@AfterAll methods");
    }
    if (type == RecordedEvents.class) {
      return harness.events;
    }
    if (type == ScriptRun.class) {
      if (harness.script == null) {
        throw new ParameterResolutionException(
            "tapisim: "
                + parameter.getParameter()
                + " needs a simulator built from a script; this one was configured in code");
      }
      return harness.script;
    }
    return harness.simulator;
  }

  // ------------------------------------------------------------------ the store

  private Namespace namespace() {
    return Namespace.create(TapiSimExtension.class, this);
  }

  private ExtensionContext.Store store(ExtensionContext context) {
    return context.getStore(namespace());
  }

  private static String key(ExtensionContext context) {
    return context.getUniqueId();
  }

  /** Returns the harness the context uses (its own, the one it joined, the class's), or null. */
  private Harness harness(ExtensionContext context) {
    Object held = store(context).get(key(context));
    if (held instanceof Harness own) {
      return own;
    }
    if (held instanceof Joined joined) {
      return joined.harness;
    }
    return context.getTestMethod().isEmpty() ? null : classHarness(context);
  }

  /** Returns the harness of the nearest class context, or null. */
  private Harness classHarness(ExtensionContext context) {
    ExtensionContext classContext = context;
    while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
      classContext = classContext.getParent().get();
    }
    return store(classContext).get(key(classContext), Harness.class);
  }

  private static Harness open(HarnessConfig config, ExtensionContext context) {
    ClassLoader loader =
        context
            .getTestClass()
            .map(Class::getClassLoader)
            .orElseGet(() -> Thread.currentThread().getContextClassLoader());
    return Harness.open(config, loader);
  }

  // ------------------------------------------------------------------ configuration

  /** Returns the configuration for a context; empty when no {@code TapiSimTest} applies. */
  private Optional<HarnessConfig> config(ExtensionContext context) {
    if (programmatic != null) {
      return Optional.of(programmatic);
    }
    Optional<TapiSimTest> onMethod =
        context
            .getTestMethod()
            .flatMap(method -> AnnotationSupport.findAnnotation(method, TapiSimTest.class));
    if (onMethod.isPresent()) {
      HarnessConfig config = fromAnnotation(onMethod.get(), context.getRequiredTestMethod());
      if (config.scope() == SimulatorScope.PER_CLASS) {
        throw new ExtensionConfigurationException(
            "tapisim: @TapiSimTest(scope = PER_CLASS) on method "
                + context.getRequiredTestMethod().getName()
                + " has no class to share with; put it on the class");
      }
      return Optional.of(config);
    }
    for (Class<?> type = context.getTestClass().orElse(null);
        type != null;
        type = type.getEnclosingClass()) {
      Optional<TapiSimTest> onClass = AnnotationSupport.findAnnotation(type, TapiSimTest.class);
      if (onClass.isPresent()) {
        return Optional.of(fromAnnotation(onClass.get(), type));
      }
    }
    return Optional.empty();
  }

  private static HarnessConfig fromAnnotation(TapiSimTest annotation, AnnotatedElement where) {
    String at = "@TapiSimTest on " + where;
    if (!annotation.realTime() && annotation.speed() != 1.0) {
      throw new ExtensionConfigurationException(
          "tapisim: "
              + at
              + " sets speed = "
              + annotation.speed()
              + ", which applies to real time only: add realTime = true");
    }
    if (annotation.realTime() && !(annotation.speed() > 0 && Double.isFinite(annotation.speed()))) {
      throw new ExtensionConfigurationException(
          "tapisim: "
              + at
              + ": the real-time speed must be positive and finite, not "
              + annotation.speed());
    }
    HarnessConfig config =
        HarnessConfig.empty()
            .withScript(annotation.script())
            .withScope(annotation.scope())
            .withSpeed(annotation.realTime() ? annotation.speed() : 0);
    return annotation.seed() == TapiSimTest.SCRIPT_SEED
        ? config
        : config.withSeed(annotation.seed());
  }

  /** A test's use of the class's harness, in the test's store. */
  private record Joined(Harness harness) {}

  /**
   * Configures a {@link TapiSimExtension}: a script, or groups, agents and traffic in code; the
   * seed; the clock; the scope. Immutable: every method returns a new builder, so a partly
   * configured builder can be shared and extended safely.
   */
  public static final class Builder {
    private final HarnessConfig config;

    private Builder(HarnessConfig config) {
      this.config = config;
    }

    /**
     * Builds the simulator from a scenario script, looked up on the test classpath first, then
     * relative to the working directory. Not together with groups, agents or traffic.
     */
    public Builder script(String script) {
      Objects.requireNonNull(script, "script");
      return new Builder(config.withScript(script));
    }

    /** Adds a group. */
    public Builder group(GroupConfig group) {
      return new Builder(config.withGroup(Objects.requireNonNull(group, "group")));
    }

    /** Adds a group with the defaults (see {@link GroupConfig#of}). */
    public Builder group(String id) {
      return group(GroupConfig.of(id));
    }

    /** Adds an agent. */
    public Builder agent(AgentConfig agent) {
      return new Builder(config.withAgent(Objects.requireNonNull(agent, "agent")));
    }

    /** Adds a logged-out, auto-ready agent in {@code groups}. */
    public Builder agent(String id, String... groups) {
      return agent(AgentConfig.of(id, groups));
    }

    /** Adds a stream of generated calls. */
    public Builder traffic(Traffic stream) {
      return new Builder(config.withTraffic(Objects.requireNonNull(stream, "stream")));
    }

    /** Sets the instant of sim time zero of a simulator configured in code. */
    public Builder startTime(Instant start) {
      return new Builder(config.withStartTime(Objects.requireNonNull(start, "start")));
    }

    /** Sets the seed of every random stream (default: the script's, or 1 without a script). */
    public Builder seed(long seed) {
      return new Builder(config.withSeed(seed));
    }

    /**
     * Uses real time at {@code speed} sim seconds per wall-clock second (default: virtual time).
     *
     * @throws IllegalArgumentException unless {@code speed} is positive and finite
     */
    public Builder realTime(double speed) {
      if (speed == 0) {
        throw new IllegalArgumentException("the real-time speed must be positive, not 0");
      }
      HarnessConfig.checkSpeed(speed);
      return new Builder(config.withSpeed(speed));
    }

    /** Sets how long one simulator lives (default {@link SimulatorScope#PER_TEST}). */
    public Builder scope(SimulatorScope scope) {
      return new Builder(config.withScope(Objects.requireNonNull(scope, "scope")));
    }

    /**
     * Returns the extension. The simulator itself is built for each test (or class), where a bad
     * script or configuration fails the test with a clear message.
     *
     * @throws IllegalStateException if both a script and groups, agents, traffic or a start time
     *     are given
     */
    public TapiSimExtension build() {
      if (config.script() != null && config.configuredInCode()) {
        throw new IllegalStateException(
            "tapisim: give a script or groups/agents/traffic/startTime, not both: the script "
                + config.script()
                + " defines the call center");
      }
      return new TapiSimExtension(config);
    }
  }
}
