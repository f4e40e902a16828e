package org.tapisim.harness;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Marks a fixture class of an EngineTestKit test: it runs only when the test kit runs it (with the
 * configuration parameter {@value #ENABLED}), and is skipped when an IDE or {@code -Dtest=…} picks
 * it up directly, since some fixtures fail on purpose.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(Fixture.OnlyInTheTestKit.class)
@interface Fixture {
  /** The configuration parameter the EngineTestKit runs set. */
  String ENABLED = "org.tapisim.harness.fixtures";

  /** Enables a fixture only under the EngineTestKit. */
  final class OnlyInTheTestKit implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      return context.getConfigurationParameter(ENABLED).isPresent()
          ? ConditionEvaluationResult.enabled("run by the EngineTestKit")
          : ConditionEvaluationResult.disabled("a fixture of an EngineTestKit test");
    }
  }
}
