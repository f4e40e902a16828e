package org.tapisim.scenario;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tapisim.acd.Distribution;

/**
 * The shared machinery of binding a script's positioned nodes to records: typed reads with
 * positioned messages, unknown-key checks with suggestions, and a list of every problem found so
 * that one run reports them all.
 */
class Binding {
  /** Identifiers: agents, groups, call ids. */
  static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

  private static final Pattern DECIMAL = Pattern.compile("[-+]?[0-9]+");

  private static final Pattern KEY = Pattern.compile("`([A-Za-z0-9_-]+):`");

  final Path file;
  final List<ScriptProblem> problems = new ArrayList<>();

  Binding(Path file) {
    this.file = file;
  }

  /** Abandons the value being bound after its problem was recorded. */
  static final class Skip extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Skip() {
      super(null, null, false, false);
    }
  }

  /** Stops binding altogether: too many problems were found to be worth reporting more. */
  static final class TooMany extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooMany() {
      super(null, null, false, false);
    }
  }

  /** The most problems reported for one script; the last line then says that more were cut. */
  static final int MAX_PROBLEMS = 100;

  /** Records a problem. */
  void report(Position at, String message) {
    if (problems.size() == MAX_PROBLEMS) {
      problems.add(
          ScriptProblem.at(file, at, "too many problems; stopped after the first " + MAX_PROBLEMS));
      throw new TooMany();
    }
    problems.add(ScriptProblem.at(file, at, message));
  }

  /**
   * Returns the exception that abandons the current value without a new problem, because it depends
   * on a definition whose problem is already reported.
   */
  Skip abandon() {
    return new Skip();
  }

  /** Records a problem and returns the exception that abandons the current value. */
  Skip fail(Position at, String message) {
    report(at, message);
    return new Skip();
  }

  /** Runs {@code binding}; returns {@code null} if it was abandoned (its problem is recorded). */
  static <T> T attempt(Supplier<T> binding) {
    try {
      return binding.get();
    } catch (Skip skip) {
      return null;
    }
  }

  Node.MapNode map(Node node, String what) {
    if (node instanceof Node.MapNode map) {
      return map;
    }
    if (isNull(node)) {
      throw fail(node.at(), what + " is empty; it must be a mapping (key: value lines)");
    }
    throw fail(node.at(), what + " must be a mapping (key: value lines), not " + node.describe());
  }

  /** Returns the mapping's entries, reporting every key not in {@code allowed}. */
  Map<String, Node.Entry> fields(Node.MapNode map, String what, Collection<String> allowed) {
    for (Node.Entry entry : map.entries().values()) {
      if (!allowed.contains(entry.key())) {
        report(
            entry.keyAt(),
            "unknown key `" + entry.key() + "` in " + what + Suggest.hint(entry.key(), allowed));
      }
    }
    return map.entries();
  }

  Node required(Node.MapNode map, String key, String what) {
    Node.Entry entry = map.entries().get(key);
    if (entry == null) {
      throw fail(map.at(), what + " needs `" + key + ":`");
    }
    return entry.value();
  }

  static Node optional(Node.MapNode map, String key) {
    Node.Entry entry = map.entries().get(key);
    return entry == null || isNull(entry.value()) ? null : entry.value();
  }

  static boolean isNull(Node node) {
    return node instanceof Node.Scalar scalar && scalar.type() == Node.Scalar.Type.NULL;
  }

  Node.Scalar scalar(Node node, String what) {
    if (node instanceof Node.Scalar scalar && scalar.type() != Node.Scalar.Type.NULL) {
      return scalar;
    }
    if (isNull(node)) {
      throw fail(node.at(), what + " is empty");
    }
    throw fail(node.at(), what + " must be a single value, not " + node.describe());
  }

  String text(Node node, String what) {
    String text = scalar(node, what).text().trim();
    if (text.isEmpty()) {
      throw fail(node.at(), what + " is empty");
    }
    return text;
  }

  /** Reads an identifier (letters, digits, {@code _ . -}). */
  String id(Node node, String what) {
    String text = text(node, what);
    if (!ID.matcher(text).matches()) {
      throw fail(
          node.at(),
          what
              + " `"
              + text
              + "` may only hold letters, digits, `_`, `.` and `-`, starting with a"
              + " letter or digit");
    }
    return text;
  }

  long integer(Node node, String what, long min, long max) {
    Node.Scalar scalar = scalar(node, what);
    if (scalar.type() != Node.Scalar.Type.INTEGER) {
      throw fail(node.at(), what + " must be a whole number, not " + describe(scalar));
    }
    long value;
    String digits = scalar.text().replace("_", "");
    try {
      value = Long.parseLong(digits);
    } catch (NumberFormatException e) {
      throw fail(
          node.at(),
          DECIMAL.matcher(digits).matches()
              ? what + " `" + scalar.text() + "` is out of range"
              : what + " `" + scalar.text() + "` must be written in decimal digits");
    }
    if (value < min || value > max) {
      throw fail(node.at(), what + " must be from " + min + " to " + max + ", not " + value);
    }
    return value;
  }

  double number(Node node, String what) {
    Node.Scalar scalar = scalar(node, what);
    if (scalar.type() != Node.Scalar.Type.INTEGER && scalar.type() != Node.Scalar.Type.DECIMAL) {
      throw fail(node.at(), what + " must be a number, not " + describe(scalar));
    }
    double value;
    try {
      value = Double.parseDouble(scalar.text().replace("_", ""));
    } catch (NumberFormatException e) {
      // YAML's .inf, -.inf and .nan, or a form Java does not read
      value = Double.NaN;
    }
    if (!Double.isFinite(value)) {
      throw fail(node.at(), what + " must be a finite number");
    }
    return value;
  }

  boolean bool(Node node, String what) {
    Node.Scalar scalar = scalar(node, what);
    if (scalar.type() != Node.Scalar.Type.BOOLEAN) {
      throw fail(node.at(), what + " must be true or false, not " + describe(scalar));
    }
    return Boolean.parseBoolean(scalar.text());
  }

  Duration duration(Node node, String what) {
    return parsed(node, what, Values::duration);
  }

  Duration positiveDuration(Node node, String what) {
    Duration duration = duration(node, what);
    if (duration.isZero()) {
      throw fail(node.at(), what + " must be more than zero");
    }
    return duration;
  }

  Distribution distribution(Node node, String what) {
    return parsed(node, what, Values::distribution);
  }

  double perHour(Node node, String what) {
    return parsed(node, what, Values::perHour);
  }

  /** A parser of one of the scalar syntaxes in {@link Values}. */
  @FunctionalInterface
  private interface Syntax<T> {
    T parse(String text) throws Values.Invalid;
  }

  /** Parses a scalar, reporting a problem at the place in it where the syntax went wrong. */
  private <T> T parsed(Node node, String what, Syntax<T> syntax) {
    Node.Scalar scalar = scalar(node, what);
    try {
      return syntax.parse(scalar.text());
    } catch (Values.Invalid e) {
      throw fail(scalar.at(e.offset), lead(what) + e.getMessage());
    }
  }

  /** Returns the start of a message about a value: {@code talk: } for the key {@code `talk:`}. */
  private static String lead(String what) {
    Matcher key = KEY.matcher(what);
    return (key.matches() ? key.group(1) : what) + ": ";
  }

  /** Returns a list's items, or a single value as a one-item list. */
  List<Node> items(Node node, String what) {
    if (isNull(node)) {
      throw fail(node.at(), what + " is empty");
    }
    if (node instanceof Node.ListNode list) {
      if (list.items().isEmpty()) {
        throw fail(node.at(), what + " is an empty list");
      }
      return list.items();
    }
    if (node instanceof Node.MapNode) {
      throw fail(node.at(), what + " must be a value or a list, not a mapping");
    }
    return List.of(node);
  }

  Node.ListNode list(Node node, String what) {
    if (node instanceof Node.ListNode list) {
      return list;
    }
    throw fail(
        node.at(), what + " must be a list (lines starting with `- `), not " + node.describe());
  }

  private static String describe(Node.Scalar scalar) {
    return scalar.type() == Node.Scalar.Type.STRING
        ? "`" + scalar.text() + "`"
        : scalar.describe() + " `" + scalar.text() + "`";
  }
}
