package org.tapisim.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

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

  private static final YAMLFactory FACTORY = factory();

  private final Path file;

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

  private static YAMLFactory factory() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(0);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit(MAX_BYTES);
    YAMLFactory factory = YAMLFactory.builder().loaderOptions(options).build();
    factory.setStreamReadConstraints(
        StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).maxStringLength(65_536).build());
    return factory;
  }

  private Node read() throws ScriptException {
    if (Files.isDirectory(file)) {
      throw problem(0, 0, "is a directory, not a scenario script");
    }
    byte[] bytes;
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw problem(
            0, 0, "is larger than " + MAX_BYTES / (1024 * 1024) + " MiB; not a scenario script");
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw problem(0, 0, "no such file");
    } catch (IOException e) {
      throw problem(0, 0, "cannot be read: " + e.getMessage());
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw problem(0, 0, "is not UTF-8 text (a binary file?)");
    }
    if (text.indexOf('\0') >= 0) {
      throw problem(0, 0, "contains NUL characters (a binary file?)");
    }
    return parse(text);
  }

  private Node parse(String text) throws ScriptException {
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      throw problem(1, 1, "the script is empty; it needs at least `scenario:` and some agents");
    }
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw problem(1, 1, "the script holds only comments; it needs at least `scenario:`");
      }
      Node root = node((YAMLParser) parser, first, 0);
      if (parser.nextToken() != null) {
        throw problem(position(parser), "a script holds one YAML document; remove the second one");
      }
      return root;
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String what = e.getProblem() != null ? e.getProblem() : e.getContext();
      throw problem(
          mark == null ? 1 : mark.getLine() + 1,
          mark == null ? 1 : mark.getColumn() + 1,
          "YAML syntax error: " + oneLine(what));
    } catch (JsonProcessingException e) {
      JsonLocation location = e.getLocation();
      throw problem(
          location == null ? 1 : Math.max(1, location.getLineNr()),
          location == null ? 1 : Math.max(1, location.getColumnNr()),
          "YAML error: " + oneLine(e.getOriginalMessage()));
    } catch (IOException e) {
      throw problem(0, 0, "cannot be read: " + e.getMessage());
    }
  }

  private Node node(YAMLParser parser, JsonToken token, int depth)
      throws IOException, ScriptException {
    Position at = position(parser);
    if (parser.isCurrentAlias()) {
      throw problem(at, "aliases (*" + parser.getText() + ") are not allowed in scenario scripts");
    }
    if (parser.getCurrentAnchor() != null) {
      throw problem(
          at, "anchors (&" + parser.getCurrentAnchor() + ") are not allowed in scenario scripts");
    }
    if (parser.getTypeId() != null) {
      throw problem(
          at, "YAML tags (!" + parser.getTypeId() + ") are not allowed in scenario scripts");
    }
    if (depth > MAX_DEPTH) {
      throw problem(at, "nested deeper than " + MAX_DEPTH + " levels");
    }
    return switch (token) {
      case START_OBJECT -> map(parser, at, depth);
      case START_ARRAY -> list(parser, at, depth);
      case VALUE_STRING -> new Node.Scalar(at, parser.getText(), Node.Scalar.Type.STRING);
      case VALUE_NUMBER_INT -> new Node.Scalar(at, parser.getText(), Node.Scalar.Type.INTEGER);
      case VALUE_NUMBER_FLOAT -> new Node.Scalar(at, parser.getText(), Node.Scalar.Type.DECIMAL);
      case VALUE_TRUE, VALUE_FALSE ->
          new Node.Scalar(at, parser.getText(), Node.Scalar.Type.BOOLEAN);
      case VALUE_NULL -> new Node.Scalar(at, "", Node.Scalar.Type.NULL);
      default -> throw problem(at, "unexpected YAML content: " + token);
    };
  }

  private Node map(YAMLParser parser, Position at, int depth) throws IOException, ScriptException {
    Map<String, Node.Entry> entries = new LinkedHashMap<>();
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_OBJECT) {
      Position keyAt = position(parser);
      String key = parser.currentName();
      Node.Entry earlier = entries.get(key);
      if (earlier != null) {
        throw problem(
            keyAt, "duplicate key `" + key + "` (first at line " + earlier.keyAt().line() + ")");
      }
      Node value = node(parser, parser.nextToken(), depth + 1);
      entries.put(key, new Node.Entry(key, keyAt, value));
      if (token != JsonToken.FIELD_NAME) {
        throw problem(keyAt, "expected a key");
      }
    }
    return new Node.MapNode(at, entries);
  }

  private Node list(YAMLParser parser, Position at, int depth) throws IOException, ScriptException {
    List<Node> items = new ArrayList<>();
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      items.add(node(parser, token, depth + 1));
    }
    return new Node.ListNode(at, items);
  }

  private static Position position(JsonParser parser) {
    JsonLocation location = parser.currentTokenLocation();
    return new Position(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
  }

  private static String oneLine(String text) {
    return text == null ? "unreadable YAML" : text.replaceAll("\\s+", " ").trim();
  }

  private ScriptException problem(Position at, String message) {
    return problem(at.line(), at.column(), message);
  }

  private ScriptException problem(int line, int column, String message) {
    return new ScriptException(new ScriptProblem(file, line, column, message));
  }
}
