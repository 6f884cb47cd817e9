package dev.dunning.datasets.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.opencsv.CSVReader;
import com.opencsv.CSVWriter;
import com.opencsv.exceptions.CsvValidationException;
import dev.dunning.rules.request.DecisionRequest;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortfolioCsvTest {

    @Test
    void readingAWrittenPortfolioGivesEqualRequests() throws IOException {
        List<DecisionRequest> written = new PortfolioGenerator(new PortfolioSpec(3, 500, PortfolioSpec.DEFAULT_AS_OF))
                .requests().toList();
        List<PortfolioRow> read = read(PortfolioGeneratorTest.csv(3, 500));
        assertThat(read).allSatisfy(row -> assertThat(row).isInstanceOf(PortfolioRow.Accepted.class));
        assertThat(read.stream().map(row -> ((PortfolioRow.Accepted) row).request()).toList()).isEqualTo(written);
        assertThat(read.getFirst().line()).isEqualTo(2);
    }

    @Test
    void aBadRowIsRejectedWithItsLineAndReasonAndReadingGoesOn() throws IOException {
        String[] lines = PortfolioGeneratorTest.csv(3, 3).split("\n");
        lines[2] = lines[2].replace(",RESIDENTIAL,", ",HOUSEHOLD,").replace(",NON_RESIDENTIAL,", ",HOUSEHOLD,");
        List<PortfolioRow> rows = read(String.join("\n", lines) + "\nonly,three,cells\n");
        assertThat(rows).extracting(PortfolioRow::line).containsExactly(2L, 3L, 4L, 5L);
        assertThat(rows.get(0)).isInstanceOf(PortfolioRow.Accepted.class);
        assertThat(rows.get(1)).isInstanceOfSatisfying(PortfolioRow.Rejected.class, rejected ->
                assertThat(rejected.reason()).startsWith("customerType: 'HOUSEHOLD' is not one of"));
        assertThat(rows.get(2)).isInstanceOf(PortfolioRow.Accepted.class);
        assertThat(rows.get(3)).isInstanceOfSatisfying(PortfolioRow.Rejected.class, rejected -> {
            assertThat(rejected.reason()).isEqualTo("expected 35 columns, found 3");
            assertThat(rejected.cells()).containsExactly("only", "three", "cells");
        });
    }

    @Test
    void aJsonCellThatDoesNotParseNamesItsColumn() throws IOException {
        String[] lines = PortfolioGeneratorTest.csv(3, 1).split("\n");
        lines[1] = lines[1].replaceFirst("\"\\[\\{\"\"id\"\"", "\"[{\"\"id\"\":");
        PortfolioRow row = read(String.join("\n", lines)).getFirst();
        assertThat(row).isInstanceOfSatisfying(PortfolioRow.Rejected.class, rejected ->
                assertThat(rejected.reason()).startsWith("openBills: not valid JSON"));
    }

    @Test
    void rowsOutOfBoundsAreRejectedWithLineAndReasonBeforeAnythingComputesWithThem() throws IOException {
        String[] lines = PortfolioGeneratorTest.csv(3, 4).split("\n");
        lines[1] = withCell(lines[1], "openBills", "[{\"id\":\"B-1\",\"dueDate\":\"2026-11-30\",\"principal\":1E+500000000}]");
        lines[2] = withCell(lines[2], "asOf", "+999999999-12-20T10:00:00+08:00");
        lines[3] = withCell(lines[3], "name", "名".repeat(201));
        lines[4] = withCell(lines[4], "quantity", "9".repeat(5000));
        List<PortfolioRow> rows = read(String.join("\n", lines) + "\n");
        assertThat(rows).allSatisfy(row -> assertThat(row).isInstanceOf(PortfolioRow.Rejected.class));
        assertThat(rows).extracting(row -> ((PortfolioRow.Rejected) row).reason()).satisfiesExactly(
                first -> assertThat(first).startsWith("invalid: openBills[0].principal: must be an amount in yuan"),
                second -> assertThat(second).isEqualTo("invalid: asOf: must lie between 1900-01-01 and 2200-12-31"),
                third -> assertThat(third).isEqualTo("invalid: account.name: size must be between 0 and 200"),
                fourth -> assertThat(fourth).isEqualTo("quantity: '99999999999999999999...' (5000 characters) is not a number"));
        assertThat(((PortfolioRow.Rejected) rows.getFirst()).cells()).as("the row as read")
                .contains("[{\"id\":\"B-1\",\"dueDate\":\"2026-11-30\",\"principal\":1E+500000000}]");
    }

    private static String withCell(String line, String column, String value) throws IOException {
        try (CSVReader in = new CSVReader(new StringReader(line))) {
            String[] cells = in.readNext();
            cells[PortfolioCsv.HEADER.indexOf(column)] = value;
            StringWriter out = new StringWriter();
            try (CSVWriter csv = new CSVWriter(out, ',', '"', '"', "")) {
                csv.writeNext(cells, false);
            }
            return out.toString();
        } catch (CsvValidationException e) {
            throw new IOException(e);
        }
    }

    @Test
    void aRowLongerThanTheLimitStopsTheFileWithItsLineBeforeItIsHeldInMemory() throws IOException {
        String[] lines = PortfolioGeneratorTest.csv(3, 2).split("\n");
        String open = lines[2] + ",\"a quote left open";
        String csv = lines[0] + "\n" + lines[1] + "\n" + open + "\n" + "x,".repeat(3_000_000) + "\n";
        assertThatThrownBy(() -> read(csv)).isInstanceOf(IllegalStateException.class)
                .hasMessage("line 3: a row longer than 4194304 characters (is a quote left open?)");
    }

    @Test
    void aFileWithoutThePortfolioHeaderIsRefused() {
        assertThatThrownBy(() -> PortfolioCsv.reader(new StringReader("id,name\n1,x\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("line 1: not a portfolio header");
    }

    private static List<PortfolioRow> read(String csv) throws IOException {
        try (PortfolioCsv.Reader reader = PortfolioCsv.reader(new StringReader(csv))) {
            return reader.rows().toList();
        }
    }
}
