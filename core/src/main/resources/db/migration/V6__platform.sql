-- Domain events written in the same transaction as the change that caused them, published to
-- EventBridge after commit and re-published by the sweeper when publishing failed.
CREATE TABLE outbox (
    id BIGSERIAL PRIMARY KEY,
    event_id UUID NOT NULL,
    source VARCHAR(100) NOT NULL,
    detail_type VARCHAR(100) NOT NULL,
    detail JSONB NOT NULL,
    occurred_at TIMESTAMP NOT NULL,
    published_at TIMESTAMP,
    attempts INT NOT NULL DEFAULT 0,
    last_error TEXT,
    created_at TIMESTAMP NOT NULL DEFAULT NOW(),
    CONSTRAINT uq_outbox_event_id UNIQUE (event_id),
    CONSTRAINT ck_outbox_source CHECK (source ~ '^marketplace\.[a-z]+$'),
    CONSTRAINT ck_outbox_attempts CHECK (attempts >= 0)
);

CREATE INDEX idx_outbox_unpublished ON outbox(id) WHERE published_at IS NULL;

-- Stripe webhook events already applied; recorded in the same transaction as their effect.
CREATE TABLE stripe_events (
    event_id VARCHAR(255) PRIMARY KEY,
    type VARCHAR(100) NOT NULL,
    object_id VARCHAR(255),
    processed_at TIMESTAMP NOT NULL DEFAULT NOW()
);

CREATE INDEX idx_stripe_events_object_id ON stripe_events(object_id);
