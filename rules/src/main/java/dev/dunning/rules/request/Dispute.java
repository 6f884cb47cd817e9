package dev.dunning.rules.request;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A customer's dispute of a bill or a demand notice: open until the supplier has answered it. */
public record Dispute(@NotBlank @Size(max = Bounds.ID_LENGTH) String id, @Size(max = Bounds.ID_LENGTH) String billId,
                      @NotNull @PlausibleDate LocalDate openedOn, @PlausibleDate LocalDate answeredOn) {

    public boolean isOpen() {
        return answeredOn == null;
    }
}
