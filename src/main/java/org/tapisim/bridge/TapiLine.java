package org.tapisim.bridge;

import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;
import java.util.function.IntSupplier;
import java.util.function.ToIntFunction;
import org.tapisim.bridge.jna.Tapi32;
import org.tapisim.bridge.jna.TapiStructure;
import org.tapisim.model.LineError;
import org.tapisim.model.TapiException;

/**
 * One open TAPI line and the way requests go through it: the binding, the handles, the negotiated
 * version and the requests in flight. Thread-safe.
 */
final class TapiLine {
  private static final int MAX_ATTEMPTS = 4;

  final Tapi32 tapi;
  final int app;
  final int line;
  final int deviceId;
  final int version;
  final Requests requests;
  private volatile LineState state = LineState.OPEN;

  TapiLine(Tapi32 tapi, int app, int line, int deviceId, int version, Requests requests) {
    this.tapi = tapi;
    this.app = app;
    this.line = line;
    this.deviceId = deviceId;
    this.version = version;
    this.requests = requests;
  }

  LineState state() {
    return state;
  }

  void state(LineState state) {
    this.state = state;
  }

  /**
   * Fails unless the line can take requests.
   *
   * @throws TapiException UNINITIALIZED after close, INVALLINEHANDLE after LINE_CLOSE,
   *     OPERATIONFAILED when the message pump stopped
   */
  void checkOpen(String what) {
    switch (state) {
      case OPEN -> {}
      case CLOSED ->
          throw new TapiException(LineError.UNINITIALIZED, what + ": the call center is closed");
      case CLOSED_BY_TAPI ->
          throw new TapiException(
              LineError.INVALLINEHANDLE, what + ": TAPI closed the line (LINE_CLOSE)");
      case BROKEN ->
          throw new TapiException(
              LineError.OPERATIONFAILED, what + ": the connection to TAPI is broken");
    }
  }

  /** Starts an asynchronous request; the future completes from its LINE_REPLY. */
  CompletableFuture<Void> submit(String what, IntSupplier call, Runnable onSuccess, Object keep) {
    checkOpen(what);
    return requests.submit(what, call, onSuccess, keep);
  }

  /** Makes an asynchronous request and waits for its reply. */
  void call(String what, IntSupplier call, Runnable onSuccess, Object keep) {
    requests.await(submit(what, call, onSuccess, keep), what);
  }

  /**
   * Reads a structure through an asynchronous request, growing it from {@code dwNeededSize} (or
   * doubling it after STRUCTURETOOSMALL) and asking again until everything fits.
   *
   * @param allocate makes the structure with a total size
   * @param size the first total size to try
   * @param call the TAPI function filling the structure
   */
  <S extends TapiStructure> S fetch(
      String what, IntFunction<S> allocate, int size, ToIntFunction<S> call) {
    for (int attempt = 1; ; attempt++) {
      S structure = allocate.apply(size);
      try {
        call(what, () -> call.applyAsInt(structure), null, structure);
      } catch (TapiException e) {
        if (e.error() != LineError.STRUCTURETOOSMALL || attempt == MAX_ATTEMPTS) {
          throw e;
        }
        size = Math.max(size * 2, structure.capacity() * 2);
        continue;
      }
      structure.read();
      if (!structure.isTruncated()) {
        return structure;
      }
      if (attempt == MAX_ATTEMPTS || structure.dwNeededSize <= structure.capacity()) {
        throw new TapiException(
            LineError.STRUCTURETOOSMALL,
            what
                + ": TAPI still needs "
                + structure.dwNeededSize
                + " bytes after "
                + attempt
                + " tries");
      }
      size = structure.dwNeededSize;
    }
  }
}
