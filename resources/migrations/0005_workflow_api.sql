-- The workflow's SQL API: the only way a case changes. One public function per action (granted to the
-- staff roles), each a thin wrapper that calls ruqsat.act() with the session's login and the
-- transaction's time. ruqsat.act() checks, in the order of core/workflow/WorkflowEngine.h, the actor's
-- role, their office, the row version they saw, the time order, whether the case is open, its step, and
-- the action's preconditions; it refuses with the same reason codes as core (core/workflow/Reason.h),
-- raised as SQLSTATE RQ4xx with the message "reason_code: text". An allowed action writes the case, its
-- step records and its event (the audit log) in the caller's transaction, and notifies the office's
-- channel. A client-generated action id makes a retry after a lost reply return the first result
-- instead of acting twice. resources/migrations/API.md is the reference.

SET LOCAL ROLE ruqsat_owner;

CREATE FUNCTION ruqsat.iso(t timestamptz) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
$$;

-- The state machine of core/workflow/Action.h (actionRule).
CREATE TABLE ruqsat.action_rule (
    action     text PRIMARY KEY,
    role       text NOT NULL,
    from_state text NOT NULL,
    to_state   text NOT NULL
);
INSERT INTO ruqsat.action_rule VALUES
    ('receive', 'clerk', 'none', 'registration'),
    ('register', 'clerk', 'registration', 'resolution'),
    ('refuse_at_intake', 'clerk', 'registration', 'refused_at_intake'),
    ('resolve', 'head', 'resolution', 'preparation'),
    ('reassign', 'head', 'preparation', 'preparation'),
    ('prepare_result', 'specialist', 'preparation', 'signing'),
    ('return_for_rework', 'head', 'signing', 'preparation'),
    ('sign', 'head', 'signing', 'dispatch'),
    ('dispatch', 'clerk', 'dispatch', 'completed');
GRANT SELECT ON ruqsat.action_rule TO ruqsat_staff;

-- Whether a login is active staff holding a Ruqsat role.
CREATE FUNCTION ruqsat.staff_has_role(login name, role text) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT FROM ruqsat.staff s WHERE s.login = staff_has_role.login AND s.active)
       AND EXISTS (SELECT FROM pg_roles WHERE rolname = staff_has_role.login)
       AND pg_has_role(staff_has_role.login, 'ruqsat_' || role, 'MEMBER')
$$;

-- IIN and BIN (domain.md, "IIN and BIN"; core/identity/IdentityNumber.cpp): NULL when valid, else what
-- is wrong.
CREATE FUNCTION ruqsat.id_number_problem(number text, kind text) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    d integer[];
    k integer;
    s integer := 0;
    w integer[] := ARRAY[3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];
    as_iin boolean;
    century integer;
BEGIN
    IF number IS NULL OR number !~ '^[0-9]{12}$' THEN
        RETURN 'not 12 digits';
    END IF;
    d := ARRAY(SELECT substr(number, i, 1)::integer FROM generate_series(1, 12) AS i);
    as_iin := CASE kind WHEN 'iin' THEN true WHEN 'bin' THEN false ELSE d[5] <= 3 END;
    IF as_iin THEN
        IF d[7] < 1 OR d[7] > 6 THEN
            RETURN 'invalid century digit';
        END IF;
        century := 1800 + (d[7] - 1) / 2 * 100;
        BEGIN
            PERFORM make_date(century + d[1] * 10 + d[2], d[3] * 10 + d[4], d[5] * 10 + d[6]);
        EXCEPTION WHEN datetime_field_overflow OR invalid_datetime_format THEN
            RETURN 'impossible birth date';
        END;
    ELSE
        IF d[3] * 10 + d[4] NOT BETWEEN 1 AND 12 THEN
            RETURN 'impossible registration month';
        END IF;
        IF d[5] NOT BETWEEN 4 AND 6 THEN
            RETURN 'invalid BIN type digit';
        END IF;
        IF d[6] > 3 THEN
            RETURN 'invalid BIN attribute digit';
        END IF;
    END IF;
    FOR i IN 1..11 LOOP
        s := s + d[i] * i;
    END LOOP;
    k := s % 11;
    IF k = 10 THEN
        s := 0;
        FOR i IN 1..11 LOOP
            s := s + d[i] * w[i];
        END LOOP;
        k := s % 11;
        IF k = 10 THEN
            RETURN 'check digit undefined';
        END IF;
    END IF;
    IF k <> d[12] THEN
        RETURN 'check digit mismatch';
    END IF;
    RETURN NULL;
END
$$;

-- An event row as core reads it (core/workflow/Event.h: toJson), with its case.
CREATE FUNCTION ruqsat.event_json(e ruqsat.audit_event) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object('case_id', e.case_id, 'sequence', e.sequence, 'actor', e.actor, 'role', e.role,
                              'at', ruqsat.iso(e.at), 'action', e.action, 'from_step', e.from_step,
                              'to_step', e.to_step, 'payload', e.payload)
$$;

GRANT EXECUTE ON FUNCTION ruqsat.iso(timestamptz), ruqsat.event_json(ruqsat.audit_event) TO ruqsat_staff;

CREATE FUNCTION ruqsat.blank(t text) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT t IS NULL OR t ~ '^[[:space:]]*$'
$$;

CREATE FUNCTION ruqsat.act(p_actor name, p_at timestamptz, p_client_action_id uuid, p_case_id bigint,
                           p_expected_version integer, p_action text, p_args jsonb)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = ruqsat, pg_temp AS $$
DECLARE
    rule ruqsat.action_rule;
    c ruqsat.cases;
    previous ruqsat.audit_event;
    inserted ruqsat.audit_event;
    def jsonb;
    actor_office text;
    case_office text;
    case_state text := 'none';
    case_version integer := 0;
    payload jsonb := '{}'::jsonb;
    step_duration text;
    next_due timestamptz;
    v_text text;
    v_assignee name;
    v_zone text;
    v_submitted timestamptz;
    v_received timestamptz;
    v_slot jsonb;
    v_applicant jsonb;
    v_variant jsonb;
    v_checklist jsonb := '{}'::jsonb;
    v_applicants jsonb := '[]'::jsonb;
    v_problem text;
    v_key text;
    v_decision jsonb;
    v_kind text;
    v_count integer;
BEGIN
    p_at := date_trunc('second', p_at);
    p_args := coalesce(p_args, '{}'::jsonb);

    -- A retry of an action that was applied (its reply lost) gets the first result back.
    IF p_client_action_id IS NOT NULL THEN
        SELECT * INTO previous FROM ruqsat.audit_event WHERE client_action_id = p_client_action_id;
        IF FOUND THEN
            IF previous.actor <> p_actor OR previous.action <> p_action
               OR (p_case_id IS NOT NULL AND previous.case_id IS DISTINCT FROM p_case_id) THEN
                PERFORM ruqsat.refuse('RQ409', 'client_action_reused',
                                      'This action id was already used for another action.');
            END IF;
            RETURN ruqsat.event_json(previous);
        END IF;
    END IF;

    SELECT * INTO rule FROM ruqsat.action_rule WHERE action = p_action;
    IF NOT FOUND THEN
        PERFORM ruqsat.refuse('RQ400', 'unknown_action', format('There is no action "%s".', p_action));
    END IF;

    -- 1. role
    IF NOT ruqsat.staff_has_role(p_actor, rule.role) THEN
        PERFORM ruqsat.refuse('RQ403', 'wrong_role', format('This action needs the %s role.', rule.role));
    END IF;
    SELECT office_id INTO actor_office FROM ruqsat.staff WHERE login = p_actor;

    -- No case id: a case not yet received (only "receive" can start one; anything else is at the wrong
    -- step). The lock makes a concurrent action on the same case wait, then see its new version.
    IF p_case_id IS NULL THEN
        case_office := p_args ->> 'office_id';
    ELSE
        SELECT * INTO c FROM ruqsat.cases WHERE id = p_case_id FOR UPDATE;
        IF NOT FOUND THEN
            PERFORM ruqsat.refuse('RQ404', 'unknown_case', format('There is no case %s.', p_case_id));
        END IF;
        case_office := c.office_id;
        case_state := c.state;
        case_version := c.row_version;
    END IF;
    -- 2. office (of the case, or for a new case the opening's)
    IF (case_state <> 'none' OR p_action = 'receive') AND actor_office IS DISTINCT FROM case_office THEN
        PERFORM ruqsat.refuse('RQ403', 'wrong_office', 'The case belongs to another office.');
    END IF;
    -- 3. the row version the caller saw
    IF p_expected_version IS DISTINCT FROM case_version THEN
        PERFORM ruqsat.refuse('RQ409', 'stale_version',
                              'Someone changed the case since you opened it. Reload it and try again.');
    END IF;
    -- 4. time order
    IF case_state <> 'none' AND p_at < c.last_event_at THEN
        PERFORM ruqsat.refuse('RQ400', 'time_before_last_event', 'The time is earlier than the case''s last event.');
    END IF;
    -- 5. closed
    IF case_state IN ('completed', 'refused_at_intake') THEN
        PERFORM ruqsat.refuse('RQ412', 'case_closed', 'The case is closed.');
    END IF;
    -- 6. step
    IF case_state <> rule.from_state THEN
        PERFORM ruqsat.refuse('RQ412', 'wrong_step', 'The case is not at the step this action belongs to.');
    END IF;

    IF case_state <> 'none' THEN
        SELECT definition INTO def FROM ruqsat.service_definition
        WHERE code = c.service_code AND version = c.service_version;
        -- The step the action opens is due from now.
        SELECT s ->> 'duration' INTO step_duration
        FROM jsonb_array_elements(def -> 'steps') AS s
        WHERE s ->> 'code' = (CASE p_action WHEN 'register' THEN 'resolution' WHEN 'resolve' THEN 'preparation'
                                            WHEN 'prepare_result' THEN 'signing' WHEN 'sign' THEN 'dispatch' END);
        IF step_duration IS NOT NULL THEN
            next_due := ruqsat.working_due(c.office_id, p_at, step_duration);
        END IF;
    END IF;

    -- 7. the action's preconditions, and its payload (core/workflow/Event.h)
    CASE p_action
    WHEN 'receive' THEN
        SELECT time_zone INTO v_zone FROM ruqsat.office WHERE id = case_office;
        v_submitted := (p_args ->> 'submitted_at')::timestamptz;
        v_received := (p_args ->> 'received_at')::timestamptz;
        SELECT definition INTO def FROM ruqsat.service_definition
        WHERE code = p_args ->> 'service_code' AND effective_from <= (v_submitted AT TIME ZONE v_zone)::date
        ORDER BY version DESC LIMIT 1;
        IF def IS NULL THEN
            PERFORM ruqsat.refuse('RQ400', 'unknown_service',
                                  format('No version of service "%s" is in force on the day of submission.',
                                         p_args ->> 'service_code'));
        END IF;
        IF NOT (def -> 'channels') ? (p_args ->> 'channel') THEN
            PERFORM ruqsat.refuse('RQ412', 'wrong_channel', 'The service is not offered through this channel.');
        END IF;
        IF v_submitted IS NULL OR v_received IS NULL OR v_submitted > v_received OR v_received > p_at THEN
            PERFORM ruqsat.refuse('RQ400', 'invalid_dates',
                                  'The dates must be in order: submitted, then received, then now.');
        END IF;
        IF jsonb_typeof(p_args -> 'applicants') IS DISTINCT FROM 'array'
           OR jsonb_array_length(p_args -> 'applicants') <> jsonb_array_length(def -> 'applicants') THEN
            PERFORM ruqsat.refuse('RQ400', 'invalid_applicant', 'The applicants do not match the service.');
        END IF;
        FOR v_slot IN SELECT * FROM jsonb_array_elements(def -> 'applicants') LOOP
            SELECT a INTO v_applicant FROM jsonb_array_elements(p_args -> 'applicants') AS a
            WHERE a ->> 'role' = v_slot ->> 'role' LIMIT 1;
            IF v_applicant IS NULL THEN
                PERFORM ruqsat.refuse('RQ400', 'invalid_applicant', format('Missing applicant: %s.', v_slot ->> 'role'));
            END IF;
            IF ruqsat.blank(v_applicant ->> 'name') THEN
                PERFORM ruqsat.refuse('RQ400', 'invalid_applicant',
                                      format('Applicant without a name: %s.', v_slot ->> 'role'));
            END IF;
            v_problem := ruqsat.id_number_problem(v_applicant ->> 'id_number', v_slot ->> 'id');
            IF v_problem IS NOT NULL THEN
                PERFORM ruqsat.refuse('RQ400', 'invalid_applicant', format('%s: %s.', v_slot ->> 'role', v_problem));
            END IF;
        END LOOP;
        FOR v_applicant IN SELECT * FROM jsonb_array_elements(p_args -> 'applicants') LOOP
            v_applicants := v_applicants || jsonb_build_array(jsonb_build_object(
                'role', v_applicant ->> 'role', 'id_number', v_applicant ->> 'id_number',
                'name', v_applicant ->> 'name', 'phone', coalesce(v_applicant ->> 'phone', ''),
                'email', coalesce(v_applicant ->> 'email', ''), 'address', coalesce(v_applicant ->> 'address', '')));
        END LOOP;
        SELECT cl INTO v_variant FROM jsonb_array_elements(def -> 'checklists') AS cl
        WHERE cl ->> 'variant' = p_args ->> 'checklist_variant';
        IF v_variant IS NULL THEN
            PERFORM ruqsat.refuse('RQ400', 'unknown_checklist',
                                  format('Unknown checklist: "%s".', p_args ->> 'checklist_variant'));
        END IF;
        FOR v_key IN SELECT jsonb_object_keys(coalesce(p_args -> 'checklist', '{}'::jsonb)) LOOP
            IF NOT EXISTS (SELECT FROM jsonb_array_elements(v_variant -> 'documents') AS doc
                           WHERE doc ->> 'code' = v_key) THEN
                PERFORM ruqsat.refuse('RQ400', 'unknown_document', format('Unknown document: "%s".', v_key));
            END IF;
        END LOOP;
        SELECT coalesce(jsonb_object_agg(doc ->> 'code',
                                         coalesce((p_args -> 'checklist' -> (doc ->> 'code'))::boolean, false)),
                        '{}'::jsonb)
        INTO v_checklist FROM jsonb_array_elements(v_variant -> 'documents') AS doc;
        SELECT s ->> 'duration' INTO step_duration FROM jsonb_array_elements(def -> 'steps') AS s
        WHERE s ->> 'code' = 'registration';
        payload := jsonb_build_object(
            'service_code', def ->> 'code', 'service_version', (def ->> 'version')::integer,
            'office_id', case_office, 'channel', p_args ->> 'channel',
            'submitted_at', ruqsat.iso(v_submitted), 'received_at', ruqsat.iso(v_received),
            'applicants', v_applicants, 'object_data', coalesce(p_args -> 'object_data', '{}'::jsonb),
            'checklist_variant', p_args ->> 'checklist_variant', 'checklist', v_checklist,
            'case_due', ruqsat.iso(ruqsat.working_due(case_office, date_trunc('second', v_submitted), def ->> 'term')),
            'step_due', ruqsat.iso(ruqsat.working_due(case_office, date_trunc('second', v_received), step_duration)));
    WHEN 'register' THEN
        payload := jsonb_build_object('step_due', ruqsat.iso(next_due));
    WHEN 'refuse_at_intake' THEN
        IF c.channel <> 'state_corporation' THEN
            PERFORM ruqsat.refuse('RQ412', 'wrong_channel', 'Only a State Corporation package can be refused at intake.');
        END IF;
        IF jsonb_typeof(p_args -> 'missing_documents') IS DISTINCT FROM 'array'
           OR jsonb_array_length(p_args -> 'missing_documents') = 0 THEN
            PERFORM ruqsat.refuse('RQ400', 'missing_documents', 'Name the missing documents.');
        END IF;
        FOR v_key IN SELECT jsonb_array_elements_text(p_args -> 'missing_documents') LOOP
            IF NOT c.checklist ? v_key THEN
                PERFORM ruqsat.refuse('RQ400', 'unknown_document', format('Unknown document: "%s".', v_key));
            END IF;
        END LOOP;
        payload := jsonb_build_object('missing_documents', p_args -> 'missing_documents',
                                      'comment', coalesce(p_args ->> 'comment', ''));
    WHEN 'resolve', 'reassign' THEN
        v_assignee := p_args ->> 'assignee';
        IF ruqsat.blank(v_assignee) THEN
            PERFORM ruqsat.refuse('RQ400', 'invalid_assignee', 'No specialist is named.');
        END IF;
        IF NOT ruqsat.staff_has_role(v_assignee, 'specialist') THEN
            PERFORM ruqsat.refuse('RQ400', 'invalid_assignee', format('%s is not a specialist.', v_assignee));
        END IF;
        IF (SELECT office_id FROM ruqsat.staff WHERE login = v_assignee) <> c.office_id THEN
            PERFORM ruqsat.refuse('RQ400', 'invalid_assignee', format('%s works in another office.', v_assignee));
        END IF;
        v_text := coalesce(p_args ->> (CASE p_action WHEN 'resolve' THEN 'resolution' ELSE 'comment' END), '');
        IF p_action = 'resolve' THEN
            IF ruqsat.blank(v_text) THEN
                PERFORM ruqsat.refuse('RQ400', 'missing_resolution_text', 'Write the resolution.');
            END IF;
            payload := jsonb_build_object('step_due', ruqsat.iso(next_due), 'assignee', v_assignee,
                                          'resolution', v_text);
        ELSE
            IF v_assignee = c.assignee THEN
                PERFORM ruqsat.refuse('RQ400', 'invalid_assignee',
                                      format('The case is already assigned to %s.', c.assignee));
            END IF;
            payload := jsonb_build_object('previous_assignee', c.assignee, 'assignee', v_assignee, 'comment', v_text);
        END IF;
    WHEN 'prepare_result' THEN
        IF p_actor IS DISTINCT FROM c.assignee THEN
            PERFORM ruqsat.refuse('RQ403', 'not_assignee', 'Only the assigned specialist prepares the result.');
        END IF;
        v_decision := coalesce(p_args -> 'decision', '{}'::jsonb);
        v_kind := v_decision ->> 'kind';
        IF v_kind = 'issue' THEN
            IF jsonb_array_length(coalesce(v_decision -> 'grounds', '[]'::jsonb)) > 0
               OR coalesce(v_decision ->> 'motivation', '') <> '' THEN
                PERFORM ruqsat.refuse('RQ400', 'invalid_decision', 'A result to issue has no refusal grounds.');
            END IF;
            IF coalesce(v_decision -> 'result_fields', '{}'::jsonb) = '{}'::jsonb THEN
                PERFORM ruqsat.refuse('RQ400', 'missing_result_fields', 'Fill in the result''s fields.');
            END IF;
        ELSIF v_kind = 'refuse' THEN
            IF coalesce(v_decision -> 'result_fields', '{}'::jsonb) <> '{}'::jsonb THEN
                PERFORM ruqsat.refuse('RQ400', 'invalid_decision', 'A refusal has no result fields.');
            END IF;
            IF jsonb_array_length(coalesce(v_decision -> 'grounds', '[]'::jsonb)) = 0 THEN
                PERFORM ruqsat.refuse('RQ400', 'missing_grounds', 'A refusal cites at least one ground.');
            END IF;
            FOR v_key IN SELECT jsonb_array_elements_text(v_decision -> 'grounds') LOOP
                IF NOT EXISTS (SELECT FROM jsonb_array_elements(def -> 'refusal_grounds') AS g
                               WHERE g ->> 'code' = v_key) THEN
                    PERFORM ruqsat.refuse('RQ400', 'unknown_ground', format('Unknown ground: "%s".', v_key));
                END IF;
            END LOOP;
            IF ruqsat.blank(v_decision ->> 'motivation') THEN
                PERFORM ruqsat.refuse('RQ400', 'missing_motivation', 'A refusal is motivated.');
            END IF;
        ELSE
            PERFORM ruqsat.refuse('RQ400', 'invalid_decision', 'The decision is to issue or to refuse.');
        END IF;
        v_decision := jsonb_build_object('kind', v_kind,
                                         'result_fields', coalesce(v_decision -> 'result_fields', '{}'::jsonb),
                                         'grounds', coalesce(v_decision -> 'grounds', '[]'::jsonb),
                                         'motivation', coalesce(v_decision ->> 'motivation', ''));
        payload := jsonb_build_object('decision', v_decision, 'step_due', ruqsat.iso(next_due));
    WHEN 'return_for_rework' THEN
        IF ruqsat.blank(p_args ->> 'comment') THEN
            PERFORM ruqsat.refuse('RQ400', 'missing_comment', 'Say what to rework.');
        END IF;
        payload := jsonb_build_object('comment', p_args ->> 'comment',
                                      'step_due', ruqsat.iso(c.first_preparation_due));
    WHEN 'sign' THEN
        IF c.decision IS NULL THEN
            PERFORM ruqsat.refuse('RQ412', 'missing_result', 'There is no prepared result to sign.');
        END IF;
        payload := jsonb_build_object('certificate_serial', coalesce(p_args ->> 'certificate_serial', ''),
                                      'document_digest', coalesce(p_args ->> 'document_digest', ''),
                                      'step_due', ruqsat.iso(next_due));
    WHEN 'dispatch' THEN
        IF c.signed_at IS NULL THEN
            PERFORM ruqsat.refuse('RQ412', 'missing_signature', 'The result is not signed.');
        END IF;
    END CASE;

    -- Write the case, its step records and the event, all in this transaction.
    IF p_action = 'receive' THEN
        INSERT INTO ruqsat.cases (office_id, service_code, service_version, channel, submitted_at, received_at,
                                  checklist_variant, checklist, object_data, state, case_due, last_event_at,
                                  row_version)
        VALUES (case_office, def ->> 'code', (def ->> 'version')::integer, p_args ->> 'channel',
                date_trunc('second', v_submitted), date_trunc('second', v_received),
                p_args ->> 'checklist_variant', v_checklist, payload -> 'object_data', 'registration',
                (payload ->> 'case_due')::timestamptz, p_at, 1)
        RETURNING * INTO c;
        INSERT INTO ruqsat.case_applicant (case_id, role, id_number, name, phone, email, address)
        SELECT c.id, a ->> 'role', a ->> 'id_number', a ->> 'name', a ->> 'phone', a ->> 'email', a ->> 'address'
        FROM jsonb_array_elements(v_applicants) AS a;
        INSERT INTO ruqsat.case_step (case_id, ordinal, step, started_at, due_at)
        VALUES (c.id, 1, 'registration', c.received_at, (payload ->> 'step_due')::timestamptz);
    ELSE
        -- Close the open step record unless the action keeps the step (reassign).
        IF p_action <> 'reassign' THEN
            UPDATE ruqsat.case_step SET finished_at = p_at, actor = p_actor, late = p_at > due_at
            WHERE case_id = c.id AND finished_at IS NULL;
        END IF;
        IF rule.to_state NOT IN ('completed', 'refused_at_intake') AND p_action <> 'reassign' THEN
            INSERT INTO ruqsat.case_step (case_id, ordinal, step, started_at, due_at)
            SELECT c.id, coalesce(max(ordinal), 0) + 1, rule.to_state, p_at, (payload ->> 'step_due')::timestamptz
            FROM ruqsat.case_step WHERE case_id = c.id;
        END IF;
        UPDATE ruqsat.cases SET
            state = rule.to_state,
            assignee = CASE WHEN p_action IN ('resolve', 'reassign') THEN v_assignee ELSE assignee END,
            resolution = CASE WHEN p_action = 'resolve' THEN v_text ELSE resolution END,
            decision = CASE WHEN p_action = 'prepare_result' THEN payload -> 'decision'
                            WHEN p_action = 'return_for_rework' THEN NULL ELSE decision END,
            first_preparation_due = CASE WHEN p_action = 'resolve' AND first_preparation_due IS NULL
                                         THEN (payload ->> 'step_due')::timestamptz ELSE first_preparation_due END,
            signed_by = CASE WHEN p_action = 'sign' THEN p_actor ELSE signed_by END,
            signed_at = CASE WHEN p_action = 'sign' THEN p_at ELSE signed_at END,
            closed_at = CASE WHEN rule.to_state IN ('completed', 'refused_at_intake') THEN p_at ELSE closed_at END,
            late = CASE WHEN rule.to_state IN ('completed', 'refused_at_intake') THEN p_at > case_due ELSE late END,
            last_event_at = p_at,
            row_version = row_version + 1
        WHERE id = c.id
        RETURNING * INTO c;
    END IF;

    INSERT INTO ruqsat.audit_event (id, case_id, sequence, actor, role, at, action, from_step, to_step,
                                    client_action_id, payload, prev_hash, hash)
    VALUES (0, c.id, c.row_version, p_actor, rule.role, p_at, p_action, rule.from_state, rule.to_state,
            p_client_action_id, payload, '', '')
    RETURNING * INTO inserted;

    PERFORM pg_notify('ruqsat_office_' || c.office_id,
                      jsonb_build_object('case_id', c.id, 'version', c.row_version, 'action', p_action)::text);
    RETURN ruqsat.event_json(inserted);
END
$$;

-- The public API: one function per action, acting as the session's login at the transaction's time.
CREATE FUNCTION ruqsat.receive_case(client_action_id uuid, opening jsonb) RETURNS jsonb
LANGUAGE sql SECURITY DEFINER SET search_path = ruqsat, pg_temp AS $$
    SELECT ruqsat.act(session_user, now(), client_action_id, NULL, 0, 'receive', opening)
$$;
CREATE FUNCTION ruqsat.register_case(client_action_id uuid, case_id bigint, expected_version integer) RETURNS jsonb
LANGUAGE sql SECURITY DEFINER SET search_path = ruqsat, pg_temp AS $$
    SELECT ruqsat.act(session_user, now(), client_action_id, case_id, expected_version, 'register', '{}')
$$;
CREATE FUNCTION ruqsat.refuse_at_intake(client_action_id uuid, case_id bigint, expected_version integer,
                                        missing_documents text[], comment text) RETURNS jsonb
LANGUAGE sql SECURITY DEFINER SET search_path = ruqsat, pg_temp AS $$
    SELECT ruqsat.act(session_user, now(), client_action_id, case_id, expected_version, 'refuse_at_intake',
                      jsonb_build_object('missing_documents', to_jsonb(coalesce(missing_documents, '{}')),
                                         'comment', coalesce(comment, '')))
$$;
CREATE FUNCTION ruqsat.resolve_case(client_action_id uuid, case_id bigint, expected_version integer, assignee name,
                                    resolution text) RETURNS jsonb
LANGUAGE sql SECURITY DEFINER SET search_path = ruqsat, pg_temp AS $$
    SELECT ruqsat.act(session_user, now(), client_action_id, case_id, expected_version, 'resolve',
                      jsonb_build_object('assignee', assignee, 'resolution', resolution))
$$;
CREATE FUNCTION ruqsat.reassign_case(client_action_id uuid, case_id bigint, expected_version integer, assignee name,
                                     comment text) RETURNS jsonb
LANGUAGE sql SECURITY DEFINER SET search_path = ruqsat, pg_temp AS $$
    SELECT ruqsat.act(session_user, now(), client_action_id, case_id, expected_version, 'reassign',
                      jsonb_build_object('assignee', assignee, 'comment', comment))
$$;
CREATE FUNCTION ruqsat.prepare_result(client_action_id uuid, case_id bigint, expected_version integer,
                                      decision jsonb) RETURNS jsonb
LANGUAGE sql SECURITY DEFINER SET search_path = ruqsat, pg_temp AS $$
    SELECT ruqsat.act(session_user, now(), client_action_id, case_id, expected_version, 'prepare_result',
                      jsonb_build_object('decision', decision))
$$;
CREATE FUNCTION ruqsat.return_for_rework(client_action_id uuid, case_id bigint, expected_version integer,
                                         comment text) RETURNS jsonb
LANGUAGE sql SECURITY DEFINER SET search_path = ruqsat, pg_temp AS $$
    SELECT ruqsat.act(session_user, now(), client_action_id, case_id, expected_version, 'return_for_rework',
                      jsonb_build_object('comment', comment))
$$;
CREATE FUNCTION ruqsat.sign_result(client_action_id uuid, case_id bigint, expected_version integer,
                                   certificate_serial text, document_digest text) RETURNS jsonb
LANGUAGE sql SECURITY DEFINER SET search_path = ruqsat, pg_temp AS $$
    SELECT ruqsat.act(session_user, now(), client_action_id, case_id, expected_version, 'sign',
                      jsonb_build_object('certificate_serial', certificate_serial, 'document_digest', document_digest))
$$;
CREATE FUNCTION ruqsat.dispatch_result(client_action_id uuid, case_id bigint, expected_version integer) RETURNS jsonb
LANGUAGE sql SECURITY DEFINER SET search_path = ruqsat, pg_temp AS $$
    SELECT ruqsat.act(session_user, now(), client_action_id, case_id, expected_version, 'dispatch', '{}')
$$;

GRANT EXECUTE ON FUNCTION
    ruqsat.receive_case(uuid, jsonb),
    ruqsat.register_case(uuid, bigint, integer),
    ruqsat.refuse_at_intake(uuid, bigint, integer, text[], text),
    ruqsat.resolve_case(uuid, bigint, integer, name, text),
    ruqsat.reassign_case(uuid, bigint, integer, name, text),
    ruqsat.prepare_result(uuid, bigint, integer, jsonb),
    ruqsat.return_for_rework(uuid, bigint, integer, text),
    ruqsat.sign_result(uuid, bigint, integer, text, text),
    ruqsat.dispatch_result(uuid, bigint, integer)
TO ruqsat_staff;
