package org.tapisim.bridge.jna;

import com.sun.jna.Function;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import com.sun.jna.win32.W32APIFunctionMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Loads {@link Tapi32} explicitly, never in a static initializer: from a file, or by the name
 * {@code tapi32} (JNA's {@code jna.library.path}, then the system's search: tapi32.dll on Windows,
 * {@code libtapi32.so}, the native stand-in, elsewhere).
 *
 * <p>The binding uses the platform's C calling convention, stdcall on 32-bit Windows, and a
 * function mapper that prefers the exported {@code W} name. Stateless and thread-safe.
 */
public final class Tapi32Loader {
  /** The library name looked up by {@link #loadDefault()}. */
  public static final String LIBRARY_NAME = "tapi32";

  private Tapi32Loader() {}

  /**
   * Loads the library at {@code library} (a tapi32.dll, or the stand-in's libtapi32.so).
   *
   * @throws Tapi32UnavailableException if the file is missing or cannot be loaded
   */
  public static Tapi32 load(Path library) {
    Objects.requireNonNull(library, "library");
    Path absolute = library.toAbsolutePath();
    if (!Files.isRegularFile(absolute)) {
      throw new Tapi32UnavailableException(
          "tapi32 is not available: no library file at " + absolute, null);
    }
    return load(absolute.toString(), Tapi32.class, "from " + absolute);
  }

  /**
   * Loads the library by the name {@code tapi32}: from {@code jna.library.path} if that holds it,
   * else the system's.
   *
   * @throws Tapi32UnavailableException if no such library can be loaded
   */
  public static Tapi32 loadDefault() {
    return load(LIBRARY_NAME, Tapi32.class, "by the name '" + LIBRARY_NAME + "'");
  }

  /**
   * Loads another interface from the same kind of library with the same options, for example the
   * native stand-in's own test functions.
   *
   * @param library the library's path or name
   * @param type the interface to bind
   * @throws Tapi32UnavailableException if the library cannot be loaded
   */
  public static <T extends Library> T load(String library, Class<T> type, String where) {
    try {
      return Native.load(library, type, options());
    } catch (UnsatisfiedLinkError | RuntimeException e) {
      String reason = Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName());
      String first = firstLine(reason).strip();
      if (first.endsWith(":")) {
        first = first.substring(0, first.length() - 1); // JNA lists its attempts on later lines
      }
      throw new Tapi32UnavailableException(
          "tapi32 is not available: cannot load it " + where + " (" + first + ")", e);
    }
  }

  /** Returns the JNA options of the binding: the Unicode mapper and the calling convention. */
  static Map<String, Object> options() {
    int convention =
        Platform.isWindows() && !Platform.is64Bit()
            ? Function.ALT_CONVENTION
            : Function.C_CONVENTION;
    return Map.of(
        Library.OPTION_FUNCTION_MAPPER,
        W32APIFunctionMapper.UNICODE,
        Library.OPTION_CALLING_CONVENTION,
        convention);
  }

  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    return (end >= 0 ? text.substring(0, end) : text).strip();
  }
}
