package org.tapisim.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code tapisim} command; it only groups the subcommands. */
@Command(
    name = "tapisim",
    mixinStandardHelpOptions = true,
    versionProvider = TapisimCommand.Version.class,
    description = "A TAPI call-center simulator and test harness.",
    subcommands = {
      RunCommand.class,
      ValidateCommand.class,
      ProbeCommand.class,
      RecordCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Exit codes: 0 all expectations met, 1 an expectation failed,",
      "2 bad input (usage, script, file), 3 internal error."
    })
final class TapisimCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "a command is missing: run, validate, probe, record or bench");
  }

  /** Reads the version the build wrote into {@code version.properties}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties properties = new Properties();
      try (InputStream in = TapisimCommand.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      }
      return new String[] {
        "tapisim " + properties.getProperty("version", "(development build)"),
        "Java " + System.getProperty("java.version") + " on " + System.getProperty("os.name")
      };
    }
  }
}
