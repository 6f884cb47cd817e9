package dev.dunning.rules.diff;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The rows of every DMN decision table of a rule set, read with the JDK's DOM parser with DTDs and external entities
 * refused, and the rows that differ between two rule sets.
 */
final class DmnRows {

    /** One row of a decision table, where it is. */
    record TableRow(String id, String file, String decision, DecisionRow row) {
    }

    private DmnRows() {
    }

    static List<RowChange> between(Map<String, String> before, Map<String, String> after, List<String> warnings) {
        Set<String> unreadable = new HashSet<>();
        List<TableRow> olderRows = read(before, "older", warnings, unreadable);
        List<TableRow> newerRows = read(after, "newer", warnings, unreadable);
        olderRows.removeIf(row -> unreadable.contains(row.file()));
        newerRows.removeIf(row -> unreadable.contains(row.file()));
        List<RowChange> changes = new ArrayList<>();
        for (Pairing.Pair<TableRow> pair : Pairing.of(olderRows, newerRows, TableRow::id,
                row -> row.file() + "#" + row.id())) {
            TableRow older = pair.before();
            TableRow newer = pair.after();
            if (older == null) {
                changes.add(new RowChange(pair.key(), Change.ADDED, newer.file(), newer.decision(),
                        newer.row().description(), null, newer.row(), List.of()));
            } else if (newer == null) {
                changes.add(new RowChange(pair.key(), Change.REMOVED, older.file(), older.decision(),
                        older.row().description(), older.row(), null, List.of()));
            } else if (!older.row().equals(newer.row()) || !older.decision().equals(newer.decision())) {
                changes.add(new RowChange(pair.key(), Change.CHANGED, newer.file(), newer.decision(),
                        newer.row().description(), older.row(), newer.row(), changedColumns(older.row(), newer.row())));
            }
        }
        return changes;
    }

    private static List<String> changedColumns(DecisionRow older, DecisionRow newer) {
        List<String> columns = new ArrayList<>();
        addChanged(columns, older.inputs(), newer.inputs());
        addChanged(columns, older.outputs(), newer.outputs());
        return columns;
    }

    private static void addChanged(List<String> columns, Map<String, String> older, Map<String, String> newer) {
        newer.forEach((column, entry) -> {
            if (!Objects.equals(older.get(column), entry)) {
                columns.add(column);
            }
        });
        older.keySet().stream().filter(column -> !newer.containsKey(column)).forEach(columns::add);
    }

    /**
     * The rows of every DMN file, in document order. A file that cannot be read is added to {@code unreadable}, with a
     * warning, so that its rows are compared on neither side.
     */
    static List<TableRow> read(Map<String, String> dmnFiles, String side, List<String> warnings,
            Set<String> unreadable) {
        List<TableRow> rows = new ArrayList<>();
        dmnFiles.forEach((file, text) -> {
            try {
                Document document = parser().parse(new InputSource(new StringReader(text)));
                for (Element table : elements(document.getElementsByTagNameNS("*", "decisionTable"))) {
                    rows.addAll(rows(file, table));
                }
            } catch (SAXException | IOException e) {
                unreadable.add(file);
                warnings.add("The " + side + " " + file + " is not readable DMN, so its table rows are not compared: "
                        + Text.collapse(String.valueOf(e.getMessage())));
            }
        });
        return rows;
    }

    private static List<TableRow> rows(String file, Element table) {
        String decision = decisionName(table);
        List<String> inputs = columnNames(children(table, "input"), "input");
        List<String> outputs = columnNames(children(table, "output"), "output");
        if (outputs.size() == 1 && children(table, "output").getFirst().getAttribute("name").isEmpty()
                && !table.getAttribute("outputLabel").isEmpty()) {
            outputs = List.of(table.getAttribute("outputLabel"));
        }
        List<TableRow> rows = new ArrayList<>();
        List<Element> rules = children(table, "rule");
        for (int i = 0; i < rules.size(); i++) {
            Element rule = rules.get(i);
            String id = rule.getAttribute("id").isEmpty() ? decision + " row " + (i + 1) : rule.getAttribute("id");
            Element description = children(rule, "description").stream().findFirst().orElse(null);
            rows.add(new TableRow(id, file, decision, new DecisionRow(
                    description == null ? null : Text.collapse(description.getTextContent()),
                    entries(inputs, children(rule, "inputEntry")), entries(outputs, children(rule, "outputEntry")))));
        }
        return rows;
    }

    /** The name of the decision (or business knowledge model) whose logic the table is. */
    private static String decisionName(Element table) {
        for (Node node = table.getParentNode(); node instanceof Element element; node = node.getParentNode()) {
            String kind = element.getLocalName();
            if (("decision".equals(kind) || "businessKnowledgeModel".equals(kind))
                    && !element.getAttribute("name").isEmpty()) {
                return element.getAttribute("name");
            }
        }
        return table.getAttribute("id");
    }

    /** Column labels, else input expressions or output names, each made unique within the table. */
    private static List<String> columnNames(List<Element> columns, String fallback) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            Element column = columns.get(i);
            String name = firstNonEmpty(column.getAttribute("label"), column.getAttribute("name"),
                    children(column, "inputExpression").stream().map(DmnRows::text).findFirst().orElse(""),
                    fallback + " " + (i + 1));
            String unique = name;
            for (int n = 2; names.contains(unique); n++) {
                unique = name + " (" + n + ")";
            }
            names.add(unique);
        }
        return names;
    }

    private static Map<String, String> entries(List<String> columns, List<Element> entries) {
        Map<String, String> byColumn = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            byColumn.put(i < columns.size() ? columns.get(i) : "column " + (i + 1), text(entries.get(i)));
        }
        return byColumn;
    }

    /** The whitespace-collapsed {@code <text>} of an entry or expression. */
    private static String text(Element element) {
        return children(element, "text").stream().findFirst().map(text -> Text.collapse(text.getTextContent()))
                .orElse("");
    }

    private static String firstNonEmpty(String... candidates) {
        for (String candidate : candidates) {
            if (!candidate.isBlank()) {
                return Text.collapse(candidate);
            }
        }
        return "";
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(element.getLocalName())) {
                children.add(element);
            }
        }
        return children;
    }

    private static List<Element> elements(NodeList nodes) {
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    /**
     * The JDK's own DOM parser, namespace-aware, refusing DTDs and any external entity, schema or include; a
     * malformed document throws instead of printing.
     */
    private static DocumentBuilder parser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultNSInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler());
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's DOM parser refuses a secure configuration", e);
        }
    }
}
