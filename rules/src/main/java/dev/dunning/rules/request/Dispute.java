package dev.dunning.rules.request;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** A customer's dispute of a bill or a demand notice: open until the supplier has answered it. */
public record Dispute(@NotBlank String id, String billId, @NotNull LocalDate openedOn, LocalDate answeredOn) {

    public boolean isOpen() {
        return answeredOn == null;
    }
}
