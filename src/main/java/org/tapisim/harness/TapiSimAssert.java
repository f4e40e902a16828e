package org.tapisim.harness;

import java.util.Objects;
import java.util.function.Supplier;
import org.assertj.core.api.AbstractAssert;

/**
 * What the harness's assertion classes share: a check that fails with a message in {@link
 * Messages}' shape naming the object under test. Not thread-safe, like every AssertJ assertion
 * object.
 */
abstract class TapiSimAssert<SELF extends TapiSimAssert<SELF, ACTUAL>, ACTUAL>
    extends AbstractAssert<SELF, ACTUAL> {

  TapiSimAssert(ACTUAL actual, Class<?> selfType) {
    super(actual, selfType);
  }

  /** Names the object under test in failure messages, e.g. {@code session alice/sales}. */
  abstract String entity();

  /**
   * Fails unless {@code found} equals {@code expected}, handing both to the IDE's comparison view;
   * the message shows them as {@code expectedText} and {@code foundText}, which is only computed on
   * failure (it may read more of the object, over TAPI a request each).
   */
  final SELF expectEqual(
      Object found,
      Object expected,
      String expectation,
      Object expectedText,
      String finding,
      Supplier<Object> foundText) {
    if (!Objects.equals(found, expected)) {
      failWithActualExpectedAndMessage(
          found,
          expected,
          "%s",
          Messages.expecting(entity(), expectation, expectedText, finding, foundText.get()));
    }
    return myself;
  }

  /**
   * Fails unless {@code holds}, with a message showing the expected and the found text, which is
   * only computed on failure.
   */
  final SELF expectThat(
      boolean holds,
      String expectation,
      Object expectedText,
      String finding,
      Supplier<Object> foundText) {
    if (!holds) {
      failWithMessage(
          "%s", Messages.expecting(entity(), expectation, expectedText, finding, foundText.get()));
    }
    return myself;
  }
}
