package org.tapisim.cli;

/**
 * The user gave input tapisim cannot use: a file that cannot be read or written, an invalid script,
 * an unavailable bridge. The message is printed as it is, one line per problem; the exit code is 2.
 */
final class BadInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  BadInputException(String message) {
    super(message, null, false, false);
  }
}
