package dev.dunning.rules.compiler;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The sandbox for DMN: FEEL can reach Java through {@code external} functions and through function definitions of
 * kind Java or PMML. Reads the parsed model (its elements and FEEL texts, with their lines) and refuses both.
 */
final class DmnSandboxGate {
    private static final Pattern EXTERNAL = Pattern.compile("\\bexternal\\b");
    private final XMLInputFactory xml = secureFactory();

    List<CompileProblem> check(String path, String content) {
        List<CompileProblem> problems = new ArrayList<>();
        try {
            XMLStreamReader reader = xml.createXMLStreamReader(new StringReader(content));
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                    inspect(path, reader, problems);
                }
            }
        } catch (XMLStreamException e) {
            return List.of();  // not well-formed: the DMN validator reports it with its position
        }
        return problems;
    }

    private static void inspect(String path, XMLStreamReader reader, List<CompileProblem> problems) throws XMLStreamException {
        int line = reader.getLocation().getLineNumber();
        String element = reader.getLocalName();
        if (element.equals("functionDefinition") || element.equals("encapsulatedLogic")) {
            String kind = reader.getAttributeValue(null, "kind");
            if (kind != null && !kind.equals("FEEL") && !kind.equals("F")) {
                problems.add(CompileProblem.error(path, line, 0, "Sandbox: a function definition of kind " + kind
                        + " is not allowed: decision logic is written in FEEL"));
            }
        } else if (element.equals("text") && EXTERNAL.matcher(reader.getElementText()).find()) {
            problems.add(CompileProblem.error(path, line, 0,
                    "Sandbox: FEEL external functions are not allowed: they call Java outside the rule set"));
        }
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }
}
