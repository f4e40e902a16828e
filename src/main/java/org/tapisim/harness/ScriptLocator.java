package org.tapisim.harness;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.tapisim.scenario.Scenario;
import org.tapisim.scenario.ScriptException;
import org.tapisim.scenario.ScriptProblem;

/**
 * Finds a scenario script on the test classpath, else relative to the working directory, and reads
 * it; a script that cannot be found, read or used becomes one {@link
 * ExtensionConfigurationException} listing every problem as {@code FILE:LINE:COLUMN: message}.
 * Stateless.
 */
final class ScriptLocator {
  private ScriptLocator() {}

  /**
   * Loads and validates a script.
   *
   * @param script a classpath resource name or a file path
   * @param loader the class loader of the test class
   * @throws ExtensionConfigurationException if it cannot be found, read or used
   */
  static Scenario load(String script, ClassLoader loader) {
    if (script.isBlank()) {
      throw new ExtensionConfigurationException("tapisim: the script name is blank");
    }
    String resource = script.startsWith("/") ? script.substring(1) : script;
    URL url = loader == null ? null : loader.getResource(resource);
    try {
      if (url != null) {
        Path file = asFile(url);
        return file != null
            ? Scenario.load(file)
            : Scenario.parse(Path.of(resource), read(url, script));
      }
      Path file = Path.of(script);
      if (Files.isRegularFile(file)) {
        return Scenario.load(file);
      }
      throw new ExtensionConfigurationException(
          "tapisim: cannot find the script "
              + script
              + ": it is neither on the test classpath nor at "
              + file.toAbsolutePath().normalize());
    } catch (ScriptException e) {
      throw new ExtensionConfigurationException(describe(script, e));
    }
  }

  /** Returns the message for an unusable script: a heading and one line per problem. */
  static String describe(String script, ScriptException e) {
    String problems =
        e.problems().stream()
            .map(ScriptProblem::toString)
            .map(line -> "  " + line)
            .collect(Collectors.joining(System.lineSeparator()));
    int count = e.problems().size();
    return "tapisim: the script "
        + script
        + " cannot be used ("
        + count
        + (count == 1 ? " problem" : " problems")
        + "):"
        + System.lineSeparator()
        + problems;
  }

  private static Path asFile(URL url) {
    if (!"file".equals(url.getProtocol())) {
      return null;
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  private static String read(URL url, String script) {
    try (InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ExtensionConfigurationException(
          "tapisim: cannot read the script " + script + " from " + url + ": " + e.getMessage());
    }
  }
}
