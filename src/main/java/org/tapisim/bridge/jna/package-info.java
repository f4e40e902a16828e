/**
 * The raw binding to tapi32's TAPI 2.2 call-center functions through JNA, in TAPI's own spelling.
 *
 * <p>{@link org.tapisim.bridge.jna.Tapi32} declares the functions, the structures ({@code
 * LINEAGENTSESSIONINFO} and its siblings) mirror tapi.h's byte-packed layouts, and {@link
 * org.tapisim.bridge.jna.Tapi32Loader} loads the library explicitly: the real tapi32.dll on
 * Windows, or the C stand-in from {@code native/} ({@code libtapi32.so}) elsewhere. Handles and
 * DWORDs are Java {@code int}s, pointer-sized fields are {@link org.tapisim.bridge.jna.DWORD_PTR},
 * and strings travel as explicit UTF-16LE (Windows' {@code WCHAR}), never as JNA's {@code WString},
 * whose width follows the platform's {@code wchar_t}.
 *
 * <p>Nothing here checks results or translates them: that is the job of {@code org.tapisim.bridge}.
 * Structures are not thread-safe; the library interface is as thread-safe as the library behind it
 * (tapi32 and the stand-in both are).
 */
package org.tapisim.bridge.jna;
