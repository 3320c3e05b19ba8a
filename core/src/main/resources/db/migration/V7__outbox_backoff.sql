-- When a failed event may be tried again: publishing backs off exponentially instead of hammering
-- an unavailable bus every minute.
ALTER TABLE outbox ADD COLUMN next_attempt_at TIMESTAMP;

DROP INDEX idx_outbox_unpublished;
CREATE INDEX idx_outbox_unpublished ON outbox(occurred_at, id) WHERE published_at IS NULL;
