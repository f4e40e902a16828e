package org.tapisim.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.tapisim.acd.AcdSimulator;
import org.tapisim.acd.Durations;
import org.tapisim.model.TapiEventListener;
import org.tapisim.scenario.ErlangCheck;
import org.tapisim.scenario.RunOptions;
import org.tapisim.scenario.RunResult;
import org.tapisim.scenario.Scenario;
import org.tapisim.scenario.ScenarioRunner;
import org.tapisim.scenario.ScriptException;
import org.tapisim.scenario.ScriptProblem;
import org.tapisim.scenario.Verdict;
import org.tapisim.scenario.output.EventFormat;
import org.tapisim.scenario.output.EventLog;
import org.tapisim.scenario.output.HtmlReport;
import org.tapisim.scenario.output.ReportCollector;
import org.tapisim.scenario.output.RunSummary;
import org.tapisim.scenario.output.SummaryJson;
import org.tapisim.scenario.output.SummaryTable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tapisim run SCRIPT}: replays a scenario and reports its events, summary and verdict. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Replays a scenario script: the event log, a summary and the verdict of its expectations.",
      "Exit codes: 0 all expectations met, 1 an expectation failed, 2 bad input, 3 internal error."
    })
final class RunCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SCRIPT", description = "The scenario script (YAML).")
  Path script;

  @Option(
      names = "--realtime",
      arity = "0..1",
      fallbackValue = "1",
      paramLabel = "SPEED",
      description =
          "Replay paced to the wall clock, SPEED sim seconds per second (default 1). The event"
              + " log is the same as in virtual time.")
  Double realtime;

  @Option(names = "--seed", paramLabel = "N", description = "Override the script's seed.")
  Long seed;

  @Option(
      names = "--until",
      paramLabel = "DURATION",
      description = "Override the script's horizon, e.g. 8h or 90m.")
  String until;

  @Option(
      names = "--events",
      paramLabel = "-|FILE|none",
      defaultValue = "-",
      description = "Where the event log goes: - for standard output (default), a file, or none.")
  String events;

  @Option(
      names = "--format",
      paramLabel = "text|jsonl|csv",
      defaultValue = "text",
      description = "The event log's format (default text).")
  String format;

  @Option(names = "--summary", paramLabel = "FILE", description = "Write the summary as JSON.")
  Path summary;

  @Option(
      names = "--report",
      paramLabel = "FILE.html",
      description = "Write a self-contained HTML report with an agent-state timeline.")
  Path report;

  @Option(names = "--quiet", description = "No progress indicator.")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    EventFormat eventFormat = eventFormat();
    double speed = speed();
    Scenario scenario = load(err);
    if (scenario == null) {
      return Main.BAD_INPUT;
    }
    checkWritable(summary, "--summary");
    checkWritable(report, "--report");

    boolean eventsToStdout = events.equals("-");
    EventLog log = openEventLog(eventFormat, eventsToStdout, speed > 0, scenario, out);
    ReportCollector collector = report == null ? null : new ReportCollector(scenario.start());
    List<TapiEventListener> listeners = new ArrayList<>();
    if (log != null) {
      listeners.add(log);
    }
    if (collector != null) {
      listeners.add(collector);
    }
    ProgressLine progress =
        quiet || !Terminal.isStandardErrorATerminal()
            ? null
            : new ProgressLine(err, scenario.until());
    ScenarioRunner runner =
        new ScenarioRunner(scenario, new RunOptions(speed, listeners, progress));

    CountDownLatch reported = new CountDownLatch(1);
    Thread onInterrupt =
        new Thread(
            () -> {
              runner.stop();
              try {
                reported.await(30, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "tapisim-interrupt");
    Runtime.getRuntime().addShutdownHook(onInterrupt);
    EventLog openLog = log;
    try {
      RunResult result = runner.run();
      if (progress != null) {
        progress.finish();
      }
      openLog = null;
      closeEventLog(log);
      return report(
          result, scenario, collector, eventsToStdout && eventFormat != EventFormat.TEXT, out, err);
    } finally {
      if (openLog != null) { // the run failed: keep the events that led up to it
        closeQuietly(openLog);
      }
      reported.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(onInterrupt);
      } catch (IllegalStateException shuttingDown) {
        // Ctrl-C: the hook is running and lets the JVM exit once this returns
      }
    }
  }

  private int report(
      RunResult result,
      Scenario scenario,
      ReportCollector collector,
      boolean stdoutIsMachineReadable,
      PrintWriter out,
      PrintWriter err)
      throws IOException {
    AcdSimulator sim = result.simulator();
    try {
      List<Verdict> failures = result.failures();
      RunSummary runSummary =
          RunSummary.capture(
              sim,
              scenario.title(),
              result.wallMillis(),
              result.passed(),
              failures.size(),
              ErlangCheck.figures(scenario));
      PrintWriter table = stdoutIsMachineReadable ? err : out;
      SummaryTable.standard().write(runSummary, table);
      table.flush();
      if (summary != null) {
        try (Writer writer = Files.newBufferedWriter(summary, StandardCharsets.UTF_8)) {
          SummaryJson.write(runSummary, writer);
        } catch (IOException e) {
          throw new BadInputException("run: cannot write " + summary + ": " + e.getMessage());
        }
      }
      if (report != null) {
        try (Writer writer = Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
          HtmlReport.write(runSummary, collector, writer);
        } catch (IOException e) {
          throw new BadInputException("run: cannot write " + report + ": " + e.getMessage());
        }
      }
      for (Verdict failure : failures) {
        err.println(failure);
      }
      if (result.interrupted()) {
        err.println(
            "run: stopped at "
                + Durations.format(result.simulated())
                + " of sim time; the summary covers what ran");
      }
      err.flush();
      return failures.isEmpty() && !result.interrupted() ? Main.OK : Main.FAILED;
    } finally {
      sim.close();
    }
  }

  private EventFormat eventFormat() {
    try {
      return EventFormat.parse(format);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--format must be text, jsonl or csv, not `" + format + "`");
    }
  }

  private double speed() {
    if (realtime == null) {
      return 0;
    }
    if (!(realtime > 0) || realtime.isInfinite()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--realtime SPEED must be a positive number, not " + realtime);
    }
    return realtime;
  }

  private Scenario load(PrintWriter err) {
    Scenario scenario;
    try {
      scenario = Scenario.load(script);
    } catch (ScriptException e) {
      for (ScriptProblem problem : e.problems()) {
        err.println(problem);
      }
      err.flush();
      return null;
    }
    if (seed != null) {
      scenario = scenario.withSeed(seed);
    }
    if (until != null) {
      Duration horizon;
      try {
        horizon = Scenario.parseDuration(until);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--until: " + e.getMessage());
      }
      if (horizon.isZero()) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--until must be more than 0s");
      }
      scenario = scenario.withUntil(horizon);
    }
    return scenario;
  }

  private EventLog openEventLog(
      EventFormat eventFormat,
      boolean toStdout,
      boolean realTime,
      Scenario scenario,
      PrintWriter out) {
    if (events.equals("none")) {
      return null;
    }
    List<EventLog.Option> options = new ArrayList<>();
    if (realTime) {
      options.add(EventLog.Option.FLUSH_EACH_EVENT);
    }
    OutputStream stream;
    if (toStdout) {
      stream = new WriterOutputStream(out);
      options.add(EventLog.Option.KEEP_STREAM_OPEN);
    } else {
      Path file = Path.of(events);
      checkWritable(file, "--events");
      try {
        OutputStream fileStream = Files.newOutputStream(file);
        // in virtual time, disk writes go on beside the simulation; real time writes each event
        stream =
            realTime
                ? new BufferedOutputStream(fileStream, 1 << 16)
                : new BackgroundOutputStream(fileStream, "tapisim-event-log");
      } catch (IOException e) {
        throw new BadInputException("run: cannot write " + file + ": " + e.getMessage());
      }
    }
    return EventLog.open(
        eventFormat, stream, scenario.start(), options.toArray(EventLog.Option[]::new));
  }

  private void closeEventLog(EventLog log) {
    if (log == null) {
      return;
    }
    try {
      log.close();
    } catch (IOException e) {
      throw new BadInputException("run: writing the event log failed: " + e.getMessage());
    }
  }

  private static void closeQuietly(EventLog log) {
    try {
      log.close();
    } catch (IOException | RuntimeException e) {
      // the run's own failure is what gets reported
    }
  }

  /** Refuses, before anything runs, an output file whose directory does not exist. */
  private static void checkWritable(Path file, String option) {
    if (file == null) {
      return;
    }
    if (Files.isDirectory(file)) {
      throw new BadInputException("run: " + option + " " + file + " is a directory");
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw new BadInputException("run: " + option + " " + file + ": no such directory " + parent);
    }
    if (Files.exists(file) ? !Files.isWritable(file) : !Files.isWritable(parent)) {
      throw new BadInputException("run: " + option + " " + file + " cannot be written");
    }
  }
}
