package org.tapisim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tapisim bench}'s bad input: one line, exit 2, and nothing left behind. */
class BenchCommandTest {

  private static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new String[] {Integer.toString(code), out.toString(), err.toString()};
  }

  private static long compiledReferences() throws IOException {
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files.filter(f -> f.getFileName().toString().startsWith("tapisim-bareloop")).count();
    }
  }

  @Test
  void a_missing_reference_is_named() {
    String[] result = run("bench", "--bare", "no/such/BareLoop.java");

    assertThat(result[0]).isEqualTo("2");
    assertThat(result[2].lines())
        .containsExactly(
            "bench: no BareLoop.java at no/such/BareLoop.java (give its path with --bare)");
  }

  @Test
  void a_reference_that_does_not_compile_gets_one_line_and_leaves_no_classes(@TempDir Path dir)
      throws IOException {
    Path source = Files.writeString(dir.resolve("BareLoop.java"), "class BareLoop { int x = ; }\n");
    long before = compiledReferences();

    String[] result = run("bench", "--bare", source.toString());

    assertThat(result[0]).isEqualTo("2");
    assertThat(result[1]).isEmpty();
    assertThat(result[2].lines())
        .singleElement()
        .asString()
        .startsWith("bench: BareLoop.java does not compile: " + source + ":1: error:");
    assertThat(compiledReferences()).isEqualTo(before);
  }
}
