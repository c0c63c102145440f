-- Issued result documents (issue 7): registration numbers, the frozen data of each signed result, its
-- PDF with the SHA-256, and the look-up that proves a file was issued here.
--
-- Numbering: per office, per service, per calendar year of signing in the office's zone, without gaps
-- or duplicates. The number is taken in the transaction that signs (a trigger on the case's signed_at,
-- which only ruqsat.act sets), from a counter row that the transaction holds locked until it ends: a
-- concurrent signing of the same office and service waits, and a rollback gives the number back.
-- Signing never needs a renderer: the trigger freezes the document's data (jsonb); the PDF is rendered
-- from that data by core/documents and stored once through ruqsat.store_document_pdf: by the signer in
-- the signing transaction when the desktop signs (DocumentIssuer::sign), or later by an administrator
-- (ruqsat-admin document export, rendered by Ruqsat from the frozen data) for a result signed by another
-- client. Nobody else stores: the stored PDF is what verification calls genuine, so whoever stores it
-- must be the signer acting now or an administrator, and every store is audited. Once stored, the PDF can never change: the table's trigger raises on any change of a
-- stored row and on DELETE and TRUNCATE, for the owner too.

SET LOCAL ROLE ruqsat_owner;

CREATE TABLE ruqsat.registration_counter (
    office_id    text NOT NULL REFERENCES ruqsat.office (id),
    service_code text NOT NULL,
    year         integer NOT NULL CHECK (year BETWEEN 2000 AND 2999),
    last_number  integer NOT NULL CHECK (last_number > 0),
    PRIMARY KEY (office_id, service_code, year)
);

CREATE TABLE ruqsat.issued_document (
    registration_number text PRIMARY KEY,
    case_id             bigint NOT NULL UNIQUE REFERENCES ruqsat.cases (id),
    office_id           text NOT NULL REFERENCES ruqsat.office (id),
    service_code        text NOT NULL,
    year                integer NOT NULL,
    sequence            integer NOT NULL CHECK (sequence > 0),
    kind                text NOT NULL CHECK (kind IN ('permit', 'extract', 'refusal')),
    -- The language the PDF is rendered in; chosen when the PDF is stored, fixed with it.
    language            text NOT NULL DEFAULT 'ru' CHECK (language IN ('ru', 'kk')),
    signer              name NOT NULL,
    signed_at           timestamptz NOT NULL,
    -- Random, printed on the document as text and QR code; with the registration number it finds the
    -- record even from a paper copy (the PDF's hash needs the file).
    verification_code   text NOT NULL UNIQUE CHECK (verification_code ~ '^[0-9A-F]{16}$'),
    -- Everything the document shows, as it stood at signing (core/documents/DocumentData).
    data                jsonb NOT NULL,
    pdf                 bytea,
    sha256              text UNIQUE CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    stored_at           timestamptz,
    stored_by           name,
    -- The top-level transaction that signed (pg_current_xact_id() in the signing trigger): only that
    -- transaction's signer may store the PDF (store_document_pdf). Not xmin: xmin is the id of the
    -- (sub)transaction that wrote the row version, so a savepoint or an exception block around the signing
    -- would make it differ from pg_current_xact_id(), and a 32-bit xid wraps around; a transaction-local
    -- setting (set_config) could be set by any client with SET LOCAL. This column is written by the
    -- SECURITY DEFINER trigger only and compared with the current 64-bit transaction id, which no client
    -- can choose.
    signing_xact        xid8 NOT NULL,
    UNIQUE (office_id, service_code, year, sequence),
    CHECK ((pdf IS NULL) = (sha256 IS NULL) AND (pdf IS NULL) = (stored_at IS NULL)),
    CHECK (pdf IS NULL OR encode(sha256(pdf), 'hex') = sha256)
);

-- A stored PDF is final; before that only the PDF, its hash, the language and who stored it may be set.
CREATE FUNCTION ruqsat.issued_document_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.pdf IS NULL
       AND (NEW.registration_number, NEW.case_id, NEW.office_id, NEW.service_code, NEW.year, NEW.sequence, NEW.kind,
            NEW.signer, NEW.signed_at, NEW.verification_code, NEW.data, NEW.signing_xact)
           IS NOT DISTINCT FROM
           (OLD.registration_number, OLD.case_id, OLD.office_id, OLD.service_code, OLD.year, OLD.sequence, OLD.kind,
            OLD.signer, OLD.signed_at, OLD.verification_code, OLD.data, OLD.signing_xact) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION USING ERRCODE = 'RQ403',
        MESSAGE = 'document_immutable: An issued document cannot be changed or deleted.';
END
$$;
CREATE TRIGGER issued_document_immutable BEFORE UPDATE OR DELETE ON ruqsat.issued_document
    FOR EACH ROW EXECUTE FUNCTION ruqsat.issued_document_guard();
CREATE TRIGGER issued_document_no_truncate BEFORE TRUNCATE ON ruqsat.issued_document
    FOR EACH STATEMENT EXECUTE FUNCTION ruqsat.issued_document_guard();
CREATE TRIGGER registration_counter_no_truncate BEFORE TRUNCATE ON ruqsat.registration_counter
    FOR EACH STATEMENT EXECUTE FUNCTION ruqsat.issued_document_guard();

-- What a result document or receipt of a case shows, with every text in Russian and Kazakh
-- (core/documents/DocumentRenderer picks the language). Runs with the caller's rights: the desktop's
-- draft preview and receipts read only cases the user may see; the signing trigger reads as the owner.
CREATE FUNCTION ruqsat.document_data(p_case_id bigint) RETURNS jsonb
LANGUAGE plpgsql STABLE SET search_path = ruqsat, pg_temp AS $$
DECLARE
    c ruqsat.cases;
    o ruqsat.office;
    def jsonb;
    v_variant jsonb;
    v_applicants jsonb;
    v_grounds jsonb;
    v_documents jsonb;
    v_missing jsonb;
    v_kind text;
BEGIN
    SELECT * INTO c FROM ruqsat.cases WHERE id = p_case_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'RQ404', MESSAGE = format('unknown_case: There is no case %s.', p_case_id);
    END IF;
    SELECT * INTO o FROM ruqsat.office WHERE id = c.office_id;
    SELECT definition INTO def FROM ruqsat.service_definition
    WHERE code = c.service_code AND version = c.service_version;
    SELECT cl INTO v_variant FROM jsonb_array_elements(def -> 'checklists') AS cl
    WHERE cl ->> 'variant' = c.checklist_variant;
    v_kind := CASE WHEN c.decision ->> 'kind' = 'refuse' THEN 'refusal'
                   WHEN c.service_code = 'E' THEN 'extract' ELSE 'permit' END;

    SELECT coalesce(jsonb_agg(jsonb_build_object(
               'role', a.role, 'id_number', a.id_number, 'name', a.name, 'address', a.address,
               'role_names', (SELECT s -> 'names' FROM jsonb_array_elements(def -> 'applicants') AS s
                              WHERE s ->> 'role' = a.role LIMIT 1)) ORDER BY a.role DESC), '[]'::jsonb)
    INTO v_applicants FROM ruqsat.case_applicant a WHERE a.case_id = c.id;
    SELECT coalesce(jsonb_agg(jsonb_build_object('code', g ->> 'code', 'texts', g -> 'texts',
                                                 'legal_source', g ->> 'legal_source') ORDER BY n), '[]'::jsonb)
    INTO v_grounds FROM jsonb_array_elements(def -> 'refusal_grounds') WITH ORDINALITY AS t(g, n)
    WHERE coalesce(c.decision -> 'grounds', '[]'::jsonb) ? (g ->> 'code');
    SELECT coalesce(jsonb_agg(jsonb_build_object('code', d ->> 'code', 'names', d -> 'names',
                                                 'provided', coalesce((c.checklist ->> (d ->> 'code'))::boolean, false))
                              ORDER BY n), '[]'::jsonb)
    INTO v_documents FROM jsonb_array_elements(v_variant -> 'documents') WITH ORDINALITY AS t(d, n);
    -- The clerk's refusal to accept names what is missing; before it, what the checklist lacks.
    SELECT e.payload -> 'missing_documents' INTO v_missing FROM ruqsat.audit_event e
    WHERE e.case_id = c.id AND e.action = 'refuse_at_intake' ORDER BY e.sequence DESC LIMIT 1;
    IF v_missing IS NULL THEN
        SELECT coalesce(jsonb_agg(d ->> 'code'), '[]'::jsonb) INTO v_missing
        FROM jsonb_array_elements(v_documents) AS d WHERE NOT (d ->> 'provided')::boolean;
    END IF;

    RETURN jsonb_build_object(
        'format', 1,
        'kind', v_kind,
        'case_id', c.id,
        'state', c.state,
        'service', jsonb_build_object('code', c.service_code, 'version', c.service_version,
                                      'names', def -> 'names', 'legal_source', def ->> 'legal_source'),
        'office', jsonb_build_object('id', o.id, 'name_ru', o.name_ru, 'name_kk', o.name_kk,
                                     'address', o.address, 'bin', coalesce(o.bin, ''), 'time_zone', o.time_zone),
        'channel', c.channel,
        'submitted_at', ruqsat.iso(c.submitted_at),
        'received_at', ruqsat.iso(c.received_at),
        'received_local', to_char(c.received_at AT TIME ZONE o.time_zone, 'YYYY-MM-DD HH24:MI'),
        'applicants', v_applicants,
        'object_data', c.object_data,
        'checklist_names', coalesce(v_variant -> 'names', '{}'::jsonb),
        'documents', v_documents,
        'missing_documents', (SELECT coalesce(jsonb_agg(d) FILTER (WHERE v_missing ? (d ->> 'code')), '[]'::jsonb)
                              FROM jsonb_array_elements(v_documents) AS d),
        'result_fields', coalesce(c.decision -> 'result_fields', '{}'::jsonb),
        'grounds', v_grounds,
        'motivation', coalesce(c.decision ->> 'motivation', ''));
END
$$;
GRANT EXECUTE ON FUNCTION ruqsat.document_data(bigint) TO ruqsat_staff;

-- Runs inside ruqsat.act's transaction when a case is signed (signed_at goes from NULL to a time; a
-- case is signed once: after "sign" it is at dispatch and cannot return to signing).
CREATE FUNCTION ruqsat.register_signed_result() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = ruqsat, pg_temp AS $$
DECLARE
    o ruqsat.office;
    v_year integer;
    v_sequence integer;
    v_number text;
    v_code text;
    v_signer ruqsat.staff;
    v_data jsonb;
BEGIN
    SELECT * INTO o FROM ruqsat.office WHERE id = NEW.office_id;
    SELECT * INTO v_signer FROM ruqsat.staff WHERE login = NEW.signed_by;
    v_year := extract(year FROM NEW.signed_at AT TIME ZONE o.time_zone)::integer;

    -- The counter row stays locked until this transaction ends: numbers are taken one by one, and a
    -- rollback undoes the increment together with the signature.
    INSERT INTO ruqsat.registration_counter AS rc (office_id, service_code, year, last_number)
    VALUES (NEW.office_id, NEW.service_code, v_year, 1)
    ON CONFLICT (office_id, service_code, year) DO UPDATE SET last_number = rc.last_number + 1
    RETURNING last_number INTO v_sequence;

    v_number := format('%s-%s-%s-%s', upper(NEW.office_id), NEW.service_code, v_year, lpad(v_sequence::text, 5, '0'));
    -- Random rather than derived from the printed data, so that it cannot be computed by a forger.
    v_code := upper(substr(md5(gen_random_uuid()::text || v_number), 1, 16));
    v_data := ruqsat.document_data(NEW.id) || jsonb_build_object(
        'registration_number', v_number,
        'signer', jsonb_build_object('login', NEW.signed_by, 'full_name', coalesce(v_signer.full_name, ''),
                                     'position', coalesce(v_signer.position, '')),
        'signed_at', ruqsat.iso(NEW.signed_at),
        'signed_local', to_char(NEW.signed_at AT TIME ZONE o.time_zone, 'YYYY-MM-DD HH24:MI'),
        'verification_code', v_code);

    INSERT INTO ruqsat.issued_document (registration_number, case_id, office_id, service_code, year, sequence, kind,
                                        signer, signed_at, verification_code, data, signing_xact)
    VALUES (v_number, NEW.id, NEW.office_id, NEW.service_code, v_year, v_sequence, v_data ->> 'kind',
            NEW.signed_by, NEW.signed_at, v_code, v_data, pg_current_xact_id());
    RETURN NULL;
END
$$;
CREATE TRIGGER cases_register_signed_result AFTER UPDATE OF signed_at ON ruqsat.cases
    FOR EACH ROW WHEN (OLD.signed_at IS NULL AND NEW.signed_at IS NOT NULL)
    EXECUTE FUNCTION ruqsat.register_signed_result();

-- Stores the rendered PDF of a signed result, once. Who may store (the stored PDF is what verification
-- calls genuine, so arbitrary bytes from a viewer must never become the document):
--   (a) the signer, in the transaction that signed (DocumentIssuer::sign renders the frozen data and
--       stores it before committing): session_user is the row's signer, holds the head role, and the
--       row's signing_xact is the current transaction;
--   (b) an administrator or the owner (superuser), for a result signed without a PDF (the demo seeder,
--       another client): ruqsat-admin document export, which renders it from the frozen data.
-- Clerks, specialists, supervisors, other heads and the signer in a later transaction are refused.
-- The row is locked (FOR UPDATE) before pdf IS NULL is checked, so two concurrent first stores queue and
-- the second sees the first one's PDF. Storing the same bytes again is a no-op that returns the hash;
-- other bytes are refused: the first stored PDF is the document. Every store writes an administrative
-- audit record in the same transaction (like 0007's attachments: case_id NULL, so the case's replay and
-- row_version are untouched; the case id in the payload), action 'store_document_pdf', role 'head' for
-- (a) and 'administrator' for (b), payload {"registration_number", "case_id", "sha256", "language"}.
CREATE FUNCTION ruqsat.store_document_pdf(p_registration_number text, p_language text, p_pdf bytea)
RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = ruqsat, pg_temp AS $$
DECLARE
    d ruqsat.issued_document;
    v_sha text;
    v_role text;
BEGIN
    SELECT * INTO d FROM ruqsat.issued_document WHERE registration_number = p_registration_number FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM ruqsat.refuse('RQ404', 'unknown_document',
                              format('No document has the registration number %s.', p_registration_number));
    END IF;
    IF d.signer = session_user AND d.signing_xact = pg_current_xact_id() AND ruqsat.caller_has_role('head') THEN
        v_role := 'head';
    ELSIF pg_has_role(session_user, 'ruqsat_owner', 'MEMBER') OR ruqsat.caller_has_role('administrator') THEN
        v_role := 'administrator';
    ELSE
        PERFORM ruqsat.refuse('RQ403', 'wrong_role',
                              'Only the signer while signing, or an administrator (ruqsat-admin document export), '
                              'stores a document''s PDF.');
    END IF;
    IF p_pdf IS NULL OR octet_length(p_pdf) < 5 OR substr(p_pdf, 1, 5) <> '\x255044462d'::bytea THEN
        PERFORM ruqsat.refuse('RQ400', 'not_pdf', 'The document is not a PDF file.');
    END IF;
    v_sha := encode(sha256(p_pdf), 'hex');
    IF d.pdf IS NOT NULL THEN
        IF d.sha256 = v_sha THEN
            RETURN v_sha;
        END IF;
        PERFORM ruqsat.refuse('RQ409', 'document_stored', 'The document''s PDF is already stored and cannot change.');
    END IF;
    IF p_language IS NULL OR p_language NOT IN ('ru', 'kk') THEN
        PERFORM ruqsat.refuse('RQ400', 'invalid_language', 'The document''s language is ru or kk.');
    END IF;
    UPDATE ruqsat.issued_document
    SET pdf = p_pdf, sha256 = v_sha, language = p_language, stored_at = now(), stored_by = session_user
    WHERE registration_number = d.registration_number;
    INSERT INTO ruqsat.audit_event (id, actor, role, at, action, payload, prev_hash, hash)
    VALUES (0, session_user, v_role, now(), 'store_document_pdf',
            jsonb_build_object('registration_number', d.registration_number, 'case_id', d.case_id,
                               'sha256', v_sha, 'language', p_language),
            '', '');
    RETURN v_sha;
END
$$;

-- Verification: what a file's SHA-256 (or a paper copy's registration number and code) was issued as.
-- Any staff member and administrator may ask, whatever the office: it reveals only the registration.
CREATE FUNCTION ruqsat.find_issued_document(p_sha256 text)
RETURNS TABLE (registration_number text, case_id bigint, kind text, language text, signer name, signer_name text,
               signed_at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ruqsat, pg_temp AS $$
    SELECT d.registration_number, d.case_id, d.kind, d.language, d.signer, d.data -> 'signer' ->> 'full_name',
           d.signed_at
    FROM ruqsat.issued_document d
    WHERE d.sha256 = lower(p_sha256)
$$;
CREATE FUNCTION ruqsat.find_issued_document_by_code(p_registration_number text, p_code text)
RETURNS TABLE (registration_number text, case_id bigint, kind text, language text, signer name, signer_name text,
               signed_at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ruqsat, pg_temp AS $$
    SELECT d.registration_number, d.case_id, d.kind, d.language, d.signer, d.data -> 'signer' ->> 'full_name',
           d.signed_at
    FROM ruqsat.issued_document d
    WHERE d.registration_number = p_registration_number AND d.verification_code = upper(p_code)
$$;

ALTER TABLE ruqsat.issued_document ENABLE ROW LEVEL SECURITY;
-- Staff see the documents of the cases they see; an administrator sees every document, because the
-- administrator stores the PDF of a result signed without one (ruqsat-admin document export) and so must
-- read its frozen data (administrators see no cases).
CREATE POLICY issued_document_visible ON ruqsat.issued_document FOR SELECT TO ruqsat_staff
    USING (case_id IN (SELECT id FROM ruqsat.cases) OR (SELECT ruqsat.caller_has_role('administrator')));
GRANT SELECT ON ruqsat.issued_document TO ruqsat_staff;

GRANT EXECUTE ON FUNCTION
    ruqsat.store_document_pdf(text, text, bytea),
    ruqsat.find_issued_document(text),
    ruqsat.find_issued_document_by_code(text, text)
TO ruqsat_staff;
