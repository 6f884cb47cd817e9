package dev.dunning.rules.request;

import jakarta.validation.GroupSequence;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The customer account a decision is made for. {@code name} is personal information: never log it unmasked.
 * {@code pricedAsResidential} marks a non-residential user billed at the residential price (schools, care homes);
 * {@code supplyCutOn} is the day the supply was cut or restricted, when it was. {@code autoDebitOn} is the next day the
 * bank debits the account (auto-debit customers are reminded before it); {@code timeZone} the account's zone for send
 * times, when it is not the rule set's default (Asia/Shanghai in the default pack).
 */
@GroupSequence({ListSizes.class, Account.class})
public record Account(
        @NotBlank @Size(max = Bounds.ID_LENGTH) String id,
        @NotNull Utility utility,
        @NotBlank @Size(max = Bounds.REGION_LENGTH) String region,
        @NotNull CustomerType customerType,
        @Size(max = Bounds.NAME_LENGTH) String name,
        @Size(max = Bounds.LOCALE_LENGTH) String locale,
        @Positive @Max(Bounds.MAX_HOUSEHOLD_SIZE) Integer householdSize,
        @Size(max = Bounds.HARDSHIP_CODES, groups = ListSizes.class) List<@NotNull Hardship> hardship,
        Map<Channel, @NotNull ChannelStatus> channels,
        Boolean autoDebit,
        Boolean pricedAsResidential,
        @PlausibleDate LocalDate supplyCutOn,
        @PlausibleDate LocalDate autoDebitOn,
        ZoneId timeZone) {

    public Account {
        hardship = Copies.of(hardship);
        channels = Copies.of(channels);
    }

    /** True when the account lies in {@code code} or in one of its sub-regions ({@code CN-BJ} holds {@code CN-BJ-Haidian}). */
    public boolean isIn(String code) {
        return region.equals(code) || region.startsWith(code + "-");
    }

    public boolean isPricedAsResidential() {
        return Boolean.TRUE.equals(pricedAsResidential);
    }

    public boolean hasHardship() {
        return !hardship.isEmpty();
    }
}
