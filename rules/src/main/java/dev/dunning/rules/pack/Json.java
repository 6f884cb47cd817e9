package dev.dunning.rules.pack;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The JSON and YAML mapping of the public contract outside Spring (scenario files, CLI): ISO-8601 dates that keep
 * their offset, money as plain decimal numbers. The service configures Spring's mapper the same way. Both read within
 * {@link #READ_CONSTRAINTS}, so a hostile file or cell fails fast instead of costing time or memory.
 */
public final class Json {
    /**
     * Bounds of anything read: numbers of at most 100 characters (money needs 17), nesting at most 64 deep (requests
     * and pack files need under 10), strings of at most a million characters, names of at most 1,000, documents of at
     * most 8 MB (policy files are refused above 1 MB each on upload).
     */
    public static final StreamReadConstraints READ_CONSTRAINTS = StreamReadConstraints.builder()
            .maxNumberLength(100)
            .maxNestingDepth(64)
            .maxStringLength(1_000_000)
            .maxNameLength(1_000)
            .maxDocumentLength(8L * 1024 * 1024)
            .build();
    private static final ObjectMapper JSON = configure(JsonMapper.builder(
            JsonFactory.builder().streamReadConstraints(READ_CONSTRAINTS).build()).build());
    private static final ObjectMapper YAML = configure(YAMLMapper.builder(YAMLFactory.builder()
            .streamReadConstraints(READ_CONSTRAINTS).loaderOptions(yamlLoaderOptions()).build()).build());

    private Json() {
    }

    public static ObjectMapper json() {
        return JSON;
    }

    public static ObjectMapper yaml() {
        return YAML;
    }

    /**
     * SnakeYAML's bounds for policy files: at most 2 million characters, 50 levels of nesting, no aliases (policy files
     * need none, and a few anchors can expand into billions of nodes), no recursive keys, no duplicate keys.
     */
    public static LoaderOptions yamlLoaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(2 * 1024 * 1024);
        options.setNestingDepthLimit(50);
        options.setMaxAliasesForCollections(0);
        options.setAllowRecursiveKeys(false);
        options.setAllowDuplicateKeys(false);
        return options;
    }

    private static ObjectMapper configure(ObjectMapper mapper) {
        mapper.setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
        return mapper.registerModule(new JavaTimeModule())
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
