package org.tapisim.scenario.output;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.tapisim.model.TapiEvent;

/**
 * Turns events into the bytes of one format. Encoders are stateless and thread-safe; the sink is
 * not.
 */
interface EventEncoder {

  /** Writes what comes before the first event (a header line), if the format has one. */
  void header(Instant origin, ByteSink out);

  /** Writes one event as one line; {@code offsetNanos} is its sim time minus the origin. */
  void encode(TapiEvent event, long offsetNanos, ByteSink out);

  /** Returns the encoder of a format. */
  static EventEncoder of(EventFormat format) {
    return switch (format) {
      case TEXT -> new TextEncoder();
      case JSONL -> new JsonlEncoder();
      case CSV -> new CsvEncoder();
    };
  }

  /** Returns the ASCII bytes of {@code text}. */
  static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * Returns the ASCII bytes of each enum constant's name, indexed by ordinal, wrapped in affixes.
   */
  static byte[][] names(Enum<?>[] constants, String prefix, String suffix) {
    byte[][] names = new byte[constants.length][];
    for (Enum<?> constant : constants) {
      names[constant.ordinal()] = ascii(prefix + constant.name() + suffix);
    }
    return names;
  }

  /** Returns the ASCII bytes of each string, wrapped in affixes. */
  static byte[][] names(String[] words, String prefix, String suffix) {
    byte[][] names = new byte[words.length][];
    for (int i = 0; i < words.length; i++) {
      names[i] = ascii(prefix + words[i] + suffix);
    }
    return names;
  }
}
