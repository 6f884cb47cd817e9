package dev.dunning.datasets.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dunning.rules.request.DecisionRequest;
import java.io.IOException;
import java.io.StringReader;
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
