package org.tapisim.scenario;

import java.util.Collection;
import java.util.Locale;

/** Finds the valid choice nearest to a misspelt one, for "did you mean" hints. */
final class Suggest {
  private Suggest() {}

  /**
   * Returns " (did you mean `x`?)" for the choice nearest to {@code given}, or the list of choices
   * when none is near, or "" when there are none.
   */
  static String hint(String given, Collection<String> choices) {
    if (choices.isEmpty()) {
      return "";
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String wanted = given.toLowerCase(Locale.ROOT);
    for (String choice : choices) {
      int distance = distance(wanted, choice.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        bestDistance = distance;
        best = choice;
      }
    }
    if (bestDistance <= Math.max(2, given.length() / 3)) {
      return " (did you mean `" + best + "`?)";
    }
    if (choices.size() <= 12) {
      return " (expected one of: " + String.join(", ", choices) + ")";
    }
    return "";
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
