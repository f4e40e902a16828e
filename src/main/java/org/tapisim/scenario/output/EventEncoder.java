package org.tapisim.scenario.output;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.tapisim.model.CallAbandoned;
import org.tapisim.model.CallBlocked;
import org.tapisim.model.CallDelivered;
import org.tapisim.model.CallEnded;
import org.tapisim.model.CallEvent;
import org.tapisim.model.CallOffered;
import org.tapisim.model.CallQueued;
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

  /** The call-event names every format uses, indexed by {@link #callEventIndex}. */
  String[] CALL_EVENTS = {"OFFERED", "QUEUED", "DELIVERED", "ABANDONED", "BLOCKED", "ENDED"};

  /** Returns the index of a call event's name in {@link #CALL_EVENTS}. */
  static int callEventIndex(CallEvent event) {
    if (event instanceof CallOffered) {
      return 0;
    } else if (event instanceof CallQueued) {
      return 1;
    } else if (event instanceof CallDelivered) {
      return 2;
    } else if (event instanceof CallAbandoned) {
      return 3;
    } else if (event instanceof CallBlocked) {
      return 4;
    } else if (event instanceof CallEnded) {
      return 5;
    }
    throw new IllegalArgumentException("unknown call event " + event);
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
