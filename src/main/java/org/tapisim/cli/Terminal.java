package org.tapisim.cli;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;

/** Tells whether standard error is a terminal, where a progress line makes sense. */
final class Terminal {
  private Terminal() {}

  /** The C library's isatty, on Unix-like systems. */
  interface CLibrary extends Library {
    int isatty(int fd);
  }

  /** Returns whether file descriptor 2 (standard error) is a terminal. */
  static boolean isStandardErrorATerminal() {
    if (Platform.isWindows()) {
      return System.console() != null;
    }
    try {
      return Native.load("c", CLibrary.class).isatty(2) == 1;
    } catch (UnsatisfiedLinkError | RuntimeException e) {
      return false;
    }
  }
}
