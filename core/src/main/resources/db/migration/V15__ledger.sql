-- The money ledger: double entry, append-only. A journal is one money movement (a charge captured, a
-- refund, a transfer to a seller, its reversal, a card dispute's hold and release), written in the same
-- transaction as the state change that causes it; (kind, reference) makes posting it again a no-op.
-- Lines are debits (positive) and credits (negative); at commit, deferred constraint triggers check
-- that each journal has lines and that they sum to zero per currency. Neither table accepts UPDATE or
-- DELETE.
CREATE TABLE ledger_journals (
    id BIGSERIAL PRIMARY KEY,
    kind VARCHAR(40) NOT NULL,
    reference VARCHAR(255) NOT NULL,
    order_id BIGINT NOT NULL,
    posted_at TIMESTAMPTZ NOT NULL,
    CONSTRAINT uq_ledger_journals_kind_reference UNIQUE (kind, reference)
);

CREATE INDEX idx_ledger_journals_order_id ON ledger_journals(order_id);

CREATE TABLE ledger_lines (
    id BIGSERIAL PRIMARY KEY,
    journal_id BIGINT NOT NULL REFERENCES ledger_journals(id),
    account VARCHAR(100) NOT NULL,
    currency CHAR(3) NOT NULL,
    amount DECIMAL(10, 2) NOT NULL,
    CONSTRAINT ck_ledger_lines_amount_not_zero CHECK (amount <> 0)
);

CREATE INDEX idx_ledger_lines_journal_id ON ledger_lines(journal_id);
CREATE INDEX idx_ledger_lines_account ON ledger_lines(account);

CREATE FUNCTION ledger_journal_balanced() RETURNS trigger AS $$
DECLARE
    checked BIGINT;
    line_count INTEGER;
    unbalanced RECORD;
BEGIN
    IF TG_TABLE_NAME = 'ledger_journals' THEN
        checked := NEW.id;
    ELSE
        checked := NEW.journal_id;
    END IF;
    SELECT count(*) INTO line_count FROM ledger_lines WHERE journal_id = checked;
    IF line_count < 2 THEN
        RAISE EXCEPTION 'ck_ledger_journal_balanced: journal % has % lines', checked, line_count
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_ledger_journal_balanced';
    END IF;
    SELECT currency, sum(amount) AS total INTO unbalanced FROM ledger_lines
        WHERE journal_id = checked GROUP BY currency HAVING sum(amount) <> 0 LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'ck_ledger_journal_balanced: journal % sums to % %', checked, unbalanced.total, unbalanced.currency
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_ledger_journal_balanced';
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE CONSTRAINT TRIGGER ck_ledger_journal_balanced
    AFTER INSERT ON ledger_journals DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION ledger_journal_balanced();

CREATE CONSTRAINT TRIGGER ck_ledger_lines_balanced
    AFTER INSERT ON ledger_lines DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION ledger_journal_balanced();

CREATE FUNCTION ledger_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'ledger_append_only: % on % is refused; post a correcting journal instead', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER ledger_journals_append_only BEFORE UPDATE OR DELETE ON ledger_journals
    FOR EACH ROW EXECUTE FUNCTION ledger_append_only();

CREATE TRIGGER ledger_lines_append_only BEFORE UPDATE OR DELETE ON ledger_lines
    FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
