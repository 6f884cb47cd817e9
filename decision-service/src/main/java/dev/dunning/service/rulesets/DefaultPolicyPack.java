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
class DefaultPolicyPack {
    private static final String ROOT = "/policy/";
    private final RuleSetSettings settings;

    DefaultPolicyPack(RuleSetSettings settings) {
        this.settings = settings;
    }

    RuleSetSource load() {
        try {
            Map<String, String> files = new TreeMap<>();
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(settings.defaultPack())) {
                String url = resource.getURL().toString();
                if (resource.isReadable() && PolicyPack.isPolicyFile(Path.of(resource.getFilename()))) {
                    files.put(url.substring(url.lastIndexOf(ROOT) + ROOT.length()),
                            resource.getContentAsString(StandardCharsets.UTF_8));
                }
            }
            return PolicyPack.fromFiles(files);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the default policy pack " + settings.defaultPack(), e);
        }
    }
}
