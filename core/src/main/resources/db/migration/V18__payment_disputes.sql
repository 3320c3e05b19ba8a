-- Card disputes (chargebacks) as Stripe reports them: while one is open the seller's payout waits and
-- the disputed amount is journaled as held; a lost one counts as money given back to the buyer.
CREATE TABLE payment_disputes (
    id BIGSERIAL PRIMARY KEY,
    stripe_dispute_id VARCHAR(255) UNIQUE NOT NULL,
    payment_id BIGINT NOT NULL REFERENCES payments(id),
    amount DECIMAL(10, 2) NOT NULL,
    currency CHAR(3) NOT NULL,
    reason VARCHAR(100),
    status VARCHAR(50) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    CONSTRAINT ck_payment_disputes_amount CHECK (amount > 0)
);

CREATE INDEX idx_payment_disputes_payment_id ON payment_disputes(payment_id);
