package org.tapisim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tapisim.acd.AcdSimulator;
import org.tapisim.acd.AgentConfig;
import org.tapisim.acd.Distribution;
import org.tapisim.acd.Traffic;
import org.tapisim.clock.Stopwatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tapisim bench}: measures the simulator against {@code BareLoop.java}, the bare M/M/c event
 * loop, in the same run on the same machine, and prints the ratios the project's targets are set
 * in.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measures tapisim against BareLoop.java, the bare M/M/c event loop.",
      "Both are measured in the same run on the same machine.",
      "engine: calls/s of the simulator in this JVM, without and with a no-op listener.",
      "process: whole-process time of `tapisim run` (--events none, and JSON Lines to a file)",
      "  against `BareLoop` for the same number of calls.",
      "memory: 20,000,000 calls with wrap-up and patience in a 64 MB heap, and the heap taken",
      "  by 100,000 logged-in agents."
    })
final class BenchCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--bare",
      paramLabel = "FILE",
      description = "Path of BareLoop.java (default: ${DEFAULT-VALUE}).",
      defaultValue = "../shared/bench/BareLoop.java")
  Path bare;

  @Option(
      names = "--suite",
      description = "engine, process, memory or all (default: ${DEFAULT-VALUE}).",
      defaultValue = "all")
  String suite;

  @Option(
      names = "--reps",
      description =
          "Repetitions of each measurement (default: ${DEFAULT-VALUE}); in-JVM rates are the"
              + " median of the second half, once both sides have warmed up.",
      defaultValue = "10")
  int reps;

  @Option(
      names = "--jar",
      paramLabel = "FILE",
      description = "The tapisim CLI jar for the process and memory suites (default: this one).")
  Path jar;

  private static final int AGENTS = 100;
  private static final double AHT = 300;
  private static final double OCCUPANCY = 0.9;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (!List.of("engine", "process", "memory", "all").contains(suite)) {
      throw new BadInputException(
          "bench: unknown suite `" + suite + "` (engine, process, memory or all)");
    }
    if (reps < 4) {
      throw new BadInputException("bench: --reps must be at least 4 (the first half is warm-up)");
    }
    try (BareLoopReference reference = BareLoopReference.compile(bare)) {
      run(reference, out);
    }
    return Main.OK;
  }

  private void run(BareLoopReference reference, PrintWriter out) throws Exception {
    out.printf(
        Locale.ROOT,
        "reference model: %d agents, exponential talk mean %.0f s, occupancy %.2f; Java %s, %d cores%n",
        AGENTS,
        AHT,
        OCCUPANCY,
        System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors());
    if (suite.equals("engine") || suite.equals("all")) {
      engine(reference, out);
    }
    if (suite.equals("process") || suite.equals("all")) {
      process(reference, out);
    }
    if (suite.equals("memory") || suite.equals("all")) {
      memory(out);
    }
  }

  // ------------------------------------------------------------------ engine

  private void engine(BareLoopReference reference, PrintWriter out) throws Exception {
    long calls = 1_000_000;
    out.printf(
        Locale.ROOT,
        "%nengine: %,d calls, median of repetitions %d..%d (the first half warms up the JIT)%n",
        calls,
        reps / 2 + 1,
        reps);
    double bareRate = median(reference.callsPerSecond(calls, AGENTS, AHT, OCCUPANCY, reps));
    double plain = median(simulatorRates(calls, false));
    double listened = median(simulatorRates(calls, true));
    out.printf(Locale.ROOT, "  BareLoop                  %,12.0f calls/s%n", bareRate);
    out.printf(
        Locale.ROOT,
        "  tapisim, no listener      %,12.0f calls/s   ratio %.2f  (goal >= 0.75, floor 0.50)%n",
        plain,
        plain / bareRate);
    out.printf(
        Locale.ROOT,
        "  tapisim, no-op listener   %,12.0f calls/s   ratio %.2f  (goal >= 0.40)%n",
        listened,
        listened / bareRate);
    out.flush();
  }

  private List<Double> simulatorRates(long calls, boolean listener) {
    List<Double> rates = new ArrayList<>();
    for (int rep = 1; rep <= reps; rep++) {
      AcdSimulator sim = referenceSimulator(rep, calls, listener);
      Stopwatch stopwatch = Stopwatch.start();
      sim.runUntilIdle();
      long millis = Math.max(1, stopwatch.elapsedMillis());
      rates.add(sim.callCount() * 1000.0 / millis);
    }
    return rates;
  }

  static AcdSimulator referenceSimulator(long seed, long calls, boolean listener) {
    AcdSimulator.Builder builder = AcdSimulator.builder().seed(seed).group("sales");
    for (int i = 1; i <= AGENTS; i++) {
      builder.agent(AgentConfig.of("agent-" + i, "sales").withStart(AgentConfig.Start.READY));
    }
    builder.traffic(
        Traffic.poisson(
                "sales",
                OCCUPANCY * AGENTS / AHT * 3600,
                Distribution.exponential(Duration.ofSeconds((long) AHT)))
            .withMaxCalls(calls));
    if (listener) {
      builder.listener(event -> {});
    }
    return builder.build();
  }

  // ------------------------------------------------------------------ process

  private void process(BareLoopReference reference, PrintWriter out) throws Exception {
    long calls = 2_000_000;
    Path cliJar = cliJar();
    Path dir = Files.createTempDirectory("tapisim-bench");
    Path script = dir.resolve("reference.yaml");
    Files.writeString(script, referenceScript(calls, false));
    Path events = dir.resolve("events.jsonl");
    out.printf(
        Locale.ROOT,
        "%nprocess: %,d calls, whole-process wall time, median of %d runs each%n",
        calls,
        processReps());
    long bareMillis =
        medianMillis(
            reference.command(
                List.of(),
                "--calls",
                Long.toString(calls),
                "--agents",
                Integer.toString(AGENTS),
                "--aht",
                BareLoopReference.format(AHT),
                "--occ",
                BareLoopReference.format(OCCUPANCY)));
    long none =
        medianMillis(
            cli(cliJar, List.of(), "run", script.toString(), "--events", "none", "--quiet"));
    long jsonl =
        medianMillis(
            cli(
                cliJar,
                List.of(),
                "run",
                script.toString(),
                "--events",
                events.toString(),
                "--format",
                "jsonl",
                "--quiet"));
    out.printf(Locale.ROOT, "  java BareLoop                          %,7d ms%n", bareMillis);
    out.printf(
        Locale.ROOT,
        "  tapisim run --events none              %,7d ms   ratio %.2f  (limit 2.00, goal 1.33)%n",
        none,
        none / (double) bareMillis);
    out.printf(
        Locale.ROOT,
        "  tapisim run --events FILE --format jsonl %,5d ms   ratio %.2f  (limit 5.00; %,d MB written)%n",
        jsonl,
        jsonl / (double) bareMillis,
        Files.size(events) / (1024 * 1024));
    out.flush();
    Files.deleteIfExists(events);
    Files.deleteIfExists(script);
    Files.deleteIfExists(dir);
  }

  /** Whole-process runs start cold every time, so fewer of them are needed. */
  private int processReps() {
    return Math.max(3, reps / 2);
  }

  private long medianMillis(List<String> command) throws IOException, InterruptedException {
    List<Double> times = new ArrayList<>();
    for (int rep = 1; rep <= processReps(); rep++) {
      Processes.Timed run = Processes.timed(command);
      if (run.exitCode() != 0) {
        throw new IllegalStateException(
            "`"
                + String.join(" ", command)
                + "` exited with "
                + run.exitCode()
                + ":\n"
                + run.output());
      }
      times.add((double) run.wallMillis());
    }
    times.sort(null);
    return Math.round(times.get(times.size() / 2));
  }

  // ------------------------------------------------------------------ memory

  private void memory(PrintWriter out) throws Exception {
    Path cliJar = cliJar();
    long calls = 20_000_000;
    Path script = Files.createTempFile("tapisim-bench-memory", ".yaml");
    Files.writeString(script, referenceScript(calls, true));
    out.printf(Locale.ROOT, "%nmemory:%n");
    out.flush();
    Processes.Timed run =
        Processes.timed(
            cli(
                cliJar,
                List.of("-Xmx64m"),
                "run",
                script.toString(),
                "--events",
                "none",
                "--quiet"));
    out.printf(
        Locale.ROOT,
        "  %,d calls with 10 s wrap-up and exponential patience, -Xmx64m: %s in %.1f s%n",
        calls,
        run.exitCode() == 0 ? "completed" : "FAILED (exit " + run.exitCode() + ")",
        run.wallMillis() / 1000.0);
    if (run.exitCode() != 0) {
      out.println(run.output());
    }
    Files.deleteIfExists(script);
    int agents = 100_000;
    long before = usedHeap();
    AcdSimulator sim = manyAgents(agents);
    long after = usedHeap();
    out.printf(
        Locale.ROOT,
        "  %,d agents logged in and READY: %,d bytes of heap, %.0f bytes per agent%n",
        agents,
        after - before,
        (after - before) / (double) agents);
    out.flush();
    if (sim.agents().size() != agents) {
      throw new IllegalStateException("the simulator lost agents");
    }
  }

  private static AcdSimulator manyAgents(int agents) {
    AcdSimulator.Builder builder = AcdSimulator.builder().group("sales");
    for (int i = 1; i <= agents; i++) {
      builder.agent(
          AgentConfig.of(String.format(Locale.ROOT, "agent-%06d", i), "sales")
              .withStart(AgentConfig.Start.READY));
    }
    return builder.build();
  }

  private static long usedHeap() {
    for (int i = 0; i < 4; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  // ------------------------------------------------------------------ shared

  /** The reference model as a scenario script: agents READY from the start, Poisson arrivals. */
  static String referenceScript(long calls, boolean wrapupAndPatience) {
    double perHour = OCCUPANCY * AGENTS / (AHT + (wrapupAndPatience ? 10 : 0)) * 3600;
    return String.join(
        "\n",
        "scenario: bench reference model",
        "groups:",
        wrapupAndPatience ? "  sales: { wrapup: 10s }" : "  sales: {}",
        "agents:",
        "  agent: { count: " + AGENTS + ", groups: [sales], start: ready }",
        "traffic:",
        "  - group: sales",
        "    rate: " + String.format(Locale.ROOT, "%.6f", perHour) + "/h",
        "    calls: " + calls,
        "    talk: exp(" + (long) AHT + "s)",
        wrapupAndPatience ? "    patience: exp(3m)" : "",
        "");
  }

  private Path cliJar() {
    if (jar != null) {
      if (!Files.isRegularFile(jar)) {
        throw new BadInputException("bench: no jar at " + jar);
      }
      return jar;
    }
    try {
      Path self = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isRegularFile(self)) {
        return self;
      }
    } catch (java.net.URISyntaxException | SecurityException e) {
      // fall through to the build's jar
    }
    Path built = Path.of("target", "tapisim.jar");
    if (!Files.isRegularFile(built)) {
      throw new BadInputException(
          "bench: run from target/tapisim.jar or give --jar (build it with mvn package)");
    }
    return built;
  }

  private static List<String> cli(Path jar, List<String> jvmArgs, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Processes.javaExecutable());
    command.addAll(jvmArgs);
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(List.of(args));
    return command;
  }

  /** The median of the second half of the repetitions (the first half warms up). */
  private static double median(List<Double> values) {
    List<Double> warm = new ArrayList<>(values.subList(values.size() / 2, values.size()));
    warm.sort(null);
    int n = warm.size();
    return n % 2 == 1 ? warm.get(n / 2) : (warm.get(n / 2 - 1) + warm.get(n / 2)) / 2;
  }
}
