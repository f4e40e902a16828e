package org.tapisim.cli;

import java.nio.file.Path;
import java.time.Clock;
import org.tapisim.bridge.Tapi32CallCenter;
import org.tapisim.bridge.jna.Tapi32;
import org.tapisim.bridge.jna.Tapi32Loader;
import org.tapisim.bridge.jna.Tapi32UnavailableException;
import org.tapisim.model.TapiException;
import picocli.CommandLine.Option;

/** The options that choose a tapi32 and a line device, shared by probe and record. */
final class BridgeOptions {
  @Option(
      names = "--library",
      paramLabel = "PATH",
      description =
          "The tapi32 library to load, e.g. target/native/libtapi32.so (the stand-in);"
              + " default: the system's tapi32.")
  Path library;

  @Option(
      names = "--device",
      paramLabel = "N",
      defaultValue = "0",
      description = "The TAPI line device (default: ${DEFAULT-VALUE}).")
  int device;

  /** Returns a description of the library for messages. */
  String describe() {
    return library != null ? library.toString() : "the system's tapi32";
  }

  /**
   * Loads tapi32 and opens the line, stamping events with {@code clock}.
   *
   * @throws BadInputException with one line when tapi32 cannot be loaded or the line not opened
   */
  Tapi32CallCenter open(String command, Clock clock) {
    Tapi32 tapi;
    try {
      tapi = library != null ? Tapi32Loader.load(library) : Tapi32Loader.loadDefault();
    } catch (Tapi32UnavailableException e) {
      String hint =
          library == null && !com.sun.jna.Platform.isWindows()
              ? "; tapi32 is Windows's: here, give the stand-in with --library"
                  + " target/native/libtapi32.so"
              : "";
      throw new BadInputException(command + ": " + oneLine(e.getMessage()) + hint);
    }
    try {
      return Tapi32CallCenter.builder(tapi)
          .deviceId(device)
          .applicationName("tapisim " + command)
          .clock(clock)
          .open();
    } catch (TapiException e) {
      throw new BadInputException(
          command
              + ": cannot open line device "
              + device
              + " of "
              + describe()
              + ": "
              + oneLine(e.getMessage()));
    }
  }

  private static String oneLine(String text) {
    return text == null ? "unknown error" : text.replaceAll("\\s+", " ").trim();
  }
}
