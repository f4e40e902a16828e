package org.tapisim.cli;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;

/**
 * Writes to a stream on a background thread, so that a large event log's disk writes overlap the
 * simulation instead of stalling it. Blocks handed over are copied; at most a few are in flight
 * (the writer falls behind, the simulation waits). A write failure is reported by the next call.
 * For one writing thread.
 */
final class BackgroundOutputStream extends OutputStream {
  private static final byte[] END = new byte[0];
  private static final byte[] FLUSH = new byte[0];
  private static final int IN_FLIGHT = 16;

  private final OutputStream out;
  private final BlockingQueue<byte[]> blocks = new ArrayBlockingQueue<>(IN_FLIGHT);
  private final Semaphore flushed = new Semaphore(0);
  private final Thread writer;
  private volatile IOException failure;
  private boolean closed;

  BackgroundOutputStream(OutputStream out, String name) {
    this.out = out;
    this.writer = new Thread(this::drain, name);
    this.writer.setDaemon(true);
    this.writer.start();
  }

  private void drain() {
    try {
      while (true) {
        byte[] block = blocks.take();
        if (block == END) {
          return;
        }
        if (failure == null) {
          try {
            if (block == FLUSH) {
              out.flush();
            } else {
              out.write(block);
            }
          } catch (IOException e) {
            failure = e;
          }
        }
        if (block == FLUSH) {
          flushed.release();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    check();
    if (length > 0) {
      put(Arrays.copyOfRange(bytes, offset, offset + length));
    }
  }

  /** Waits until every block handed over so far is written and the stream flushed. */
  @Override
  public void flush() throws IOException {
    check();
    put(FLUSH);
    try {
      flushed.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while flushing the event log");
    }
    check();
  }

  /** Writes out everything, stops the writer and closes the stream. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    put(END);
    try {
      writer.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while writing the event log");
    }
    try {
      rethrow();
    } finally {
      out.close();
    }
  }

  private void put(byte[] block) throws IOException {
    try {
      blocks.put(block);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while writing the event log");
    }
  }

  private void check() throws IOException {
    rethrow();
    if (closed) {
      throw new IOException("the stream is closed");
    }
  }

  private void rethrow() throws IOException {
    IOException e = failure;
    if (e != null) {
      throw e;
    }
  }
}
