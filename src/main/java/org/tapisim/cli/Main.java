package org.tapisim.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * The {@code tapisim} command line: {@code run} and {@code validate} for scenario scripts, {@code
 * probe} and {@code record} for a TAPI line through the bridge, {@code bench} for the speed and
 * memory benchmarks, and their help.
 *
 * <p>Exit codes: 0 every expectation met; 1 an expectation failed; 2 bad input (usage, an
 * unreadable or invalid script, a missing file, an unavailable bridge), printed as one line naming
 * the file and position or the argument; 3 an internal error (a bug).
 */
public final class Main {
  /** Every expectation was met. */
  public static final int OK = 0;

  /** An expectation failed or a step was wrongly rejected. */
  public static final int FAILED = 1;

  /** Bad input: usage, script, file, or an unavailable bridge. */
  public static final int BAD_INPUT = 2;

  /** A bug in tapisim. */
  public static final int INTERNAL_ERROR = 3;

  private Main() {}

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code = execute(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs the command line with the given writers and returns its exit code. */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = commandLine();
    commandLine.setOut(out);
    commandLine.setErr(err);
    return commandLine.execute(args);
  }

  /** Returns the configured command line. */
  static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new TapisimCommand());
    commandLine.setExecutionExceptionHandler(Main::onException);
    commandLine.setParameterExceptionHandler(Main::onBadArguments);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    return commandLine;
  }

  private static int onBadArguments(CommandLine.ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    command
        .getErr()
        .println(
            command.getCommandName()
                + ": "
                + e.getMessage().replaceAll("\\s+", " ").trim()
                + " (see "
                + command.getCommandSpec().qualifiedName()
                + " --help)");
    return BAD_INPUT;
  }

  private static int onException(
      Exception e, CommandLine command, CommandLine.ParseResult parseResult) {
    PrintWriter err = command.getErr();
    if (e instanceof BadInputException bad) {
      err.println(bad.getMessage());
      return BAD_INPUT;
    }
    err.println(
        command.getCommandSpec().qualifiedName()
            + ": internal error, please report it with the script and this trace: "
            + e);
    e.printStackTrace(err);
    return INTERNAL_ERROR;
  }
}
