/*
 * The built-in ACD's data, shared by acd.c (rules and operations) and
 * acd_report.c (the output structures). Guarded by the stand-in's lock.
 */
#ifndef TAPISIM_ACD_MODEL_H
#define TAPISIM_ACD_MODEL_H

#include "standin.h"

#define MAX_AGENTS 64
#define MAX_SESSIONS 256
#define GROUP_COUNT 2

struct group {
  const char *name;
  TAPI_GUID guid;
  tapi_dword queue_id;
  tapi_dword period;
  tapi_dword total_queued;
  tapi_dword longest_ever_wait;
  unsigned long long total_wait;
  tapi_dword waits;
};

struct agent {
  tapi_dword handle;
  tapi_wchar *id;
  unsigned groups; /* a bit per group index */
  tapi_dword period;
  tapi_dword reported_state;
};

struct session {
  tapi_dword handle;
  int agent;
  int group;
  tapi_dword state;
  tapi_dword next;
  long long start;
  long long ended; /* -1 while live */
  long long entered;
  long long call_start;
  tapi_dword calls;
  tapi_dword completed_calls;
  tapi_dword talk;
  tapi_dword wrap;
  tapi_dword wrapups;
  tapi_dword longest_answer;
  unsigned long long total_answer;
};

extern struct group acd_groups[GROUP_COUNT];
extern struct agent acd_agents[MAX_AGENTS];
extern int acd_agent_count;
extern struct session acd_sessions[MAX_SESSIONS];
extern int acd_session_count;

int acd_agent_by_handle(tapi_dword handle);          /* index, or -1 */
int acd_group_by_guid(const TAPI_GUID *guid);        /* index, or -1 */
int acd_group_by_queue(tapi_dword queue);            /* index, or -1 */
struct session *acd_session_by_handle(tapi_dword handle);
tapi_dword acd_agent_state(int agent);               /* LINEAGENTSTATEEX_ */
tapi_dword acd_duration_of(const struct session *s); /* active seconds */

#endif
