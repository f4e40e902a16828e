package org.tapisim.scenario.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Function;
import org.tapisim.acd.AcdSimulator;
import org.tapisim.acd.AgentConfig;
import org.tapisim.acd.Distribution;
import org.tapisim.acd.GroupConfig;
import org.tapisim.acd.Traffic;
import org.tapisim.acd.Wrapup;
import org.tapisim.model.TapiEventListener;

/**
 * Measures how fast the event log writes, against the bare simulation: not a test, a program.
 *
 * <p>Run after {@code mvn test-compile} with the test classpath, e.g. {@code java -cp
 * target/classes:target/test-classes:DEPENDENCIES org.tapisim.scenario.output.EventLogThroughput
 * 2000000 jsonl}. It simulates a Poisson, exponential group of 20 agents (about 7 events per call)
 * once without listeners, once with a listener that does nothing (the switch then builds event
 * records), and once per format writing to a stream that counts and discards the bytes; each after
 * a warm-up run of a tenth of the calls.
 */
public final class EventLogThroughput {
  private EventLogThroughput() {}

  /**
   * Runs the measurements. Arguments: the number of calls (default 2,000,000), then which to run:
   * {@code bare}, {@code noop}, {@code text}, {@code jsonl}, {@code csv} or {@code all} (default).
   * Run one at a time, each in a fresh JVM, for numbers that do not depend on what ran before (in
   * one JVM the later formats find the JIT's profile already shaped by the earlier ones).
   */
  public static void main(String[] args) throws IOException {
    long calls = args.length > 0 ? Long.parseLong(args[0]) : 2_000_000L;
    String which = args.length > 1 ? args[1] : "all";
    PrintStream report = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    report.printf(Locale.ROOT, "%,d calls, Java %s%n", calls, Runtime.version());
    if (which.equals("all") || which.equals("bare")) {
      measure(report, "bare simulation, no listener", calls, null);
    }
    if (which.equals("all") || which.equals("noop")) {
      measure(report, "no-op listener", calls, stream -> event -> {});
    }
    for (EventFormat format : EventFormat.values()) {
      if (which.equals("all") || which.equals(format.cliName())) {
        measure(
            report,
            "event log, " + format,
            calls,
            stream -> EventLog.open(format, stream, AcdSimulator.DEFAULT_START));
      }
    }
  }

  private static void measure(
      PrintStream report,
      String label,
      long calls,
      Function<OutputStream, TapiEventListener> listenerFactory)
      throws IOException {
    run(calls / 10, listenerFactory == null ? null : listenerFactory.apply(new CountingStream()));
    CountingStream stream = new CountingStream();
    TapiEventListener listener = listenerFactory == null ? null : listenerFactory.apply(stream);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    AcdSimulator sim = run(calls, listener);
    if (listener instanceof EventLog log) {
      log.close();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    report.printf(
        Locale.ROOT,
        "%-30s %,12d events: wall %6.2f s = %,11.0f events/s; cpu %6.2f s = %,11.0f events/s%s%n",
        label,
        sim.eventCount(),
        seconds,
        sim.eventCount() / seconds,
        cpu,
        sim.eventCount() / cpu,
        stream.count > 0 ? String.format(Locale.ROOT, "  (%,d MB)", stream.count / 1_000_000) : "");
  }

  private static AcdSimulator run(long calls, TapiEventListener listener) {
    AcdSimulator.Builder builder =
        AcdSimulator.builder()
            .seed(7)
            .group(
                GroupConfig.of("sales")
                    .withWrapup(Wrapup.sampled(Distribution.exponential(Duration.ofSeconds(20)))))
            .traffic(
                Traffic.poisson("sales", 330, Distribution.exponential(Duration.ofMinutes(3)))
                    .withPatience(Distribution.exponential(Duration.ofMinutes(2)))
                    .withMaxCalls(calls));
    for (int i = 1; i <= 20; i++) {
      builder.agent(
          AgentConfig.of(String.format(Locale.ROOT, "agent-%02d", i), "sales")
              .withStart(AgentConfig.Start.READY));
    }
    if (listener != null) {
      builder.listener(listener);
    }
    AcdSimulator sim = builder.build();
    sim.runUntilIdle();
    return sim;
  }

  /** Counts and discards bytes. */
  private static final class CountingStream extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
