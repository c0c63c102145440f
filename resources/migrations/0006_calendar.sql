--@data :/calendar/kz.json
-- The working-time calendar in the database: the three layers of the national calendar and the years
-- they cover (domain.md, "The Kazakhstan calendar: three layers of data"), loaded from the shipped
-- resources/calendar/kz.json, and the deadline arithmetic of core/calendar/WorkingCalendar in SQL
-- (domain.md, "Working time and deadlines: the product rules").
--
-- Data flow:
--   calendar_year, calendar_fixed_holiday, calendar_kurban_ait, calendar_swap   the layers (edited)
--     -> calendar_day                 every covered date and its kind (NationalCalendar.cpp's rules)
--     -> calendar_schedule            one row per distinct office schedule (zone + weekly hours)
--        calendar_interval            its working intervals in UTC with running totals of working time
--        calendar_working_day         its working days in order with their close of business
-- The derived tables are rebuilt by ruqsat.calendar_rebuild() after every edit, and a schedule's rows
-- when an office with a new zone or schedule appears; working_due and working_seconds_between are then
-- a few index lookups (the binary searches of WorkingCalendar), whatever the span.
--
-- Only the administrative functions below write these tables, each in the caller's transaction with
-- one audit record (ruqsat.audit_admin). An edit never touches deadlines already recorded on cases:
-- ruqsat.calendar_apply_recomputed_dues() does that, explicitly. resources/migrations/API.md, section
-- "Calendar", is the reference.

SET LOCAL ROLE ruqsat_owner;

-- ---------------------------------------------------------------------------------------------------
-- The layers, as in kz.json (core/calendar/CalendarData.h). Every row carries its legal source.

CREATE TABLE ruqsat.calendar_year (
    year        integer PRIMARY KEY CHECK (year BETWEEN 1990 AND 2200),
    -- Filled by the rules known today, its decrees (Kurban Ait, swaps) not yet published.
    provisional boolean NOT NULL,
    source      text NOT NULL CHECK (source ~ '[^[:space:]]')
);

-- Layer 1: law "On holidays", art. 5. valid_from/valid_to bound the years it applies in (inclusive);
-- NULL: open-ended. moves_from_weekend: on a Saturday or Sunday it makes the next working day a day
-- off (false for 7 January, Labour Code art. 84 p. 5).
CREATE TABLE ruqsat.calendar_fixed_holiday (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    month              integer NOT NULL CHECK (month BETWEEN 1 AND 12),
    day                integer NOT NULL CHECK (day BETWEEN 1 AND 31),
    valid_from         integer,
    valid_to           integer,
    moves_from_weekend boolean NOT NULL,
    name               text NOT NULL CHECK (name ~ '[^[:space:]]'),
    source             text NOT NULL CHECK (source ~ '[^[:space:]]'),
    CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to)
);

-- Layer 2: the first day of Kurban Ait, a day off that is never moved (Labour Code art. 84 p. 5).
CREATE TABLE ruqsat.calendar_kurban_ait (
    year   integer PRIMARY KEY REFERENCES ruqsat.calendar_year (year),
    day    date NOT NULL UNIQUE CHECK (extract(year FROM day) = year),
    source text NOT NULL CHECK (source ~ '[^[:space:]]')
);

-- Layer 3: a government decree (Labour Code art. 85 p. 3) makes day_off a day off and working_day a
-- working day.
CREATE TABLE ruqsat.calendar_swap (
    day_off     date PRIMARY KEY,
    working_day date NOT NULL UNIQUE,
    source      text NOT NULL CHECK (source ~ '[^[:space:]]'),
    CHECK (day_off <> working_day)
);

-- Every covered date: core's DayKind (core/calendar/NationalCalendar.h). hours_weekday is the ISO
-- weekday (1 = Monday) whose office hours the day works: its own, or for a weekend day made working by
-- decree the weekday of the day off it replaces (domain.md: "A weekend day made working by decree
-- works the ordinary weekday schedule"); NULL on a day off.
CREATE TABLE ruqsat.calendar_day (
    day           date PRIMARY KEY,
    kind          text NOT NULL CHECK (kind IN ('working_day', 'weekend', 'holiday', 'moved_day_off',
                                                'decreed_day_off', 'decreed_working_day')),
    hours_weekday integer CHECK (hours_weekday BETWEEN 1 AND 7),
    CHECK ((hours_weekday IS NULL) = (kind IN ('holiday', 'moved_day_off', 'decreed_day_off')))
);

-- One office schedule (core/calendar/OfficeSchedule.h): a zone and the weekly hours, "week" being the
-- "week" member of OfficeSchedule::toJson(), Monday first. Offices with the same zone and hours share
-- one row.
CREATE TABLE ruqsat.calendar_schedule (
    id            integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    time_zone     text NOT NULL,
    week          jsonb NOT NULL,
    -- Local midnight starting the first covered date .. local midnight ending the last (inclusive).
    covered_from  timestamptz,
    covered_until timestamptz,
    first_date    date,
    last_date     date,
    -- Working seconds in the whole covered range.
    total_seconds bigint,
    UNIQUE (time_zone, week)
);

-- A schedule's working intervals over the covered range, ascending and disjoint: WorkingCalendar's
-- m_intervalStart/m_intervalEnd/m_elapsedBefore/m_intervalWorkingDay, each search an index.
-- (No foreign key to calendar_schedule: its check per row would cost a quarter of each rebuild; only
-- calendar_build_schedule and calendar_rebuild write these rows.)
CREATE TABLE ruqsat.calendar_interval (
    schedule_id    integer NOT NULL,
    day            date NOT NULL,
    start_at       timestamptz NOT NULL,
    end_at         timestamptz NOT NULL,
    -- Working seconds of the schedule's intervals before this one, and with it.
    elapsed_before bigint NOT NULL,
    elapsed_after  bigint NOT NULL,
    -- Ordinal of its day in calendar_working_day.
    working_day    integer NOT NULL,
    PRIMARY KEY (schedule_id, start_at),
    CHECK (end_at > start_at)
);
CREATE UNIQUE INDEX calendar_interval_end ON ruqsat.calendar_interval (schedule_id, end_at);
CREATE UNIQUE INDEX calendar_interval_elapsed ON ruqsat.calendar_interval (schedule_id, elapsed_after);

-- A schedule's working days in order (ordinal from 0) with their close of business.
CREATE TABLE ruqsat.calendar_working_day (
    schedule_id integer NOT NULL,
    ordinal     integer NOT NULL,
    day         date NOT NULL,
    close_at    timestamptz NOT NULL,
    PRIMARY KEY (schedule_id, ordinal)
);

-- ---------------------------------------------------------------------------------------------------
-- Helpers (not granted: used by the functions below).

-- The standard schedule of domain.md: Monday to Friday 09:00-13:00 and 14:30-18:30.
CREATE FUNCTION ruqsat.calendar_standard_week() RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
    SELECT '[["09:00-13:00","14:30-18:30"],["09:00-13:00","14:30-18:30"],["09:00-13:00","14:30-18:30"],
             ["09:00-13:00","14:30-18:30"],["09:00-13:00","14:30-18:30"],[],[]]'::jsonb
$$;

-- The refusal when the caller may not edit the calendar: a superuser or a Ruqsat administrator may.
CREATE FUNCTION ruqsat.calendar_require_administrator() RETURNS void
LANGUAGE plpgsql STABLE AS $$
BEGIN
    IF NOT (coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = session_user), false)
            OR ruqsat.caller_has_role('administrator')) THEN
        PERFORM ruqsat.refuse('RQ403', 'wrong_role', 'The working calendar is administered by the administrator role.');
    END IF;
END
$$;

CREATE FUNCTION ruqsat.calendar_require_source(legal_source text) RETURNS void
LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    IF legal_source IS NULL OR legal_source !~ '[^[:space:]]' THEN
        PERFORM ruqsat.refuse('RQ400', 'missing_source',
                              'Name the legal source of the change (the decree or law, with its number and date).');
    END IF;
END
$$;

-- Seconds east of UTC of a zone at an instant.
CREATE FUNCTION ruqsat.calendar_zone_offset(moment timestamptz, tz text) RETURNS integer
LANGUAGE sql STABLE AS $$
    SELECT extract(epoch FROM (moment AT TIME ZONE tz) - (moment AT TIME ZONE 'UTC'))::integer
$$;

-- The instant of a wall-clock time in a zone, as core/calendar/ZoneOffsetTable::toUtc: a time that
-- occurs twice (clocks set back) gives the earlier instant; a time the clocks skip gives the instant of
-- the jump, the first moment the clock shows a later time. (PostgreSQL's own "AT TIME ZONE" takes the
-- later instant and reads a skipped time with the offset before the jump, so it is not used alone.)
-- Assumes at most one offset change within a day of the time, which holds for every zone in use.
CREATE FUNCTION ruqsat.calendar_local_to_utc(local_time timestamp, tz text) RETURNS timestamptz
LANGUAGE plpgsql STABLE AS $$
DECLARE
    as_utc timestamptz := local_time AT TIME ZONE 'UTC';
    offset_before integer := ruqsat.calendar_zone_offset(as_utc - interval '1 day', tz);
    offset_after integer := ruqsat.calendar_zone_offset(as_utc + interval '1 day', tz);
    earlier_offset_instant timestamptz := as_utc - make_interval(secs => offset_before);
    later_offset_instant timestamptz := as_utc - make_interval(secs => offset_after);
    fits_before boolean;
    fits_after boolean;
    lo bigint;
    hi bigint;
    mid bigint;
BEGIN
    fits_before := ruqsat.calendar_zone_offset(earlier_offset_instant, tz) = offset_before;
    IF offset_before = offset_after AND fits_before THEN
        RETURN earlier_offset_instant;
    END IF;
    fits_after := ruqsat.calendar_zone_offset(later_offset_instant, tz) = offset_after;
    IF fits_before AND fits_after THEN
        RETURN least(earlier_offset_instant, later_offset_instant);
    ELSIF fits_before THEN
        RETURN earlier_offset_instant;
    ELSIF fits_after THEN
        RETURN later_offset_instant;
    END IF;
    -- Skipped by a jump forward: the jump lies between the two readings; find its second.
    lo := extract(epoch FROM least(earlier_offset_instant, later_offset_instant))::bigint;
    hi := extract(epoch FROM greatest(earlier_offset_instant, later_offset_instant))::bigint;
    WHILE hi - lo > 1 LOOP
        mid := (lo + hi) / 2;
        IF ruqsat.calendar_zone_offset(to_timestamp(mid), tz) = offset_before THEN
            lo := mid;
        ELSE
            hi := mid;
        END IF;
    END LOOP;
    RETURN to_timestamp(hi);
END
$$;

-- An instant as ISO 8601 with the zone's offset, e.g. 2024-03-27T18:30:00+05:00 (core's formatIso).
CREATE FUNCTION ruqsat.calendar_iso_local(moment timestamptz, tz text) RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT to_char(moment AT TIME ZONE tz, 'YYYY-MM-DD"T"HH24:MI:SS')
           || CASE WHEN o < 0 THEN '-' ELSE '+' END
           || to_char(abs(o) / 3600, 'FM00') || ':' || to_char(abs(o) % 3600 / 60, 'FM00')
    FROM (SELECT ruqsat.calendar_zone_offset(moment, tz) AS o) AS z
$$;

-- The weekly hours of a schedule's "week" (OfficeSchedule::fromJson and ::create): 7 arrays, Monday
-- first, of "HH:MM-HH:MM" within 00:00..24:00, each starting before it ends, in order without
-- overlaps, and some working time in the week. Refuses anything else with invalid_schedule.
CREATE FUNCTION ruqsat.calendar_week_intervals(week jsonb)
RETURNS TABLE (weekday integer, start_minute integer, end_minute integer)
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    day_index integer;
    item jsonb;
    parts text[];
    previous_end integer;
    any_time boolean := false;
    from_minute integer;
    to_minute integer;
BEGIN
    IF jsonb_typeof(week) IS DISTINCT FROM 'array' OR jsonb_array_length(week) <> 7 THEN
        PERFORM ruqsat.refuse('RQ400', 'invalid_schedule', 'week: expected an array of 7 days, Monday first.');
    END IF;
    FOR day_index IN 0..6 LOOP
        IF jsonb_typeof(week -> day_index) <> 'array' THEN
            PERFORM ruqsat.refuse('RQ400', 'invalid_schedule',
                                  format('week[%s]: expected an array of intervals.', day_index));
        END IF;
        previous_end := -1;
        FOR item IN SELECT * FROM jsonb_array_elements(week -> day_index) LOOP
            parts := CASE WHEN jsonb_typeof(item) = 'string'
                          THEN regexp_match(item #>> '{}', '^(\d\d):(\d\d)-(\d\d):(\d\d)$') END;
            IF parts IS NULL OR parts[2]::integer >= 60 OR parts[4]::integer >= 60 THEN
                PERFORM ruqsat.refuse('RQ400', 'invalid_schedule',
                                      format('week[%s]: expected "HH:MM-HH:MM", not %s.', day_index, item));
            END IF;
            from_minute := parts[1]::integer * 60 + parts[2]::integer;
            to_minute := parts[3]::integer * 60 + parts[4]::integer;
            IF from_minute >= to_minute OR to_minute > 1440 THEN
                PERFORM ruqsat.refuse('RQ400', 'invalid_schedule',
                                      format('week[%s]: the interval %s must start before it ends, within '
                                             '00:00-24:00.', day_index, item));
            END IF;
            IF from_minute < previous_end THEN
                PERFORM ruqsat.refuse('RQ400', 'invalid_schedule',
                                      format('week[%s]: the interval %s overlaps or precedes the one before it.',
                                             day_index, item));
            END IF;
            previous_end := to_minute;
            any_time := true;
            weekday := day_index + 1;
            start_minute := from_minute;
            end_minute := to_minute;
            RETURN NEXT;
        END LOOP;
    END LOOP;
    IF NOT any_time THEN
        PERFORM ruqsat.refuse('RQ400', 'invalid_schedule', 'the week has no working hours.');
    END IF;
END
$$;

-- ---------------------------------------------------------------------------------------------------
-- The derived tables.

-- Rebuilds one schedule's intervals and working days from calendar_day (WorkingCalendar::build).
CREATE FUNCTION ruqsat.calendar_build_schedule(schedule_key integer) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    s ruqsat.calendar_schedule;
    covered_first date;
    covered_last date;
BEGIN
    SELECT * INTO STRICT s FROM ruqsat.calendar_schedule WHERE id = schedule_key;
    SELECT min(d.day), max(d.day) INTO covered_first, covered_last FROM ruqsat.calendar_day d;
    DELETE FROM ruqsat.calendar_working_day WHERE schedule_id = schedule_key;
    DELETE FROM ruqsat.calendar_interval WHERE schedule_id = schedule_key;

    INSERT INTO ruqsat.calendar_interval (schedule_id, day, start_at, end_at, elapsed_before, elapsed_after,
                                          working_day)
    WITH placed AS MATERIALIZED (
        -- Each day's hours placed on the UTC time line, once.
        SELECT d.day,
               ruqsat.calendar_local_to_utc(d.day + make_interval(mins => h.start_minute), s.time_zone) AS start_at,
               ruqsat.calendar_local_to_utc(d.day + make_interval(mins => h.end_minute), s.time_zone) AS end_at
        FROM ruqsat.calendar_day d
        JOIN ruqsat.calendar_week_intervals(s.week) AS h ON h.weekday = d.hours_weekday
    ), kept AS (
        SELECT p.day, p.start_at, p.end_at,
               extract(epoch FROM p.end_at)::bigint - extract(epoch FROM p.start_at)::bigint AS seconds
        FROM placed p
        -- An interval swallowed whole by a clock jump is no working time.
        WHERE p.end_at > p.start_at
    )
    SELECT schedule_key, k.day, k.start_at, k.end_at, sum(k.seconds) OVER w - k.seconds, sum(k.seconds) OVER w,
           (dense_rank() OVER (ORDER BY k.day) - 1)::integer
    FROM kept k
    WINDOW w AS (ORDER BY k.start_at);

    INSERT INTO ruqsat.calendar_working_day (schedule_id, ordinal, day, close_at)
    SELECT schedule_key, i.working_day, i.day, max(i.end_at)
    FROM ruqsat.calendar_interval i
    WHERE i.schedule_id = schedule_key
    GROUP BY i.working_day, i.day;

    UPDATE ruqsat.calendar_schedule SET
        first_date = covered_first,
        last_date = covered_last,
        covered_from = ruqsat.calendar_local_to_utc(covered_first::timestamp, s.time_zone),
        covered_until = ruqsat.calendar_local_to_utc((covered_last + 1)::timestamp, s.time_zone),
        total_seconds = coalesce((SELECT max(i.elapsed_after) FROM ruqsat.calendar_interval i
                                  WHERE i.schedule_id = schedule_key), 0)
    WHERE id = schedule_key;
END
$$;

-- The schedule row of a zone and weekly hours, created and built when new. Refuses an unknown zone or
-- malformed hours with invalid_schedule.
CREATE FUNCTION ruqsat.calendar_ensure_schedule(tz text, hours jsonb) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
    found_id integer;
BEGIN
    SELECT id INTO found_id FROM ruqsat.calendar_schedule s WHERE s.time_zone = tz AND s.week = hours;
    IF found_id IS NOT NULL THEN
        RETURN found_id;
    END IF;
    BEGIN
        PERFORM now() AT TIME ZONE tz;
    EXCEPTION WHEN invalid_parameter_value THEN
        PERFORM ruqsat.refuse('RQ400', 'invalid_schedule', format('unknown time zone "%s".', tz));
    END;
    PERFORM count(*) FROM ruqsat.calendar_week_intervals(hours);
    -- After a calendar edit in progress (its lock), so that the new schedule is built from the edited
    -- days, or the edit, waiting for us, rebuilds it too.
    PERFORM pg_advisory_xact_lock(8243006);
    INSERT INTO ruqsat.calendar_schedule (time_zone, week) VALUES (tz, hours)
    ON CONFLICT DO NOTHING RETURNING id INTO found_id;
    IF found_id IS NULL THEN
        -- Created by a concurrent transaction that committed meanwhile.
        SELECT id INTO STRICT found_id FROM ruqsat.calendar_schedule s
        WHERE s.time_zone = tz AND s.week = hours;
        RETURN found_id;
    END IF;
    IF EXISTS (SELECT FROM ruqsat.calendar_day) THEN
        PERFORM ruqsat.calendar_build_schedule(found_id);
    END IF;
    RETURN found_id;
END
$$;

-- The schedule an office works by: its time_zone column and the "week" of its schedule (the schedule
-- JSON's own "timeZone" is not used: the column is the office's zone), or the standard week.
CREATE FUNCTION ruqsat.calendar_office_week(schedule jsonb) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN schedule IS NULL THEN ruqsat.calendar_standard_week() ELSE schedule -> 'week' END
$$;

-- Every offices' schedule is known and built: on a new office, a new zone or new hours.
CREATE FUNCTION ruqsat.calendar_office_changed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = ruqsat, pg_temp AS $$
BEGIN
    IF NEW.schedule IS NOT NULL AND jsonb_typeof(NEW.schedule) IS DISTINCT FROM 'object' THEN
        PERFORM ruqsat.refuse('RQ400', 'invalid_schedule', 'the schedule must be a JSON object.');
    END IF;
    PERFORM ruqsat.calendar_ensure_schedule(NEW.time_zone, ruqsat.calendar_office_week(NEW.schedule));
    RETURN NEW;
END
$$;
CREATE TRIGGER office_calendar_schedule AFTER INSERT OR UPDATE OF time_zone, schedule ON ruqsat.office
    FOR EACH ROW EXECUTE FUNCTION ruqsat.calendar_office_changed();

CREATE FUNCTION ruqsat.calendar_kind_text(kind text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT replace(kind, '_', ' ')
$$;

-- Recomputes calendar_day from the layers with the rules of core/calendar/NationalCalendar.cpp, checks
-- the data as CalendarData::create does, then rebuilds every schedule in use. Any inconsistency is
-- refused (RQ400) and, raised inside the edit's transaction, undoes the edit.
CREATE FUNCTION ruqsat.calendar_rebuild() RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    first_covered integer;
    last_covered integer;
    first_date date;
    last_date date;
    r record;
    dates date[] := '{}';
    kinds text[] := '{}';
    current_kind text;
    pending_moves integer := 0;
    off_index integer;
    work_index integer;
    schedule_row record;
BEGIN
    SELECT min(year), max(year) INTO first_covered, last_covered FROM ruqsat.calendar_year;
    IF first_covered IS NULL THEN
        PERFORM ruqsat.refuse('RQ400', 'invalid_calendar_data', 'The calendar must cover at least one year.');
    END IF;
    IF (SELECT count(*) FROM ruqsat.calendar_year) <> last_covered - first_covered + 1 THEN
        PERFORM ruqsat.refuse('RQ400', 'invalid_calendar_data', 'The covered years must be consecutive.');
    END IF;
    -- A confirmed year without its Kurban Ait would silently count that day off as working.
    SELECT y.year INTO r FROM ruqsat.calendar_year y
    WHERE NOT y.provisional AND NOT EXISTS (SELECT FROM ruqsat.calendar_kurban_ait k WHERE k.year = y.year)
    ORDER BY y.year LIMIT 1;
    IF FOUND THEN
        PERFORM ruqsat.refuse('RQ400', 'missing_kurban_ait',
                              format('%s is not provisional but has no date of Kurban Ait.', r.year));
    END IF;
    first_date := make_date(first_covered, 1, 1);
    last_date := make_date(last_covered, 12, 31);
    SELECT s.* INTO r FROM ruqsat.calendar_swap s
    WHERE least(s.day_off, s.working_day) < first_date OR greatest(s.day_off, s.working_day) > last_date
    ORDER BY s.day_off LIMIT 1;
    IF FOUND THEN
        PERFORM ruqsat.refuse('RQ400', 'outside_calendar',
                              format('The swap %s <- %s is outside the covered years %s-%s.', r.day_off,
                                     r.working_day, first_covered, last_covered));
    END IF;

    -- Layers 1 and 2, and the days off they move (law "On holidays", art. 5): each holiday on a
    -- Saturday or Sunday that moves makes the next working day a day off, in order (Nauryz 2020: Sat 21
    -- and Sun 22 March give Tue 24 and Wed 25, Mon 23 being a holiday itself). 7 January and Kurban Ait
    -- never move (Labour Code art. 84 p. 5).
    FOR r IN
        SELECT g.date,
               (f.date IS NOT NULL OR k.year IS NOT NULL) AS holiday,
               coalesce(f.moves, false) AS moves,
               extract(isodow FROM g.date) >= 6 AS weekend
        FROM (SELECT d::date AS date FROM generate_series(first_date, last_date, interval '1 day') AS d) AS g
        LEFT JOIN ruqsat.calendar_kurban_ait k ON k.day = g.date
        LEFT JOIN LATERAL (
            SELECT g.date, bool_or(h.moves_from_weekend) AS moves
            FROM ruqsat.calendar_fixed_holiday h
            WHERE h.month = extract(month FROM g.date) AND h.day = extract(day FROM g.date)
              AND (h.valid_from IS NULL OR h.valid_from <= extract(year FROM g.date))
              AND (h.valid_to IS NULL OR h.valid_to >= extract(year FROM g.date))
            HAVING count(*) > 0
        ) AS f ON true
        ORDER BY g.date
    LOOP
        IF r.holiday THEN
            current_kind := 'holiday';
            IF r.weekend AND r.moves THEN
                pending_moves := pending_moves + 1;
            END IF;
        ELSIF r.weekend THEN
            current_kind := 'weekend';
        ELSIF pending_moves > 0 THEN
            current_kind := 'moved_day_off';
            pending_moves := pending_moves - 1;
        ELSE
            current_kind := 'working_day';
        END IF;
        dates := dates || r.date;
        kinds := kinds || current_kind;
    END LOOP;

    -- Layer 3 on top (Labour Code art. 85 p. 3): a decree swaps an ordinary working day with a day that
    -- would otherwise be free. Anything else is refused, most likely a mistyped date.
    FOR r IN SELECT * FROM ruqsat.calendar_swap ORDER BY day_off LOOP
        off_index := r.day_off - first_date + 1;
        work_index := r.working_day - first_date + 1;
        IF kinds[off_index] <> 'working_day' THEN
            PERFORM ruqsat.refuse('RQ400', 'swap_does_not_fit',
                                  format('The swap %s <- %s (source: %s): %s is not an ordinary working day (it is '
                                         'a %s), so a decree cannot make it a day off.', r.day_off, r.working_day,
                                         r.source, r.day_off, ruqsat.calendar_kind_text(kinds[off_index])));
        END IF;
        IF kinds[work_index] NOT IN ('weekend', 'moved_day_off') THEN
            PERFORM ruqsat.refuse('RQ400', 'swap_does_not_fit',
                                  format('The swap %s <- %s (source: %s): %s is not a weekend or moved day off (it '
                                         'is a %s), so a decree cannot make it a working day.', r.day_off,
                                         r.working_day, r.source, r.working_day,
                                         ruqsat.calendar_kind_text(kinds[work_index])));
        END IF;
        kinds[off_index] := 'decreed_day_off';
        kinds[work_index] := 'decreed_working_day';
    END LOOP;

    DELETE FROM ruqsat.calendar_day;
    INSERT INTO ruqsat.calendar_day (day, kind, hours_weekday)
    SELECT u.date, u.kind,
           CASE WHEN u.kind IN ('holiday', 'moved_day_off', 'decreed_day_off') THEN NULL
                WHEN u.kind = 'decreed_working_day' AND extract(isodow FROM u.date) >= 6
                    THEN (SELECT extract(isodow FROM s.day_off)::integer FROM ruqsat.calendar_swap s
                          WHERE s.working_day = u.date)
                ELSE extract(isodow FROM u.date)::integer END
    FROM unnest(dates, kinds) AS u(date, kind);

    -- Schedules no office uses any more go, except the standard one; the others are rebuilt.
    DELETE FROM ruqsat.calendar_schedule s
    WHERE NOT (s.time_zone = 'Asia/Almaty' AND s.week = ruqsat.calendar_standard_week())
      AND NOT EXISTS (SELECT FROM ruqsat.office o
                      WHERE o.time_zone = s.time_zone AND ruqsat.calendar_office_week(o.schedule) = s.week);
    DELETE FROM ruqsat.calendar_interval i
    WHERE NOT EXISTS (SELECT FROM ruqsat.calendar_schedule s WHERE s.id = i.schedule_id);
    DELETE FROM ruqsat.calendar_working_day w
    WHERE NOT EXISTS (SELECT FROM ruqsat.calendar_schedule s WHERE s.id = w.schedule_id);
    FOR schedule_row IN SELECT id FROM ruqsat.calendar_schedule ORDER BY id LOOP
        PERFORM ruqsat.calendar_build_schedule(schedule_row.id);
    END LOOP;
END
$$;

-- ---------------------------------------------------------------------------------------------------
-- Working-time arithmetic (core/calendar/WorkingCalendar.cpp, the same tables and the same searches).

-- The schedule an office works by; refuses an unknown office.
CREATE FUNCTION ruqsat.calendar_schedule_of(office_key text) RETURNS ruqsat.calendar_schedule
LANGUAGE plpgsql STABLE AS $$
DECLARE
    o ruqsat.office;
    s ruqsat.calendar_schedule;
BEGIN
    SELECT * INTO o FROM ruqsat.office WHERE id = office_key;
    IF NOT FOUND THEN
        PERFORM ruqsat.refuse('RQ404', 'unknown_office', format('There is no office "%s".', office_key));
    END IF;
    SELECT * INTO s FROM ruqsat.calendar_schedule
    WHERE time_zone = o.time_zone AND week = ruqsat.calendar_office_week(o.schedule);
    IF NOT FOUND OR s.total_seconds IS NULL THEN
        RAISE EXCEPTION 'the working calendar of office % is not built', office_key;
    END IF;
    RETURN s;
END
$$;

CREATE FUNCTION ruqsat.calendar_outside(s ruqsat.calendar_schedule, moment timestamptz) RETURNS void
LANGUAGE plpgsql STABLE AS $$
BEGIN
    PERFORM ruqsat.refuse('RQ400', 'outside_calendar',
                          format('%s is outside the working calendar, which covers %s to %s.',
                                 ruqsat.calendar_iso_local(moment, s.time_zone), s.first_date, s.last_date));
END
$$;

CREATE FUNCTION ruqsat.calendar_beyond_end(s ruqsat.calendar_schedule, start timestamptz) RETURNS void
LANGUAGE plpgsql STABLE AS $$
BEGIN
    PERFORM ruqsat.refuse('RQ400', 'outside_calendar',
                          format('Counted from %s, the working time runs past %s, the end of the working calendar, '
                                 'which covers %s to %s.', ruqsat.calendar_iso_local(start, s.time_zone),
                                 s.last_date, s.first_date, s.last_date));
END
$$;

-- Working seconds from the start of the covered range to `at` (WorkingCalendar::elapsedAt).
CREATE FUNCTION ruqsat.calendar_elapsed_at(schedule_key integer, moment timestamptz) RETURNS bigint
LANGUAGE sql STABLE AS $$
    SELECT coalesce((SELECT i.elapsed_before + extract(epoch FROM least(moment, i.end_at))::bigint
                                             - extract(epoch FROM i.start_at)::bigint
                     FROM ruqsat.calendar_interval i
                     WHERE i.schedule_id = schedule_key AND i.start_at <= moment
                     ORDER BY i.start_at DESC LIMIT 1), 0)
$$;

-- A duration "15m", "3h", "8d" (core/calendar/WorkingDuration::parse: the same refusals and limits).
CREATE FUNCTION ruqsat.calendar_parse_duration(duration text, OUT amount integer, OUT unit text)
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    trimmed text := regexp_replace(duration, '^[[:space:]]+|[[:space:]]+$', '', 'g');
    parts text[];
    maximum integer;
BEGIN
    IF trimmed = '' THEN
        PERFORM ruqsat.refuse('RQ400', 'empty_duration',
                              'The duration is empty: write a whole number and a unit, e.g. 15m, 3h or 8d.');
    END IF;
    IF left(trimmed, 1) = '-' THEN
        PERFORM ruqsat.refuse('RQ400', 'negative_duration',
                              format('Invalid duration ''%s'': a duration cannot be negative.', trimmed));
    END IF;
    parts := regexp_match(trimmed, '^([0-9]*)(.*)$');
    unit := regexp_replace(parts[2], '^[[:space:]]+|[[:space:]]+$', '', 'g');
    IF parts[1] = '' OR left(unit, 1) IN ('.', ',') THEN
        PERFORM ruqsat.refuse('RQ400', 'malformed_duration',
                              format('Invalid duration ''%s'': the amount must be a whole number of minutes, hours '
                                     'or days, e.g. 15m, 3h or 8d.', trimmed));
    END IF;
    IF unit = '' THEN
        PERFORM ruqsat.refuse('RQ400', 'missing_duration_unit',
                              format('Invalid duration ''%s'': the unit is missing: write m (minutes), h (hours) or '
                                     'd (working days) after the number.', trimmed));
    END IF;
    maximum := CASE unit WHEN 'm' THEN 100000 WHEN 'h' THEN 2000 WHEN 'd' THEN 366 END;
    IF maximum IS NULL THEN
        PERFORM ruqsat.refuse('RQ400', 'unknown_duration_unit',
                              format('Invalid duration ''%s'': unknown unit ''%s'': use m (minutes), h (hours) or d '
                                     '(working days).', trimmed, unit));
    END IF;
    IF length(parts[1]) > 9 OR parts[1]::integer > maximum THEN
        PERFORM ruqsat.refuse('RQ400', 'duration_too_long',
                              format('Invalid duration ''%s'': the longest allowed is %s%s.', trimmed, maximum, unit));
    END IF;
    amount := parts[1]::integer;
    IF amount = 0 THEN
        PERFORM ruqsat.refuse('RQ400', 'zero_duration',
                              format('Invalid duration ''%s'': a duration must be at least 1%s.', trimmed, unit));
    END IF;
END
$$;

-- WorkingCalendar::addWorkingMinutes for minutes > 0.
CREATE FUNCTION ruqsat.calendar_add_minutes(s ruqsat.calendar_schedule, start timestamptz, minutes bigint)
RETURNS timestamptz
LANGUAGE plpgsql STABLE AS $$
DECLARE
    target bigint;
    reached ruqsat.calendar_interval;
BEGIN
    IF start < s.covered_from OR start > s.covered_until THEN
        PERFORM ruqsat.calendar_outside(s, start);
    END IF;
    IF minutes > s.total_seconds / 60 THEN
        PERFORM ruqsat.calendar_beyond_end(s, start);
    END IF;
    target := ruqsat.calendar_elapsed_at(s.id, start) + minutes * 60;
    IF target > s.total_seconds THEN
        PERFORM ruqsat.calendar_beyond_end(s, start);
    END IF;
    -- domain.md: the duration ends at the FIRST instant with that much working time behind it, so an
    -- amount that uses up the morning ends at 13:00, not at 14:30: the first interval whose running
    -- total reaches the target.
    SELECT * INTO reached FROM ruqsat.calendar_interval i
    WHERE i.schedule_id = s.id AND i.elapsed_after >= target
    ORDER BY i.elapsed_after LIMIT 1;
    RETURN reached.start_at + make_interval(secs => target - reached.elapsed_before);
END
$$;

-- WorkingCalendar::addWorkingDays: the day of receipt is the date of the first working moment at or
-- after the start (after hours, a weekend or a holiday count as the next working day); it is not
-- counted, and the term ends at the close of business of the N-th working day after it.
CREATE FUNCTION ruqsat.calendar_add_days(s ruqsat.calendar_schedule, start timestamptz, days integer)
RETURNS timestamptz
LANGUAGE plpgsql STABLE AS $$
DECLARE
    receipt_day integer;
    close_of_business timestamptz;
BEGIN
    IF start < s.covered_from OR start > s.covered_until THEN
        PERFORM ruqsat.calendar_outside(s, start);
    END IF;
    SELECT i.working_day INTO receipt_day FROM ruqsat.calendar_interval i
    WHERE i.schedule_id = s.id AND i.end_at > start
    ORDER BY i.end_at LIMIT 1;
    IF receipt_day IS NULL THEN
        PERFORM ruqsat.calendar_beyond_end(s, start);
    END IF;
    SELECT w.close_at INTO close_of_business FROM ruqsat.calendar_working_day w
    WHERE w.schedule_id = s.id AND w.ordinal = receipt_day + days;
    IF close_of_business IS NULL THEN
        PERFORM ruqsat.calendar_beyond_end(s, start);
    END IF;
    RETURN close_of_business;
END
$$;

-- ---------------------------------------------------------------------------------------------------
-- The public arithmetic. Instants are taken to the whole second, as core's Instant.

-- The due moment of a step of `duration` ("15m", "3h", "8d") started at `start` in the office's zone
-- and schedule: minutes and hours of working time end at the first instant that much has elapsed;
-- days end at the close of business of the N-th working day after the day of receipt.
CREATE FUNCTION ruqsat.working_due(office_id text, start timestamptz, duration text) RETURNS timestamptz
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = ruqsat, pg_temp AS $$
DECLARE
    s ruqsat.calendar_schedule;
    parsed record;
    moment timestamptz := date_trunc('second', working_due.start);
BEGIN
    IF working_due.office_id IS NULL OR working_due.start IS NULL OR working_due.duration IS NULL THEN
        PERFORM ruqsat.refuse('RQ400', 'missing_argument', 'working_due needs an office, a start and a duration.');
    END IF;
    parsed := ruqsat.calendar_parse_duration(working_due.duration);
    s := ruqsat.calendar_schedule_of(working_due.office_id);
    IF parsed.unit = 'd' THEN
        RETURN ruqsat.calendar_add_days(s, moment, parsed.amount);
    END IF;
    RETURN ruqsat.calendar_add_minutes(s, moment, CASE parsed.unit WHEN 'h' THEN parsed.amount::bigint * 60
                                                                ELSE parsed.amount::bigint END);
END
$$;

-- Working seconds elapsed from a to b in the office's zone and schedule; 0 when b <= a. NULL in, NULL
-- out.
CREATE FUNCTION ruqsat.working_seconds_between(office_id text, a timestamptz, b timestamptz) RETURNS bigint
LANGUAGE plpgsql STABLE STRICT SECURITY DEFINER SET search_path = ruqsat, pg_temp AS $$
DECLARE
    s ruqsat.calendar_schedule := ruqsat.calendar_schedule_of(working_seconds_between.office_id);
    from_at timestamptz := date_trunc('second', working_seconds_between.a);
    to_at timestamptz := date_trunc('second', working_seconds_between.b);
BEGIN
    IF from_at < s.covered_from OR from_at > s.covered_until THEN
        PERFORM ruqsat.calendar_outside(s, from_at);
    END IF;
    IF to_at < s.covered_from OR to_at > s.covered_until THEN
        PERFORM ruqsat.calendar_outside(s, to_at);
    END IF;
    IF to_at <= from_at THEN
        RETURN 0;
    END IF;
    RETURN ruqsat.calendar_elapsed_at(s.id, to_at) - ruqsat.calendar_elapsed_at(s.id, from_at);
END
$$;

-- The calendar as a kz.json document (core's CalendarData::fromJson reads it).
CREATE FUNCTION ruqsat.calendar_document() RETURNS jsonb
LANGUAGE sql STABLE SET search_path = ruqsat, pg_temp AS $$
    SELECT jsonb_build_object(
        'format', 1,
        'years', coalesce((SELECT jsonb_agg(jsonb_build_object('year', y.year, 'provisional', y.provisional,
                                                               'source', y.source) ORDER BY y.year)
                           FROM ruqsat.calendar_year y), '[]'::jsonb),
        'fixedHolidays', coalesce((SELECT jsonb_agg(jsonb_build_object(
                                              'month', h.month, 'day', h.day, 'validFrom', h.valid_from,
                                              'validTo', h.valid_to, 'movesFromWeekend', h.moves_from_weekend,
                                              'name', h.name, 'source', h.source)
                                          ORDER BY h.month, h.day, h.valid_from NULLS FIRST, h.id)
                                   FROM ruqsat.calendar_fixed_holiday h), '[]'::jsonb),
        'kurbanAit', coalesce((SELECT jsonb_agg(jsonb_build_object('date', to_char(k.day, 'YYYY-MM-DD'),
                                                                   'source', k.source) ORDER BY k.day)
                               FROM ruqsat.calendar_kurban_ait k), '[]'::jsonb),
        'swaps', coalesce((SELECT jsonb_agg(jsonb_build_object('dayOff', to_char(s.day_off, 'YYYY-MM-DD'),
                                                               'workingDay', to_char(s.working_day, 'YYYY-MM-DD'),
                                                               'source', s.source) ORDER BY s.day_off)
                           FROM ruqsat.calendar_swap s), '[]'::jsonb))
$$;

-- An office's schedule as OfficeSchedule::fromJson reads it: {"timeZone": ..., "week": [...]}.
CREATE FUNCTION ruqsat.office_schedule(office_id text) RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = ruqsat, pg_temp AS $$
DECLARE
    result jsonb;
BEGIN
    SELECT jsonb_build_object('timeZone', o.time_zone, 'week', ruqsat.calendar_office_week(o.schedule))
    INTO result FROM ruqsat.office o WHERE o.id = office_schedule.office_id;
    IF result IS NULL THEN
        PERFORM ruqsat.refuse('RQ404', 'unknown_office', format('There is no office "%s".', office_schedule.office_id));
    END IF;
    RETURN result;
END
$$;

-- ---------------------------------------------------------------------------------------------------
-- Administration. Each function: the caller is a superuser or holds the administrator role (else
-- wrong_role), names the legal source (else missing_source), the change is checked like CalendarData
-- checks it, written, the derived tables rebuilt, and one audit record written, all in the caller's
-- transaction; a refusal leaves nothing changed. Returns the audit record's id. Edits are serialised.

CREATE FUNCTION ruqsat.calendar_holiday_json(h ruqsat.calendar_fixed_holiday) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
    SELECT jsonb_build_object('month', h.month, 'day', h.day, 'validFrom', h.valid_from, 'validTo', h.valid_to,
                              'movesFromWeekend', h.moves_from_weekend, 'name', h.name, 'source', h.source)
$$;

CREATE FUNCTION ruqsat.calendar_begin_edit(legal_source text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM ruqsat.calendar_require_administrator();
    PERFORM ruqsat.calendar_require_source(legal_source);
    PERFORM pg_advisory_xact_lock(8243006);
END
$$;

CREATE FUNCTION ruqsat.calendar_finish_edit(action text, legal_source text, old_value jsonb, new_value jsonb)
RETURNS bigint
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM ruqsat.calendar_rebuild();
    RETURN ruqsat.audit_admin(action, jsonb_build_object('source', legal_source, 'old', old_value, 'new', new_value));
END
$$;

CREATE FUNCTION ruqsat.calendar_add_holiday(holiday_month integer, holiday_day integer, valid_from_year integer,
                                            valid_to_year integer, moves boolean, holiday_name text,
                                            legal_source text)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = ruqsat, pg_temp AS $$
DECLARE
    added ruqsat.calendar_fixed_holiday;
    clash ruqsat.calendar_fixed_holiday;
BEGIN
    PERFORM ruqsat.calendar_begin_edit(legal_source);
    IF holiday_month IS NULL OR holiday_month NOT BETWEEN 1 AND 12 THEN
        PERFORM ruqsat.refuse('RQ400', 'invalid_holiday', format('%s is not a month (1-12).', holiday_month));
    END IF;
    -- 2000 is a leap year: 29 February is a possible (if unlikely) holiday.
    IF holiday_day IS NULL OR holiday_day < 1
       OR holiday_day > extract(day FROM make_date(2000, holiday_month, 1) + interval '1 month' - interval '1 day') THEN
        PERFORM ruqsat.refuse('RQ400', 'invalid_holiday',
                              format('%s is not a day of month %s.', holiday_day, holiday_month));
    END IF;
    IF valid_from_year > valid_to_year THEN
        PERFORM ruqsat.refuse('RQ400', 'invalid_holiday',
                              format('The last year %s is before the first year %s.', valid_to_year, valid_from_year));
    END IF;
    IF ruqsat.blank(holiday_name) THEN
        PERFORM ruqsat.refuse('RQ400', 'invalid_holiday', 'Name the holiday.');
    END IF;
    IF moves IS NULL THEN
        PERFORM ruqsat.refuse('RQ400', 'invalid_holiday', 'Say whether the holiday moves off a weekend.');
    END IF;
    SELECT * INTO clash FROM ruqsat.calendar_fixed_holiday h
    WHERE h.month = holiday_month AND h.day = holiday_day
      AND (valid_from_year IS NULL OR h.valid_to IS NULL OR valid_from_year <= h.valid_to)
      AND (h.valid_from IS NULL OR valid_to_year IS NULL OR h.valid_from <= valid_to_year)
    LIMIT 1;
    IF FOUND THEN
        PERFORM ruqsat.refuse('RQ409', 'holiday_exists',
                              format('%s-%s is already a holiday (%s) in some of the same years.',
                                     to_char(holiday_month, 'FM00'), to_char(holiday_day, 'FM00'), clash.name));
    END IF;
    INSERT INTO ruqsat.calendar_fixed_holiday (month, day, valid_from, valid_to, moves_from_weekend, name, source)
    VALUES (holiday_month, holiday_day, valid_from_year, valid_to_year, moves, btrim(holiday_name), legal_source)
    RETURNING * INTO added;
    RETURN ruqsat.calendar_finish_edit('calendar_add_holiday', legal_source, NULL,
                                       ruqsat.calendar_holiday_json(added));
END
$$;

-- Removes the holiday on that month and day: the one applying in `applies_in`, or when that is NULL
-- the only one listed for the date.
CREATE FUNCTION ruqsat.calendar_remove_holiday(holiday_month integer, holiday_day integer, applies_in integer,
                                               legal_source text)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = ruqsat, pg_temp AS $$
DECLARE
    removed ruqsat.calendar_fixed_holiday;
    matches integer;
BEGIN
    PERFORM ruqsat.calendar_begin_edit(legal_source);
    SELECT count(*) INTO matches FROM ruqsat.calendar_fixed_holiday h
    WHERE h.month = holiday_month AND h.day = holiday_day
      AND (applies_in IS NULL OR ((h.valid_from IS NULL OR h.valid_from <= applies_in)
                                  AND (h.valid_to IS NULL OR h.valid_to >= applies_in)));
    IF matches = 0 THEN
        PERFORM ruqsat.refuse('RQ404', 'unknown_holiday',
                              format('No fixed holiday on %s-%s%s.', to_char(holiday_month, 'FM00'),
                                     to_char(holiday_day, 'FM00'),
                                     CASE WHEN applies_in IS NULL THEN '' ELSE format(' in %s', applies_in) END));
    END IF;
    IF matches > 1 THEN
        PERFORM ruqsat.refuse('RQ400', 'ambiguous_holiday',
                              format('%s-%s is listed for several spans of years: name a year it applies in.',
                                     to_char(holiday_month, 'FM00'), to_char(holiday_day, 'FM00')));
    END IF;
    DELETE FROM ruqsat.calendar_fixed_holiday h
    WHERE h.month = holiday_month AND h.day = holiday_day
      AND (applies_in IS NULL OR ((h.valid_from IS NULL OR h.valid_from <= applies_in)
                                  AND (h.valid_to IS NULL OR h.valid_to >= applies_in)))
    RETURNING * INTO removed;
    RETURN ruqsat.calendar_finish_edit('calendar_remove_holiday', legal_source,
                                       ruqsat.calendar_holiday_json(removed), NULL);
END
$$;

CREATE FUNCTION ruqsat.calendar_add_swap(off_date date, work_date date, legal_source text) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = ruqsat, pg_temp AS $$
DECLARE
    clash ruqsat.calendar_swap;
BEGIN
    PERFORM ruqsat.calendar_begin_edit(legal_source);
    IF off_date IS NULL OR work_date IS NULL OR off_date = work_date THEN
        PERFORM ruqsat.refuse('RQ400', 'invalid_swap', 'A swap needs a day off and a different working day.');
    END IF;
    IF NOT EXISTS (SELECT FROM ruqsat.calendar_day WHERE day = off_date)
       OR NOT EXISTS (SELECT FROM ruqsat.calendar_day WHERE day = work_date) THEN
        PERFORM ruqsat.refuse('RQ400', 'outside_calendar',
                              format('The swap %s <- %s is outside the covered years %s-%s.', off_date, work_date,
                                     (SELECT min(year) FROM ruqsat.calendar_year),
                                     (SELECT max(year) FROM ruqsat.calendar_year)));
    END IF;
    SELECT * INTO clash FROM ruqsat.calendar_swap s
    WHERE s.day_off IN (off_date, work_date) OR s.working_day IN (off_date, work_date) LIMIT 1;
    IF FOUND THEN
        PERFORM ruqsat.refuse('RQ409', 'swap_exists',
                              format('The swap %s <- %s (source: %s) already moves one of these days.', clash.day_off,
                                     clash.working_day, clash.source));
    END IF;
    INSERT INTO ruqsat.calendar_swap (day_off, working_day, source) VALUES (off_date, work_date, legal_source);
    RETURN ruqsat.calendar_finish_edit('calendar_add_swap', legal_source, NULL,
                                       jsonb_build_object('dayOff', off_date, 'workingDay', work_date,
                                                          'source', legal_source));
END
$$;

CREATE FUNCTION ruqsat.calendar_remove_swap(off_date date, legal_source text) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = ruqsat, pg_temp AS $$
DECLARE
    removed ruqsat.calendar_swap;
BEGIN
    PERFORM ruqsat.calendar_begin_edit(legal_source);
    DELETE FROM ruqsat.calendar_swap s WHERE s.day_off = off_date RETURNING * INTO removed;
    IF NOT FOUND THEN
        PERFORM ruqsat.refuse('RQ404', 'unknown_swap', format('No decreed swap makes %s a day off.', off_date));
    END IF;
    RETURN ruqsat.calendar_finish_edit('calendar_remove_swap', legal_source,
                                       jsonb_build_object('dayOff', removed.day_off, 'workingDay', removed.working_day,
                                                          'source', removed.source), NULL);
END
$$;

-- Sets (or corrects) the first day of Kurban Ait of the date's year.
CREATE FUNCTION ruqsat.calendar_set_kurban_ait(kurban_date date, legal_source text) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = ruqsat, pg_temp AS $$
DECLARE
    previous ruqsat.calendar_kurban_ait;
    of_year integer := extract(year FROM kurban_date);
BEGIN
    PERFORM ruqsat.calendar_begin_edit(legal_source);
    IF kurban_date IS NULL OR NOT EXISTS (SELECT FROM ruqsat.calendar_year y WHERE y.year = of_year) THEN
        PERFORM ruqsat.refuse('RQ400', 'outside_calendar',
                              format('%s is outside the covered years %s-%s; add the year first.', kurban_date,
                                     (SELECT min(year) FROM ruqsat.calendar_year),
                                     (SELECT max(year) FROM ruqsat.calendar_year)));
    END IF;
    SELECT * INTO previous FROM ruqsat.calendar_kurban_ait k WHERE k.year = of_year;
    INSERT INTO ruqsat.calendar_kurban_ait (year, day, source) VALUES (of_year, kurban_date, legal_source)
    ON CONFLICT (year) DO UPDATE SET day = excluded.day, source = excluded.source;
    RETURN ruqsat.calendar_finish_edit('calendar_set_kurban_ait', legal_source,
                                       CASE WHEN previous.year IS NOT NULL
                                            THEN jsonb_build_object('date', previous.day, 'source', previous.source)
                                       END,
                                       jsonb_build_object('date', kurban_date, 'source', legal_source));
END
$$;

-- Covers one more year, right after the last covered one or right before the first. A year that is not
-- provisional needs its Kurban Ait date.
CREATE FUNCTION ruqsat.calendar_add_year(covered_year integer, is_provisional boolean, kurban_date date,
                                         legal_source text)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = ruqsat, pg_temp AS $$
DECLARE
    first_covered integer;
    last_covered integer;
BEGIN
    PERFORM ruqsat.calendar_begin_edit(legal_source);
    SELECT min(year), max(year) INTO first_covered, last_covered FROM ruqsat.calendar_year;
    IF covered_year IS NULL OR covered_year NOT BETWEEN 1990 AND 2200 THEN
        PERFORM ruqsat.refuse('RQ400', 'invalid_year', format('%s is not a year between 1990 and 2200.', covered_year));
    END IF;
    IF covered_year BETWEEN first_covered AND last_covered THEN
        PERFORM ruqsat.refuse('RQ409', 'year_exists', format('%s is covered already.', covered_year));
    END IF;
    IF first_covered IS NOT NULL AND covered_year NOT IN (first_covered - 1, last_covered + 1) THEN
        PERFORM ruqsat.refuse('RQ400', 'invalid_year',
                              format('The covered years are %s-%s: the next one to add is %s (or %s).', first_covered,
                                     last_covered, last_covered + 1, first_covered - 1));
    END IF;
    IF is_provisional IS NULL THEN
        PERFORM ruqsat.refuse('RQ400', 'invalid_year', 'Say whether the year is provisional.');
    END IF;
    IF kurban_date IS NOT NULL AND extract(year FROM kurban_date) <> covered_year THEN
        PERFORM ruqsat.refuse('RQ400', 'invalid_year',
                              format('The Kurban Ait date %s is not in %s.', kurban_date, covered_year));
    END IF;
    IF NOT is_provisional AND kurban_date IS NULL THEN
        PERFORM ruqsat.refuse('RQ400', 'missing_kurban_ait',
                              format('%s is not provisional, so it needs its date of Kurban Ait.', covered_year));
    END IF;
    INSERT INTO ruqsat.calendar_year (year, provisional, source) VALUES (covered_year, is_provisional, legal_source);
    IF kurban_date IS NOT NULL THEN
        INSERT INTO ruqsat.calendar_kurban_ait (year, day, source) VALUES (covered_year, kurban_date, legal_source);
    END IF;
    RETURN ruqsat.calendar_finish_edit('calendar_add_year', legal_source, NULL,
                                       jsonb_build_object('year', covered_year, 'provisional', is_provisional,
                                                          'kurbanAit', kurban_date, 'source', legal_source));
END
$$;

-- Marks a covered year provisional or confirmed (its source becomes legal_source). Confirming needs the
-- year's Kurban Ait date.
CREATE FUNCTION ruqsat.calendar_set_year_provisional(covered_year integer, is_provisional boolean,
                                                     legal_source text)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = ruqsat, pg_temp AS $$
DECLARE
    previous ruqsat.calendar_year;
BEGIN
    PERFORM ruqsat.calendar_begin_edit(legal_source);
    SELECT * INTO previous FROM ruqsat.calendar_year y WHERE y.year = covered_year;
    IF NOT FOUND THEN
        PERFORM ruqsat.refuse('RQ404', 'unknown_year', format('%s is not a covered year.', covered_year));
    END IF;
    IF is_provisional IS NULL THEN
        PERFORM ruqsat.refuse('RQ400', 'invalid_year', 'Say whether the year is provisional.');
    END IF;
    UPDATE ruqsat.calendar_year y SET provisional = is_provisional, source = legal_source WHERE y.year = covered_year;
    RETURN ruqsat.calendar_finish_edit('calendar_set_year_provisional', legal_source,
                                       jsonb_build_object('year', previous.year, 'provisional', previous.provisional,
                                                          'source', previous.source),
                                       jsonb_build_object('year', covered_year, 'provisional', is_provisional,
                                                          'source', legal_source));
END
$$;

-- ---------------------------------------------------------------------------------------------------
-- Recomputing recorded deadlines, explicitly (domain.md: edits of the calendar must not silently
-- rewrite deadlines already communicated).

-- One recorded due moment of an open case and what the current calendar gives. field: 'case_due'
-- (ruqsat.cases.case_due, the total term from submitted_at), 'step_due' (ruqsat.case_step.due_at of
-- the open step record step_ordinal) or 'first_preparation_due' (ruqsat.cases.first_preparation_due,
-- which a return for rework gives the reopened preparation record). recomputed is NULL and problem
-- says why when the current calendar cannot give it (e.g. it runs past the covered years).
CREATE TYPE ruqsat.calendar_due_change AS (
    case_id      bigint,
    office_id    text,
    time_zone    text,
    field        text,
    step_ordinal integer,
    step         text,
    recorded     timestamptz,
    recomputed   timestamptz,
    problem      text
);

CREATE FUNCTION ruqsat.calendar_try_due(office_key text, start timestamptz, duration text, OUT due timestamptz,
                                        OUT problem text)
LANGUAGE plpgsql STABLE AS $$
BEGIN
    due := ruqsat.working_due(office_key, start, duration);
EXCEPTION WHEN SQLSTATE 'RQ400' OR SQLSTATE 'RQ404' THEN
    problem := SQLERRM;
END
$$;

-- Every recorded due moment of the open cases that differs from the current calendar's.
CREATE FUNCTION ruqsat.calendar_due_differences() RETURNS SETOF ruqsat.calendar_due_change
LANGUAGE sql STABLE AS $$
    WITH open_case AS (
        SELECT c.id, c.office_id, o.time_zone, c.submitted_at, c.case_due, c.first_preparation_due, d.definition
        FROM ruqsat.cases c
        JOIN ruqsat.office o ON o.id = c.office_id
        JOIN ruqsat.service_definition d ON d.code = c.service_code AND d.version = c.service_version
        WHERE c.closed_at IS NULL
    ), first_preparation AS (
        SELECT DISTINCT ON (s.case_id) s.case_id, s.ordinal, s.started_at
        FROM ruqsat.case_step s JOIN open_case oc ON oc.id = s.case_id
        WHERE s.step = 'preparation'
        ORDER BY s.case_id, s.ordinal
    ), recorded AS (
        SELECT oc.id, oc.office_id, oc.time_zone, 'case_due' AS field, NULL::integer AS step_ordinal,
               NULL::text AS step, oc.case_due AS recorded, oc.submitted_at AS counted_from,
               oc.definition ->> 'term' AS duration
        FROM open_case oc
        UNION ALL
        -- A preparation record reopened after a return for rework is due when the first one was (0005).
        SELECT oc.id, oc.office_id, oc.time_zone, 'step_due', s.ordinal, s.step, s.due_at,
               CASE WHEN s.step = 'preparation' AND fp.ordinal < s.ordinal THEN fp.started_at ELSE s.started_at END,
               (SELECT st ->> 'duration' FROM jsonb_array_elements(oc.definition -> 'steps') AS st
                WHERE st ->> 'code' = s.step)
        FROM open_case oc
        JOIN ruqsat.case_step s ON s.case_id = oc.id AND s.finished_at IS NULL
        LEFT JOIN first_preparation fp ON fp.case_id = oc.id
        UNION ALL
        SELECT oc.id, oc.office_id, oc.time_zone, 'first_preparation_due', NULL, NULL, oc.first_preparation_due,
               fp.started_at,
               (SELECT st ->> 'duration' FROM jsonb_array_elements(oc.definition -> 'steps') AS st
                WHERE st ->> 'code' = 'preparation')
        FROM open_case oc JOIN first_preparation fp ON fp.case_id = oc.id
        WHERE oc.first_preparation_due IS NOT NULL
    )
    SELECT r.id, r.office_id, r.time_zone, r.field, r.step_ordinal, r.step, r.recorded, t.due, t.problem
    FROM recorded r
    CROSS JOIN LATERAL ruqsat.calendar_try_due(r.office_id, r.counted_from, r.duration) AS t
    WHERE t.due IS DISTINCT FROM r.recorded
    ORDER BY r.id, CASE r.field WHEN 'case_due' THEN 0 WHEN 'step_due' THEN 1 ELSE 2 END
$$;

-- The listing, changing nothing. Administrators and superusers.
CREATE FUNCTION ruqsat.calendar_recomputed_dues() RETURNS SETOF ruqsat.calendar_due_change
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = ruqsat, pg_temp AS $$
BEGIN
    PERFORM ruqsat.calendar_require_administrator();
    RETURN QUERY SELECT * FROM ruqsat.calendar_due_differences();
END
$$;

-- Writes the recomputed due moments into ruqsat.cases and ruqsat.case_step, with one audit record per
-- changed case (case_id NULL: an administrative event; action 'calendar_recompute'; payload: case_id,
-- source and the changes with field, step_ordinal, old and new), in the caller's transaction. The
-- cases' row versions stay (they number the cases' own events); their offices are notified. Returns
-- the changes, and the due moments it could not recompute (problem set, left as they are).
CREATE FUNCTION ruqsat.calendar_apply_recomputed_dues(legal_source text) RETURNS SETOF ruqsat.calendar_due_change
LANGUAGE plpgsql SECURITY DEFINER SET search_path = ruqsat, pg_temp AS $$
DECLARE
    changes ruqsat.calendar_due_change[];
    change ruqsat.calendar_due_change;
    current_case bigint;
    case_changes jsonb := '[]'::jsonb;
    case_office text;
BEGIN
    PERFORM ruqsat.calendar_begin_edit(legal_source);
    -- No workflow action may record a due moment from a case we are about to rewrite.
    PERFORM 1 FROM ruqsat.cases WHERE closed_at IS NULL ORDER BY id FOR UPDATE;
    SELECT coalesce(array_agg(d), '{}') INTO changes FROM ruqsat.calendar_due_differences() AS d;
    FOREACH change IN ARRAY changes || ARRAY[NULL::ruqsat.calendar_due_change] LOOP
        IF current_case IS NOT NULL AND change.case_id IS DISTINCT FROM current_case
           AND jsonb_array_length(case_changes) > 0 THEN
            PERFORM ruqsat.audit_admin('calendar_recompute', jsonb_build_object('case_id', current_case,
                                                                                'source', legal_source,
                                                                                'changes', case_changes));
            PERFORM pg_notify('ruqsat_office_' || case_office,
                              jsonb_build_object('case_id', current_case, 'action', 'calendar_recompute')::text);
            case_changes := '[]'::jsonb;
        END IF;
        current_case := change.case_id;
        case_office := change.office_id;
        CONTINUE WHEN change.case_id IS NULL OR change.recomputed IS NULL;
        IF change.field = 'case_due' THEN
            UPDATE ruqsat.cases SET case_due = change.recomputed WHERE id = change.case_id;
        ELSIF change.field = 'first_preparation_due' THEN
            UPDATE ruqsat.cases SET first_preparation_due = change.recomputed WHERE id = change.case_id;
        ELSE
            UPDATE ruqsat.case_step SET due_at = change.recomputed
            WHERE case_id = change.case_id AND ordinal = change.step_ordinal;
        END IF;
        case_changes := case_changes || jsonb_build_array(jsonb_build_object(
            'field', change.field, 'step_ordinal', change.step_ordinal, 'step', change.step,
            'old', ruqsat.iso(change.recorded), 'new', ruqsat.iso(change.recomputed)));
    END LOOP;
    RETURN QUERY SELECT * FROM unnest(changes);
END
$$;

-- ---------------------------------------------------------------------------------------------------
-- The shipped calendar (the migration's data: resources/calendar/kz.json, checked by core's
-- CalendarData when it is built and tested).

DO $load$
DECLARE
    document jsonb := current_setting('ruqsat.migration_data_1')::jsonb;
BEGIN
    IF (document ->> 'format')::integer IS DISTINCT FROM 1 THEN
        RAISE EXCEPTION 'kz.json: format % is not supported (expected 1)', document ->> 'format';
    END IF;
    INSERT INTO ruqsat.calendar_year (year, provisional, source)
    SELECT (y ->> 'year')::integer, (y ->> 'provisional')::boolean, y ->> 'source'
    FROM jsonb_array_elements(document -> 'years') AS y;
    INSERT INTO ruqsat.calendar_fixed_holiday (month, day, valid_from, valid_to, moves_from_weekend, name, source)
    SELECT (h ->> 'month')::integer, (h ->> 'day')::integer, (h ->> 'validFrom')::integer,
           (h ->> 'validTo')::integer, (h ->> 'movesFromWeekend')::boolean, h ->> 'name', h ->> 'source'
    FROM jsonb_array_elements(document -> 'fixedHolidays') WITH ORDINALITY AS e(h, position)
    ORDER BY position;
    INSERT INTO ruqsat.calendar_kurban_ait (year, day, source)
    SELECT extract(year FROM (k ->> 'date')::date)::integer, (k ->> 'date')::date, k ->> 'source'
    FROM jsonb_array_elements(document -> 'kurbanAit') AS k;
    INSERT INTO ruqsat.calendar_swap (day_off, working_day, source)
    SELECT (s ->> 'dayOff')::date, (s ->> 'workingDay')::date, s ->> 'source'
    FROM jsonb_array_elements(document -> 'swaps') AS s;

    PERFORM ruqsat.calendar_ensure_schedule('Asia/Almaty', ruqsat.calendar_standard_week());
    PERFORM ruqsat.calendar_ensure_schedule(o.time_zone, ruqsat.calendar_office_week(o.schedule))
    FROM ruqsat.office o;
    PERFORM ruqsat.calendar_rebuild();
END
$load$;

-- ---------------------------------------------------------------------------------------------------
-- Privileges: staff read everything here; only the functions above write.

GRANT SELECT ON ruqsat.calendar_year, ruqsat.calendar_fixed_holiday, ruqsat.calendar_kurban_ait, ruqsat.calendar_swap,
    ruqsat.calendar_day, ruqsat.calendar_schedule, ruqsat.calendar_interval, ruqsat.calendar_working_day
    TO ruqsat_staff;

GRANT EXECUTE ON FUNCTION
    ruqsat.working_due(text, timestamptz, text),
    ruqsat.working_seconds_between(text, timestamptz, timestamptz),
    ruqsat.calendar_document(),
    ruqsat.office_schedule(text),
    ruqsat.calendar_add_holiday(integer, integer, integer, integer, boolean, text, text),
    ruqsat.calendar_remove_holiday(integer, integer, integer, text),
    ruqsat.calendar_add_swap(date, date, text),
    ruqsat.calendar_remove_swap(date, text),
    ruqsat.calendar_set_kurban_ait(date, text),
    ruqsat.calendar_add_year(integer, boolean, date, text),
    ruqsat.calendar_set_year_provisional(integer, boolean, text),
    ruqsat.calendar_recomputed_dues(),
    ruqsat.calendar_apply_recomputed_dues(text)
TO ruqsat_staff;
