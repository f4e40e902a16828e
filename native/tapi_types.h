/*
 * TAPI 2.2 values and structure layouts used by the stand-in, declared from
 * ../shared/TAPI.md (sections 3 to 5). Every structure is byte-packed, as
 * tapi.h is; the static assertions at the end pin the sizes and offsets that
 * the Java binding's unit test also checks.
 */
#ifndef TAPISIM_TAPI_TYPES_H
#define TAPISIM_TAPI_TYPES_H

#include <stddef.h>
#include <stdint.h>

/* TAPI's LONG, DWORD, DWORD_PTR and WCHAR (UTF-16 code unit, not wchar_t). */
typedef int32_t tapi_long;
typedef uint32_t tapi_dword;
typedef uintptr_t tapi_dword_ptr;
typedef uint16_t tapi_wchar;

/* Messages (LINE_*). */
enum {
  MSG_LINE_CLOSE = 3,
  MSG_LINE_LINEDEVSTATE = 8,
  MSG_LINE_REPLY = 12,
  MSG_LINE_AGENTSESSIONSTATUS = 27,
  MSG_LINE_QUEUESTATUS = 28,
  MSG_LINE_AGENTSTATUSEX = 29,
  MSG_LINE_GROUPSTATUS = 30
};

/* LINEDEVSTATE_REINIT, carried in dwParam1 of LINE_LINEDEVSTATE. */
#define DEVSTATE_REINIT 0x00040000u

/* LINEAGENTSESSIONSTATUS_, LINEAGENTSTATUSEX_ and LINEQUEUESTATUS_ bits. */
#define SESSIONSTATUS_NEWSESSION 0x1u
#define SESSIONSTATUS_STATE 0x2u
#define SESSIONSTATUS_UPDATEINFO 0x4u
#define AGENTSTATUSEX_NEWAGENT 0x1u
#define AGENTSTATUSEX_STATE 0x2u
#define QUEUESTATUS_UPDATEINFO 0x1u

/* LINEAGENTSESSIONSTATE_ bits. */
#define SESSION_NOTREADY 0x1u
#define SESSION_READY 0x2u
#define SESSION_BUSYONCALL 0x4u
#define SESSION_BUSYWRAPUP 0x8u
#define SESSION_ENDED 0x10u

/* LINEAGENTSTATEEX_ bits. */
#define AGENT_NOTREADY 0x1u
#define AGENT_READY 0x2u
#define AGENT_BUSYACD 0x4u

/* LINEINITIALIZEEXOPTION_USEEVENT and the TAPI versions the stand-in knows. */
#define INIT_OPTION_USEEVENT 2u
#define VERSION_1_4 0x00010004u
#define VERSION_2_2 0x00020002u
#define VERSION_3_0 0x00030000u

/* LINEERR_ codes the stand-in returns. */
#define ERR_BADDEVICEID ((tapi_long)0x80000002u)
#define ERR_INCOMPATIBLEAPIVERSION ((tapi_long)0x8000000Cu)
#define ERR_INVALAPPHANDLE ((tapi_long)0x80000014u)
#define ERR_INVALLINEHANDLE ((tapi_long)0x8000002Bu)
#define ERR_INVALPARAM ((tapi_long)0x80000032u)
#define ERR_INVALPOINTER ((tapi_long)0x80000035u)
#define ERR_INVALPRIVSELECT ((tapi_long)0x80000036u)
#define ERR_NOMEM ((tapi_long)0x80000044u)
#define ERR_OPERATIONFAILED ((tapi_long)0x80000048u)
#define ERR_RESOURCEUNAVAIL ((tapi_long)0x8000004Bu)
#define ERR_STRUCTURETOOSMALL ((tapi_long)0x8000004Du)
#define ERR_REINIT ((tapi_long)0x80000052u)
#define ERR_INVALAGENTID ((tapi_long)0x80000057u)
#define ERR_INVALAGENTGROUP ((tapi_long)0x80000058u)
#define ERR_INVALAGENTSTATE ((tapi_long)0x8000005Au)
#define ERR_INVALAGENTSESSIONSTATE ((tapi_long)0x8000005Fu)

#pragma pack(push, 1)

typedef struct {
  tapi_dword dwTotalSize;
  tapi_dword dwNeededSize;
  tapi_dword dwUsedSize;
  tapi_dword dwOptions;
  void *hEvent; /* the Handles union: hEvent or hCompletionPort */
  tapi_dword dwCompletionKey;
} LINEINITIALIZEEXPARAMS;

typedef struct {
  tapi_dword dwExtensionID0;
  tapi_dword dwExtensionID1;
  tapi_dword dwExtensionID2;
  tapi_dword dwExtensionID3;
} LINEEXTENSIONID;

typedef struct {
  tapi_dword hDevice;
  tapi_dword dwMessageID;
  tapi_dword_ptr dwCallbackInstance;
  tapi_dword_ptr dwParam1;
  tapi_dword_ptr dwParam2;
  tapi_dword_ptr dwParam3;
} LINEMESSAGE;

typedef struct {
  uint8_t bytes[16];
} TAPI_GUID;

/* The header shared by LINEAGENTSESSIONLIST, LINEAGENTGROUPLIST and LINEQUEUELIST. */
typedef struct {
  tapi_dword dwTotalSize;
  tapi_dword dwNeededSize;
  tapi_dword dwUsedSize;
  tapi_dword dwNumEntries;
  tapi_dword dwListSize;
  tapi_dword dwListOffset;
} LINELISTHEADER;

typedef struct {
  tapi_dword hAgentSession;
  tapi_dword hAgent;
  TAPI_GUID GroupID;
  tapi_dword dwWorkingAddressID;
} LINEAGENTSESSIONENTRY;

typedef struct {
  tapi_dword dwGroupID1;
  tapi_dword dwGroupID2;
  tapi_dword dwGroupID3;
  tapi_dword dwGroupID4;
  tapi_dword dwNameSize;
  tapi_dword dwNameOffset;
} LINEAGENTGROUPENTRY;

typedef struct {
  tapi_dword dwQueueID;
  tapi_dword dwNameSize;
  tapi_dword dwNameOffset;
} LINEQUEUEENTRY;

typedef struct {
  tapi_dword dwTotalSize;
  tapi_dword dwNeededSize;
  tapi_dword dwUsedSize;
  tapi_dword dwAgentSessionState;
  tapi_dword dwNextAgentSessionState;
  double dateSessionStartTime;
  tapi_dword dwSessionDuration;
  tapi_dword dwNumberOfCalls;
  tapi_dword dwTotalTalkTime;
  tapi_dword dwAverageTalkTime;
  tapi_dword dwTotalCallTime;
  tapi_dword dwAverageCallTime;
  tapi_dword dwTotalWrapUpTime;
  tapi_dword dwAverageWrapUpTime;
  int64_t cyACDCallRate;
  tapi_dword dwLongestTimeToAnswer;
  tapi_dword dwAverageTimeToAnswer;
} LINEAGENTSESSIONINFO;

typedef struct {
  tapi_dword dwTotalSize;
  tapi_dword dwNeededSize;
  tapi_dword dwUsedSize;
  tapi_dword dwAgentState;
  tapi_dword dwNextAgentState;
  tapi_dword dwMeasurementPeriod;
  int64_t cyOverallCallRate;
  tapi_dword dwNumberOfACDCalls;
  tapi_dword dwNumberOfIncomingCalls;
  tapi_dword dwNumberOfOutgoingCalls;
  tapi_dword dwTotalACDTalkTime;
  tapi_dword dwTotalACDCallTime;
  tapi_dword dwTotalACDWrapUpTime;
} LINEAGENTINFO;

typedef struct {
  tapi_dword dwTotalSize;
  tapi_dword dwNeededSize;
  tapi_dword dwUsedSize;
  tapi_dword dwAgentHandlerInfoSize;
  tapi_dword dwAgentHandlerInfoOffset;
  tapi_dword dwCapsVersion;
  tapi_dword dwFeatures;
  tapi_dword dwStates;
  tapi_dword dwNextStates;
  tapi_dword dwMaxNumGroupEntries;
  tapi_dword dwAgentStatusMessages;
  tapi_dword dwNumAgentExtensionIDs;
  tapi_dword dwAgentExtensionIDListSize;
  tapi_dword dwAgentExtensionIDListOffset;
  TAPI_GUID ProxyGUID;
} LINEAGENTCAPS;

typedef struct {
  tapi_dword dwTotalSize;
  tapi_dword dwNeededSize;
  tapi_dword dwUsedSize;
  tapi_dword dwMeasurementPeriod;
  tapi_dword dwTotalCallsQueued;
  tapi_dword dwCurrentCallsQueued;
  tapi_dword dwTotalCallsAbandoned;
  tapi_dword dwTotalCallsFlowedIn;
  tapi_dword dwTotalCallsFlowedOut;
  tapi_dword dwLongestEverWaitTime;
  tapi_dword dwCurrentLongestWaitTime;
  tapi_dword dwAverageWaitTime;
  tapi_dword dwFinalDisposition;
} LINEQUEUEINFO;

#pragma pack(pop)

_Static_assert(sizeof(LINEINITIALIZEEXPARAMS) == 4 * 5 + sizeof(void *), "LINEINITIALIZEEXPARAMS");
_Static_assert(sizeof(LINEMESSAGE) == 8 + 4 * sizeof(tapi_dword_ptr), "LINEMESSAGE");
_Static_assert(sizeof(LINELISTHEADER) == 24, "list header");
_Static_assert(sizeof(LINEAGENTSESSIONENTRY) == 28, "LINEAGENTSESSIONENTRY");
_Static_assert(sizeof(LINEAGENTGROUPENTRY) == 24, "LINEAGENTGROUPENTRY");
_Static_assert(sizeof(LINEQUEUEENTRY) == 12, "LINEQUEUEENTRY");
_Static_assert(sizeof(LINEAGENTSESSIONINFO) == 76, "LINEAGENTSESSIONINFO");
_Static_assert(offsetof(LINEAGENTSESSIONINFO, dateSessionStartTime) == 20, "session start time");
_Static_assert(offsetof(LINEAGENTSESSIONINFO, cyACDCallRate) == 60, "ACD call rate");
_Static_assert(sizeof(LINEAGENTINFO) == 56, "LINEAGENTINFO");
_Static_assert(offsetof(LINEAGENTINFO, cyOverallCallRate) == 24, "overall call rate");
_Static_assert(sizeof(LINEAGENTCAPS) == 72, "LINEAGENTCAPS");
_Static_assert(sizeof(LINEQUEUEINFO) == 52, "LINEQUEUEINFO");

#endif
