-- All TIMESTAMP columns hold UTC: the application writes times from its injected Clock in UTC,
-- and the functions run with a UTC JVM and database session.

CREATE TABLE users (
    id BIGSERIAL PRIMARY KEY,
    email VARCHAR(255) NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    first_name VARCHAR(100) NOT NULL,
    last_name VARCHAR(100) NOT NULL,
    phone VARCHAR(30),
    role VARCHAR(20) NOT NULL DEFAULT 'user',
    stripe_customer_id VARCHAR(255),
    stripe_account_id VARCHAR(255),
    payouts_enabled BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TIMESTAMP NOT NULL DEFAULT NOW(),
    updated_at TIMESTAMP NOT NULL DEFAULT NOW(),
    CONSTRAINT uq_users_email UNIQUE (email),
    CONSTRAINT ck_users_email_normalised CHECK (email = lower(btrim(email)) AND email LIKE '%_@_%'),
    CONSTRAINT ck_users_role CHECK (role IN ('user', 'admin'))
);

CREATE UNIQUE INDEX uq_users_stripe_account_id ON users(stripe_account_id) WHERE stripe_account_id IS NOT NULL;

CREATE TABLE addresses (
    id BIGSERIAL PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    type VARCHAR(20) NOT NULL DEFAULT 'shipping',
    is_default BOOLEAN NOT NULL DEFAULT FALSE,
    full_name VARCHAR(200) NOT NULL,
    line1 VARCHAR(255) NOT NULL,
    line2 VARCHAR(255),
    city VARCHAR(100) NOT NULL,
    state VARCHAR(100),
    postal_code VARCHAR(20) NOT NULL,
    country CHAR(2) NOT NULL,
    phone VARCHAR(30),
    created_at TIMESTAMP NOT NULL DEFAULT NOW(),
    updated_at TIMESTAMP NOT NULL DEFAULT NOW(),
    CONSTRAINT ck_addresses_type CHECK (type IN ('shipping', 'billing')),
    CONSTRAINT ck_addresses_country CHECK (country ~ '^[A-Z]{2}$')
);

CREATE INDEX idx_addresses_user_id ON addresses(user_id);
-- At most one default address per user and type.
CREATE UNIQUE INDEX uq_addresses_default_per_type ON addresses(user_id, type) WHERE is_default;
