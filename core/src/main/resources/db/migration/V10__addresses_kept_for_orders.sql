-- An address an order ships to outlives its removal from the owner's address book: removing it marks
-- it deleted (hidden from the owner, never a default again) and the order keeps pointing at it.
ALTER TABLE addresses ADD COLUMN deleted_at TIMESTAMP;
DROP INDEX uq_addresses_default_per_type;
CREATE UNIQUE INDEX uq_addresses_default_per_type ON addresses(user_id, type) WHERE is_default AND deleted_at IS NULL;
