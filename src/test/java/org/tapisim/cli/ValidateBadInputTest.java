package org.tapisim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed scenario scripts through {@code tapisim validate}: each exits 2 at once with exactly
 * the expected lines on stderr, each {@code FILE:LINE:COLUMN: what is wrong} (or {@code FILE: what
 * is wrong} where no position exists), nothing on stdout and no stack trace.
 *
 * <p>Every case runs under a preemptive timeout: a guard against a validation that hangs or blows
 * up (alias bombs, huge pools), not a measure of speed.
 */
class ValidateBadInputTest {

  /** Seconds a validation may take before it counts as hanging. */
  private static final Duration PROMPTLY = Duration.ofSeconds(5);

  /** Lines 1 to 7 of most cases; each case's own lines start at line 8. */
  private static final String BASE =
      """
      scenario: Bad input
      groups:
        sales:
        support:
      agents:
        alice: { groups: [sales] }
        bob: { groups: [sales, support] }
      """;

  /** A problem expected at a line and column, its message containing {@code text}. */
  record Problem(int line, int column, String text) {}

  /** A malformed script and the problems {@code validate} must report, in file order. */
  record Case(String name, String script, List<Problem> problems) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static Case bad(String name, String script, int line, int column, String text) {
    return new Case(name, script, List.of(new Problem(line, column, text)));
  }

  private static Case bad(String name, String script, Problem... problems) {
    return new Case(name, script, List.of(problems));
  }

  private static Problem at(int line, int column, String text) {
    return new Problem(line, column, text);
  }

  private static String traffic(String lines) {
    return BASE + "traffic:\n  - group: sales\n" + lines.indent(4);
  }

  private static String step(String lines) {
    return BASE + "timeline:\n  - at: 0s\n" + lines.indent(4);
  }

  private static String expect(String lines) {
    return BASE + "expect:\n" + ("- " + lines.stripLeading()).indent(2);
  }

  static Stream<Case> yamlErrors() {
    return Stream.of(
        bad(
            "unclosed bracket",
            """
            scenario: Bad input
            groups:
              sales:
            agents:
              alice: { groups: [sales }
            """,
            5,
            27,
            "YAML syntax error: expected ',' or ']', but got } (while parsing a flow sequence that"
                + " starts at line 5, column 20)"),
        bad(
            "bracket unclosed at the end of the file",
            """
            scenario: Bad input
            groups: [sales
            """,
            2,
            9,
            "the file ends inside this unclosed value (while parsing a flow sequence"),
        bad(
            "quote unclosed at the end of the file",
            """
            scenario: 'Bad input
            groups:
            """,
            1,
            11,
            "the file ends inside this unclosed value (while scanning a quoted scalar"),
        bad(
            "bad indentation",
            """
            scenario: Bad input
            groups:
              sales:
                routing: linear
               wrapup: 10s
            """,
            5,
            4,
            "expected <block end>, but found '<block mapping start>' (while parsing a block"
                + " mapping that starts at line 3, column 3); check the indentation"),
        bad(
            "tab indentation",
            "scenario: Bad input\ngroups:\n\tsales:\n",
            3,
            1,
            "YAML syntax error: a tab cannot indent YAML; use spaces"),
        bad(
            "mapping value on a value",
            "scenario: Bad input: morning\n",
            1,
            20,
            "YAML syntax error: mapping values are not allowed here"),
        bad(
            "a second YAML document",
            BASE + "---\nscenario: Another\n",
            9,
            1,
            "a script holds one YAML document; remove the second one"),
        bad(
            "duplicate key",
            BASE + "  alice: { groups: [support] }\n",
            8,
            3,
            "duplicate key `alice` (first at line 6)"),
        bad(
            "duplicate top-level key",
            BASE + "scenario: Again\n",
            8,
            1,
            "duplicate key `scenario` (first at line 1)"),
        bad(
            "anchor on a mapping",
            BASE + "traffic: &stream\n  - { group: sales, rate: 10/h, calls: 5, talk: 30s }\n",
            8,
            10,
            "anchors (&stream) are not allowed in scenario scripts"),
        bad(
            "anchor on a plain value",
            "scenario: &title Bad input\n",
            1,
            11,
            "anchors (&title) are not allowed"),
        bad("alias", "scenario: *title\n", 1, 11, "aliases (*title) are not allowed"),
        bad("tag", "scenario: !!str Bad input\n", 1, 11, "YAML tags (!!str) are not allowed"),
        bad(
            "alias bomb (billion laughs)",
            """
            a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
            b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
            c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
            d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
            e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
            f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
            g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
            h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
            i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
            """,
            1,
            4,
            "anchors (&a) are not allowed in scenario scripts"),
        bad(
            "nested deeper than 32 levels",
            "scenario: Bad input\ndescription: " + "[".repeat(40) + "]".repeat(40) + "\n",
            2,
            46,
            "nested deeper than 32 levels"),
        bad(
            "a list as a key",
            "scenario: Bad input\n? [a, b]\n: c\n",
            2,
            3,
            "a key must be a single value, not a list or a mapping"),
        bad(
            "a control character",
            "scenario: Bad\u0007input\n",
            1,
            14,
            "YAML does not allow the control character U+0007"),
        bad(
            "a line break in a quoted key stays on one line",
            BASE + "\"time\\nline\": []\n",
            8,
            1,
            "unknown key `time\\nline` in the script"));
  }

  static Stream<Case> unknownKeys() {
    return Stream.of(
        bad(
            "misspelt top-level key",
            """
            scenario: Bad input
            groups:
              sales:
            agnets:
              alice: { groups: [sales] }
            """,
            4,
            1,
            "unknown key `agnets` in the script (did you mean `agents`?)"),
        bad(
            "unknown key in a group",
            "scenario: Bad input\ngroups:\n  sales:\n    wrap-up: 10s\nagents:\n  a: { groups: [sales] }\n",
            4,
            5,
            "unknown key `wrap-up` in group `sales` (did you mean `wrapup`?)"),
        bad(
            "unknown key in an agent",
            BASE + "  carol: { groups: [sales], autoready: false }\n",
            8,
            29,
            "unknown key `autoready` in agent `carol` (did you mean `auto-ready`?)"),
        bad(
            "unknown key in a traffic stream",
            traffic("rate: 10/h\ncalls: 5\ntalk: 30s\npatiance: 1m\n"),
            13,
            5,
            "unknown key `patiance` in a traffic stream (did you mean `patience`?)"),
        bad(
            "unknown action in a timeline step",
            step("loginn: alice\n"),
            10,
            5,
            "unknown key `loginn` in a timeline entry (did you mean `login`?)"),
        bad(
            "unknown key in an expectation",
            expect("session: alice/sales\n  evnt: BUSY\n"),
            10,
            5,
            "unknown key `evnt` in an expectation about a session (did you mean `event`?)"),
        bad(
            "unknown statistic of a session",
            expect("session: alice/sales\n  totl-talk: 30s\n"),
            10,
            5,
            "unknown key `totl-talk` in an expectation about a session (did you mean"
                + " `total-talk`?)"));
  }

  static Stream<Case> wrongTypes() {
    return Stream.of(
        bad(
            "a list where a mapping belongs",
            """
            scenario: Bad input
            groups:
              - sales
            agents:
              alice: { groups: [sales] }
            """,
            3,
            3,
            "`groups:` must be a mapping (key: value lines), not a list"),
        bad(
            "a mapping where a value belongs",
            BASE.replace("scenario: Bad input", "scenario: { title: Bad input }"),
            1,
            11,
            "`scenario:` (the title) must be a single value, not a mapping"),
        bad(
            "text where a number belongs",
            BASE + "seed: forty-two\n",
            8,
            7,
            "`seed:` must be a whole number, not `forty-two`"),
        bad(
            "a decimal where a whole number belongs",
            expect("queue: sales\n  answered: 1.5\n"),
            10,
            15,
            "`answered:` must be a whole number, not a number `1.5`"),
        bad(
            "text where true or false belongs",
            BASE + "  carol: { groups: [sales], auto-ready: sometimes }\n",
            8,
            41,
            "`auto-ready:` must be true or false, not `sometimes`"),
        bad(
            "infinity where a number belongs",
            expect("session: alice/sales\n  acd-call-rate-per-h: .inf\n"),
            10,
            26,
            "`acd-call-rate-per-h:` must be a finite number"),
        bad(
            "a group with nothing in an agent's list",
            BASE + "  carol: { groups: [~] }\n",
            8,
            21,
            "a group is empty"));
  }

  static Stream<Case> durations() {
    return Stream.of(
        bad(
            "talk: 30 without a unit",
            traffic("rate: 10/h\ncalls: 5\ntalk: 30\n"),
            12,
            11,
            "talk: `30` has no unit; write a duration such as 30s, 30m or 30ms"),
        bad(
            "at: 5 without a unit",
            BASE + "timeline:\n  - at: 5\n    login: alice\n",
            9,
            9,
            "at: `5` has no unit; write a duration such as 5s"),
        bad(
            "wrapup: 10 without a unit",
            BASE.replace("  sales:\n", "  sales:\n    wrapup: 10\n"),
            4,
            13,
            "wrapup: `10` has no unit"),
        bad(
            "service-level: 20 without a unit",
            BASE.replace("  sales:\n", "  sales:\n    service-level: 20\n"),
            4,
            20,
            "service-level: `20` has no unit"),
        bad(
            "a quoted number is no duration either",
            BASE + "timeline:\n  - at: \"5\"\n    login: alice\n",
            9,
            10,
            "at: `5` has no unit"),
        bad(
            "negative duration",
            BASE + "timeline:\n  - at: -5s\n    login: alice\n",
            9,
            9,
            "at: a duration cannot be negative: `-5s`"),
        bad("until: 0s", BASE + "until: 0s\n", 8, 8, "`until:` must be more than zero"),
        bad(
            "a negative number without a unit",
            BASE + "until: -5\n",
            8,
            8,
            "until: a duration cannot be negative: `-5`"),
        bad(
            "exp(0s)",
            traffic("rate: 10/h\ncalls: 5\ntalk: exp(0s)\n"),
            12,
            15,
            "talk: exp: the mean must be more than zero"),
        bad(
            "a duration with an unknown unit",
            step("call: { group: sales, talk: 30s, patience: 5x }\n"),
            10,
            48,
            "patience: `5x` is not a duration; write e.g. 250ms, 30s, 2m, 1h30m or 1.5s"),
        bad(
            "a duration too long to add up",
            expect("session: alice/sales\n  total-talk: PT2562047788015215H\n"),
            10,
            17,
            "total-talk: `PT2562047788015215H` is too long a duration"));
  }

  static Stream<Case> numbers() {
    return Stream.of(
        bad(
            "calls: 0",
            traffic("rate: 10/h\ncalls: 0\ntalk: 30s\n"),
            11,
            12,
            "`calls:` must be from 1 to 1000000000000, not 0"),
        bad(
            "negative capacity",
            BASE.replace("  sales:\n", "  sales:\n    capacity: -1\n"),
            4,
            15,
            "`capacity:` must be from 0 to 10000000, not -1"),
        bad(
            "count: 0",
            BASE + "  pool: { count: 0, groups: [sales] }\n",
            8,
            18,
            "`count:` must be from 1 to 100000, not 0"),
        bad(
            "a pool of 10^9 agents",
            BASE + "  pool: { count: 1000000000, groups: [sales] }\n",
            8,
            18,
            "`count:` must be from 1 to 100000, not 1000000000"),
        bad(
            "a number in another base",
            BASE + "seed: 0x2A\n",
            8,
            7,
            "`seed:` `0x2A` must be written in decimal digits"),
        bad(
            "a ratio above 1",
            expect("queue: sales\n  service-level: 1.5\n"),
            10,
            20,
            "`service-level:` is a share from 0 to 1 (or 0% to 100%), not 1.5"),
        bad(
            "a percentage above 100",
            expect("queue: sales\n  service-level: 120%\n"),
            10,
            20,
            "`service-level:` is a share from 0 to 1 (or 0% to 100%), not 120%"),
        bad(
            "min above max",
            expect("queue: sales\n  answered: { min: 5, max: 2 }\n"),
            10,
            15,
            "`answered:` max is below min"),
        bad(
            "a start beyond the year 9999",
            BASE + "start: +10000-01-01T00:00:00Z\n",
            8,
            8,
            "`start:` must be in the years 1 to 9999, not 10000"));
  }

  static Stream<Case> names() {
    return Stream.of(
        bad(
            "unknown agent in a timeline step",
            step("login: [alice, alicia]\n"),
            10,
            20,
            "no agent `alicia` (agents are given by id, `all`, `group:NAME` or a pool's name)"
                + " (did you mean `alice`?)"),
        bad(
            "unknown group in a group: selector",
            step("ready: group:sale\n"),
            10,
            12,
            "no group `sale` (did you mean `sales`?)"),
        bad(
            "unknown group of an agent",
            BASE + "  carol: { groups: [sale] }\n",
            8,
            21,
            "agent `carol` names group `sale`, which is not defined (did you mean `sales`?)"),
        bad(
            "unknown group of a traffic stream",
            BASE + "traffic:\n  - group: suport\n    rate: 10/h\n    calls: 5\n    talk: 30s\n",
            9,
            12,
            "traffic names group `suport`, which is not defined (did you mean `support`?)"),
        bad(
            "unknown group of a call",
            step("call: { group: sale, talk: 30s }\n"),
            10,
            20,
            "no group `sale` (did you mean `sales`?)"),
        bad(
            "set-state on a session of no agent",
            step("set-state: { session: carol/sales, to: READY }\n"),
            10,
            27,
            "no session `carol/sales` (no such agent)"),
        bad(
            "set-state on a session of an agent not in that group",
            step("set-state: { session: alice/support, to: READY }\n"),
            10,
            27,
            "no session `alice/support` (that agent is not in that group)"),
        bad(
            "a session of a group that does not exist",
            expect("session: alice/suport\n  state: READY\n"),
            9,
            14,
            "no session `alice/suport` (no such group) (expected one of: alice/sales, bob/sales,"
                + " bob/support)"),
        bad(
            "unknown session state",
            step("set-state: { session: alice/sales, to: BUSY }\n"),
            10,
            44,
            "unknown session state `BUSY` (did you mean `BUSY_ON_CALL` or `BUSY_WRAPUP`?)"),
        bad(
            "unknown LINEERR name",
            step("ready: alice\nexpect-error: INVALAGENTSESSIONSTAT\n"),
            11,
            19,
            "unknown TAPI error `INVALAGENTSESSIONSTAT` (did you mean `INVALAGENTSESSIONSTATE`?)"),
        bad(
            "unknown routing",
            BASE.replace("  sales:\n", "  sales:\n    routing: longest-idel\n"),
            4,
            14,
            "unknown routing `longest-idel` (did you mean `longest-idle`?)"),
        bad(
            "unknown start state",
            BASE + "  carol: { groups: [sales], start: redy }\n",
            8,
            36,
            "unknown start state `redy` (did you mean `ready`?)"),
        bad(
            "unknown session event",
            expect("session: alice/sales\n  event: BUSSY\n"),
            10,
            12,
            "`BUSSY` is not an event of a session (did you mean `BUSY`?)"),
        bad(
            "unknown queue",
            expect("queue: sale\n  answered: 1\n"),
            9,
            12,
            "no queue `sale` (did you mean `sales`?)"));
  }

  static Stream<Case> duplicates() {
    return Stream.of(
        bad(
            "an agent colliding with a pool member",
            BASE + "  pool: { count: 12, groups: [sales] }\n  pool-01: { groups: [sales] }\n",
            9,
            3,
            "agent `pool-01` is defined twice (first at line 8)"),
        bad(
            "duplicate call id",
            BASE
                + """
                timeline:
                  - at: 0s
                    call: { group: sales, talk: 30s, id: c1 }
                  - at: 1s
                    call: { group: sales, talk: 30s, id: c1 }
                """,
            12,
            42,
            "call id `c1` is used twice"),
        bad(
            "hangup of an unknown call",
            BASE
                + """
                timeline:
                  - at: 0s
                    call: { group: sales, talk: 30s, id: c1 }
                  - at: 1s
                    hangup: c2
                """,
            12,
            13,
            "no earlier call with id `c2` to hang up (did you mean `c1`?)"),
        bad(
            "a group listed twice by an agent",
            BASE + "  carol: { groups: [sales, sales] }\n",
            8,
            28,
            "agent `carol` lists group `sales` twice"));
  }

  static Stream<Case> timelines() {
    return Stream.of(
        bad(
            "timeline out of order",
            BASE
                + """
                timeline:
                  - at: 5s
                    login: alice
                  - at: 1s
                    ready: alice
                """,
            11,
            5,
            "timeline entries must be in time order: 1s comes after 5s (line 9)"),
        bad(
            "two actions in one step",
            step("login: alice\nready: alice\n"),
            11,
            5,
            "a timeline entry holds one action, but this one has `login` and `ready`; split it"),
        bad(
            "a step without an action",
            BASE + "timeline:\n  - at: 0s\n",
            9,
            5,
            "a timeline entry needs one action: login, logout, ready, not-ready, set-state,"
                + " call, hangup"),
        bad(
            "a step without at:",
            BASE + "timeline:\n  - login: alice\n",
            9,
            5,
            "a timeline entry needs `at:`"),
        bad("an empty selection", step("ready: []\n"), 10, 12, "`ready:` is an empty list"));
  }

  static Stream<Case> distributions() {
    return Stream.of(
        bad(
            "unclosed distribution",
            traffic("rate: 10/h\ncalls: 5\ntalk: exp(3m\n"),
            12,
            17,
            "talk: `exp(3m` is missing its closing `)`"),
        bad(
            "unknown distribution",
            traffic("rate: 10/h\ncalls: 5\ntalk: expo(3m)\n"),
            12,
            11,
            "talk: unknown distribution `expo` (did you mean `exp`?)"),
        bad(
            "uniform with one parameter",
            traffic("rate: 10/h\ncalls: 5\ntalk: uniform(10s)\n"),
            12,
            18,
            "talk: uniform takes 2 parameters, not 1: uniform(MIN, MAX)"),
        bad(
            "uniform with max below min",
            traffic("rate: 10/h\ncalls: 5\ntalk: uniform(30s, 10s)\n"),
            12,
            24,
            "talk: uniform(30s, 10s): max is below min"),
        bad(
            "erlang with shape 0",
            traffic("rate: 10/h\ncalls: 5\ntalk: erlang(0, 3m)\n"),
            12,
            18,
            "talk: erlang: the shape k must be from 1 to 1000, not 0"),
        bad(
            "a bad parameter inside a quoted distribution",
            traffic("rate: 10/h\ncalls: 5\ntalk: \"uniform(10s, 3x)\"\n"),
            12,
            25,
            "talk: uniform: `3x` is not a duration"),
        bad(
            "inside a block scalar, a parameter is reported at the value's start",
            traffic("rate: 10/h\ncalls: 5\ntalk: >-\n  uniform(10s, 3x)\n"),
            12,
            11,
            "talk: uniform: `3x` is not a duration"),
        bad(
            "an unquoted comma inside { }",
            step("call: { group: sales, talk: uniform(10s, 30s) }\n"),
            at(
                10,
                44,
                "talk: `uniform(10s` is missing its closing `)`; inside `{ }` a comma ends the"
                    + " value, so quote it there: \"uniform(10s, 30s)\""),
            at(10, 46, "unknown key `30s)` in `call:`")));
  }

  static Stream<Case> traffic() {
    return Stream.of(
        bad(
            "rate without a unit",
            traffic("rate: 120\ncalls: 5\ntalk: 30s\n"),
            10,
            11,
            "rate: `120` has no unit; write a rate such as 120/h"),
        bad(
            "unknown rate unit",
            traffic("rate: 120/d\ncalls: 5\ntalk: 30s\n"),
            10,
            15,
            "rate: unknown rate unit `/d`"),
        bad(
            "both rate and profile",
            traffic("rate: 120/h\nprofile:\n  - { from: 0h, to: 1h, rate: 60/h }\ntalk: 30s\n"),
            9,
            5,
            "a traffic stream needs exactly one of `rate:` or `profile:`"),
        bad(
            "neither rate nor profile",
            traffic("calls: 5\ntalk: 30s\n"),
            9,
            5,
            "a traffic stream needs exactly one of `rate:` or `profile:`"),
        bad(
            "traffic that never ends",
            traffic("rate: 120/h\ntalk: 30s\n"),
            9,
            5,
            "traffic for `sales` never ends: give it `to:` or `calls:`, or the script an"
                + " `until:`"),
        bad(
            "overlapping profile segments",
            traffic(
                """
                profile:
                  - { from: 0h, to: 1h, rate: 60/h }
                  - { from: 30m, to: 2h, rate: 90/h }
                talk: 30s
                """),
            12,
            9,
            "profile segments must be in time order without overlap: this one starts before 1h"),
        bad(
            "a stream that ends before it starts",
            traffic("rate: 10/h\nfrom: 1h\nto: 30m\ntalk: 30s\n"),
            12,
            9,
            "the stream ends at 30m, not after it starts at 1h"));
  }

  static Stream<Case> expectations() {
    return Stream.of(
        bad(
            "an expectation about nothing",
            expect("event: BUSY\n  at: 5s\n"),
            9,
            5,
            "an expectation names what it is about: `session:`, `agent:`, `queue:` or `call:`"),
        bad(
            "an expectation about two things",
            expect("session: alice/sales\n  queue: sales\n  event: BUSY\n"),
            10,
            5,
            "an expectation is about one thing, but names `session` and `queue`"),
        bad(
            "within: with one value",
            expect("session: alice/sales\n  event: BUSY\n  within: [5s]\n"),
            11,
            13,
            "`within:` takes two times: [FROM, TO]"),
        bad(
            "at: after until:",
            BASE + "until: 1m\nexpect:\n  - session: alice/sales\n    event: BUSY\n    at: 2m\n",
            12,
            9,
            "`at:` 2m is after the end of the run (until: 1m)"),
        bad(
            "a state for a queue",
            expect("queue: sales\n  state: READY\n"),
            10,
            12,
            "only sessions and agents have a `state:`"),
        bad(
            "an event and statistics in one expectation",
            expect("session: alice/sales\n  event: BUSY\n  calls: 1\n"),
            11,
            5,
            "an expectation checks an `event:` or statistics, not both"),
        bad(
            "never: with nothing in it",
            BASE + "expect:\n  - never:\n",
            9,
            11,
            "`never:` is empty"));
  }

  static Stream<Case> severalProblems() {
    return Stream.of(
        bad(
            "three independent problems, reported in file order",
            """
            scenario: Bad input
            groups:
              sales:
                wrapup: 10
            agents:
              alice: { groups: [sale] }
            timeline:
              - at: 5
                login: alice
            """,
            at(4, 13, "wrapup: `10` has no unit"),
            at(6, 21, "agent `alice` names group `sale`, which is not defined"),
            at(8, 9, "at: `5` has no unit")),
        bad(
            "a group with a wrong setting is still defined for its agents",
            BASE.replace("  sales:\n", "  sales:\n    wrapup: 10\n")
                + "timeline:\n  - at: 0s\n    login: alice\n",
            4,
            13,
            "wrapup: `10` has no unit"),
        bad(
            "an agent with a wrong setting is not reported again where it is used",
            BASE
                + "  carol: { groups: [sales], start: redy }\n"
                + "timeline:\n  - at: 0s\n    login: carol\n"
                + "expect:\n  - session: carol/sales\n    state: READY\n",
            8,
            36,
            "unknown start state `redy`"),
        bad(
            "without agents: nothing else is reported as naming an unknown agent",
            """
            scenario: Bad input
            groups:
              sales:
            timeline:
              - at: 0s
                login: all
              - at: 1s
                ready: [alice, group:sales]
            expect:
              - session: alice/sales
                state: READY
            """,
            1,
            1,
            "the script defines no `agents:`; calls need agents to answer them"),
        bad(
            "a call with a wrong setting still defines its id",
            BASE
                + """
                timeline:
                  - at: 0s
                    call: { group: sales, talk: 30, id: c1 }
                  - at: 1s
                    hangup: c1
                """,
            10,
            33,
            "talk: `30` has no unit"));
  }

  static Stream<Case> cases() {
    return Stream.of(
            yamlErrors(),
            unknownKeys(),
            wrongTypes(),
            durations(),
            numbers(),
            names(),
            duplicates(),
            timelines(),
            distributions(),
            traffic(),
            expectations(),
            severalProblems())
        .flatMap(cases -> cases);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void validate_reports_each_problem_as_one_positioned_line_and_exits_2(Case bad, @TempDir Path dir)
      throws IOException {
    Path script = dir.resolve("bad.yaml");
    Files.writeString(script, bad.script(), StandardCharsets.UTF_8);

    Result result = validate(script);

    assertThat(result.exitCode()).as("exit code").isEqualTo(Main.BAD_INPUT);
    assertThat(result.out()).as("stdout").isEmpty();
    assertNoStackTrace(result);
    List<String> lines = result.err().lines().toList();
    assertThat(lines).as("stderr:%n%s", result.err()).hasSameSizeAs(bad.problems());
    for (int i = 0; i < lines.size(); i++) {
      Problem expected = bad.problems().get(i);
      assertThat(lines.get(i))
          .startsWith(script + ":" + expected.line() + ":" + expected.column() + ": ")
          .contains(expected.text());
    }
  }

  // ------------------------------------------------------------------ many problems, huge scripts

  @Test
  void a_script_with_hundreds_of_problems_reports_the_first_100_and_says_so(@TempDir Path dir)
      throws IOException {
    StringBuilder steps = new StringBuilder(BASE + "timeline:\n");
    for (int i = 0; i < 300; i++) {
      steps.append("  - { at: ").append(i).append(", ready: alice }\n");
    }
    Path script = write(dir, "many.yaml", steps.toString());

    Result result = validate(script);

    assertThat(result.exitCode()).isEqualTo(Main.BAD_INPUT);
    List<String> lines = result.err().lines().toList();
    assertThat(lines).hasSize(101);
    assertThat(lines.subList(0, 100))
        .allSatisfy(line -> assertThat(line).contains("has no unit; write a duration"));
    assertThat(lines.get(0)).startsWith(script + ":9:11: ");
    assertThat(lines.get(100))
        .isEqualTo(script + ":109:11: too many problems; stopped after the first 100");
    assertNoStackTrace(result);
  }

  @Test
  void steps_combining_selectors_over_a_huge_pool_are_bounded(@TempDir Path dir)
      throws IOException {
    StringBuilder script =
        new StringBuilder(BASE + "  pool: { count: 99000, groups: [sales] }\ntimeline:\n");
    for (int i = 0; i < 200; i++) {
      script.append("  - { at: ").append(i).append("s, ready: [all, alice] }\n");
    }
    Path file = write(dir, "selectors.yaml", script.toString());

    Result result = validate(file);

    assertThat(result.exitCode()).isEqualTo(Main.BAD_INPUT);
    assertThat(result.err().lines())
        .singleElement()
        .asString()
        .startsWith(file + ":111:24: ")
        .contains("select more than 10000000 agents in all");
  }

  // ------------------------------------------------------------------ files without a position

  @Test
  void an_empty_file_is_reported_at_its_start(@TempDir Path dir) throws IOException {
    assertSingleLine(write(dir, "empty.yaml", ""), "1:1: the script is empty");
  }

  @Test
  void a_file_of_blank_lines_is_empty_too(@TempDir Path dir) throws IOException {
    assertSingleLine(write(dir, "blank.yaml", "\n   \n\n"), "1:1: the script is empty");
  }

  @Test
  void a_file_of_comments_only_is_reported_at_its_start(@TempDir Path dir) throws IOException {
    assertSingleLine(
        write(dir, "comments.yaml", "# a scenario\n# to be written\n"),
        "1:1: the script holds only comments");
  }

  @Test
  void a_binary_file_is_not_read_as_yaml(@TempDir Path dir) throws IOException {
    byte[] bytes = new byte[4096];
    new Random(7).nextBytes(bytes);
    bytes[100] = 0;
    Path script = dir.resolve("binary.yaml");
    Files.write(script, bytes);

    assertSingleLine(script, "is not UTF-8 text (a binary file?)");
  }

  @Test
  void a_nul_character_marks_a_binary_file(@TempDir Path dir) throws IOException {
    assertSingleLine(
        write(dir, "nul.yaml", "scenario: Bad\0input\n"),
        "contains NUL characters (a binary file?)");
  }

  @Test
  void text_in_another_encoding_than_utf8_is_refused(@TempDir Path dir) throws IOException {
    Path script = dir.resolve("latin1.yaml");
    Files.write(script, "scenario: Caf\u00e9 calls\n".getBytes(StandardCharsets.ISO_8859_1));

    assertSingleLine(script, "is not UTF-8 text (a binary file?)");
  }

  @Test
  void a_missing_file_is_named(@TempDir Path dir) {
    assertSingleLine(dir.resolve("missing.yaml"), "no such file");
  }

  @Test
  void a_directory_is_not_a_script(@TempDir Path dir) {
    assertSingleLine(dir, "is a directory, not a scenario script");
  }

  @Test
  void a_file_over_the_size_limit_is_refused_unread(@TempDir Path dir) throws IOException {
    Path script = dir.resolve("huge.yaml");
    byte[] comment = ("# " + "x".repeat(1021) + "\n").getBytes(StandardCharsets.US_ASCII);
    try (var out = Files.newOutputStream(script)) {
      for (int i = 0; i < 4 * 1024 + 1; i++) {
        out.write(comment);
      }
    }

    assertSingleLine(script, "is larger than 4 MiB; not a scenario script");
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void an_endless_device_is_refused_after_the_size_limit() {
    assertSingleLine(Path.of("/dev/zero"), "is larger than 4 MiB");
  }

  // ------------------------------------------------------------------ several files

  @Test
  void every_file_is_validated_and_any_bad_one_makes_the_exit_code_2(@TempDir Path dir)
      throws IOException {
    Path good = write(dir, "good.yaml", BASE);
    Path bad = write(dir, "bad.yaml", BASE + "seed: many\n");
    Path missing = dir.resolve("missing.yaml");

    Result result = validate(good, bad, missing);

    assertThat(result.exitCode()).isEqualTo(Main.BAD_INPUT);
    assertThat(result.out().lines()).singleElement().asString().startsWith(good + ": ok (");
    assertThat(result.err().lines())
        .containsExactly(
            bad + ":8:7: `seed:` must be a whole number, not `many`", missing + ": no such file");
    assertNoStackTrace(result);
  }

  @Test
  void validate_without_a_script_is_a_usage_error_of_one_line() {
    Result result = run("validate");

    assertThat(result.exitCode()).isEqualTo(Main.BAD_INPUT);
    assertThat(result.out()).isEmpty();
    assertThat(result.err().lines())
        .singleElement()
        .asString()
        .startsWith("validate: Missing required parameter");
    assertNoStackTrace(result);
  }

  @Test
  void an_empty_argument_is_not_taken_for_the_working_directory() {
    Result result = run("validate", "");

    assertThat(result.exitCode()).isEqualTo(Main.BAD_INPUT);
    assertThat(result.err().lines())
        .containsExactly("validate: an empty argument is not a scenario script");
  }

  // ------------------------------------------------------------------ helpers

  /** What one command line printed and returned. */
  record Result(int exitCode, String out, String err) {}

  private static Result validate(Path... scripts) {
    String[] args = new String[scripts.length + 1];
    args[0] = "validate";
    for (int i = 0; i < scripts.length; i++) {
      args[i + 1] = scripts[i].toString();
    }
    return run(args);
  }

  private static Result run(String... args) {
    return assertTimeoutPreemptively(
        PROMPTLY,
        () -> {
          StringWriter out = new StringWriter();
          StringWriter err = new StringWriter();
          int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
          return new Result(code, out.toString(), err.toString());
        },
        () -> "tapisim " + String.join(" ", Arrays.asList(args)) + " did not return promptly");
  }

  private static Path write(Path dir, String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  /** Asserts that validating {@code script} printed one line: the file, then {@code text}. */
  private static void assertSingleLine(Path script, String text) {
    Result result = validate(script);

    assertThat(result.exitCode()).isEqualTo(Main.BAD_INPUT);
    assertThat(result.out()).isEmpty();
    String expectedStart = text.matches("\\d+:\\d+: .*") ? script + ":" : script + ": ";
    assertThat(result.err().lines())
        .singleElement()
        .asString()
        .startsWith(expectedStart)
        .contains(text);
    assertNoStackTrace(result);
  }

  private static void assertNoStackTrace(Result result) {
    assertThat(result.err()).doesNotContain("at org.", "at java.", "Exception");
  }
}
