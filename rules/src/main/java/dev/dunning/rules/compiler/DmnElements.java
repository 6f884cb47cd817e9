package dev.dunning.rules.compiler;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The DMN elements the sandbox understands, by what they may hold; any other element of the DMN namespaces is
 * refused, so an element that could hold executable content cannot slip past by being unknown to the gate.
 */
final class DmnElements {
    /** DMN 1.1 to 1.5 model namespaces. */
    static final Set<String> MODEL_NAMESPACES = Set.of(
            "http://www.omg.org/spec/DMN/20151101/dmn.xsd",
            "http://www.omg.org/spec/DMN/20180521/MODEL/",
            "https://www.omg.org/spec/DMN/20191111/MODEL/",
            "https://www.omg.org/spec/DMN/20211108/MODEL/",
            "https://www.omg.org/spec/DMN/20230324/MODEL/");

    /** FEEL, as named by DMN 1.1 to 1.5 (B-FEEL and any other language are refused). */
    static final Set<String> FEEL_LANGUAGES = Set.of(
            "http://www.omg.org/spec/FEEL/20140401",
            "http://www.omg.org/spec/DMN/20180521/FEEL/",
            "https://www.omg.org/spec/DMN/20191111/FEEL/",
            "https://www.omg.org/spec/DMN/20211108/FEEL/",
            "https://www.omg.org/spec/DMN/20230324/FEEL/");

    enum Kind {
        /** Holds other elements and attributes only. */
        STRUCTURE,
        /** Holds text that nothing evaluates (descriptions, questions, type names). */
        PLAIN_TEXT,
        /** Holds one {@code <text>} that is a FEEL expression. */
        FEEL_EXPRESSION,
        /** Holds one {@code <text>} that is a list of FEEL unary tests. */
        FEEL_UNARY_TESTS,
        /** Holds one {@code <text>} that nothing evaluates (annotations). */
        TEXT_HOLDER,
        /** The {@code <text>} element itself: its meaning comes from its parent. */
        TEXT,
        /** Understood, and refused: see {@link #REFUSED}. */
        REFUSED
    }

    /** Elements that are refused, with why, in words an analyst understands. */
    static final Map<String, String> REFUSED = Map.ofEntries(
            Map.entry("import", "imports are not allowed: a DMN file must be self-contained, not read other models"),
            Map.entry("importedValues", "imported values are not allowed: a DMN file must be self-contained"),
            Map.entry("functionDefinition", "function definitions inside expressions are not allowed: put reusable"
                    + " logic in a business knowledge model"),
            Map.entry("for", "boxed iterations (for, some, every, filter) are not allowed: iterate in FEEL over a literal"
                    + " list or range"),
            Map.entry("some", "boxed iterations (for, some, every, filter) are not allowed: iterate in FEEL over a"
                    + " literal list or range"),
            Map.entry("every", "boxed iterations (for, some, every, filter) are not allowed: iterate in FEEL over a"
                    + " literal list or range"),
            Map.entry("filter", "boxed iterations (for, some, every, filter) are not allowed: filter in FEEL instead"),
            Map.entry("extensionElements", "extension elements are not allowed: the engine may give them a meaning the"
                    + " sandbox cannot check"));

    private static final Set<String> STRUCTURE = Set.of("definitions", "decision", "variable", "informationRequirement",
            "requiredDecision", "requiredInput", "knowledgeRequirement", "requiredKnowledge", "authorityRequirement",
            "requiredAuthority", "supportedObjective", "impactedPerformanceIndicator", "decisionMaker", "decisionOwner",
            "usingProcess", "usingTask", "businessKnowledgeModel", "encapsulatedLogic", "decisionService",
            "outputDecision", "encapsulatedDecision", "inputDecision", "inputData", "knowledgeSource", "owner",
            "itemDefinition", "itemComponent", "functionItem", "parameters", "invocation",
            "binding", "parameter", "formalParameter", "context", "contextEntry", "list", "relation", "column", "row",
            "decisionTable", "input", "output", "annotation", "rule", "performanceIndicator", "organizationUnit",
            "decisionMade", "decisionOwned", "impactingDecision", "group", "association", "sourceRef", "targetRef",
            "conditional", "if", "then", "else", "elementCollection", "drgElement");

    private static final Map<String, Kind> KINDS = Stream.of(
            STRUCTURE.stream().map(name -> Map.entry(name, Kind.STRUCTURE)),
            Stream.of("description", "question", "allowedAnswers", "typeRef", "type").map(name -> Map.entry(name, Kind.PLAIN_TEXT)),
            Stream.of("literalExpression", "inputExpression", "outputEntry", "defaultOutputEntry").map(name -> Map.entry(name, Kind.FEEL_EXPRESSION)),
            Stream.of("inputEntry", "inputValues", "outputValues", "allowedValues", "typeConstraint")
                    .map(name -> Map.entry(name, Kind.FEEL_UNARY_TESTS)),
            Stream.of("textAnnotation", "annotationEntry").map(name -> Map.entry(name, Kind.TEXT_HOLDER)),
            Stream.of(Map.entry("text", Kind.TEXT)),
            REFUSED.keySet().stream().map(name -> Map.entry(name, Kind.REFUSED)))
            .flatMap(s -> s)
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private DmnElements() {
    }

    /** The kind of a DMN element by its local name; empty for an element the sandbox does not understand. */
    static Kind kind(String name) {
        return KINDS.get(name);
    }

    static boolean isDiagram(String namespace) {
        return namespace.endsWith("/DMNDI/") || namespace.endsWith("/DC/") || namespace.endsWith("/DI/")
                || namespace.startsWith("http://www.drools.org/kie/dmn/");
    }
}
