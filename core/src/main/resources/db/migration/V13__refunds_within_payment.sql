-- The database refuses refunds that would take back more than was paid: the refunds of a payment
-- that count (asked for and not failed or cancelled) never add up to more than its amount. The
-- payment's row is locked first, so concurrent refunds of one payment are checked one after the other.
CREATE FUNCTION refunds_within_payment() RETURNS trigger AS $$
DECLARE
    paid DECIMAL(10, 2);
    active DECIMAL(10, 2);
BEGIN
    SELECT amount INTO paid FROM payments WHERE id = NEW.payment_id FOR UPDATE;
    SELECT COALESCE(sum(amount), 0) INTO active FROM refunds
        WHERE payment_id = NEW.payment_id AND status IN ('pending', 'succeeded', 'requires_action');
    IF active > paid THEN
        RAISE EXCEPTION 'ck_refunds_within_payment: refunds of payment % add up to % of % paid', NEW.payment_id, active, paid
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_refunds_within_payment';
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE CONSTRAINT TRIGGER ck_refunds_within_payment
    AFTER INSERT OR UPDATE OF amount, status, payment_id ON refunds
    FOR EACH ROW EXECUTE FUNCTION refunds_within_payment();
