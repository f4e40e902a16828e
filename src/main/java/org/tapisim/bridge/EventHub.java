package org.tapisim.bridge;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tapisim.model.Subscription;
import org.tapisim.model.TapiEvent;
import org.tapisim.model.TapiEventListener;

/**
 * The listeners and the event thread: messages are turned into events and handed to listeners on
 * one thread, in order, so that the message pump never runs user code and a listener may call back
 * into the call center. Thread-safe.
 */
final class EventHub {
  private static final Logger LOG = LoggerFactory.getLogger(EventHub.class);

  private final List<TapiEventListener> listeners = new CopyOnWriteArrayList<>();
  private final AtomicLong sequence = new AtomicLong();
  private final ExecutorService thread;
  private volatile Thread eventThread;

  EventHub() {
    this.thread =
        Executors.newSingleThreadExecutor(
            task -> {
              Thread t = new Thread(task, "tapisim-tapi32-events");
              t.setDaemon(true);
              eventThread = t;
              return t;
            });
  }

  Subscription subscribe(TapiEventListener listener) {
    Objects.requireNonNull(listener, "listener");
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  /** Runs a task on the event thread, after the tasks before it. */
  void run(Runnable task) {
    try {
      thread.execute(
          () -> {
            try {
              task.run();
            } catch (RuntimeException e) {
              LOG.warn("turning a TAPI message into an event failed", e);
            }
          });
    } catch (RejectedExecutionException closed) {
      LOG.debug("event dropped: the call center is closed");
    }
  }

  /** Returns the next sequence number, from 1. */
  long nextSequence() {
    return sequence.incrementAndGet();
  }

  /** Hands an event to every listener; call on the event thread. */
  void publish(TapiEvent event) {
    for (TapiEventListener listener : listeners) {
      try {
        listener.onEvent(event);
      } catch (RuntimeException e) {
        LOG.warn("a listener failed on {}", event, e);
      }
    }
  }

  /** Stops the event thread after the events already queued, waiting a bounded time. */
  void close() {
    thread.shutdown();
    if (Thread.currentThread() == eventThread) {
      return; // closed from a listener: the thread ends when the listener returns
    }
    try {
      if (!thread.awaitTermination(5, TimeUnit.SECONDS)) {
        LOG.warn("the event thread did not finish in 5 s; a listener may be stuck");
        thread.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
