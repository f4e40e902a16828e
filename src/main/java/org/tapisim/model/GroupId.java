package org.tapisim.model;

/**
 * The identifier of an ACD group: its name ({@code ITACDGroup::get_Name}), e.g. {@code sales}.
 *
 * @param value the name, not blank and without {@code /}
 */
public record GroupId(String value) implements Comparable<GroupId> {
  /** Validates the name. */
  public GroupId {
    Ids.check(value, "group id");
  }

  /** Returns the group id {@code value}. */
  public static GroupId of(String value) {
    return new GroupId(value);
  }

  @Override
  public int compareTo(GroupId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
