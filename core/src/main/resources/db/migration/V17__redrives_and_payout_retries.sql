-- Payout retries: how many attempts did not pay, when the next one is due (null: none planned), why
-- the last one did not pay, and the idempotency key of the current transfer generation (null: the
-- payout id, the first generation's key).
ALTER TABLE payouts ADD COLUMN attempts INT NOT NULL DEFAULT 0;
ALTER TABLE payouts ADD COLUMN next_attempt_at TIMESTAMP;
ALTER TABLE payouts ADD COLUMN last_error TEXT;
ALTER TABLE payouts ADD COLUMN transfer_key VARCHAR(150);
ALTER TABLE payouts ADD CONSTRAINT ck_payouts_attempts CHECK (attempts >= 0);
CREATE INDEX idx_payouts_retry_due ON payouts(next_attempt_at) WHERE next_attempt_at IS NOT NULL;

-- The sweeper's re-drives scan a time window in (time, id) order: matches by creation, completed and
-- cancelled orders by when they entered that status.
CREATE INDEX idx_matches_created_at ON matches(created_at, id);
CREATE INDEX idx_orders_completed_window ON orders(completed_at, id) WHERE status = 'completed';
CREATE INDEX idx_orders_cancelled_window ON orders(cancelled_at, id) WHERE status = 'cancelled';
