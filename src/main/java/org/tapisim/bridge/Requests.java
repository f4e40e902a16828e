package org.tapisim.bridge;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntConsumer;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tapisim.model.LineError;
import org.tapisim.model.TapiException;

/**
 * TAPI's asynchronous requests in flight: the request id a function returned, the future its {@code
 * LINE_REPLY} completes, and the buffers TAPI writes into until then.
 *
 * <p>A request whose caller stopped waiting (timeout, close, forced close) keeps its buffers until
 * its reply comes or TAPI is shut down, since TAPI may still write into them. Thread-safe.
 */
final class Requests {
  private static final Logger LOG = LoggerFactory.getLogger(Requests.class);

  private final Object lock = new Object();
  private final Map<Integer, Pending> pending = new HashMap<>();
  private final Duration timeout;
  private final IntConsumer onResult;
  // guarded by lock: set once no request may go to TAPI any more
  private LineError refusal;
  private String refusalReason;

  private record Pending(
      String what, CompletableFuture<Void> reply, Runnable onSuccess, Object keep) {}

  /**
   * @param timeout how long a blocking caller waits for a reply
   * @param onResult sees every result code, synchronous or replied (to notice REINIT)
   */
  Requests(Duration timeout, IntConsumer onResult) {
    this.timeout = timeout;
    this.onResult = onResult;
  }

  Duration timeout() {
    return timeout;
  }

  /**
   * Makes an asynchronous call and returns the future of its reply.
   *
   * @param what names the request in error messages
   * @param call the TAPI function: a request id, or a negative LINEERR
   * @param onSuccess runs on the message pump after a successful reply, before the future
   *     completes, or {@code null}
   * @param keep what TAPI writes into (kept reachable until the reply)
   */
  CompletableFuture<Void> submit(String what, IntSupplier call, Runnable onSuccess, Object keep) {
    int id;
    synchronized (lock) {
      if (refusal != null) {
        return CompletableFuture.failedFuture(
            new TapiException(refusal, what + ": " + refusalReason));
      }
      id = call.getAsInt();
      if (id > 0) {
        Pending request = new Pending(what, new CompletableFuture<>(), onSuccess, keep);
        pending.put(id, request);
        return request.reply();
      }
    }
    onResult.accept(id);
    if (id < 0) {
      return CompletableFuture.failedFuture(TapiErrors.failed(id, what));
    }
    return succeeded(onSuccess); // 0: done at once
  }

  private static CompletableFuture<Void> succeeded(Runnable onSuccess) {
    try {
      if (onSuccess != null) {
        onSuccess.run();
      }
      return CompletableFuture.completedFuture(null);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /** Completes a request from its LINE_REPLY; called by the message pump. */
  void complete(int id, int result) {
    Pending request;
    synchronized (lock) {
      request = pending.remove(id);
    }
    onResult.accept(result);
    if (request == null) {
      LOG.debug("LINE_REPLY for request {} that nobody waits for (result {})", id, result);
      return;
    }
    if (result != 0) {
      request.reply().completeExceptionally(TapiErrors.failed(result, request.what()));
      return;
    }
    try {
      if (request.onSuccess() != null) {
        request.onSuccess().run();
      }
      request.reply().complete(null);
    } catch (RuntimeException e) {
      request.reply().completeExceptionally(e);
    }
  }

  /**
   * Fails every request still waiting and refuses every later one with {@code error}; the waiting
   * requests' buffers stay until {@link #forget()}. Only the first call has an effect.
   */
  void failAll(LineError error, String why) {
    List<Pending> waiting;
    synchronized (lock) {
      if (refusal != null) {
        return;
      }
      refusal = error;
      refusalReason = why;
      waiting = new ArrayList<>(pending.values());
    }
    for (Pending request : waiting) {
      request.reply().completeExceptionally(new TapiException(error, request.what() + ": " + why));
    }
  }

  /** Drops every request; call once TAPI was shut down and writes nothing more. */
  void forget() {
    synchronized (lock) {
      pending.clear();
    }
  }

  /** Returns how many requests still hold buffers. */
  int inFlight() {
    synchronized (lock) {
      return pending.size();
    }
  }

  /**
   * Waits for a reply at most the timeout.
   *
   * @throws TapiException the request's own failure; OPERATIONFAILED when no reply came in time
   */
  void await(CompletableFuture<Void> reply, String what) {
    try {
      reply.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      throw noReply(what);
    } catch (ExecutionException e) {
      throw asTapiException(e.getCause(), what);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TapiException(LineError.OPERATIONFAILED, what + ": interrupted", e);
    }
  }

  /** Returns the exception for a reply that did not come in time. */
  TapiException noReply(String what) {
    return new TapiException(LineError.OPERATIONFAILED, what + ": no LINE_REPLY within " + timeout);
  }

  /** Returns a failure as a TapiException (a timeout of an async future included). */
  TapiException asTapiException(Throwable failure, String what) {
    if (failure instanceof TapiException tapi) {
      return tapi;
    }
    if (failure instanceof TimeoutException) {
      return noReply(what);
    }
    return new TapiException(LineError.OPERATIONFAILED, what + ": " + failure, failure);
  }
}
