-- A payment Stripe captured with another amount than its order's total waits for a person (review_reason);
-- a paid payout may be taken back in part or in full by transfer reversals (reversed_amount).
ALTER TABLE payments ADD COLUMN review_reason TEXT;

ALTER TABLE payouts ADD COLUMN reversed_amount DECIMAL(10, 2) NOT NULL DEFAULT 0;
ALTER TABLE payouts ADD CONSTRAINT ck_payouts_reversed_within_amount
    CHECK (reversed_amount >= 0 AND reversed_amount <= amount);
