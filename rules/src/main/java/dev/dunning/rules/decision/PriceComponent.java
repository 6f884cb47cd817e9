package dev.dunning.rules.decision;

import java.math.BigDecimal;

/** A named part of a unit price, e.g. the water-resource fee inside a tier's water price. */
public record PriceComponent(String name, BigDecimal unitPrice) {

    BillComponent charge(BigDecimal quantity) {
        return new BillComponent(name, unitPrice, Money.round(quantity.multiply(unitPrice)));
    }
}
