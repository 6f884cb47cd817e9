package dev.dunning.rules.compiler;

import dev.dunning.rules.compiler.DmnElements.Kind;
import dev.dunning.rules.compiler.DmnXml.DmnElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Walks the elements of a DMN file against the DMN profile: only elements the sandbox understands, FEEL as the only
 * language, no references outside the file, function definitions only as business knowledge models of kind FEEL, and
 * text only where DMN puts it. Collects the FEEL texts for {@link FeelGate}.
 */
final class DmnProfileWalk {
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String XML = "http://www.w3.org/XML/1998/namespace";
    private static final Set<String> OWNERS = Set.of("decision", "businessKnowledgeModel", "decisionService");
    private static final Set<String> NAMED = Set.of("inputData", "decision", "businessKnowledgeModel",
            "decisionService", "variable", "formalParameter", "parameter", "column", "itemComponent");
    private static final Set<String> REQUIREMENTS = Set.of("requiredKnowledge", "requiredDecision",
            "encapsulatedDecision", "outputDecision");
    /** Keywords that open a function or an iteration: a name holding one could hide it from a reader. */
    private static final Pattern KEYWORD_IN_NAME = Pattern.compile("(^|.*[\\s.])(function|external|for|some|every)([\\s.].*|$)");

    private final String path;
    private final DmnLimits limits;
    private final DmnModel model = new DmnModel();
    private final List<CompileProblem> problems = new ArrayList<>();

    DmnProfileWalk(String path, DmnLimits limits) {
        this.path = path;
        this.limits = limits;
    }

    record Walked(DmnModel model, List<CompileProblem> problems) {
    }

    Walked walk(DmnElement root) {
        if (!DmnElements.MODEL_NAMESPACES.contains(root.namespace()) || !root.name().equals("definitions")) {
            refuse(root, "the root element must be a DMN <definitions> (DMN 1.1 to 1.5), not <" + root.name() + "> in "
                    + quoted(root.namespace()));
        } else {
            element(root, null, null, null);
        }
        return new Walked(model, List.copyOf(problems));
    }

    private void element(DmnElement element, DmnElement parent, String owner, String nearestId) {
        if (!DmnElements.MODEL_NAMESPACES.contains(element.namespace())) {
            foreign(element, parent);
            return;
        }
        Kind kind = DmnElements.kind(element.name());
        if (kind == null) {
            refuse(element, "the element <" + element.name() + "> is not part of the DMN profile the sandbox can check");
            return;
        }
        if (kind == Kind.REFUSED && !emptyExtension(element)) {
            refuse(element, DmnElements.REFUSED.get(element.name()));
            return;
        }
        attributes(element);
        String current = owner(element, parent, owner);
        String id = element.attribute("id") == null ? nearestId : element.attribute("id");
        name(element);
        content(element, kind, parent, current, id);
        if (REQUIREMENTS.contains(element.name())) {
            model.depend(current, localId(element.attribute("href")));
        }
        for (DmnElement child : element.children()) {
            element(child, element, current, id);
        }
    }

    private String owner(DmnElement element, DmnElement parent, String owner) {
        if (parent == null || !OWNERS.contains(element.name()) || !parent.name().equals("definitions")) {
            return owner;
        }
        String name = element.attribute("name");
        if (name != null) {
            model.ownerLines.put(name, element.line());
            model.namesById.put(element.attribute("id"), name);
            if (!element.name().equals("decision")) {
                model.callable.add(name);
            }
        }
        return name;
    }

    private void name(DmnElement element) {
        String name = element.attribute("name");
        if (name == null || !NAMED.contains(element.name())) {
            return;
        }
        if (KEYWORD_IN_NAME.matcher(name).matches()) {
            refuse(element, "the name \"" + name + "\" holds a FEEL keyword (function, external, for, some, every):"
                    + " rename it so that every FEEL text reads the same to the sandbox and to the engine");
        }
        model.names.add(name);
    }

    private void content(DmnElement element, Kind kind, DmnElement parent, String owner, String id) {
        String text = element.text().toString();
        if (kind == Kind.TEXT) {
            text(element, parent, owner, id, text);
        } else if (kind == Kind.PLAIN_TEXT) {
            if (!element.children().isEmpty()) {
                refuse(element.children().getFirst(), "<" + element.name() + "> holds plain text only, not elements");
            }
        } else if (!text.isBlank()) {
            refuse(element, "text directly inside <" + element.name() + "> is not part of the DMN profile:"
                    + " FEEL goes inside <text>");
        }
        if (element.name().equals("encapsulatedLogic") && (parent == null || !parent.name().equals("businessKnowledgeModel"))) {
            refuse(element, "<encapsulatedLogic> belongs in a business knowledge model only");
        }
    }

    private void text(DmnElement element, DmnElement parent, String owner, String id, String text) {
        if (!element.children().isEmpty()) {
            refuse(element.children().getFirst(), "<text> holds FEEL only, not elements");
            return;
        }
        Kind holder = parent == null ? null : DmnElements.kind(parent.name());
        if (holder == Kind.TEXT_HOLDER || text.isBlank() && holder != null && holder != Kind.STRUCTURE) {
            return;
        }
        if (holder == Kind.FEEL_EXPRESSION || holder == Kind.FEEL_UNARY_TESTS) {
            model.texts.add(new DmnModel.FeelText(text, holder == Kind.FEEL_UNARY_TESTS, element.line(), element.column(),
                    owner, id));
        } else {
            refuse(element, "a <text> inside <" + (parent == null ? "?" : parent.name()) + "> is not part of the DMN"
                    + " profile the sandbox can check");
        }
    }

    private void attributes(DmnElement element) {
        for (Map.Entry<String, String> attribute : element.attributes().entrySet()) {
            String problem = attribute(element, attribute.getKey(), attribute.getValue());
            if (problem != null) {
                refuse(element, problem);
            }
        }
    }

    private String attribute(DmnElement element, String key, String value) {
        if (value.length() > limits.maxTextLength()) {
            return "the attribute " + key + " is longer than " + limits.maxTextLength() + " characters";
        }
        if (key.startsWith("{")) {
            return namespacedAttribute(key);
        }
        return switch (key) {
            case "locationURI" -> "external references are not allowed: locationURI=" + quoted(value)
                    + " points outside the file";
            case "href" -> value.startsWith("#") ? null : "references outside the file are not allowed: href="
                    + quoted(value) + "; refer to an element of this file as #id";
            case "expressionLanguage", "typeLanguage" -> DmnElements.FEEL_LANGUAGES.contains(value) ? null
                    : "only FEEL is allowed as " + key + ", not " + quoted(value);
            case "kind" -> value.equals("FEEL") || value.equals("F") ? null : "a function definition of kind " + value
                    + " is not allowed: decision logic is written in FEEL";
            default -> null;
        };
    }

    private static String namespacedAttribute(String key) {
        if (key.startsWith("{" + XML + "}")) {
            return null;
        }
        if (key.equals("{" + XSI + "}type")) {
            return "xsi:type is not allowed: an element's meaning must come from its name";
        }
        if (key.startsWith("{" + XSI + "}")) {
            return "schema locations and other xsi attributes are not allowed: they point outside the file";
        }
        return "the attribute " + key + " is not part of the DMN profile the sandbox can check";
    }

    private void foreign(DmnElement element, DmnElement parent) {
        if (parent != null && parent.name().equals("definitions") && element.name().equals("DMNDI")
                && DmnElements.isDiagram(element.namespace())) {
            diagram(element);
            return;
        }
        String what = element.namespace().equals("http://www.w3.org/2001/XInclude") ? "XInclude is not allowed"
                : "the element <" + element.name() + "> in " + (element.namespace().isEmpty() ? "no namespace"
                : quoted(element.namespace())) + " is not part of the DMN profile the sandbox can check";
        refuse(element, what);
    }

    /** The diagram (DMNDI) holds shapes and labels only: its own namespaces, no DMN element, no outside reference. */
    private void diagram(DmnElement element) {
        if (!DmnElements.isDiagram(element.namespace()) || DmnElements.kind(element.name()) != null) {
            refuse(element, "the diagram (DMNDI) may hold diagram elements only, not <" + element.name() + ">");
            return;
        }
        String href = element.attribute("href");
        if (href != null && !href.startsWith("#") || element.attribute("locationURI") != null) {
            refuse(element, "references outside the file are not allowed in the diagram");
        }
        element.children().forEach(this::diagram);
    }

    private static boolean emptyExtension(DmnElement element) {
        return element.name().equals("extensionElements") && element.children().isEmpty() && element.text().toString().isBlank();
    }

    private static String localId(String href) {
        return href == null ? null : href.substring(href.indexOf('#') + 1);
    }

    private static String quoted(String value) {
        return "\"" + value + "\"";
    }

    private void refuse(DmnElement element, String what) {
        problems.add(CompileProblem.error(path, element.line(), 0, "Sandbox: " + what));
    }
}
