package org.tapisim.bridge;

import com.sun.jna.ptr.IntByReference;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tapisim.bridge.jna.DWORD_PTR;
import org.tapisim.bridge.jna.LINEAGENTCAPS;
import org.tapisim.bridge.jna.LINEEXTENSIONID;
import org.tapisim.bridge.jna.LINEINITIALIZEEXPARAMS;
import org.tapisim.bridge.jna.Tapi32;
import org.tapisim.bridge.jna.Utf16;
import org.tapisim.model.AgentHandler;
import org.tapisim.model.CallCenter;
import org.tapisim.model.LineClosed;
import org.tapisim.model.LineError;
import org.tapisim.model.Subscription;
import org.tapisim.model.TapiEventListener;
import org.tapisim.model.TapiException;

/**
 * A {@link CallCenter} over real TAPI 2.2: one line of tapi32 (or of the native stand-in) and the
 * ACD proxy that serves it, as TAPI 3's {@code ITTAPICallCenter} would show them.
 *
 * <p>{@link Builder#open()} calls {@code lineInitializeEx} (event mechanism), {@code
 * lineNegotiateAPIVersion} (2.2 to 3.0) and {@code lineOpen}, starts the message pump and reads the
 * agent handler's name with {@code lineGetAgentCaps}. Each method of the call-center objects makes
 * one TAPI request and waits for its {@code LINE_REPLY} at most the reply timeout (default 2
 * minutes, as TAPI 3); a reply that never comes fails the call with {@link
 * LineError#OPERATIONFAILED}. TAPI's status messages reach listeners as the simulator's events, on
 * one event thread, in order, with sequence numbers from 1 and times from the builder's clock.
 *
 * <p>{@code LINE_CLOSE} and {@code LINEERR_REINIT} are reported as a {@link LineClosed} event:
 * after a forced close, requests waiting fail with OPERATIONFAILED and new ones with
 * INVALLINEHANDLE; after REINIT, TAPI answers REINIT until the application closes this call center
 * and opens a new one. Nothing waits forever, {@link #close()} included.
 *
 * <p>Thread-safe: every method, and every method of the objects it returns, may be called from any
 * thread, listeners included.
 */
public final class Tapi32CallCenter implements CallCenter {
  private static final Logger LOG = LoggerFactory.getLogger(Tapi32CallCenter.class);
  private static final int CAPS_SIZE = 72 + 256;

  private final Clock clock;
  private final Duration messageWait;
  private final TapiLine line;
  private final EventHub hub = new EventHub();
  private final MessagePump pump;
  private final Thread pumpThread;
  private final BridgeAgentHandler handler;
  private final EventTranslator translator;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final AtomicBoolean reinitReported = new AtomicBoolean();

  private Tapi32CallCenter(Builder builder, int app, int hLine, int version) {
    this.clock = builder.clock;
    this.messageWait = builder.messageWait;
    Requests requests = new Requests(builder.replyTimeout, this::sawResult);
    this.line = new TapiLine(builder.tapi, app, hLine, builder.deviceId, version, requests);
    this.handler = new BridgeAgentHandler(line, new Directory());
    this.translator = new EventTranslator(handler, hub);
    this.pump = new MessagePump(line, clock, (int) messageWait.toMillis(), new Sink());
    this.pumpThread = new Thread(pump, "tapisim-tapi32-pump");
    pumpThread.setDaemon(true);
    pumpThread.start();
    try {
      handler.name(handlerName());
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  /** Returns a builder for a call center over {@code tapi}, loaded with {@code Tapi32Loader}. */
  public static Builder builder(Tapi32 tapi) {
    return new Builder(tapi);
  }

  /** Opens device 0 of {@code tapi} with the default settings. */
  public static Tapi32CallCenter open(Tapi32 tapi) {
    return builder(tapi).open();
  }

  private String handlerName() {
    LINEAGENTCAPS caps =
        line.fetch(
            "device " + line.deviceId + ": read the agent handler's capabilities",
            LINEAGENTCAPS::new,
            CAPS_SIZE,
            c ->
                line.tapi.lineGetAgentCaps(line.app, line.deviceId, 0, Tapi32.TAPI_VERSION_3_0, c));
    String name = caps.agentHandlerInfo();
    return name.isBlank() ? "device " + line.deviceId : name;
  }

  /**
   * Returns the one agent handler: the ACD proxy serving the line, named by its {@code
   * LINEAGENTCAPS} handler info.
   *
   * @throws TapiException after {@link #close()} (UNINITIALIZED)
   */
  @Override
  public List<AgentHandler> agentHandlers() {
    line.checkOpen("list agent handlers");
    return List.of(handler);
  }

  /** Returns the agent handler, as {@link #agentHandlers()} lists it. */
  public AgentHandler agentHandler() {
    line.checkOpen("agent handler");
    return handler;
  }

  /** Returns the TAPI version negotiated for the line: 0x00020002 (2.2) to 0x00030000 (3.0). */
  public int apiVersion() {
    return line.version;
  }

  /** Returns the line device this call center opened. */
  public int deviceId() {
    return line.deviceId;
  }

  /** {@inheritDoc} Events arrive on the event thread "tapisim-tapi32-events". */
  @Override
  public Subscription subscribe(TapiEventListener listener) {
    return hub.subscribe(listener);
  }

  /**
   * Closes the line and shuts TAPI down ({@code lineClose}, {@code lineShutdown}): requests still
   * waiting fail with UNINITIALIZED, the pump and event threads end, and later calls fail with
   * UNINITIALIZED. Closing twice does nothing; it never waits longer than a few seconds.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    LineState before = line.state();
    line.state(LineState.CLOSED);
    pump.stop();
    line.requests.failAll(LineError.UNINITIALIZED, "the call center was closed");
    if (before != LineState.CLOSED_BY_TAPI) {
      quietly("lineClose", () -> line.tapi.lineClose(line.line));
    }
    quietly("lineShutdown", () -> line.tapi.lineShutdown(line.app));
    if (Thread.currentThread() != pumpThread) {
      try {
        pumpThread.join(messageWait.toMillis() + 2000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (pumpThread.isAlive()) {
        LOG.warn("the TAPI message pump did not stop; it ends at its next wake-up");
      }
    }
    line.requests.forget();
    hub.close();
  }

  private static void quietly(String what, IntSupplier call) {
    try {
      int result = call.getAsInt();
      if (result != 0) {
        LOG.debug("{} returned {}", what, TapiErrors.errorOf(result));
      }
    } catch (RuntimeException e) {
      LOG.warn("{} failed", what, e);
    }
  }

  private void sawResult(int code) {
    if (code == LineError.REINIT.code()) {
      reinit(clock.instant());
    }
  }

  private void reinit(Instant time) {
    if (reinitReported.compareAndSet(false, true)) {
      LOG.info("TAPI asks for a reinitialisation (REINIT): close this call center and open anew");
      hub.run(() -> translator.lineClosed(time, LineClosed.Reason.REINIT));
    }
  }

  /** What the message pump hands on. */
  private final class Sink implements MessagePump.Sink {
    @Override
    public void message(Instant time, int device, int message, long p1, long p2, long p3) {
      switch (message) {
        case Tapi32.LINE_CLOSE -> closedByTapi(time, device);
        case Tapi32.LINE_LINEDEVSTATE -> {
          if (((int) p1 & Tapi32.LINEDEVSTATE_REINIT) != 0) {
            reinit(time);
          }
        }
        case Tapi32.LINE_AGENTSESSIONSTATUS ->
            hub.run(() -> translator.sessionStatus(time, (int) p1, (int) p2, (int) p3));
        case Tapi32.LINE_AGENTSTATUSEX ->
            hub.run(() -> translator.agentStatus(time, (int) p1, (int) p2, (int) p3));
        case Tapi32.LINE_QUEUESTATUS ->
            hub.run(() -> translator.queueStatus(time, (int) p1, (int) p2));
        case Tapi32.LINE_GROUPSTATUS -> hub.run(() -> translator.groupStatus(time, (int) p2));
        default -> LOG.debug("TAPI message {} ignored", message);
      }
    }

    private void closedByTapi(Instant time, int device) {
      if (device != line.line || line.state() != LineState.OPEN) {
        return;
      }
      line.state(LineState.CLOSED_BY_TAPI);
      LOG.warn("TAPI closed line device {} (LINE_CLOSE)", line.deviceId);
      line.requests.failAll(LineError.OPERATIONFAILED, "TAPI closed the line (LINE_CLOSE)");
      hub.run(() -> translator.lineClosed(time, LineClosed.Reason.CLOSED));
    }

    @Override
    public void failed(int code) {
      if (line.state() == LineState.OPEN) {
        line.state(LineState.BROKEN);
        line.requests.failAll(TapiErrors.errorOf(code), "the TAPI message pump stopped");
      }
      sawResult(code);
    }
  }

  /**
   * Settings of a {@link Tapi32CallCenter}, and {@link #open()}. Not thread-safe: configure it on
   * one thread.
   */
  public static final class Builder {
    private final Tapi32 tapi;
    private Clock clock = Clock.systemUTC();
    private int deviceId;
    private String applicationName = "tapisim";
    private Duration replyTimeout = Duration.ofMinutes(2);
    private Duration messageWait = Duration.ofMillis(500);

    private Builder(Tapi32 tapi) {
      this.tapi = Objects.requireNonNull(tapi, "tapi");
    }

    /** Sets the clock that stamps events; default {@link Clock#systemUTC()}. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Sets the line device to open (the ACD line); default 0. */
    public Builder deviceId(int deviceId) {
      if (deviceId < 0) {
        throw new IllegalArgumentException("device id is negative: " + deviceId);
      }
      this.deviceId = deviceId;
      return this;
    }

    /** Sets the friendly application name given to {@code lineInitializeEx}; default "tapisim". */
    public Builder applicationName(String applicationName) {
      this.applicationName = Objects.requireNonNull(applicationName, "applicationName");
      return this;
    }

    /**
     * Sets how long a call waits for its {@code LINE_REPLY} before failing with OPERATIONFAILED;
     * default 2 minutes, as TAPI 3.
     */
    public Builder replyTimeout(Duration replyTimeout) {
      this.replyTimeout = positive(replyTimeout, "replyTimeout");
      return this;
    }

    /**
     * Sets how long the message pump blocks in one {@code lineGetMessage} (and so the longest it
     * may take to notice a close that TAPI did not wake it for); default 500 ms.
     */
    public Builder messageWait(Duration messageWait) {
      positive(messageWait, "messageWait");
      if (messageWait.toMillis() < 1 || messageWait.toMillis() > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("messageWait out of range: " + messageWait);
      }
      this.messageWait = messageWait;
      return this;
    }

    private static Duration positive(Duration duration, String name) {
      Objects.requireNonNull(duration, name);
      if (duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException(name + " must be positive: " + duration);
      }
      return duration;
    }

    /**
     * Initialises TAPI, negotiates the version, opens the line and starts the message pump.
     *
     * @throws TapiException with TAPI's error when any step fails (REINIT included); nothing stays
     *     open then
     */
    public Tapi32CallCenter open() {
      IntByReference app = new IntByReference();
      IntByReference devices = new IntByReference();
      IntByReference tapiVersion = new IntByReference(Tapi32.TAPI_VERSION_3_0);
      LINEINITIALIZEEXPARAMS params = new LINEINITIALIZEEXPARAMS();
      params.dwOptions = Tapi32.LINEINITIALIZEEXOPTION_USEEVENT;
      int result =
          tapi.lineInitializeEx(
              app, null, null, Utf16.toNative(applicationName), devices, tapiVersion, params);
      if (result != 0) {
        throw TapiErrors.failed(result, "initialise TAPI");
      }
      int version;
      int hLine;
      try {
        if (Integer.compareUnsigned(deviceId, devices.getValue()) >= 0) {
          throw new TapiException(
              LineError.BADDEVICEID,
              "open line device " + deviceId + ": TAPI has " + devices.getValue() + " devices");
        }
        version = negotiate(app.getValue());
        hLine = openLine(app.getValue(), version);
      } catch (RuntimeException e) {
        tapi.lineShutdown(app.getValue());
        throw e;
      }
      return new Tapi32CallCenter(this, app.getValue(), hLine, version); // closes itself on failure
    }

    private int negotiate(int app) {
      IntByReference version = new IntByReference();
      int result =
          tapi.lineNegotiateAPIVersion(
              app,
              deviceId,
              Tapi32.TAPI_VERSION_2_2,
              Tapi32.TAPI_VERSION_3_0,
              version,
              new LINEEXTENSIONID());
      if (result != 0) {
        throw TapiErrors.failed(result, "negotiate TAPI 2.2 to 3.0 for device " + deviceId);
      }
      return version.getValue();
    }

    private int openLine(int app, int version) {
      IntByReference hLine = new IntByReference();
      int result =
          tapi.lineOpen(
              app,
              deviceId,
              hLine,
              version,
              0,
              new DWORD_PTR(0),
              Tapi32.LINECALLPRIVILEGE_NONE,
              Tapi32.LINEMEDIAMODE_INTERACTIVEVOICE,
              null);
      if (result != 0) {
        throw TapiErrors.failed(result, "open line device " + deviceId);
      }
      return hLine.getValue();
    }
  }
}
