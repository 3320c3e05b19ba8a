-- orders and order_status_history are the design document's tables column for column; the
-- additions are marked: CHECK constraints, a unique match_id, indexes for every foreign key, the
-- order currency and the order number sequence.

CREATE SEQUENCE order_number_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE orders (
    id BIGSERIAL PRIMARY KEY,
    order_number VARCHAR(50) UNIQUE NOT NULL,  -- e.g., "ORD-2026-001234"
    match_id BIGINT NOT NULL REFERENCES matches(id),

    -- Parties
    buyer_id BIGINT NOT NULL REFERENCES users(id),
    seller_id BIGINT NOT NULL REFERENCES users(id),

    -- Product details
    product_id BIGINT NOT NULL REFERENCES products(id),
    size_id BIGINT NOT NULL REFERENCES sizes(id),

    -- Pricing
    price DECIMAL(10, 2) NOT NULL,  -- Final agreed price
    quantity INT NOT NULL DEFAULT 1,

    -- Fees (marketplace takes a cut)
    buyer_fee DECIMAL(10, 2) DEFAULT 0,      -- Processing fee for buyer
    seller_fee DECIMAL(10, 2) DEFAULT 0,     -- Commission from seller
    platform_fee DECIMAL(10, 2) DEFAULT 0,   -- Platform fee

    total_amount DECIMAL(10, 2) NOT NULL,    -- price + buyer_fee
    seller_payout DECIMAL(10, 2) NOT NULL,   -- price - seller_fee
    currency VARCHAR(3) NOT NULL DEFAULT 'USD',  -- addition: the currency of every amount above

    -- Status
    status VARCHAR(50) NOT NULL DEFAULT 'pending_payment',

    -- Shipping
    shipping_address_id BIGINT REFERENCES addresses(id),
    tracking_number VARCHAR(100),
    carrier VARCHAR(50),  -- UPS, FedEx, USPS, DHL

    -- Timestamps
    payment_at TIMESTAMP,
    shipped_at TIMESTAMP,
    delivered_at TIMESTAMP,
    completed_at TIMESTAMP,
    cancelled_at TIMESTAMP,

    -- Notes
    buyer_notes TEXT,
    seller_notes TEXT,
    admin_notes TEXT,
    cancellation_reason TEXT,

    created_at TIMESTAMP NOT NULL DEFAULT NOW(),
    updated_at TIMESTAMP NOT NULL DEFAULT NOW(),

    CONSTRAINT uq_orders_match_id UNIQUE (match_id),
    CONSTRAINT ck_orders_status CHECK (status IN (
        'pending_payment', 'paid', 'processing', 'shipped', 'delivered', 'completed', 'cancelled', 'refunded')),
    CONSTRAINT ck_orders_carrier CHECK (carrier IS NULL OR carrier IN ('UPS', 'FedEx', 'USPS', 'DHL')),
    CONSTRAINT ck_orders_quantity CHECK (quantity > 0),
    CONSTRAINT ck_orders_price CHECK (price >= 0),
    CONSTRAINT ck_orders_buyer_fee CHECK (buyer_fee >= 0),
    CONSTRAINT ck_orders_seller_fee CHECK (seller_fee >= 0),
    CONSTRAINT ck_orders_platform_fee CHECK (platform_fee >= 0),
    CONSTRAINT ck_orders_total_amount CHECK (total_amount >= 0),
    CONSTRAINT ck_orders_seller_payout CHECK (seller_payout >= 0),
    CONSTRAINT ck_orders_currency CHECK (currency ~ '^[A-Z]{3}$'),
    CONSTRAINT ck_orders_no_self_trade CHECK (buyer_id <> seller_id)
);

-- Indexes
CREATE INDEX idx_orders_order_number ON orders(order_number);
CREATE INDEX idx_orders_match_id ON orders(match_id);
CREATE INDEX idx_orders_buyer_id ON orders(buyer_id);
CREATE INDEX idx_orders_seller_id ON orders(seller_id);
CREATE INDEX idx_orders_status ON orders(status);
CREATE INDEX idx_orders_created_at ON orders(created_at DESC);
-- addition: every foreign key has an index
CREATE INDEX idx_orders_product_id ON orders(product_id);
CREATE INDEX idx_orders_size_id ON orders(size_id);
CREATE INDEX idx_orders_shipping_address_id ON orders(shipping_address_id);
-- addition: the sweeper's due-work scans
CREATE INDEX idx_orders_delivered_due ON orders(delivered_at) WHERE status = 'delivered';
CREATE INDEX idx_orders_unpaid_due ON orders(created_at) WHERE status = 'pending_payment';

CREATE TABLE order_status_history (
    id BIGSERIAL PRIMARY KEY,
    order_id BIGINT NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    status VARCHAR(50) NOT NULL,
    note TEXT,
    created_by VARCHAR(50),  -- system, buyer, seller, admin
    created_at TIMESTAMP NOT NULL DEFAULT NOW(),
    CONSTRAINT ck_order_status_history_status CHECK (status IN (
        'pending_payment', 'paid', 'processing', 'shipped', 'delivered', 'completed', 'cancelled', 'refunded')),
    CONSTRAINT ck_order_status_history_created_by CHECK (
        created_by IS NULL OR created_by IN ('system', 'buyer', 'seller', 'admin'))
);

CREATE INDEX idx_order_status_history_order_id ON order_status_history(order_id, created_at DESC);
