package org.tapisim.model;

/**
 * The identifier of an ACD call: a serial number unique within one switch, and an optional label (a
 * scenario's {@code id:}, e.g. {@code c1}).
 *
 * @param serial the serial number, from 1
 * @param label the label, or {@code null} for an unlabelled call
 */
public record CallId(long serial, String label) {
  /** Validates the serial and the label. */
  public CallId {
    if (serial < 1) {
      throw new IllegalArgumentException("call serial must be positive: " + serial);
    }
    if (label != null && label.isBlank()) {
      throw new IllegalArgumentException("call label is blank");
    }
  }

  /** Returns the label if there is one, else {@code #serial}. */
  @Override
  public String toString() {
    return label != null ? label : "#" + serial;
  }
}
