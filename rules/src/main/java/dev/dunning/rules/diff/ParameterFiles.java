package dev.dunning.rules.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.dunning.rules.facts.PolicyParameter;
import dev.dunning.rules.pack.Json;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The policy parameters of a rule set's {@code *parameters.yaml} files, and those that differ between two sets. */
final class ParameterFiles {
    static final String FILE_SUFFIX = "parameters.yaml";

    /** One parameter where it is declared. */
    record Declared(String name, String region, ParameterSetting setting) {

        String key() {
            return region == null ? name : name + " @ " + region;
        }
    }

    private ParameterFiles() {
    }

    static List<ParameterChange> between(Map<String, String> before, Map<String, String> after,
            List<String> warnings) {
        Set<String> unreadable = new HashSet<>();
        List<Declared> olderParameters = read(before, "older", warnings, unreadable);
        List<Declared> newerParameters = read(after, "newer", warnings, unreadable);
        olderParameters.removeIf(declared -> unreadable.contains(declared.setting().file()));
        newerParameters.removeIf(declared -> unreadable.contains(declared.setting().file()));
        List<ParameterChange> changes = new ArrayList<>();
        for (Pairing.Pair<Declared> pair : Pairing.of(olderParameters, newerParameters, Declared::key,
                declared -> declared.setting().file() + "#" + declared.key())) {
            Declared older = pair.before();
            Declared newer = pair.after();
            if (older == null) {
                changes.add(new ParameterChange(newer.name(), newer.region(), Change.ADDED, null, newer.setting(),
                        List.of()));
            } else if (newer == null) {
                changes.add(new ParameterChange(older.name(), older.region(), Change.REMOVED, older.setting(), null,
                        List.of()));
            } else {
                List<String> fields = changedFields(older.setting(), newer.setting());
                if (!fields.isEmpty()) {
                    changes.add(new ParameterChange(newer.name(), newer.region(), Change.CHANGED, older.setting(),
                            newer.setting(), fields));
                }
            }
        }
        return changes;
    }

    private static List<String> changedFields(ParameterSetting older, ParameterSetting newer) {
        List<String> fields = new ArrayList<>();
        if (!sameNumber(older.value(), newer.value())) {
            fields.add("value");
        }
        addIf(fields, "source", older.source(), newer.source());
        addIf(fields, "grade", older.grade(), newer.grade());
        addIf(fields, "note", older.note(), newer.note());
        addIf(fields, "file", older.file(), newer.file());
        return fields;
    }

    private static boolean sameNumber(BigDecimal older, BigDecimal newer) {
        return older == null ? newer == null : newer != null && older.compareTo(newer) == 0;
    }

    private static void addIf(List<String> fields, String field, String older, String newer) {
        if (!Objects.equals(Text.collapse(older), Text.collapse(newer))) {
            fields.add(field);
        }
    }

    /**
     * The parameters of every parameters file, in file order. A file that does not parse is added to
     * {@code unreadable}, with a warning, so that its parameters are compared on neither side.
     */
    static List<Declared> read(Map<String, String> files, String side, List<String> warnings,
            Set<String> unreadable) {
        List<Declared> declared = new ArrayList<>();
        files.forEach((file, text) -> {
            if (text.isBlank()) {
                return;
            }
            try {
                PolicyParameter[] parameters = Json.yaml().readValue(text, PolicyParameter[].class);
                for (PolicyParameter p : parameters == null ? new PolicyParameter[0] : parameters) {
                    declared.add(new Declared(p.name(), p.region(),
                            new ParameterSetting(file, p.value(), p.source(), p.grade(), p.note())));
                }
            } catch (JsonProcessingException e) {
                unreadable.add(file);
                warnings.add("The " + side + " " + file + " is not a readable parameters file, so its parameters"
                        + " are not compared: " + Text.collapse(e.getOriginalMessage()));
            }
        });
        return declared;
    }
}
