package dev.dunning.rules.diff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/** The DRL rules of a rule set, read with Drools' parser, and the rules that differ between two rule sets. */
final class DrlRules {

    /** One rule as written, each part whitespace-collapsed. */
    record DrlRule(String id, String name, String file, String text, String metadata, String conditions,
            String consequence) {
    }

    private DrlRules() {
    }

    static List<RuleChange> between(Map<String, String> before, Map<String, String> after, List<String> warnings) {
        Set<String> unreadable = new HashSet<>();
        List<DrlRule> olderRules = read(before, "older", warnings, unreadable);
        List<DrlRule> newerRules = read(after, "newer", warnings, unreadable);
        olderRules.removeIf(rule -> unreadable.contains(rule.file()));
        newerRules.removeIf(rule -> unreadable.contains(rule.file()));
        List<RuleChange> changes = new ArrayList<>();
        for (Pairing.Pair<DrlRule> pair : Pairing.of(olderRules, newerRules, DrlRule::id,
                rule -> rule.file() + "#" + rule.id())) {
            DrlRule older = pair.before();
            DrlRule newer = pair.after();
            if (older == null) {
                changes.add(new RuleChange(pair.key(), Change.ADDED, newer.name(), newer.file(), null, null,
                        List.of()));
            } else if (newer == null) {
                changes.add(new RuleChange(pair.key(), Change.REMOVED, older.name(), older.file(), null, null,
                        List.of()));
            } else if (!older.text().equals(newer.text()) || !older.file().equals(newer.file())) {
                changes.add(new RuleChange(pair.key(), Change.CHANGED, newer.name(), newer.file(), older.name(),
                        older.file(), changedParts(older, newer)));
            }
        }
        return changes;
    }

    private static List<RulePart> changedParts(DrlRule older, DrlRule newer) {
        List<RulePart> parts = new ArrayList<>();
        addIf(parts, RulePart.NAME, older.name(), newer.name());
        addIf(parts, RulePart.FILE, older.file(), newer.file());
        addIf(parts, RulePart.METADATA, older.metadata(), newer.metadata());
        addIf(parts, RulePart.CONDITIONS, older.conditions(), newer.conditions());
        addIf(parts, RulePart.CONSEQUENCE, older.consequence(), newer.consequence());
        if (!older.text().equals(newer.text()) && parts.stream().allMatch(part -> part == RulePart.FILE)) {
            parts.add(RulePart.OTHER_TEXT);
        }
        return parts;
    }

    private static void addIf(List<RulePart> parts, RulePart part, String older, String newer) {
        if (!Objects.equals(older, newer)) {
            parts.add(part);
        }
    }

    /**
     * The rules of every DRL file, in file order. A file that does not parse is added to {@code unreadable}, with a
     * warning, so that its rules are compared on neither side.
     */
    static List<DrlRule> read(Map<String, String> drlFiles, String side, List<String> warnings,
            Set<String> unreadable) {
        List<DrlRule> rules = new ArrayList<>();
        drlFiles.forEach((file, text) -> {
            try {
                DrlParser parser = new DrlParser();
                PackageDescr pkg = parser.parse(false, text);
                if (parser.hasErrors() || pkg == null) {
                    unreadable.add(file);
                    warnings.add(warning(side, file, parser.getErrors().isEmpty() ? "no package"
                            : parser.getErrors().getFirst().getMessage()));
                    return;
                }
                pkg.getRules().forEach(rule -> rules.add(rule(file, text, rule)));
            } catch (DroolsParserException | RuntimeException e) {
                unreadable.add(file);
                warnings.add(warning(side, file, e.getMessage()));
            }
        });
        return rules;
    }

    private static String warning(String side, String file, String why) {
        return "The " + side + " " + file + " does not parse as DRL, so its rules are not compared: "
                + Text.collapse(String.valueOf(why));
    }

    private static DrlRule rule(String file, String text, RuleDescr rule) {
        AnnotationDescr id = rule.getAnnotation("id");
        String key = id == null || id.getSingleValueAsString() == null ? rule.getName()
                : AnnotationDescr.unquote(id.getSingleValueAsString());
        return new DrlRule(key, rule.getName(), file,
                Text.collapse(span(text, rule.getStartCharacter(), rule.getEndCharacter())),
                metadata(rule), conditions(text, rule.getLhs()), Text.collapse(String.valueOf(rule.getConsequence())));
    }

    private static String metadata(RuleDescr rule) {
        Map<String, String> metadata = new TreeMap<>();
        for (AnnotationDescr annotation : rule.getAnnotations()) {
            metadata.put("@" + annotation.getName(), Text.collapse(String.valueOf(annotation.getValueMap())));
        }
        for (AttributeDescr attribute : rule.getAttributes().values()) {
            metadata.put(attribute.getName(), Text.collapse(attribute.getValue()));
        }
        return metadata.toString();
    }

    private static String conditions(String text, AndDescr lhs) {
        if (lhs == null || lhs.getStartCharacter() < 0) {
            return lhs == null ? "" : lhs.toString();
        }
        return Text.collapse(span(text, lhs.getStartCharacter(), lhs.getEndCharacter()));
    }

    /** The text from {@code start} to {@code end}, both included, clamped to the text. */
    private static String span(String text, int start, int end) {
        int from = Math.clamp(start, 0, text.length());
        return text.substring(from, Math.clamp(end + 1L, from, text.length()));
    }
}
