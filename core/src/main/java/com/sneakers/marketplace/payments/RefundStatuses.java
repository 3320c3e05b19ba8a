package com.sneakers.marketplace.payments;

/** Stripe's refund statuses as the {@code refunds} table spells them. */
public final class RefundStatuses {
    private RefundStatuses() {}

    public static String local(String stripeStatus) {
        if ("canceled".equals(stripeStatus)) {
            return "cancelled";
        }
        if ("succeeded".equals(stripeStatus)
                || "failed".equals(stripeStatus)
                || "requires_action".equals(stripeStatus)) {
            return stripeStatus;
        }
        return "pending";
    }
}
