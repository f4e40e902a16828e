package org.tapisim.scenario;

import java.util.List;

/**
 * A scenario script cannot be used: it holds every problem found, each printable as one line {@code
 * FILE:LINE:COLUMN: message}. Nothing of the script has run when this is thrown.
 */
public final class ScriptException extends Exception {
  private static final long serialVersionUID = 1L;

  /** The problems, in file order. */
  private final transient List<ScriptProblem> problems;

  /** Creates the exception for one or more problems. */
  public ScriptException(List<ScriptProblem> problems) {
    super(problems.isEmpty() ? "invalid script" : problems.get(0).toString());
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("no problem given");
    }
    this.problems = problems.stream().sorted().toList();
  }

  /** Creates the exception for one problem. */
  public ScriptException(ScriptProblem problem) {
    this(List.of(problem));
  }

  /** Returns the problems in file order. */
  public List<ScriptProblem> problems() {
    return problems;
  }
}
