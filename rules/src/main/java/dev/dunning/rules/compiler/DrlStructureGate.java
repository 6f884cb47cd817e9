package dev.dunning.rules.compiler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * The first layer of the sandbox: checks the parsed DRL, before anything is compiled. Rules may import only the fact
 * model, {@code java.math}, {@code java.time}, {@code java.util} collections and {@code java.lang.Math}; they may not
 * declare functions, globals or accumulate functions, import functions, or use the MVEL dialect. What the rules'
 * code calls is checked on the compiled bytecode by {@link BytecodeGate}.
 */
final class DrlStructureGate {
    private static final Pattern ALLOWED_IMPORT = Pattern.compile(
            "dev\\.dunning\\.rules\\.(request|facts|decision)\\.(\\w+|\\*)|dev\\.dunning\\.rules\\.pipeline\\.DunningState"
                    + "|java\\.math\\.(\\w+|\\*)|java\\.time\\.(\\w+|\\*)|java\\.util\\.(\\w+|\\*)|java\\.lang\\.Math");

    /** Where each rule of the files is written, by package-qualified name, for problems found later. */
    record Outcome(List<CompileProblem> problems, Map<String, RuleLocation> rules) {
    }

    record RuleLocation(String file, int line) {
    }

    Outcome check(Map<String, String> drlFiles) {
        List<CompileProblem> problems = new ArrayList<>();
        Map<String, RuleLocation> rules = new HashMap<>();
        drlFiles.forEach((file, text) -> {
            PackageDescr pkg = parse(text);
            if (pkg == null) {
                return;
            }
            pkg.getImports().stream().filter(i -> !ALLOWED_IMPORT.matcher(i.getTarget()).matches()).forEach(i ->
                    problems.add(refused(file, i, "import " + i.getTarget() + " is outside the sandbox: rules may import"
                            + " the fact model, java.math, java.time, java.util and java.lang.Math")));
            pkg.getFunctions().forEach(f -> problems.add(refused(file, f, "function " + f.getName()
                    + " is not allowed: write the logic in the rule, or ask for a fact-model method")));
            pkg.getFunctionImports().forEach(f -> problems.add(refused(file, f, "import function " + f.getTarget() + " is not allowed")));
            pkg.getAccumulateImports().forEach(a -> problems.add(refused(file, a, "import accumulate " + a.getTarget() + " is not allowed")));
            pkg.getGlobals().forEach(g -> problems.add(refused(file, g, "global " + g.getIdentifier() + " is not allowed: rules read facts only")));
            pkg.getAttributes().stream().filter(a -> a.getName().equals("dialect")).forEach(a ->
                    problems.add(refused(file, a, "dialect " + a.getValue() + " is not allowed: rules are written in the Java dialect")));
            for (RuleDescr rule : pkg.getRules()) {
                rules.put(pkg.getNamespace() + "." + rule.getName(), new RuleLocation(file, rule.getLine()));
                rule.getAttributes().values().stream().filter(a -> a.getName().equals("dialect")).forEach(a ->
                        problems.add(refused(file, a, "rule \"" + rule.getName() + "\": dialect " + a.getValue()
                                + " is not allowed: rules are written in the Java dialect")));
            }
        });
        return new Outcome(problems, rules);
    }

    /** The parsed package, or nothing when the text does not parse (the compiler then reports the syntax errors). */
    private static PackageDescr parse(String text) {
        try {
            DrlParser parser = new DrlParser();
            PackageDescr pkg = parser.parse(false, text);
            return parser.hasErrors() ? null : pkg;
        } catch (DroolsParserException | RuntimeException e) {
            return null;
        }
    }

    private static CompileProblem refused(String file, BaseDescr at, String message) {
        return CompileProblem.error(file, at.getLine(), at.getColumn(), "Sandbox: " + message);
    }
}
