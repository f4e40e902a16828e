package org.tapisim.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Reads a script file into a tree of positioned {@link Node}s, safely: the file must be UTF-8 text
 * of bounded size, one YAML document of bounded depth, without anchors, aliases, tags or duplicate
 * keys. Every failure is a {@link ScriptException} naming the file, line and column.
 */
final class ScriptReader {
  /** The largest script accepted, in bytes. */
  static final int MAX_BYTES = 4 * 1024 * 1024;

  /** The deepest nesting accepted. */
  static final int MAX_DEPTH = 32;

  private static final ScriptFactory FACTORY = new ScriptFactory();

  private final Path file;
  private String text = "";

  private ScriptReader(Path file) {
    this.file = file;
  }

  /** Reads {@code file}. */
  static Node read(Path file) throws ScriptException {
    return new ScriptReader(file).read();
  }

  /** Reads {@code text} as if it came from {@code file} (for tests and tools). */
  static Node parse(Path file, String text) throws ScriptException {
    return new ScriptReader(file).parse(text);
  }

  /**
   * The YAML factory: duplicate keys, aliases and depth are checked by the reader itself, which
   * knows the positions; Jackson's limits are only a backstop behind them.
   */
  private static final class ScriptFactory extends YAMLFactory {
    private static final long serialVersionUID = 1L;

    ScriptFactory() {
      super(configuredBuilder());
    }

    private static YAMLFactoryBuilder configuredBuilder() {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(true);
      options.setMaxAliasesForCollections(0);
      options.setNestingDepthLimit(MAX_DEPTH + 2);
      options.setCodePointLimit(MAX_BYTES);
      YAMLFactoryBuilder builder = YAMLFactory.builder().loaderOptions(options);
      builder.streamReadConstraints(
          StreamReadConstraints.builder()
              .maxNestingDepth(MAX_DEPTH + 2)
              .maxStringLength(MAX_BYTES)
              .build());
      return builder;
    }

    @Override
    protected YAMLParser _createParser(Reader reader, IOContext context) {
      return new ScriptParser(
          context, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, reader);
    }

    ScriptParser parser(String text) throws IOException {
      return (ScriptParser) createParser(text);
    }
  }

  /** Jackson's YAML parser, with the YAML event behind the current token made visible. */
  private static final class ScriptParser extends YAMLParser {
    ScriptParser(
        IOContext context,
        int parserFeatures,
        int formatFeatures,
        LoaderOptions options,
        ObjectCodec codec,
        Reader reader) {
      super(context, parserFeatures, formatFeatures, options, codec, reader);
    }

    /** Returns the event behind the current token, or {@code null} before the first. */
    Event event() {
      return _lastEvent;
    }
  }

  private Node read() throws ScriptException {
    if (Files.isDirectory(file)) {
      throw problem(0, 0, "is a directory, not a scenario script");
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      // Read one byte more than allowed: a file that grows, or a device such as /dev/zero whose
      // size says 0, is then refused without reading it all.
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (NoSuchFileException e) {
      throw problem(0, 0, "no such file");
    } catch (AccessDeniedException e) {
      throw problem(0, 0, "cannot be read: permission denied");
    } catch (IOException e) {
      throw problem(0, 0, "cannot be read: " + oneLine(e.getMessage()));
    }
    if (bytes.length > MAX_BYTES) {
      throw problem(
          0, 0, "is larger than " + MAX_BYTES / (1024 * 1024) + " MiB; not a scenario script");
    }
    String decoded;
    try {
      decoded =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw problem(0, 0, "is not UTF-8 text (a binary file?)");
    }
    if (decoded.indexOf('\0') >= 0) {
      throw problem(0, 0, "contains NUL characters (a binary file?)");
    }
    return parse(decoded);
  }

  private Node parse(String script) throws ScriptException {
    text = script.startsWith("\uFEFF") ? script.substring(1) : script;
    if (text.length() > MAX_BYTES) {
      // text given directly (Scenario.parse) is held to the limit of a file
      throw problem(
          0, 0, "is larger than " + MAX_BYTES / (1024 * 1024) + " MiB; not a scenario script");
    }
    if (text.isBlank()) {
      throw problem(1, 1, "the script is empty; it needs at least `scenario:` and some agents");
    }
    ScriptParser parser;
    try {
      parser = FACTORY.parser(text);
    } catch (IOException e) {
      throw problem(0, 0, "cannot be read: " + oneLine(e.getMessage()));
    }
    try (parser) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw problem(1, 1, "the script holds only comments; it needs at least `scenario:`");
      }
      Node root = node(parser, first, 0);
      if (parser.nextToken() != null) {
        throw problem(start(parser), "a script holds one YAML document; remove the second one");
      }
      return root;
    } catch (JsonProcessingException e) {
      throw yamlError(e, parser);
    } catch (IOException e) {
      throw problem(0, 0, "cannot be read: " + oneLine(e.getMessage()));
    }
  }

  private Node node(ScriptParser parser, JsonToken token, int depth)
      throws IOException, ScriptException {
    Position at = start(parser);
    refuseReferences(parser, at);
    if (depth > MAX_DEPTH) {
      throw problem(at, "nested deeper than " + MAX_DEPTH + " levels");
    }
    return switch (token) {
      case START_OBJECT -> map(parser, at, depth);
      case START_ARRAY -> list(parser, at, depth);
      case VALUE_STRING -> scalar(parser, at, Node.Scalar.Type.STRING);
      case VALUE_NUMBER_INT -> scalar(parser, at, Node.Scalar.Type.INTEGER);
      case VALUE_NUMBER_FLOAT -> scalar(parser, at, Node.Scalar.Type.DECIMAL);
      case VALUE_TRUE, VALUE_FALSE -> scalar(parser, at, Node.Scalar.Type.BOOLEAN);
      case VALUE_NULL -> new Node.Scalar(at, "", Node.Scalar.Type.NULL);
      default -> throw problem(at, "unexpected YAML content: " + token);
    };
  }

  /** Refuses an anchor, an alias or a tag on the current key or value. */
  private void refuseReferences(ScriptParser parser, Position at)
      throws IOException, ScriptException {
    Event event = parser.event();
    if (event instanceof AliasEvent || parser.isCurrentAlias()) {
      throw problem(
          at,
          "aliases (*"
              + (event instanceof AliasEvent alias ? alias.getAnchor() : parser.getText())
              + ") are not allowed in scenario scripts");
    }
    if (event instanceof NodeEvent node && node.getAnchor() != null) {
      throw problem(at, "anchors (&" + node.getAnchor() + ") are not allowed in scenario scripts");
    }
    String tag =
        event instanceof ScalarEvent scalar
            ? scalar.getTag()
            : event instanceof CollectionStartEvent collection ? collection.getTag() : null;
    if (tag != null || parser.getTypeId() != null) {
      String name = tag != null ? tag : parser.getTypeId();
      name =
          name.startsWith("tag:yaml.org,2002:")
              ? "!!" + name.substring("tag:yaml.org,2002:".length())
              : name.startsWith("!") ? name : "!" + name;
      throw problem(at, "YAML tags (" + name + ") are not allowed in scenario scripts");
    }
  }

  /**
   * Reads a scalar. An empty plain value ({@code key:} with nothing after it) is YAML's null, as
   * {@code ~} and {@code null} are; an empty quoted value ({@code ''}) is empty text.
   */
  private Node scalar(ScriptParser parser, Position at, Node.Scalar.Type type) throws IOException {
    String value = parser.getText();
    if (!(parser.event() instanceof ScalarEvent event)) {
      return new Node.Scalar(at, value, type);
    }
    DumperOptions.ScalarStyle style = event.getScalarStyle();
    boolean plain = style == DumperOptions.ScalarStyle.PLAIN;
    if (plain && type == Node.Scalar.Type.STRING && value.isEmpty()) {
      return new Node.Scalar(at, "", Node.Scalar.Type.NULL);
    }
    boolean quoted =
        style == DumperOptions.ScalarStyle.SINGLE_QUOTED
            || style == DumperOptions.ScalarStyle.DOUBLE_QUOTED;
    Mark start = event.getStartMark();
    Mark end = event.getEndMark();
    boolean exact =
        (plain || quoted)
            && start != null
            && end != null
            && start.getLine() == end.getLine()
            && end.getColumn() - start.getColumn() == value.length() + (quoted ? 2 : 0);
    return new Node.Scalar(at, value, type, exact ? at.plus(quoted ? 1 : 0) : null);
  }

  private Node map(ScriptParser parser, Position at, int depth)
      throws IOException, ScriptException {
    Map<String, Node.Entry> entries = new LinkedHashMap<>();
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_OBJECT) {
      Position keyAt = start(parser);
      if (token != JsonToken.FIELD_NAME) {
        throw problem(keyAt, "expected a key");
      }
      refuseReferences(parser, keyAt);
      String key = parser.currentName();
      Node.Entry earlier = entries.get(key);
      if (earlier != null) {
        throw problem(
            keyAt,
            "duplicate key `"
                + key
                + "` (first at line "
                + earlier.keyAt().line()
                + "); a key may appear once in a mapping");
      }
      Node value = node(parser, parser.nextToken(), depth + 1);
      entries.put(key, new Node.Entry(key, keyAt, value));
    }
    return new Node.MapNode(at, entries);
  }

  private Node list(ScriptParser parser, Position at, int depth)
      throws IOException, ScriptException {
    List<Node> items = new ArrayList<>();
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      items.add(node(parser, token, depth + 1));
    }
    return new Node.ListNode(at, items);
  }

  /** Returns where the current token starts: its YAML event's start, or Jackson's location. */
  private static Position start(ScriptParser parser) {
    Event event = parser.event();
    if (event != null && event.getStartMark() != null) {
      return position(event.getStartMark());
    }
    JsonLocation location = parser.currentTokenLocation();
    return new Position(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
  }

  private static Position position(Mark mark) {
    return new Position(mark.getLine() + 1, mark.getColumn() + 1);
  }

  /** Turns a YAML syntax error into one positioned problem. */
  private ScriptException yamlError(JsonProcessingException e, ScriptParser parser) {
    Throwable cause = e.getCause();
    if (cause instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
      return syntaxError(marked);
    }
    if (cause instanceof ReaderException reader) {
      return problem(
          codePointPosition(reader.getPosition()),
          "YAML does not allow the control character "
              + String.format(Locale.ROOT, "U+%04X", reader.getCodePoint())
              + " in a script");
    }
    String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    Position at = parser.event() != null ? start(parser) : location(e);
    if (message.startsWith("Expected a field name")) {
      return problem(at, "a key must be a single value, not a list or a mapping");
    }
    if (cause instanceof YAMLException yaml && yaml.getMessage() != null) {
      // snakeyaml without a mark, e.g. "A simple key is required only if it is the first token
      // in the current line": reported where the last value read starts, near the fault
      return problem(at, "YAML syntax error: " + oneLine(yaml.getMessage()));
    }
    return problem(at, "YAML error: " + oneLine(message));
  }

  private ScriptException syntaxError(MarkedYAMLException marked) {
    String what = marked.getProblem() == null ? "unreadable YAML" : oneLine(marked.getProblem());
    Mark problemMark = marked.getProblemMark();
    Mark contextMark = marked.getContextMark();
    String context = marked.getContext() == null ? null : oneLine(marked.getContext());
    if (what.contains("\\t(TAB)")) {
      return problem(
          position(problemMark), "YAML syntax error: a tab cannot indent YAML; use spaces");
    }
    boolean atEnd = what.contains("stream end") || what.contains("end of stream");
    if (atEnd && contextMark != null && context != null) {
      // The parser noticed at the end of the file; what is unfinished is where it began.
      return problem(
          position(contextMark),
          "YAML syntax error: the file ends inside this unclosed value ("
              + context
              + ": "
              + what
              + ")");
    }
    StringBuilder message = new StringBuilder("YAML syntax error: ").append(what);
    if (context != null && contextMark != null) {
      message
          .append(" (")
          .append(context)
          .append(" that starts at line ")
          .append(contextMark.getLine() + 1)
          .append(", column ")
          .append(contextMark.getColumn() + 1)
          .append(")");
    }
    if (what.contains("<block")) {
      message.append("; check the indentation");
    }
    return problem(position(problemMark), message.toString());
  }

  /** Returns the position of the code point at {@code index} of the text. */
  private Position codePointPosition(int index) {
    int line = 1;
    int column = 1;
    int seen = 0;
    for (int i = 0; i < text.length() && seen < index; seen++) {
      int codePoint = text.codePointAt(i);
      i += Character.charCount(codePoint);
      if (codePoint == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new Position(line, column);
  }

  private static Position location(JsonProcessingException e) {
    JsonLocation location = e.getLocation();
    return location == null
        ? new Position(1, 1)
        : new Position(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
  }

  private static String oneLine(String message) {
    return message == null ? "unreadable YAML" : message.replaceAll("\\s+", " ").trim();
  }

  private ScriptException problem(Position at, String message) {
    return problem(at.line(), at.column(), message);
  }

  private ScriptException problem(int line, int column, String message) {
    return new ScriptException(new ScriptProblem(file, line, column, message));
  }
}
