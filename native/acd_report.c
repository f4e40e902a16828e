/*
 * The stand-in's answers to the get functions: images of LINEAGENTSESSIONINFO,
 * LINEAGENTINFO, LINEQUEUEINFO, the three lists and LINEAGENTCAPS, built from
 * the ACD's data (acd_model.h) and copied into the caller's buffer when the
 * LINE_REPLY is handed out.
 */
#include <stdlib.h>
#include <string.h>

#include "acd_model.h"

#define HANDLER_INFO "tapisim native stand-in"

static const TAPI_GUID proxy_guid = {{0x74, 0x61, 0x70, 0x69, 0x73, 0x69, 0x6d, 0x00, 0x70, 0x72,
                                      0x6f, 0x78, 0x79, 0x00, 0x00, 0x01}};


static tapi_dword average(unsigned long long total, tapi_dword count) {
  return count == 0 ? 0 : (tapi_dword)(total / count);
}

/* Calls per hour as a CURRENCY: the value times 10 000. */
static int64_t per_hour(unsigned long long calls, unsigned long long seconds) {
  return seconds == 0 ? 0 : (int64_t)(calls * 3600ULL * 10000ULL / seconds);
}

static void *fixed_image(size_t size, tapi_dword total_size, size_t *image_len) {
  unsigned char *image = calloc(1, size);
  if (image != NULL) {
    tapi_dword header[3] = {total_size, (tapi_dword)size, (tapi_dword)size};
    memcpy(image, header, sizeof header);
    *image_len = size;
  }
  return image;
}

tapi_long acd_get_session_info(tapi_dword session, tapi_dword total_size, void **image,
                               size_t *image_len) {
  const struct session *s = acd_session_by_handle(session);
  if (s == NULL) {
    return ERR_INVALPARAM;
  }
  LINEAGENTSESSIONINFO *info = fixed_image(sizeof *info, total_size, image_len);
  if (info == NULL) {
    return ERR_NOMEM;
  }
  tapi_dword duration = acd_duration_of(s);
  info->dwAgentSessionState = s->state;
  info->dwNextAgentSessionState = s->next;
  info->dateSessionStartTime = clock_to_date(s->start);
  info->dwSessionDuration = duration;
  info->dwNumberOfCalls = s->calls;
  info->dwTotalTalkTime = s->talk;
  info->dwAverageTalkTime = average(s->talk, s->completed_calls);
  info->dwTotalCallTime = s->talk + s->wrap;
  info->dwAverageCallTime = average((unsigned long long)s->talk + s->wrap, s->completed_calls);
  info->dwTotalWrapUpTime = s->wrap;
  info->dwAverageWrapUpTime = average(s->wrap, s->wrapups);
  info->cyACDCallRate = per_hour(s->calls, duration);
  info->dwLongestTimeToAnswer = s->longest_answer;
  info->dwAverageTimeToAnswer = average(s->total_answer, s->calls);
  *image = info;
  return 0;
}

tapi_long acd_get_agent_info(tapi_dword agent, tapi_dword total_size, void **image,
                             size_t *image_len) {
  int a = acd_agent_by_handle(agent);
  if (a < 0) {
    return ERR_INVALAGENTID;
  }
  LINEAGENTINFO *info = fixed_image(sizeof *info, total_size, image_len);
  if (info == NULL) {
    return ERR_NOMEM;
  }
  unsigned long long calls = 0, talk = 0, wrap = 0, seconds = 0;
  for (int i = 0; i < acd_session_count; i++) {
    if (acd_sessions[i].agent == a) {
      calls += acd_sessions[i].calls;
      talk += acd_sessions[i].talk;
      wrap += acd_sessions[i].wrap;
      seconds += acd_duration_of(&acd_sessions[i]);
    }
  }
  info->dwAgentState = acd_agent_state(a);
  info->dwNextAgentState = 0;
  info->dwMeasurementPeriod = acd_agents[a].period;
  info->cyOverallCallRate = per_hour(calls, seconds);
  info->dwNumberOfACDCalls = (tapi_dword)calls;
  info->dwNumberOfIncomingCalls = 0;
  info->dwNumberOfOutgoingCalls = 0;
  info->dwTotalACDTalkTime = (tapi_dword)talk;
  info->dwTotalACDCallTime = (tapi_dword)(talk + wrap);
  info->dwTotalACDWrapUpTime = (tapi_dword)wrap;
  *image = info;
  return 0;
}

tapi_long acd_get_queue_info(tapi_dword queue, tapi_dword total_size, void **image,
                             size_t *image_len) {
  int g = acd_group_by_queue(queue);
  if (g < 0) {
    return ERR_INVALPARAM;
  }
  LINEQUEUEINFO *info = fixed_image(sizeof *info, total_size, image_len);
  if (info == NULL) {
    return ERR_NOMEM;
  }
  const struct group *q = &acd_groups[g];
  info->dwMeasurementPeriod = q->period;
  info->dwTotalCallsQueued = q->total_queued;
  info->dwCurrentCallsQueued = 0; /* a delivered call is answered at once */
  info->dwTotalCallsAbandoned = 0;
  info->dwTotalCallsFlowedIn = 0;
  info->dwTotalCallsFlowedOut = 0;
  info->dwLongestEverWaitTime = q->longest_ever_wait;
  info->dwCurrentLongestWaitTime = 0;
  info->dwAverageWaitTime = average(q->total_wait, q->waits);
  info->dwFinalDisposition = 0;
  *image = info;
  return 0;
}

/*
 * A list: the 24-byte header, the entries, then the strings. When it does
 * not fit in total_size, only the header goes back, with dwNeededSize set
 * and no entries, so the caller can grow its buffer and ask again.
 */
static tapi_long list_image(size_t needed, tapi_dword total_size, unsigned char **out,
                            size_t *image_len, int *fits) {
  *fits = needed <= total_size;
  size_t size = *fits ? needed : sizeof(LINELISTHEADER);
  unsigned char *image = calloc(1, size);
  if (image == NULL) {
    return ERR_NOMEM;
  }
  LINELISTHEADER *h = (LINELISTHEADER *)image;
  h->dwTotalSize = total_size;
  h->dwNeededSize = (tapi_dword)needed;
  h->dwUsedSize = (tapi_dword)size;
  *out = image;
  *image_len = size;
  return 0;
}

tapi_long acd_get_session_list(tapi_dword agent, tapi_dword total_size, void **image,
                               size_t *image_len) {
  int a = acd_agent_by_handle(agent);
  if (a < 0) {
    return ERR_INVALAGENTID;
  }
  tapi_dword count = 0;
  for (int i = 0; i < acd_session_count; i++) {
    count += acd_sessions[i].agent == a;
  }
  size_t needed = sizeof(LINELISTHEADER) + count * sizeof(LINEAGENTSESSIONENTRY);
  unsigned char *out;
  int fits;
  tapi_long rc = list_image(needed, total_size, &out, image_len, &fits);
  if (rc != 0) {
    return rc;
  }
  if (fits) {
    LINELISTHEADER *h = (LINELISTHEADER *)out;
    h->dwNumEntries = count;
    h->dwListSize = count * (tapi_dword)sizeof(LINEAGENTSESSIONENTRY);
    h->dwListOffset = sizeof(LINELISTHEADER);
    LINEAGENTSESSIONENTRY *entry = (LINEAGENTSESSIONENTRY *)(out + sizeof(LINELISTHEADER));
    for (int i = 0; i < acd_session_count; i++) {
      if (acd_sessions[i].agent == a) {
        entry->hAgentSession = acd_sessions[i].handle;
        entry->hAgent = acd_agents[a].handle;
        entry->GroupID = acd_groups[acd_sessions[i].group].guid;
        entry->dwWorkingAddressID = 0;
        entry++;
      }
    }
  }
  *image = out;
  return 0;
}

tapi_long acd_get_group_list(tapi_dword total_size, void **image, size_t *image_len) {
  size_t strings = 0;
  for (int i = 0; i < GROUP_COUNT; i++) {
    strings += 2 * (strlen(acd_groups[i].name) + 1);
  }
  size_t entries = GROUP_COUNT * sizeof(LINEAGENTGROUPENTRY);
  size_t needed = sizeof(LINELISTHEADER) + entries + strings;
  unsigned char *out;
  int fits;
  tapi_long rc = list_image(needed, total_size, &out, image_len, &fits);
  if (rc != 0) {
    return rc;
  }
  if (fits) {
    LINELISTHEADER *h = (LINELISTHEADER *)out;
    h->dwNumEntries = GROUP_COUNT;
    h->dwListSize = (tapi_dword)entries;
    h->dwListOffset = sizeof(LINELISTHEADER);
    size_t text = sizeof(LINELISTHEADER) + entries;
    for (int i = 0; i < GROUP_COUNT; i++) {
      LINEAGENTGROUPENTRY *entry =
          (LINEAGENTGROUPENTRY *)(out + sizeof(LINELISTHEADER)) + i;
      memcpy(&entry->dwGroupID1, acd_groups[i].guid.bytes, sizeof acd_groups[i].guid.bytes);
      entry->dwNameOffset = (tapi_dword)text; /* from the start of the list */
      entry->dwNameSize = (tapi_dword)utf16_put_ascii(out + text, acd_groups[i].name);
      text += entry->dwNameSize;
    }
  }
  *image = out;
  return 0;
}

tapi_long acd_get_queue_list(const TAPI_GUID *group, tapi_dword total_size, void **image,
                             size_t *image_len) {
  int g = acd_group_by_guid(group);
  if (g < 0) {
    return ERR_INVALAGENTGROUP;
  }
  size_t needed = sizeof(LINELISTHEADER) + sizeof(LINEQUEUEENTRY) + 2 * (strlen(acd_groups[g].name) + 1);
  unsigned char *out;
  int fits;
  tapi_long rc = list_image(needed, total_size, &out, image_len, &fits);
  if (rc != 0) {
    return rc;
  }
  if (fits) {
    LINELISTHEADER *h = (LINELISTHEADER *)out;
    h->dwNumEntries = 1;
    h->dwListSize = sizeof(LINEQUEUEENTRY);
    h->dwListOffset = sizeof(LINELISTHEADER);
    LINEQUEUEENTRY *entry = (LINEQUEUEENTRY *)(out + sizeof(LINELISTHEADER));
    entry->dwQueueID = acd_groups[g].queue_id;
    entry->dwNameOffset = sizeof(LINELISTHEADER) + sizeof(LINEQUEUEENTRY);
    entry->dwNameSize = (tapi_dword)utf16_put_ascii(out + entry->dwNameOffset, acd_groups[g].name);
  }
  *image = out;
  return 0;
}

tapi_long acd_get_caps(tapi_dword app_version, tapi_dword total_size, void **image,
                       size_t *image_len) {
  size_t info_size = 2 * (strlen(HANDLER_INFO) + 1);
  size_t needed = sizeof(LINEAGENTCAPS) + info_size;
  int fits = needed <= total_size;
  size_t size = fits ? needed : sizeof(LINEAGENTCAPS);
  unsigned char *out = calloc(1, size);
  if (out == NULL) {
    return ERR_NOMEM;
  }
  LINEAGENTCAPS *caps = (LINEAGENTCAPS *)out;
  caps->dwTotalSize = total_size;
  caps->dwNeededSize = (tapi_dword)needed;
  caps->dwUsedSize = (tapi_dword)size;
  if (fits) {
    caps->dwAgentHandlerInfoOffset = sizeof(LINEAGENTCAPS);
    caps->dwAgentHandlerInfoSize = (tapi_dword)utf16_put_ascii(out + sizeof(LINEAGENTCAPS), HANDLER_INFO);
  }
  caps->dwCapsVersion = app_version < VERSION_3_0 ? app_version : VERSION_3_0;
  caps->dwMaxNumGroupEntries = GROUP_COUNT;
  if (app_version >= VERSION_2_2) {
    caps->ProxyGUID = proxy_guid;
  }
  *image = out;
  *image_len = size;
  return 0;
}

