/**
 * The test harness: a JUnit 5 extension, AssertJ assertions and Awaitility helpers that let CTI
 * code (agent desktops, wallboards, routing logic) be tested against the simulated switch in the
 * user's own JUnit 5 suites, without a PBX.
 *
 * <ul>
 *   <li>{@link org.tapisim.harness.TapiSimTest @TapiSimTest} (declarative, from a scenario script)
 *       and {@link org.tapisim.harness.TapiSimExtension} (programmatic, with a builder) give each
 *       test a fresh {@link org.tapisim.acd.AcdSimulator} at sim time zero, a {@link
 *       org.tapisim.harness.RecordedEvents} of every event and, for a script, its {@link
 *       org.tapisim.harness.ScriptRun}; the simulator is closed after the test.
 *   <li>{@link org.tapisim.harness.TapiSimAssertions} is the entry point of the assertions about
 *       sessions, agents, queues, recorded events and scripts' expectations.
 *   <li>{@link org.tapisim.harness.TapiSimAwait} waits for asynchronous code in real time.
 * </ul>
 *
 * <p>JUnit Jupiter's API, AssertJ and Awaitility are optional dependencies of tapisim: a project
 * that uses this package brings them (it has them in its test scope anyway). This package depends
 * on {@code scenario}, {@code acd}, {@code model} and those libraries; the extension keeps its
 * state in JUnit's extension store, never in fields, and there are no mutable static defaults.
 */
package org.tapisim.harness;
