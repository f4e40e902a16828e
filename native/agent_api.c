/*
 * The exported call-center functions. All are asynchronous: they return a
 * request id at once and the result arrives as LINE_REPLY; errors found
 * before a request exists (REINIT, a bad handle or pointer, a structure
 * smaller than its fixed part) are returned at once instead.
 */
#include <stdlib.h>

#include "standin.h"

typedef tapi_long (*get_fn)(tapi_dword key, tapi_dword total_size, void **image,
                            size_t *image_len);

/* Starts a request on a line and answers a get operation into *buffer. */
static tapi_long get_on_line(tapi_dword hLine, tapi_dword key, void *buffer, size_t fixed_size,
                             get_fn get, int needs_3_0) {
  if (buffer == NULL) {
    return ERR_INVALPOINTER;
  }
  tapi_dword total_size = *(const tapi_dword *)buffer;
  if (total_size < fixed_size) {
    return ERR_STRUCTURETOOSMALL;
  }
  struct request rq;
  standin_lock();
  tapi_long id = request_begin_line(hLine, &rq);
  if (id > 0) {
    void *image = NULL;
    size_t image_len = 0;
    tapi_long result = rq.forced_error;
    if (result == 0 && !rq.dropped) {
      result = needs_3_0 && rq.line_version < VERSION_3_0
                   ? ERR_INCOMPATIBLEAPIVERSION
                   : get(key, total_size, &image, &image_len);
    }
    request_finish(&rq, result, buffer, image, image_len, NULL, 0);
  }
  standin_unlock();
  return id;
}

/* Starts a request on a line and answers a set operation. */
static tapi_long set_on_line(tapi_dword hLine, tapi_long (*set)(tapi_dword, tapi_dword, tapi_dword),
                             tapi_dword a, tapi_dword b, tapi_dword c, int needs_3_0) {
  struct request rq;
  standin_lock();
  tapi_long id = request_begin_line(hLine, &rq);
  if (id > 0) {
    tapi_long result = rq.forced_error;
    if (result == 0 && !rq.dropped) {
      result = needs_3_0 && rq.line_version < VERSION_3_0 ? ERR_INCOMPATIBLEAPIVERSION
                                                          : set(a, b, c);
    }
    if (result != 0) {
      outbox_discard();
    }
    request_finish(&rq, result, NULL, NULL, 0, NULL, 0);
  }
  standin_unlock();
  return id;
}

EXPORT tapi_long lineGetAgentCapsW(tapi_dword hLineApp, tapi_dword dwDeviceID,
                                   tapi_dword dwAddressID, tapi_dword dwAppAPIVersion,
                                   LINEAGENTCAPS *lpAgentCaps) {
  if (lpAgentCaps == NULL) {
    return ERR_INVALPOINTER;
  }
  if (lpAgentCaps->dwTotalSize < sizeof(LINEAGENTCAPS)) {
    return ERR_STRUCTURETOOSMALL;
  }
  if (dwDeviceID != 0) {
    return ERR_BADDEVICEID;
  }
  tapi_dword total_size = lpAgentCaps->dwTotalSize;
  struct request rq;
  standin_lock();
  tapi_long id = request_begin_app(hLineApp, &rq);
  if (id > 0) {
    void *image = NULL;
    size_t image_len = 0;
    tapi_long result = rq.forced_error;
    if (result == 0 && !rq.dropped) {
      result = dwAddressID != 0 ? ERR_INVALPARAM
                                : acd_get_caps(dwAppAPIVersion, total_size, &image, &image_len);
    }
    request_finish(&rq, result, lpAgentCaps, image, image_len, NULL, 0);
  }
  standin_unlock();
  return id;
}

EXPORT tapi_long lineCreateAgentW(tapi_dword hLine, const tapi_wchar *lpszAgentID,
                                  const tapi_wchar *lpszAgentPIN, tapi_dword *lphAgent) {
  if (lphAgent == NULL) {
    return ERR_INVALPOINTER;
  }
  struct request rq;
  standin_lock();
  tapi_long id = request_begin_line(hLine, &rq);
  if (id > 0) {
    tapi_dword agent = 0;
    tapi_long result = rq.forced_error;
    if (result == 0 && !rq.dropped) {
      result = acd_create_agent(lpszAgentID, lpszAgentPIN, &agent);
    }
    request_finish(&rq, result, NULL, NULL, 0, lphAgent, agent);
  }
  standin_unlock();
  return id;
}

EXPORT tapi_long lineCreateAgentSessionW(tapi_dword hLine, tapi_dword hAgent,
                                         const tapi_wchar *lpszAgentPIN,
                                         tapi_dword dwWorkingAddressID, const TAPI_GUID *lpGroupID,
                                         tapi_dword *lphAgentSession) {
  (void)lpszAgentPIN;
  if (lpGroupID == NULL || lphAgentSession == NULL) {
    return ERR_INVALPOINTER;
  }
  struct request rq;
  standin_lock();
  tapi_long id = request_begin_line(hLine, &rq);
  if (id > 0) {
    tapi_dword session = 0;
    tapi_long result = rq.forced_error;
    if (result == 0 && !rq.dropped) {
      result = dwWorkingAddressID != 0 ? ERR_INVALPARAM
                                       : acd_create_session(hAgent, lpGroupID, &session);
    }
    request_finish(&rq, result, NULL, NULL, 0, lphAgentSession, session);
  }
  standin_unlock();
  return id;
}

EXPORT tapi_long lineGetAgentSessionList(tapi_dword hLine, tapi_dword hAgent, void *lpList) {
  return get_on_line(hLine, hAgent, lpList, sizeof(LINELISTHEADER), acd_get_session_list, 0);
}

EXPORT tapi_long lineGetAgentSessionInfo(tapi_dword hLine, tapi_dword hAgentSession,
                                         LINEAGENTSESSIONINFO *lpInfo) {
  return get_on_line(hLine, hAgentSession, lpInfo, sizeof(LINEAGENTSESSIONINFO),
                     acd_get_session_info, 0);
}

EXPORT tapi_long lineSetAgentSessionState(tapi_dword hLine, tapi_dword hAgentSession,
                                          tapi_dword dwAgentSessionState,
                                          tapi_dword dwNextAgentSessionState) {
  return set_on_line(hLine, acd_set_session_state, hAgentSession, dwAgentSessionState,
                     dwNextAgentSessionState, 0);
}

EXPORT tapi_long lineGetAgentInfo(tapi_dword hLine, tapi_dword hAgent, LINEAGENTINFO *lpInfo) {
  return get_on_line(hLine, hAgent, lpInfo, sizeof(LINEAGENTINFO), acd_get_agent_info, 0);
}

EXPORT tapi_long lineSetAgentStateEx(tapi_dword hLine, tapi_dword hAgent, tapi_dword dwAgentState,
                                     tapi_dword dwNextAgentState) {
  return set_on_line(hLine, acd_set_agent_state, hAgent, dwAgentState, dwNextAgentState, 0);
}

static tapi_long set_agent_period(tapi_dword agent, tapi_dword period, tapi_dword unused) {
  (void)unused;
  return acd_set_agent_period(agent, period);
}

EXPORT tapi_long lineSetAgentMeasurementPeriod(tapi_dword hLine, tapi_dword hAgent,
                                               tapi_dword dwMeasurementPeriod) {
  return set_on_line(hLine, set_agent_period, hAgent, dwMeasurementPeriod, 0, 0);
}

static tapi_long get_group_list(tapi_dword unused, tapi_dword total_size, void **image,
                                size_t *image_len) {
  (void)unused;
  return acd_get_group_list(total_size, image, image_len);
}

EXPORT tapi_long lineGetGroupListW(tapi_dword hLine, void *lpGroupList) {
  return get_on_line(hLine, 0, lpGroupList, sizeof(LINELISTHEADER), get_group_list, 0);
}

EXPORT tapi_long lineGetQueueListW(tapi_dword hLine, const TAPI_GUID *lpGroupID,
                                   void *lpQueueList) {
  if (lpGroupID == NULL || lpQueueList == NULL) {
    return ERR_INVALPOINTER;
  }
  tapi_dword total_size = *(const tapi_dword *)lpQueueList;
  if (total_size < sizeof(LINELISTHEADER)) {
    return ERR_STRUCTURETOOSMALL;
  }
  TAPI_GUID group = *lpGroupID;
  struct request rq;
  standin_lock();
  tapi_long id = request_begin_line(hLine, &rq);
  if (id > 0) {
    void *image = NULL;
    size_t image_len = 0;
    tapi_long result = rq.forced_error;
    if (result == 0 && !rq.dropped) {
      result = rq.line_version < VERSION_3_0
                   ? ERR_INCOMPATIBLEAPIVERSION
                   : acd_get_queue_list(&group, total_size, &image, &image_len);
    }
    request_finish(&rq, result, lpQueueList, image, image_len, NULL, 0);
  }
  standin_unlock();
  return id;
}

EXPORT tapi_long lineGetQueueInfo(tapi_dword hLine, tapi_dword dwQueueID, LINEQUEUEINFO *lpInfo) {
  return get_on_line(hLine, dwQueueID, lpInfo, sizeof(LINEQUEUEINFO), acd_get_queue_info, 1);
}

static tapi_long set_queue_period(tapi_dword queue, tapi_dword period, tapi_dword unused) {
  (void)unused;
  return acd_set_queue_period(queue, period);
}

EXPORT tapi_long lineSetQueueMeasurementPeriod(tapi_dword hLine, tapi_dword dwQueueID,
                                               tapi_dword dwMeasurementPeriod) {
  return set_on_line(hLine, set_queue_period, dwQueueID, dwMeasurementPeriod, 0, 1);
}
