package org.tapisim.harness;

/**
 * How long one simulator lives under the {@link TapiSimExtension}: a fresh one for every test (the
 * default), or one shared by the tests of a class. Immutable.
 */
public enum SimulatorScope {
  /**
   * Every test (every invocation of a repeated or parameterized test) gets its own simulator at sim
   * time zero, closed after the test.
   */
  PER_TEST,

  /**
   * The tests of a class share one simulator and one event recorder, built before the first test
   * and closed after the last; sim time goes on from test to test. Register the extension on a
   * {@code static} field for this scope. In virtual time the tests of the class must not run
   * concurrently (the extension fails a test that would share the simulator with another running
   * test); in real time the simulator is thread-safe and they may.
   */
  PER_CLASS
}
