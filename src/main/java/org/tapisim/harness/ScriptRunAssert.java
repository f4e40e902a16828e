package org.tapisim.harness;

import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.tapisim.scenario.Verdict;

/**
 * Assertions about a {@link ScriptRun}: whether the script's own {@code expect:} section holds for
 * what has happened so far. Get one from {@link TapiSimAssertions#assertThat(ScriptRun)}.
 *
 * <p>Failure messages name the script and list every failed expectation as {@code FILE:LINE:COLUMN:
 * message}, one per line. Not thread-safe, like every AssertJ assertion object.
 */
public final class ScriptRunAssert extends AbstractAssert<ScriptRunAssert, ScriptRun> {

  ScriptRunAssert(ScriptRun actual) {
    super(actual, ScriptRunAssert.class);
  }

  /**
   * Verifies that every expectation of the script (and every timeline step with {@code
   * expect-error}) holds for what has happened so far; run the script first, e.g. with {@link
   * ScriptRun#runToEnd()}.
   */
  public ScriptRunAssert meetsAllExpectations() {
    isNotNull();
    List<Verdict> verdicts = actual.verdicts();
    List<Verdict> failures = verdicts.stream().filter(v -> !v.passed()).toList();
    if (!failures.isEmpty()) {
      failWithMessage(
          "%s",
          Messages.expecting(
              "script " + actual.scenario().file(),
              "to meet all its expectations",
              verdicts.size() + " of " + verdicts.size() + " met",
              "but " + failures.size() + " of " + verdicts.size() + " failed",
              failures.stream()
                  .map(v -> "  " + v)
                  .collect(Collectors.joining(System.lineSeparator()))));
    }
    return this;
  }
}
