package org.tapisim.bridge.jna;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;

/**
 * TAPI's {@code LINEAGENTGROUPENTRY} (24 bytes): one ACD group in a {@link LINEAGENTGROUPLIST}. The
 * group ID is a GUID given as four DWORDs; the name lies in the list's variable part. Not
 * thread-safe.
 */
@Structure.FieldOrder({
  "dwGroupID1",
  "dwGroupID2",
  "dwGroupID3",
  "dwGroupID4",
  "dwNameSize",
  "dwNameOffset"
})
public class LINEAGENTGROUPENTRY extends Structure {
  /** Bytes 0-3 of the group's GUID. */
  public int dwGroupID1;

  /** Bytes 4-7 of the group's GUID. */
  public int dwGroupID2;

  /** Bytes 8-11 of the group's GUID. */
  public int dwGroupID3;

  /** Bytes 12-15 of the group's GUID. */
  public int dwGroupID4;

  /** The name's size in bytes, its NUL included. */
  public int dwNameSize;

  /** The name's offset from the start of the list. */
  public int dwNameOffset;

  /** Creates an empty entry. */
  public LINEAGENTGROUPENTRY() {
    super(ALIGN_NONE);
  }

  /** Reads the entry at {@code memory}. */
  public LINEAGENTGROUPENTRY(Pointer memory) {
    super(memory, ALIGN_NONE);
    read();
  }

  /** Returns the group's GUID: the four DWORDs' 16 bytes in memory order. */
  public GUID groupId() {
    return GUID.ofBytes(getPointer().getByteArray(0, 16));
  }
}
