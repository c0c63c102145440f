-- Offices and staff, and the PostgreSQL roles that make the database the security boundary.
--
-- Group roles are cluster-wide, so they are created only where missing. Every staff member logs in as a
-- LOGIN role of their own that belongs to ruqsat_staff and to one or more of ruqsat_clerk, ruqsat_head,
-- ruqsat_specialist, ruqsat_supervisor, ruqsat_administrator (PostgreSQL's membership is the single truth
-- about who holds which role). Tables and SECURITY DEFINER functions belong to ruqsat_owner, a NOLOGIN
-- role that is not a superuser; staff roles get SELECT (filtered by row-level security) and EXECUTE on
-- the API functions, never INSERT, UPDATE, DELETE or TRUNCATE.

DO $roles$
DECLARE
    role_name text;
BEGIN
    FOREACH role_name IN ARRAY ARRAY['ruqsat_owner', 'ruqsat_staff', 'ruqsat_clerk', 'ruqsat_head',
                                     'ruqsat_specialist', 'ruqsat_supervisor', 'ruqsat_administrator'] LOOP
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = role_name) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', role_name);
        END IF;
    END LOOP;
    FOREACH role_name IN ARRAY ARRAY['ruqsat_clerk', 'ruqsat_head', 'ruqsat_specialist', 'ruqsat_supervisor',
                                     'ruqsat_administrator'] LOOP
        IF NOT pg_has_role(role_name, 'ruqsat_staff', 'MEMBER') THEN
            EXECUTE format('GRANT ruqsat_staff TO %I', role_name);
        END IF;
    END LOOP;
END
$roles$;

DO $grants$
BEGIN
    EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO ruqsat_staff', current_database());
    EXECUTE format('GRANT CREATE ON DATABASE %I TO ruqsat_owner', current_database());
END
$grants$;

REVOKE ALL ON SCHEMA public FROM PUBLIC;
ALTER SCHEMA ruqsat OWNER TO ruqsat_owner;
REVOKE ALL ON SCHEMA ruqsat FROM PUBLIC;
GRANT USAGE ON SCHEMA ruqsat TO ruqsat_staff;
ALTER TABLE ruqsat.installation OWNER TO ruqsat_owner;
GRANT SELECT ON ruqsat.installation TO ruqsat_staff;
-- The desktop program checks, as the signed-in user, that the schema is the one it was built for.
GRANT SELECT ON ruqsat.schema_migration TO ruqsat_staff;
-- New functions are not executable by everyone: each API function is granted explicitly.
ALTER DEFAULT PRIVILEGES FOR ROLE ruqsat_owner REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

SET LOCAL ROLE ruqsat_owner;

-- A raised refusal: SQLSTATE RQ4xx, message "reason_code: text" (core/store/Database.cpp reads both).
CREATE FUNCTION ruqsat.refuse(sqlstate text, reason text, message text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = sqlstate, MESSAGE = reason || ': ' || message;
END
$$;

CREATE TABLE ruqsat.office (
    id          text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]{1,31}$'),
    kind        text NOT NULL CHECK (kind IN ('oblast', 'district', 'city')),
    parent_id   text REFERENCES ruqsat.office (id),
    name_ru     text NOT NULL CHECK (name_ru <> ''),
    name_kk     text NOT NULL CHECK (name_kk <> ''),
    name_en     text NOT NULL CHECK (name_en <> ''),
    address     text NOT NULL DEFAULT '',
    bin         text CHECK (bin ~ '^[0-9]{12}$'),
    -- IANA zone; the CHECK rejects names the server does not know.
    time_zone   text NOT NULL DEFAULT 'Asia/Almaty' CHECK (now() AT TIME ZONE time_zone IS NOT NULL),
    -- core/calendar/OfficeSchedule JSON; NULL: the standard schedule of domain.md.
    schedule    jsonb,
    row_version integer NOT NULL DEFAULT 1,
    -- An oblast office is a root; district and city offices sit under one.
    CHECK ((kind = 'oblast') = (parent_id IS NULL))
);

CREATE TABLE ruqsat.staff (
    login       name PRIMARY KEY,
    full_name   text NOT NULL CHECK (full_name <> ''),
    office_id   text NOT NULL REFERENCES ruqsat.office (id),
    position    text NOT NULL DEFAULT '',
    active      boolean NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL DEFAULT now(),
    row_version integer NOT NULL DEFAULT 1
);
CREATE INDEX staff_office ON ruqsat.staff (office_id);

-- Who holds which Ruqsat role, read from PostgreSQL's own membership.
CREATE VIEW ruqsat.staff_role WITH (security_invoker = true) AS
SELECT s.login, substr(g.rolname, 8) AS role
FROM ruqsat.staff s
JOIN pg_roles u ON u.rolname = s.login
JOIN pg_auth_members m ON m.member = u.oid
JOIN pg_roles g ON g.oid = m.roleid
WHERE g.rolname IN ('ruqsat_clerk', 'ruqsat_head', 'ruqsat_specialist', 'ruqsat_supervisor', 'ruqsat_administrator');

-- The caller, as staff: the session's login role (not current_user, which a SECURITY DEFINER function
-- changes to the owner).
CREATE FUNCTION ruqsat.caller_office() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ruqsat, pg_temp AS $$
    SELECT office_id FROM ruqsat.staff WHERE login = session_user AND active
$$;

CREATE FUNCTION ruqsat.caller_has_role(role text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ruqsat, pg_temp AS $$
    SELECT EXISTS (SELECT FROM ruqsat.staff WHERE login = session_user AND active)
       AND pg_has_role(session_user, 'ruqsat_' || role, 'MEMBER')
$$;

-- An office and every office below it.
CREATE FUNCTION ruqsat.office_subtree(root text) RETURNS SETOF text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ruqsat, pg_temp AS $$
    WITH RECURSIVE tree(id) AS (
        SELECT id FROM ruqsat.office WHERE id = root
        UNION
        SELECT o.id FROM ruqsat.office o JOIN tree t ON o.parent_id = t.id
    )
    SELECT id FROM tree
$$;

-- The offices whose cases the caller may read: their own; a supervisor's, with every office below it.
CREATE FUNCTION ruqsat.caller_visible_offices() RETURNS SETOF text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ruqsat, pg_temp AS $$
    SELECT ruqsat.caller_office()
    UNION
    SELECT ruqsat.office_subtree(ruqsat.caller_office()) WHERE ruqsat.caller_has_role('supervisor')
$$;

GRANT EXECUTE ON FUNCTION ruqsat.caller_office(), ruqsat.caller_has_role(text), ruqsat.office_subtree(text),
    ruqsat.caller_visible_offices() TO ruqsat_staff;

-- Offices are the directory everyone needs (names on documents, the tree for reports): all readable.
-- Staff rows: the caller's own office, and for a supervisor the offices below it.
ALTER TABLE ruqsat.staff ENABLE ROW LEVEL SECURITY;
CREATE POLICY staff_visible ON ruqsat.staff FOR SELECT TO ruqsat_staff
    USING (office_id IN (SELECT ruqsat.caller_visible_offices()) OR login = session_user);

GRANT SELECT ON ruqsat.office, ruqsat.staff, ruqsat.staff_role TO ruqsat_staff;
