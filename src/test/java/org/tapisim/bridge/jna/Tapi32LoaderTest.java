package org.tapisim.bridge.jna;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Tapi32LoaderTest {

  @Test
  void a_missing_library_file_is_reported_in_one_line_naming_the_path() {
    Path missing = Path.of("no/such/libtapi32.so");

    assertThatThrownBy(() -> Tapi32Loader.load(missing))
        .isInstanceOf(Tapi32UnavailableException.class)
        .hasMessageStartingWith("tapi32 is not available")
        .hasMessageContaining(missing.toAbsolutePath().toString())
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void a_file_that_is_not_a_library_is_reported_in_one_line(@TempDir Path dir) throws Exception {
    Path notALibrary = Files.writeString(dir.resolve("libtapi32.so"), "not an ELF file\nat all");

    assertThatThrownBy(() -> Tapi32Loader.load(notALibrary))
        .isInstanceOf(Tapi32UnavailableException.class)
        .hasMessageContaining("cannot load it from " + notALibrary.toAbsolutePath())
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("\r"));
  }

  @Test
  void an_exception_message_is_kept_to_one_line() {
    var e = new Tapi32UnavailableException("first\r\n  second\nthird ", null);

    assertThat(e.getMessage()).isEqualTo("first second third");
  }
}
