/**
 * Scenario scripts: reading a YAML script with the position of every value, binding and checking it
 * into a {@link org.tapisim.scenario.Scenario} (every problem reported as {@code FILE:LINE:COLUMN:
 * what is wrong}, with the nearest valid name), and replaying it on a fresh simulator with {@link
 * org.tapisim.scenario.ScenarioRunner}: the timeline's steps at their sim times, the expectations
 * judged into {@link org.tapisim.scenario.Verdict}s, in virtual or real time. {@link
 * org.tapisim.scenario.ErlangCheck} finds the groups the Erlang formulas describe.
 *
 * <p>Sub-packages: {@code erlang} holds the Erlang B, C and A formulas; {@code output} the event
 * logs, the run summary and the HTML report. Depends on {@code acd}, {@code model}, {@code clock},
 * Jackson (with its YAML parser) and the SLF4J API. Records here are immutable; a runner runs once
 * and may be stopped from any thread.
 */
package org.tapisim.scenario;
