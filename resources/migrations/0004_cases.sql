--@data :/services/permit-2019.json
--@data :/services/extract-2019.json
-- Service definitions (versioned data) and the cases with their steps, applicants and attachments.
--
-- The workflow's truth is the case's events in ruqsat.audit_event (core replays them into a Case). The
-- columns of ruqsat.cases and ruqsat.case_step are what the SQL API needs to check the next action and
-- what reports read; the API functions of 0005 are the only writers.

SET LOCAL ROLE ruqsat_owner;

CREATE TABLE ruqsat.service_definition (
    code           text NOT NULL,
    version        integer NOT NULL CHECK (version > 0),
    effective_from date NOT NULL,
    legal_source   text NOT NULL CHECK (legal_source <> ''),
    -- The definition file as core reads it (core/services/ServiceDefinitionJson).
    definition     jsonb NOT NULL,
    imported_at    timestamptz NOT NULL DEFAULT now(),
    imported_by    name NOT NULL DEFAULT session_user,
    PRIMARY KEY (code, version),
    CHECK (definition ->> 'code' = code AND (definition ->> 'version')::integer = version
           AND (definition ->> 'effective_from')::date = effective_from)
);

INSERT INTO ruqsat.service_definition (code, version, effective_from, legal_source, definition)
SELECT d ->> 'code', (d ->> 'version')::integer, (d ->> 'effective_from')::date, d ->> 'legal_source', d
FROM (VALUES (current_setting('ruqsat.migration_data_1')::jsonb),
             (current_setting('ruqsat.migration_data_2')::jsonb)) AS shipped(d);

CREATE TABLE ruqsat.cases (
    id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    office_id             text NOT NULL REFERENCES ruqsat.office (id),
    service_code          text NOT NULL,
    service_version       integer NOT NULL,
    channel               text NOT NULL CHECK (channel IN ('state_corporation', 'portal')),
    submitted_at          timestamptz NOT NULL,
    received_at           timestamptz NOT NULL,
    checklist_variant     text NOT NULL,
    checklist             jsonb NOT NULL,
    object_data           jsonb NOT NULL DEFAULT '{}'::jsonb,
    state                 text NOT NULL CHECK (state IN ('registration', 'resolution', 'preparation', 'signing',
                                                         'dispatch', 'completed', 'refused_at_intake')),
    assignee              name,
    resolution            text,
    decision              jsonb,
    signed_by             name,
    signed_at             timestamptz,
    case_due              timestamptz NOT NULL,
    first_preparation_due timestamptz,
    closed_at             timestamptz,
    late                  boolean NOT NULL DEFAULT false,
    last_event_at         timestamptz NOT NULL,
    row_version           integer NOT NULL CHECK (row_version > 0),
    FOREIGN KEY (service_code, service_version) REFERENCES ruqsat.service_definition (code, version)
);
CREATE INDEX cases_office_state ON ruqsat.cases (office_id, state);
CREATE INDEX cases_assignee ON ruqsat.cases (assignee) WHERE assignee IS NOT NULL;
CREATE INDEX cases_open_due ON ruqsat.cases (case_due) WHERE closed_at IS NULL;

-- Every passage through a step; a return for rework opens a second preparation record.
CREATE TABLE ruqsat.case_step (
    case_id     bigint NOT NULL REFERENCES ruqsat.cases (id),
    ordinal     integer NOT NULL CHECK (ordinal > 0),
    step        text NOT NULL CHECK (step IN ('registration', 'resolution', 'preparation', 'signing', 'dispatch')),
    started_at  timestamptz NOT NULL,
    due_at      timestamptz NOT NULL,
    finished_at timestamptz,
    actor       name,
    -- Finished after its due moment; finishing exactly at it is on time.
    late        boolean NOT NULL DEFAULT false,
    PRIMARY KEY (case_id, ordinal)
);
CREATE INDEX case_step_open_due ON ruqsat.case_step (due_at) WHERE finished_at IS NULL;
CREATE INDEX case_step_finished ON ruqsat.case_step (finished_at) WHERE finished_at IS NOT NULL;

CREATE TABLE ruqsat.case_applicant (
    case_id   bigint NOT NULL REFERENCES ruqsat.cases (id),
    role      text NOT NULL,
    id_number text NOT NULL,
    name      text NOT NULL,
    phone     text NOT NULL DEFAULT '',
    email     text NOT NULL DEFAULT '',
    address   text NOT NULL DEFAULT '',
    PRIMARY KEY (case_id, role)
);
CREATE INDEX case_applicant_id_number ON ruqsat.case_applicant (id_number);

-- Documents attached to a case (checklist items), stored in the database with their SHA-256.
CREATE TABLE ruqsat.attachment (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id       bigint NOT NULL REFERENCES ruqsat.cases (id),
    document_code text NOT NULL,
    file_name     text NOT NULL CHECK (file_name <> '' AND length(file_name) <= 255),
    media_type    text NOT NULL CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png', 'image/tiff')),
    size_bytes    integer NOT NULL CHECK (size_bytes > 0 AND size_bytes <= 20 * 1024 * 1024),
    sha256        text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    content       bytea NOT NULL,
    added_by      name NOT NULL,
    added_at      timestamptz NOT NULL DEFAULT now(),
    CHECK (octet_length(content) = size_bytes),
    CHECK (encode(sha256(content), 'hex') = sha256)
);
CREATE INDEX attachment_case ON ruqsat.attachment (case_id);

ALTER TABLE ruqsat.audit_event ADD FOREIGN KEY (case_id) REFERENCES ruqsat.cases (id);

-- Cases the caller has acted on (a specialist keeps seeing a case after a reassignment).
CREATE FUNCTION ruqsat.caller_acted_cases() RETURNS SETOF bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ruqsat, pg_temp AS $$
    SELECT DISTINCT case_id FROM ruqsat.audit_event WHERE actor = session_user AND case_id IS NOT NULL
$$;
GRANT EXECUTE ON FUNCTION ruqsat.caller_acted_cases() TO ruqsat_staff;

-- Who sees which case (read-only; changes go through the API functions):
--  * clerk and head: every case of their own office;
--  * supervisor: every case of their office and of every office below it;
--  * specialist: the cases of their office assigned to them now, or that they acted on before -- not
--    the rest of the office's queue, which the head distributes.
-- Subqueries around the caller functions make PostgreSQL evaluate them once per query, not per row.
ALTER TABLE ruqsat.cases ENABLE ROW LEVEL SECURITY;
CREATE POLICY cases_visible ON ruqsat.cases FOR SELECT TO ruqsat_staff USING (
    (office_id = (SELECT ruqsat.caller_office())
        AND ((SELECT ruqsat.caller_has_role('clerk')) OR (SELECT ruqsat.caller_has_role('head'))))
    OR ((SELECT ruqsat.caller_has_role('supervisor')) AND office_id IN (SELECT ruqsat.caller_visible_offices()))
    OR (office_id = (SELECT ruqsat.caller_office()) AND (SELECT ruqsat.caller_has_role('specialist'))
        AND (assignee = session_user OR id IN (SELECT ruqsat.caller_acted_cases())))
);

ALTER TABLE ruqsat.case_step ENABLE ROW LEVEL SECURITY;
CREATE POLICY case_step_visible ON ruqsat.case_step FOR SELECT TO ruqsat_staff
    USING (case_id IN (SELECT id FROM ruqsat.cases));
ALTER TABLE ruqsat.case_applicant ENABLE ROW LEVEL SECURITY;
CREATE POLICY case_applicant_visible ON ruqsat.case_applicant FOR SELECT TO ruqsat_staff
    USING (case_id IN (SELECT id FROM ruqsat.cases));
ALTER TABLE ruqsat.attachment ENABLE ROW LEVEL SECURITY;
CREATE POLICY attachment_visible ON ruqsat.attachment FOR SELECT TO ruqsat_staff
    USING (case_id IN (SELECT id FROM ruqsat.cases));
CREATE POLICY audit_case_visible ON ruqsat.audit_event FOR SELECT TO ruqsat_staff
    USING (case_id IS NOT NULL AND case_id IN (SELECT id FROM ruqsat.cases));

GRANT SELECT ON ruqsat.service_definition, ruqsat.cases, ruqsat.case_step, ruqsat.case_applicant,
    ruqsat.attachment TO ruqsat_staff;
