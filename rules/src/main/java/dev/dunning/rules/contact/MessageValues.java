package dev.dunning.rules.contact;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a message may say about an account (PIPL Art 6: only what the message needs; no address, ID number or phone).
 * A value a template uses must be given; the others may be null.
 *
 * @param name          the customer's name as addressed: "刘先生", or the business's name
 * @param accountId     the account the message is about
 * @param amount        yuan owed
 * @param deadline      the date to pay by
 * @param workingDays   the working days to pay in (business customers)
 * @param visitDate     the date of a field visit
 * @param lateFeeRate   the daily late-fee rate as a fraction (0.003 is 3‰ a day)
 * @param paymentLink   where to pay online
 * @param hotline       the utility's service hotline
 */
public record MessageValues(String name, String accountId, BigDecimal amount, LocalDate deadline, Integer workingDays,
                            LocalDate visitDate, BigDecimal lateFeeRate, String paymentLink, String hotline) {
}
