package com.sneakers.marketplace.payments.payouts;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What paid for an order as a payout needs to know it: the charge, what of it went back to the buyer
 * (succeeded refunds), and whether more may go back soon (a refund pending, a card dispute open).
 */
public record Funding(Optional<String> chargeId, BigDecimal givenBack, boolean refundPending, boolean disputeOpen) {}
