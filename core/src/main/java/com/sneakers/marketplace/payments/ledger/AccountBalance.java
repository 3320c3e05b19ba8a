package com.sneakers.marketplace.payments.ledger;

import com.sneakers.marketplace.platform.money.Money;

/** An account's balance in one currency: positive when debits outweigh credits. */
public record AccountBalance(String account, Money balance) {}
