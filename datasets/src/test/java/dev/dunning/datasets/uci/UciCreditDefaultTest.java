package dev.dunning.datasets.uci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dunning.rules.request.PaymentRecord;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class UciCreditDefaultTest {
    private static final String HEADER = "ID,LIMIT_BAL,SEX,EDUCATION,MARRIAGE,AGE,PAY_0,PAY_2,PAY_3,PAY_4,PAY_5,PAY_6,"
            + "BILL_AMT1,BILL_AMT2,BILL_AMT3,BILL_AMT4,BILL_AMT5,BILL_AMT6,"
            + "PAY_AMT1,PAY_AMT2,PAY_AMT3,PAY_AMT4,PAY_AMT5,PAY_AMT6,default_payment_next_month\n";

    private static CardHolderHistory only(String row) {
        List<CardHolderHistory> histories = UciCreditDefault.read(new StringReader(HEADER + row));
        assertThat(histories).hasSize(1);
        return histories.getFirst();
    }

    @Test
    void mapsSixStatementsOldestFirstDueAtMonthEnd() {
        CardHolderHistory history =
                only("7,50000,1,2,1,30,-1,-1,-1,-1,-1,-1,600,500,400,300,200,100,50,60,70,80,90,95,0\n");

        assertThat(history.id()).isEqualTo("7");
        assertThat(history.asOf()).isEqualTo(LocalDate.of(2005, 9, 30));
        assertThat(history.defaulted()).isFalse();
        assertThat(history.paymentHistory()).extracting(PaymentRecord::dueDate).containsExactly(
                LocalDate.of(2005, 4, 30), LocalDate.of(2005, 5, 31), LocalDate.of(2005, 6, 30),
                LocalDate.of(2005, 7, 31), LocalDate.of(2005, 8, 31), LocalDate.of(2005, 9, 30));
        assertThat(history.paymentHistory()).extracting(PaymentRecord::amountDue).extracting(BigDecimal::intValue)
                .containsExactly(100, 200, 300, 400, 500, 600);
    }

    @Test
    void paysEachBillWithTheFollowingMonthsPaymentAndLeavesSeptembersUnknown() {
        CardHolderHistory history = only("7,50000,1,2,1,30,0,0,0,0,0,0,600,500,400,300,200,100,50,60,70,80,90,95,0\n");

        List<PaymentRecord> records = history.paymentHistory();
        assertThat(records.get(0).amountPaid()).isEqualByComparingTo("90");
        assertThat(records.get(4).amountPaid()).isEqualByComparingTo("50");
        assertThat(records.get(5).amountPaid()).isNull();
        assertThat(records.get(5).paidOn()).isNull();
        assertThat(records.get(0).paidOn()).isEqualTo(records.get(0).dueDate());
    }

    @Test
    void readsLatenessFromTheRepaymentStatus() {
        // Two months late in July, August and September: the May and June bills are paid two months after their due
        // dates, the July and August bills are still unpaid at the end of September, April's was paid duly.
        CardHolderHistory history = only("8,50000,2,2,1,30,2,2,2,0,0,0,600,500,400,300,200,100,0,0,0,0,0,0,1\n");

        List<PaymentRecord> records = history.paymentHistory();
        assertThat(history.defaulted()).isTrue();
        assertThat(records.get(0).paidOn()).isEqualTo(records.get(0).dueDate());
        assertThat(records.get(1).paidOn()).isEqualTo(LocalDate.of(2005, 7, 31));
        assertThat(records.get(2).paidOn()).isEqualTo(LocalDate.of(2005, 8, 31));
        assertThat(records.get(3).paidOn()).isNull();
        assertThat(records.get(4).paidOn()).isNull();
    }

    @Test
    void treatsANegativeStatementAsABillOfZero() {
        CardHolderHistory history = only("9,50000,2,2,1,30,-1,-1,-1,-1,-1,-1,-20,0,0,0,0,0,0,0,0,0,0,0,0\n");

        assertThat(history.paymentHistory().getLast().amountDue()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void countsTheFurthestMonthThatStillShowsABillUnpaid() {
        assertThat(StatementMapping.monthsLate(new int[] {0, 1, 0, 0, 0, 0}, 0)).isEqualTo(1);
        assertThat(StatementMapping.monthsLate(new int[] {0, 1, 2, 3, 0, 0}, 0)).isEqualTo(3);
        assertThat(StatementMapping.monthsLate(new int[] {-2, -1, 0, 0, 0, 0}, 0)).isZero();
    }

    @Test
    void rejectsAFileWithoutPaymentColumns() {
        assertThatThrownBy(() -> UciCreditDefault.read(new StringReader("ID,AGE\n1,30\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PAY_6");
    }
}
