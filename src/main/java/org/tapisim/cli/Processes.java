package org.tapisim.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.tapisim.clock.Stopwatch;

/** Runs child processes for the benchmarks: the same Java, output captured, wall time measured. */
final class Processes {
  private Processes() {}

  /** Returns the path of the running JVM's {@code java}. */
  static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** Runs a command and returns its standard output; fails on a non-zero exit. */
  static String output(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int status = process.waitFor();
    if (status != 0) {
      throw new IllegalStateException(
          "`" + String.join(" ", command) + "` exited with " + status + ":\n" + output);
    }
    return output;
  }

  /** The outcome of a timed run. */
  record Timed(long wallMillis, int exitCode, String output) {}

  /** Runs a command to its end and measures its wall-clock time, start to exit. */
  static Timed timed(List<String> command) throws IOException, InterruptedException {
    Stopwatch stopwatch = Stopwatch.start();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int status = process.waitFor();
    return new Timed(stopwatch.elapsedMillis(), status, output);
  }
}
