package dev.dunning.rules.request;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Every date of a request with its path: {@code nodes} are the property names from the request down to the date;
 * when {@code index} is not negative the date belongs to that element of the list named by the node before the last
 * ({@code openBills[3].dueDate}).
 */
record RequestDates(List<String> nodes, int index, LocalDate date) {

    static List<RequestDates> of(DecisionRequest request) {
        List<RequestDates> dates = new ArrayList<>();
        Account account = request.account();
        if (account != null) {
            add(dates, account.supplyCutOn(), -1, "account", "supplyCutOn");
            add(dates, account.autoDebitOn(), -1, "account", "autoDebitOn");
        }
        usage(dates, request.usage());
        indexed(request.openBills(), (bill, i) -> add(dates, bill.dueDate(), i, "openBills", "dueDate"));
        indexed(request.paymentHistory(), (paid, i) -> {
            add(dates, paid.dueDate(), i, "paymentHistory", "dueDate");
            add(dates, paid.paidOn(), i, "paymentHistory", "paidOn");
        });
        indexed(request.contactHistory(), (contact, i) -> {
            add(dates, day(contact.at()), i, "contactHistory", "at");
            add(dates, day(contact.openedAt()), i, "contactHistory", "openedAt");
        });
        indexed(request.disputes(), (dispute, i) -> {
            add(dates, dispute.openedOn(), i, "disputes", "openedOn");
            add(dates, dispute.answeredOn(), i, "disputes", "answeredOn");
        });
        plan(dates, request.paymentPlan());
        return dates;
    }

    private static void usage(List<RequestDates> dates, Usage usage) {
        if (usage == null) {
            return;
        }
        add(dates, usage.periodStart(), -1, "usage", "periodStart");
        add(dates, usage.periodEnd(), -1, "usage", "periodEnd");
        if (usage.heating() != null) {
            indexed(usage.heating().roomTemperatures(), (reading, i) -> {
                add(dates, reading.from(), i, "usage", "heating", "roomTemperatures", "from");
                add(dates, reading.to(), i, "usage", "heating", "roomTemperatures", "to");
            });
        }
    }

    private static void plan(List<RequestDates> dates, PaymentPlan plan) {
        if (plan == null) {
            return;
        }
        add(dates, plan.agreedOn(), -1, "paymentPlan", "agreedOn");
        indexed(plan.instalments(), (instalment, i) -> {
            add(dates, instalment.dueDate(), i, "paymentPlan", "instalments", "dueDate");
            add(dates, instalment.paidOn(), i, "paymentPlan", "instalments", "paidOn");
        });
    }

    private interface Each<T> {
        void accept(T element, int index);
    }

    private static <T> void indexed(List<T> list, Each<T> each) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) != null) {
                each.accept(list.get(i), i);
            }
        }
    }

    private static void add(List<RequestDates> dates, LocalDate date, int index, String... nodes) {
        if (date != null) {
            dates.add(new RequestDates(List.of(nodes), index, date));
        }
    }

    private static LocalDate day(OffsetDateTime time) {
        return time == null ? null : time.toLocalDate();
    }
}
