package org.tapisim.scenario.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte buffer that event records are built in, with hand-written appends of ASCII,
 * UTF-8, JSON and CSV text and of numbers, so that writing an event allocates nothing.
 *
 * <p>It also tracks the display column of the current line (characters, not bytes) for the text
 * format's alignment. Not thread-safe.
 */
final class ByteSink {
  /** Once this much is buffered, the owner writes it out after the record in progress. */
  static final int FLUSH_THRESHOLD = 1 << 16;

  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  private static final int NANOS_PER_SECOND = 1_000_000_000;

  private byte[] buffer = new byte[FLUSH_THRESHOLD * 2];
  private int position;
  private int lineStart;

  /** Bytes beyond one per character written since the line started (multi-byte UTF-8). */
  private int lineExtraBytes;

  /** Returns how many bytes are buffered. */
  int size() {
    return position;
  }

  /** Tells whether enough is buffered to be worth writing out. */
  boolean isFull() {
    return position >= FLUSH_THRESHOLD;
  }

  /** Writes everything buffered to {@code out} and empties the buffer. */
  void drainTo(OutputStream out) throws IOException {
    if (position > 0) {
      out.write(buffer, 0, position);
    }
    position = 0;
    lineStart = 0;
    lineExtraBytes = 0;
  }

  /** Returns a copy of what is buffered (for tests). */
  byte[] toByteArray() {
    return Arrays.copyOf(buffer, position);
  }

  private void ensure(int more) {
    if (position + more > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, position + more));
    }
  }

  // ------------------------------------------------------------------ plain text

  /** Appends bytes known to be ASCII (pre-encoded keys and names). */
  ByteSink ascii(byte[] bytes) {
    ensure(bytes.length);
    System.arraycopy(bytes, 0, buffer, position, bytes.length);
    position += bytes.length;
    return this;
  }

  // ------------------------------------------------------------------ cache of encoded ids

  private static final int JSON = 0;
  private static final int PRINTABLE = 1;
  private static final int UTF8 = 2;
  private static final int CACHE_SLOTS = 512;
  private static final int CACHE_PROBES = 8;
  private static final int CACHE_MAX_LENGTH = 64;

  /**
   * The encoded bytes of recently written short strings, per encoding, in an open-addressing table
   * keyed by the string's identity: the switch hands the same id strings over and over, so most ids
   * are copied instead of being scanned and escaped again. Bounded: 512 entries of at most 64 chars
   * per encoding; a new string that finds no free slot near its own replaces what is there.
   */
  private final String[][] cachedStrings = new String[3][CACHE_SLOTS];

  private final byte[][][] cachedBytes = new byte[3][CACHE_SLOTS][];
  private final int[][] cachedExtra = new int[3][CACHE_SLOTS];

  private ByteSink cached(String text, int encoding) {
    if (text.length() > CACHE_MAX_LENGTH) {
      encode(text, encoding);
      return this;
    }
    String[] strings = cachedStrings[encoding];
    int home = System.identityHashCode(text) & (CACHE_SLOTS - 1);
    int slot = home;
    for (int probe = 0; probe < CACHE_PROBES; probe++) {
      int candidate = (home + probe) & (CACHE_SLOTS - 1);
      String known = strings[candidate];
      if (known == text) {
        byte[] bytes = cachedBytes[encoding][candidate];
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buffer, position, bytes.length);
        position += bytes.length;
        lineExtraBytes += cachedExtra[encoding][candidate];
        return this;
      }
      if (known == null) {
        slot = candidate;
        break;
      }
    }
    int from = position;
    int extraBefore = lineExtraBytes;
    encode(text, encoding);
    strings[slot] = text;
    cachedBytes[encoding][slot] = Arrays.copyOfRange(buffer, from, position);
    cachedExtra[encoding][slot] = lineExtraBytes - extraBefore;
    return this;
  }

  private void encode(String text, int encoding) {
    switch (encoding) {
      case JSON -> jsonStringBodyUncached(text);
      case PRINTABLE -> printableUncached(text);
      default -> utf8Uncached(text);
    }
  }

  /** Appends pre-encoded UTF-8 that takes {@code columns} characters on screen. */
  ByteSink encoded(byte[] bytes, int columns) {
    ascii(bytes);
    lineExtraBytes += bytes.length - columns;
    return this;
  }

  /** Appends one ASCII character. */
  ByteSink ascii(char c) {
    ensure(1);
    buffer[position++] = (byte) c;
    return this;
  }

  /** Appends a string known to be ASCII. */
  ByteSink ascii(String text) {
    int length = text.length();
    ensure(length);
    for (int i = 0; i < length; i++) {
      buffer[position++] = (byte) text.charAt(i);
    }
    return this;
  }

  /** Appends any string as UTF-8 (an unpaired surrogate becomes {@code ?}). */
  ByteSink utf8(String text) {
    return cached(text, UTF8);
  }

  private void utf8Uncached(String text) {
    int length = text.length();
    ensure(length);
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        buffer[position++] = (byte) c;
      } else {
        i = utf8Char(text, i);
        ensure(length - i);
      }
    }
  }

  /**
   * Appends a string for display, as UTF-8 with control characters (which would break the line or
   * the alignment) shown as {@code ?}.
   */
  ByteSink printable(String text) {
    return cached(text, PRINTABLE);
  }

  private void printableUncached(String text) {
    int length = text.length();
    ensure(length);
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x7F) {
        buffer[position++] = (byte) c;
      } else if (c < 0xA0) {
        buffer[position++] = '?';
      } else {
        i = utf8Char(text, i);
        ensure(length - i);
      }
    }
  }

  /** Encodes the non-ASCII character at {@code i}; returns the index of its last char. */
  private int utf8Char(String text, int i) {
    char c = text.charAt(i);
    ensure(4);
    if (c < 0x800) {
      buffer[position++] = (byte) (0xC0 | (c >> 6));
      buffer[position++] = (byte) (0x80 | (c & 0x3F));
      lineExtraBytes += 1;
      return i;
    }
    if (Character.isHighSurrogate(c)
        && i + 1 < text.length()
        && Character.isLowSurrogate(text.charAt(i + 1))) {
      int cp = Character.toCodePoint(c, text.charAt(i + 1));
      buffer[position++] = (byte) (0xF0 | (cp >> 18));
      buffer[position++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
      buffer[position++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
      buffer[position++] = (byte) (0x80 | (cp & 0x3F));
      lineExtraBytes += 3; // two chars, one column
      return i + 1;
    }
    if (Character.isSurrogate(c)) {
      buffer[position++] = '?';
      return i;
    }
    buffer[position++] = (byte) (0xE0 | (c >> 12));
    buffer[position++] = (byte) (0x80 | ((c >> 6) & 0x3F));
    buffer[position++] = (byte) (0x80 | (c & 0x3F));
    lineExtraBytes += 2;
    return i;
  }

  /** Ends the line with LF. */
  ByteSink newline() {
    ensure(1);
    buffer[position++] = '\n';
    lineStart = position;
    lineExtraBytes = 0;
    return this;
  }

  /** Returns the display column of the current line, counting characters from 0. */
  int column() {
    return position - lineStart - lineExtraBytes;
  }

  /**
   * Pads with spaces to {@code column}; if the line is already there or past it, writes one space
   * so that columns never run together.
   */
  ByteSink padTo(int column) {
    int spaces = Math.max(1, column - column());
    ensure(spaces);
    for (int i = 0; i < spaces; i++) {
      buffer[position++] = ' ';
    }
    return this;
  }

  /** Writes {@code count} spaces. */
  ByteSink spaces(int count) {
    ensure(count);
    for (int i = 0; i < count; i++) {
      buffer[position++] = ' ';
    }
    return this;
  }

  // ------------------------------------------------------------------ JSON and CSV text

  /** Appends a JSON string: quotes, and escapes where the text needs it. */
  ByteSink jsonString(String text) {
    ensure(1);
    buffer[position++] = '"';
    jsonStringBody(text);
    ensure(1);
    buffer[position++] = '"';
    return this;
  }

  /**
   * Appends the inside of a JSON string (no quotes), escaping {@code "}, {@code \} and controls.
   */
  ByteSink jsonStringBody(String text) {
    return cached(text, JSON);
  }

  private void jsonStringBodyUncached(String text) {
    int length = text.length();
    ensure(length);
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
        buffer[position++] = (byte) c;
      } else {
        if (c >= 0x80) {
          i = utf8Char(text, i);
        } else {
          jsonEscape(c);
        }
        ensure(length - i);
      }
    }
  }

  private void jsonEscape(char c) {
    ensure(6);
    buffer[position++] = '\\';
    switch (c) {
      case '"' -> buffer[position++] = '"';
      case '\\' -> buffer[position++] = '\\';
      case '\n' -> buffer[position++] = 'n';
      case '\r' -> buffer[position++] = 'r';
      case '\t' -> buffer[position++] = 't';
      default -> {
        buffer[position++] = 'u';
        buffer[position++] = '0';
        buffer[position++] = '0';
        buffer[position++] = HEX[(c >> 4) & 0xF];
        buffer[position++] = HEX[c & 0xF];
      }
    }
  }

  /** Tells whether a CSV field must be quoted (RFC 4180: it holds a comma, quote, CR or LF). */
  static boolean csvNeedsQuotes(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        return true;
      }
    }
    return false;
  }

  /** Appends a CSV field, quoted and with doubled quotes only where RFC 4180 needs it. */
  ByteSink csvField(String text) {
    if (!csvNeedsQuotes(text)) {
      return utf8(text);
    }
    ascii('"');
    int from = 0;
    for (int quote = text.indexOf('"'); quote >= 0; quote = text.indexOf('"', from)) {
      utf8(text.substring(from, quote + 1));
      ascii('"');
      from = quote + 1;
    }
    utf8(text.substring(from));
    return ascii('"');
  }

  // ------------------------------------------------------------------ numbers

  /** The two-digit numbers 00 to 99, two ASCII bytes each. */
  private static final byte[] PAIRS = new byte[200];

  static {
    for (int i = 0; i < 100; i++) {
      PAIRS[2 * i] = (byte) ('0' + i / 10);
      PAIRS[2 * i + 1] = (byte) ('0' + i % 10);
    }
  }

  /** Appends a whole number in decimal. */
  ByteSink decimal(long value) {
    if (value < 0) {
      if (value == Long.MIN_VALUE) {
        return ascii(Long.toString(value));
      }
      ascii('-');
      value = -value;
    }
    int digits = digits(value);
    ensure(digits);
    int end = position + digits;
    writeDigits(value, end);
    position = end;
    return this;
  }

  /** Writes a non-negative number's digits backwards, ending just before {@code end}. */
  private void writeDigits(long value, int end) {
    int i = end;
    while (value > Integer.MAX_VALUE) {
      long quotient = value / 100;
      int pair = (int) (value - quotient * 100) * 2;
      buffer[--i] = PAIRS[pair + 1];
      buffer[--i] = PAIRS[pair];
      value = quotient;
    }
    int small = (int) value;
    while (small >= 100) {
      int quotient = small / 100;
      int pair = (small - quotient * 100) * 2;
      buffer[--i] = PAIRS[pair + 1];
      buffer[--i] = PAIRS[pair];
      small = quotient;
    }
    if (small >= 10) {
      buffer[--i] = PAIRS[small * 2 + 1];
      buffer[--i] = PAIRS[small * 2];
    } else {
      buffer[--i] = (byte) ('0' + small);
    }
  }

  /** Appends a non-negative number with at least {@code width} digits, zero-padded. */
  ByteSink zeroPadded(long value, int width) {
    int digits = digits(value);
    int length = Math.max(digits, width);
    ensure(length);
    for (int i = digits; i < width; i++) {
      buffer[position++] = '0';
    }
    writeDigits(value, position + digits);
    position += digits;
    return this;
  }

  /** Returns how many decimal digits a non-negative number has. */
  static int digits(long value) {
    if (value < 10) {
      return 1;
    }
    if (value < 1_000_000_000L) {
      int digits = 2;
      for (int limit = 100; digits < 10 && value >= limit; limit *= 10) {
        digits++;
      }
      return digits;
    }
    int digits = 10;
    for (long limit = 10_000_000_000L; digits < 19 && value >= limit; limit *= 10) {
      digits++;
    }
    return digits;
  }

  /**
   * Like {@link #seconds(long)} for an event's time: events often share their instant with the
   * event before, so the last time written is kept and copied when it comes again.
   */
  ByteSink eventSeconds(long nanos) {
    return cachedTime(nanos, false);
  }

  /** Like {@link #clock(long)} for an event's time, with the same one-entry cache. */
  ByteSink eventClock(long nanos) {
    return cachedTime(nanos, true);
  }

  private long cachedNanos;
  private boolean cachedAsClock;
  private final byte[] cachedText = new byte[48];
  private int cachedLength = -1;

  private ByteSink cachedTime(long nanos, boolean asClock) {
    if (cachedLength >= 0 && nanos == cachedNanos && asClock == cachedAsClock) {
      ensure(cachedLength);
      System.arraycopy(cachedText, 0, buffer, position, cachedLength);
      position += cachedLength;
      return this;
    }
    int from = position;
    if (asClock) {
      clock(nanos);
    } else {
      seconds(nanos);
    }
    int length = position - from;
    if (length <= cachedText.length) {
      System.arraycopy(buffer, from, cachedText, 0, length);
      cachedNanos = nanos;
      cachedAsClock = asClock;
      cachedLength = length;
    }
    return this;
  }

  /**
   * Appends a span in seconds as an exact decimal: {@code 5.0}, {@code 12.25}, {@code 0.000000001};
   * at least one fractional digit, no trailing zeros beyond it, no exponent.
   */
  ByteSink seconds(long nanos) {
    if (nanos < 0) {
      ascii('-');
      if (nanos == Long.MIN_VALUE) {
        return seconds(Long.MAX_VALUE); // off by a nanosecond at 292 years; never in practice
      }
      nanos = -nanos;
    }
    decimal(nanos / NANOS_PER_SECOND);
    ascii('.');
    int fraction = (int) (nanos % NANOS_PER_SECOND);
    if (fraction == 0) {
      return ascii('0');
    }
    int width = 9;
    while (fraction % 10 == 0) {
      fraction /= 10;
      width--;
    }
    return zeroPadded(fraction, width);
  }

  /**
   * Appends a span as {@code HH:MM:SS.mmm}, truncated to the millisecond; the hours take more than
   * two digits when they need them.
   */
  ByteSink clock(long nanos) {
    if (nanos < 0) {
      ascii('-');
      nanos = nanos == Long.MIN_VALUE ? Long.MAX_VALUE : -nanos;
    }
    long millis = nanos / 1_000_000;
    long seconds = millis / 1000;
    long hours = seconds / 3600;
    if (hours < 100) {
      twoDigits((int) hours);
    } else {
      decimal(hours);
    }
    ensure(10);
    buffer[position++] = ':';
    twoDigits((int) (seconds / 60 % 60));
    buffer[position++] = ':';
    twoDigits((int) (seconds % 60));
    buffer[position++] = '.';
    int milli = (int) (millis % 1000);
    buffer[position++] = (byte) ('0' + milli / 100);
    twoDigits(milli % 100);
    return this;
  }

  private void twoDigits(int value) {
    ensure(2);
    buffer[position++] = (byte) ('0' + value / 10);
    buffer[position++] = (byte) ('0' + value % 10);
  }

  /** Appends a span in seconds with exactly three decimals, truncated: {@code 12.345}. */
  ByteSink millisAsSeconds(long nanos) {
    if (nanos < 0) {
      ascii('-');
      nanos = nanos == Long.MIN_VALUE ? Long.MAX_VALUE : -nanos;
    }
    long millis = nanos / 1_000_000;
    decimal(millis / 1000).ascii('.');
    return zeroPadded(millis % 1000, 3);
  }
}
