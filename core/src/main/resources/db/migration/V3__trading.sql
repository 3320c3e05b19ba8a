CREATE TABLE bids (
    id BIGSERIAL PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users(id),
    product_id BIGINT NOT NULL REFERENCES products(id),
    size_id BIGINT NOT NULL REFERENCES sizes(id),
    price DECIMAL(10, 2) NOT NULL,
    currency VARCHAR(3) NOT NULL DEFAULT 'USD',
    quantity INT NOT NULL DEFAULT 1,
    remaining_quantity INT NOT NULL,
    status VARCHAR(20) NOT NULL DEFAULT 'active',
    expires_at TIMESTAMP NOT NULL,
    cancelled_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL DEFAULT NOW(),
    updated_at TIMESTAMP NOT NULL DEFAULT NOW(),
    CONSTRAINT fk_bids_size_of_product FOREIGN KEY (product_id, size_id) REFERENCES sizes(product_id, id),
    CONSTRAINT ck_bids_price CHECK (price > 0 AND price <= 100000.00),
    CONSTRAINT ck_bids_quantity CHECK (quantity BETWEEN 1 AND 10),
    CONSTRAINT ck_bids_remaining CHECK (remaining_quantity BETWEEN 0 AND quantity),
    CONSTRAINT ck_bids_status CHECK (status IN ('active', 'partially_filled', 'matched', 'cancelled', 'expired')),
    CONSTRAINT ck_bids_matched_means_filled CHECK ((status = 'matched') = (remaining_quantity = 0))
);

CREATE INDEX idx_bids_user_id ON bids(user_id, created_at DESC);
CREATE INDEX idx_bids_product_id ON bids(product_id);
CREATE INDEX idx_bids_product_size ON bids(product_id, size_id);
CREATE INDEX idx_bids_size_id ON bids(size_id);
-- The buy side of a book in priority order: highest price first, then earliest.
CREATE INDEX idx_bids_book ON bids(size_id, price DESC, created_at, id) WHERE status IN ('active', 'partially_filled');
CREATE INDEX idx_bids_expiry ON bids(expires_at) WHERE status IN ('active', 'partially_filled');

CREATE TABLE asks (
    id BIGSERIAL PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users(id),
    product_id BIGINT NOT NULL REFERENCES products(id),
    size_id BIGINT NOT NULL REFERENCES sizes(id),
    price DECIMAL(10, 2) NOT NULL,
    currency VARCHAR(3) NOT NULL DEFAULT 'USD',
    quantity INT NOT NULL DEFAULT 1,
    remaining_quantity INT NOT NULL,
    status VARCHAR(20) NOT NULL DEFAULT 'active',
    expires_at TIMESTAMP NOT NULL,
    cancelled_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL DEFAULT NOW(),
    updated_at TIMESTAMP NOT NULL DEFAULT NOW(),
    CONSTRAINT fk_asks_size_of_product FOREIGN KEY (product_id, size_id) REFERENCES sizes(product_id, id),
    CONSTRAINT ck_asks_price CHECK (price > 0 AND price <= 100000.00),
    CONSTRAINT ck_asks_quantity CHECK (quantity BETWEEN 1 AND 10),
    CONSTRAINT ck_asks_remaining CHECK (remaining_quantity BETWEEN 0 AND quantity),
    CONSTRAINT ck_asks_status CHECK (status IN ('active', 'partially_filled', 'matched', 'cancelled', 'expired')),
    CONSTRAINT ck_asks_matched_means_filled CHECK ((status = 'matched') = (remaining_quantity = 0))
);

CREATE INDEX idx_asks_user_id ON asks(user_id, created_at DESC);
CREATE INDEX idx_asks_product_id ON asks(product_id);
CREATE INDEX idx_asks_product_size ON asks(product_id, size_id);
CREATE INDEX idx_asks_size_id ON asks(size_id);
-- The sell side of a book in priority order: lowest price first, then earliest.
CREATE INDEX idx_asks_book ON asks(size_id, price ASC, created_at, id) WHERE status IN ('active', 'partially_filled');
CREATE INDEX idx_asks_expiry ON asks(expires_at) WHERE status IN ('active', 'partially_filled');

CREATE TABLE matches (
    id BIGSERIAL PRIMARY KEY,
    bid_id BIGINT NOT NULL REFERENCES bids(id),
    ask_id BIGINT NOT NULL REFERENCES asks(id),
    buyer_id BIGINT NOT NULL REFERENCES users(id),
    seller_id BIGINT NOT NULL REFERENCES users(id),
    product_id BIGINT NOT NULL REFERENCES products(id),
    size_id BIGINT NOT NULL REFERENCES sizes(id),
    price DECIMAL(10, 2) NOT NULL,
    currency VARCHAR(3) NOT NULL DEFAULT 'USD',
    quantity INT NOT NULL,
    created_at TIMESTAMP NOT NULL DEFAULT NOW(),
    CONSTRAINT ck_matches_price CHECK (price > 0),
    CONSTRAINT ck_matches_quantity CHECK (quantity > 0),
    CONSTRAINT ck_matches_no_self_trade CHECK (buyer_id <> seller_id)
);

CREATE INDEX idx_matches_bid_id ON matches(bid_id);
CREATE INDEX idx_matches_ask_id ON matches(ask_id);
CREATE INDEX idx_matches_buyer_id ON matches(buyer_id);
CREATE INDEX idx_matches_seller_id ON matches(seller_id);
CREATE INDEX idx_matches_product_id ON matches(product_id);
-- Last sale and sales count per book.
CREATE INDEX idx_matches_size_created ON matches(size_id, created_at DESC);
