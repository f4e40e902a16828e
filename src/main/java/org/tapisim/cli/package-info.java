/**
 * The {@code tapisim} command line, with picocli: {@code run} (replay a script: event log, summary,
 * report, verdict), {@code validate}, {@code probe} and {@code record} (through the bridge to
 * tapi32) and {@code bench} (tapisim against BareLoop). {@link org.tapisim.cli.Main} maps outcomes
 * to exit codes: 0 every expectation met, 1 one failed, 2 bad input (one line naming the file and
 * position or the argument), 3 an internal error.
 *
 * <p>The only package that writes to standard output and error, always through the command line's
 * writers so that tests can capture them. Depends on everything; nothing depends on it.
 */
package org.tapisim.cli;
