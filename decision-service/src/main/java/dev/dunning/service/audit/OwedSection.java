package dev.dunning.service.audit;

import dev.dunning.rules.decision.BillLine;
import dev.dunning.rules.decision.Charges;
import dev.dunning.rules.decision.CurrentBill;
import dev.dunning.rules.decision.Decision;
import dev.dunning.rules.decision.LateFee;
import dev.dunning.service.audit.CustomerExplanation.Section;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** What you owe: the total due, the late fee of each open bill, and the bill of the period when there is one. */
final class OwedSection {
    private static final BigDecimal PERCENT = BigDecimal.valueOf(100);
    private static final BigDecimal PER_MILLE = BigDecimal.valueOf(1000);

    private OwedSection() {
    }

    static Section of(Decision decision, Wording words) {
        Charges charges = decision.charges();
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(words.text("owe.total", decision.accountId(), words.money(charges.totalDue())));
        charges.lateFees().forEach(fee -> paragraphs.add(lateFee(fee, words)));
        if (charges.currentBill() != null) {
            paragraphs.addAll(bill(charges.currentBill(), words));
        }
        return new Section(words.text("owe.heading"), paragraphs);
    }

    private static String lateFee(LateFee fee, Wording words) {
        List<String> sentences = new ArrayList<>();
        sentences.add(words.text("fee.line", fee.billId(), words.date(fee.dueDate()), words.money(fee.principal()),
                words.days(fee.days()), Wording.plain(fee.dailyRate().multiply(PERCENT)), words.money(fee.amount()),
                Wording.plain(fee.dailyRate().multiply(PER_MILLE))));
        if (fee.minimumApplied()) {
            sentences.add(words.text("fee.minimum"));
        }
        if (fee.capped()) {
            sentences.add(words.text("fee.capped"));
        }
        if (fee.waived()) {
            sentences.add(words.text("fee.waived"));
        }
        if (fee.reason() != null) {
            sentences.add(words.text("fee.reason", fee.reason()));
        }
        return words.sentences(sentences);
    }

    private static List<String> bill(CurrentBill bill, Wording words) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(words.text("bill.intro"));
        bill.lines().forEach(line -> paragraphs.add(line(line, words)));
        paragraphs.add(words.text("bill.total", words.money(bill.total())));
        return paragraphs;
    }

    private static String line(BillLine line, Wording words) {
        String description = line.tier() == null ? line.description()
                : words.text("bill.tier", line.description(), line.tier().toString());
        String text = words.text("bill.line", description, Wording.plain(line.quantity()), words.unit(line.unit()),
                words.price(line.unitPrice()), words.money(line.amount()));
        if (line.components().isEmpty()) {
            return text;
        }
        String parts = line.components().stream().map(c -> words.text("bill.component", c.name(), words.money(c.amount())))
                .collect(Collectors.joining(words.text("list.separator")));
        return words.sentences(List.of(text, words.text("bill.components", parts)));
    }
}
