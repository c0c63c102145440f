<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AssignDialog</name>
    <message>
        <source>&amp;Specialist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarData</name>
    <message>
        <source>%1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an integer or null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an integer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date in the form YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one year is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not between %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not follow %2: the years must be consecutive, ascending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a month (1-12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a day of month %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before validFrom %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-%2 is already listed as fixedHolidays[%3] for some of the same years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the covered years %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second date for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date for %1, which is not marked provisional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same date as dayOff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 is not supported (expected %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shipped calendar %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: swaps[%2].%3: %4 %5 (source: %6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an ordinary working day (it is a %1), so a decree cannot make it a day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a weekend or moved day off (it is a %1), so a decree cannot make it a working day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseCardDialog</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadastral number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apartments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apartment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area, m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseProjection</name>
    <message>
        <source>Event %1 (%2): &apos;%3&apos; is missing or malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 cannot follow version %2 of the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 starts from step %2, but the case is at %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseQueries</name>
    <message>
        <source>Case %1 has an unknown channel or state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page holds at least one case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseStore</name>
    <message>
        <source>This database account is not an active staff member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active staff member &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case %1, or you may not see it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid connection string: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libpq defaults (PG* environment)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection option %1 contains &apos;;&apos;, which is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this at the same moment; reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseChoice</name>
    <message>
        <source>embedded database in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineText</name>
    <message>
        <source>less than 1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done %1 late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoSeeder</name>
    <message>
        <source>The demo office is already in this database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Event</name>
    <message>
        <source>The field &apos;%1&apos; is missing or malformed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityNumber</name>
    <message>
        <source>An %1 has 12 digits; &apos;%2&apos; has %3 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An %1 has only digits; &apos;%2&apos; has &apos;%3&apos; at position %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1&apos;s check digit computes to 10 with both weight sets, so no valid %1 starts with these 11 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1&apos;s check digit (12th) is %2, but the first 11 digits give %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IIN&apos;s century-and-sex digit (7th) is %1; only 1 to 6 are assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IIN&apos;s date of birth (digits 1-6 with century digit %1) would be %2-%3-%4, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BIN&apos;s registration month (digits 3-4) is %1; a month is 01 to 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BIN&apos;s type digit (5th) is %1; it must be 4 (resident legal entity), 5 (non-resident) or 6 (joint individual entrepreneurship).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BIN&apos;s attribute digit (6th) is %1; it must be 0 (head unit), 1 (branch), 2 (representative office) or 3 (farm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIN or BIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken for an IIN because its fifth digit is %1 (a BIN&apos;s type digit is 4-6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken for a BIN because its fifth digit is %1 (in an IIN it starts the day of birth, 0-3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;upervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused at intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparation of the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State Corporation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned for rework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to Ruqsat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your Ruqsat account. Your office administrator gives you the user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Embedded database on this computer (demo and single-user work)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office &amp;server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host=server.example.kz dbname=ruqsat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office server connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has schema version %1, but this program knows only up to version %2. Use a newer Ruqsat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration file %1 is not named NNNN_name.sql</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two migrations have version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 (%2) differs from the one applied to this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NationalCalendar</name>
    <message>
        <source>working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day off moved from a holiday on a weekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day off by decree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working day by decree</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeRegistry</name>
    <message>
        <source>Cannot add office %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeSchedule</name>
    <message>
        <source>Invalid office schedule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid stored office schedule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time zone &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the interval %2..%3 (minutes after midnight) must start before it ends, within 0..1440.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the interval %2 overlaps or precedes the one before it; list intervals in order without overlaps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the week has no working hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON (%1 at offset %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeZone: expected a zone name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week: expected an array of 7 days, Monday first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week[%1]: expected an array of intervals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week[%1][%2]: expected &quot;HH:MM-HH:MM&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrepareResultDialog</name>
    <message>
        <source>&amp;Issue the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivated re&amp;fusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grounds for refusal (paragraph 10 of the Standard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Motivation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send for &amp;signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>Your role does not allow this action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case belongs to another office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the specialist the case is assigned to can prepare its result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed the case in the meantime. Reload it and try again; your input is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of the action is earlier than the case&apos;s last action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is not at the step this action belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not possible for an application received through this channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no prepared result to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result has not been signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another specialist of this office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the resolution for the specialist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one missing document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is not in the checklist of this service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refusal must cite at least one ground.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ground is not among the refusal grounds of this service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refusal must be motivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the result before issuing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A result is either issued with its fields or refused with grounds and a motivation, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what has to be reworked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such service in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such document checklist for this service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicants are not as the service requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates of submission and receipt are not possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stored event does not fit the case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>Register an application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ervice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubmitted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd.MM.yyyy HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recei&amp;ved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object a&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadastral number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (paragraph 9 of the Standard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provided:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusal at intake (State Corporation: incomplete package)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fuse at intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultFields</name>
    <message>
        <source>Permit number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permit date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developer&apos;s BIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorised company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorised company&apos;s BIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Land plot cadastral number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Way of organising participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apartments offered (number, area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-residential premises offered (number, area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developer or authorised company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its BIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant&apos;s IIN/BIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apartment or premises number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area, m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments of the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision: issue the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision: motivated refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivation: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceCatalogue</name>
    <message>
        <source>%1: no such directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no service definitions to load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service %1 version %2 is also defined in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 of service %2 takes effect on %3, not after version %4 (%5, %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no version %1 of service &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No version of service &apos;%1&apos; is in force on %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceDefinitionJson</name>
    <message>
        <source>unknown field (allowed here: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid code (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (expected YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration (expected minutes, hours or working days: 15m, 3h, 8d): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate %1 &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown channel &apos;%1&apos; (known: state_corporation, portal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate channel &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applicant role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown identity kind &apos;%1&apos; (known: iin, bin, iin_or_bin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown step &apos;%1&apos; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step &apos;%1&apos; is performed by &apos;%2&apos; (regulation, paragraph 5), not &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step &apos;%1&apos; is closed by exactly these actions, in this order: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step &apos;%1&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected step &apos;%1&apos; here: steps follow the regulation&apos;s order (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusal ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported format (expected %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the total term counts working days (e.g. 10d), not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceRepository</name>
    <message>
        <source>Version %1 of service %2 is stored already; versions are never replaced, import a new version number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Prepared result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return for &amp;rework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffLogin</name>
    <message>
        <source>The server %1 is not accepting connections at the moment (it may be starting or shutting down). Try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: the server does not answer. Check the address, or ask the administrator whether the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection settings %1 cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled. Ask the administrator to enable it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is not an active staff member of any office. Ask the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepActionDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkflowEngine</name>
    <message>
        <source>The service expects these applicants: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing applicant: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant without a name: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No specialist is named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a specialist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 works in another office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown ground: &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown checklist: &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown document: &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is already assigned to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkingCalendar</name>
    <message>
        <source>A duration cannot be negative (%1%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the working calendar, which covers %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invalid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted from %1, the working time runs past %3, the end of the working calendar, which covers %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown unit of a working duration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year %1 is outside the working calendar, which covers %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkingDuration</name>
    <message>
        <source>Invalid duration &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration is empty: write a whole number and a unit, e.g. 15m, 3h or 8d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a duration cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount must be a whole number of minutes, hours or days, e.g. 15m, 3h or 8d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unit is missing: write m (minutes), h (hours) or d (working days) after the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown unit &apos;%1&apos;: use m (minutes), h (hours) or d (working days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the longest allowed is %1%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a duration must be at least 1%1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceLoader</name>
    <message>
        <source>Your office &quot;%1&quot; is not in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Ruqsat cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has schema version %1 and this program needs %2: ask the administrator to run &apos;ruqsat-admin db migrate&apos; or to update Ruqsat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ruqsat: the provider&apos;s workstation for shared-participation housing construction services.
Without --db or a configured server it runs its own embedded database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office server: a libpq connection string or URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory of the embedded database (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a new embedded database. Load the demo office, with a user of every role (password &quot;%1&quot;) and about fifty cases?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::core</name>
    <message>
        <source>%1 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-%2 &quot;%3&quot; (%4%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, not moved off a weekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 off &lt;- %2 worked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::core::AuditVerifier</name>
    <message>
        <source>row %1 follows row %2: rows are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its link to the previous row does not match that row&apos;s hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its content does not match its hash: the row was changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::core::CalendarEdit</name>
    <message>
        <source>added holiday %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed holiday %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added swap %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed swap %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurban Ait set to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurban Ait moved from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added year %1 (provisional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added year %1 (Kurban Ait %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year %1 marked provisional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year %1 confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 -&gt; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1: recomputed %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::core::CalendarRepository</name>
    <message>
        <source>The database returned no calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database&apos;s calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database returned no schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar edit returned no audit record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::core::PgBinaries</name>
    <message>
        <source>The PostgreSQL server programs (initdb, pg_ctl) were not found in $RUQSAT_PG_BINDIR, `pg_config --bindir` or /usr/lib/postgresql/*/bin. Install them: apt-get install postgresql-15</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::core::PgCluster</name>
    <message>
        <source>No cluster directory was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The socket path %1 is %2 bytes long; Unix sockets allow at most %3. Choose a shorter cluster directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL refuses to run as root, and there is no `postgres` system user to run it as. Install postgresql-common or run as an ordinary user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the cluster directory %1: check that its parent exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster directory %1 is not writable by this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot give %1 to the postgres user: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL runs as the postgres user, who cannot enter %1. Choose a cluster directory it can reach, for example under /var/lib or /tmp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not finish within %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed (exit code %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not empty but holds no PostgreSQL cluster; move its content away first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot extend %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was left by a server that no longer runs, and cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no cluster yet; create one with `ruqsat-admin db init %1`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server log (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the cluster&apos;s superuser password %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::core::StaffRegistry</name>
    <message>
        <source>The login &quot;%1&quot; is not valid: use 3 to 63 lowercase Latin letters, digits and &apos;_&apos;, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is reserved: logins cannot start with pg_ or ruqsat_.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to PostgreSQL (driver handle %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot encrypt the password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No staff member &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A staff member needs at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database role &quot;%1&quot; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add %1: no office &quot;%2&quot;?  (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::ActionDialog</name>
    <message>
        <source>Discard what you have entered in this form?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::ApplicantsModel</name>
    <message>
        <source>As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIN / BIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::AssignDialog</name>
    <message>
        <source>Write resolution · case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign · case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a specialist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (assigned now)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::CaseCardDialog</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Applicants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned for rework:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused at intake:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 · %2 (%3, version %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: every document provided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 document(s) missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assigned yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No object data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivated refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::CaseQueueModel</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::ChecklistModel</name>
    <message>
        <source>provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::EventTimelineModel</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivated refusal (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result to issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::LoginDialog</name>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ruqsat runs on an office server; start it without --db to use the embedded database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the office server&apos;s connection, e.g. &quot;host=server dbname=ruqsat&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::MainWindow</name>
    <message>
        <source>Ruqsat — %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account holds no role with a work queue (clerk, head, specialist or supervisor). Administration is done with ruqsat-admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh &amp;all queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::PrepareResultDialog</name>
    <message>
        <source>Prepare result · case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned for rework: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::QueueWidget</name>
    <message>
        <source>Filter by number, applicant, object or specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk or overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::RegisterDialog</name>
    <message>
        <source>IIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIN or BIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register an application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office time (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, in force since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No version of this service is in force on the submission date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application was received as case %1 and waits in My registrations, but: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::RoleScreen</name>
    <message>
        <source>&amp;New application…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;nd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write &amp;resolution…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gn or return…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prepare result…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::SignDialog</name>
    <message>
        <source>Sign or return · case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Return for rework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 · %2 · prepared by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No result has been prepared.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::StepActionDialog</name>
    <message>
        <source>Register · case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the result · case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 · %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the application and pass it to the head?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed motivated refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send %1 to the State Corporation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send %1 to the applicant&apos;s cabinet on the portal?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::StepStrip</name>
    <message>
        <source>%1 · norm %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done late</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
