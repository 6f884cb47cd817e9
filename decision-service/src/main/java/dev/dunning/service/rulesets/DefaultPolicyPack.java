package dev.dunning.service.rulesets;

import dev.dunning.rules.compiler.RuleSetSource;
import dev.dunning.rules.pack.PolicyPack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/** Reads the default policy pack shipped in the rules jar (its {@code policy/} folder) from the class path. */
@Component
public class DefaultPolicyPack {
    private static final String ROOT = "/policy/";
    private final RuleSetSettings settings;

    DefaultPolicyPack(RuleSetSettings settings) {
        this.settings = settings;
    }

    RuleSetSource load() {
        return fromClassPath(settings.defaultPack());
    }

    /** The pack at {@code locations}, a class-path pattern like {@code dunning.rules.default-pack}; usable outside Spring. */
    public static RuleSetSource fromClassPath(String locations) {
        try {
            Map<String, String> files = new TreeMap<>();
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(locations)) {
                String url = resource.getURL().toString();
                if (resource.isReadable() && PolicyPack.isPolicyFile(Path.of(resource.getFilename()))) {
                    files.put(url.substring(url.lastIndexOf(ROOT) + ROOT.length()),
                            resource.getContentAsString(StandardCharsets.UTF_8));
                }
            }
            return PolicyPack.fromFiles(files);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the default policy pack " + locations, e);
        }
    }
}
