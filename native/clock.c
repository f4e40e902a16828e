/*
 * The stand-in's clock. It starts at a fixed instant, 2025-01-06T09:00:00Z,
 * and moves only when tapisimStandInAdvanceClock says so, so that every
 * statistic the stand-in reports is deterministic.
 */
#include "standin.h"

#define START_SECONDS 1736154000LL  /* 2025-01-06T09:00:00Z */
#define UNIX_EPOCH_AS_DATE 25569.0  /* days from 1899-12-30 to 1970-01-01 */

static long long now_seconds = START_SECONDS;

long long clock_now(void) { return now_seconds; }

double clock_to_date(long long seconds) {
  return UNIX_EPOCH_AS_DATE + (double)seconds / 86400.0;
}

void clock_advance(tapi_dword seconds) { now_seconds += seconds; }

void clock_reset(void) { now_seconds = START_SECONDS; }
