/* UTF-16 strings as TAPI's W functions pass them: NUL-terminated 16-bit code units. */
#include <stdlib.h>
#include <string.h>

#include "standin.h"

size_t utf16_len(const tapi_wchar *s) {
  size_t n = 0;
  while (s[n] != 0) {
    n++;
  }
  return n;
}

tapi_wchar *utf16_dup(const tapi_wchar *s) {
  size_t bytes = (utf16_len(s) + 1) * sizeof(tapi_wchar);
  tapi_wchar *copy = malloc(bytes);
  if (copy != NULL) {
    memcpy(copy, s, bytes);
  }
  return copy;
}

int utf16_equals(const tapi_wchar *a, const tapi_wchar *b) {
  if (a == NULL || b == NULL) {
    return a == b;
  }
  size_t i = 0;
  while (a[i] != 0 && a[i] == b[i]) {
    i++;
  }
  return a[i] == b[i];
}

int utf16_equals_ascii(const tapi_wchar *a, const char *b) {
  size_t i = 0;
  while (a[i] != 0 && a[i] == (unsigned char)b[i]) {
    i++;
  }
  return a[i] == (unsigned char)b[i];
}

static void put_unit(unsigned char *dst, tapi_wchar unit) {
  dst[0] = (unsigned char)(unit & 0xFF);
  dst[1] = (unsigned char)(unit >> 8);
}

size_t utf16_put_ascii(unsigned char *dst, const char *s) {
  size_t n = strlen(s);
  for (size_t i = 0; i <= n; i++) {
    put_unit(dst + 2 * i, (unsigned char)s[i]);
  }
  return 2 * (n + 1);
}
