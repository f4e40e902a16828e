package org.tapisim.bridge.jna;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;

/**
 * TAPI's {@code LINEAGENTSESSIONENTRY} (28 bytes): one session of an agent in a {@link
 * LINEAGENTSESSIONLIST}. Not thread-safe.
 */
@Structure.FieldOrder({"hAgentSession", "hAgent", "GroupID", "dwWorkingAddressID"})
public class LINEAGENTSESSIONENTRY extends Structure {
  /** The session's handle. */
  public int hAgentSession;

  /** The agent's handle. */
  public int hAgent;

  /** The ACD group's ID. */
  public GUID GroupID = new GUID();

  /** The address the agent works on. */
  public int dwWorkingAddressID;

  /** Creates an empty entry. */
  public LINEAGENTSESSIONENTRY() {
    super(ALIGN_NONE);
  }

  /** Reads the entry at {@code memory}. */
  public LINEAGENTSESSIONENTRY(Pointer memory) {
    super(memory, ALIGN_NONE);
    read();
  }
}
