-- The supervisor's overdue report (issue 8): open steps past their due moment, steps finished late in a
-- period, and open steps that will be overdue within a working-time horizon, each with its amount in
-- WORKING seconds of the office's schedule (domain.md, "Working time and deadlines": "the amount is
-- measured in working time").
--
-- One set-based statement, not a loop over rows: the three kinds of row come from the indexes on open
-- steps' due (case_step_open_due) and on finished steps (case_step_finished) of 0004, and each amount is
-- two index probes into the office schedule's running totals (calendar_interval of 0006, the searches of
-- core/calendar/WorkingCalendar::workingSecondsBetween). tests/reports/report_benchmark measures it over
-- 100,000 cases: a month's report (~4,200 rows) in about 0.1-0.35 s, a whole year's (~48,000 rows, where
-- the two probes per row dominate) in about 1.3-3.5 s, depending on the machine's load.
--
-- Who sees what: the rule of row-level security for supervisors (0004: their office and every office
-- below it, ruqsat.caller_visible_offices), applied here explicitly. The function is SECURITY DEFINER so
-- that the policies are not evaluated once per table and branch: measured over 100,000 cases, each
-- evaluation of the case_step policy hashes every visible case (~170 ms), four of them made the report
-- take ~850 ms; the explicit filter on the few offices in scope costs nothing measurable. Only supervisors
-- (and superusers, who see everything anyway) may call it, so the supervisor's rule is the only one
-- needed. It reads, never writes. resources/migrations/API.md, section "Reports", is the reference.

SET LOCAL ROLE ruqsat_owner;

-- Each office's calendar schedule (0006: the office's zone and the "week" of its hours, NULL hours being
-- the standard week). SECURITY DEFINER because the helpers that pick the week are not granted to staff
-- (a view would not do: PostgreSQL checks a view's functions against its user); what it returns, office
-- and schedule ids, every staff member may read anyway.
CREATE FUNCTION ruqsat.office_calendar_schedules() RETURNS TABLE (office_id text, schedule_id integer)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ruqsat, pg_temp AS $$
    SELECT o.id, s.id
    FROM ruqsat.office o
    JOIN ruqsat.calendar_schedule s ON s.time_zone = o.time_zone AND s.week = ruqsat.calendar_office_week(o.schedule)
$$;
GRANT EXECUTE ON FUNCTION ruqsat.office_calendar_schedules() TO ruqsat_staff;

-- kind: 'overdue' (open, now past its due moment), 'late' (finished after its due moment, finish in
-- [period_from, period_to)), 'at_risk' (open, due at or after now with at most at_risk_seconds of
-- working time left). amount_seconds: working seconds from due to now ('overdue'), from due to the
-- finish ('late'), from now to due ('at_risk'). employee: who finished the step, else for an open
-- preparation the assigned specialist, else NULL (the step waits in the office's clerk or head queue).
CREATE FUNCTION ruqsat.report_overdue(at_moment timestamptz, period_from timestamptz, period_to timestamptz,
                                      office_root text, at_risk_seconds bigint)
RETURNS TABLE (kind text, case_id bigint, office_id text, service_code text, service_version integer, step text,
               step_ordinal integer, employee name, employee_name text, started_at timestamptz,
               due_at timestamptz, finished_at timestamptz, amount_seconds bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = ruqsat, pg_temp AS $$
#variable_conflict use_column
DECLARE
    now_at timestamptz := date_trunc('second', at_moment);
    superuser boolean := coalesce((SELECT r.rolsuper FROM pg_roles r WHERE r.rolname = session_user), false);
BEGIN
    -- The report is the supervisor's (issue 8); a superuser (ruqsat-admin on its own cluster) may run it.
    IF NOT (superuser OR ruqsat.caller_has_role('supervisor')) THEN
        PERFORM ruqsat.refuse('RQ403', 'wrong_role', 'The overdue report is for the supervisor role.');
    END IF;
    IF at_moment IS NULL THEN
        PERFORM ruqsat.refuse('RQ400', 'missing_argument', 'The report needs the moment it is made at.');
    END IF;
    IF (period_from IS NULL) <> (period_to IS NULL) OR period_from >= period_to THEN
        PERFORM ruqsat.refuse('RQ400', 'invalid_period', 'The period needs a start before its end.');
    END IF;
    IF at_risk_seconds < 0 THEN
        PERFORM ruqsat.refuse('RQ400', 'invalid_horizon', 'The at-risk horizon cannot be negative.');
    END IF;
    IF office_root IS NOT NULL THEN
        IF NOT EXISTS (SELECT FROM ruqsat.office o WHERE o.id = office_root) THEN
            PERFORM ruqsat.refuse('RQ404', 'unknown_office', format('There is no office "%s".', office_root));
        END IF;
        IF NOT superuser AND office_root NOT IN (SELECT v FROM ruqsat.caller_visible_offices() AS v) THEN
            PERFORM ruqsat.refuse('RQ403', 'office_not_visible',
                                  format('The office "%s" is not among the offices you supervise.', office_root));
        END IF;
    END IF;

    RETURN QUERY
    WITH os AS MATERIALIZED (
        -- Each office in scope (asked for and visible to the caller) with its schedule, the working seconds
        -- elapsed at "now" and the last instant an at-risk step can be due (the end of the interval where
        -- the horizon runs out).
        SELECT ocs.office_id, ocs.schedule_id, n.elapsed AS now_elapsed,
               coalesce((SELECT i.end_at FROM ruqsat.calendar_interval i
                         WHERE i.schedule_id = ocs.schedule_id AND i.elapsed_after > n.elapsed + at_risk_seconds
                         ORDER BY i.elapsed_after LIMIT 1), 'infinity'::timestamptz) AS horizon_until
        FROM ruqsat.office_calendar_schedules() ocs
        CROSS JOIN LATERAL (
            SELECT coalesce((SELECT i.elapsed_before + extract(epoch FROM least(now_at, i.end_at))::bigint
                                    - extract(epoch FROM i.start_at)::bigint
                             FROM ruqsat.calendar_interval i
                             WHERE i.schedule_id = ocs.schedule_id AND i.start_at <= now_at
                             ORDER BY i.start_at DESC LIMIT 1), 0) AS elapsed) n
        WHERE (office_root IS NULL OR ocs.office_id IN (SELECT t FROM ruqsat.office_subtree(office_root) AS t))
          -- Row-level security's rule for supervisors (0004), which this definer's function bypasses.
          AND (superuser OR ocs.office_id IN (SELECT v FROM ruqsat.caller_visible_offices() AS v))
    ), picked AS (
        SELECT 'overdue'::text AS kind, st.case_id, st.ordinal, st.step, st.started_at, st.due_at, st.finished_at,
               st.actor, st.due_at AS measured_from, now_at AS measured_to
        FROM ruqsat.case_step st
        WHERE st.finished_at IS NULL AND st.due_at < now_at
        UNION ALL
        -- Finishing exactly at the due moment is on time (domain.md; 0005 records late = finished > due).
        SELECT 'late', st.case_id, st.ordinal, st.step, st.started_at, st.due_at, st.finished_at, st.actor,
               st.due_at, st.finished_at
        FROM ruqsat.case_step st
        WHERE period_from IS NOT NULL AND st.finished_at >= period_from AND st.finished_at < period_to
          AND st.finished_at > st.due_at
        UNION ALL
        SELECT 'at_risk', st.case_id, st.ordinal, st.step, st.started_at, st.due_at, st.finished_at, st.actor,
               now_at, st.due_at
        FROM ruqsat.case_step st
        WHERE at_risk_seconds IS NOT NULL AND st.finished_at IS NULL AND st.due_at >= now_at
          AND st.due_at <= (SELECT max(os.horizon_until) FROM os)
    )
    SELECT r.kind, r.case_id, r.office_id, r.service_code, r.service_version, r.step, r.ordinal, r.employee,
           sf.full_name, r.started_at, r.due_at, r.finished_at, r.amount
    FROM (
        SELECT p.kind, p.case_id, c.office_id, c.service_code, c.service_version, p.step, p.ordinal,
               CASE WHEN p.finished_at IS NOT NULL THEN p.actor
                    WHEN p.step = 'preparation' THEN c.assignee END AS employee,
               p.started_at, p.due_at, p.finished_at,
               -- WorkingCalendar::workingSecondsBetween: elapsed(to) - elapsed(from), each the running
               -- total before the last interval starting at or before the moment, plus its part of it.
               greatest(coalesce(e_to.elapsed, 0) - coalesce(e_from.elapsed, 0), 0) AS amount
        FROM picked p
        JOIN ruqsat.cases c ON c.id = p.case_id
        JOIN os ON os.office_id = c.office_id
        LEFT JOIN LATERAL (
            SELECT i.elapsed_before + extract(epoch FROM least(p.measured_from, i.end_at))::bigint
                   - extract(epoch FROM i.start_at)::bigint AS elapsed
            FROM ruqsat.calendar_interval i
            WHERE i.schedule_id = os.schedule_id AND i.start_at <= p.measured_from
            ORDER BY i.start_at DESC LIMIT 1) e_from ON true
        LEFT JOIN LATERAL (
            SELECT i.elapsed_before + extract(epoch FROM least(p.measured_to, i.end_at))::bigint
                   - extract(epoch FROM i.start_at)::bigint AS elapsed
            FROM ruqsat.calendar_interval i
            WHERE i.schedule_id = os.schedule_id AND i.start_at <= p.measured_to
            ORDER BY i.start_at DESC LIMIT 1) e_to ON true
        WHERE p.kind <> 'at_risk' OR p.due_at <= os.horizon_until
    ) r
    LEFT JOIN ruqsat.staff sf ON sf.login = r.employee
    WHERE r.kind <> 'at_risk' OR r.amount <= at_risk_seconds
    -- The most urgent first: overdue now by amount, then late by amount, then at risk by time left.
    ORDER BY CASE r.kind WHEN 'overdue' THEN 0 WHEN 'late' THEN 1 ELSE 2 END,
             CASE WHEN r.kind = 'at_risk' THEN r.amount ELSE -r.amount END, r.case_id, r.ordinal;
END
$$;

GRANT EXECUTE ON FUNCTION ruqsat.report_overdue(timestamptz, timestamptz, timestamptz, text, bigint) TO ruqsat_staff;
