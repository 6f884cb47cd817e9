package dev.dunning.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dunning.rules.compiler.RuleSetSource;
import dev.dunning.rules.diff.Change;
import dev.dunning.rules.diff.FileChange;
import dev.dunning.rules.diff.ParameterChange;
import dev.dunning.rules.diff.RowChange;
import dev.dunning.rules.diff.RuleChange;
import dev.dunning.rules.diff.RulePart;
import dev.dunning.rules.diff.RuleSetChanges;
import dev.dunning.rules.diff.RuleSetDiff;
import dev.dunning.rules.pack.Json;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The rule-set diff, on edits of the default policy pack. */
class RuleSetDiffTest {
    private static final RuleSetSource PACK = DefaultPolicyPack.SOURCE;
    private static final String LADDER = "escalation/escalation-ladder.dmn";
    private static final String LATE_FEES = "latefees/late-fees.drl";
    private static final String LATE_FEE_PARAMETERS = "latefees/late-fees.parameters.yaml";
    private static final String RESIDENTIAL_RULE = """
            rule "Residential electricity arrears accrue 1 per mille a day"
                @id("LATE-ELEC-RES")""";
    private static final String ROW_BEFORE =
            "<inputEntry id=\"ladder-second-reminder-res-in3\"><text>&gt;= 15</text></inputEntry>";
    private static final String ROW_AFTER =
            "<inputEntry id=\"ladder-second-reminder-res-in3\"><text>&gt;= 20</text></inputEntry>";
    private static final String NEW_RULE = """

            rule "Business water arrears under 1 yuan are charged 1 yuan"
                @id("LATE-WATER-MINIMUM") @source("Test policy") @grade("C")
            when
                Account( utility == Utility.WATER )
                $fee : LateFee( minimumApplied == false, capped == false, waived == false, principal > 0, amount < 1 )
            then
                delete($fee);
                insert($fee.withMinimum(new BigDecimal("1.00"), "A late fee below 1 yuan is charged as 1 yuan"));
            end
            """;

    @Test
    void thePackComparedWithItselfHasNoChanges() {
        RuleSetChanges changes = RuleSetDiff.between(PACK, PolicyPackCopy.of(PACK));

        assertThat(changes.hasChanges()).as("has changes").isFalse();
        assertThat(changes.files()).as("files").isEmpty();
        assertThat(changes.rules()).as("rules").isEmpty();
        assertThat(changes.rows()).as("rows").isEmpty();
        assertThat(changes.parameters()).as("parameters").isEmpty();
        assertThat(changes.warnings()).as("warnings").isEmpty();
        assertThat(changes.summary()).isEqualTo("no changes");
        assertThat(changes.from()).isEqualTo(changes.to());
    }

    @Test
    void fromAnEmptyRuleSetEveryFileRuleRowAndParameterOfThePackIsAdded() {
        RuleSetChanges changes = RuleSetDiff.between(RuleSetSource.of("empty", Map.of()), PACK);

        assertThat(changes.warnings()).as("warnings: every file of the pack parses").isEmpty();
        assertThat(changes.files()).as("files").hasSize(PACK.files().size())
                .allSatisfy(file -> assertThat(file.change()).isEqualTo(Change.ADDED));
        assertThat(changes.rules()).as("rules, one per @id").hasSize(occurrences(".drl", "@id(\""))
                .allSatisfy(rule -> assertThat(rule.change()).isEqualTo(Change.ADDED))
                .extracting(RuleChange::id).doesNotHaveDuplicates().allMatch(id -> !id.contains(" "));
        assertThat(changes.rows()).as("rows, one per table row").hasSize(occurrences(".dmn", "<rule id=\""))
                .extracting(RowChange::decision).containsOnly("RestrictionTerms", "Escalation", "Channel");
        assertThat(changes.parameters()).as("parameters, one per entry").hasSize(occurrences(
                "parameters.yaml", "- name: "));
    }

    @Test
    void anEditedLadderRowIsThatRowChangedWithItsEntriesBeforeAndAfter() {
        RuleSetChanges changes = RuleSetDiff.between(PACK, edit(LADDER, ROW_BEFORE, ROW_AFTER));

        assertThat(changes.rows()).as("rows").singleElement().satisfies(row -> {
            assertThat(row.id()).isEqualTo("ladder-second-reminder-res");
            assertThat(row.change()).isEqualTo(Change.CHANGED);
            assertThat(row.file()).isEqualTo(LADDER);
            assertThat(row.decision()).isEqualTo("Escalation");
            assertThat(row.description()).startsWith("Default pack ladder: the second reminder");
            assertThat(row.changedColumns()).containsExactly("daysOverdue");
            assertThat(row.before().inputs()).containsEntry("daysOverdue", ">= 15")
                    .containsEntry("customerType", "\"RESIDENTIAL\"").containsEntry("lastStep", "\"FIRST_REMINDER\"");
            assertThat(row.after().inputs()).containsEntry("daysOverdue", ">= 20");
            assertThat(row.before().outputs()).isEqualTo(row.after().outputs())
                    .containsEntry("step", "\"SECOND_REMINDER\"").containsEntry("reviewInDays", "7");
        });
        assertThat(changes.files()).as("files").singleElement().satisfies(file -> {
            assertThat(file.path()).isEqualTo(LADDER);
            assertThat(file.change()).isEqualTo(Change.CHANGED);
            assertThat(file.addedLines()).isOne();
            assertThat(file.removedLines()).isOne();
            assertThat(file.unifiedDiff()).startsWith("--- a/" + LADDER + "\n+++ b/" + LADDER + "\n@@ -")
                    .contains("\n-        " + ROW_BEFORE + "\n", "\n+        " + ROW_AFTER + "\n")
                    .contains("\n         <inputEntry id=\"ladder-second-reminder-res-in2\">");
        });
        assertThat(changes.rules()).as("rules").isEmpty();
        assertThat(changes.parameters()).as("parameters").isEmpty();
        assertThat(changes.summary()).isEqualTo("1 file changed; table rows: 1 changed");
    }

    @Test
    void aNewDrlRuleIsAddedUnderItsId() {
        RuleSetChanges changes = RuleSetDiff.between(PACK, append(LATE_FEES, NEW_RULE));

        assertThat(changes.rules()).as("rules")
                .extracting(RuleChange::id, RuleChange::change, RuleChange::name, RuleChange::file)
                .containsExactly(tuple("LATE-WATER-MINIMUM", Change.ADDED,
                        "Business water arrears under 1 yuan are charged 1 yuan", LATE_FEES));
        assertThat(changes.files()).extracting(FileChange::path, FileChange::change, FileChange::addedLines,
                FileChange::removedLines).containsExactly(tuple(LATE_FEES, Change.CHANGED, 10, 0));
    }

    @Test
    void aDrlRuleWithoutIdIsKeyedByItsName() {
        RuleSetChanges changes = RuleSetDiff.between(PACK,
                append(LATE_FEES, NEW_RULE.replace("@id(\"LATE-WATER-MINIMUM\") ", "")));

        assertThat(changes.rules()).extracting(RuleChange::id, RuleChange::change)
                .containsExactly(tuple("Business water arrears under 1 yuan are charged 1 yuan", Change.ADDED));
    }

    @Test
    void aDeletedDrlRuleIsRemovedUnderItsId() {
        String text = PACK.files().get(LATE_FEES);
        int start = text.indexOf(RESIDENTIAL_RULE);
        int end = text.indexOf("\nend\n", start) + "\nend\n".length();
        assertThat(start).as("the residential rule is in " + LATE_FEES).isPositive();
        RuleSetChanges changes = RuleSetDiff.between(PACK, with(LATE_FEES, text.substring(0, start)
                + text.substring(end)));

        assertThat(changes.rules()).as("rules")
                .extracting(RuleChange::id, RuleChange::change, RuleChange::name, RuleChange::file)
                .containsExactly(tuple("LATE-ELEC-RES", Change.REMOVED,
                        "Residential electricity arrears accrue 1 per mille a day", LATE_FEES));
    }

    @Test
    void anEditedConsequenceIsTheRuleChangedUnderItsIdWithTheConsequenceNamed() {
        RuleSetChanges changes = RuleSetDiff.between(PACK, edit(LATE_FEES,
                "insert($bill.lateFee(new BigDecimal(\"0.001\")));",
                "insert($bill.lateFee(new BigDecimal(\"0.0012\")));"));

        assertThat(changes.rules()).as("rules").singleElement().satisfies(rule -> {
            assertThat(rule.id()).isEqualTo("LATE-ELEC-RES");
            assertThat(rule.change()).isEqualTo(Change.CHANGED);
            assertThat(rule.changedParts()).containsExactly(RulePart.CONSEQUENCE);
            assertThat(rule.file()).isEqualTo(LATE_FEES);
            assertThat(rule.previousFile()).isEqualTo(LATE_FEES);
        });
        assertThat(changes.files()).singleElement().extracting(FileChange::unifiedDiff).asString()
                .contains("\n-    insert($bill.lateFee(new BigDecimal(\"0.001\")));\n",
                        "\n+    insert($bill.lateFee(new BigDecimal(\"0.0012\")));\n");
    }

    @Test
    void editedConditionsAndMetadataAreNamedAndReindentingIsNoChange() {
        RuleSetSource edited = edit(LATE_FEES, """
                @id("LATE-ELEC-MINIMUM") @source("供电营业规则: 电费违约金收取总额按日累加计收, 总额不足1元者按1元收取") @grade("B")
                """, """
                @id("LATE-ELEC-MINIMUM")
                    @source("供电营业规则: 电费违约金收取总额按日累加计收, 总额不足1元者按1元收取") @grade("A")
                """);
        edited = edit(edited, LATE_FEES, "waived == false, principal > 0, amount < 1 )",
                "waived == false, principal > 0, amount < 2 )");
        edited = edit(edited, LATE_FEES, "ELECTRICITY, customerType == CustomerType.RESIDENTIAL )",
                "ELECTRICITY,\n             customerType == CustomerType.RESIDENTIAL )");

        assertThat(RuleSetDiff.between(PACK, edited).rules()).as("rules")
                .extracting(RuleChange::id, RuleChange::change, RuleChange::changedParts)
                .containsExactly(tuple("LATE-ELEC-MINIMUM", Change.CHANGED,
                        List.of(RulePart.METADATA, RulePart.CONDITIONS)));
    }

    @Test
    void aRuleMovedToANewFileIsChangedNotRemovedAndAdded() {
        String text = PACK.files().get(LATE_FEES);
        int start = text.indexOf(RESIDENTIAL_RULE);
        int end = text.indexOf("\nend\n", start) + "\nend\n".length();
        String header = text.substring(0, text.indexOf("\nrule "));
        TreeMap<String, String> files = new TreeMap<>(PACK.files());
        files.put(LATE_FEES, text.substring(0, start) + text.substring(end));
        files.put("latefees/electricity-late-fees.drl", header + "\n" + text.substring(start, end));
        RuleSetChanges changes = RuleSetDiff.between(PACK, RuleSetSource.of(PACK.version(), files));

        assertThat(changes.rules()).as("rules").singleElement().satisfies(rule -> {
            assertThat(rule.id()).isEqualTo("LATE-ELEC-RES");
            assertThat(rule.change()).isEqualTo(Change.CHANGED);
            assertThat(rule.changedParts()).containsExactly(RulePart.FILE);
            assertThat(rule.previousFile()).isEqualTo(LATE_FEES);
            assertThat(rule.file()).isEqualTo("latefees/electricity-late-fees.drl");
        });
        assertThat(changes.files()).extracting(FileChange::path, FileChange::change).containsExactly(
                tuple("latefees/electricity-late-fees.drl", Change.ADDED), tuple(LATE_FEES, Change.CHANGED));
    }

    @Test
    void aChangedParameterValueShowsTheOldAndNewValue() {
        RuleSetChanges changes = RuleSetDiff.between(PACK, edit(LATE_FEE_PARAMETERS, """
                - name: lateFee.dailyRate.heating
                  value: 0.003""", """
                - name: lateFee.dailyRate.heating
                  value: 0.002"""));

        assertThat(changes.parameters()).as("parameters").singleElement().satisfies(parameter -> {
            assertThat(parameter.name()).isEqualTo("lateFee.dailyRate.heating");
            assertThat(parameter.region()).isNull();
            assertThat(parameter.change()).isEqualTo(Change.CHANGED);
            assertThat(parameter.changedFields()).containsExactly("value");
            assertThat(parameter.before().value()).isEqualByComparingTo("0.003");
            assertThat(parameter.after().value()).isEqualByComparingTo("0.002");
            assertThat(parameter.after().grade()).isEqualTo("C");
            assertThat(parameter.after().file()).isEqualTo(LATE_FEE_PARAMETERS);
        });
        assertThat(changes.summary()).isEqualTo("1 file changed; parameters: 1 changed");
    }

    @Test
    void aRegionalParameterIsMatchedByNameAndRegionAndAValueWrittenDifferentlyIsNoChange() {
        RuleSetSource edited = edit(LATE_FEE_PARAMETERS, "region: CN-TJ\n  value: 1\n", "region: CN-TJ\n  value: 0\n");
        edited = edit(edited, LATE_FEE_PARAMETERS, "  value: 1.00\n", "  value: 1.0\n");
        RuleSetChanges changes = RuleSetDiff.between(PACK, edited);

        assertThat(changes.parameters()).as("parameters")
                .extracting(ParameterChange::name, ParameterChange::region, ParameterChange::change,
                        change -> change.before().value(), change -> change.after().value())
                .containsExactly(tuple("lateFee.heating.stopsAtSupplyCut", "CN-TJ", Change.CHANGED,
                        BigDecimal.ONE, BigDecimal.ZERO));
    }

    @Test
    void anAddedFileAndARemovedFileAreListedWithTheirRulesAndParameters() {
        TreeMap<String, String> files = new TreeMap<>(PACK.files());
        String heze = files.remove("heating/heze-refunds.drl");
        files.put("water/extra.parameters.yaml", """
                - name: water.extra.rate
                  region: CN-BJ
                  value: 0.5
                  source: "Test"
                  grade: C
                  note: "Test"
                """);
        RuleSetChanges changes = RuleSetDiff.between(PACK, RuleSetSource.of("next", files));

        assertThat(changes.files()).as("files")
                .extracting(FileChange::path, FileChange::change, FileChange::addedLines, FileChange::removedLines,
                        FileChange::unifiedDiff)
                .containsExactly(tuple("heating/heze-refunds.drl", Change.REMOVED, 0, (int) heze.lines().count(), null),
                        tuple("water/extra.parameters.yaml", Change.ADDED, 6, 0, null));
        assertThat(changes.rules()).as("rules").extracting(RuleChange::id, RuleChange::change).containsExactly(
                tuple("HEAT-HEZE-REFUND-30", Change.REMOVED), tuple("HEAT-HEZE-REFUND-50", Change.REMOVED),
                tuple("HEAT-HEZE-REFUND-100", Change.REMOVED), tuple("HEAT-HEZE-REFUND-OUTAGE", Change.REMOVED));
        assertThat(changes.parameters()).as("parameters")
                .extracting(ParameterChange::name, ParameterChange::region, ParameterChange::change,
                        change -> change.after().value())
                .containsExactly(tuple("water.extra.rate", "CN-BJ", Change.ADDED, new BigDecimal("0.5")));
        assertThat(changes.to().version()).isEqualTo("next");
        assertThat(changes.summary())
                .isEqualTo("files: 1 added, 1 removed; rules: 4 removed; parameters: 1 added");
    }

    @Test
    void theSummarySaysWhatChangedInOneLine() {
        RuleSetSource edited = edit(LADDER, ROW_BEFORE, ROW_AFTER);
        edited = edit(edited, LATE_FEE_PARAMETERS, "value: 0.003\n  source: \"供热合同", "value: 0.002\n  source: \"供热合同");
        edited = edit(edited, LATE_FEES, "new BigDecimal(\"0.001\")", "new BigDecimal(\"0.0012\")");
        edited = append(edited, LATE_FEES, NEW_RULE);

        assertThat(RuleSetDiff.between(PACK, edited).summary())
                .isEqualTo("3 files changed; rules: 1 added, 1 changed; table rows: 1 changed; parameters: 1 changed");
    }

    @Test
    void theChangesSerializeToPlainJsonWithEnumNamesAndTheSummary() throws Exception {
        RuleSetChanges changes = RuleSetDiff.between(PACK, edit(LADDER, ROW_BEFORE, ROW_AFTER));
        String json = Json.json().writeValueAsString(changes);
        JsonNode tree = Json.json().readTree(json);

        List<String> names = new ArrayList<>();
        tree.fieldNames().forEachRemaining(names::add);
        assertThat(names).as(json)
                .containsExactlyInAnyOrder("from", "to", "files", "rules", "rows", "parameters", "warnings", "summary");
        assertThat(tree.path("from").path("hash").asText()).isEqualTo(PACK.hash());
        assertThat(tree.path("files").path(0).path("change").asText()).isEqualTo("CHANGED");
        JsonNode row = tree.path("rows").path(0);
        assertThat(row.path("change").asText()).as(json).isEqualTo("CHANGED");
        assertThat(row.path("before").path("inputs").path("daysOverdue").asText()).isEqualTo(">= 15");
        assertThat(row.path("after").path("inputs").path("daysOverdue").asText()).isEqualTo(">= 20");
        assertThat(row.path("changedColumns").path(0).asText()).isEqualTo("daysOverdue");
        assertThat(tree.path("summary").asText()).isEqualTo(changes.summary());
        assertThat(Json.json().readValue(json, RuleSetChanges.class)).as("read back").isEqualTo(changes);
    }

    @Test
    void aDrlFileThatNoLongerParsesIsWarnedAboutAndItsRulesAreNotReportedRemoved() {
        RuleSetChanges changes = RuleSetDiff.between(PACK, edit(LATE_FEES, "\nthen\n", "\nthen then\n"));

        assertThat(changes.warnings()).as("warnings").singleElement().asString()
                .startsWith("The newer " + LATE_FEES + " does not parse as DRL");
        assertThat(changes.rules()).as("rules").isEmpty();
        assertThat(changes.files()).extracting(FileChange::path).containsExactly(LATE_FEES);
        assertThat(changes.summary()).isEqualTo("1 file changed; 1 warning");
    }

    @Test
    void aDmnWithADoctypeIsRefusedAndNoExternalEntityIsRead() {
        RuleSetChanges changes = RuleSetDiff.between(PACK, edit(LADDER, "<definitions ",
                "<!DOCTYPE definitions [ <!ENTITY leak SYSTEM \"file:///etc/hostname\"> ]>\n<definitions "));

        assertThat(changes.warnings()).as("warnings").singleElement().asString()
                .startsWith("The newer " + LADDER + " is not readable DMN").containsIgnoringCase("DOCTYPE");
        assertThat(changes.rows()).extracting(RowChange::id).as("rows").isEmpty();
    }

    private static int occurrences(String suffix, String text) {
        return PACK.filesEndingWith(suffix).values().stream()
                .mapToInt(file -> file.split(Pattern.quote(text), -1).length - 1).sum();
    }

    private static RuleSetSource edit(String path, String from, String to) {
        return edit(PACK, path, from, to);
    }

    private static RuleSetSource edit(RuleSetSource source, String path, String from, String to) {
        String text = source.files().get(path);
        assertThat(text).as(path).contains(from);
        return with(source, path, text.replace(from, to));
    }

    private static RuleSetSource append(String path, String text) {
        return append(PACK, path, text);
    }

    private static RuleSetSource append(RuleSetSource source, String path, String text) {
        return with(source, path, source.files().get(path) + text);
    }

    private static RuleSetSource with(String path, String text) {
        return with(PACK, path, text);
    }

    private static RuleSetSource with(RuleSetSource source, String path, String text) {
        TreeMap<String, String> files = new TreeMap<>(source.files());
        files.put(path, text);
        return RuleSetSource.of(source.version(), files);
    }

    /** A copy of a rule set with equal but distinct file texts, so that nothing is compared by identity. */
    private static final class PolicyPackCopy {

        static RuleSetSource of(RuleSetSource source) {
            TreeMap<String, String> files = new TreeMap<>();
            source.files().forEach((path, text) -> files.put(path, new String(text.toCharArray())));
            return RuleSetSource.of(source.version(), files);
        }
    }
}
