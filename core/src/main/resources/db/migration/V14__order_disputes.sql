-- Disputes: the buyer of a shipped or delivered order reports a problem, which holds the order (and
-- so its automatic completion and the seller's payout) until an admin resolves it with a completion
-- or a full refund. An order has at most one dispute. Shipped orders are assumed delivered after a
-- while, so the sweeper scans them by shipment time.
ALTER TABLE orders
    DROP CONSTRAINT ck_orders_status,
    ADD CONSTRAINT ck_orders_status CHECK (status IN (
        'pending_payment', 'paid', 'processing', 'shipped', 'delivered', 'completed', 'cancelled', 'refunded',
        'disputed'));

ALTER TABLE order_status_history
    DROP CONSTRAINT ck_order_status_history_status,
    ADD CONSTRAINT ck_order_status_history_status CHECK (status IN (
        'pending_payment', 'paid', 'processing', 'shipped', 'delivered', 'completed', 'cancelled', 'refunded',
        'disputed'));

CREATE TABLE order_disputes (
    order_id BIGINT PRIMARY KEY REFERENCES orders(id) ON DELETE CASCADE,
    reason VARCHAR(30) NOT NULL,
    details TEXT NOT NULL,
    opened_by BIGINT NOT NULL REFERENCES users(id),
    opened_at TIMESTAMP NOT NULL,
    resolution VARCHAR(20),
    resolved_by BIGINT REFERENCES users(id),
    resolved_at TIMESTAMP,
    resolution_note TEXT,
    CONSTRAINT ck_order_disputes_reason CHECK (reason IN ('not_received', 'not_as_described')),
    CONSTRAINT ck_order_disputes_details CHECK (char_length(details) BETWEEN 1 AND 2000),
    CONSTRAINT ck_order_disputes_resolution CHECK (resolution IS NULL OR resolution IN ('completed', 'refunded')),
    CONSTRAINT ck_order_disputes_resolved CHECK (
        (resolution IS NULL AND resolved_by IS NULL AND resolved_at IS NULL AND resolution_note IS NULL)
        OR (resolution IS NOT NULL AND resolved_by IS NOT NULL AND resolved_at IS NOT NULL))
);

CREATE INDEX idx_order_disputes_opened_by ON order_disputes(opened_by);
CREATE INDEX idx_order_disputes_resolved_by ON order_disputes(resolved_by);
CREATE INDEX idx_orders_shipped_due ON orders(shipped_at) WHERE status = 'shipped';
