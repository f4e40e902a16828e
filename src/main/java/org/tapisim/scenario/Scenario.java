package org.tapisim.scenario;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.tapisim.acd.AgentConfig;
import org.tapisim.acd.GroupConfig;
import org.tapisim.acd.Traffic;

/**
 * A scenario script, read and validated: the switch's configuration (groups, agents, traffic), the
 * scripted timeline and the expectations. Every name in it refers to something defined. Immutable.
 *
 * @param file the script it was read from
 * @param title the {@code scenario:} title
 * @param description the {@code description:}, or empty
 * @param seed the seed of every random stream
 * @param start the instant of sim time zero
 * @param until the horizon, or {@code null} to run until nothing is left to happen
 * @param groups the groups, in file order
 * @param agents the agents, pools expanded, in file order
 * @param traffic the generated call streams
 * @param timeline the scripted steps in time order (file order within one time)
 * @param expectations the expectations, in file order
 */
public record Scenario(
    Path file,
    String title,
    String description,
    long seed,
    Instant start,
    Duration until,
    List<GroupConfig> groups,
    List<AgentConfig> agents,
    List<Traffic> traffic,
    List<TimelineStep> timeline,
    List<Expectation> expectations) {

  /** Checks the parts and copies the lists. */
  public Scenario {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(start, "start");
    groups = List.copyOf(groups);
    agents = List.copyOf(agents);
    traffic = List.copyOf(traffic);
    timeline = List.copyOf(timeline);
    expectations = List.copyOf(expectations);
  }

  /**
   * Reads and validates a script.
   *
   * @throws ScriptException with every problem found, each as {@code FILE:LINE:COLUMN: message}
   */
  public static Scenario load(Path file) throws ScriptException {
    return ScenarioBinder.bind(file, ScriptReader.read(file));
  }

  /** Reads and validates script text as if it came from {@code file}. */
  public static Scenario parse(Path file, String text) throws ScriptException {
    return ScenarioBinder.bind(file, ScriptReader.parse(file, text));
  }

  /**
   * Parses a duration in the script syntax ({@code 30s}, {@code 1h30m}, {@code PT30S}), e.g. for a
   * command-line option.
   *
   * @throws IllegalArgumentException with a one-line message saying what is wrong
   */
  public static Duration parseDuration(String text) {
    try {
      return Values.duration(text);
    } catch (Values.Invalid e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /** Returns a copy with another seed (the CLI's {@code --seed}). */
  public Scenario withSeed(long newSeed) {
    return new Scenario(
        file,
        title,
        description,
        newSeed,
        start,
        until,
        groups,
        agents,
        traffic,
        timeline,
        expectations);
  }

  /** Returns a copy with another horizon (the CLI's {@code --until}). */
  public Scenario withUntil(Duration newUntil) {
    return new Scenario(
        file,
        title,
        description,
        seed,
        start,
        newUntil,
        groups,
        agents,
        traffic,
        timeline,
        expectations);
  }
}
