package com.sneakers.marketplace.functions.httpapi;

import com.sneakers.marketplace.platform.money.Money;
import java.math.BigDecimal;

/** Money in the API: a decimal string such as {@code "215.00"}, beside its currency; absent is null. */
final class Amounts {
    private Amounts() {}

    static String decimal(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }

    static String decimal(Money money) {
        return decimal(money.amount());
    }
}
