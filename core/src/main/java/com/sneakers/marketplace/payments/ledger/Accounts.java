package com.sneakers.marketplace.payments.ledger;

/**
 * The chart of accounts. Assets ({@code stripe_balance}, {@code disputes}) carry debit balances;
 * what the platform owes ({@code seller_payable:<seller>}, {@code seller_held:<seller>},
 * {@code unmatched_charges}) and what it earned ({@code revenue:*}) carry credit balances.
 */
public final class Accounts {
    /** Money Stripe holds for the platform. */
    public static final String STRIPE_BALANCE = "stripe_balance";
    /** Money Stripe withdrew for open card disputes. */
    public static final String DISPUTES = "disputes";

    public static final String BUYER_FEE_REVENUE = "revenue:buyer_fee";
    public static final String SELLER_FEE_REVENUE = "revenue:seller_fee";
    /** Charges whose amount did not match their order, waiting for a person. */
    public static final String UNMATCHED_CHARGES = "unmatched_charges";

    static final String SELLER_PAYABLE_PREFIX = "seller_payable:";
    static final String SELLER_HELD_PREFIX = "seller_held:";

    private Accounts() {}

    /** What the platform owes the seller for sales not yet paid out. */
    public static String sellerPayable(long sellerId) {
        return SELLER_PAYABLE_PREFIX + sellerId;
    }

    /** The seller's share of sales under an open card dispute: owed only if the dispute is won. */
    public static String sellerHeld(long sellerId) {
        return SELLER_HELD_PREFIX + sellerId;
    }
}
