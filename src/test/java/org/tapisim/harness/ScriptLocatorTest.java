package org.tapisim.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.io.TempDir;
import org.tapisim.scenario.Scenario;

/** Scripts are looked up on the test classpath first, then relative to the working directory. */
class ScriptLocatorTest {
  private final ClassLoader loader = getClass().getClassLoader();

  @Test
  void finds_a_classpath_resource_with_or_without_a_leading_slash() {
    Scenario plain = ScriptLocator.load("scripts/agent-desktop.yaml", loader);
    Scenario slashed = ScriptLocator.load("/scripts/agent-desktop.yaml", loader);

    assertThat(plain.title()).startsWith("Agent desktop");
    assertThat(slashed).isEqualTo(plain);
    assertThat(plain.file()).isAbsolute().endsWith(Path.of("scripts", "agent-desktop.yaml"));
  }

  @Test
  void falls_back_to_the_working_directory() {
    Scenario scenario = ScriptLocator.load("test-scripts/quickstart.yaml", loader);

    assertThat(scenario.file()).isEqualTo(Path.of("test-scripts/quickstart.yaml"));
  }

  @Test
  void prefers_the_classpath_over_the_working_directory(@TempDir Path dir) throws IOException {
    Path onClasspath = dir.resolve("test-scripts/quickstart.yaml");
    Files.createDirectories(onClasspath.getParent());
    Files.writeString(
        onClasspath,
        Files.readString(Path.of("test-scripts/quickstart.yaml"))
            .replace("scenario: Quick start", "scenario: Classpath copy of quick start"));
    try (URLClassLoader classpath = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
      assertThat(ScriptLocator.load("test-scripts/quickstart.yaml", classpath).title())
          .startsWith("Classpath copy");
    }
  }

  @Test
  void reads_a_script_packed_in_a_jar(@TempDir Path dir) throws IOException {
    Path jar = dir.resolve("scripts.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new JarEntry("packed/quickstart.yaml"));
      out.write(Files.readAllBytes(Path.of("test-scripts/quickstart.yaml")));
      out.closeEntry();
    }
    try (URLClassLoader classpath = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      Scenario scenario = ScriptLocator.load("packed/quickstart.yaml", classpath);

      assertThat(scenario.seed()).isEqualTo(42);
      assertThat(scenario.file()).isEqualTo(Path.of("packed/quickstart.yaml"));
    }
  }

  @Test
  void a_blank_name_is_refused() {
    assertThatThrownBy(() -> ScriptLocator.load(" ", loader))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage("tapisim: the script name is blank");
  }

  @Test
  void one_problem_is_counted_in_the_singular(@TempDir Path dir) throws IOException {
    Path script = dir.resolve("one.yaml");
    Files.writeString(
        script,
        "scenario: One problem\nseed: many\ngroups:\n  sales: {}\nagents:\n  alice: { groups: [sales] }\n");

    assertThatThrownBy(() -> ScriptLocator.load(script.toString(), loader))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessageStartingWith("tapisim: the script " + script + " cannot be used (1 problem):")
        .hasMessageContaining(System.lineSeparator() + "  " + script + ":2:7: ");
  }
}
