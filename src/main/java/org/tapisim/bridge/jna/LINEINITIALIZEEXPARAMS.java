package org.tapisim.bridge.jna;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;

/**
 * TAPI's {@code LINEINITIALIZEEXPARAMS} (28 bytes on 64-bit, 24 on 32-bit): how {@code
 * lineInitializeEx} should notify the application. Not thread-safe.
 */
@Structure.FieldOrder({"dwOptions", "hEvent", "dwCompletionKey"})
public class LINEINITIALIZEEXPARAMS extends TapiStructure {
  /** {@code LINEINITIALIZEEXOPTION_*}: the notification mechanism. */
  public int dwOptions;

  /** The {@code Handles} union: the event TAPI created (USEEVENT) or the completion port. */
  public Pointer hEvent;

  /** The completion key (USECOMPLETIONPORT only). */
  public int dwCompletionKey;

  /** Creates the parameters with {@code dwTotalSize} set to the structure's size. */
  public LINEINITIALIZEEXPARAMS() {
    setTotalSize(size());
  }
}
