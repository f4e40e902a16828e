package org.tapisim.model;

/**
 * The identifier of an ACD queue: its name ({@code ITQueue::get_Name}). In the simulator each group
 * has one queue with the group's name.
 *
 * @param value the name, not blank and without {@code /}
 */
public record QueueId(String value) implements Comparable<QueueId> {
  /** Validates the name. */
  public QueueId {
    Ids.check(value, "queue id");
  }

  /** Returns the queue id {@code value}. */
  public static QueueId of(String value) {
    return new QueueId(value);
  }

  @Override
  public int compareTo(QueueId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
