package dev.dunning.rules.compiler;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a DMN file into a small element tree with lines, with DTDs and external entities off and limits on depth,
 * element count and text size. Anything the reader cannot read is a refusal with its line, never "no problems".
 */
final class DmnXml {
    private final String path;
    private final DmnLimits limits;
    private final Deque<DmnElement> open = new ArrayDeque<>();
    private DmnElement root;
    private int elements;

    private DmnXml(String path, DmnLimits limits) {
        this.path = path;
        this.limits = limits;
    }

    /** The root element, or the reason the file cannot be read. */
    record Read(DmnElement root, List<CompileProblem> problems) {
    }

    static Read read(String path, String content, DmnLimits limits) {
        DmnXml xml = new DmnXml(path, limits);
        XMLStreamReader reader = null;
        try {
            reader = secureFactory().createXMLStreamReader(new StringReader(content));
            String refusal = xml.readAll(reader);
            return refusal == null ? new Read(xml.root, List.of()) : xml.refused(reader.getLocation(), refusal);
        } catch (XMLStreamException e) {
            return xml.refused(e.getLocation(), "the file is not well-formed XML: " + reason(e));
        } catch (RuntimeException e) {
            return xml.refused(reader == null ? null : reader.getLocation(), "the file cannot be read as XML: " + e.getMessage());
        } finally {
            close(reader);
        }
    }

    private String readAll(XMLStreamReader reader) throws XMLStreamException {
        while (reader.hasNext()) {
            String refusal = switch (reader.next()) {
                case XMLStreamConstants.START_ELEMENT -> start(reader);
                case XMLStreamConstants.END_ELEMENT -> end();
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> text(reader);
                case XMLStreamConstants.DTD -> "DOCTYPE and DTD declarations are not allowed in DMN files";
                case XMLStreamConstants.ENTITY_REFERENCE -> "entity references other than &lt; &gt; &amp; &quot; &apos;"
                        + " are not allowed in DMN files";
                case XMLStreamConstants.PROCESSING_INSTRUCTION -> "processing instructions are not allowed in DMN files";
                case XMLStreamConstants.COMMENT -> !open.isEmpty() && open.peek().name().equals("text")
                        ? "XML comments inside <text> are not allowed: they split the FEEL text (FEEL has its own"
                        + " // and /* */ comments)" : null;
                default -> null;
            };
            if (refusal != null) {
                return refusal;
            }
        }
        return root == null ? "the file has no root element" : null;
    }

    private String start(XMLStreamReader reader) {
        if (open.size() >= limits.maxElementDepth()) {
            return "elements are nested more than " + limits.maxElementDepth() + " deep";
        }
        if (++elements > limits.maxElements()) {
            return "the file has more than " + limits.maxElements() + " elements";
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String namespace = reader.getAttributeNamespace(i);
            String name = reader.getAttributeLocalName(i);
            attributes.put(namespace == null || namespace.isEmpty() ? name : "{" + namespace + "}" + name, reader.getAttributeValue(i));
        }
        Location location = reader.getLocation();
        DmnElement element = new DmnElement(reader.getNamespaceURI(), reader.getLocalName(), attributes,
                location.getLineNumber(), location.getColumnNumber());
        if (open.isEmpty()) {
            root = element;
        } else {
            open.peek().children().add(element);
        }
        open.push(element);
        return null;
    }

    private String end() {
        open.pop();
        return null;
    }

    private String text(XMLStreamReader reader) {
        if (open.isEmpty()) {
            return null;
        }
        StringBuilder text = open.peek().text();
        text.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
        int limit = 10 * limits.maxTextLength();
        return text.length() > limit ? "a text is longer than " + limit + " characters" : null;
    }

    private Read refused(Location location, String what) {
        int line = location == null ? 0 : location.getLineNumber();
        int column = location == null ? 0 : location.getColumnNumber();
        return new Read(null, List.of(CompileProblem.error(path, line, column, "Sandbox: " + what)));
    }

    private static String reason(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int at = message.indexOf("Message: ");
        return at >= 0 ? message.substring(at + "Message: ".length()) : message;
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // nothing was opened that needs closing: the source is a string
            }
        }
    }

    /** A factory per file: cheap, and no question of whether the JDK's factory may be shared between threads. */
    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external references are not allowed: " + systemId);
        });
        return factory;
    }

    /** One element as read: namespace, local name, attributes ({namespace}name when namespaced), text and children. */
    record DmnElement(String namespace, String name, Map<String, String> attributes, int line, int column,
                      List<DmnElement> children, StringBuilder text) {
        DmnElement(String namespace, String name, Map<String, String> attributes, int line, int column) {
            this(namespace == null ? "" : namespace, name, attributes, line, column, new ArrayList<>(), new StringBuilder());
        }

        String attribute(String key) {
            return attributes.get(key);
        }
    }
}
