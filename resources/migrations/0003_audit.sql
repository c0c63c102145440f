-- The audit log: every workflow event of every case, and every administrative change (staff, calendar,
-- offices), in one append-only, hash-chained table.
--
-- Append-only: UPDATE, DELETE and TRUNCATE raise, for the owner too. Hash chain: a row's position (id)
-- and prev_hash are assigned under a lock when it is inserted, and
--   hash = hex(sha256(utf8(canonical)))
--   canonical = id | case_id | sequence | actor | role | at | action | from_step | to_step
--               | client_action_id | payload | prev_hash
-- joined with '|', NULLs as empty text, `at` as UTC 'YYYY-MM-DDTHH24:MI:SS.USZ', payload as jsonb's text.
-- The first row's prev_hash is 64 zeros. `ruqsat-admin audit verify` recomputes every hash outside the
-- database and reports the first broken link.

SET LOCAL ROLE ruqsat_owner;

CREATE TABLE ruqsat.audit_event (
    id               bigint PRIMARY KEY,
    case_id          bigint,
    sequence         integer CHECK (sequence > 0),
    actor            name NOT NULL,
    role             text NOT NULL,
    at               timestamptz NOT NULL,
    action           text NOT NULL,
    from_step        text,
    to_step          text,
    client_action_id uuid UNIQUE,
    payload          jsonb NOT NULL DEFAULT '{}'::jsonb,
    recorded_at      timestamptz NOT NULL DEFAULT clock_timestamp(),
    prev_hash        text NOT NULL,
    hash             text NOT NULL,
    UNIQUE (case_id, sequence),
    CHECK ((case_id IS NULL) = (sequence IS NULL))
);
CREATE INDEX audit_event_case ON ruqsat.audit_event (case_id, sequence);

CREATE FUNCTION ruqsat.audit_canonical(e ruqsat.audit_event) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT concat_ws('|', e.id::text, coalesce(e.case_id::text, ''), coalesce(e.sequence::text, ''), e.actor::text,
                     e.role, to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), e.action,
                     coalesce(e.from_step, ''), coalesce(e.to_step, ''), coalesce(e.client_action_id::text, ''),
                     e.payload::text, e.prev_hash)
$$;

CREATE FUNCTION ruqsat.audit_chain() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    last_id bigint;
    last_hash text;
BEGIN
    -- One writer at a time extends the chain; the lock is held until the transaction ends, so the
    -- order of ids is the order of commits.
    PERFORM pg_advisory_xact_lock(8243001);
    SELECT id, hash INTO last_id, last_hash FROM ruqsat.audit_event ORDER BY id DESC LIMIT 1;
    NEW.id := coalesce(last_id, 0) + 1;
    NEW.prev_hash := coalesce(last_hash, repeat('0', 64));
    NEW.recorded_at := clock_timestamp();
    NEW.hash := encode(sha256(convert_to(ruqsat.audit_canonical(NEW), 'UTF8')), 'hex');
    RETURN NEW;
END
$$;

CREATE FUNCTION ruqsat.audit_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = 'RQ403',
        MESSAGE = 'audit_append_only: The audit log cannot be changed or deleted, only appended to.';
END
$$;

CREATE TRIGGER audit_event_chain BEFORE INSERT ON ruqsat.audit_event
    FOR EACH ROW EXECUTE FUNCTION ruqsat.audit_chain();
CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON ruqsat.audit_event
    FOR EACH ROW EXECUTE FUNCTION ruqsat.audit_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON ruqsat.audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION ruqsat.audit_append_only();

-- Administrative changes are written through this, inside the transaction of the change itself.
CREATE FUNCTION ruqsat.audit_admin(action text, payload jsonb) RETURNS bigint
LANGUAGE sql SECURITY DEFINER SET search_path = ruqsat, pg_temp AS $$
    INSERT INTO ruqsat.audit_event (id, actor, role, at, action, payload, prev_hash, hash)
    VALUES (0, session_user, 'administrator', now(), action, payload, '', '')
    RETURNING id
$$;

-- Staff read the events of the cases they can see (policy added with the case table); administrative
-- events are read by administrators and supervisors.
ALTER TABLE ruqsat.audit_event ENABLE ROW LEVEL SECURITY;
CREATE POLICY audit_admin_visible ON ruqsat.audit_event FOR SELECT TO ruqsat_staff
    USING (case_id IS NULL AND (ruqsat.caller_has_role('administrator') OR ruqsat.caller_has_role('supervisor')));
GRANT SELECT ON ruqsat.audit_event TO ruqsat_staff;
