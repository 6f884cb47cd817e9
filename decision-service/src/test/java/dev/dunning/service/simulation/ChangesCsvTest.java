package dev.dunning.service.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import dev.dunning.rules.decision.EscalationAction;
import dev.dunning.rules.request.EscalationStep;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** changes.csv is opened in spreadsheets: an account id a spreadsheet would run is text, a negative amount a number. */
class ChangesCsvTest {

    @Test
    void anAccountIdThatLooksLikeAFormulaIsWrittenAsTextAndAmountsStayNumbers() throws Exception {
        Outcome before = new Outcome(EscalationStep.SECOND_REMINDER, EscalationAction.CONTACT, null, null,
                new BigDecimal("-12.50"), BigDecimal.ZERO, false, List.of(), List.of());
        Outcome after = new Outcome(EscalationStep.FIRST_REMINDER, EscalationAction.NONE, null, null,
                new BigDecimal("-12.50"), BigDecimal.ZERO, false, List.of(), List.of());
        StringWriter out = new StringWriter();
        try (ChangesCsv csv = new ChangesCsv(out)) {
            csv.accept(new Comparison(2, "=HYPERLINK(\"http://x.example\";\"pay\")", "刘**", false, before, after,
                    EnumSet.of(Difference.STEP, Difference.ACTION)));
        }
        try (CSVReader reader = new CSVReader(new StringReader(out.toString()))) {
            String[] row = reader.readAll().get(1);
            assertThat(row[1]).isEqualTo("'=HYPERLINK(\"http://x.example\";\"pay\")");
            assertThat(row[12]).isEqualTo("-12.50");
        }
    }
}
