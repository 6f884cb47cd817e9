package dev.dunning.rules.compiler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.ParserError;

/**
 * The first layer of the sandbox: the policy profile for DRL, checked on the parsed file before anything is built
 * or evaluated. A file declares a package in the {@value #NAMESPACE} namespace, imports types of the rule
 * {@link Vocabulary} by name, and holds rules only: no functions, globals, queries, type declarations, entry points
 * or windows. A rule's attributes are priorities and groups given as literals, its metadata values are literals
 * (the build evaluates them as expressions), its conditions are patterns over the fact model ({@link DrlConditions})
 * and its consequence is checked by {@link DrlCodeCheck}. Every refusal names the file, the line and the part of the
 * profile it breaks.
 */
final class DrlProfile {
    static final String NAMESPACE = "policy";
    private static final Pattern PACKAGE = Pattern.compile("policy(\\.[a-z][a-z0-9_]*)*");
    private static final Pattern PACKAGE_LINE = Pattern.compile("(?m)^\\s*package\\b");
    private static final Pattern THEN = Pattern.compile("\\bthen\\b");
    private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u+[0-9A-Fa-f]{4}");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
    private static final Pattern LITERAL = Pattern.compile(
            "\"([^\"\\\\]|\\\\[\"\\\\nt])*\"|-?\\d{1,18}(\\.\\d{1,12})?|true|false");
    private static final int MAX_METADATA = 1_000;
    private static final int MAX_SALIENCE = 10_000;
    private static final int MAX_RULE_NAME = 300;

    /** Where each rule of the files is written, by package-qualified name, for problems found later. */
    record Outcome(List<CompileProblem> problems, Map<String, RuleLocation> rules) {
    }

    record RuleLocation(String file, int line) {
    }

    Outcome check(Map<String, String> drlFiles) {
        List<CompileProblem> problems = new ArrayList<>();
        Map<String, RuleLocation> rules = new HashMap<>();
        drlFiles.forEach((file, text) -> checked(text, file, rules).forEach(f -> problems.add(f.problem(file))));
        return new Outcome(problems, rules);
    }

    /** The findings of one file; a file the profile cannot check through is refused, never let through. */
    private List<ProfileFinding> checked(String text, String file, Map<String, RuleLocation> rules) {
        try {
            return file(text, file, rules);
        } catch (StackOverflowError e) {
            return List.of(new ProfileFinding(0, 0, "file", "the file is nested too deeply to be checked"));
        } catch (RuntimeException e) {
            return List.of(new ProfileFinding(0, 0, "file", "the file could not be checked: " + e.getMessage()));
        }
    }

    private List<ProfileFinding> file(String text, String file, Map<String, RuleLocation> rules) {
        List<ProfileFinding> findings = new ArrayList<>(text(text));
        if (!findings.isEmpty()) {
            return findings;
        }
        DrlParser parser = new DrlParser();
        PackageDescr pkg;
        try {
            pkg = parser.parse(false, text);
        } catch (Exception | StackOverflowError e) {
            return List.of(new ProfileFinding(0, 0, "file", "the file could not be read as DRL: " + e.getMessage()));
        }
        if (parser.hasErrors() || pkg == null) {
            return parser.getErrors().stream().map(DrlProfile::syntax).toList();
        }
        Map<String, Class<?>> imports = imports(pkg, findings);
        packageLevel(pkg, find(PACKAGE_LINE, text).orElse(1), findings);
        for (RuleDescr rule : pkg.getRules()) {
            rules.put(pkg.getNamespace() + "." + rule.getName(), new RuleLocation(file, rule.getLine()));
            findings.addAll(rule(rule, imports, consequenceStart(text, rule)));
        }
        return findings;
    }

    /** What is refused in the raw text, before parsing: what the Java compiler would read differently. */
    private static List<ProfileFinding> text(String text) {
        List<ProfileFinding> findings = new ArrayList<>();
        find(UNICODE_ESCAPE, text).ifPresent(line -> findings.add(new ProfileFinding(line, 0, "file",
                "a \\u escape is not allowed anywhere: the Java compiler reads it before the rule syntax (write the character itself)")));
        find(Pattern.compile("\"\"\""), text).ifPresent(line -> findings.add(new ProfileFinding(line, 0, "file",
                "a text block (\"\"\") is not allowed")));
        find(CONTROL, text).ifPresent(line -> findings.add(new ProfileFinding(line, 0, "file",
                "a control character is not allowed")));
        return findings;
    }

    private static Optional<Integer> find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Optional.of(lineAt(text, matcher.start())) : Optional.empty();
    }

    private static int lineAt(String text, int offset) {
        return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }

    private static ProfileFinding syntax(DroolsError error) {
        int line = error instanceof ParserError parsed ? parsed.getRow() : error.getLines().length > 0 ? error.getLines()[0] : 0;
        int column = error instanceof ParserError parsed ? parsed.getCol() : 0;
        return new ProfileFinding(line, column, "file", "the file is not valid DRL: " + error.getMessage());
    }

    /** The types the file may name: those it imports from the vocabulary, and the vocabulary's java.lang types. */
    private static Map<String, Class<?>> imports(PackageDescr pkg, List<ProfileFinding> findings) {
        Map<String, Class<?>> types = new HashMap<>();
        Vocabulary.LIBRARY_TYPES.values().stream().filter(t -> t.getPackageName().equals("java.lang"))
                .forEach(t -> types.put(t.getSimpleName(), t));
        for (ImportDescr descr : pkg.getImports()) {
            Optional<Class<?>> type = Vocabulary.type(descr.getTarget()).filter(t -> t.getName().equals(descr.getTarget()));
            type.ifPresentOrElse(t -> types.put(t.getSimpleName(), t), () -> findings.add(at(descr, "imports",
                    "import " + descr.getTarget() + " is outside the rule vocabulary: import fact-model types and"
                            + " java.math.BigDecimal, java.time.LocalDate and the like, one by one")));
        }
        return types;
    }

    private static void packageLevel(PackageDescr pkg, int line, List<ProfileFinding> findings) {
        if (!PACKAGE.matcher(pkg.getName()).matches()) {
            findings.add(new ProfileFinding(line, 0, "package", "package \"" + pkg.getName() + "\" is outside the "
                    + NAMESPACE + " namespace: declare package " + NAMESPACE + ".<area>, e.g. package policy.latefees;"));
        }
        pkg.getFunctions().forEach(f -> findings.add(at(f, "declarations", "function " + f.getName()
                + " is not allowed: write the logic in the rule, or ask for a fact-model method")));
        pkg.getGlobals().forEach(g -> findings.add(at(g, "declarations", "global " + g.getIdentifier()
                + " is not allowed: rules read facts only")));
        pkg.getFunctionImports().forEach(f -> findings.add(at(f, "imports", "import function " + f.getTarget()
                + " is not allowed")));
        pkg.getAccumulateImports().forEach(a -> findings.add(at(a, "imports", "import accumulate " + a.getTarget()
                + " is not allowed")));
        pkg.getClassAndEnumDeclarationDescrs().forEach(d -> findings.add(at(d, "declarations", "declare "
                + d.getTypeName() + " is not allowed: rules use the fact model's types")));
        pkg.getEntryPointDeclarations().forEach(d -> findings.add(at(d, "declarations", "an entry point is not allowed")));
        pkg.getWindowDeclarations().forEach(d -> findings.add(at(d, "declarations", "a window is not allowed")));
        if (pkg.getUnit() != null) {
            findings.add(at(pkg.getUnit(), "declarations", "a rule unit is not allowed"));
        }
        pkg.getAttributes().forEach(a -> attribute(a, findings));
    }

    private static List<ProfileFinding> rule(RuleDescr rule, Map<String, Class<?>> imports, DrlCode.Origin consequence) {
        List<ProfileFinding> findings = new ArrayList<>();
        String name = "rule \"" + rule.getName() + "\": ";
        if (rule instanceof QueryDescr) {
            findings.add(at(rule, "declarations", "query " + rule.getName() + " is not allowed: the pipeline reads facts"));
            return findings;
        }
        if (rule.getName().length() > MAX_RULE_NAME) {
            findings.add(at(rule, "declarations", "a rule name is at most " + MAX_RULE_NAME + " characters"));
        }
        if (rule.getParentName() != null) {
            findings.add(at(rule, "declarations", name + "extends is not allowed: write each rule whole"));
        }
        if (!rule.getNamedConsequences().isEmpty()) {
            findings.add(at(rule, "consequences", name + "named consequences (then[...]) are not allowed"));
        }
        rule.getAttributes().values().forEach(a -> attribute(a, findings));
        rule.getAnnotations().forEach(a -> metadata(rule, a, findings));
        DrlConditions conditions = new DrlConditions(imports);
        findings.addAll(conditions.check(rule.getLhs()));
        String code = rule.getConsequence() == null ? "" : rule.getConsequence().toString();
        findings.addAll(DrlCode.consequence(code, consequence, new DrlCodeCheck.Scope(conditions.bindings(), imports, null)));
        return findings;
    }

    /** Where the consequence's code starts: the parser reports the line of {@code then} and strips what follows it. */
    private static DrlCode.Origin consequenceStart(String text, RuleDescr rule) {
        int offset = 0;
        for (int line = 1; line < rule.getConsequenceLine() && offset >= 0; line++) {
            offset = text.indexOf('\n', offset) + 1;
        }
        Matcher then = THEN.matcher(text);
        if (offset < 0 || !then.find(offset)) {
            return new DrlCode.Origin(rule.getConsequenceLine(), 0);
        }
        int code = then.end();
        while (code < text.length() && Character.isWhitespace(text.charAt(code))) {
            code++;
        }
        return new DrlCode.Origin(lineAt(text, code), 0);
    }

    /** Priorities and groups as literals; no dialects, timers, calendars, dates or computed attributes. */
    private static void attribute(AttributeDescr attribute, List<ProfileFinding> findings) {
        String value = attribute.getValue() == null ? "" : attribute.getValue().strip();
        boolean allowed = switch (attribute.getName()) {
            case "salience" -> value.matches("-?\\d{1,5}") && Math.abs(Integer.parseInt(value)) <= MAX_SALIENCE;
            case "no-loop", "lock-on-active", "auto-focus" -> value.isEmpty() || value.matches("true|false");
            case "agenda-group", "activation-group" -> value.matches("[\\w .-]{1,100}");
            default -> false;
        };
        if (!allowed) {
            findings.add(at(attribute, "attributes", "the attribute " + attribute.getName() + " " + value
                    + " is not allowed: rules use salience (a whole number up to " + MAX_SALIENCE + "), no-loop,"
                    + " lock-on-active, auto-focus and agenda or activation groups, as literals"));
        }
    }

    /** Metadata values are literals: the build evaluates a value that is not one as an expression. */
    private static void metadata(RuleDescr rule, AnnotationDescr annotation, List<ProfileFinding> findings) {
        boolean literal = annotation.getName().matches("\\w{1,50}") && annotation.getValueMap().values().stream()
                .allMatch(v -> v != null && v.toString().length() <= MAX_METADATA && LITERAL.matcher(v.toString().strip()).matches());
        if (!literal) {
            findings.add(new ProfileFinding(rule.getLine(), 0, "metadata", "rule \"" + rule.getName() + "\": @"
                    + annotation.getName() + " needs a literal value: a text in double quotes, a number or true/false"));
        }
    }

    private static ProfileFinding at(BaseDescr descr, String part, String message) {
        return new ProfileFinding(descr.getLine(), descr.getColumn(), part, message);
    }
}
