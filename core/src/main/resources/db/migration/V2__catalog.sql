CREATE TABLE products (
    id BIGSERIAL PRIMARY KEY,
    sku VARCHAR(50) NOT NULL,
    name VARCHAR(255) NOT NULL,
    brand VARCHAR(100) NOT NULL,
    model VARCHAR(255),
    colorway VARCHAR(255),
    category VARCHAR(50) NOT NULL DEFAULT 'sneakers',
    description TEXT,
    retail_price DECIMAL(10, 2),
    currency VARCHAR(3) NOT NULL DEFAULT 'USD',
    release_year INT,
    search_vector TSVECTOR GENERATED ALWAYS AS (
        setweight(to_tsvector('simple'::regconfig, coalesce(name, '')), 'A') ||
        setweight(to_tsvector('simple'::regconfig, coalesce(brand, '')), 'A') ||
        setweight(to_tsvector('simple'::regconfig, coalesce(model, '')), 'B') ||
        setweight(to_tsvector('simple'::regconfig, coalesce(colorway, '')), 'C')
    ) STORED,
    created_at TIMESTAMP NOT NULL DEFAULT NOW(),
    updated_at TIMESTAMP NOT NULL DEFAULT NOW(),
    CONSTRAINT uq_products_sku UNIQUE (sku),
    CONSTRAINT ck_products_retail_price CHECK (retail_price IS NULL OR retail_price >= 0),
    CONSTRAINT ck_products_currency CHECK (currency ~ '^[A-Z]{3}$'),
    CONSTRAINT ck_products_release_year CHECK (release_year IS NULL OR release_year BETWEEN 1950 AND 2100)
);

CREATE INDEX idx_products_brand ON products(brand);
CREATE INDEX idx_products_category ON products(category);
CREATE INDEX idx_products_created_at ON products(created_at DESC);
CREATE INDEX idx_products_search_vector ON products USING GIN (search_vector);

CREATE TABLE product_images (
    id BIGSERIAL PRIMARY KEY,
    product_id BIGINT NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    url VARCHAR(1000) NOT NULL,
    alt_text VARCHAR(255),
    position INT NOT NULL DEFAULT 0,
    created_at TIMESTAMP NOT NULL DEFAULT NOW(),
    CONSTRAINT ck_product_images_position CHECK (position >= 0)
);

CREATE INDEX idx_product_images_product_id ON product_images(product_id, position);

CREATE TABLE sizes (
    id BIGSERIAL PRIMARY KEY,
    product_id BIGINT NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    size_value VARCHAR(10) NOT NULL,
    size_system VARCHAR(10) NOT NULL DEFAULT 'US',
    position INT NOT NULL DEFAULT 0,
    created_at TIMESTAMP NOT NULL DEFAULT NOW(),
    CONSTRAINT uq_sizes_product_value UNIQUE (product_id, size_system, size_value),
    CONSTRAINT ck_sizes_system CHECK (size_system IN ('US', 'UK', 'EU')),
    -- The trading tables reference (product_id, id) so a size can only be traded under its own product.
    CONSTRAINT uq_sizes_product_id_id UNIQUE (product_id, id)
);

CREATE INDEX idx_sizes_product_id ON sizes(product_id);
