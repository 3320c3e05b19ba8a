-- The database refuses impossible money: every order's amounts obey the fee identities that
-- orders.FeeSchedule computes (subtotal = price x quantity).
ALTER TABLE orders
    ALTER COLUMN buyer_fee SET NOT NULL,
    ALTER COLUMN seller_fee SET NOT NULL,
    ALTER COLUMN platform_fee SET NOT NULL,
    ADD CONSTRAINT ck_orders_total_identity CHECK (total_amount = price * quantity + buyer_fee),
    ADD CONSTRAINT ck_orders_seller_payout_identity CHECK (seller_payout = price * quantity - seller_fee),
    ADD CONSTRAINT ck_orders_platform_fee_identity CHECK (platform_fee = buyer_fee + seller_fee);
