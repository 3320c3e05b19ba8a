-- The sweeper's third due-work scan: paid orders waiting to ship, by payment time.
CREATE INDEX idx_orders_ship_by_due ON orders(payment_at) WHERE status = 'processing';
