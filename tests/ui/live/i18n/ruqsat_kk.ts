<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>ruqsat::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Баптаулар</translation>
    </message>
    <message>
        <source>Connection to the server lost; reconnecting…</source>
        <translation>Сервермен байланыс үзілді; қайта қосылу…</translation>
    </message>
    <message>
        <source>Reconnected at %1; reloaded</source>
        <translation>Байланыс %1 кезінде қалпына келді; деректер қайта оқылды</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to Ruqsat</source>
        <translation>Ruqsat жүйесіне кіру</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пайдаланушы:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Кіру</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тіл:</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::CaseQueueModel</name>
    <message>
        <source>Service</source>
        <translation>Қызмет</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Мерзім</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::QueueWidget</name>
    <message>
        <source>All deadlines</source>
        <translation>Барлық мерзімдер</translation>
    </message>
    <message>
        <source>At risk or overdue</source>
        <translation>Қауіпті немесе мерзімі өткен</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>&amp;Head</source>
        <translation>&amp;Басшы</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Кіріс</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
</context>
</TS>
