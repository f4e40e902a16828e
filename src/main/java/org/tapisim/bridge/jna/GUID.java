package org.tapisim.bridge.jna;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import java.util.Arrays;

/**
 * A Windows {@code GUID} (16 bytes: {@code Data1} DWORD, {@code Data2} and {@code Data3} WORDs,
 * {@code Data4} 8 bytes), as TAPI uses it for ACD group IDs and the proxy GUID. Not thread-safe.
 */
@Structure.FieldOrder({"Data1", "Data2", "Data3", "Data4"})
public class GUID extends Structure {
  /** The first 4 bytes, little-endian. */
  public int Data1;

  /** The next 2 bytes. */
  public short Data2;

  /** The next 2 bytes. */
  public short Data3;

  /** The last 8 bytes. */
  public byte[] Data4 = new byte[8];

  /** Creates a zero GUID. */
  public GUID() {
    super(ALIGN_NONE);
  }

  /** Creates a GUID over existing memory (an embedded GUID) and reads it. */
  public GUID(Pointer memory) {
    super(memory, ALIGN_NONE);
    read();
  }

  /** Returns a GUID with these 16 bytes, in memory order. */
  public static GUID ofBytes(byte[] bytes) {
    if (bytes.length != 16) {
      throw new IllegalArgumentException("a GUID has 16 bytes, not " + bytes.length);
    }
    GUID guid = new GUID();
    guid.getPointer().write(0, bytes, 0, 16);
    guid.read();
    return guid;
  }

  /** Returns its 16 bytes in memory order. */
  public byte[] bytes() {
    write();
    return getPointer().getByteArray(0, 16);
  }

  @Override
  public String toString() {
    return "GUID" + Arrays.toString(bytes());
  }
}
