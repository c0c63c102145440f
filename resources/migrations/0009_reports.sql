-- The supervisor's overdue report (issue 8): open steps and cases past their due moment, steps and cases
-- finished late in a period, and open steps that will be overdue within a working-time horizon. Their
-- amounts in WORKING seconds of the office's schedule (domain.md, "Working time and deadlines": "the
-- amount is measured in working time") are computed by the caller, core/reports/OverdueReportQuery, with
-- core's WorkingCalendar (see report_overdue below for why).
--
-- One set-based statement, not a loop over rows. tests/reports/report_benchmark measures the whole report
-- (this function, the fetch and core's arithmetic) over 100,000 cases: a month's (~5,000 rows) in about
-- 0.05-0.15 s, a whole year's (~58,000 rows) in about 0.4-0.55 s on a shared 2-core machine.
--
-- Who sees what: the rule of row-level security for supervisors (0004: their office and every office
-- below it, ruqsat.caller_visible_offices), applied here explicitly. The function is SECURITY DEFINER so
-- that the policies are not evaluated once per table and branch: measured over 100,000 cases, each
-- evaluation of the case_step policy hashes every visible case (~170 ms), four of them made the report
-- take ~850 ms; the explicit filter on the few offices in scope costs nothing measurable. Only supervisors
-- (and superusers, who see everything anyway) may call it, so the supervisor's rule is the only one
-- needed. It reads, never writes. resources/migrations/API.md, section "Reports", is the reference.

SET LOCAL ROLE ruqsat_owner;

-- The finished-late rows of a period without reading every step and case: 0005 records late = finished
-- (closed) after due, and about one record in ten is. The report still tests the instants themselves.
CREATE INDEX case_step_late ON ruqsat.case_step (finished_at) WHERE late;
CREATE INDEX cases_closed_late ON ruqsat.cases (closed_at) WHERE late;

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

-- kind: 'overdue' (an open step, now past its due moment), 'late' (a step finished after its due moment,
-- the finish in [period_from, period_to)), 'at_risk' (an open step due at or after now, before the end of
-- the working interval where at_risk_seconds of working time from now run out: the candidates, which the
-- caller narrows to those with at most at_risk_seconds left), 'case_overdue' (an open case, now past its
-- total-term due moment cases.case_due), 'case_late' (a case closed -- completed or refused at intake,
-- cases.closed_at -- after its case_due, the closing in the period). employee: who finished the step, else
-- for an open preparation the assigned specialist, else NULL (the step waits in the office's clerk or
-- head queue); NULL for the case kinds, as are step and step_ordinal (the row is the whole case; its
-- started_at is the case's receipt). Unordered, without amounts: core/reports/OverdueReportQuery measures
-- each row in working seconds with the office's WorkingCalendar (core/calendar, the twin of
-- working_seconds_between; tests/reports checks that they agree) and sorts them.
--
-- Why the arithmetic is not here: measured over 100,000 cases (tests/reports/report_benchmark), a year's
-- ~48,000 rows each needing two index probes into calendar_interval took ~700 ms of a ~1,150 ms query
-- (a window-function "as of" join of all moments was slower still); core's binary search takes
-- ~100 ns a moment. jit is off: the planner's estimate of the joins crossed jit_above_cost and compiling
-- took ~1.4 s for a query that runs in a fraction of that. work_mem: a year's hash of cases fits in memory.
-- The late kinds read the partial indexes above (a month: ~5,000 of ~500,000 step records).
CREATE FUNCTION ruqsat.report_overdue(at_moment timestamptz, period_from timestamptz, period_to timestamptz,
                                      office_root text, at_risk_seconds bigint)
RETURNS TABLE (kind text, case_id bigint, office_id text, service_code text, service_version integer, step text,
               step_ordinal integer, employee name, employee_name text, started_at timestamptz,
               due_at timestamptz, finished_at timestamptz)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = ruqsat, pg_temp SET jit = off SET work_mem = '64MB' AS $$
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
        -- Each office in scope (asked for and visible to the caller) and the last instant an at-risk step
        -- can be due: the end of the interval where the horizon runs out (the running totals of 0006).
        SELECT ocs.office_id,
               coalesce((SELECT i.end_at FROM ruqsat.calendar_interval i
                         WHERE i.schedule_id = ocs.schedule_id
                           AND i.elapsed_after > ruqsat.calendar_elapsed_at(ocs.schedule_id, now_at) + at_risk_seconds
                         ORDER BY i.elapsed_after LIMIT 1), 'infinity'::timestamptz) AS horizon_until
        FROM ruqsat.office_calendar_schedules() ocs
        WHERE (office_root IS NULL OR ocs.office_id IN (SELECT t FROM ruqsat.office_subtree(office_root) AS t))
          -- Row-level security's rule for supervisors (0004), which this definer's function bypasses.
          AND (superuser OR ocs.office_id IN (SELECT v FROM ruqsat.caller_visible_offices() AS v))
    ), picked AS (
        SELECT 'overdue'::text AS kind, st.case_id, st.ordinal, st.step, st.started_at, st.due_at, st.finished_at,
               st.actor
        FROM ruqsat.case_step st
        WHERE st.finished_at IS NULL AND st.due_at < now_at
        UNION ALL
        -- Finishing exactly at the due moment is on time (domain.md; 0005 records late = finished > due).
        SELECT 'late', st.case_id, st.ordinal, st.step, st.started_at, st.due_at, st.finished_at, st.actor
        FROM ruqsat.case_step st
        WHERE period_from IS NOT NULL AND st.late AND st.finished_at >= period_from AND st.finished_at < period_to
          AND st.finished_at > st.due_at
        UNION ALL
        SELECT 'at_risk', st.case_id, st.ordinal, st.step, st.started_at, st.due_at, st.finished_at, st.actor
        FROM ruqsat.case_step st
        WHERE at_risk_seconds IS NOT NULL AND st.finished_at IS NULL AND st.due_at >= now_at
          AND st.due_at <= (SELECT max(os.horizon_until) FROM os)
    ), rows AS (
        SELECT p.kind, p.case_id, c.office_id, c.service_code, c.service_version, p.step, p.ordinal,
               CASE WHEN p.finished_at IS NOT NULL THEN p.actor
                    WHEN p.step = 'preparation' THEN c.assignee END AS employee,
               p.started_at, p.due_at, p.finished_at
        FROM picked p
        JOIN ruqsat.cases c ON c.id = p.case_id
        JOIN os ON os.office_id = c.office_id
        WHERE p.kind <> 'at_risk' OR p.due_at <= os.horizon_until
        UNION ALL
        -- The whole case against its total term (domain.md: "the case has the total-term due moment"). It
        -- finishes when closed (0005: completed or refused at intake set closed_at), on time when closed
        -- exactly at case_due (0005 records late = closed_at > case_due).
        SELECT CASE WHEN c.closed_at IS NULL THEN 'case_overdue' ELSE 'case_late' END, c.id, c.office_id,
               c.service_code, c.service_version, NULL, NULL, NULL, c.received_at, c.case_due, c.closed_at
        FROM ruqsat.cases c
        JOIN os ON os.office_id = c.office_id
        WHERE (c.closed_at IS NULL AND c.case_due < now_at)
           OR (period_from IS NOT NULL AND c.late AND c.closed_at >= period_from AND c.closed_at < period_to
               AND c.closed_at > c.case_due)
    )
    SELECT r.kind, r.case_id, r.office_id, r.service_code, r.service_version, r.step, r.ordinal, r.employee,
           sf.full_name, r.started_at, r.due_at, r.finished_at
    FROM rows r
    LEFT JOIN ruqsat.staff sf ON sf.login = r.employee;
END
$$;

GRANT EXECUTE ON FUNCTION ruqsat.report_overdue(timestamptz, timestamptz, timestamptz, text, bigint) TO ruqsat_staff;
