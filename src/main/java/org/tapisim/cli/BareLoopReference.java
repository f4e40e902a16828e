package org.tapisim.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * The speed reference the benchmarks are quoted against: {@code BareLoop.java}, compiled from the
 * path the user gives into a temporary directory, which {@link #close()} deletes, and run in its
 * own JVM.
 */
final class BareLoopReference implements AutoCloseable {
  private static final Pattern CALLS_PER_S = Pattern.compile("calls_per_s=(\\d+)");

  private final Path classes;

  private BareLoopReference(Path classes) {
    this.classes = classes;
  }

  /** Compiles {@code source} into a temporary directory. */
  static BareLoopReference compile(Path source) throws IOException {
    if (!Files.isRegularFile(source)) {
      throw new BadInputException(
          "bench: no BareLoop.java at " + source + " (give its path with --bare)");
    }
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    if (compiler == null) {
      throw new BadInputException("bench: compiling BareLoop.java needs a JDK, not a JRE");
    }
    Path classes = Files.createTempDirectory("tapisim-bareloop");
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int status =
        compiler.run(
            null, diagnostics, diagnostics, "-d", classes.toString(), "-nowarn", source.toString());
    BareLoopReference reference = new BareLoopReference(classes);
    if (status != 0) {
      reference.close();
      String first =
          diagnostics.toString(StandardCharsets.UTF_8).strip().lines().findFirst().orElse("");
      throw new BadInputException("bench: BareLoop.java does not compile: " + first);
    }
    return reference;
  }

  /** Deletes the compiled classes. */
  @Override
  public void close() throws IOException {
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }

  /** Returns the command that runs it with {@code args}, in a JVM with {@code jvmArgs}. */
  List<String> command(List<String> jvmArgs, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Processes.javaExecutable());
    command.addAll(jvmArgs);
    command.add("-cp");
    command.add(classes.toString());
    command.add("BareLoop");
    command.addAll(List.of(args));
    return command;
  }

  /** Runs it in-JVM-fresh and returns the calls per second of each repetition. */
  List<Double> callsPerSecond(long calls, int agents, double aht, double occupancy, int reps)
      throws IOException, InterruptedException {
    String output =
        Processes.output(
            command(
                List.of(),
                "--calls",
                Long.toString(calls),
                "--agents",
                Integer.toString(agents),
                "--aht",
                format(aht),
                "--occ",
                format(occupancy),
                "--reps",
                Integer.toString(reps)));
    List<Double> rates = new ArrayList<>();
    Matcher m = CALLS_PER_S.matcher(output);
    while (m.find()) {
      rates.add(Double.parseDouble(m.group(1)));
    }
    if (rates.size() != reps) {
      throw new IllegalStateException("unexpected BareLoop output: " + output);
    }
    return rates;
  }

  static String format(double value) {
    return String.format(Locale.ROOT, "%s", value);
  }
}
