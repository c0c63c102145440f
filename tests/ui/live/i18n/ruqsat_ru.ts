<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ruqsat::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>Connection to the server lost; reconnecting…</source>
        <translation>Связь с сервером потеряна; переподключение…</translation>
    </message>
    <message>
        <source>Reconnected at %1; reloaded</source>
        <translation>Связь восстановлена в %1; данные перечитаны</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to Ruqsat</source>
        <translation>Вход в Ruqsat</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::CaseQueueModel</name>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::QueueWidget</name>
    <message>
        <source>All deadlines</source>
        <translation>Все сроки</translation>
    </message>
    <message>
        <source>At risk or overdue</source>
        <translation>Под угрозой или просрочено</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>&amp;Head</source>
        <translation>&amp;Руководитель</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Входящие</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
</context>
</TS>
