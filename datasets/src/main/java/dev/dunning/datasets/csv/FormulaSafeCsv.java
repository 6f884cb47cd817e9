package dev.dunning.datasets.csv;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.regex.Pattern;

/**
 * CSV for files that people open in a spreadsheet (OWASP "CSV injection"): a cell that starts with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return would be read as a formula, so it is written with a
 * leading single quote ({@code '=HYPERLINK(...)}), which spreadsheets show as text. Plain numbers ({@code -12.50},
 * {@code +3}) are data and stay as they are. RFC 4180 quoting is OpenCSV's; lines end with {@code \n}.
 */
public final class FormulaSafeCsv {
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private FormulaSafeCsv() {
    }

    /** A writer that neutralises every cell it writes, header included. */
    public static ICSVWriter writer(Writer out) {
        return new CSVWriter(out, ICSVWriter.DEFAULT_SEPARATOR, ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                ICSVWriter.DEFAULT_ESCAPE_CHARACTER, "\n") {
            @Override
            protected void writeNext(String[] cells, boolean quoteAll, Appendable line) throws IOException {
                super.writeNext(cells == null ? null : neutralised(cells), quoteAll, line);
            }
        };
    }

    /** The cell as a spreadsheet shows it as text; null and harmless cells unchanged. */
    public static String cell(String value) {
        if (value == null || value.isEmpty() || "=+-@\t\r".indexOf(value.charAt(0)) < 0 || PLAIN_NUMBER.matcher(value).matches()) {
            return value;
        }
        return "'" + value;
    }

    private static String[] neutralised(String[] cells) {
        String[] safe = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            safe[i] = cell(cells[i]);
        }
        return safe;
    }
}
