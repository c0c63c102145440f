<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AssignDialog</name>
    <message>
        <source>&amp;Specialist:</source>
        <translation>&amp;Маман:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>Бұ&amp;рыштама:</translation>
    </message>
    <message>
        <source>&amp;Write resolution</source>
        <translation>&amp;Бұрыштама қою</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>AttachmentValidator</name>
    <message>
        <source>The file name must be 1 to 255 characters, without folders or control characters.</source>
        <translation>Файл атауы 1-ден 255 таңбаға дейін болуы керек, қалта атауларынсыз және басқару таңбаларынсыз.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл бос.</translation>
    </message>
    <message>
        <source>The file is larger than 20 MiB.</source>
        <translation>Файлдың көлемі 20 МиБ-тан асады.</translation>
    </message>
    <message>
        <source>Only PDF, JPEG, PNG and TIFF files can be attached; this file is none of them, whatever its name says.</source>
        <translation>Тек PDF, JPEG, PNG және TIFF файлдарын қосуға болады; атауында не жазылғанына қарамастан, бұл файл олардың ешқайсысы емес.</translation>
    </message>
    <message>
        <source>The file&apos;s content does not match its type.</source>
        <translation>Файлдың мазмұны оның түріне сәйкес келмейді.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Файлды оқу мүмкін емес.</translation>
    </message>
    <message>
        <source>This file is already attached to this document.</source>
        <translation>Бұл файл осы құжатқа бұрыннан қосылған.</translation>
    </message>
    <message>
        <source>There is no such attached file, or you may not see it.</source>
        <translation>Мұндай қосылған файл жоқ немесе оны көруге рұқсатыңыз жоқ.</translation>
    </message>
    <message>
        <source>The stored file does not match its SHA-256: it was damaged.</source>
        <translation>Сақталған файл өзінің SHA-256 мәніне сәйкес келмейді: ол бүлінген.</translation>
    </message>
</context>
<context>
    <name>CalendarData</name>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>must not be empty.</source>
        <translation>бос болмауы керек.</translation>
    </message>
    <message>
        <source>unknown field.</source>
        <translation>белгісіз өріс.</translation>
    </message>
    <message>
        <source>expected an array.</source>
        <translation>массив күтілген.</translation>
    </message>
    <message>
        <source>expected an object.</source>
        <translation>JSON объектісі күтілген.</translation>
    </message>
    <message>
        <source>expected an integer or null.</source>
        <translation>бүтін сан немесе null күтілген.</translation>
    </message>
    <message>
        <source>expected an integer.</source>
        <translation>бүтін сан күтілген.</translation>
    </message>
    <message>
        <source>expected true or false.</source>
        <translation>true немесе false күтілген.</translation>
    </message>
    <message>
        <source>expected a string.</source>
        <translation>мәтін жолы күтілген.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date in the form YYYY-MM-DD.</source>
        <translation>&apos;%1&apos; – YYYY-MM-DD пішіміндегі күн емес.</translation>
    </message>
    <message>
        <source>at least one year is needed.</source>
        <translation>кемінде бір жыл қажет.</translation>
    </message>
    <message>
        <source>%1 is not between %2 and %3.</source>
        <translation>%1 мәні %2 мен %3 аралығында емес.</translation>
    </message>
    <message>
        <source>%1 does not follow %2: the years must be consecutive, ascending.</source>
        <translation>%1 жылы %2 жылынан кейін келмейді: жылдар өсу ретімен, үзіліссіз берілуі керек.</translation>
    </message>
    <message>
        <source>%1 is not a month (1-12).</source>
        <translation>%1 – ай нөмірі емес (1-12).</translation>
    </message>
    <message>
        <source>%1 is not a day of month %2.</source>
        <translation>%2-айда %1-күн жоқ.</translation>
    </message>
    <message>
        <source>%1 is before validFrom %2.</source>
        <translation>%1 validFrom мәнінен (%2) бұрын.</translation>
    </message>
    <message>
        <source>%1-%2 is already listed as fixedHolidays[%3] for some of the same years.</source>
        <translation>%1-%2 күні осы жылдардың кейбіреуі үшін fixedHolidays[%3] ретінде бұрыннан көрсетілген.</translation>
    </message>
    <message>
        <source>not a valid date.</source>
        <translation>жарамды күн емес.</translation>
    </message>
    <message>
        <source>%1 is outside the covered years %2.</source>
        <translation>%1 қамтылған жылдардан (%2) тыс.</translation>
    </message>
    <message>
        <source>a second date for %1.</source>
        <translation>%1 жылға арналған екінші күн.</translation>
    </message>
    <message>
        <source>no date for %1, which is not marked provisional.</source>
        <translation>%1 жылға күн жоқ, ал бұл жыл алдын ала деп белгіленбеген.</translation>
    </message>
    <message>
        <source>the same date as dayOff.</source>
        <translation>dayOff күнімен бірдей күн.</translation>
    </message>
    <message>
        <source>offset %1</source>
        <translation>%1-позиция</translation>
    </message>
    <message>
        <source>not valid JSON: %1.</source>
        <translation>жарамды JSON емес: %1.</translation>
    </message>
    <message>
        <source>the document</source>
        <translation>құжат</translation>
    </message>
    <message>
        <source>version %1 is not supported (expected %2).</source>
        <translation>%1 нұсқасына қолдау көрсетілмейді (%2 күтілген).</translation>
    </message>
    <message>
        <source>The shipped calendar %1 cannot be read: %2</source>
        <translation>Бағдарламамен бірге берілген %1 күнтізбесін оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>%1: swaps[%2].%3: %4 %5 (source: %6).</source>
        <translation>%1: swaps[%2].%3: %4 %5 (дереккөз: %6).</translation>
    </message>
    <message>
        <source>is not an ordinary working day (it is a %1), so a decree cannot make it a day off</source>
        <translation>кәдімгі жұмыс күні емес (ол – %1), сондықтан қаулы оны демалыс күні ете алмайды</translation>
    </message>
    <message>
        <source>is not a weekend or moved day off (it is a %1), so a decree cannot make it a working day</source>
        <translation>апта соңындағы демалыс күні немесе ауыстырылған демалыс күні емес (ол – %1), сондықтан қаулы оны жұмыс күні ете алмайды</translation>
    </message>
</context>
<context>
    <name>CaseCardDialog</name>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>Cadastral number</source>
        <translation>Кадастрлық нөмірі</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>Шарттың нөмірі</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Apartments</source>
        <translation>Пәтерлер</translation>
    </message>
    <message>
        <source>Apartment</source>
        <translation>Пәтер</translation>
    </message>
    <message>
        <source>Area, m²</source>
        <translation>Ауданы, м²</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Есептік жазбаның нөмірі</translation>
    </message>
</context>
<context>
    <name>CaseChangeFeed</name>
    <message>
        <source>The session&apos;s connection %1 is not open.</source>
        <translation>Сеанстың %1 қосылымы ашық емес.</translation>
    </message>
    <message>
        <source>Cannot connect for live updates: %1</source>
        <translation>Жедел жаңартулар үшін қосылу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>Cannot subscribe to %1: %2</source>
        <translation>%1 хабарлама арнасына жазылу мүмкін болмады: %2</translation>
    </message>
    <message>
        <source>Live updates are not started.</source>
        <translation>Жедел жаңартулар іске қосылмаған.</translation>
    </message>
</context>
<context>
    <name>CaseProjection</name>
    <message>
        <source>Event %1 (%2): &apos;%3&apos; is missing or malformed.</source>
        <translation>%1 оқиғасы (%2): &apos;%3&apos; жоқ немесе пішімі қате.</translation>
    </message>
    <message>
        <source>Event %1 cannot follow version %2 of the case.</source>
        <translation>%1 оқиғасы істің %2 нұсқасынан кейін келе алмайды.</translation>
    </message>
    <message>
        <source>Event %1 starts from step %2, but the case is at %3.</source>
        <translation>%1 оқиғасы %2 кезеңінен басталады, бірақ іс %3 кезеңінде тұр.</translation>
    </message>
</context>
<context>
    <name>CaseQueries</name>
    <message>
        <source>Case %1 has an unknown channel or state.</source>
        <translation>№ %1 істің арнасы немесе күйі белгісіз.</translation>
    </message>
    <message>
        <source>A page holds at least one case.</source>
        <translation>Бетте кемінде бір іс болуы керек.</translation>
    </message>
</context>
<context>
    <name>CaseStore</name>
    <message>
        <source>This database account is not an active staff member.</source>
        <translation>Бұл дерекқор тіркелгісі белсенді қызметкерге тиесілі емес.</translation>
    </message>
    <message>
        <source>No active staff member &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; белсенді қызметкері жоқ.</translation>
    </message>
    <message>
        <source>There is no case %1, or you may not see it.</source>
        <translation>№ %1 іс жоқ немесе оны көруге құқығыңыз жоқ.</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>out of memory</source>
        <translation>жад жеткіліксіз</translation>
    </message>
    <message>
        <source>Invalid connection string: %1</source>
        <translation>Қосылу жолы жарамсыз: %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>%1 сервисі</translation>
    </message>
    <message>
        <source>socket %1</source>
        <translation>%1 сокеті</translation>
    </message>
    <message>
        <source>server %1</source>
        <translation>%1 сервері</translation>
    </message>
    <message>
        <source>database %1</source>
        <translation>%1 дерекқоры</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>%1 пайдаланушысы</translation>
    </message>
    <message>
        <source>libpq defaults (PG* environment)</source>
        <translation>libpq әдепкі мәндері (PG* ортасы)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</source>
        <translation>Qt-тың PostgreSQL драйвері орнатылмаған (Debian пакеті: libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The connection option %1 contains &apos;;&apos;, which is not supported.</source>
        <translation>%1 қосылу параметрінде &apos;;&apos; таңбасы бар, оған қолдау көрсетілмейді.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Қосылу мүмкін болмады (%1): %2</translation>
    </message>
    <message>
        <source>Someone else changed this at the same moment; reload and try again.</source>
        <translation>Дәл осы сәтте мұны басқа біреу өзгертті; қайта жүктеп, әрекетті қайталаңыз.</translation>
    </message>
    <message>
        <source>The database connection failed: %1</source>
        <translation>Дерекқорға қосылу сәтсіз аяқталды: %1</translation>
    </message>
</context>
<context>
    <name>DatabaseChoice</name>
    <message>
        <source>embedded database in %1</source>
        <translation>%1 ішіндегі кірістірілген дерекқор</translation>
    </message>
</context>
<context>
    <name>DeadlineText</name>
    <message>
        <source>less than 1 min</source>
        <translation>1 минуттан аз</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 күн</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 күн %2 сағ</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 сағ</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 сағ %2 мин</translation>
    </message>
    <message>
        <source>done on time</source>
        <translation>мерзімінде орындалды</translation>
    </message>
    <message>
        <source>done %1 late</source>
        <translation>%1 кешігіп орындалды</translation>
    </message>
    <message>
        <source>done late</source>
        <translation>кешігіп орындалды</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>мерзімнен %1 асты</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>мерзімі өтті</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>мерзімі қазір бітеді</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 қалды</translation>
    </message>
</context>
<context>
    <name>DemoSeeder</name>
    <message>
        <source>The demo office is already in this database.</source>
        <translation>Демо мекеме осы дерекқорда бұрыннан бар.</translation>
    </message>
</context>
<context>
    <name>DocumentIssuer</name>
    <message>
        <source>There is no issued document %1.</source>
        <translation>№ %1 берілген құжат жоқ.</translation>
    </message>
    <message>
        <source>The document&apos;s language is ru or kk.</source>
        <translation>Құжаттың тілі ru немесе kk болуы керек.</translation>
    </message>
    <message>
        <source>The PDF of document %1 is not stored yet; only an administrator can store it (ruqsat-admin document export).</source>
        <translation>%1 құжатының PDF файлы әлі сақталмаған; оны тек әкімші сақтай алады (ruqsat-admin document export).</translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <source>There is no document template %1 in language %2.</source>
        <translation>%2 тіліндегі %1 құжат үлгісі жоқ.</translation>
    </message>
    <message>
        <source>Documents are rendered in ru or kk, not %1.</source>
        <translation>Құжаттар %1 тілінде емес, ru немесе kk тілінде жасалады.</translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation>PDF файлын жазу мүмкін болмады.</translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation>Принтерді ашу мүмкін болмады.</translation>
    </message>
</context>
<context>
    <name>Event</name>
    <message>
        <source>The field &apos;%1&apos; is missing or malformed.</source>
        <translation>&apos;%1&apos; өрісі жоқ немесе пішімі қате.</translation>
    </message>
</context>
<context>
    <name>IdentityNumber</name>
    <message>
        <source>An %1 has 12 digits; &apos;%2&apos; has %3 characters.</source>
        <translation>%1 12 цифрдан тұрады; &apos;%2&apos; ішінде %3 таңба бар.</translation>
    </message>
    <message>
        <source>An %1 has only digits; &apos;%2&apos; has &apos;%3&apos; at position %4.</source>
        <translation>%1 тек цифрлардан тұрады; &apos;%2&apos; ішінде %4-позицияда &apos;%3&apos; тұр.</translation>
    </message>
    <message>
        <source>The %1&apos;s check digit computes to 10 with both weight sets, so no valid %1 starts with these 11 digits.</source>
        <translation>%1 бақылау цифры салмақтардың екі жиынымен де 10-ға тең шығады, сондықтан осы 11 цифрдан басталатын жарамды %1 болмайды.</translation>
    </message>
    <message>
        <source>The %1&apos;s check digit (12th) is %2, but the first 11 digits give %3.</source>
        <translation>%1 бақылау цифры (12-цифр) – %2, бірақ алғашқы 11 цифрдан %3 шығады.</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>The IIN&apos;s century-and-sex digit (7th) is %1; only 1 to 6 are assigned.</source>
        <translation>ЖСН-дегі ғасыр мен жынысты білдіретін цифр (7-цифр) – %1; тек 1-ден 6-ға дейінгі мәндер беріледі.</translation>
    </message>
    <message>
        <source>The IIN&apos;s date of birth (digits 1-6 with century digit %1) would be %2-%3-%4, which does not exist.</source>
        <translation>ЖСН бойынша туған күн (1-6 цифрлар, ғасыр цифры %1) %2-%3-%4 болып шығады, ондай күн жоқ.</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <source>The BIN&apos;s registration month (digits 3-4) is %1; a month is 01 to 12.</source>
        <translation>БСН-дегі тіркелу айы (3-4 цифрлар) – %1; ай 01-ден 12-ге дейін болады.</translation>
    </message>
    <message>
        <source>The BIN&apos;s type digit (5th) is %1; it must be 4 (resident legal entity), 5 (non-resident) or 6 (joint individual entrepreneurship).</source>
        <translation>БСН-дегі түр цифры (5-цифр) – %1; ол 4 (резидент заңды тұлға), 5 (бейрезидент) немесе 6 (бірлескен жеке кәсіпкерлік) болуы керек.</translation>
    </message>
    <message>
        <source>The BIN&apos;s attribute digit (6th) is %1; it must be 0 (head unit), 1 (branch), 2 (representative office) or 3 (farm).</source>
        <translation>БСН-дегі белгі цифры (6-цифр) – %1; ол 0 (бас ұйым), 1 (филиал), 2 (өкілдік) немесе 3 (шаруа қожалығы) болуы керек.</translation>
    </message>
    <message>
        <source>IIN or BIN</source>
        <translation>ЖСН немесе БСН</translation>
    </message>
    <message>
        <source>Taken for an IIN because its fifth digit is %1 (a BIN&apos;s type digit is 4-6).</source>
        <translation>Бесінші цифры %1 болғандықтан, ЖСН деп қабылданды (БСН-дегі түр цифры 4-6 болады).</translation>
    </message>
    <message>
        <source>Taken for a BIN because its fifth digit is %1 (in an IIN it starts the day of birth, 0-3).</source>
        <translation>Бесінші цифры %1 болғандықтан, БСН деп қабылданды (ЖСН-де бұл цифр туған күннің бірінші цифры, 0-3).</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Clerk</source>
        <translation>Кеңсе қызметкері</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Басшы</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Маман</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Бақылаушы</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Әкімші</translation>
    </message>
    <message>
        <source>&amp;Clerk</source>
        <translation>&amp;Кеңсе қызметкері</translation>
    </message>
    <message>
        <source>&amp;Head</source>
        <translation>&amp;Басшы</translation>
    </message>
    <message>
        <source>&amp;Specialist</source>
        <translation>&amp;Маман</translation>
    </message>
    <message>
        <source>S&amp;upervisor</source>
        <translation>Бақ&amp;ылаушы</translation>
    </message>
    <message>
        <source>&amp;Administrator</source>
        <translation>&amp;Әкімші</translation>
    </message>
    <message>
        <source>Not received</source>
        <translation>Келіп түспеген</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Тіркеу</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Бұрыштама</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Дайындау</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Қол қою</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>Жіберу</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Аяқталды</translation>
    </message>
    <message>
        <source>Refused at intake</source>
        <translation>Қабылдаудан бас тартылды</translation>
    </message>
    <message>
        <source>Preparation of the result</source>
        <translation>Нәтижені дайындау</translation>
    </message>
    <message>
        <source>State Corporation</source>
        <translation>Мемлекеттік корпорация</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Портал</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Келіп түсті</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Тіркелді</translation>
    </message>
    <message>
        <source>Resolution written</source>
        <translation>Бұрыштама қойылды</translation>
    </message>
    <message>
        <source>Reassigned</source>
        <translation>Қайта тағайындалды</translation>
    </message>
    <message>
        <source>Result prepared</source>
        <translation>Нәтиже дайындалды</translation>
    </message>
    <message>
        <source>Returned for rework</source>
        <translation>Пысықтауға қайтарылды</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Қол қойылды</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Жіберілді</translation>
    </message>
    <message>
        <source>My registrations</source>
        <translation>Менің тіркеулерім</translation>
    </message>
    <message>
        <source>Dispatch queue</source>
        <translation>Жіберу кезегі</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Келіп түскендер</translation>
    </message>
    <message>
        <source>In preparation</source>
        <translation>Дайындалуда</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>Менің істерім</translation>
    </message>
    <message>
        <source>All open cases</source>
        <translation>Барлық ашық істер</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 сағ</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 күн</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to Ruqsat</source>
        <translation>Ruqsat жүйесіне кіру</translation>
    </message>
    <message>
        <source>Sign in with your Ruqsat account. Your office administrator gives you the user name and password.</source>
        <translation>Ruqsat тіркелгіңізбен кіріңіз. Пайдаланушы аты мен құпиясөзді мекемеңіздің әкімшісі береді.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Дерекқор</translation>
    </message>
    <message>
        <source>&amp;Embedded database on this computer (demo and single-user work)</source>
        <translation>Осы компьютердегі &amp;кірістірілген дерекқор (демо және бір пайдаланушылық жұмыс)</translation>
    </message>
    <message>
        <source>Office &amp;server:</source>
        <translation>Мекеме &amp;сервері:</translation>
    </message>
    <message>
        <source>host=server.example.kz dbname=ruqsat</source>
        <translation>host=server.example.kz dbname=ruqsat</translation>
    </message>
    <message>
        <source>Office server connection</source>
        <translation>Мекеме серверіне қосылу</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пайдаланушы:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 оқылмады: %2</translation>
    </message>
    <message>
        <source>The database has schema version %1, but this program knows only up to version %2. Use a newer Ruqsat.</source>
        <translation>Дерекқор схемасының нұсқасы – %1, ал бұл бағдарлама тек %2 нұсқаға дейін біледі. Ruqsat-тың жаңарақ нұсқасын пайдаланыңыз.</translation>
    </message>
    <message>
        <source>Migration file %1 is not named NNNN_name.sql</source>
        <translation>%1 миграция файлының атауы NNNN_name.sql үлгісіне сәйкес емес</translation>
    </message>
    <message>
        <source>Two migrations have version %1</source>
        <translation>Екі миграцияның нұсқасы бірдей: %1</translation>
    </message>
    <message>
        <source>Migration %1 (%2) differs from the one applied to this database.</source>
        <translation>%1 миграциясы (%2) осы дерекқорға қолданылған миграциядан өзгеше.</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>%1 миграциясы (%2) сәтсіз аяқталды: %3</translation>
    </message>
</context>
<context>
    <name>NationalCalendar</name>
    <message>
        <source>working day</source>
        <translation>жұмыс күні</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>апта соңындағы демалыс күні</translation>
    </message>
    <message>
        <source>holiday</source>
        <translation>мереке күні</translation>
    </message>
    <message>
        <source>day off moved from a holiday on a weekend</source>
        <translation>демалыс күніне сәйкес келген мерекеден ауыстырылған демалыс күні</translation>
    </message>
    <message>
        <source>day off by decree</source>
        <translation>қаулы бойынша демалыс күні</translation>
    </message>
    <message>
        <source>working day by decree</source>
        <translation>қаулы бойынша жұмыс күні</translation>
    </message>
</context>
<context>
    <name>OfficeRegistry</name>
    <message>
        <source>Cannot add office %1: %2</source>
        <translation>%1 мекемесі қосылмады: %2</translation>
    </message>
</context>
<context>
    <name>OfficeSchedule</name>
    <message>
        <source>Invalid office schedule: %1</source>
        <translation>Мекеменің жұмыс кестесі жарамсыз: %1</translation>
    </message>
    <message>
        <source>Invalid stored office schedule: %1</source>
        <translation>Сақталған мекеме жұмыс кестесі жарамсыз: %1</translation>
    </message>
    <message>
        <source>unknown time zone &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; уақыт белдеуі белгісіз.</translation>
    </message>
    <message>
        <source>%1: the interval %2..%3 (minutes after midnight) must start before it ends, within 0..1440.</source>
        <translation>%1: %2..%3 аралығы (түн ортасынан бергі минуттар) 0..1440 шегінде болуы және аяқталуынан бұрын басталуы керек.</translation>
    </message>
    <message>
        <source>%1: the interval %2 overlaps or precedes the one before it; list intervals in order without overlaps.</source>
        <translation>%1: %2 аралығы алдыңғы аралықпен қабаттасады немесе одан бұрын тұр; аралықтарды ретімен, қабаттастырмай көрсетіңіз.</translation>
    </message>
    <message>
        <source>the week has no working hours.</source>
        <translation>аптада жұмыс сағаттары жоқ.</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at offset %2).</source>
        <translation>жарамды JSON емес (%2-позицияда: %1).</translation>
    </message>
    <message>
        <source>expected a JSON object.</source>
        <translation>JSON объектісі күтілген.</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; өрісі белгісіз.</translation>
    </message>
    <message>
        <source>timeZone: expected a zone name.</source>
        <translation>timeZone: белдеу атауы күтілген.</translation>
    </message>
    <message>
        <source>week: expected an array of 7 days, Monday first.</source>
        <translation>week: дүйсенбіден басталатын 7 күннен тұратын массив күтілген.</translation>
    </message>
    <message>
        <source>week[%1]: expected an array of intervals.</source>
        <translation>week[%1]: аралықтар массиві күтілген.</translation>
    </message>
    <message>
        <source>week[%1][%2]: expected &quot;HH:MM-HH:MM&quot;.</source>
        <translation>week[%1][%2]: &quot;HH:MM-HH:MM&quot; күтілген.</translation>
    </message>
</context>
<context>
    <name>OverdueReportQuery</name>
    <message>
        <source>The report&apos;s row for case %1 is malformed.</source>
        <translation>Есептегі № %1 іске арналған жолдың пішімі қате.</translation>
    </message>
    <message>
        <source>The overdue report is for the supervisor role.</source>
        <translation>Мерзімі өткендер туралы есеп бақылаушы рөліне арналған.</translation>
    </message>
    <message>
        <source>The office &quot;%1&quot; is not among the offices you supervise.</source>
        <translation>&quot;%1&quot; мекемесі сіз бақылайтын мекемелердің қатарында жоқ.</translation>
    </message>
    <message>
        <source>There is no office &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; мекемесі жоқ.</translation>
    </message>
    <message>
        <source>The period must start before it ends.</source>
        <translation>Кезеңнің басы оның соңынан бұрын болуы керек.</translation>
    </message>
    <message>
        <source>The at-risk horizon cannot be negative.</source>
        <translation>Мерзімі тақалу шегі теріс сан бола алмайды.</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; уақыт белдеуі белгісіз.</translation>
    </message>
</context>
<context>
    <name>OverdueReportWidget</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 жазылмады: %2</translation>
    </message>
</context>
<context>
    <name>PrepareResultDialog</name>
    <message>
        <source>&amp;Issue the result</source>
        <translation>Нәтижені &amp;беру</translation>
    </message>
    <message>
        <source>Motivated re&amp;fusal</source>
        <translation>Бас тарту туралы &amp;дәлелді жауап</translation>
    </message>
    <message>
        <source>Grounds for refusal (paragraph 10 of the Standard)</source>
        <translation>Бас тарту негіздері (Стандарттың 10-тармағы)</translation>
    </message>
    <message>
        <source>&amp;Motivation:</source>
        <translation>&amp;Негіздеме:</translation>
    </message>
    <message>
        <source>Send for &amp;signing</source>
        <translation>&amp;Қол қоюға жіберу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>&amp;Preview...</source>
        <translation>&amp;Алдын ала қарау...</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>Your role does not allow this action.</source>
        <translation>Сіздің рөліңіз бұл әрекетке рұқсат бермейді.</translation>
    </message>
    <message>
        <source>The case belongs to another office.</source>
        <translation>Іс басқа мекемеге тиесілі.</translation>
    </message>
    <message>
        <source>Only the specialist the case is assigned to can prepare its result.</source>
        <translation>Істің нәтижесін тек іс тағайындалған маман ғана дайындай алады.</translation>
    </message>
    <message>
        <source>Someone else changed the case in the meantime. Reload it and try again; your input is kept.</source>
        <translation>Осы уақыт ішінде істі басқа біреу өзгертті. Оны қайта жүктеп, әрекетті қайталаңыз; сіз енгізген деректер сақталады.</translation>
    </message>
    <message>
        <source>The time of the action is earlier than the case&apos;s last action.</source>
        <translation>Әрекет уақыты істегі соңғы әрекеттен бұрын.</translation>
    </message>
    <message>
        <source>The case is closed.</source>
        <translation>Іс жабылған.</translation>
    </message>
    <message>
        <source>The case is not at the step this action belongs to.</source>
        <translation>Іс бұл әрекет жататын кезеңде емес.</translation>
    </message>
    <message>
        <source>This is not possible for an application received through this channel.</source>
        <translation>Бұл арна арқылы келіп түскен өтініш үшін бұл мүмкін емес.</translation>
    </message>
    <message>
        <source>There is no prepared result to sign.</source>
        <translation>Қол қоюға дайындалған нәтиже жоқ.</translation>
    </message>
    <message>
        <source>The result has not been signed.</source>
        <translation>Нәтижеге қол қойылмаған.</translation>
    </message>
    <message>
        <source>Choose another specialist of this office.</source>
        <translation>Осы мекеменің басқа маманын таңдаңыз.</translation>
    </message>
    <message>
        <source>Write the resolution for the specialist.</source>
        <translation>Маманға арналған бұрыштаманы жазыңыз.</translation>
    </message>
    <message>
        <source>Name at least one missing document.</source>
        <translation>Жетіспейтін кемінде бір құжатты көрсетіңіз.</translation>
    </message>
    <message>
        <source>The document is not in the checklist of this service.</source>
        <translation>Құжат осы қызметтің құжаттар тізбесінде жоқ.</translation>
    </message>
    <message>
        <source>A refusal must cite at least one ground.</source>
        <translation>Бас тартуда кемінде бір негіз көрсетілуі керек.</translation>
    </message>
    <message>
        <source>The ground is not among the refusal grounds of this service.</source>
        <translation>Бұл негіз осы қызмет бойынша бас тарту негіздерінің қатарында жоқ.</translation>
    </message>
    <message>
        <source>A refusal must be motivated.</source>
        <translation>Бас тартудың негіздемесі жазылуы керек.</translation>
    </message>
    <message>
        <source>Fill in the result before issuing it.</source>
        <translation>Нәтижені бермес бұрын оны толтырыңыз.</translation>
    </message>
    <message>
        <source>A result is either issued with its fields or refused with grounds and a motivation, not both.</source>
        <translation>Нәтиже не өрістері толтырылып беріледі, не негіздері мен негіздемесі көрсетіліп, беруден бас тартылады; екеуі бірге болмайды.</translation>
    </message>
    <message>
        <source>Say what has to be reworked.</source>
        <translation>Нені пысықтау керектігін көрсетіңіз.</translation>
    </message>
    <message>
        <source>There is no such service in force.</source>
        <translation>Мұндай қолданыстағы қызмет жоқ.</translation>
    </message>
    <message>
        <source>There is no such document checklist for this service.</source>
        <translation>Бұл қызмет үшін мұндай құжаттар тізбесі жоқ.</translation>
    </message>
    <message>
        <source>The applicants are not as the service requires.</source>
        <translation>Көрсетілетін қызметті алушылар қызмет талаптарына сәйкес емес.</translation>
    </message>
    <message>
        <source>The dates of submission and receipt are not possible.</source>
        <translation>Өтініштің берілген және келіп түскен күндері мүмкін емес.</translation>
    </message>
    <message>
        <source>A stored event does not fit the case.</source>
        <translation>Сақталған оқиға іске сәйкес келмейді.</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>Register an application</source>
        <translation>Өтінішті тіркеу</translation>
    </message>
    <message>
        <source>S&amp;ervice:</source>
        <translation>&amp;Қызмет:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Арна:</translation>
    </message>
    <message>
        <source>S&amp;ubmitted:</source>
        <translation>Бер&amp;ілген күні:</translation>
    </message>
    <message>
        <source>dd.MM.yyyy HH:mm</source>
        <translation>dd.MM.yyyy HH:mm</translation>
    </message>
    <message>
        <source>Recei&amp;ved:</source>
        <translation>Келіп тү&amp;скен күні:</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>Көрсетілетін қызметті алушылар</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Object &amp;name:</source>
        <translation>Объектінің ата&amp;уы:</translation>
    </message>
    <message>
        <source>Object a&amp;ddress:</source>
        <translation>Объектінің &amp;мекенжайы:</translation>
    </message>
    <message>
        <source>Cadastral number:</source>
        <translation>Кадастрлық нөмірі:</translation>
    </message>
    <message>
        <source>Contract number:</source>
        <translation>Шарттың нөмірі:</translation>
    </message>
    <message>
        <source>Documents (paragraph 9 of the Standard)</source>
        <translation>Құжаттар (Стандарттың 9-тармағы)</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>Құжаттар тізбесі:</translation>
    </message>
    <message>
        <source>Provided:</source>
        <translation>Ұсынылғаны:</translation>
    </message>
    <message>
        <source>Refusal at intake (State Corporation: incomplete package)</source>
        <translation>Қабылдаудан бас тарту (Мемлекеттік корпорация: құжаттар топтамасы толық емес)</translation>
    </message>
    <message>
        <source>Missing:</source>
        <translation>Жетіспейтіні:</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>Т&amp;үсініктеме:</translation>
    </message>
    <message>
        <source>Re&amp;fuse at intake</source>
        <translation>Қабылдаудан &amp;бас тарту</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Тіркеу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Attached files (PDF, JPEG, PNG or TIFF, up to 20 MiB each)</source>
        <translation>Қосылған файлдар (PDF, JPEG, PNG немесе TIFF, әрқайсысы 20 МиБ-қа дейін)</translation>
    </message>
    <message>
        <source>Document / file</source>
        <translation>Құжат / файл</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Көлемі</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Мәселе</translation>
    </message>
    <message>
        <source>Choose a document, then attach its file (or drop files onto the document).</source>
        <translation>Құжатты таңдап, оның файлын қосыңыз (немесе файлдарды құжаттың үстіне сүйреп әкеліңіз).</translation>
    </message>
    <message>
        <source>A&amp;ttach file…</source>
        <translation>&amp;Файлды қосу…</translation>
    </message>
    <message>
        <source>Remove fi&amp;le</source>
        <translation>Файлды &amp;жою</translation>
    </message>
</context>
<context>
    <name>ReportLabels</name>
    <message>
        <source>Overdue now</source>
        <translation>Қазір мерзімі өткен</translation>
    </message>
    <message>
        <source>Finished late</source>
        <translation>Кешігіп орындалған</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Мерзімі тақалған</translation>
    </message>
    <message>
        <source>Case overdue now</source>
        <translation>Істің мерзімі қазір өткен</translation>
    </message>
    <message>
        <source>Case finished late</source>
        <translation>Іс кешігіп орындалған</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Мекеме</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Қызмет</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Қызметкер</translation>
    </message>
    <message>
        <source>Whole case</source>
        <translation>Бүкіл іс</translation>
    </message>
    <message>
        <source>Office queue</source>
        <translation>Мекеме кезегі</translation>
    </message>
</context>
<context>
    <name>ResultFields</name>
    <message>
        <source>Permit number</source>
        <translation>Рұқсаттың нөмірі</translation>
    </message>
    <message>
        <source>Permit date</source>
        <translation>Рұқсаттың күні</translation>
    </message>
    <message>
        <source>Issuing body</source>
        <translation>Берген орган</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>Құрылыс салушы</translation>
    </message>
    <message>
        <source>Developer&apos;s BIN</source>
        <translation>Құрылыс салушының БСН</translation>
    </message>
    <message>
        <source>Authorised company</source>
        <translation>Уәкілетті компания</translation>
    </message>
    <message>
        <source>Authorised company&apos;s BIN</source>
        <translation>Уәкілетті компанияның БСН</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Object address</source>
        <translation>Объектінің мекенжайы</translation>
    </message>
    <message>
        <source>Land plot cadastral number</source>
        <translation>Жер учаскесінің кадастрлық нөмірі</translation>
    </message>
    <message>
        <source>Way of organising participation</source>
        <translation>Үлестік қатысуды ұйымдастыру тәсілі</translation>
    </message>
    <message>
        <source>Apartments offered (number, area)</source>
        <translation>Ұсынылатын пәтерлер (саны, ауданы)</translation>
    </message>
    <message>
        <source>Non-residential premises offered (number, area)</source>
        <translation>Ұсынылатын тұрғын емес үй-жайлар (саны, ауданы)</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Қол қоюшы</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Есептік жазбаның нөмірі</translation>
    </message>
    <message>
        <source>Record date</source>
        <translation>Есептік жазбаның күні</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>Шарттың нөмірі</translation>
    </message>
    <message>
        <source>Contract date</source>
        <translation>Шарттың күні</translation>
    </message>
    <message>
        <source>Developer or authorised company</source>
        <translation>Құрылыс салушы немесе уәкілетті компания</translation>
    </message>
    <message>
        <source>Its BIN</source>
        <translation>Оның БСН</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Үлескер</translation>
    </message>
    <message>
        <source>Participant&apos;s IIN/BIN</source>
        <translation>Үлескердің ЖСН/БСН</translation>
    </message>
    <message>
        <source>Apartment or premises number</source>
        <translation>Пәтердің немесе үй-жайдың нөмірі</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Қабат</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Бөлме саны</translation>
    </message>
    <message>
        <source>Area, m²</source>
        <translation>Ауданы, м²</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Бағасы</translation>
    </message>
    <message>
        <source>Assignments of the contract</source>
        <translation>Шарт бойынша талап ету құқығын басқаға беру</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <source>Decision: issue the result</source>
        <translation>Шешім: нәтижені беру</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Decision: motivated refusal</source>
        <translation>Шешім: бас тарту туралы дәлелді жауап</translation>
    </message>
    <message>
        <source>Ground: %1</source>
        <translation>Негіз: %1</translation>
    </message>
    <message>
        <source>Motivation: %1</source>
        <translation>Негіздеме: %1</translation>
    </message>
</context>
<context>
    <name>ServiceCatalogue</name>
    <message>
        <source>%1: no such directory</source>
        <translation>%1: мұндай каталог жоқ</translation>
    </message>
    <message>
        <source>no service definitions to load</source>
        <translation>жүктелетін қызмет сипаттамалары жоқ</translation>
    </message>
    <message>
        <source>service %1 version %2 is also defined in %3</source>
        <translation>%1 қызметінің %2 нұсқасы %3 ішінде де сипатталған</translation>
    </message>
    <message>
        <source>version %1 of service %2 takes effect on %3, not after version %4 (%5, %6)</source>
        <translation>%2 қызметінің %1 нұсқасы %3 күні күшіне енеді, бұл %4 нұсқасынан (%5, %6) кейін емес</translation>
    </message>
    <message>
        <source>There is no version %1 of service &apos;%2&apos;.</source>
        <translation>&apos;%2&apos; қызметінің %1 нұсқасы жоқ.</translation>
    </message>
    <message>
        <source>No version of service &apos;%1&apos; is in force on %2.</source>
        <translation>%2 күні &apos;%1&apos; қызметінің бірде-бір нұсқасы қолданыста емес.</translation>
    </message>
</context>
<context>
    <name>ServiceDefinitionJson</name>
    <message>
        <source>unknown field (allowed here: %1)</source>
        <translation>белгісіз өріс (мұнда рұқсат етілгендері: %1)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>мәтін жолы болуы керек</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>бос болмауы керек</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid code (expected %2)</source>
        <translation>&apos;%1&apos; – жарамды код емес (%2 күтілген)</translation>
    </message>
    <message>
        <source>must be a whole number of at least 1</source>
        <translation>кемінде 1-ге тең бүтін сан болуы керек</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>true немесе false болуы керек</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (expected YYYY-MM-DD)</source>
        <translation>&apos;%1&apos; – күн емес (YYYY-MM-DD күтілген)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration (expected minutes, hours or working days: 15m, 3h, 8d): %2</source>
        <translation>&apos;%1&apos; – ұзақтық емес (минут, сағат немесе жұмыс күні күтілген: 15m, 3h, 8d): %2</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>JSON объектісі болуы керек</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>массив болуы керек</translation>
    </message>
    <message>
        <source>duplicate %1 &apos;%2&apos;</source>
        <translation>қайталанған %1: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>unknown channel &apos;%1&apos; (known: state_corporation, portal)</source>
        <translation>&apos;%1&apos; арнасы белгісіз (белгілілері: state_corporation, portal)</translation>
    </message>
    <message>
        <source>duplicate channel &apos;%1&apos;</source>
        <translation>қайталанған арна: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>applicant role</source>
        <translation>көрсетілетін қызметті алушының рөлі</translation>
    </message>
    <message>
        <source>unknown identity kind &apos;%1&apos; (known: iin, bin, iin_or_bin)</source>
        <translation>&apos;%1&apos; сәйкестендіру нөмірінің түрі белгісіз (белгілілері: iin, bin, iin_or_bin)</translation>
    </message>
    <message>
        <source>unknown step &apos;%1&apos; (known: %2)</source>
        <translation>&apos;%1&apos; кезеңі белгісіз (белгілілері: %2)</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos; (known: %2)</source>
        <translation>&apos;%1&apos; рөлі белгісіз (белгілілері: %2)</translation>
    </message>
    <message>
        <source>step &apos;%1&apos; is performed by &apos;%2&apos; (regulation, paragraph 5), not &apos;%3&apos;</source>
        <translation>&apos;%1&apos; кезеңін &apos;%3&apos; емес, &apos;%2&apos; орындайды (регламенттің 5-тармағы)</translation>
    </message>
    <message>
        <source>step &apos;%1&apos; is closed by exactly these actions, in this order: %2</source>
        <translation>&apos;%1&apos; кезеңі дәл мына әрекеттермен, осы ретпен аяқталады: %2</translation>
    </message>
    <message>
        <source>step</source>
        <translation>кезең</translation>
    </message>
    <message>
        <source>step &apos;%1&apos; is missing</source>
        <translation>&apos;%1&apos; кезеңі жоқ</translation>
    </message>
    <message>
        <source>expected step &apos;%1&apos; here: steps follow the regulation&apos;s order (%2)</source>
        <translation>мұнда &apos;%1&apos; кезеңі күтілген: кезеңдер регламенттегі ретпен жүреді (%2)</translation>
    </message>
    <message>
        <source>checklist variant</source>
        <translation>құжаттар тізбесінің нұсқасы</translation>
    </message>
    <message>
        <source>document</source>
        <translation>құжат</translation>
    </message>
    <message>
        <source>refusal ground</source>
        <translation>бас тарту негізі</translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos;: %3</source>
        <translation>%1: &apos;%2&apos; өрісі: %3</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>жарамды JSON емес, %1-позиция: %2</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>JSON объектісі болуы керек</translation>
    </message>
    <message>
        <source>unsupported format (expected %1)</source>
        <translation>қолдау көрсетілмейтін пішім (%1 күтілген)</translation>
    </message>
    <message>
        <source>the total term counts working days (e.g. 10d), not &apos;%1&apos;</source>
        <translation>жалпы мерзім &apos;%1&apos; емес, жұмыс күндерімен есептеледі (мысалы, 10d)</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>оқу мүмкін емес: %1</translation>
    </message>
</context>
<context>
    <name>ServiceRepository</name>
    <message>
        <source>Version %1 of service %2 is stored already; versions are never replaced, import a new version number.</source>
        <translation>%2 қызметінің %1 нұсқасы бұрыннан сақталған; нұсқалар ешқашан ауыстырылмайды, жаңа нұсқа нөмірімен импорттаңыз.</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Prepared result</source>
        <translation>Дайындалған нәтиже</translation>
    </message>
    <message>
        <source>&amp;Sign the result</source>
        <translation>Нәтижеге &amp;қол қою</translation>
    </message>
    <message>
        <source>Return for &amp;rework</source>
        <translation>&amp;Пысықтауға қайтару</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Түсініктеме:</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Қол қою</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>Құжат т&amp;ілі:</translation>
    </message>
    <message>
        <source>&amp;Preview...</source>
        <translation>&amp;Алдын ала қарау...</translation>
    </message>
</context>
<context>
    <name>StaffLogin</name>
    <message>
        <source>The server %1 is not accepting connections at the moment (it may be starting or shutting down). Try again in a minute.</source>
        <translation>%1 сервері қазір қосылуларды қабылдамайды (ол іске қосылып не тоқтап жатқан болуы мүмкін). Бір минуттан кейін қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: the server does not answer. Check the address, or ask the administrator whether the server is running.</source>
        <translation>Қосылу мүмкін болмады (%1): сервер жауап бермейді. Мекенжайды тексеріңіз немесе сервердің жұмыс істеп тұрғанын әкімшіден сұраңыз.</translation>
    </message>
    <message>
        <source>The connection settings %1 cannot be used.</source>
        <translation>%1 қосылу баптауларын пайдалану мүмкін емес.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Пайдаланушы атын енгізіңіз.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Құпиясөзді енгізіңіз.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Пайдаланушы аты немесе құпиясөз қате.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled. Ask the administrator to enable it.</source>
        <translation>&quot;%1&quot; тіркелгісі өшірілген. Оны қосуды әкімшіден сұраңыз.</translation>
    </message>
    <message>
        <source>The server refused the sign-in: %1</source>
        <translation>Сервер кіруге рұқсат бермеді: %1</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is not an active staff member of any office. Ask the administrator.</source>
        <translation>&quot;%1&quot; тіркелгісі ешбір мекеменің белсенді қызметкеріне тиесілі емес. Әкімшіге хабарласыңыз.</translation>
    </message>
</context>
<context>
    <name>StepActionDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>WorkflowEngine</name>
    <message>
        <source>The service expects these applicants: %1.</source>
        <translation>Қызмет мына көрсетілетін қызметті алушыларды талап етеді: %1.</translation>
    </message>
    <message>
        <source>Missing applicant: %1.</source>
        <translation>Көрсетілетін қызметті алушы жоқ: %1.</translation>
    </message>
    <message>
        <source>Applicant without a name: %1.</source>
        <translation>Атауы көрсетілмеген көрсетілетін қызметті алушы: %1.</translation>
    </message>
    <message>
        <source>No specialist is named.</source>
        <translation>Маман көрсетілмеген.</translation>
    </message>
    <message>
        <source>%1 is not a specialist.</source>
        <translation>%1 маман емес.</translation>
    </message>
    <message>
        <source>%1 works in another office.</source>
        <translation>%1 басқа мекемеде жұмыс істейді.</translation>
    </message>
    <message>
        <source>Unknown ground: &apos;%1&apos;.</source>
        <translation>Белгісіз негіз: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown checklist: &apos;%1&apos;.</source>
        <translation>Белгісіз құжаттар тізбесі: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown document: &apos;%1&apos;.</source>
        <translation>Белгісіз құжат: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The case is already assigned to %1.</source>
        <translation>Іс бұрыннан %1 маманына тағайындалған.</translation>
    </message>
</context>
<context>
    <name>WorkingCalendar</name>
    <message>
        <source>A duration cannot be negative (%1%2).</source>
        <translation>Ұзақтық теріс бола алмайды (%1%2).</translation>
    </message>
    <message>
        <source>%1 is outside the working calendar, which covers %2 to %3.</source>
        <translation>%1 жұмыс күнтізбесінен тыс; күнтізбе %2 – %3 аралығын қамтиды.</translation>
    </message>
    <message>
        <source>An invalid date</source>
        <translation>Жарамсыз күн</translation>
    </message>
    <message>
        <source>Counted from %1, the working time runs past %3, the end of the working calendar, which covers %2 to %3.</source>
        <translation>%1 сәтінен бастап есептегенде, жұмыс уақыты жұмыс күнтізбесінің соңынан (%3) асып кетеді; күнтізбе %2 – %3 аралығын қамтиды.</translation>
    </message>
    <message>
        <source>Unknown unit of a working duration.</source>
        <translation>Жұмыс ұзақтығының өлшем бірлігі белгісіз.</translation>
    </message>
    <message>
        <source>The year %1 is outside the working calendar, which covers %2 to %3.</source>
        <translation>%1 жыл жұмыс күнтізбесінен тыс; күнтізбе %2 – %3 аралығын қамтиды.</translation>
    </message>
</context>
<context>
    <name>WorkingDuration</name>
    <message>
        <source>Invalid duration &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; ұзақтығы жарамсыз: %2</translation>
    </message>
    <message>
        <source>The duration is empty: write a whole number and a unit, e.g. 15m, 3h or 8d.</source>
        <translation>Ұзақтық бос: бүтін сан мен өлшем бірлігін жазыңыз, мысалы, 15m, 3h немесе 8d.</translation>
    </message>
    <message>
        <source>a duration cannot be negative.</source>
        <translation>ұзақтық теріс бола алмайды.</translation>
    </message>
    <message>
        <source>the amount must be a whole number of minutes, hours or days, e.g. 15m, 3h or 8d.</source>
        <translation>шама минуттың, сағаттың немесе күннің бүтін саны болуы керек, мысалы, 15m, 3h немесе 8d.</translation>
    </message>
    <message>
        <source>the unit is missing: write m (minutes), h (hours) or d (working days) after the number.</source>
        <translation>өлшем бірлігі жоқ: саннан кейін m (минут), h (сағат) немесе d (жұмыс күні) деп жазыңыз.</translation>
    </message>
    <message>
        <source>unknown unit &apos;%1&apos;: use m (minutes), h (hours) or d (working days).</source>
        <translation>&apos;%1&apos; өлшем бірлігі белгісіз: m (минут), h (сағат) немесе d (жұмыс күні) пайдаланыңыз.</translation>
    </message>
    <message>
        <source>the longest allowed is %1%2.</source>
        <translation>рұқсат етілген ең ұзақ мән – %1%2.</translation>
    </message>
    <message>
        <source>a duration must be at least 1%1.</source>
        <translation>ұзақтық кемінде 1%1 болуы керек.</translation>
    </message>
</context>
<context>
    <name>WorkspaceLoader</name>
    <message>
        <source>Your office &quot;%1&quot; is not in the directory.</source>
        <translation>Сіздің &quot;%1&quot; мекемеңіз анықтамалықта жоқ.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Ruqsat cannot start</source>
        <translation>Ruqsat іске қосылмады</translation>
    </message>
    <message>
        <source>The database has schema version %1 and this program needs %2: ask the administrator to run &apos;ruqsat-admin db migrate&apos; or to update Ruqsat.</source>
        <translation>Дерекқор схемасының нұсқасы – %1, ал бұл бағдарламаға %2 нұсқа қажет: әкімшіден &apos;ruqsat-admin db migrate&apos; командасын орындауды немесе Ruqsat-ты жаңартуды сұраңыз.</translation>
    </message>
    <message>
        <source>Ruqsat: the provider&apos;s workstation for shared-participation housing construction services.
Without --db or a configured server it runs its own embedded database.</source>
        <translation>Ruqsat: тұрғын үй құрылысына үлестік қатысу саласындағы мемлекеттік қызметтер бойынша көрсетілетін қызметті берушінің автоматтандырылған жұмыс орны.
--db параметрі немесе бапталған сервер болмаса, ол өзінің кірістірілген дерекқорымен жұмыс істейді.</translation>
    </message>
    <message>
        <source>Office server: a libpq connection string or URI.</source>
        <translation>Мекеме сервері: libpq қосылу жолы немесе URI.</translation>
    </message>
    <message>
        <source>Directory of the embedded database (default: %1).</source>
        <translation>Кірістірілген дерекқордың каталогы (әдепкі: %1).</translation>
    </message>
    <message>
        <source>Demo office</source>
        <translation>Демо мекеме</translation>
    </message>
    <message>
        <source>This is a new embedded database. Load the demo office, with a user of every role (password &quot;%1&quot;) and about fifty cases?</source>
        <translation>Бұл – жаңа кірістірілген дерекқор. Әр рөлдің пайдаланушысы (құпиясөз: &quot;%1&quot;) және елуге жуық іс бар демо мекемені жүктеу керек пе?</translation>
    </message>
</context>
<context>
    <name>ruqsat::core</name>
    <message>
        <source>%1 only</source>
        <translation>тек %1 жылы</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>жыл сайын</translation>
    </message>
    <message>
        <source>%1-%2 &quot;%3&quot; (%4%5)</source>
        <translation>%1-%2 &quot;%3&quot; (%4%5)</translation>
    </message>
    <message>
        <source>, not moved off a weekend</source>
        <translation>, демалыс күнінен ауыстырылмайды</translation>
    </message>
    <message>
        <source>%1 off &lt;- %2 worked</source>
        <translation>%1 демалыс &lt;- %2 жұмыс</translation>
    </message>
</context>
<context>
    <name>ruqsat::core::AuditVerifier</name>
    <message>
        <source>row %1 follows row %2: rows are missing</source>
        <translation>%1 жолы %2 жолынан кейін тұр: жолдар жетіспейді</translation>
    </message>
    <message>
        <source>its link to the previous row does not match that row&apos;s hash</source>
        <translation>оның алдыңғы жолға сілтемесі сол жолдың хэшіне сәйкес келмейді</translation>
    </message>
    <message>
        <source>its content does not match its hash: the row was changed</source>
        <translation>оның мазмұны хэшіне сәйкес келмейді: жол өзгертілген</translation>
    </message>
</context>
<context>
    <name>ruqsat::core::CalendarEdit</name>
    <message>
        <source>added holiday %1</source>
        <translation>мереке күні қосылды: %1</translation>
    </message>
    <message>
        <source>removed holiday %1</source>
        <translation>мереке күні жойылды: %1</translation>
    </message>
    <message>
        <source>added swap %1</source>
        <translation>күндерді ауыстыру қосылды: %1</translation>
    </message>
    <message>
        <source>removed swap %1</source>
        <translation>күндерді ауыстыру жойылды: %1</translation>
    </message>
    <message>
        <source>Kurban Ait set to %1</source>
        <translation>Құрбан айт күні белгіленді: %1</translation>
    </message>
    <message>
        <source>Kurban Ait moved from %1 to %2</source>
        <translation>Құрбан айт %1 күнінен %2 күніне ауыстырылды</translation>
    </message>
    <message>
        <source>added year %1 (provisional)</source>
        <translation>%1 жыл қосылды (алдын ала)</translation>
    </message>
    <message>
        <source>added year %1 (Kurban Ait %2)</source>
        <translation>%1 жыл қосылды (Құрбан айт: %2)</translation>
    </message>
    <message>
        <source>year %1 marked provisional</source>
        <translation>%1 жыл алдын ала деп белгіленді</translation>
    </message>
    <message>
        <source>year %1 confirmed</source>
        <translation>%1 жыл расталды</translation>
    </message>
    <message>
        <source>step %1 (%2)</source>
        <translation>%1-кезең (%2)</translation>
    </message>
    <message>
        <source>%1 %2 -&gt; %3</source>
        <translation>%1 %2 -&gt; %3</translation>
    </message>
    <message>
        <source>case %1: recomputed %2</source>
        <translation>№ %1 іс, қайта есептелді: %2</translation>
    </message>
</context>
<context>
    <name>ruqsat::core::CalendarRepository</name>
    <message>
        <source>The database returned no calendar.</source>
        <translation>Дерекқор күнтізбені қайтармады.</translation>
    </message>
    <message>
        <source>the database&apos;s calendar</source>
        <translation>дерекқордағы күнтізбе</translation>
    </message>
    <message>
        <source>The database returned no schedule.</source>
        <translation>Дерекқор жұмыс кестесін қайтармады.</translation>
    </message>
    <message>
        <source>The calendar edit returned no audit record.</source>
        <translation>Күнтізбені өңдеу аудит жазбасын қайтармады.</translation>
    </message>
</context>
<context>
    <name>ruqsat::core::PgBinaries</name>
    <message>
        <source>The PostgreSQL server programs (initdb, pg_ctl) were not found in $RUQSAT_PG_BINDIR, `pg_config --bindir` or /usr/lib/postgresql/*/bin. Install them: apt-get install postgresql-15</source>
        <translation>PostgreSQL сервер бағдарламалары (initdb, pg_ctl) $RUQSAT_PG_BINDIR, `pg_config --bindir` немесе /usr/lib/postgresql/*/bin ішінен табылмады. Оларды орнатыңыз: apt-get install postgresql-15</translation>
    </message>
</context>
<context>
    <name>ruqsat::core::PgCluster</name>
    <message>
        <source>No cluster directory was given.</source>
        <translation>Кластер каталогы көрсетілмеген.</translation>
    </message>
    <message>
        <source>The socket path %1 is %2 bytes long; Unix sockets allow at most %3. Choose a shorter cluster directory.</source>
        <translation>%1 сокет жолының ұзындығы – %2 байт; Unix сокеттері ең көбі %3 байтқа рұқсат етеді. Қысқарақ кластер каталогын таңдаңыз.</translation>
    </message>
    <message>
        <source>PostgreSQL refuses to run as root, and there is no `postgres` system user to run it as. Install postgresql-common or run as an ordinary user.</source>
        <translation>PostgreSQL root атынан жұмыс істемейді, ал оны іске қосуға болатын `postgres` жүйелік пайдаланушысы жоқ. postgresql-common орнатыңыз немесе қарапайым пайдаланушы ретінде іске қосыңыз.</translation>
    </message>
    <message>
        <source>Cannot create the cluster directory %1: check that its parent exists and is writable.</source>
        <translation>%1 кластер каталогын құру мүмкін емес: оның аталық каталогы бар екенін және оған жазуға болатынын тексеріңіз.</translation>
    </message>
    <message>
        <source>The cluster directory %1 is not writable by this user.</source>
        <translation>Бұл пайдаланушы %1 кластер каталогына жаза алмайды.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 құрылмады: %2</translation>
    </message>
    <message>
        <source>Cannot give %1 to the postgres user: %2</source>
        <translation>%1 иелігі postgres пайдаланушысына берілмеді: %2</translation>
    </message>
    <message>
        <source>PostgreSQL runs as the postgres user, who cannot enter %1. Choose a cluster directory it can reach, for example under /var/lib or /tmp.</source>
        <translation>PostgreSQL postgres пайдаланушысы атынан жұмыс істейді, ал ол %1 ішіне кіре алмайды. Ол қол жеткізе алатын кластер каталогын таңдаңыз, мысалы, /var/lib немесе /tmp ішінен.</translation>
    </message>
    <message>
        <source>Cannot run %1: %2</source>
        <translation>%1 іске қосылмады: %2</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 seconds.</source>
        <translation>%1 %2 секунд ішінде аяқталмады.</translation>
    </message>
    <message>
        <source>%1 failed (exit code %2): %3</source>
        <translation>%1 сәтсіз аяқталды (шығу коды %2): %3</translation>
    </message>
    <message>
        <source>%1 is not empty but holds no PostgreSQL cluster; move its content away first.</source>
        <translation>%1 бос емес, бірақ онда PostgreSQL кластері жоқ; алдымен оның ішіндегісін басқа жерге көшіріңіз.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 жазылмады: %2</translation>
    </message>
    <message>
        <source>Cannot extend %1: %2</source>
        <translation>%1 толықтырылмады: %2</translation>
    </message>
    <message>
        <source>%1 was left by a server that no longer runs, and cannot be removed.</source>
        <translation>%1 енді жұмыс істемейтін серверден қалған және оны жою мүмкін емес.</translation>
    </message>
    <message>
        <source>%1 holds no cluster yet; create one with `ruqsat-admin db init %1`.</source>
        <translation>%1 ішінде әлі кластер жоқ; оны `ruqsat-admin db init %1` командасымен құрыңыз.</translation>
    </message>
    <message>
        <source>Server log (%1):</source>
        <translation>Сервер журналы (%1):</translation>
    </message>
    <message>
        <source>Cannot read the cluster&apos;s superuser password %1: %2</source>
        <translation>Кластердің суперпайдаланушы құпиясөзін (%1) оқу мүмкін емес: %2</translation>
    </message>
</context>
<context>
    <name>ruqsat::core::StaffRegistry</name>
    <message>
        <source>The login &quot;%1&quot; is not valid: use 3 to 63 lowercase Latin letters, digits and &apos;_&apos;, starting with a letter.</source>
        <translation>&quot;%1&quot; логині жарамсыз: әріптен басталатын 3-тен 63-ке дейін кіші латын әрпін, цифрды және &apos;_&apos; таңбасын пайдаланыңыз.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is reserved: logins cannot start with pg_ or ruqsat_.</source>
        <translation>&quot;%1&quot; логині резервтелген: логиндер pg_ немесе ruqsat_ деп басталмауы керек.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>Құпиясөз кемінде %1 таңбадан тұруы керек.</translation>
    </message>
    <message>
        <source>Not connected to PostgreSQL (driver handle %1).</source>
        <translation>PostgreSQL-ге қосылмаған (драйвер дескрипторы %1).</translation>
    </message>
    <message>
        <source>Cannot encrypt the password: %1</source>
        <translation>Құпиясөзді шифрлау мүмкін емес: %1</translation>
    </message>
    <message>
        <source>No staff member &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; қызметкері жоқ.</translation>
    </message>
    <message>
        <source>The full name is empty.</source>
        <translation>Толық аты-жөні бос.</translation>
    </message>
    <message>
        <source>A staff member needs at least one role.</source>
        <translation>Қызметкердің кемінде бір рөлі болуы керек.</translation>
    </message>
    <message>
        <source>A database role &quot;%1&quot; exists already.</source>
        <translation>&quot;%1&quot; дерекқор рөлі бұрыннан бар.</translation>
    </message>
    <message>
        <source>Cannot add %1: no office &quot;%2&quot;?  (%3)</source>
        <translation>%1 қосылмады: &quot;%2&quot; мекемесі жоқ па?  (%3)</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::ActionDialog</name>
    <message>
        <source>Discard what you have entered in this form?</source>
        <translation>Осы нысанға енгізілген деректер жойылсын ба?</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::ApplicantsModel</name>
    <message>
        <source>As</source>
        <translation>Кім ретінде</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні / атауы</translation>
    </message>
    <message>
        <source>IIN / BIN</source>
        <translation>ЖСН / БСН</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::AssignDialog</name>
    <message>
        <source>Write resolution · case %1</source>
        <translation>Бұрыштама қою · № %1 іс</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>Бұ&amp;рыштама:</translation>
    </message>
    <message>
        <source>&amp;Write resolution</source>
        <translation>&amp;Бұрыштама қою</translation>
    </message>
    <message>
        <source>Reassign · case %1</source>
        <translation>Қайта тағайындау · № %1 іс</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Түсініктеме:</translation>
    </message>
    <message>
        <source>Re&amp;assign</source>
        <translation>&amp;Қайта тағайындау</translation>
    </message>
    <message>
        <source>Case %1 · %2 · %3</source>
        <translation>№ %1 іс · %2 · %3</translation>
    </message>
    <message>
        <source>(choose a specialist)</source>
        <translation>(маманды таңдаңыз)</translation>
    </message>
    <message>
        <source>%1 (assigned now)</source>
        <translation>%1 (қазір тағайындалған)</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::AttachmentsModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Көлемі</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Қосылды</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::CaseCardDialog</name>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>№ %1 іс</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>Кезең:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Арна:</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>Мекеме:</translation>
    </message>
    <message>
        <source>Submitted:</source>
        <translation>Берілген күні:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Келіп түскен күні:</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>Мерзім:</translation>
    </message>
    <message>
        <source>Specialist:</source>
        <translation>Маман:</translation>
    </message>
    <message>
        <source>&amp;Applicants</source>
        <translation>&amp;Көрсетілетін қызметті алушылар</translation>
    </message>
    <message>
        <source>&amp;Object</source>
        <translation>&amp;Объект</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Құжаттар</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Бұрыштама:</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Шешім:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Мәліметтер:</translation>
    </message>
    <message>
        <source>Returned for rework:</source>
        <translation>Пысықтауға қайтарылды:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Қолтаңба:</translation>
    </message>
    <message>
        <source>Refused at intake:</source>
        <translation>Қабылдаудан бас тартылды:</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>&amp;Нәтиже</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Тарих</translation>
    </message>
    <message>
        <source>Case %1 · %2 (%3, version %4)</source>
        <translation>№ %1 іс · %2 (%3, %4-нұсқа)</translation>
    </message>
    <message>
        <source>%1: every document provided.</source>
        <translation>%1: барлық құжат ұсынылған.</translation>
    </message>
    <message>
        <source>%1: %2 document(s) missing.</source>
        <translation>%1: %2 құжат жетіспейді.</translation>
    </message>
    <message>
        <source>ends %1</source>
        <translation>%1 аяқталады</translation>
    </message>
    <message>
        <source>not assigned yet</source>
        <translation>әлі тағайындалмаған</translation>
    </message>
    <message>
        <source>No object data.</source>
        <translation>Объект туралы деректер жоқ.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>әлі жоқ</translation>
    </message>
    <message>
        <source>Issue the result</source>
        <translation>Нәтижені беру</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Motivated refusal</source>
        <translation>Бас тарту туралы дәлелді жауап</translation>
    </message>
    <message>
        <source>Ground: %1</source>
        <translation>Негіз: %1</translation>
    </message>
    <message>
        <source>Motivation: %1</source>
        <translation>Негіздеме: %1</translation>
    </message>
    <message>
        <source>Signed by %1 on %2</source>
        <translation>%2 күні %1 қол қойды</translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation>Сертификат %1</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>қол қойылмаған</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Жетіспейтіні: %1</translation>
    </message>
    <message>
        <source>&amp;Issued documents</source>
        <translation>&amp;Берілген құжаттар</translation>
    </message>
    <message>
        <source>Attached files:</source>
        <translation>Қосылған файлдар:</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>&amp;Ашу</translation>
    </message>
    <message>
        <source>Sa&amp;ve as…</source>
        <translation>Басқаша &amp;сақтау…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Attached files: none.</source>
        <translation>Қосылған файлдар: жоқ.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 жазылмады: %2</translation>
    </message>
    <message>
        <source>No program opens this file. It was saved as %1.</source>
        <translation>Бұл файлды ашатын бағдарлама жоқ. Ол %1 ретінде сақталды.</translation>
    </message>
    <message>
        <source>Save the attached file</source>
        <translation>Қосылған файлды сақтау</translation>
    </message>
    <message>
        <source>its permissions cannot be restricted</source>
        <translation>оған қол жеткізу құқықтарын шектеу мүмкін емес</translation>
    </message>
    <message>
        <source>too many copies of this file are open</source>
        <translation>бұл файлдың тым көп көшірмесі ашық</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::CaseChangeFeedDriver</name>
    <message>
        <source>Live updates are not available.</source>
        <translation>Жедел жаңартулар қолжетімсіз.</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::CaseQueueModel</name>
    <message>
        <source>unknown</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <source>Step due %1</source>
        <translation>Кезең мерзімі: %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Қызмет</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>Көрсетілетін қызметті алушылар</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Маман</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Мекеме</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Келіп түскен күні</translation>
    </message>
    <message>
        <source>Step due</source>
        <translation>Кезең мерзімі</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Мерзім</translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation>Мерзімнің аяқталуы</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::ChecklistFiles</name>
    <message>
        <source>attached</source>
        <translation>қосылды</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Файлды қосу</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>Құжаттар (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;Барлық файлдар (*)</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::ChecklistModel</name>
    <message>
        <source>provided</source>
        <translation>ұсынылған</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ұсынылмаған</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::DocumentDropVerifier</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 оқылмады: %2</translation>
    </message>
    <message>
        <source>%1 could not be checked: %2</source>
        <translation>%1 тексерілмеді: %2</translation>
    </message>
    <message>
        <source>%1 was NOT issued here: no document issued by this office has exactly these bytes. It may have been changed or come from elsewhere.</source>
        <translation>%1 мұнда БЕРІЛМЕГЕН: осы мекеме берген құжаттардың ешқайсысының байттары бұған дәл сәйкес келмейді. Ол өзгертілген немесе басқа жерден алынған болуы мүмкін.</translation>
    </message>
    <message>
        <source>%1 is genuine: document %2 of case %3, signed by %4 on %5 (UTC).</source>
        <translation>%1 түпнұсқа: № %3 істің № %2 құжаты, %5 (UTC) күні %4 қол қойған.</translation>
    </message>
    <message>
        <source>Document verification</source>
        <translation>Құжатты тексеру</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::DocumentPreviewDialog</name>
    <message>
        <source>Draft preview</source>
        <translation>Жобаны алдын ала қарау</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>№ %1 құжат</translation>
    </message>
    <message>
        <source>Draft: not signed, not registered</source>
        <translation>Жоба: қол қойылмаған, тіркелмеген</translation>
    </message>
    <message>
        <source>Rendered from the case&apos;s data</source>
        <translation>Іс деректерінен жасалған</translation>
    </message>
    <message>
        <source>Issued document %1, as stored</source>
        <translation>№ %1 берілген құжат, сақталған күйінде</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тіл:</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Басып шығару...</translation>
    </message>
    <message>
        <source>&amp;Save as PDF...</source>
        <translation>PDF ретінде &amp;сақтау...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Жабу</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 жазылмады: %2</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>жоба</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <source>Document %1: not yet stored; rendered from the registered data. This is not the registered file and cannot be saved as PDF.</source>
        <translation>№ %1 құжат әлі сақталмаған; тіркелген деректер бойынша көрсетілді. Бұл тіркелген файл емес, оны PDF ретінде сақтау мүмкін емес.</translation>
    </message>
    <message>
        <source>This document&apos;s PDF is not stored yet: a rendering of it is not the registered file. An administrator stores it with ruqsat-admin document export.</source>
        <translation>Бұл құжаттың PDF файлы әлі сақталмаған: оның көрінісі тіркелген файл емес. Әкімші оны ruqsat-admin document export пәрменімен сақтайды.</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::EventTimelineModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Through %1</source>
        <translation>%1 арқылы</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Жетіспейтіні: %1</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>%1 маманына</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>%1 маманынан %2 маманына</translation>
    </message>
    <message>
        <source>Motivated refusal (%1)</source>
        <translation>Бас тарту туралы дәлелді жауап (%1)</translation>
    </message>
    <message>
        <source>Result to issue</source>
        <translation>Берілетін нәтиже</translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation>Сертификат %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Түсініктеме</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::IssuedDocumentsPanel</name>
    <message>
        <source>Permit</source>
        <translation>Рұқсат</translation>
    </message>
    <message>
        <source>Extract</source>
        <translation>Үзінді көшірме</translation>
    </message>
    <message>
        <source>Motivated refusal</source>
        <translation>Бас тарту туралы дәлелді жауап</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Қазақ тілі</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орыс тілі</translation>
    </message>
    <message>
        <source>Issued documents</source>
        <translation>Берілген құжаттар</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Тіркеу нөмірі</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Қол қойылған күні</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Қол қойған</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Аш&amp;у</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>Басып &amp;шығару...</translation>
    </message>
    <message>
        <source>Save as &amp;PDF...</source>
        <translation>&amp;PDF ретінде сақтау...</translation>
    </message>
    <message>
        <source>&amp;Receipt...</source>
        <translation>Қол&amp;хат...</translation>
    </message>
    <message>
        <source>Choose a document first.</source>
        <translation>Алдымен құжатты таңдаңыз.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Қолхат</translation>
    </message>
    <message>
        <source>Only a package handed in at the State Corporation has a receipt.</source>
        <translation>Қолхат тек Мемлекеттік корпорацияға тапсырылған құжаттар топтамасына беріледі.</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::LanguageManager</name>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>The %1 translation could not be loaded; the screens show English.</source>
        <translation>«%1» аудармасы жүктелмеді; экрандар ағылшын тілінде көрсетіледі.</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::LoginDialog</name>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Жүйеге кіру</translation>
    </message>
    <message>
        <source>Ruqsat runs on an office server; start it without --db to use the embedded database.</source>
        <translation>Ruqsat мекеме серверінде жұмыс істеп тұр; кірістірілген дерекқорды пайдалану үшін оны --db параметрінсіз іске қосыңыз.</translation>
    </message>
    <message>
        <source>Enter the office server&apos;s connection, e.g. &quot;host=server dbname=ruqsat&quot;.</source>
        <translation>Мекеме серверіне қосылу жолын енгізіңіз, мысалы, &quot;host=server dbname=ruqsat&quot;.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тіл:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::MainWindow</name>
    <message>
        <source>Ruqsat — %1, %2</source>
        <translation>Ruqsat — %1, %2</translation>
    </message>
    <message>
        <source>Your account holds no role with a work queue (clerk, head, specialist or supervisor). Administration is done with ruqsat-admin.</source>
        <translation>Тіркелгіңізде жұмыс кезегі бар рөл жоқ (кеңсе қызметкері, басшы, маман немесе бақылаушы). Әкімшілік ruqsat-admin арқылы жүргізіледі.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Кө&amp;рініс</translation>
    </message>
    <message>
        <source>&amp;Refresh queue</source>
        <translation>Кезекті &amp;жаңарту</translation>
    </message>
    <message>
        <source>Refresh &amp;all queues</source>
        <translation>&amp;Барлық кезектерді жаңарту</translation>
    </message>
    <message>
        <source>&amp;Filter queue</source>
        <translation>Кезекті &amp;сүзу</translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation>%1 (%2) · %3</translation>
    </message>
    <message>
        <source>Embedded database</source>
        <translation>Кірістірілген дерекқор</translation>
    </message>
    <message>
        <source>Office server</source>
        <translation>Мекеме сервері</translation>
    </message>
    <message>
        <source>Schema %1</source>
        <translation>Схема %1</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>№ %1 іс</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>Ба&amp;птаулар</translation>
    </message>
    <message>
        <source>&amp;Language and settings…</source>
        <translation>&amp;Тіл және баптаулар…</translation>
    </message>
    <message>
        <source>Connection to the server lost; reconnecting…</source>
        <translation>Сервермен байланыс үзілді; қайта қосылуда…</translation>
    </message>
    <message>
        <source>Reconnected at %1; reloaded</source>
        <translation>Қайта қосылды (%1); деректер қайта жүктелді</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::OverdueReportModel</name>
    <message>
        <source>%1 working seconds</source>
        <translation>%1 жұмыс секунды</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Мекеме</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Қызмет</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Қызметкер</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Аяқталды</translation>
    </message>
    <message>
        <source>Overdue / left (working time)</source>
        <translation>Мерзімнен асуы / қалғаны (жұмыс уақыты)</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::OverdueReportWidget</name>
    <message>
        <source>Finished late from</source>
        <translation>Кешігіп орындалғандар: кезең басы</translation>
    </message>
    <message>
        <source>until (not included)</source>
        <translation>кезең соңы (қосылмайды)</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Кезеңнің басы</translation>
    </message>
    <message>
        <source>Period end, not included</source>
        <translation>Кезеңнің соңы, қосылмайды</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Мекеме</translation>
    </message>
    <message>
        <source>All offices I supervise</source>
        <translation>Мен бақылайтын барлық мекемелер</translation>
    </message>
    <message>
        <source>The office and the offices below it</source>
        <translation>Мекеме және оған бағынысты мекемелер</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Топтау</translation>
    </message>
    <message>
        <source>At risk within</source>
        <translation>Мерзімі тақалу шегі</translation>
    </message>
    <message>
        <source> working h</source>
        <translation> жұмыс сағ</translation>
    </message>
    <message>
        <source>not shown</source>
        <translation>көрсетілмейді</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Жаңарту</translation>
    </message>
    <message>
        <source>Export &amp;CSV...</source>
        <translation>&amp;CSV-ге экспорттау...</translation>
    </message>
    <message>
        <source>Export &amp;PDF...</source>
        <translation>&amp;PDF-ке экспорттау...</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Барлық күйлер</translation>
    </message>
    <message>
        <source>Filter by office, service, step, employee or case</source>
        <translation>Мекеме, қызмет, кезең, қызметкер немесе іс бойынша сүзу</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Сүзгі</translation>
    </message>
    <message>
        <source>Overdue report</source>
        <translation>Мерзімі өткендер туралы есеп</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Жиынтық</translation>
    </message>
    <message>
        <source>Totals per group</source>
        <translation>Топтар бойынша жиынтық</translation>
    </message>
    <message>
        <source>The period must start before it ends.</source>
        <translation>Кезеңнің басы оның соңынан бұрын болуы керек.</translation>
    </message>
    <message>
        <source>Shown: %1 of %2. Steps overdue now: %3, finished late: %4, at risk: %5. Cases overdue now: %6, finished late: %7.</source>
        <translation>Көрсетілгені: %2 ішінен %1. Мерзімі қазір өткен кезеңдер: %3, кешігіп орындалғандары: %4, мерзімі тақалғандары: %5. Мерзімі қазір өткен істер: %6, кешігіп орындалғандары: %7.</translation>
    </message>
    <message>
        <source>As of %1; finished late from %2 until %3 (not included); office: %4; at risk within %5.</source>
        <translation>%1 жағдай бойынша; кешігіп орындалғандар кезеңі: %2 – %3 (соңы қосылмайды); мекеме: %4; мерзімі тақалу шегі: %5.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>all offices I supervise</source>
        <translation>мен бақылайтын барлық мекемелер</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV-ге экспорттау</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлдары (*.csv)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF-ке экспорттау</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::OverdueTotalsModel</name>
    <message>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>Қазір мерзімі өткен</translation>
    </message>
    <message>
        <source>Overdue (working time)</source>
        <translation>Мерзімнен асуы (жұмыс уақыты)</translation>
    </message>
    <message>
        <source>Finished late</source>
        <translation>Кешігіп орындалған</translation>
    </message>
    <message>
        <source>Late by (working time)</source>
        <translation>Кешігуі (жұмыс уақыты)</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Мерзімі тақалған</translation>
    </message>
    <message>
        <source>Cases overdue now</source>
        <translation>Мерзімі қазір өткен істер</translation>
    </message>
    <message>
        <source>Cases overdue (working time)</source>
        <translation>Істердің мерзімнен асуы (жұмыс уақыты)</translation>
    </message>
    <message>
        <source>Cases finished late</source>
        <translation>Кешігіп орындалған істер</translation>
    </message>
    <message>
        <source>Cases late by (working time)</source>
        <translation>Істердің кешігуі (жұмыс уақыты)</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::PrepareResultDialog</name>
    <message>
        <source>Prepare result · case %1</source>
        <translation>Нәтижені дайындау · № %1 іс</translation>
    </message>
    <message>
        <source>Case %1 · %2</source>
        <translation>№ %1 іс · %2</translation>
    </message>
    <message>
        <source>Resolution: %1</source>
        <translation>Бұрыштама: %1</translation>
    </message>
    <message>
        <source>Returned for rework: %1</source>
        <translation>Пысықтауға қайтарылды: %1</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::QueueWidget</name>
    <message>
        <source>Filter by number, applicant, object or specialist</source>
        <translation>Нөмір, көрсетілетін қызметті алушы, объект немесе маман бойынша сүзу</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Сүзгі</translation>
    </message>
    <message>
        <source>All deadlines</source>
        <translation>Барлық мерзімдер</translation>
    </message>
    <message>
        <source>At risk or overdue</source>
        <translation>Мерзімі тақалған немесе өткен</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <source>Deadline filter</source>
        <translation>Мерзім сүзгісі</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Істі ашу</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Shown: %1 of %2</source>
        <translation>Көрсетілгені: %2 ішінен %1</translation>
    </message>
    <message>
        <source>Loaded: %1 of %2</source>
        <translation>Жүктелгені: %2 ішінен %1</translation>
    </message>
    <message>
        <source>Cases: %1</source>
        <translation>Істер: %1</translation>
    </message>
    <message>
        <source>The queue could not be read: %1</source>
        <translation>Кезекті оқу мүмкін болмады: %1</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::RegisterDialog</name>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <source>IIN or BIN</source>
        <translation>ЖСН немесе БСН</translation>
    </message>
    <message>
        <source>Register an application</source>
        <translation>Өтінішті тіркеу</translation>
    </message>
    <message>
        <source>Office time (%1)</source>
        <translation>Мекеме уақыты (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Version %1, in force since %2</source>
        <translation>%1-нұсқа, %2 бастап қолданыста</translation>
    </message>
    <message>
        <source>No version of this service is in force on the submission date.</source>
        <translation>Өтініш берілген күні бұл қызметтің бірде-бір нұсқасы қолданыста болмаған.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Аты-жөні / атауы:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Эл. пошта:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Мекенжайы:</translation>
    </message>
    <message>
        <source>The application was received as case %1 and waits in My registrations, but: %2</source>
        <translation>Өтініш № %1 іс ретінде келіп түсті және «Менің тіркеулерім» кезегінде тұр, бірақ: %2</translation>
    </message>
    <message>
        <source>Remove the refused file(s) first: %1.</source>
        <translation>Алдымен қабылданбаған файлдарды жойыңыз: %1.</translation>
    </message>
    <message>
        <source>Register · case %1</source>
        <translation>Тіркеу · № %1 іс</translation>
    </message>
    <message>
        <source>The application was received as case %1 and waits in My registrations, but the file &quot;%2&quot; was refused: %3</source>
        <translation>Өтініш № %1 іс ретінде келіп түсті және «Менің тіркеулерім» кезегінде тұр, бірақ &quot;%2&quot; файлы қабылданбады: %3</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::RoleScreen</name>
    <message>
        <source>&amp;New application…</source>
        <translation>&amp;Жаңа өтініш…</translation>
    </message>
    <message>
        <source>Se&amp;nd…</source>
        <translation>Ж&amp;іберу…</translation>
    </message>
    <message>
        <source>Write &amp;resolution…</source>
        <translation>Бұрыштама &amp;қою…</translation>
    </message>
    <message>
        <source>Si&amp;gn or return…</source>
        <translation>Қо&amp;л қою немесе қайтару…</translation>
    </message>
    <message>
        <source>Re&amp;assign…</source>
        <translation>Қайта т&amp;ағайындау…</translation>
    </message>
    <message>
        <source>&amp;Prepare result…</source>
        <translation>&amp;Нәтижені дайындау…</translation>
    </message>
    <message>
        <source>Re&amp;gister…</source>
        <translation>&amp;Тіркеу…</translation>
    </message>
    <message>
        <source>Overdue report</source>
        <translation>Мерзімі өткендер туралы есеп</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тіл:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>The screens change language at once; what you have typed in open forms stays.</source>
        <translation>Экрандардың тілі бірден ауысады; ашық нысандарға енгізгеніңіз сақталады.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::SignDialog</name>
    <message>
        <source>Sign or return · case %1</source>
        <translation>Қол қою немесе қайтару · № %1 іс</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Қол қою</translation>
    </message>
    <message>
        <source>&amp;Return for rework</source>
        <translation>&amp;Пысықтауға қайтару</translation>
    </message>
    <message>
        <source>Case %1 · %2 · prepared by %3</source>
        <translation>№ %1 іс · %2 · дайындаған: %3</translation>
    </message>
    <message>
        <source>No result has been prepared.</source>
        <translation>Нәтиже дайындалмаған.</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орыс тілі</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Қазақ тілі</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::StepActionDialog</name>
    <message>
        <source>Register · case %1</source>
        <translation>Тіркеу · № %1 іс</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Тіркеу</translation>
    </message>
    <message>
        <source>Send the result · case %1</source>
        <translation>Нәтижені жіберу · № %1 іс</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Жіберу</translation>
    </message>
    <message>
        <source>Case %1 · %2 · %3 · %4</source>
        <translation>№ %1 іс · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Register the application and pass it to the head?</source>
        <translation>Өтінішті тіркеп, басшыға беру керек пе?</translation>
    </message>
    <message>
        <source>the signed motivated refusal</source>
        <translation>қол қойылған бас тарту туралы дәлелді жауапты</translation>
    </message>
    <message>
        <source>the signed result</source>
        <translation>қол қойылған нәтижені</translation>
    </message>
    <message>
        <source>Send %1 to the State Corporation?</source>
        <translation>Мемлекеттік корпорацияға %1 жіберу керек пе?</translation>
    </message>
    <message>
        <source>Send %1 to the applicant&apos;s cabinet on the portal?</source>
        <translation>Порталдағы көрсетілетін қызметті алушының жеке кабинетіне %1 жіберу керек пе?</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::StepStrip</name>
    <message>
        <source>%1 · norm %2</source>
        <translation>%1 · нормасы %2</translation>
    </message>
    <message>
        <source>current step</source>
        <translation>ағымдағы кезең</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Әлі басталмаған</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Мерзімі: %1</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Басталды: %1</translation>
    </message>
    <message>
        <source>Finished %1</source>
        <translation>Аяқталды: %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Pass %1</source>
        <translation>%1-рет</translation>
    </message>
    <message>
        <source>done late</source>
        <translation>кешігіп орындалды</translation>
    </message>
</context>
</TS>
