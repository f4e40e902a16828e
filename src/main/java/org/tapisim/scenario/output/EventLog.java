package org.tapisim.scenario.output;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tapisim.model.TapiEvent;
import org.tapisim.model.TapiEventListener;

/**
 * Streams a call center's events to an output stream, one line per event, in text, JSON Lines or
 * CSV (see the package documentation for each layout).
 *
 * <p>Register it as a listener before anything happens (for the simulator: {@code
 * AcdSimulator.builder().listener(log)}), run, then {@link #close()} it. Nothing is kept per event:
 * lines are built in a reused buffer and written out in blocks of about 64 KiB, so memory does not
 * grow with the run. The same events give the same bytes, whatever the locale or the wall clock;
 * text is UTF-8.
 *
 * <p>A failure to write (a full disk, a closed pipe) does not reach the switch, which would only
 * log it at every event: the log remembers the first {@link IOException}, drops every later event,
 * and throws that exception from {@link #flush()} and {@link #close()}; {@link #failure()} tells
 * whether that happened.
 *
 * <p>Not thread-safe: events arrive on the thread that owns the switch, and {@link #flush()} and
 * {@link #close()} belong to that thread too, or to any thread once events have stopped.
 */
public final class EventLog implements TapiEventListener, Closeable, Flushable {
  private static final Logger LOG = LoggerFactory.getLogger(EventLog.class);

  /** How an event log treats its stream. */
  public enum Option {
    /**
     * {@link #close()} flushes the stream but leaves it open: for standard output or a stream that
     * other output follows (the summary table).
     */
    KEEP_STREAM_OPEN,
    /**
     * Writes every event out and flushes the stream at once, instead of in blocks: for real-time
     * runs watched as they happen. Much slower in virtual time.
     */
    FLUSH_EACH_EVENT
  }

  private final EventFormat format;
  private final OutputStream out;
  private final EventEncoder encoder;
  private final ByteSink sink = new ByteSink();
  private final long originSeconds;
  private final int originNanos;
  private final boolean keepStreamOpen;
  private final boolean flushEachEvent;
  private long written;
  private IOException failure;
  private boolean closed;

  private EventLog(EventFormat format, OutputStream out, Instant origin, EnumSet<Option> options) {
    this.format = format;
    this.out = out;
    this.encoder = EventEncoder.of(format);
    this.originSeconds = origin.getEpochSecond();
    this.originNanos = origin.getNano();
    this.keepStreamOpen = options.contains(Option.KEEP_STREAM_OPEN);
    this.flushEachEvent = options.contains(Option.FLUSH_EACH_EVENT);
    encoder.header(origin, sink);
  }

  /**
   * Opens an event log on {@code out}; the header line (JSON Lines: the origin; CSV: the column
   * names; text: the column titles) is written with the first block.
   *
   * @param format the layout
   * @param out where the bytes go; closed by {@link #close()} unless {@link
   *     Option#KEEP_STREAM_OPEN} is given
   * @param origin sim time zero: each line shows its event's time as an offset from it
   * @param options how to treat the stream
   */
  public static EventLog open(
      EventFormat format, OutputStream out, Instant origin, Option... options) {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(origin, "origin");
    EnumSet<Option> set = EnumSet.noneOf(Option.class);
    for (Option option : options) {
      set.add(Objects.requireNonNull(option, "option"));
    }
    return new EventLog(format, out, origin, set);
  }

  /** Returns its format. */
  public EventFormat format() {
    return format;
  }

  /** Returns how many events it has written (into its buffer or out). */
  public long eventsWritten() {
    return written;
  }

  /** Returns the first write failure, after which events are dropped; empty while all is well. */
  public Optional<IOException> failure() {
    return Optional.ofNullable(failure);
  }

  /** Writes one event; ignored after a write failure or once closed. */
  @Override
  public void onEvent(TapiEvent event) {
    if (failure != null || closed) {
      return;
    }
    long offset =
        (event.time().getEpochSecond() - originSeconds) * 1_000_000_000L
            + (event.time().getNano() - originNanos);
    encoder.encode(event, offset, sink);
    written++;
    try {
      if (flushEachEvent) {
        sink.drainTo(out);
        out.flush();
      } else if (sink.isFull()) {
        sink.drainTo(out);
      }
    } catch (IOException e) {
      fail(e);
    }
  }

  private void fail(IOException e) {
    failure = e;
    LOG.warn("the event log could not be written; later events are dropped: {}", e.toString());
  }

  /**
   * Writes out what is buffered and flushes the stream.
   *
   * @throws IOException the first write failure, now or earlier
   */
  @Override
  public void flush() throws IOException {
    if (failure == null && !closed) {
      try {
        sink.drainTo(out);
        out.flush();
      } catch (IOException e) {
        fail(e);
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  /**
   * Writes out what is buffered, flushes, and closes the stream (unless {@link
   * Option#KEEP_STREAM_OPEN}). Closing twice does nothing.
   *
   * @throws IOException the first write failure, now or earlier
   */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    try {
      flush();
    } finally {
      closed = true;
      if (!keepStreamOpen) {
        try {
          out.close();
        } catch (IOException e) {
          if (failure != null) {
            failure.addSuppressed(e);
          } else {
            failure = e;
            throw e;
          }
        }
      }
    }
  }
}
