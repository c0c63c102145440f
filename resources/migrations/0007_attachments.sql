-- Attached files of a case's paragraph 9 checklist (issue 6): the clerk attaches the electronic copies of
-- the documents while receiving and registering the application (domain.md, step 1 of both services:
-- "receives the documents ..., registers the application"), and may remove a file attached by mistake
-- until the case is registered. After registration the documents are with the head and the specialist:
-- the set is fixed. Staff never write ruqsat.attachment (0004 grants SELECT only); these two SECURITY
-- DEFINER functions are the only writers.
--
-- The file rules are core's (core/attachments/AttachmentValidator.h), checked again here: a non-empty
-- file of at most 20 MiB, a file name of 1..255 characters without path separators or control
-- characters, a PDF, JPEG, PNG or TIFF whose leading bytes match the declared type. Refusals are SQLSTATE
-- RQ4xx with the message "reason_code: English text", like ruqsat.act (0005).
--
-- The audit record. A case's rows in ruqsat.audit_event (case_id set) are the case's workflow events:
-- core's CaseProjection replays them into the case (CaseStore::load), their `sequence` is the case's
-- row_version (unique per case), the optimistic-concurrency check of every action compares against that
-- version, and caller_acted_cases() reads them. An attachment is not a workflow event: it does not move
-- the case, so it must neither bump row_version (which would make the form's register_case, sent with the
-- version the clerk saw, fail with stale_version) nor appear in the replayed history (the projection
-- would refuse an unknown action). So it is written like the calendar's recompute records: case_id NULL
-- (sequence NULL), the case id in the payload, in the same hash chain (the chain trigger of 0003 covers
-- it) and in the same transaction as the change. Actions: attach_document, detach_document; role
-- 'clerk'. Payload: {"case_id", "attachment_id", "document_code", "file_name", "media_type",
-- "size_bytes", "sha256"}. The attachment row itself keeps added_by/added_at for the case card.

SET LOCAL ROLE ruqsat_owner;

-- The media type that the leading bytes show, or NULL when none of the four.
CREATE FUNCTION ruqsat.sniff_media_type(content bytea) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
        WHEN substring(content FROM 1 FOR 5) = '\x255044462d'::bytea THEN 'application/pdf'       -- "%PDF-"
        WHEN substring(content FROM 1 FOR 3) = '\xffd8ff'::bytea THEN 'image/jpeg'
        WHEN substring(content FROM 1 FOR 8) = '\x89504e470d0a1a0a'::bytea THEN 'image/png'
        WHEN substring(content FROM 1 FOR 4) IN ('\x49492a00'::bytea, '\x4d4d002a'::bytea) THEN 'image/tiff'
    END
$$;

-- The clerk of the case's office, at the registration step: the checks both functions share. Locks the
-- case row, so an attachment and a concurrent register/refuse_at_intake are serialised.
CREATE FUNCTION ruqsat.attachment_case_for_change(p_case_id bigint) RETURNS ruqsat.cases
LANGUAGE plpgsql SECURITY DEFINER SET search_path = ruqsat, pg_temp AS $$
DECLARE
    c ruqsat.cases;
BEGIN
    IF NOT ruqsat.staff_has_role(session_user, 'clerk') THEN
        PERFORM ruqsat.refuse('RQ403', 'wrong_role', 'This action needs the clerk role.');
    END IF;
    SELECT * INTO c FROM ruqsat.cases WHERE id = p_case_id FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM ruqsat.refuse('RQ404', 'unknown_case', format('There is no case %s.', p_case_id));
    END IF;
    IF (SELECT office_id FROM ruqsat.staff WHERE login = session_user) IS DISTINCT FROM c.office_id THEN
        PERFORM ruqsat.refuse('RQ403', 'wrong_office', 'The case belongs to another office.');
    END IF;
    IF c.state IN ('completed', 'refused_at_intake') THEN
        PERFORM ruqsat.refuse('RQ412', 'case_closed', 'The case is closed.');
    END IF;
    -- Step 1 only: received, not yet registered.
    IF c.state <> 'registration' THEN
        PERFORM ruqsat.refuse('RQ412', 'wrong_step', 'The case is not at the step this action belongs to.');
    END IF;
    RETURN c;
END
$$;

CREATE FUNCTION ruqsat.attach_document(case_id bigint, document_code text, file_name text, media_type text,
                                       content bytea) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = ruqsat, pg_temp AS $$
DECLARE
    c ruqsat.cases;
    v_sha256 text;
    v_size integer;
    v_sniffed text;
    v_id bigint;
BEGIN
    c := ruqsat.attachment_case_for_change(attach_document.case_id);
    IF document_code IS NULL OR NOT c.checklist ? document_code THEN
        PERFORM ruqsat.refuse('RQ400', 'unknown_document', format('Unknown document: "%s".', document_code));
    END IF;
    IF ruqsat.blank(file_name) OR length(file_name) > 255 OR file_name ~ '[/\\[:cntrl:]]' THEN
        PERFORM ruqsat.refuse('RQ400', 'invalid_file_name',
                              'The file name must be 1 to 255 characters, without folders or control characters.');
    END IF;
    IF content IS NULL OR octet_length(content) = 0 THEN
        PERFORM ruqsat.refuse('RQ400', 'empty_file', 'The file is empty.');
    END IF;
    IF octet_length(content) > 20 * 1024 * 1024 THEN
        PERFORM ruqsat.refuse('RQ400', 'file_too_large', 'The file is larger than 20 MiB.');
    END IF;
    v_sniffed := ruqsat.sniff_media_type(content);
    IF v_sniffed IS NULL OR media_type IS NULL
       OR media_type NOT IN ('application/pdf', 'image/jpeg', 'image/png', 'image/tiff') THEN
        PERFORM ruqsat.refuse('RQ400', 'unsupported_file_type', 'Only PDF, JPEG, PNG and TIFF files can be attached.');
    END IF;
    IF v_sniffed <> media_type THEN
        PERFORM ruqsat.refuse('RQ400', 'file_type_mismatch',
                              format('The file''s content is %s, not %s.', v_sniffed, media_type));
    END IF;
    v_sha256 := encode(sha256(content), 'hex');
    v_size := octet_length(content);
    -- The same file twice for the same document is a slip, not a second copy.
    IF EXISTS (SELECT FROM ruqsat.attachment a WHERE a.case_id = c.id AND a.document_code = attach_document.document_code
                                                AND a.sha256 = v_sha256) THEN
        PERFORM ruqsat.refuse('RQ409', 'duplicate_attachment', 'This file is already attached to this document.');
    END IF;

    INSERT INTO ruqsat.attachment (case_id, document_code, file_name, media_type, size_bytes, sha256, content,
                                   added_by)
    VALUES (c.id, document_code, file_name, media_type, v_size, v_sha256, content, session_user)
    RETURNING id INTO v_id;

    INSERT INTO ruqsat.audit_event (id, actor, role, at, action, payload, prev_hash, hash)
    VALUES (0, session_user, 'clerk', now(), 'attach_document',
            jsonb_build_object('case_id', c.id, 'attachment_id', v_id, 'document_code', document_code,
                               'file_name', file_name, 'media_type', media_type, 'size_bytes', v_size,
                               'sha256', v_sha256),
            '', '');
    -- The case's row_version stays: its open forms remain valid. Listeners (the case card) reload.
    PERFORM pg_notify('ruqsat_office_' || c.office_id,
                      jsonb_build_object('case_id', c.id, 'version', c.row_version, 'action', 'attach_document')::text);
    RETURN v_id;
END
$$;

-- Removes a file attached by mistake, before the case is registered. Returns the audit record's id.
-- The case is locked first (as attach does), then the row is deleted under that lock: of two concurrent
-- detaches of the same file the second finds nothing to delete and is refused, so only one is audited.
-- A file of a case of another office is answered like a file that does not exist (unknown_attachment),
-- so a clerk cannot probe the ids of other offices' files.
CREATE FUNCTION ruqsat.detach_document(attachment_id bigint) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = ruqsat, pg_temp AS $$
DECLARE
    a ruqsat.attachment;
    c ruqsat.cases;
    v_case_id bigint;
    v_audit bigint;
BEGIN
    IF NOT ruqsat.staff_has_role(session_user, 'clerk') THEN
        PERFORM ruqsat.refuse('RQ403', 'wrong_role', 'This action needs the clerk role.');
    END IF;
    -- Which case, to lock it; the row is read again (deleted) only under the case's lock.
    SELECT x.case_id INTO v_case_id FROM ruqsat.attachment x WHERE x.id = detach_document.attachment_id;
    IF NOT FOUND OR (SELECT office_id FROM ruqsat.staff WHERE login = session_user)
                    IS DISTINCT FROM (SELECT office_id FROM ruqsat.cases WHERE id = v_case_id) THEN
        PERFORM ruqsat.refuse('RQ404', 'unknown_attachment', format('There is no attachment %s.', attachment_id));
    END IF;
    c := ruqsat.attachment_case_for_change(v_case_id);
    DELETE FROM ruqsat.attachment x WHERE x.id = detach_document.attachment_id AND x.case_id = c.id
    RETURNING * INTO a;
    IF NOT FOUND THEN
        -- Removed meanwhile by another transaction (which audited it).
        PERFORM ruqsat.refuse('RQ404', 'unknown_attachment', format('There is no attachment %s.', attachment_id));
    END IF;
    INSERT INTO ruqsat.audit_event (id, actor, role, at, action, payload, prev_hash, hash)
    VALUES (0, session_user, 'clerk', now(), 'detach_document',
            jsonb_build_object('case_id', c.id, 'attachment_id', a.id, 'document_code', a.document_code,
                               'file_name', a.file_name, 'media_type', a.media_type, 'size_bytes', a.size_bytes,
                               'sha256', a.sha256),
            '', '')
    RETURNING id INTO v_audit;
    PERFORM pg_notify('ruqsat_office_' || c.office_id,
                      jsonb_build_object('case_id', c.id, 'version', c.row_version, 'action', 'detach_document')::text);
    RETURN v_audit;
END
$$;

-- Known gap (review C2): the checklist's "provided" marks are recorded by receive (0005), which knows
-- nothing of files, and the files are uploaded afterwards, one transaction each. The registration form
-- uploads every file before it sends register/refuse_at_intake and does not send them when an upload
-- fails, but the record may still say "provided" for a document whose upload failed (the case then waits
-- in My registrations, where the clerk attaches it again), and a document ticked provided may have no
-- file at all (a paper copy seen at the desk). Binding "provided" to an attached file needs register to
-- check it (a change of 0005's register, i.e. a new migration), and detach_document does not stop the
-- removal of the last file of a provided document.

-- Only clerks attach and detach (the functions check the role again, and the office and the step).
GRANT EXECUTE ON FUNCTION ruqsat.attach_document(bigint, text, text, text, bytea),
    ruqsat.detach_document(bigint) TO ruqsat_clerk;
