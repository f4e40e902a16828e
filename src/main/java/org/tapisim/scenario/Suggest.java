package org.tapisim.scenario;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** Finds the valid choice nearest to a misspelt one, for "did you mean" hints. */
final class Suggest {
  /** The most choices a prefix hint names. */
  private static final int MAX_PREFIX_MATCHES = 3;

  /** Longer text gets no suggestion: it is no misspelling. */
  private static final int MAX_LENGTH = 64;

  /**
   * The most choices compared, in their order, so that a hint costs little even among the 100 000
   * sessions of a big pool.
   */
  static final int MAX_CHOICES = 5_000;

  private Suggest() {}

  /**
   * Returns " (did you mean `x`?)" for the choice nearest to {@code given}; failing that, the
   * choices that {@code given} begins ("BUSY" → BUSY_ON_CALL or BUSY_WRAPUP); failing that, the
   * list of choices when it is short, or "".
   */
  static String hint(String given, Collection<String> choices) {
    if (choices.isEmpty()) {
      return "";
    }
    String best = nearest(given, choices);
    if (best != null) {
      return " (did you mean `" + best + "`?)";
    }
    List<String> extensions = extensions(given, choices);
    if (!extensions.isEmpty()) {
      return " (did you mean `" + String.join("` or `", extensions) + "`?)";
    }
    if (choices.size() <= 12) {
      return " (expected one of: " + String.join(", ", choices) + ")";
    }
    return "";
  }

  /** Returns the choice within a few edits of {@code given}, or {@code null} if none is. */
  static String nearest(String given, Collection<String> choices) {
    if (given.length() > MAX_LENGTH) {
      return null;
    }
    int allowed = Math.max(2, given.length() / 3);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String wanted = given.toLowerCase(Locale.ROOT);
    int compared = 0;
    for (String choice : choices) {
      if (compared++ == MAX_CHOICES || bestDistance <= 1) {
        break; // one edit away is as near as a different choice can be
      }
      if (Math.abs(choice.length() - given.length()) > allowed) {
        continue;
      }
      int distance = distance(wanted, choice.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        bestDistance = distance;
        best = choice;
      }
    }
    return bestDistance <= allowed ? best : null;
  }

  /** Returns the few choices that begin with {@code given} (at least 3 letters), or none. */
  private static List<String> extensions(String given, Collection<String> choices) {
    List<String> found = new ArrayList<>();
    String wanted = given.toLowerCase(Locale.ROOT);
    if (wanted.length() < 3 || wanted.length() > MAX_LENGTH) {
      return found;
    }
    int compared = 0;
    for (String choice : choices) {
      if (compared++ == MAX_CHOICES || found.size() > MAX_PREFIX_MATCHES) {
        break;
      }
      if (choice.regionMatches(true, 0, wanted, 0, wanted.length())) {
        found.add(choice);
      }
    }
    return found.size() <= MAX_PREFIX_MATCHES ? found : List.of();
  }

  /** The Levenshtein distance, with one row of memory. */
  static int distance(String a, String b) {
    int[] row = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      row[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      int diagonal = row[0];
      row[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int above = row[j];
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1), diagonal + cost);
        diagonal = above;
      }
    }
    return row[b.length()];
  }
}
