package dev.dunning.datasets.uci;

/**
 * The payment-history columns of one UCI row, in chronological order (index 0 = April 2005, 5 = September 2005):
 * repayment status ({@code PAY_6 … PAY_0}), statement amount ({@code BILL_AMT6 … BILL_AMT1}) and amount paid during
 * the month ({@code PAY_AMT6 … PAY_AMT1}).
 */
record StatementRow(String id, int[] status, long[] billed, long[] paid, boolean defaulted) {
    static final int MONTHS = 6;
}
