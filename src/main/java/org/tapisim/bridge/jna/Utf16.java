package org.tapisim.bridge.jna;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import java.nio.charset.StandardCharsets;

/**
 * TAPI's wide strings ({@code LPCWSTR}, and the strings inside variable-size structures) as
 * explicit UTF-16LE bytes: Windows' {@code WCHAR} is 2 bytes everywhere, while {@code wchar_t} (and
 * so JNA's {@code WString}) is 4 bytes on Linux. Stateless and thread-safe.
 */
public final class Utf16 {
  private Utf16() {}

  /**
   * Returns {@code text} in native memory as UTF-16LE with its terminating NUL, or {@code null} for
   * {@code null}.
   */
  public static Memory toNative(String text) {
    if (text == null) {
      return null;
    }
    byte[] bytes = text.getBytes(StandardCharsets.UTF_16LE);
    Memory memory = new Memory(bytes.length + 2L);
    memory.write(0, bytes, 0, bytes.length);
    memory.setShort(bytes.length, (short) 0);
    return memory;
  }

  /**
   * Reads a string of {@code size} bytes (its NUL included, as TAPI counts) at {@code offset} from
   * {@code base}; a size of 0 is the empty string.
   *
   * @throws IllegalArgumentException if the size or offset is negative or the size is odd
   */
  public static String read(Pointer base, int offset, int size) {
    if (size < 0 || offset < 0 || size % 2 != 0) {
      throw new IllegalArgumentException(
          "not a UTF-16 string: " + size + " bytes at offset " + offset);
    }
    if (size == 0) {
      return "";
    }
    String text = new String(base.getByteArray(offset, size), StandardCharsets.UTF_16LE);
    int end = text.indexOf('\0');
    return end >= 0 ? text.substring(0, end) : text;
  }
}
