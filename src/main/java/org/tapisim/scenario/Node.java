package org.tapisim.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A YAML value read from a script, with its position, before it is bound to scenario records. */
sealed interface Node {
  /** Returns where the value starts. */
  Position at();

  /** Returns what kind of value it is, for messages: "a mapping", "a list", "a number", … */
  String describe();

  /** A mapping; keys keep their file order. */
  record MapNode(Position at, Map<String, Entry> entries) implements Node {
    public MapNode {
      entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    @Override
    public String describe() {
      return "a mapping";
    }
  }

  /** One key of a mapping, with the key's own position. */
  record Entry(String key, Position keyAt, Node value) {}

  /** A list. */
  record ListNode(Position at, List<Node> items) implements Node {
    public ListNode {
      items = List.copyOf(items);
    }

    @Override
    public String describe() {
      return "a list";
    }
  }

  /**
   * A scalar: its text as written, and what YAML made of it.
   *
   * @param at where the value starts (for a quoted value, its opening quote)
   * @param text the value
   * @param type what YAML read it as
   * @param textAt where the value's first character is, when every character of {@code text} is at
   *     the column that follows from it (a one-line value without escapes); else {@code null}
   */
  record Scalar(Position at, String text, Type type, Position textAt) implements Node {
    /** A scalar whose inner columns are not known. */
    Scalar(Position at, String text, Type type) {
      this(at, text, type, null);
    }

    /**
     * Returns where the character at {@code offset} of the trimmed text is, or the value's start
     * when columns inside it are not exact (a value over several lines, with escapes, or a block).
     */
    Position at(int offset) {
      if (textAt == null) {
        return at;
      }
      int lead = 0;
      while (lead < text.length() && text.charAt(lead) <= ' ') {
        lead++;
      }
      return textAt.plus(lead + Math.max(0, offset));
    }

    /** What YAML read a plain scalar as; quoted scalars are always strings. */
    enum Type {
      STRING,
      INTEGER,
      DECIMAL,
      BOOLEAN,
      NULL
    }

    @Override
    public String describe() {
      return switch (type) {
        case STRING -> "text";
        case INTEGER, DECIMAL -> "a number";
        case BOOLEAN -> "true/false";
        case NULL -> "nothing";
      };
    }
  }
}
