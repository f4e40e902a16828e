package org.tapisim.scenario;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tapisim.acd.Distribution;

/**
 * Parses the scalar value syntaxes of the script format: durations, rates and distributions. Each
 * failure is an {@link Invalid} carrying the offset in the text where it went wrong.
 */
final class Values {
  private static final Pattern COMPOUND =
      Pattern.compile(
          "(?:(\\d+(?:\\.\\d+)?)h)?(?:(\\d+(?:\\.\\d+)?)m(?!s))?(?:(\\d+(?:\\.\\d+)?)s)?"
              + "(?:(\\d+(?:\\.\\d+)?)ms)?");
  private static final Pattern BARE_NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");
  private static final Pattern RATE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*/\\s*([a-z]+)");
  private static final BigDecimal[] UNIT_NANOS = {
    BigDecimal.valueOf(3_600_000_000_000L),
    BigDecimal.valueOf(60_000_000_000L),
    BigDecimal.valueOf(1_000_000_000L),
    BigDecimal.valueOf(1_000_000L)
  };

  /** The longest duration accepted (about 73 years), so that sums of durations cannot overflow. */
  static final Duration LONGEST = Duration.ofNanos(Long.MAX_VALUE / 4);

  private static final List<String> DISTRIBUTIONS =
      List.of("exp", "uniform", "normal", "lognormal", "erlang");

  private Values() {}

  /** A value that does not parse; {@code offset} is where in the text it went wrong. */
  static final class Invalid extends Exception {
    private static final long serialVersionUID = 1L;
    final int offset;

    Invalid(int offset, String message) {
      super(message, null, false, false);
      this.offset = offset;
    }
  }

  /**
   * Parses a duration: {@code 250ms}, {@code 30s}, {@code 2m}, {@code 1h}, {@code 1h30m}, {@code
   * 1.5s} or ISO-8601 ({@code PT30S}). Bare numbers are refused: they have no unit.
   */
  static Duration duration(String text) throws Invalid {
    String value = text.trim();
    if (value.isEmpty()) {
      throw new Invalid(0, "a duration is missing (e.g. 30s, 2m, 1h30m)");
    }
    if (value.startsWith("-")) {
      throw new Invalid(0, "a duration cannot be negative: `" + value + "`");
    }
    if (BARE_NUMBER.matcher(value).matches()) {
      throw new Invalid(
          0,
          "`"
              + value
              + "` has no unit; write a duration such as "
              + value
              + "s, "
              + value
              + "m or "
              + value
              + "ms");
    }
    if (value.startsWith("P") || value.startsWith("p")) {
      try {
        Duration iso = Duration.parse(value);
        if (iso.isNegative()) {
          throw new Invalid(0, "a duration cannot be negative: `" + value + "`");
        }
        if (iso.compareTo(LONGEST) > 0) {
          throw new Invalid(0, "`" + value + "` is too long a duration");
        }
        return iso;
      } catch (DateTimeParseException e) {
        if (e.getCause() instanceof ArithmeticException) {
          throw new Invalid(0, "`" + value + "` is too long a duration");
        }
        throw new Invalid(0, "`" + value + "` is not an ISO-8601 duration (e.g. PT30S)");
      }
    }
    Matcher m = COMPOUND.matcher(value);
    if (!m.matches() || value.isEmpty()) {
      throw new Invalid(
          0, "`" + value + "` is not a duration; write e.g. 250ms, 30s, 2m, 1h30m or 1.5s");
    }
    BigDecimal nanos = BigDecimal.ZERO;
    for (int unit = 0; unit < 4; unit++) {
      String part = m.group(unit + 1);
      if (part != null) {
        nanos = nanos.add(new BigDecimal(part).multiply(UNIT_NANOS[unit]));
      }
    }
    if (nanos.compareTo(BigDecimal.valueOf(LONGEST.toNanos())) > 0) {
      throw new Invalid(0, "`" + value + "` is too long a duration");
    }
    if (nanos.stripTrailingZeros().scale() > 0) {
      throw new Invalid(0, "`" + value + "` is finer than a nanosecond");
    }
    return Duration.ofNanos(nanos.longValueExact());
  }

  /** Parses a rate into calls per hour: {@code 120/h}, {@code 2/m}, {@code 0.5/s}. */
  static double perHour(String text) throws Invalid {
    String value = text.trim().toLowerCase(Locale.ROOT);
    Matcher m = RATE.matcher(value);
    if (!m.matches()) {
      if (value.startsWith("-")) {
        throw new Invalid(0, "a rate cannot be negative: `" + text.trim() + "`");
      }
      if (BARE_NUMBER.matcher(value).matches()) {
        throw new Invalid(
            0, "`" + text.trim() + "` has no unit; write a rate such as " + value + "/h");
      }
      throw new Invalid(0, "`" + text.trim() + "` is not a rate; write e.g. 120/h, 2/m or 0.5/s");
    }
    double count = Double.parseDouble(m.group(1));
    if (count > 1e12) {
      throw new Invalid(0, "`" + text.trim() + "` is too high a rate");
    }
    return switch (m.group(2)) {
      case "h" -> count;
      case "m" -> count * 60;
      case "s" -> count * 3600;
      default ->
          throw new Invalid(
              m.start(2),
              "unknown rate unit `/"
                  + m.group(2)
                  + "`"
                  + Suggest.hint(m.group(2), List.of("h", "m", "s")));
    };
  }

  /**
   * Parses a distribution: a duration (constant), {@code exp(MEAN)}, {@code uniform(MIN, MAX)},
   * {@code normal(MEAN, SD)}, {@code lognormal(MEAN, SD)} or {@code erlang(K, MEAN)}. An error in a
   * parameter is reported at that parameter's offset.
   */
  static Distribution distribution(String text) throws Invalid {
    String value = text.trim();
    int open = value.indexOf('(');
    if (open < 0) {
      if (value.endsWith(")")) {
        throw new Invalid(value.length() - 1, "`)` without `(` in `" + value + "`");
      }
      if (DISTRIBUTIONS.contains(value.toLowerCase(Locale.ROOT))) {
        throw new Invalid(value.length(), "`" + value + "` needs its parameters, e.g. exp(3m)");
      }
      return Distribution.constant(duration(value));
    }
    String name = value.substring(0, open).trim().toLowerCase(Locale.ROOT);
    if (!DISTRIBUTIONS.contains(name)) {
      throw new Invalid(
          0, "unknown distribution `" + name + "`" + Suggest.hint(name, DISTRIBUTIONS));
    }
    if (!value.endsWith(")")) {
      String hint =
          name.equals("exp") || value.indexOf(',') >= 0
              ? ""
              : "; inside `{ }` a comma ends the value, so quote it there: \""
                  + example(name)
                  + "\"";
      throw new Invalid(value.length(), "`" + value + "` is missing its closing `)`" + hint);
    }
    List<Arg> args = arguments(value, open);
    arity(name, args, name.equals("exp") ? 1 : 2, open);
    return switch (name) {
      case "exp" -> new Distribution.Exponential(positive(name, args.get(0), "mean"));
      case "uniform" -> {
        Duration min = argument(name, args.get(0));
        Duration max = argument(name, args.get(1));
        if (max.compareTo(min) < 0) {
          throw new Invalid(
              args.get(1).offset(),
              "uniform(" + args.get(0).text() + ", " + args.get(1).text() + "): max is below min");
        }
        yield new Distribution.Uniform(min, max);
      }
      case "normal" ->
          new Distribution.Normal(positive(name, args.get(0), "mean"), argument(name, args.get(1)));
      case "lognormal" ->
          new Distribution.LogNormal(
              positive(name, args.get(0), "mean"), argument(name, args.get(1)));
      default -> new Distribution.Erlang(shape(args.get(0)), positive(name, args.get(1), "mean"));
    };
  }

  /** One parameter of a distribution and its offset in the value. */
  private record Arg(String text, int offset) {}

  /** Splits the parameters between {@code (} at {@code open} and the final {@code )}. */
  private static List<Arg> arguments(String value, int open) throws Invalid {
    String inside = value.substring(open + 1, value.length() - 1);
    List<Arg> args = new ArrayList<>();
    if (inside.isBlank()) {
      return args;
    }
    int from = open + 1;
    for (String part : inside.split(",", -1)) {
      int lead = 0;
      while (lead < part.length() && part.charAt(lead) <= ' ') {
        lead++;
      }
      int offset = from + lead;
      if (part.isBlank()) {
        throw new Invalid(offset, "an empty parameter in `(" + inside + ")`");
      }
      if (part.indexOf('(') >= 0 || part.indexOf(')') >= 0) {
        throw new Invalid(offset, "distributions cannot be nested: `" + part.trim() + "`");
      }
      args.add(new Arg(part.trim(), offset));
      from += part.length() + 1;
    }
    return args;
  }

  private static String example(String name) {
    return switch (name) {
      case "uniform" -> "uniform(10s, 30s)";
      case "normal" -> "normal(3m, 30s)";
      case "lognormal" -> "lognormal(3m, 1m)";
      default -> "erlang(3, 3m)";
    };
  }

  private static void arity(String name, List<Arg> args, int wanted, int offset) throws Invalid {
    if (args.size() != wanted) {
      String usage =
          switch (name) {
            case "exp" -> "exp(MEAN)";
            case "uniform" -> "uniform(MIN, MAX)";
            case "normal" -> "normal(MEAN, SD)";
            case "lognormal" -> "lognormal(MEAN, SD)";
            default -> "erlang(K, MEAN)";
          };
      throw new Invalid(
          offset,
          name
              + " takes "
              + wanted
              + " parameter"
              + (wanted == 1 ? "" : "s")
              + ", not "
              + args.size()
              + ": "
              + usage);
    }
  }

  /** Parses a distribution's duration parameter, naming the distribution in any error. */
  private static Duration argument(String name, Arg arg) throws Invalid {
    try {
      return duration(arg.text());
    } catch (Invalid e) {
      throw new Invalid(arg.offset() + e.offset, name + ": " + e.getMessage());
    }
  }

  private static Duration positive(String name, Arg arg, String what) throws Invalid {
    Duration d = argument(name, arg);
    if (d.isZero()) {
      throw new Invalid(arg.offset(), name + ": the " + what + " must be more than zero");
    }
    return d;
  }

  private static int shape(Arg arg) throws Invalid {
    int k;
    try {
      k = Integer.parseInt(arg.text());
    } catch (NumberFormatException e) {
      throw new Invalid(
          arg.offset(), "erlang: the shape k must be a whole number, not `" + arg.text() + "`");
    }
    if (k < 1 || k > 1000) {
      throw new Invalid(arg.offset(), "erlang: the shape k must be from 1 to 1000, not " + k);
    }
    return k;
  }
}
