package dev.dunning.rules.request;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An unpaid bill: its outstanding principal in yuan and the date it fell due. */
public record OpenBill(
        @NotBlank @Size(max = Bounds.ID_LENGTH) String id,
        @NotNull @PlausibleDate LocalDate dueDate,
        @NotNull @PositiveOrZero @Yuan BigDecimal principal) {
}
