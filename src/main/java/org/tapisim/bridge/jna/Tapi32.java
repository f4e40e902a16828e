package org.tapisim.bridge.jna;

import com.sun.jna.Library;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;

/**
 * tapi32's TAPI 2.2 line and call-center functions, as declared in tapi.h, for JNA.
 *
 * <p>Load it with {@link Tapi32Loader}: the names without a suffix resolve to the exported {@code
 * W} (Unicode) function where tapi32 has one ({@code lineInitializeExW}, {@code lineOpenW}, {@code
 * lineCreateAgentW}, ...) and to the plain name otherwise. Every function returns a {@code LONG}: 0
 * or a negative {@code LINEERR_*} for synchronous ones; for asynchronous ones a positive request
 * ID, completed later by a {@link #LINE_REPLY} message, whose output buffers must stay alive until
 * then. Handles ({@code HLINEAPP}, {@code HLINE}, {@code HAGENT}, {@code HAGENTSESSION}) and DWORDs
 * are {@code int}; wide strings are UTF-16LE memory from {@link Utf16#toNative}.
 *
 * <p>Thread-safety is tapi32's: its functions may be called from any thread, and a {@link
 * #lineShutdown} on one thread wakes a {@link #lineGetMessage} blocked on another.
 */
public interface Tapi32 extends Library {
  /** {@code LINE_CLOSE}: the line was closed by TAPI or the provider; hDevice is the dead line. */
  int LINE_CLOSE = 3;

  /** {@code LINE_LINEDEVSTATE}: the line device changed; dwParam1 holds LINEDEVSTATE_ bits. */
  int LINE_LINEDEVSTATE = 8;

  /**
   * {@code LINE_REPLY}: an asynchronous request completed; dwParam1 its ID, dwParam2 its result.
   */
  int LINE_REPLY = 12;

  /** {@code LINE_PROXYSTATUS}: a proxy opened or closed (TAPISRV, on lineOpen and lineClose). */
  int LINE_PROXYSTATUS = 31;

  /** {@code LINE_AGENTSESSIONSTATUS}: dwParam1 the session, dwParam2 the bits, dwParam3 a state. */
  int LINE_AGENTSESSIONSTATUS = 27;

  /** {@code LINE_QUEUESTATUS}: dwParam1 the queue ID, dwParam2 LINEQUEUESTATUS_ bits. */
  int LINE_QUEUESTATUS = 28;

  /** {@code LINE_AGENTSTATUSEX}: dwParam1 the agent, dwParam2 the bits, dwParam3 a state. */
  int LINE_AGENTSTATUSEX = 29;

  /** {@code LINE_GROUPSTATUS}: dwParam2 LINEGROUPSTATUS_ bits; fetch the group list again. */
  int LINE_GROUPSTATUS = 30;

  /** {@code LINEDEVSTATE_REINIT}: TAPI asks applications to shut down and initialise again. */
  int LINEDEVSTATE_REINIT = 0x00040000;

  /** {@code LINEAGENTSESSIONSTATUS_NEWSESSION}. */
  int LINEAGENTSESSIONSTATUS_NEWSESSION = 0x1;

  /** {@code LINEAGENTSESSIONSTATUS_STATE}. */
  int LINEAGENTSESSIONSTATUS_STATE = 0x2;

  /** {@code LINEAGENTSESSIONSTATUS_UPDATEINFO}: statistics changed. */
  int LINEAGENTSESSIONSTATUS_UPDATEINFO = 0x4;

  /** {@code LINEAGENTSTATUSEX_NEWAGENT}. */
  int LINEAGENTSTATUSEX_NEWAGENT = 0x1;

  /** {@code LINEAGENTSTATUSEX_STATE}. */
  int LINEAGENTSTATUSEX_STATE = 0x2;

  /** {@code LINEAGENTSTATUSEX_UPDATEINFO}. */
  int LINEAGENTSTATUSEX_UPDATEINFO = 0x4;

  /** {@code LINEQUEUESTATUS_UPDATEINFO}. */
  int LINEQUEUESTATUS_UPDATEINFO = 0x1;

  /** {@code LINEQUEUESTATUS_NEWQUEUE}. */
  int LINEQUEUESTATUS_NEWQUEUE = 0x2;

  /** {@code LINEQUEUESTATUS_QUEUEREMOVED}. */
  int LINEQUEUESTATUS_QUEUEREMOVED = 0x4;

  /** {@code LINEGROUPSTATUS_NEWGROUP}. */
  int LINEGROUPSTATUS_NEWGROUP = 0x1;

  /** {@code LINEGROUPSTATUS_GROUPREMOVED}. */
  int LINEGROUPSTATUS_GROUPREMOVED = 0x2;

  /** {@code LINEINITIALIZEEXOPTION_USEEVENT}: messages through {@link #lineGetMessage}. */
  int LINEINITIALIZEEXOPTION_USEEVENT = 2;

  /** {@code LINECALLPRIVILEGE_NONE}. */
  int LINECALLPRIVILEGE_NONE = 0x1;

  /** {@code LINEMEDIAMODE_INTERACTIVEVOICE}. */
  int LINEMEDIAMODE_INTERACTIVEVOICE = 0x4;

  /** TAPI 2.2, {@code 0x00020002}: the agent-session functions. */
  int TAPI_VERSION_2_2 = 0x00020002;

  /** TAPI 3.0, {@code 0x00030000}: adds the queue functions. */
  int TAPI_VERSION_3_0 = 0x00030000;

  /** {@code INFINITE} for {@link #lineGetMessage}'s timeout. */
  int INFINITE = 0xFFFFFFFF;

  /** Starts using TAPI ({@code lineInitializeExW}); synchronous. */
  int lineInitializeEx(
      IntByReference lphLineApp,
      Pointer hInstance,
      Pointer lpfnCallback,
      Pointer lpszFriendlyAppName,
      IntByReference lpdwNumDevs,
      IntByReference lpdwAPIVersion,
      LINEINITIALIZEEXPARAMS lpLineInitializeExParams);

  /** Agrees on an API version for a line device; synchronous. */
  int lineNegotiateAPIVersion(
      int hLineApp,
      int dwDeviceID,
      int dwAPILowVersion,
      int dwAPIHighVersion,
      IntByReference lpdwAPIVersion,
      LINEEXTENSIONID lpExtensionID);

  /** Opens a line device ({@code lineOpenW}); synchronous. */
  int lineOpen(
      int hLineApp,
      int dwDeviceID,
      IntByReference lphLine,
      int dwAPIVersion,
      int dwExtVersion,
      DWORD_PTR dwCallbackInstance,
      int dwPrivileges,
      int dwMediaModes,
      Pointer lpCallParams);

  /** Closes a line; synchronous. */
  int lineClose(int hLine);

  /** Stops using TAPI; synchronous. Wakes a {@link #lineGetMessage} blocked on another thread. */
  int lineShutdown(int hLineApp);

  /**
   * Takes the next message, waiting up to {@code dwTimeout} ms; synchronous. {@code
   * LINEERR_OPERATIONFAILED} when nothing arrived in time.
   */
  int lineGetMessage(int hLineApp, LINEMESSAGE lpMessage, int dwTimeout);

  /** Asks for an agent handler's capabilities ({@code lineGetAgentCapsW}); asynchronous. */
  int lineGetAgentCaps(
      int hLineApp,
      int dwDeviceID,
      int dwAddressID,
      int dwAppAPIVersion,
      LINEAGENTCAPS lpAgentCaps);

  /** Creates, or finds, an agent ({@code lineCreateAgentW}); asynchronous. */
  int lineCreateAgent(
      int hLine, Pointer lpszAgentID, Pointer lpszAgentPIN, IntByReference lphAgent);

  /** Creates an agent session in a group ({@code lineCreateAgentSessionW}); asynchronous. */
  int lineCreateAgentSession(
      int hLine,
      int hAgent,
      Pointer lpszAgentPIN,
      int dwWorkingAddressID,
      GUID lpGroupID,
      IntByReference lphAgentSession);

  /** Lists an agent's sessions; asynchronous. */
  int lineGetAgentSessionList(int hLine, int hAgent, LINEAGENTSESSIONLIST lpAgentSessionList);

  /** Reads a session's state and statistics; asynchronous. */
  int lineGetAgentSessionInfo(
      int hLine, int hAgentSession, LINEAGENTSESSIONINFO lpAgentSessionInfo);

  /** Sets a session's state and next state; asynchronous. */
  int lineSetAgentSessionState(
      int hLine, int hAgentSession, int dwAgentSessionState, int dwNextAgentSessionState);

  /** Reads an agent's state and statistics; asynchronous. */
  int lineGetAgentInfo(int hLine, int hAgent, LINEAGENTINFO lpAgentInfo);

  /** Sets an agent's state and next state; asynchronous. */
  int lineSetAgentStateEx(int hLine, int hAgent, int dwAgentState, int dwNextAgentState);

  /** Sets an agent's statistics window in seconds, resetting its counters; asynchronous. */
  int lineSetAgentMeasurementPeriod(int hLine, int hAgent, int dwMeasurementPeriod);

  /** Lists the ACD groups ({@code lineGetGroupListW}); asynchronous. */
  int lineGetGroupList(int hLine, LINEAGENTGROUPLIST lpGroupList);

  /** Lists a group's queues ({@code lineGetQueueListW}, TAPI 3.0); asynchronous. */
  int lineGetQueueList(int hLine, GUID lpGroupID, LINEQUEUELIST lpQueueList);

  /** Reads a queue's statistics (TAPI 3.0); asynchronous. */
  int lineGetQueueInfo(int hLine, int dwQueueID, LINEQUEUEINFO lpQueueInfo);

  /** Sets a queue's statistics window in seconds, resetting it (TAPI 3.0); asynchronous. */
  int lineSetQueueMeasurementPeriod(int hLine, int dwQueueID, int dwMeasurementPeriod);
}
