package org.tapisim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tapisim.scenario.Scenario;
import org.tapisim.scenario.ScriptException;
import org.tapisim.scenario.ScriptProblem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code tapisim validate SCRIPT...}: checks scripts without running them. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Checks scenario scripts without running them.",
      "Each problem is printed as FILE:LINE:COLUMN: what is wrong."
    })
final class ValidateCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "SCRIPT", description = "Scenario scripts (YAML).")
  List<Path> scripts;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean allValid = true;
    for (Path script : scripts) {
      if (script.toString().isEmpty()) {
        // Path.of("") is the working directory: say what was given instead
        err.println("validate: an empty argument is not a scenario script");
        allValid = false;
        continue;
      }
      try {
        Scenario scenario = Scenario.load(script);
        out.println(
            script
                + ": ok ("
                + scenario.title()
                + "; "
                + scenario.groups().size()
                + " groups, "
                + scenario.agents().size()
                + " agents, "
                + scenario.timeline().size()
                + " timeline steps, "
                + scenario.expectations().size()
                + " expectations)");
      } catch (ScriptException e) {
        allValid = false;
        for (ScriptProblem problem : e.problems()) {
          err.println(problem);
        }
      }
    }
    out.flush();
    return allValid ? Main.OK : Main.BAD_INPUT;
  }
}
