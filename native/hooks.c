/*
 * The stand-in's own exports, for tests: in the spirit of Microsoft's ESP
 * exerciser they let a test play the switch's part. Real tapi32 has none of
 * them. Each returns 0 or a LINEERR and is safe to call from any thread.
 */
#include "standin.h"

/* Forgets every application, line, message, agent and session and restores the built-in ACD. */
EXPORT tapi_long tapisimStandInReset(void) {
  standin_lock();
  registry_reset();
  acd_reset();
  clock_reset();
  standin_unlock();
  return 0;
}

/* Moves the stand-in's clock (which starts at 2025-01-06T09:00:00Z) forward. */
EXPORT tapi_long tapisimStandInAdvanceClock(tapi_dword seconds) {
  standin_lock();
  clock_advance(seconds);
  standin_unlock();
  return 0;
}

/*
 * Delivers an ACD call that waited waitedSeconds to the agent's live session
 * in the group: READY -> BUSYONCALL. INVALAGENTID: no such agent;
 * INVALAGENTGROUP: no live session there; INVALAGENTSESSIONSTATE: the
 * session is not READY; RESOURCEUNAVAIL: the agent is busy in another group.
 */
EXPORT tapi_long tapisimStandInDeliverCall(const tapi_wchar *agentId, const tapi_wchar *groupName,
                                           tapi_dword waitedSeconds) {
  if (agentId == NULL || groupName == NULL) {
    return ERR_INVALPOINTER;
  }
  standin_lock();
  tapi_long rc = acd_deliver_call(agentId, groupName, waitedSeconds);
  if (rc == 0) {
    outbox_flush();
  } else {
    outbox_discard();
  }
  standin_unlock();
  return rc;
}

/*
 * Ends the call of the agent's session in the group: BUSYONCALL ->
 * BUSYWRAPUP when wrapUp is non-zero, else -> the next state asked for
 * (READY by default). INVALAGENTSESSIONSTATE: the session has no call.
 */
EXPORT tapi_long tapisimStandInEndCall(const tapi_wchar *agentId, const tapi_wchar *groupName,
                                       tapi_dword wrapUp) {
  if (agentId == NULL || groupName == NULL) {
    return ERR_INVALPOINTER;
  }
  standin_lock();
  tapi_long rc = acd_end_call(agentId, groupName, wrapUp);
  if (rc == 0) {
    outbox_flush();
  } else {
    outbox_discard();
  }
  standin_unlock();
  return rc;
}

/* Closes every open line as a provider would: LINE_CLOSE, then INVALLINEHANDLE for the handle. */
EXPORT tapi_long tapisimStandInForceLineClose(void) {
  standin_lock();
  registry_force_close_all();
  standin_unlock();
  return 0;
}

/*
 * Asks every application to reinitialise: LINE_LINEDEVSTATE(REINIT) to each
 * open line, then LINEERR_REINIT from every function but lineGetMessage,
 * lineClose and lineShutdown until all applications have shut down.
 */
EXPORT tapi_long tapisimStandInForceReinit(void) {
  standin_lock();
  registry_force_reinit();
  standin_unlock();
  return 0;
}

/* Makes the next asynchronous request fail with lineError (a negative LINEERR) in its LINE_REPLY. */
EXPORT tapi_long tapisimStandInFailNextRequest(tapi_long lineError) {
  if (lineError >= 0) {
    return ERR_INVALPARAM;
  }
  standin_lock();
  registry_fail_next(lineError);
  standin_unlock();
  return 0;
}

/* Makes the next asynchronous request get a request id and then nothing: no effect, no LINE_REPLY. */
EXPORT tapi_long tapisimStandInDropNextReply(void) {
  standin_lock();
  registry_drop_next();
  standin_unlock();
  return 0;
}
