package org.tapisim.bridge.jna;

import com.sun.jna.Structure;

/**
 * TAPI's {@code LINEEXTENSIONID} (16 bytes): a provider's extension ID, returned by {@code
 * lineNegotiateAPIVersion}. Not thread-safe.
 */
@Structure.FieldOrder({"dwExtensionID0", "dwExtensionID1", "dwExtensionID2", "dwExtensionID3"})
public class LINEEXTENSIONID extends Structure {
  /** Part 0 of the ID. */
  public int dwExtensionID0;

  /** Part 1 of the ID. */
  public int dwExtensionID1;

  /** Part 2 of the ID. */
  public int dwExtensionID2;

  /** Part 3 of the ID. */
  public int dwExtensionID3;

  /** Creates a zero ID. */
  public LINEEXTENSIONID() {
    super(ALIGN_NONE);
  }
}
