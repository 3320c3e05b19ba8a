-- payments and payouts are the design document's tables column for column; the additions are
-- CHECK constraints and indexes for every foreign key. refunds is new.

CREATE TABLE payments (
    id BIGSERIAL PRIMARY KEY,
    payment_id VARCHAR(100) UNIQUE NOT NULL,  -- Internal ID

    order_id BIGINT NOT NULL REFERENCES orders(id),
    user_id BIGINT NOT NULL REFERENCES users(id),  -- Buyer

    -- Stripe details
    stripe_payment_intent_id VARCHAR(255) UNIQUE,
    stripe_charge_id VARCHAR(255),
    stripe_customer_id VARCHAR(255),

    -- Amount
    amount DECIMAL(10, 2) NOT NULL,
    currency VARCHAR(3) NOT NULL DEFAULT 'USD',

    -- Status
    status VARCHAR(50) NOT NULL DEFAULT 'pending',

    -- Payment method
    payment_method VARCHAR(50),  -- card, apple_pay, google_pay
    card_last4 VARCHAR(4),
    card_brand VARCHAR(20),  -- visa, mastercard, amex

    -- Refund
    refunded_amount DECIMAL(10, 2) DEFAULT 0,
    refund_reason TEXT,

    -- Timestamps
    processed_at TIMESTAMP,
    refunded_at TIMESTAMP,

    -- Metadata
    metadata JSONB,

    created_at TIMESTAMP NOT NULL DEFAULT NOW(),
    updated_at TIMESTAMP NOT NULL DEFAULT NOW(),

    CONSTRAINT ck_payments_status CHECK (status IN (
        'pending', 'processing', 'succeeded', 'failed', 'cancelled', 'refunded', 'partially_refunded')),
    CONSTRAINT ck_payments_amount CHECK (amount >= 0),
    CONSTRAINT ck_payments_refunded_amount CHECK (refunded_amount >= 0 AND refunded_amount <= amount),
    CONSTRAINT ck_payments_currency CHECK (currency ~ '^[A-Z]{3}$'),
    CONSTRAINT ck_payments_card_last4 CHECK (card_last4 IS NULL OR card_last4 ~ '^[0-9]{4}$')
);

CREATE INDEX idx_payments_order_id ON payments(order_id);
CREATE INDEX idx_payments_user_id ON payments(user_id);
CREATE INDEX idx_payments_stripe_payment_intent_id ON payments(stripe_payment_intent_id);
CREATE INDEX idx_payments_status ON payments(status);

CREATE TABLE payouts (
    id BIGSERIAL PRIMARY KEY,
    payout_id VARCHAR(100) UNIQUE NOT NULL,

    order_id BIGINT NOT NULL REFERENCES orders(id),
    seller_id BIGINT NOT NULL REFERENCES users(id),

    -- Stripe Connect
    stripe_transfer_id VARCHAR(255),
    stripe_account_id VARCHAR(255),  -- Seller's Stripe Connect account

    amount DECIMAL(10, 2) NOT NULL,
    currency VARCHAR(3) NOT NULL DEFAULT 'USD',

    status VARCHAR(50) NOT NULL DEFAULT 'pending',

    processed_at TIMESTAMP,

    created_at TIMESTAMP NOT NULL DEFAULT NOW(),
    updated_at TIMESTAMP NOT NULL DEFAULT NOW(),

    CONSTRAINT ck_payouts_status CHECK (status IN ('pending', 'processing', 'paid', 'failed', 'reversed')),
    CONSTRAINT ck_payouts_amount CHECK (amount >= 0),
    CONSTRAINT ck_payouts_currency CHECK (currency ~ '^[A-Z]{3}$')
);

CREATE INDEX idx_payouts_order_id ON payouts(order_id);
CREATE INDEX idx_payouts_seller_id ON payouts(seller_id);
CREATE INDEX idx_payouts_status ON payouts(status);

CREATE TABLE refunds (
    id BIGSERIAL PRIMARY KEY,
    refund_id VARCHAR(100) UNIQUE NOT NULL,  -- Internal ID
    payment_id BIGINT NOT NULL REFERENCES payments(id),
    stripe_refund_id VARCHAR(255) UNIQUE,
    amount DECIMAL(10, 2) NOT NULL,
    currency VARCHAR(3) NOT NULL DEFAULT 'USD',
    reason TEXT,
    status VARCHAR(50) NOT NULL DEFAULT 'pending',
    requested_by BIGINT REFERENCES users(id),
    created_at TIMESTAMP NOT NULL DEFAULT NOW(),
    updated_at TIMESTAMP NOT NULL DEFAULT NOW(),
    CONSTRAINT ck_refunds_status CHECK (status IN ('pending', 'succeeded', 'failed', 'cancelled', 'requires_action')),
    CONSTRAINT ck_refunds_amount CHECK (amount > 0),
    CONSTRAINT ck_refunds_currency CHECK (currency ~ '^[A-Z]{3}$')
);

CREATE INDEX idx_refunds_payment_id ON refunds(payment_id);
CREATE INDEX idx_refunds_requested_by ON refunds(requested_by);
CREATE INDEX idx_refunds_status ON refunds(status);
