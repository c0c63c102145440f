<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AssignDialog</name>
    <message>
        <source>&amp;Specialist:</source>
        <translation>&amp;Специалист:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Резолюция:</translation>
    </message>
    <message>
        <source>&amp;Write resolution</source>
        <translation>&amp;Наложить резолюцию</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>AttachmentValidator</name>
    <message>
        <source>The file name must be 1 to 255 characters, without folders or control characters.</source>
        <translation>Имя файла должно содержать от 1 до 255 символов, без папок и управляющих символов.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл пуст.</translation>
    </message>
    <message>
        <source>The file is larger than 20 MiB.</source>
        <translation>Размер файла превышает 20 МБ.</translation>
    </message>
    <message>
        <source>Only PDF, JPEG, PNG and TIFF files can be attached; this file is none of them, whatever its name says.</source>
        <translation>Прикреплять можно только файлы PDF, JPEG, PNG и TIFF; этот файл не относится ни к одному из этих форматов, независимо от его имени.</translation>
    </message>
    <message>
        <source>The file&apos;s content does not match its type.</source>
        <translation>Содержимое файла не соответствует его типу.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Не удается прочитать файл.</translation>
    </message>
    <message>
        <source>This file is already attached to this document.</source>
        <translation>Этот файл уже прикреплен к данному документу.</translation>
    </message>
    <message>
        <source>There is no such attached file, or you may not see it.</source>
        <translation>Такой прикрепленный файл не найден, или у вас нет доступа к нему.</translation>
    </message>
    <message>
        <source>The stored file does not match its SHA-256: it was damaged.</source>
        <translation>Сохраненный файл не соответствует своей контрольной сумме SHA-256: файл поврежден.</translation>
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
        <translation>не должно быть пустым.</translation>
    </message>
    <message>
        <source>unknown field.</source>
        <translation>неизвестное поле.</translation>
    </message>
    <message>
        <source>expected an array.</source>
        <translation>ожидается массив.</translation>
    </message>
    <message>
        <source>expected an object.</source>
        <translation>ожидается объект.</translation>
    </message>
    <message>
        <source>expected an integer or null.</source>
        <translation>ожидается целое число или null.</translation>
    </message>
    <message>
        <source>expected an integer.</source>
        <translation>ожидается целое число.</translation>
    </message>
    <message>
        <source>expected true or false.</source>
        <translation>ожидается true или false.</translation>
    </message>
    <message>
        <source>expected a string.</source>
        <translation>ожидается строка.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date in the form YYYY-MM-DD.</source>
        <translation>«%1» не является датой в формате ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>at least one year is needed.</source>
        <translation>требуется хотя бы один год.</translation>
    </message>
    <message>
        <source>%1 is not between %2 and %3.</source>
        <translation>%1 не входит в диапазон от %2 до %3.</translation>
    </message>
    <message>
        <source>%1 does not follow %2: the years must be consecutive, ascending.</source>
        <translation>%1 не следует за %2: годы должны идти подряд по возрастанию.</translation>
    </message>
    <message>
        <source>%1 is not a month (1-12).</source>
        <translation>%1 не является номером месяца (1-12).</translation>
    </message>
    <message>
        <source>%1 is not a day of month %2.</source>
        <translation>%1 не является днем месяца %2.</translation>
    </message>
    <message>
        <source>%1 is before validFrom %2.</source>
        <translation>%1 раньше validFrom %2.</translation>
    </message>
    <message>
        <source>%1-%2 is already listed as fixedHolidays[%3] for some of the same years.</source>
        <translation>%1-%2 уже указан как fixedHolidays[%3] для некоторых из тех же лет.</translation>
    </message>
    <message>
        <source>not a valid date.</source>
        <translation>недопустимая дата.</translation>
    </message>
    <message>
        <source>%1 is outside the covered years %2.</source>
        <translation>%1 выходит за пределы охватываемых лет %2.</translation>
    </message>
    <message>
        <source>a second date for %1.</source>
        <translation>повторная дата для %1 года.</translation>
    </message>
    <message>
        <source>no date for %1, which is not marked provisional.</source>
        <translation>нет даты для %1 года, который не отмечен как предварительный.</translation>
    </message>
    <message>
        <source>the same date as dayOff.</source>
        <translation>та же дата, что и dayOff.</translation>
    </message>
    <message>
        <source>offset %1</source>
        <translation>смещение %1</translation>
    </message>
    <message>
        <source>not valid JSON: %1.</source>
        <translation>недопустимый JSON: %1.</translation>
    </message>
    <message>
        <source>the document</source>
        <translation>документ</translation>
    </message>
    <message>
        <source>version %1 is not supported (expected %2).</source>
        <translation>версия %1 не поддерживается (ожидается %2).</translation>
    </message>
    <message>
        <source>The shipped calendar %1 cannot be read: %2</source>
        <translation>Не удается прочитать поставляемый календарь %1: %2</translation>
    </message>
    <message>
        <source>%1: swaps[%2].%3: %4 %5 (source: %6).</source>
        <translation>%1: swaps[%2].%3: %4 %5 (источник: %6).</translation>
    </message>
    <message>
        <source>is not an ordinary working day (it is a %1), so a decree cannot make it a day off</source>
        <translation>не является обычным рабочим днем (это %1), поэтому постановлением его нельзя сделать выходным днем</translation>
    </message>
    <message>
        <source>is not a weekend or moved day off (it is a %1), so a decree cannot make it a working day</source>
        <translation>не является выходным или перенесенным выходным днем (это %1), поэтому постановлением его нельзя сделать рабочим днем</translation>
    </message>
</context>
<context>
    <name>CaseCardDialog</name>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Cadastral number</source>
        <translation>Кадастровый номер</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>Номер договора</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Apartments</source>
        <translation>Квартиры</translation>
    </message>
    <message>
        <source>Apartment</source>
        <translation>Квартира</translation>
    </message>
    <message>
        <source>Area, m²</source>
        <translation>Площадь, м²</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Номер учетной записи</translation>
    </message>
</context>
<context>
    <name>CaseChangeFeed</name>
    <message>
        <source>The session&apos;s connection %1 is not open.</source>
        <translation>Соединение сеанса %1 не открыто.</translation>
    </message>
    <message>
        <source>Cannot connect for live updates: %1</source>
        <translation>Не удается подключиться для получения обновлений в реальном времени: %1</translation>
    </message>
    <message>
        <source>Cannot subscribe to %1: %2</source>
        <translation>Не удается подписаться на %1: %2</translation>
    </message>
    <message>
        <source>Live updates are not started.</source>
        <translation>Обновления в реальном времени не запущены.</translation>
    </message>
</context>
<context>
    <name>CaseProjection</name>
    <message>
        <source>Event %1 (%2): &apos;%3&apos; is missing or malformed.</source>
        <translation>Событие %1 (%2): поле «%3» отсутствует или имеет неверный формат.</translation>
    </message>
    <message>
        <source>Event %1 cannot follow version %2 of the case.</source>
        <translation>Событие %1 не может следовать за версией %2 заявки.</translation>
    </message>
    <message>
        <source>Event %1 starts from step %2, but the case is at %3.</source>
        <translation>Событие %1 начинается с этапа %2, но заявка находится на этапе %3.</translation>
    </message>
</context>
<context>
    <name>CaseQueries</name>
    <message>
        <source>Case %1 has an unknown channel or state.</source>
        <translation>У заявки № %1 неизвестный канал или состояние.</translation>
    </message>
    <message>
        <source>A page holds at least one case.</source>
        <translation>Страница должна содержать хотя бы одну заявку.</translation>
    </message>
</context>
<context>
    <name>CaseStore</name>
    <message>
        <source>This database account is not an active staff member.</source>
        <translation>Эта учетная запись базы данных не принадлежит действующему сотруднику.</translation>
    </message>
    <message>
        <source>No active staff member &quot;%1&quot;.</source>
        <translation>Нет действующего сотрудника «%1».</translation>
    </message>
    <message>
        <source>There is no case %1, or you may not see it.</source>
        <translation>Заявки № %1 нет, или у вас нет доступа к ней.</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>out of memory</source>
        <translation>недостаточно памяти</translation>
    </message>
    <message>
        <source>Invalid connection string: %1</source>
        <translation>Недопустимая строка подключения: %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>служба %1</translation>
    </message>
    <message>
        <source>socket %1</source>
        <translation>сокет %1</translation>
    </message>
    <message>
        <source>server %1</source>
        <translation>сервер %1</translation>
    </message>
    <message>
        <source>database %1</source>
        <translation>база данных %1</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>пользователь %1</translation>
    </message>
    <message>
        <source>libpq defaults (PG* environment)</source>
        <translation>параметры libpq по умолчанию (переменные окружения PG*)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</source>
        <translation>Драйвер PostgreSQL для Qt не установлен (пакет Debian libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The connection option %1 contains &apos;;&apos;, which is not supported.</source>
        <translation>Параметр подключения %1 содержит «;», что не поддерживается.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Не удается подключиться к %1: %2</translation>
    </message>
    <message>
        <source>Someone else changed this at the same moment; reload and try again.</source>
        <translation>Эти данные одновременно изменил другой пользователь; обновите их и повторите попытку.</translation>
    </message>
    <message>
        <source>The database connection failed: %1</source>
        <translation>Ошибка подключения к базе данных: %1</translation>
    </message>
</context>
<context>
    <name>DatabaseChoice</name>
    <message>
        <source>embedded database in %1</source>
        <translation>встроенная база данных в %1</translation>
    </message>
</context>
<context>
    <name>DeadlineText</name>
    <message>
        <source>less than 1 min</source>
        <translation>менее 1 мин</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 раб. дн.</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 раб. дн. %2 ч</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>done on time</source>
        <translation>выполнено в срок</translation>
    </message>
    <message>
        <source>done %1 late</source>
        <translation>выполнено с просрочкой на %1</translation>
    </message>
    <message>
        <source>done late</source>
        <translation>выполнено с просрочкой</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>просрочено на %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>срок истекает</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>осталось %1</translation>
    </message>
</context>
<context>
    <name>DemoSeeder</name>
    <message>
        <source>The demo office is already in this database.</source>
        <translation>Демонстрационное подразделение уже есть в этой базе данных.</translation>
    </message>
</context>
<context>
    <name>DocumentIssuer</name>
    <message>
        <source>There is no issued document %1.</source>
        <translation>Выданный документ № %1 не найден.</translation>
    </message>
    <message>
        <source>The document&apos;s language is ru or kk.</source>
        <translation>Язык документа должен быть ru или kk.</translation>
    </message>
    <message>
        <source>The PDF of document %1 is not stored yet; only an administrator can store it (ruqsat-admin document export).</source>
        <translation>PDF документа %1 еще не сохранен; сохранить его может только администратор (ruqsat-admin document export).</translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <source>There is no document template %1 in language %2.</source>
        <translation>Шаблон документа %1 на языке %2 отсутствует.</translation>
    </message>
    <message>
        <source>Documents are rendered in ru or kk, not %1.</source>
        <translation>Документы формируются на языке ru или kk, а не %1.</translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation>Не удалось записать PDF.</translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation>Не удалось открыть принтер.</translation>
    </message>
</context>
<context>
    <name>Event</name>
    <message>
        <source>The field &apos;%1&apos; is missing or malformed.</source>
        <translation>Поле «%1» отсутствует или имеет неверный формат.</translation>
    </message>
</context>
<context>
    <name>IdentityNumber</name>
    <message>
        <source>An %1 has 12 digits; &apos;%2&apos; has %3 characters.</source>
        <translation>%1 состоит из 12 цифр, а в «%2» символов: %3.</translation>
    </message>
    <message>
        <source>An %1 has only digits; &apos;%2&apos; has &apos;%3&apos; at position %4.</source>
        <translation>%1 состоит только из цифр, а в «%2» на позиции %4 стоит «%3».</translation>
    </message>
    <message>
        <source>The %1&apos;s check digit computes to 10 with both weight sets, so no valid %1 starts with these 11 digits.</source>
        <translation>Контрольный разряд %1 при обоих наборах весов равен 10, поэтому допустимый %1 не может начинаться с этих 11 цифр.</translation>
    </message>
    <message>
        <source>The %1&apos;s check digit (12th) is %2, but the first 11 digits give %3.</source>
        <translation>Контрольный разряд %1 (12-й) равен %2, но по первым 11 цифрам должен быть равен %3.</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>The IIN&apos;s century-and-sex digit (7th) is %1; only 1 to 6 are assigned.</source>
        <translation>Разряд века и пола ИИН (7-й) равен %1; допустимы только значения от 1 до 6.</translation>
    </message>
    <message>
        <source>The IIN&apos;s date of birth (digits 1-6 with century digit %1) would be %2-%3-%4, which does not exist.</source>
        <translation>Дата рождения в ИИН (цифры 1-6 при разряде века %1) получается %2-%3-%4, а такой даты не существует.</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <source>The BIN&apos;s registration month (digits 3-4) is %1; a month is 01 to 12.</source>
        <translation>Месяц регистрации в БИН (цифры 3-4) равен %1; месяц должен быть от 01 до 12.</translation>
    </message>
    <message>
        <source>The BIN&apos;s type digit (5th) is %1; it must be 4 (resident legal entity), 5 (non-resident) or 6 (joint individual entrepreneurship).</source>
        <translation>Разряд типа БИН (5-й) равен %1; он должен быть 4 (юридическое лицо-резидент), 5 (нерезидент) или 6 (совместное индивидуальное предпринимательство).</translation>
    </message>
    <message>
        <source>The BIN&apos;s attribute digit (6th) is %1; it must be 0 (head unit), 1 (branch), 2 (representative office) or 3 (farm).</source>
        <translation>Разряд признака БИН (6-й) равен %1; он должен быть 0 (головное подразделение), 1 (филиал), 2 (представительство) или 3 (крестьянское (фермерское) хозяйство).</translation>
    </message>
    <message>
        <source>IIN or BIN</source>
        <translation>ИИН или БИН</translation>
    </message>
    <message>
        <source>Taken for an IIN because its fifth digit is %1 (a BIN&apos;s type digit is 4-6).</source>
        <translation>Распознан как ИИН, так как пятая цифра равна %1 (разряд типа БИН — от 4 до 6).</translation>
    </message>
    <message>
        <source>Taken for a BIN because its fifth digit is %1 (in an IIN it starts the day of birth, 0-3).</source>
        <translation>Распознан как БИН, так как пятая цифра равна %1 (в ИИН с нее начинается день рождения, 0-3).</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Clerk</source>
        <translation>Сотрудник канцелярии</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Специалист</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Контролер</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>&amp;Clerk</source>
        <translation>&amp;Сотрудник канцелярии</translation>
    </message>
    <message>
        <source>&amp;Head</source>
        <translation>&amp;Руководитель</translation>
    </message>
    <message>
        <source>&amp;Specialist</source>
        <translation>С&amp;пециалист</translation>
    </message>
    <message>
        <source>S&amp;upervisor</source>
        <translation>&amp;Контролер</translation>
    </message>
    <message>
        <source>&amp;Administrator</source>
        <translation>&amp;Администратор</translation>
    </message>
    <message>
        <source>Not received</source>
        <translation>Не поступила</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Наложение резолюции</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Подготовка результата</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Подписание</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>Отправка результата</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершена</translation>
    </message>
    <message>
        <source>Refused at intake</source>
        <translation>Отказано в приеме документов</translation>
    </message>
    <message>
        <source>Preparation of the result</source>
        <translation>Подготовка результата</translation>
    </message>
    <message>
        <source>State Corporation</source>
        <translation>Государственная корпорация</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Портал</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <source>Resolution written</source>
        <translation>Наложена резолюция</translation>
    </message>
    <message>
        <source>Reassigned</source>
        <translation>Переназначено</translation>
    </message>
    <message>
        <source>Result prepared</source>
        <translation>Результат подготовлен</translation>
    </message>
    <message>
        <source>Returned for rework</source>
        <translation>Возвращено на доработку</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Подписано</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>My registrations</source>
        <translation>Мои заявки на регистрацию</translation>
    </message>
    <message>
        <source>Dispatch queue</source>
        <translation>Очередь на отправку</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <source>In preparation</source>
        <translation>На подготовке</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>Мои заявки</translation>
    </message>
    <message>
        <source>All open cases</source>
        <translation>Все незавершенные заявки</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 раб. дн.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to Ruqsat</source>
        <translation>Вход в Ruqsat</translation>
    </message>
    <message>
        <source>Sign in with your Ruqsat account. Your office administrator gives you the user name and password.</source>
        <translation>Войдите под своей учетной записью Ruqsat. Имя пользователя и пароль выдает администратор вашего подразделения.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>&amp;Embedded database on this computer (demo and single-user work)</source>
        <translation>Встроенная &amp;база данных на этом компьютере (демонстрация и работа одного пользователя)</translation>
    </message>
    <message>
        <source>Office &amp;server:</source>
        <translation>&amp;Сервер подразделения:</translation>
    </message>
    <message>
        <source>host=server.example.kz dbname=ruqsat</source>
        <translation>host=server.example.kz dbname=ruqsat</translation>
    </message>
    <message>
        <source>Office server connection</source>
        <translation>Подключение к серверу подразделения</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Па&amp;роль:</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удается прочитать %1: %2</translation>
    </message>
    <message>
        <source>The database has schema version %1, but this program knows only up to version %2. Use a newer Ruqsat.</source>
        <translation>Версия схемы базы данных — %1, а эта программа поддерживает версии только до %2. Используйте более новую версию Ruqsat.</translation>
    </message>
    <message>
        <source>Migration file %1 is not named NNNN_name.sql</source>
        <translation>Имя файла миграции %1 не соответствует шаблону NNNN_name.sql</translation>
    </message>
    <message>
        <source>Two migrations have version %1</source>
        <translation>Две миграции имеют версию %1</translation>
    </message>
    <message>
        <source>Migration %1 (%2) differs from the one applied to this database.</source>
        <translation>Миграция %1 (%2) отличается от примененной к этой базе данных.</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>Ошибка миграции %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>NationalCalendar</name>
    <message>
        <source>working day</source>
        <translation>рабочий день</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>выходной день</translation>
    </message>
    <message>
        <source>holiday</source>
        <translation>праздничный день</translation>
    </message>
    <message>
        <source>day off moved from a holiday on a weekend</source>
        <translation>выходной день, перенесенный с праздника, совпавшего с выходным</translation>
    </message>
    <message>
        <source>day off by decree</source>
        <translation>выходной день по постановлению</translation>
    </message>
    <message>
        <source>working day by decree</source>
        <translation>рабочий день по постановлению</translation>
    </message>
</context>
<context>
    <name>OfficeRegistry</name>
    <message>
        <source>Cannot add office %1: %2</source>
        <translation>Не удается добавить подразделение %1: %2</translation>
    </message>
</context>
<context>
    <name>OfficeSchedule</name>
    <message>
        <source>Invalid office schedule: %1</source>
        <translation>Недопустимый график работы подразделения: %1</translation>
    </message>
    <message>
        <source>Invalid stored office schedule: %1</source>
        <translation>Недопустимый сохраненный график работы подразделения: %1</translation>
    </message>
    <message>
        <source>unknown time zone &apos;%1&apos;.</source>
        <translation>неизвестный часовой пояс «%1».</translation>
    </message>
    <message>
        <source>%1: the interval %2..%3 (minutes after midnight) must start before it ends, within 0..1440.</source>
        <translation>%1: интервал %2..%3 (минуты от полуночи) должен начинаться раньше, чем заканчивается, в пределах 0..1440.</translation>
    </message>
    <message>
        <source>%1: the interval %2 overlaps or precedes the one before it; list intervals in order without overlaps.</source>
        <translation>%1: интервал %2 пересекается с предыдущим или предшествует ему; перечислите интервалы по порядку без пересечений.</translation>
    </message>
    <message>
        <source>the week has no working hours.</source>
        <translation>в неделе нет рабочих часов.</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at offset %2).</source>
        <translation>недопустимый JSON (%1 по смещению %2).</translation>
    </message>
    <message>
        <source>expected a JSON object.</source>
        <translation>ожидается объект JSON.</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;.</source>
        <translation>неизвестное поле «%1».</translation>
    </message>
    <message>
        <source>timeZone: expected a zone name.</source>
        <translation>timeZone: ожидается название часового пояса.</translation>
    </message>
    <message>
        <source>week: expected an array of 7 days, Monday first.</source>
        <translation>week: ожидается массив из 7 дней, начиная с понедельника.</translation>
    </message>
    <message>
        <source>week[%1]: expected an array of intervals.</source>
        <translation>week[%1]: ожидается массив интервалов.</translation>
    </message>
    <message>
        <source>week[%1][%2]: expected &quot;HH:MM-HH:MM&quot;.</source>
        <translation>week[%1][%2]: ожидается &quot;ЧЧ:ММ-ЧЧ:ММ&quot;.</translation>
    </message>
</context>
<context>
    <name>OverdueReportQuery</name>
    <message>
        <source>The report&apos;s row for case %1 is malformed.</source>
        <translation>Строка отчета по заявке № %1 имеет неверный формат.</translation>
    </message>
    <message>
        <source>The overdue report is for the supervisor role.</source>
        <translation>Отчет о просрочках доступен только для роли контролера.</translation>
    </message>
    <message>
        <source>The office &quot;%1&quot; is not among the offices you supervise.</source>
        <translation>Подразделение «%1» не входит в число контролируемых вами подразделений.</translation>
    </message>
    <message>
        <source>There is no office &quot;%1&quot;.</source>
        <translation>Подразделение «%1» не существует.</translation>
    </message>
    <message>
        <source>The period must start before it ends.</source>
        <translation>Начало периода должно предшествовать его окончанию.</translation>
    </message>
    <message>
        <source>The at-risk horizon cannot be negative.</source>
        <translation>Порог угрозы просрочки не может быть отрицательным.</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;.</source>
        <translation>Неизвестный часовой пояс «%1».</translation>
    </message>
</context>
<context>
    <name>OverdueReportWidget</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удается записать %1: %2</translation>
    </message>
</context>
<context>
    <name>PrepareResultDialog</name>
    <message>
        <source>&amp;Issue the result</source>
        <translation>&amp;Выдать результат</translation>
    </message>
    <message>
        <source>Motivated re&amp;fusal</source>
        <translation>Мотивированный ответ об о&amp;тказе</translation>
    </message>
    <message>
        <source>Grounds for refusal (paragraph 10 of the Standard)</source>
        <translation>Основания для отказа (пункт 10 Стандарта)</translation>
    </message>
    <message>
        <source>&amp;Motivation:</source>
        <translation>&amp;Обоснование:</translation>
    </message>
    <message>
        <source>Send for &amp;signing</source>
        <translation>Передать на &amp;подписание</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>&amp;Preview...</source>
        <translation>Предварительный п&amp;росмотр...</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>Your role does not allow this action.</source>
        <translation>Ваша роль не позволяет выполнить это действие.</translation>
    </message>
    <message>
        <source>The case belongs to another office.</source>
        <translation>Заявка относится к другому подразделению.</translation>
    </message>
    <message>
        <source>Only the specialist the case is assigned to can prepare its result.</source>
        <translation>Подготовить результат по заявке может только специалист, которому она назначена.</translation>
    </message>
    <message>
        <source>Someone else changed the case in the meantime. Reload it and try again; your input is kept.</source>
        <translation>Заявку тем временем изменил другой пользователь. Обновите ее и повторите попытку; введенные данные сохранены.</translation>
    </message>
    <message>
        <source>The time of the action is earlier than the case&apos;s last action.</source>
        <translation>Время действия раньше времени последнего действия по заявке.</translation>
    </message>
    <message>
        <source>The case is closed.</source>
        <translation>Заявка завершена.</translation>
    </message>
    <message>
        <source>The case is not at the step this action belongs to.</source>
        <translation>Заявка не находится на этапе, к которому относится это действие.</translation>
    </message>
    <message>
        <source>This is not possible for an application received through this channel.</source>
        <translation>Это действие невозможно для заявления, поступившего по этому каналу.</translation>
    </message>
    <message>
        <source>There is no prepared result to sign.</source>
        <translation>Нет подготовленного результата для подписания.</translation>
    </message>
    <message>
        <source>The result has not been signed.</source>
        <translation>Результат не подписан.</translation>
    </message>
    <message>
        <source>Choose another specialist of this office.</source>
        <translation>Выберите другого специалиста этого подразделения.</translation>
    </message>
    <message>
        <source>Write the resolution for the specialist.</source>
        <translation>Напишите резолюцию для специалиста.</translation>
    </message>
    <message>
        <source>Name at least one missing document.</source>
        <translation>Укажите хотя бы один отсутствующий документ.</translation>
    </message>
    <message>
        <source>The document is not in the checklist of this service.</source>
        <translation>Документа нет в перечне документов этой услуги.</translation>
    </message>
    <message>
        <source>A refusal must cite at least one ground.</source>
        <translation>В отказе должно быть указано хотя бы одно основание.</translation>
    </message>
    <message>
        <source>The ground is not among the refusal grounds of this service.</source>
        <translation>Основание не входит в перечень оснований для отказа по этой услуге.</translation>
    </message>
    <message>
        <source>A refusal must be motivated.</source>
        <translation>Отказ должен быть мотивирован.</translation>
    </message>
    <message>
        <source>Fill in the result before issuing it.</source>
        <translation>Заполните результат перед его выдачей.</translation>
    </message>
    <message>
        <source>A result is either issued with its fields or refused with grounds and a motivation, not both.</source>
        <translation>Либо выдается результат с заполненными полями, либо оформляется отказ с основаниями и обоснованием, но не то и другое одновременно.</translation>
    </message>
    <message>
        <source>Say what has to be reworked.</source>
        <translation>Укажите, что нужно доработать.</translation>
    </message>
    <message>
        <source>There is no such service in force.</source>
        <translation>Такой действующей услуги нет.</translation>
    </message>
    <message>
        <source>There is no such document checklist for this service.</source>
        <translation>Для этой услуги нет такого перечня документов.</translation>
    </message>
    <message>
        <source>The applicants are not as the service requires.</source>
        <translation>Состав услугополучателей не соответствует требованиям услуги.</translation>
    </message>
    <message>
        <source>The dates of submission and receipt are not possible.</source>
        <translation>Указаны невозможные даты подачи и поступления.</translation>
    </message>
    <message>
        <source>A stored event does not fit the case.</source>
        <translation>Сохраненное событие не соответствует заявке.</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>Register an application</source>
        <translation>Регистрация заявления</translation>
    </message>
    <message>
        <source>S&amp;ervice:</source>
        <translation>&amp;Услуга:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <source>S&amp;ubmitted:</source>
        <translation>&amp;Подано:</translation>
    </message>
    <message>
        <source>dd.MM.yyyy HH:mm</source>
        <translation>dd.MM.yyyy HH:mm</translation>
    </message>
    <message>
        <source>Recei&amp;ved:</source>
        <translation>Пос&amp;тупило:</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>Услугополучатели</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Object &amp;name:</source>
        <translation>&amp;Наименование объекта:</translation>
    </message>
    <message>
        <source>Object a&amp;ddress:</source>
        <translation>А&amp;дрес объекта:</translation>
    </message>
    <message>
        <source>Cadastral number:</source>
        <translation>Кадастровый номер:</translation>
    </message>
    <message>
        <source>Contract number:</source>
        <translation>Номер договора:</translation>
    </message>
    <message>
        <source>Documents (paragraph 9 of the Standard)</source>
        <translation>Документы (пункт 9 Стандарта)</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>Перечень документов:</translation>
    </message>
    <message>
        <source>Provided:</source>
        <translation>Представлено:</translation>
    </message>
    <message>
        <source>Refusal at intake (State Corporation: incomplete package)</source>
        <translation>Отказ в приеме документов (Государственная корпорация: неполный пакет документов)</translation>
    </message>
    <message>
        <source>Missing:</source>
        <translation>Отсутствуют:</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>Ко&amp;мментарий:</translation>
    </message>
    <message>
        <source>Re&amp;fuse at intake</source>
        <translation>&amp;Отказать в приеме документов</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Зарегистрировать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Attached files (PDF, JPEG, PNG or TIFF, up to 20 MiB each)</source>
        <translation>Прикрепленные файлы (PDF, JPEG, PNG или TIFF, не более 20 МБ каждый)</translation>
    </message>
    <message>
        <source>Document / file</source>
        <translation>Документ / файл</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <source>Choose a document, then attach its file (or drop files onto the document).</source>
        <translation>Выберите документ, затем прикрепите его файл (или перетащите файлы на документ).</translation>
    </message>
    <message>
        <source>A&amp;ttach file…</source>
        <translation>Прикр&amp;епить файл…</translation>
    </message>
    <message>
        <source>Remove fi&amp;le</source>
        <translation>Уда&amp;лить файл</translation>
    </message>
</context>
<context>
    <name>ReportLabels</name>
    <message>
        <source>Overdue now</source>
        <translation>Просрочено сейчас</translation>
    </message>
    <message>
        <source>Finished late</source>
        <translation>Выполнено с просрочкой</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Под угрозой просрочки</translation>
    </message>
    <message>
        <source>Case overdue now</source>
        <translation>Заявка просрочена сейчас</translation>
    </message>
    <message>
        <source>Case finished late</source>
        <translation>Заявка завершена с просрочкой</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Whole case</source>
        <translation>Заявка в целом</translation>
    </message>
    <message>
        <source>Office queue</source>
        <translation>Очередь подразделения</translation>
    </message>
</context>
<context>
    <name>ResultFields</name>
    <message>
        <source>Permit number</source>
        <translation>Номер разрешения</translation>
    </message>
    <message>
        <source>Permit date</source>
        <translation>Дата разрешения</translation>
    </message>
    <message>
        <source>Issuing body</source>
        <translation>Орган, выдавший разрешение</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>Застройщик</translation>
    </message>
    <message>
        <source>Developer&apos;s BIN</source>
        <translation>БИН застройщика</translation>
    </message>
    <message>
        <source>Authorised company</source>
        <translation>Уполномоченная компания</translation>
    </message>
    <message>
        <source>Authorised company&apos;s BIN</source>
        <translation>БИН уполномоченной компании</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Object address</source>
        <translation>Адрес объекта</translation>
    </message>
    <message>
        <source>Land plot cadastral number</source>
        <translation>Кадастровый номер земельного участка</translation>
    </message>
    <message>
        <source>Way of organising participation</source>
        <translation>Способ организации долевого участия</translation>
    </message>
    <message>
        <source>Apartments offered (number, area)</source>
        <translation>Предлагаемые квартиры (количество, площадь)</translation>
    </message>
    <message>
        <source>Non-residential premises offered (number, area)</source>
        <translation>Предлагаемые нежилые помещения (количество, площадь)</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Подписант</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Номер учетной записи</translation>
    </message>
    <message>
        <source>Record date</source>
        <translation>Дата учетной записи</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>Номер договора</translation>
    </message>
    <message>
        <source>Contract date</source>
        <translation>Дата договора</translation>
    </message>
    <message>
        <source>Developer or authorised company</source>
        <translation>Застройщик или уполномоченная компания</translation>
    </message>
    <message>
        <source>Its BIN</source>
        <translation>БИН застройщика (уполномоченной компании)</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Дольщик</translation>
    </message>
    <message>
        <source>Participant&apos;s IIN/BIN</source>
        <translation>ИИН/БИН дольщика</translation>
    </message>
    <message>
        <source>Apartment or premises number</source>
        <translation>Номер квартиры или помещения</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Этаж</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Количество комнат</translation>
    </message>
    <message>
        <source>Area, m²</source>
        <translation>Площадь, м²</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Assignments of the contract</source>
        <translation>Уступки права требования по договору</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <source>Decision: issue the result</source>
        <translation>Решение: выдать результат</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Decision: motivated refusal</source>
        <translation>Решение: мотивированный ответ об отказе</translation>
    </message>
    <message>
        <source>Ground: %1</source>
        <translation>Основание: %1</translation>
    </message>
    <message>
        <source>Motivation: %1</source>
        <translation>Обоснование: %1</translation>
    </message>
</context>
<context>
    <name>ServiceCatalogue</name>
    <message>
        <source>%1: no such directory</source>
        <translation>%1: такого каталога нет</translation>
    </message>
    <message>
        <source>no service definitions to load</source>
        <translation>нет описаний услуг для загрузки</translation>
    </message>
    <message>
        <source>service %1 version %2 is also defined in %3</source>
        <translation>услуга %1 версии %2 также описана в %3</translation>
    </message>
    <message>
        <source>version %1 of service %2 takes effect on %3, not after version %4 (%5, %6)</source>
        <translation>версия %1 услуги %2 вступает в силу %3, то есть не позже версии %4 (%5, %6)</translation>
    </message>
    <message>
        <source>There is no version %1 of service &apos;%2&apos;.</source>
        <translation>Версии %1 услуги «%2» нет.</translation>
    </message>
    <message>
        <source>No version of service &apos;%1&apos; is in force on %2.</source>
        <translation>На %2 нет действующей версии услуги «%1».</translation>
    </message>
</context>
<context>
    <name>ServiceDefinitionJson</name>
    <message>
        <source>unknown field (allowed here: %1)</source>
        <translation>неизвестное поле (здесь допустимы: %1)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>должно быть строкой</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>не должно быть пустым</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid code (expected %2)</source>
        <translation>«%1» не является допустимым кодом (ожидается %2)</translation>
    </message>
    <message>
        <source>must be a whole number of at least 1</source>
        <translation>должно быть целым числом не меньше 1</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>должно быть true или false</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (expected YYYY-MM-DD)</source>
        <translation>«%1» не является датой (ожидается ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration (expected minutes, hours or working days: 15m, 3h, 8d): %2</source>
        <translation>«%1» не является длительностью (ожидаются минуты, часы или рабочие дни: 15m, 3h, 8d): %2</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>должно быть объектом</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>должно быть массивом</translation>
    </message>
    <message>
        <source>duplicate %1 &apos;%2&apos;</source>
        <translation>повтор: %1 «%2»</translation>
    </message>
    <message>
        <source>unknown channel &apos;%1&apos; (known: state_corporation, portal)</source>
        <translation>неизвестный канал «%1» (известны: state_corporation, portal)</translation>
    </message>
    <message>
        <source>duplicate channel &apos;%1&apos;</source>
        <translation>канал «%1» указан повторно</translation>
    </message>
    <message>
        <source>applicant role</source>
        <translation>роль услугополучателя</translation>
    </message>
    <message>
        <source>unknown identity kind &apos;%1&apos; (known: iin, bin, iin_or_bin)</source>
        <translation>неизвестный вид идентификатора «%1» (известны: iin, bin, iin_or_bin)</translation>
    </message>
    <message>
        <source>unknown step &apos;%1&apos; (known: %2)</source>
        <translation>неизвестный этап «%1» (известны: %2)</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos; (known: %2)</source>
        <translation>неизвестная роль «%1» (известны: %2)</translation>
    </message>
    <message>
        <source>step &apos;%1&apos; is performed by &apos;%2&apos; (regulation, paragraph 5), not &apos;%3&apos;</source>
        <translation>этап «%1» выполняет «%2» (регламент, пункт 5), а не «%3»</translation>
    </message>
    <message>
        <source>step &apos;%1&apos; is closed by exactly these actions, in this order: %2</source>
        <translation>этап «%1» завершается только следующими действиями в таком порядке: %2</translation>
    </message>
    <message>
        <source>step</source>
        <translation>этап</translation>
    </message>
    <message>
        <source>step &apos;%1&apos; is missing</source>
        <translation>отсутствует этап «%1»</translation>
    </message>
    <message>
        <source>expected step &apos;%1&apos; here: steps follow the regulation&apos;s order (%2)</source>
        <translation>здесь ожидается этап «%1»: этапы следуют в порядке, установленном регламентом (%2)</translation>
    </message>
    <message>
        <source>checklist variant</source>
        <translation>вариант перечня документов</translation>
    </message>
    <message>
        <source>document</source>
        <translation>документ</translation>
    </message>
    <message>
        <source>refusal ground</source>
        <translation>основание для отказа</translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos;: %3</source>
        <translation>%1: поле «%2»: %3</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>недопустимый JSON по смещению %1: %2</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>должно быть объектом JSON</translation>
    </message>
    <message>
        <source>unsupported format (expected %1)</source>
        <translation>неподдерживаемый формат (ожидается %1)</translation>
    </message>
    <message>
        <source>the total term counts working days (e.g. 10d), not &apos;%1&apos;</source>
        <translation>общий срок исчисляется в рабочих днях (например, 10d), а не «%1»</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>не удается прочитать: %1</translation>
    </message>
</context>
<context>
    <name>ServiceRepository</name>
    <message>
        <source>Version %1 of service %2 is stored already; versions are never replaced, import a new version number.</source>
        <translation>Версия %1 услуги %2 уже сохранена; версии никогда не заменяются, импортируйте новый номер версии.</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Prepared result</source>
        <translation>Подготовленный результат</translation>
    </message>
    <message>
        <source>&amp;Sign the result</source>
        <translation>&amp;Подписать результат</translation>
    </message>
    <message>
        <source>Return for &amp;rework</source>
        <translation>Вернуть на &amp;доработку</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Комментарий:</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Подписать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>&amp;Язык документа:</translation>
    </message>
    <message>
        <source>&amp;Preview...</source>
        <translation>Предварительный п&amp;росмотр...</translation>
    </message>
</context>
<context>
    <name>StaffLogin</name>
    <message>
        <source>The server %1 is not accepting connections at the moment (it may be starting or shutting down). Try again in a minute.</source>
        <translation>Сервер %1 сейчас не принимает подключения (возможно, он запускается или останавливается). Повторите попытку через минуту.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: the server does not answer. Check the address, or ask the administrator whether the server is running.</source>
        <translation>Не удается подключиться к %1: сервер не отвечает. Проверьте адрес или уточните у администратора, запущен ли сервер.</translation>
    </message>
    <message>
        <source>The connection settings %1 cannot be used.</source>
        <translation>Параметры подключения %1 использовать нельзя.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Введите имя пользователя.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Неверное имя пользователя или пароль.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled. Ask the administrator to enable it.</source>
        <translation>Учетная запись «%1» отключена. Обратитесь к администратору, чтобы ее включить.</translation>
    </message>
    <message>
        <source>The server refused the sign-in: %1</source>
        <translation>Сервер отклонил вход: %1</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is not an active staff member of any office. Ask the administrator.</source>
        <translation>Учетная запись «%1» не принадлежит действующему сотруднику ни одного подразделения. Обратитесь к администратору.</translation>
    </message>
</context>
<context>
    <name>StepActionDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>WorkflowEngine</name>
    <message>
        <source>The service expects these applicants: %1.</source>
        <translation>Для этой услуги требуются следующие услугополучатели: %1.</translation>
    </message>
    <message>
        <source>Missing applicant: %1.</source>
        <translation>Не указан услугополучатель: %1.</translation>
    </message>
    <message>
        <source>Applicant without a name: %1.</source>
        <translation>Не указано наименование услугополучателя: %1.</translation>
    </message>
    <message>
        <source>No specialist is named.</source>
        <translation>Специалист не указан.</translation>
    </message>
    <message>
        <source>%1 is not a specialist.</source>
        <translation>%1 не является специалистом.</translation>
    </message>
    <message>
        <source>%1 works in another office.</source>
        <translation>%1 работает в другом подразделении.</translation>
    </message>
    <message>
        <source>Unknown ground: &apos;%1&apos;.</source>
        <translation>Неизвестное основание: «%1».</translation>
    </message>
    <message>
        <source>Unknown checklist: &apos;%1&apos;.</source>
        <translation>Неизвестный перечень документов: «%1».</translation>
    </message>
    <message>
        <source>Unknown document: &apos;%1&apos;.</source>
        <translation>Неизвестный документ: «%1».</translation>
    </message>
    <message>
        <source>The case is already assigned to %1.</source>
        <translation>Заявка уже назначена специалисту: %1.</translation>
    </message>
</context>
<context>
    <name>WorkingCalendar</name>
    <message>
        <source>A duration cannot be negative (%1%2).</source>
        <translation>Длительность не может быть отрицательной (%1%2).</translation>
    </message>
    <message>
        <source>%1 is outside the working calendar, which covers %2 to %3.</source>
        <translation>%1 выходит за пределы рабочего календаря, охватывающего период с %2 по %3.</translation>
    </message>
    <message>
        <source>An invalid date</source>
        <translation>Недопустимая дата</translation>
    </message>
    <message>
        <source>Counted from %1, the working time runs past %3, the end of the working calendar, which covers %2 to %3.</source>
        <translation>При отсчете от %1 рабочее время выходит за %3 — конец рабочего календаря, охватывающего период с %2 по %3.</translation>
    </message>
    <message>
        <source>Unknown unit of a working duration.</source>
        <translation>Неизвестная единица измерения рабочей длительности.</translation>
    </message>
    <message>
        <source>The year %1 is outside the working calendar, which covers %2 to %3.</source>
        <translation>Год %1 выходит за пределы рабочего календаря, охватывающего период с %2 по %3.</translation>
    </message>
</context>
<context>
    <name>WorkingDuration</name>
    <message>
        <source>Invalid duration &apos;%1&apos;: %2</source>
        <translation>Недопустимая длительность «%1»: %2</translation>
    </message>
    <message>
        <source>The duration is empty: write a whole number and a unit, e.g. 15m, 3h or 8d.</source>
        <translation>Длительность не указана: введите целое число и единицу измерения, например 15m, 3h или 8d.</translation>
    </message>
    <message>
        <source>a duration cannot be negative.</source>
        <translation>длительность не может быть отрицательной.</translation>
    </message>
    <message>
        <source>the amount must be a whole number of minutes, hours or days, e.g. 15m, 3h or 8d.</source>
        <translation>значение должно быть целым числом минут, часов или дней, например 15m, 3h или 8d.</translation>
    </message>
    <message>
        <source>the unit is missing: write m (minutes), h (hours) or d (working days) after the number.</source>
        <translation>не указана единица измерения: после числа укажите m (минуты), h (часы) или d (рабочие дни).</translation>
    </message>
    <message>
        <source>unknown unit &apos;%1&apos;: use m (minutes), h (hours) or d (working days).</source>
        <translation>неизвестная единица измерения «%1»: используйте m (минуты), h (часы) или d (рабочие дни).</translation>
    </message>
    <message>
        <source>the longest allowed is %1%2.</source>
        <translation>наибольшее допустимое значение — %1%2.</translation>
    </message>
    <message>
        <source>a duration must be at least 1%1.</source>
        <translation>длительность должна быть не менее 1%1.</translation>
    </message>
</context>
<context>
    <name>WorkspaceLoader</name>
    <message>
        <source>Your office &quot;%1&quot; is not in the directory.</source>
        <translation>Вашего подразделения «%1» нет в справочнике.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Ruqsat cannot start</source>
        <translation>Не удается запустить Ruqsat</translation>
    </message>
    <message>
        <source>The database has schema version %1 and this program needs %2: ask the administrator to run &apos;ruqsat-admin db migrate&apos; or to update Ruqsat.</source>
        <translation>Версия схемы базы данных — %1, а этой программе требуется %2: попросите администратора выполнить &apos;ruqsat-admin db migrate&apos; или обновить Ruqsat.</translation>
    </message>
    <message>
        <source>Ruqsat: the provider&apos;s workstation for shared-participation housing construction services.
Without --db or a configured server it runs its own embedded database.</source>
        <translation>Ruqsat: АРМ услугодателя по государственным услугам в сфере долевого участия в жилищном строительстве.
Без --db и настроенного сервера программа использует собственную встроенную базу данных.</translation>
    </message>
    <message>
        <source>Office server: a libpq connection string or URI.</source>
        <translation>Сервер подразделения: строка подключения libpq или URI.</translation>
    </message>
    <message>
        <source>Directory of the embedded database (default: %1).</source>
        <translation>Каталог встроенной базы данных (по умолчанию: %1).</translation>
    </message>
    <message>
        <source>Demo office</source>
        <translation>Демонстрационное подразделение</translation>
    </message>
    <message>
        <source>This is a new embedded database. Load the demo office, with a user of every role (password &quot;%1&quot;) and about fifty cases?</source>
        <translation>Это новая встроенная база данных. Загрузить демонстрационное подразделение с пользователями всех ролей (пароль «%1») и примерно пятьюдесятью заявками?</translation>
    </message>
</context>
<context>
    <name>ruqsat::core</name>
    <message>
        <source>%1 only</source>
        <translation>только %1</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>ежегодно</translation>
    </message>
    <message>
        <source>%1-%2 &quot;%3&quot; (%4%5)</source>
        <translation>%1-%2 «%3» (%4%5)</translation>
    </message>
    <message>
        <source>, not moved off a weekend</source>
        <translation>, без переноса с выходного</translation>
    </message>
    <message>
        <source>%1 off &lt;- %2 worked</source>
        <translation>%1 выходной &lt;- %2 рабочий</translation>
    </message>
</context>
<context>
    <name>ruqsat::core::AuditVerifier</name>
    <message>
        <source>row %1 follows row %2: rows are missing</source>
        <translation>строка %1 следует за строкой %2: строки отсутствуют</translation>
    </message>
    <message>
        <source>its link to the previous row does not match that row&apos;s hash</source>
        <translation>ее ссылка на предыдущую строку не совпадает с хешем той строки</translation>
    </message>
    <message>
        <source>its content does not match its hash: the row was changed</source>
        <translation>ее содержимое не совпадает с ее хешем: строка была изменена</translation>
    </message>
</context>
<context>
    <name>ruqsat::core::CalendarEdit</name>
    <message>
        <source>added holiday %1</source>
        <translation>добавлен праздничный день %1</translation>
    </message>
    <message>
        <source>removed holiday %1</source>
        <translation>удален праздничный день %1</translation>
    </message>
    <message>
        <source>added swap %1</source>
        <translation>добавлен перенос %1</translation>
    </message>
    <message>
        <source>removed swap %1</source>
        <translation>удален перенос %1</translation>
    </message>
    <message>
        <source>Kurban Ait set to %1</source>
        <translation>Курбан айт установлен на %1</translation>
    </message>
    <message>
        <source>Kurban Ait moved from %1 to %2</source>
        <translation>Курбан айт перенесен с %1 на %2</translation>
    </message>
    <message>
        <source>added year %1 (provisional)</source>
        <translation>добавлен %1 год (предварительно)</translation>
    </message>
    <message>
        <source>added year %1 (Kurban Ait %2)</source>
        <translation>добавлен %1 год (Курбан айт %2)</translation>
    </message>
    <message>
        <source>year %1 marked provisional</source>
        <translation>%1 год отмечен как предварительный</translation>
    </message>
    <message>
        <source>year %1 confirmed</source>
        <translation>%1 год подтвержден</translation>
    </message>
    <message>
        <source>step %1 (%2)</source>
        <translation>этап %1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2 -&gt; %3</source>
        <translation>%1 %2 -&gt; %3</translation>
    </message>
    <message>
        <source>case %1: recomputed %2</source>
        <translation>заявка № %1: пересчитаны сроки: %2</translation>
    </message>
</context>
<context>
    <name>ruqsat::core::CalendarRepository</name>
    <message>
        <source>The database returned no calendar.</source>
        <translation>База данных не вернула календарь.</translation>
    </message>
    <message>
        <source>the database&apos;s calendar</source>
        <translation>календарь базы данных</translation>
    </message>
    <message>
        <source>The database returned no schedule.</source>
        <translation>База данных не вернула график работы.</translation>
    </message>
    <message>
        <source>The calendar edit returned no audit record.</source>
        <translation>Изменение календаря не вернуло запись журнала аудита.</translation>
    </message>
</context>
<context>
    <name>ruqsat::core::PgBinaries</name>
    <message>
        <source>The PostgreSQL server programs (initdb, pg_ctl) were not found in $RUQSAT_PG_BINDIR, `pg_config --bindir` or /usr/lib/postgresql/*/bin. Install them: apt-get install postgresql-15</source>
        <translation>Серверные программы PostgreSQL (initdb, pg_ctl) не найдены ни в $RUQSAT_PG_BINDIR, ни в `pg_config --bindir`, ни в /usr/lib/postgresql/*/bin. Установите их: apt-get install postgresql-15</translation>
    </message>
</context>
<context>
    <name>ruqsat::core::PgCluster</name>
    <message>
        <source>No cluster directory was given.</source>
        <translation>Не указан каталог кластера.</translation>
    </message>
    <message>
        <source>The socket path %1 is %2 bytes long; Unix sockets allow at most %3. Choose a shorter cluster directory.</source>
        <translation>Длина пути к сокету %1 (в байтах): %2; для сокетов Unix допускается не более %3. Выберите каталог кластера с более коротким путем.</translation>
    </message>
    <message>
        <source>PostgreSQL refuses to run as root, and there is no `postgres` system user to run it as. Install postgresql-common or run as an ordinary user.</source>
        <translation>PostgreSQL не запускается от имени root, а системного пользователя `postgres`, от имени которого его можно запустить, нет. Установите postgresql-common или запустите программу от имени обычного пользователя.</translation>
    </message>
    <message>
        <source>Cannot create the cluster directory %1: check that its parent exists and is writable.</source>
        <translation>Не удается создать каталог кластера %1: проверьте, что родительский каталог существует и доступен для записи.</translation>
    </message>
    <message>
        <source>The cluster directory %1 is not writable by this user.</source>
        <translation>Каталог кластера %1 недоступен этому пользователю для записи.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Не удается создать %1: %2</translation>
    </message>
    <message>
        <source>Cannot give %1 to the postgres user: %2</source>
        <translation>Не удается передать %1 во владение пользователю postgres: %2</translation>
    </message>
    <message>
        <source>PostgreSQL runs as the postgres user, who cannot enter %1. Choose a cluster directory it can reach, for example under /var/lib or /tmp.</source>
        <translation>PostgreSQL работает от имени пользователя postgres, у которого нет доступа к %1. Выберите доступный ему каталог кластера, например в /var/lib или /tmp.</translation>
    </message>
    <message>
        <source>Cannot run %1: %2</source>
        <translation>Не удается запустить %1: %2</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 seconds.</source>
        <translation>Программа %1 не завершилась за %2 с.</translation>
    </message>
    <message>
        <source>%1 failed (exit code %2): %3</source>
        <translation>Ошибка %1 (код завершения %2): %3</translation>
    </message>
    <message>
        <source>%1 is not empty but holds no PostgreSQL cluster; move its content away first.</source>
        <translation>Каталог %1 не пуст, но не содержит кластера PostgreSQL; сначала переместите его содержимое.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удается записать %1: %2</translation>
    </message>
    <message>
        <source>Cannot extend %1: %2</source>
        <translation>Не удается дополнить %1: %2</translation>
    </message>
    <message>
        <source>%1 was left by a server that no longer runs, and cannot be removed.</source>
        <translation>Файл %1 оставлен сервером, который больше не работает, и его не удается удалить.</translation>
    </message>
    <message>
        <source>%1 holds no cluster yet; create one with `ruqsat-admin db init %1`.</source>
        <translation>В %1 еще нет кластера; создайте его командой `ruqsat-admin db init %1`.</translation>
    </message>
    <message>
        <source>Server log (%1):</source>
        <translation>Журнал сервера (%1):</translation>
    </message>
    <message>
        <source>Cannot read the cluster&apos;s superuser password %1: %2</source>
        <translation>Не удается прочитать пароль суперпользователя кластера %1: %2</translation>
    </message>
</context>
<context>
    <name>ruqsat::core::StaffRegistry</name>
    <message>
        <source>The login &quot;%1&quot; is not valid: use 3 to 63 lowercase Latin letters, digits and &apos;_&apos;, starting with a letter.</source>
        <translation>Логин «%1» недопустим: используйте от 3 до 63 строчных латинских букв, цифр и «_», начиная с буквы.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is reserved: logins cannot start with pg_ or ruqsat_.</source>
        <translation>Логин «%1» зарезервирован: логины не могут начинаться с pg_ или ruqsat_.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>Минимальная длина пароля (символов): %1.</translation>
    </message>
    <message>
        <source>Not connected to PostgreSQL (driver handle %1).</source>
        <translation>Нет подключения к PostgreSQL (дескриптор драйвера %1).</translation>
    </message>
    <message>
        <source>Cannot encrypt the password: %1</source>
        <translation>Не удается зашифровать пароль: %1</translation>
    </message>
    <message>
        <source>No staff member &quot;%1&quot;.</source>
        <translation>Сотрудник «%1» не найден.</translation>
    </message>
    <message>
        <source>The full name is empty.</source>
        <translation>Не указано ФИО.</translation>
    </message>
    <message>
        <source>A staff member needs at least one role.</source>
        <translation>Сотруднику должна быть назначена хотя бы одна роль.</translation>
    </message>
    <message>
        <source>A database role &quot;%1&quot; exists already.</source>
        <translation>Роль базы данных «%1» уже существует.</translation>
    </message>
    <message>
        <source>Cannot add %1: no office &quot;%2&quot;?  (%3)</source>
        <translation>Не удается добавить %1: нет подразделения «%2»?  (%3)</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::ActionDialog</name>
    <message>
        <source>Discard what you have entered in this form?</source>
        <translation>Отказаться от данных, введенных в эту форму?</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::ApplicantsModel</name>
    <message>
        <source>As</source>
        <translation>В качестве</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>IIN / BIN</source>
        <translation>ИИН / БИН</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::AssignDialog</name>
    <message>
        <source>Write resolution · case %1</source>
        <translation>Наложение резолюции · заявка № %1</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Резолюция:</translation>
    </message>
    <message>
        <source>&amp;Write resolution</source>
        <translation>&amp;Наложить резолюцию</translation>
    </message>
    <message>
        <source>Reassign · case %1</source>
        <translation>Переназначение · заявка № %1</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Комментарий:</translation>
    </message>
    <message>
        <source>Re&amp;assign</source>
        <translation>&amp;Переназначить</translation>
    </message>
    <message>
        <source>Case %1 · %2 · %3</source>
        <translation>Заявка № %1 · %2 · %3</translation>
    </message>
    <message>
        <source>(choose a specialist)</source>
        <translation>(выберите специалиста)</translation>
    </message>
    <message>
        <source>%1 (assigned now)</source>
        <translation>%1 (текущий исполнитель)</translation>
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
        <translation>Документ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::CaseCardDialog</name>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Заявка № %1</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>Этап:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Канал:</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>Подразделение:</translation>
    </message>
    <message>
        <source>Submitted:</source>
        <translation>Подано:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Поступило:</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>Срок оказания услуги:</translation>
    </message>
    <message>
        <source>Specialist:</source>
        <translation>Специалист:</translation>
    </message>
    <message>
        <source>&amp;Applicants</source>
        <translation>&amp;Услугополучатели</translation>
    </message>
    <message>
        <source>&amp;Object</source>
        <translation>&amp;Объект</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Документы</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Резолюция:</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Решение:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Сведения:</translation>
    </message>
    <message>
        <source>Returned for rework:</source>
        <translation>Возвращено на доработку:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Подпись:</translation>
    </message>
    <message>
        <source>Refused at intake:</source>
        <translation>Отказано в приеме документов:</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>&amp;Результат</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <source>Case %1 · %2 (%3, version %4)</source>
        <translation>Заявка № %1 · %2 (%3, версия %4)</translation>
    </message>
    <message>
        <source>%1: every document provided.</source>
        <translation>%1: представлены все документы.</translation>
    </message>
    <message>
        <source>%1: %2 document(s) missing.</source>
        <translation>%1: отсутствующих документов: %2.</translation>
    </message>
    <message>
        <source>ends %1</source>
        <translation>истекает %1</translation>
    </message>
    <message>
        <source>not assigned yet</source>
        <translation>еще не назначен</translation>
    </message>
    <message>
        <source>No object data.</source>
        <translation>Нет сведений об объекте.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>пока нет</translation>
    </message>
    <message>
        <source>Issue the result</source>
        <translation>Выдать результат</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Motivated refusal</source>
        <translation>Мотивированный ответ об отказе</translation>
    </message>
    <message>
        <source>Ground: %1</source>
        <translation>Основание: %1</translation>
    </message>
    <message>
        <source>Motivation: %1</source>
        <translation>Обоснование: %1</translation>
    </message>
    <message>
        <source>Signed by %1 on %2</source>
        <translation>Подписано: %1, %2</translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation>Сертификат %1</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>не подписано</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Отсутствуют: %1</translation>
    </message>
    <message>
        <source>&amp;Issued documents</source>
        <translation>&amp;Выданные документы</translation>
    </message>
    <message>
        <source>Attached files:</source>
        <translation>Прикрепленные файлы:</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>Откр&amp;ыть</translation>
    </message>
    <message>
        <source>Sa&amp;ve as…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Attached files: none.</source>
        <translation>Прикрепленные файлы: нет.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удается записать %1: %2</translation>
    </message>
    <message>
        <source>No program opens this file. It was saved as %1.</source>
        <translation>Нет программы для открытия этого файла. Файл сохранен как %1.</translation>
    </message>
    <message>
        <source>Save the attached file</source>
        <translation>Сохранение прикрепленного файла</translation>
    </message>
    <message>
        <source>its permissions cannot be restricted</source>
        <translation>невозможно ограничить права доступа к ней</translation>
    </message>
    <message>
        <source>too many copies of this file are open</source>
        <translation>открыто слишком много копий этого файла</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::CaseChangeFeedDriver</name>
    <message>
        <source>Live updates are not available.</source>
        <translation>Обновления в реальном времени недоступны.</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::CaseQueueModel</name>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Step due %1</source>
        <translation>Срок этапа: %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>Услугополучатели</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Специалист</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <source>Step due</source>
        <translation>Срок этапа</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation>Окончание срока</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::ChecklistFiles</name>
    <message>
        <source>attached</source>
        <translation>прикреплен</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Прикрепление файла</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>Документы (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::ChecklistModel</name>
    <message>
        <source>provided</source>
        <translation>представлен</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::DocumentDropVerifier</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удается прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be checked: %2</source>
        <translation>Не удалось проверить %1: %2</translation>
    </message>
    <message>
        <source>%1 was NOT issued here: no document issued by this office has exactly these bytes. It may have been changed or come from elsewhere.</source>
        <translation>%1 НЕ выдавался здесь: ни один документ, выданный этим подразделением, не совпадает с ним побайтно. Возможно, файл был изменен или получен из другого источника.</translation>
    </message>
    <message>
        <source>%1 is genuine: document %2 of case %3, signed by %4 on %5 (UTC).</source>
        <translation>%1 является подлинным: документ № %2 по заявке № %3; подписал(а): %4, %5 (UTC).</translation>
    </message>
    <message>
        <source>Document verification</source>
        <translation>Проверка документа</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::DocumentPreviewDialog</name>
    <message>
        <source>Draft preview</source>
        <translation>Предварительный просмотр проекта</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Документ № %1</translation>
    </message>
    <message>
        <source>Draft: not signed, not registered</source>
        <translation>Проект: документ не подписан и не зарегистрирован</translation>
    </message>
    <message>
        <source>Rendered from the case&apos;s data</source>
        <translation>Сформирован по данным заявки</translation>
    </message>
    <message>
        <source>Issued document %1, as stored</source>
        <translation>Выданный документ № %1 в сохраненном виде</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Печать...</translation>
    </message>
    <message>
        <source>&amp;Save as PDF...</source>
        <translation>&amp;Сохранить в PDF...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удается записать %1: %2</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>проект</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранение в PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Document %1: not yet stored; rendered from the registered data. This is not the registered file and cannot be saved as PDF.</source>
        <translation>Документ № %1 еще не сохранен; показан по зарегистрированным данным. Это не зарегистрированный файл, его нельзя сохранить в PDF.</translation>
    </message>
    <message>
        <source>This document&apos;s PDF is not stored yet: a rendering of it is not the registered file. An administrator stores it with ruqsat-admin document export.</source>
        <translation>PDF этого документа еще не сохранен: его отображение не является зарегистрированным файлом. Администратор сохраняет его командой ruqsat-admin document export.</translation>
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
        <translation>Канал: %1</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Отсутствуют: %1</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>Исполнитель: %1</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Исполнитель изменен: %1 → %2</translation>
    </message>
    <message>
        <source>Motivated refusal (%1)</source>
        <translation>Мотивированный ответ об отказе (%1)</translation>
    </message>
    <message>
        <source>Result to issue</source>
        <translation>Результат к выдаче</translation>
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
        <translation>Дата и время</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::IssuedDocumentsPanel</name>
    <message>
        <source>Permit</source>
        <translation>Разрешение</translation>
    </message>
    <message>
        <source>Extract</source>
        <translation>Выписка</translation>
    </message>
    <message>
        <source>Motivated refusal</source>
        <translation>Мотивированный ответ об отказе</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Issued documents</source>
        <translation>Выданные документы</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Подписано</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Подписал(а)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Откр&amp;ыть</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Печать...</translation>
    </message>
    <message>
        <source>Save as &amp;PDF...</source>
        <translation>Сохранить в &amp;PDF...</translation>
    </message>
    <message>
        <source>&amp;Receipt...</source>
        <translation>Р&amp;асписка...</translation>
    </message>
    <message>
        <source>Choose a document first.</source>
        <translation>Сначала выберите документ.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Расписка</translation>
    </message>
    <message>
        <source>Only a package handed in at the State Corporation has a receipt.</source>
        <translation>Расписка выдается только на пакет документов, сданный в Государственную корпорацию.</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::LanguageManager</name>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>The %1 translation could not be loaded; the screens show English.</source>
        <translation>Не удалось загрузить перевод «%1»; экраны показаны на английском языке.</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::LoginDialog</name>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <source>Ruqsat runs on an office server; start it without --db to use the embedded database.</source>
        <translation>Ruqsat работает с сервером подразделения; чтобы использовать встроенную базу данных, запустите программу без --db.</translation>
    </message>
    <message>
        <source>Enter the office server&apos;s connection, e.g. &quot;host=server dbname=ruqsat&quot;.</source>
        <translation>Укажите подключение к серверу подразделения, например &quot;host=server dbname=ruqsat&quot;.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
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
        <translation>У вашей учетной записи нет роли с очередью работ (сотрудник канцелярии, руководитель, специалист или контролер). Администрирование выполняется с помощью ruqsat-admin.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Refresh queue</source>
        <translation>&amp;Обновить очередь</translation>
    </message>
    <message>
        <source>Refresh &amp;all queues</source>
        <translation>Обновить в&amp;се очереди</translation>
    </message>
    <message>
        <source>&amp;Filter queue</source>
        <translation>Фильт&amp;р очереди</translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation>%1 (%2) · %3</translation>
    </message>
    <message>
        <source>Embedded database</source>
        <translation>Встроенная база данных</translation>
    </message>
    <message>
        <source>Office server</source>
        <translation>Сервер подразделения</translation>
    </message>
    <message>
        <source>Schema %1</source>
        <translation>Схема %1</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Заявка № %1</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>&amp;Language and settings…</source>
        <translation>&amp;Язык и настройки…</translation>
    </message>
    <message>
        <source>Connection to the server lost; reconnecting…</source>
        <translation>Соединение с сервером потеряно; выполняется повторное подключение…</translation>
    </message>
    <message>
        <source>Reconnected at %1; reloaded</source>
        <translation>Подключение восстановлено в %1; данные обновлены</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::OverdueReportModel</name>
    <message>
        <source>%1 working seconds</source>
        <translation>Рабочих секунд: %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Overdue / left (working time)</source>
        <translation>Просрочено / осталось (рабочее время)</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::OverdueReportWidget</name>
    <message>
        <source>Finished late from</source>
        <translation>Выполнено с просрочкой с</translation>
    </message>
    <message>
        <source>until (not included)</source>
        <translation>до (не включая)</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Начало периода</translation>
    </message>
    <message>
        <source>Period end, not included</source>
        <translation>Конец периода, не включая</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>All offices I supervise</source>
        <translation>Все контролируемые мной подразделения</translation>
    </message>
    <message>
        <source>The office and the offices below it</source>
        <translation>Подразделение и подчиненные ему подразделения</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Группировка</translation>
    </message>
    <message>
        <source>At risk within</source>
        <translation>Под угрозой просрочки в течение</translation>
    </message>
    <message>
        <source> working h</source>
        <translation> раб. ч</translation>
    </message>
    <message>
        <source>not shown</source>
        <translation>не отображается</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Export &amp;CSV...</source>
        <translation>Экспорт в &amp;CSV...</translation>
    </message>
    <message>
        <source>Export &amp;PDF...</source>
        <translation>Экспорт в &amp;PDF...</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>Filter by office, service, step, employee or case</source>
        <translation>Фильтр по подразделению, услуге, этапу, сотруднику или заявке</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Фильтр</translation>
    </message>
    <message>
        <source>Overdue report</source>
        <translation>Отчет о просрочках</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <source>Totals per group</source>
        <translation>Итоги по группам</translation>
    </message>
    <message>
        <source>The period must start before it ends.</source>
        <translation>Начало периода должно предшествовать его окончанию.</translation>
    </message>
    <message>
        <source>Shown: %1 of %2. Steps overdue now: %3, finished late: %4, at risk: %5. Cases overdue now: %6, finished late: %7.</source>
        <translation>Показано: %1 из %2. Этапов просрочено сейчас: %3, выполнено с просрочкой: %4, под угрозой просрочки: %5. Заявок просрочено сейчас: %6, завершено с просрочкой: %7.</translation>
    </message>
    <message>
        <source>As of %1; finished late from %2 until %3 (not included); office: %4; at risk within %5.</source>
        <translation>По состоянию на %1; выполнено с просрочкой с %2 до %3 (не включая); подразделение: %4; порог угрозы просрочки: %5.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>не задано</translation>
    </message>
    <message>
        <source>all offices I supervise</source>
        <translation>все контролируемые мной подразделения</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Экспорт в CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::OverdueTotalsModel</name>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>Просрочено сейчас</translation>
    </message>
    <message>
        <source>Overdue (working time)</source>
        <translation>Просрочка (рабочее время)</translation>
    </message>
    <message>
        <source>Finished late</source>
        <translation>Выполнено с просрочкой</translation>
    </message>
    <message>
        <source>Late by (working time)</source>
        <translation>Величина просрочки (рабочее время)</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Под угрозой просрочки</translation>
    </message>
    <message>
        <source>Cases overdue now</source>
        <translation>Заявки, просроченные сейчас</translation>
    </message>
    <message>
        <source>Cases overdue (working time)</source>
        <translation>Просрочка заявок (рабочее время)</translation>
    </message>
    <message>
        <source>Cases finished late</source>
        <translation>Заявки, завершенные с просрочкой</translation>
    </message>
    <message>
        <source>Cases late by (working time)</source>
        <translation>Величина просрочки заявок (рабочее время)</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::PrepareResultDialog</name>
    <message>
        <source>Prepare result · case %1</source>
        <translation>Подготовка результата · заявка № %1</translation>
    </message>
    <message>
        <source>Case %1 · %2</source>
        <translation>Заявка № %1 · %2</translation>
    </message>
    <message>
        <source>Resolution: %1</source>
        <translation>Резолюция: %1</translation>
    </message>
    <message>
        <source>Returned for rework: %1</source>
        <translation>Возвращено на доработку: %1</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::QueueWidget</name>
    <message>
        <source>Filter by number, applicant, object or specialist</source>
        <translation>Фильтр по номеру, услугополучателю, объекту или специалисту</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Фильтр</translation>
    </message>
    <message>
        <source>All deadlines</source>
        <translation>Все сроки</translation>
    </message>
    <message>
        <source>At risk or overdue</source>
        <translation>Под угрозой просрочки или просрочено</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Deadline filter</source>
        <translation>Фильтр по срокам</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Открыть заявку</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Shown: %1 of %2</source>
        <translation>Показано: %1 из %2</translation>
    </message>
    <message>
        <source>Loaded: %1 of %2</source>
        <translation>Загружено: %1 из %2</translation>
    </message>
    <message>
        <source>Cases: %1</source>
        <translation>Заявок: %1</translation>
    </message>
    <message>
        <source>The queue could not be read: %1</source>
        <translation>Не удалось прочитать очередь: %1</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::RegisterDialog</name>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <source>IIN or BIN</source>
        <translation>ИИН или БИН</translation>
    </message>
    <message>
        <source>Register an application</source>
        <translation>Регистрация заявления</translation>
    </message>
    <message>
        <source>Office time (%1)</source>
        <translation>Время подразделения (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Version %1, in force since %2</source>
        <translation>Версия %1, действует с %2</translation>
    </message>
    <message>
        <source>No version of this service is in force on the submission date.</source>
        <translation>На дату подачи нет действующей версии этой услуги.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Наименование:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Электронная почта:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <source>The application was received as case %1 and waits in My registrations, but: %2</source>
        <translation>Заявление принято как заявка № %1 и находится в очереди «Мои заявки на регистрацию», но: %2</translation>
    </message>
    <message>
        <source>Remove the refused file(s) first: %1.</source>
        <translation>Сначала удалите отклоненные файлы: %1.</translation>
    </message>
    <message>
        <source>Register · case %1</source>
        <translation>Регистрация · заявка № %1</translation>
    </message>
    <message>
        <source>The application was received as case %1 and waits in My registrations, but the file &quot;%2&quot; was refused: %3</source>
        <translation>Заявление принято как заявка № %1 и находится в очереди «Мои заявки на регистрацию», но файл «%2» отклонен: %3</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::RoleScreen</name>
    <message>
        <source>&amp;New application…</source>
        <translation>&amp;Новое заявление…</translation>
    </message>
    <message>
        <source>Se&amp;nd…</source>
        <translation>&amp;Отправить…</translation>
    </message>
    <message>
        <source>Write &amp;resolution…</source>
        <translation>Наложить &amp;резолюцию…</translation>
    </message>
    <message>
        <source>Si&amp;gn or return…</source>
        <translation>Подп&amp;исать или вернуть…</translation>
    </message>
    <message>
        <source>Re&amp;assign…</source>
        <translation>П&amp;ереназначить…</translation>
    </message>
    <message>
        <source>&amp;Prepare result…</source>
        <translation>&amp;Подготовить результат…</translation>
    </message>
    <message>
        <source>Re&amp;gister…</source>
        <translation>&amp;Зарегистрировать…</translation>
    </message>
    <message>
        <source>Overdue report</source>
        <translation>Отчет о просрочках</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>The screens change language at once; what you have typed in open forms stays.</source>
        <translation>Язык интерфейса меняется сразу; данные, введенные в открытых формах, сохраняются.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::SignDialog</name>
    <message>
        <source>Sign or return · case %1</source>
        <translation>Подписание или возврат · заявка № %1</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Подписать</translation>
    </message>
    <message>
        <source>&amp;Return for rework</source>
        <translation>&amp;Вернуть на доработку</translation>
    </message>
    <message>
        <source>Case %1 · %2 · prepared by %3</source>
        <translation>Заявка № %1 · %2 · подготовил(а): %3</translation>
    </message>
    <message>
        <source>No result has been prepared.</source>
        <translation>Результат не подготовлен.</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::StepActionDialog</name>
    <message>
        <source>Register · case %1</source>
        <translation>Регистрация · заявка № %1</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Зарегистрировать</translation>
    </message>
    <message>
        <source>Send the result · case %1</source>
        <translation>Отправка результата · заявка № %1</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <source>Case %1 · %2 · %3 · %4</source>
        <translation>Заявка № %1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Register the application and pass it to the head?</source>
        <translation>Зарегистрировать заявление и передать его руководителю?</translation>
    </message>
    <message>
        <source>the signed motivated refusal</source>
        <translation>подписанный мотивированный ответ об отказе</translation>
    </message>
    <message>
        <source>the signed result</source>
        <translation>подписанный результат</translation>
    </message>
    <message>
        <source>Send %1 to the State Corporation?</source>
        <translation>Отправить %1 в Государственную корпорацию?</translation>
    </message>
    <message>
        <source>Send %1 to the applicant&apos;s cabinet on the portal?</source>
        <translation>Отправить %1 в личный кабинет услугополучателя на портале?</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::StepStrip</name>
    <message>
        <source>%1 · norm %2</source>
        <translation>%1 · норматив %2</translation>
    </message>
    <message>
        <source>current step</source>
        <translation>текущий этап</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Не начат</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Срок: %1</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Начат: %1</translation>
    </message>
    <message>
        <source>Finished %1</source>
        <translation>Завершен: %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Pass %1</source>
        <translation>Прохождений: %1</translation>
    </message>
    <message>
        <source>done late</source>
        <translation>выполнено с просрочкой</translation>
    </message>
</context>
</TS>
