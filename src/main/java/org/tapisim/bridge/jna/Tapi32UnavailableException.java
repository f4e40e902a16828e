package org.tapisim.bridge.jna;

/**
 * tapi32 (or the stand-in for it) could not be loaded. The message is one line, fit to print as it
 * is before exiting. Unchecked; immutable and thread-safe.
 */
public final class Tapi32UnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; line breaks in {@code message} are turned into spaces. */
  public Tapi32UnavailableException(String message, Throwable cause) {
    super(oneLine(message), cause);
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
  }
}
