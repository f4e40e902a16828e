package org.tapisim.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.tapisim.bridge.Recorder;
import org.tapisim.bridge.Tapi32CallCenter;
import org.tapisim.model.AgentId;
import org.tapisim.model.TapiEvent;
import org.tapisim.model.TapiEventListener;
import org.tapisim.model.TapiException;
import org.tapisim.scenario.Scenario;
import org.tapisim.scenario.output.EventFormat;
import org.tapisim.scenario.output.EventLog;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tapisim record}: writes a real line's agent-session events as a JSON Lines log. */
@Command(
    name = "record",
    mixinStandardHelpOptions = true,
    description = {
      "Records a TAPI line's agent-session events as a JSON Lines log.",
      "The log has the format of `tapisim run --format jsonl`. Recording goes through the JNA",
      "bridge until --duration passes, Ctrl-C, or the line goes away. Name the agents to follow",
      "with --agent."
    })
final class RecordCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin BridgeOptions bridge;

  @Option(
      names = "--events",
      required = true,
      paramLabel = "FILE",
      description = "Where the JSON Lines log goes (- for standard output).")
  String events;

  @Option(
      names = "--duration",
      paramLabel = "DURATION",
      description = "How long to record, e.g. 30m; default: until Ctrl-C or the line closes.")
  String duration;

  @Option(names = "--agent", paramLabel = "ID", description = "An agent to follow (repeatable).")
  List<String> agents = List.of();

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    Duration length = length();
    List<AgentId> ids = agentIds();
    Clock clock = Clock.systemUTC();
    Tapi32CallCenter callCenter = bridge.open("record", clock); // before any file is touched
    Recorder recorder = Recorder.on(callCenter, clock);
    CountDownLatch finished = new CountDownLatch(1);
    Thread onInterrupt =
        new Thread(
            () -> {
              recorder.stop();
              try {
                finished.await(30, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "tapisim-record-interrupt");
    Runtime.getRuntime().addShutdownHook(onInterrupt);
    EventLog log = null;
    try {
      PendingLog pending = new PendingLog();
      try {
        recorder.start(ids, pending);
      } catch (TapiException e) {
        throw new BadInputException("record: " + e.getMessage().replaceAll("\\s+", " "));
      }
      log = openLog(recorder); // only once the recording runs: a failed start touches no file
      pending.open(log);
      err.println(
          "record: recording "
              + bridge.describe()
              + " line device "
              + callCenter.deviceId()
              + " to "
              + events
              + (length == null ? " until Ctrl-C" : " for " + duration));
      err.flush();
      Recorder.End end = recorder.await(length);
      recorder.close();
      callCenter.close();
      EventLog written = log;
      log = null;
      close(written);
      err.println(
          "record: "
              + recorder.eventsRecorded()
              + " events recorded; "
              + switch (end) {
                case DURATION -> "the time is up";
                case STOPPED -> "stopped";
                case LINE_CLOSED -> "the line went away";
              });
      err.flush();
      return Main.OK;
    } finally {
      recorder.close();
      callCenter.close();
      if (log != null) {
        closeAfterFailure(log);
      }
      finished.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(onInterrupt);
      } catch (IllegalStateException shuttingDown) {
        // Ctrl-C: the hook lets the JVM exit once this returns
      }
    }
  }

  private EventLog openLog(Recorder recorder) {
    return EventLog.open(
        EventFormat.JSONL,
        open(),
        recorder.origin(),
        events.equals("-")
            ? new EventLog.Option[] {
              EventLog.Option.FLUSH_EACH_EVENT, EventLog.Option.KEEP_STREAM_OPEN
            }
            : new EventLog.Option[] {EventLog.Option.FLUSH_EACH_EVENT});
  }

  /** Closes the log of a recording that failed, keeping the events it got. */
  private void closeAfterFailure(EventLog log) {
    try {
      log.close();
    } catch (IOException e) {
      spec.commandLine()
          .getErr()
          .println("record: closing the event log failed: " + e.getMessage());
    }
  }

  /**
   * Holds the events that arrive while the log file is being opened, then hands them and every
   * later one to the log, in order. Events come on the bridge's event thread.
   */
  private static final class PendingLog implements TapiEventListener {
    private final List<TapiEvent> early = new ArrayList<>();
    private EventLog log;

    @Override
    public synchronized void onEvent(TapiEvent event) {
      if (log == null) {
        early.add(event);
      } else {
        log.onEvent(event);
      }
    }

    synchronized void open(EventLog opened) {
      early.forEach(opened::onEvent);
      early.clear();
      log = opened;
    }
  }

  private Duration length() {
    if (duration == null) {
      return null;
    }
    try {
      Duration length = Scenario.parseDuration(duration);
      if (length.isZero()) {
        throw new IllegalArgumentException("it must be more than 0s");
      }
      return length;
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--duration: " + e.getMessage());
    }
  }

  private List<AgentId> agentIds() {
    try {
      return agents.stream().map(AgentId::of).toList();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--agent: " + e.getMessage());
    }
  }

  private OutputStream open() {
    if (events.equals("-")) {
      return new WriterOutputStream(spec.commandLine().getOut());
    }
    Path file = Path.of(events);
    try {
      return new BufferedOutputStream(Files.newOutputStream(file));
    } catch (IOException e) {
      throw new BadInputException("record: cannot write " + file + ": " + e.getMessage());
    }
  }

  private static void close(EventLog log) {
    try {
      log.close();
    } catch (IOException e) {
      throw new BadInputException("record: writing the event log failed: " + e.getMessage());
    }
  }
}
