-- One payment per order (a declined card is retried on the same PaymentIntent) and one payout per
-- order; sellers' Stripe Connect accounts; the reconciliation scans of the sweeper.
CREATE UNIQUE INDEX uq_payments_order_id ON payments(order_id);
ALTER TABLE payouts ADD CONSTRAINT uq_payouts_order_id UNIQUE (order_id);

CREATE TABLE seller_accounts (
    user_id BIGINT PRIMARY KEY REFERENCES users(id),
    stripe_account_id VARCHAR(255) UNIQUE NOT NULL,
    payouts_enabled BOOLEAN NOT NULL DEFAULT FALSE,
    charges_enabled BOOLEAN NOT NULL DEFAULT FALSE,
    details_submitted BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TIMESTAMP NOT NULL DEFAULT NOW(),
    updated_at TIMESTAMP NOT NULL DEFAULT NOW()
);

CREATE INDEX idx_payments_unsettled ON payments(updated_at) WHERE status IN ('pending', 'processing');
CREATE INDEX idx_payouts_unsettled ON payouts(updated_at) WHERE status IN ('pending', 'processing');
