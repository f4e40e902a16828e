package org.tapisim.scenario.output;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes markup that is both HTML5 and well-formed XML: text and attribute values escaped,
 * characters XML forbids replaced, numbers with a fixed number of decimals whatever the locale.
 * Wraps a writer; not thread-safe.
 */
final class Html {
  private final Writer out;

  Html(Writer out) {
    this.out = out;
  }

  /** Writes markup as it is. */
  Html raw(String markup) throws IOException {
    out.write(markup);
    return this;
  }

  /** Writes text, escaped for element content or a quoted attribute value. */
  Html text(String text) throws IOException {
    out.write(escape(text));
    return this;
  }

  /** Writes a number with one decimal: {@code 12.5}. */
  Html num(double value) throws IOException {
    out.write(oneDecimal(value));
    return this;
  }

  /** Writes a number given in tenths with one decimal: 125 as {@code 12.5}. */
  Html tenths(long tenths) throws IOException {
    out.write(Long.toString(tenths / 10));
    out.write('.');
    out.write((char) ('0' + Math.abs(tenths % 10)));
    return this;
  }

  /** Returns a number rounded to tenths. */
  static long toTenths(double value) {
    return Math.round(value * 10);
  }

  /** Writes a whole number. */
  Html num(long value) throws IOException {
    out.write(Long.toString(value));
    return this;
  }

  /** Returns {@code text} escaped for HTML and XML, with control characters shown as {@code ?}. */
  static String escape(String text) {
    StringBuilder escaped = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String replacement =
          switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default ->
                (c < 0x20 && c != '\t' && c != '\n') || c == 0xFFFE || c == 0xFFFF ? "?" : null;
          };
      if (replacement != null && escaped == null) {
        escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (escaped != null) {
        if (replacement != null) {
          escaped.append(replacement);
        } else {
          escaped.append(c);
        }
      }
    }
    return escaped == null ? text : escaped.toString();
  }

  /** Returns a non-negative number rounded to one decimal, e.g. {@code 3.0}. */
  static String oneDecimal(double value) {
    long tenths = Math.round(value * 10);
    String sign = tenths < 0 ? "-" : "";
    tenths = Math.abs(tenths);
    return sign + tenths / 10 + "." + tenths % 10;
  }
}
