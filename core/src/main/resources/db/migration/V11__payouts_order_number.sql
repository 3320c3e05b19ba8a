-- A payout names its order's number itself (Stripe's transfer group), so the payouts side reads no
-- orders row: contexts share no tables.
ALTER TABLE payouts ADD COLUMN order_number VARCHAR(50);
UPDATE payouts p SET order_number = o.order_number FROM orders o WHERE o.id = p.order_id;
ALTER TABLE payouts ALTER COLUMN order_number SET NOT NULL;
CREATE INDEX idx_payouts_order_number ON payouts(order_number);
