package dev.dunning.service.simulation;

import com.opencsv.ICSVWriter;
import dev.dunning.datasets.csv.FormulaSafeCsv;
import java.io.IOException;
import java.io.Writer;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * {@code changes.csv}: one row per changed account, both outcomes side by side, written as the accounts come, with no
 * cell a spreadsheet would run as a formula ({@link FormulaSafeCsv}).
 */
final class ChangesCsv implements Consumer<Comparison>, AutoCloseable {
    private static final String[] HEADER = {"line", "accountId", "changes", "protectedHousehold",
            "baselineStep", "candidateStep", "baselineAction", "candidateAction", "baselineChannel", "candidateChannel",
            "baselineSendAt", "candidateSendAt", "baselineTotalDue", "candidateTotalDue", "baselineLateFees",
            "candidateLateFees"};
    private final ICSVWriter csv;

    ChangesCsv(Writer out) {
        csv = FormulaSafeCsv.writer(out);
        csv.writeNext(HEADER, false);
    }

    @Override
    public void accept(Comparison c) {
        Outcome b = c.baseline();
        Outcome a = c.candidate();
        csv.writeNext(new String[] {String.valueOf(c.line()), c.accountId(),
                c.differences().stream().map(Enum::name).collect(Collectors.joining(" ")),
                String.valueOf(c.protectedHousehold()), text(b.step()), text(a.step()), text(b.action()), text(a.action()),
                text(b.channel()), text(a.channel()), text(b.sendAt()), text(a.sendAt()),
                b.totalDue().toPlainString(), a.totalDue().toPlainString(), b.lateFees().toPlainString(),
                a.lateFees().toPlainString()}, false);
    }

    private static String text(Object value) {
        return Objects.toString(value, "");
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
