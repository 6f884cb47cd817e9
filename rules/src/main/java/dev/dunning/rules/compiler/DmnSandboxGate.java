package dev.dunning.rules.compiler;

import dev.dunning.rules.compiler.DmnModel.FeelText;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.dmn.feel.lang.Type;
import org.kie.dmn.feel.lang.types.BuiltInType;

/**
 * The sandbox for DMN, run before the KIE validator or runtime ever reads a file, failing closed everywhere:
 * <ol>
 *   <li>the raw text: no DOCTYPE, DTD, entity or processing instruction, UTF-8 only ({@link DmnProlog});</li>
 *   <li>the XML, read with DTDs off and size limits; anything unreadable is refused with its line ({@link DmnXml});</li>
 *   <li>the elements: only those the sandbox understands, FEEL only, no imports or outside references, functions only
 *       as business knowledge models of kind FEEL ({@link DmnProfileWalk});</li>
 *   <li>every FEEL text on its syntax tree as KIE parses it: no external or other function definitions, no clock,
 *       bounded iteration, nesting and lists, cheap literal regular expressions ({@link FeelGate});</li>
 *   <li>no recursion among decisions, business knowledge models and decision services ({@link DmnRecursion}).</li>
 * </ol>
 * Every refusal names the file and line, and says which part of the DMN profile it breaks.
 */
final class DmnSandboxGate {
    private static final int REMEMBERED = 64;
    private final DmnLimits limits;
    /** Digests of files that passed, so that validating (compile, then table analysis) checks each file once. */
    private final Map<String, Boolean> passed = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    });

    DmnSandboxGate() {
        this(DmnLimits.DEFAULTS);
    }

    DmnSandboxGate(DmnLimits limits) {
        this.limits = limits;
    }

    List<CompileProblem> check(String path, String content) {
        String key = path + "\u0000" + sha256(content);
        if (passed.containsKey(key)) {
            return List.of();
        }
        List<CompileProblem> problems = inspect(path, content);
        if (problems.isEmpty()) {
            passed.put(key, true);
        }
        return problems;
    }

    private List<CompileProblem> inspect(String path, String content) {
        List<CompileProblem> prolog = DmnProlog.check(path, content);
        if (!prolog.isEmpty()) {
            return prolog;
        }
        DmnXml.Read read = DmnXml.read(path, content, limits);
        if (read.root() == null) {
            return read.problems();
        }
        DmnProfileWalk.Walked walked = new DmnProfileWalk(path, limits).walk(read.root());
        List<CompileProblem> problems = new ArrayList<>(walked.problems());
        DmnModel model = walked.model();
        FeelGate feel = new FeelGate(path, limits, names(model), model.callable);
        for (FeelText text : model.texts) {
            Set<String> references = new LinkedHashSet<>();
            problems.addAll(feel.check(text, references));
            references.forEach(name -> model.depend(text.owner(), name));
        }
        DmnRecursion.cycle(DmnRecursion.among(model)).ifPresent(cycle -> problems.add(CompileProblem.error(path,
                model.ownerLines.getOrDefault(cycle.getFirst(), 0), 0, "Sandbox: recursion is not allowed, it has no"
                        + " bound: " + String.join(" -> ", cycle))));
        return List.copyOf(new LinkedHashSet<>(problems));
    }

    private static String sha256(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static Map<String, Type> names(DmnModel model) {
        Map<String, Type> names = new LinkedHashMap<>();
        model.names.forEach(name -> names.put(name, BuiltInType.UNKNOWN));
        names.put("?", BuiltInType.UNKNOWN);
        return names;
    }
}
