package io.brisk.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import com.fasterxml.jackson.module.paramnames.ParameterNamesModule;

/** The app's Jackson configuration: strict where leniency would hide client mistakes. */
public final class JsonSupport {
  /** Deepest JSON nesting accepted in a request body (Jackson's own default is 500). */
  public static final int MAX_NESTING_DEPTH = 200;

  /** Longest JSON number accepted, in characters (Jackson's default, kept explicit). */
  public static final int MAX_NUMBER_LENGTH = 1000;

  /** Longest JSON property name accepted, in characters (Jackson's default, kept explicit). */
  public static final int MAX_NAME_LENGTH = 50_000;

  /** Jackson buffer sets kept for virtual-thread handlers (about 16 KB each once used). */
  private static final int SHARED_BUFFER_SETS = Math.max(16, 4 * Runtime.getRuntime().availableProcessors());

  private JsonSupport() {}

  /**
   * A mapper that writes {@code java.time} as ISO-8601 and {@code Optional} unwrapped, and reads
   * strictly: no float truncated to an int, no {@code null} for primitives, no numbers for enums,
   * no duplicate keys, no trailing content; unknown properties are ignored (like FastAPI). Records
   * keep the binding rules of query values ({@link BodyRulesModule}): a required component absent
   * or {@code null} is an error, and so is a {@code Set} with repeated items.
   */
  public static ObjectMapper newMapper() {
    return newMapper(new io.brisk.ServerOptions().maxBodySize());
  }

  /**
   * {@link #newMapper()} with the read limits set for a server whose JSON documents (bodies,
   * WebSocket messages) are at most {@code maxDocumentSize} bytes: nesting
   * {@value #MAX_NESTING_DEPTH} deep, numbers of {@value #MAX_NUMBER_LENGTH} characters, names of
   * {@value #MAX_NAME_LENGTH}, and strings as long as the document itself (so that a larger limit
   * is not silently capped by Jackson's 20 M default).
   */
  public static ObjectMapper newMapper(int maxDocumentSize) {
    JsonFactory factory = JsonFactory.builder()
        .recyclerPool(new ThreadKindRecyclerPool(SHARED_BUFFER_SETS))
        .build();
    JsonMapper mapper = JsonMapper.builder(factory)
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .addModule(new ParameterNamesModule())
        .addModule(new BlackbirdModule())
        .addModule(new BodyRulesModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
        .build();
    mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
        .maxNestingDepth(MAX_NESTING_DEPTH)
        .maxNumberLength(MAX_NUMBER_LENGTH)
        .maxNameLength(MAX_NAME_LENGTH)
        .maxStringLength(maxDocumentSize)
        .build());
    return mapper;
  }
}
