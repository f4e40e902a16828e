package org.tapisim.bridge;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tapisim.bridge.jna.LINEMESSAGE;
import org.tapisim.bridge.jna.Tapi32;
import org.tapisim.model.LineError;

/**
 * The thread that takes TAPI's messages with {@code lineGetMessage}: it completes requests from
 * their LINE_REPLY itself and hands every other message on. It blocks in TAPI with a timeout and
 * stops when told to, or when TAPI refuses the application handle (after {@code lineShutdown}).
 */
final class MessagePump implements Runnable {
  private static final Logger LOG = LoggerFactory.getLogger(MessagePump.class);

  /** Receives the messages other than LINE_REPLY, on the pump thread; must not block. */
  interface Sink {
    void message(Instant time, int device, int message, long param1, long param2, long param3);

    /** The pump stopped because TAPI failed; {@code code} is what lineGetMessage returned. */
    void failed(int code);
  }

  private final TapiLine line;
  private final Clock clock;
  private final int waitMillis;
  private final Sink sink;
  private volatile boolean stopping;

  MessagePump(TapiLine line, Clock clock, int waitMillis, Sink sink) {
    this.line = line;
    this.clock = clock;
    this.waitMillis = waitMillis;
    this.sink = sink;
  }

  /** Asks the pump to stop at its next wake-up. */
  void stop() {
    stopping = true;
  }

  @Override
  public void run() {
    LINEMESSAGE message = new LINEMESSAGE();
    while (!stopping) {
      int result;
      try {
        result = line.tapi.lineGetMessage(line.app, message, waitMillis);
      } catch (RuntimeException e) {
        LOG.error("lineGetMessage failed; the message pump stops", e);
        sink.failed(LineError.OPERATIONFAILED.code());
        return;
      }
      if (result == 0) {
        dispatch(message);
      } else if (result != LineError.OPERATIONFAILED.code()) { // OPERATIONFAILED: nothing came
        if (!stopping) {
          LOG.warn(
              "lineGetMessage returned {}; the message pump stops", TapiErrors.errorOf(result));
          sink.failed(result);
        }
        return;
      }
    }
  }

  private void dispatch(LINEMESSAGE message) {
    try {
      if (message.dwMessageID == Tapi32.LINE_REPLY) {
        line.requests.complete(message.dwParam1.low32(), message.dwParam2.low32());
      } else {
        sink.message(
            clock.instant(),
            message.hDevice,
            message.dwMessageID,
            message.dwParam1.longValue(),
            message.dwParam2.longValue(),
            message.dwParam3.longValue());
      }
    } catch (RuntimeException e) {
      LOG.warn("a TAPI message could not be handled: {}", message, e);
    }
  }
}
