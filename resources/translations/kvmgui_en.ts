<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CpuMemoryPage</name>
    <message numerus="yes">
        <source>%1 recommends %2 of memory and %n CPU(s).</source>
        <translation>
            <numerusform>%1 recommends %2 of memory and %n CPU.</numerusform>
            <numerusform>%1 recommends %2 of memory and %n CPUs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It needs at least %1 and %n CPU(s).</source>
        <translation>
            <numerusform>It needs at least %1 and %n CPU.</numerusform>
            <numerusform>It needs at least %1 and %n CPUs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The host has %1 of memory and %n CPU(s).</source>
        <translation>
            <numerusform>The host has %1 of memory and %n CPU.</numerusform>
            <numerusform>The host has %1 of memory and %n CPUs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message numerus="yes">
        <source>%n errors so far, of %1 kinds: all are in the report.</source>
        <translation>
            <numerusform>%n error so far, of %1 kinds: all are in the report.</numerusform>
            <numerusform>%n errors so far, of %1 kinds: all are in the report.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This error happened %n times.</source>
        <translation>
            <numerusform>This error happened %n time.</numerusform>
            <numerusform>This error happened %n times.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n VMs</source>
        <translation>
            <numerusform>%n VM</numerusform>
            <numerusform>%n VMs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n active</numerusform>
            <numerusform>%n active</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkMapScene</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoAddressOffer</name>
    <message numerus="yes">
        <source>This card has had no IP address for %n second(s).</source>
        <translation>
            <numerusform>This card has had no IP address for %n second.</numerusform>
            <numerusform>This card has had no IP address for %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OsPage</name>
    <message numerus="yes">
        <source>%n match(es).</source>
        <translation>
            <numerusform>%n match.</numerusform>
            <numerusform>%n matches.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Type a name to search %n operating system(s).</source>
        <translation>
            <numerusform>Type a name to search %n operating system.</numerusform>
            <numerusform>Type a name to search %n operating systems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceSearch</name>
    <message numerus="yes">
        <source>Found %n source(s).</source>
        <translation>
            <numerusform>Found %n source.</numerusform>
            <numerusform>Found %n sources.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message numerus="yes">
        <source>%n SSH key(s)</source>
        <translation>
            <numerusform>%n SSH key</numerusform>
            <numerusform>%n SSH keys</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VolumesView</name>
    <message numerus="yes">
        <source>%n volume(s)</source>
        <translation>
            <numerusform>%n volume</numerusform>
            <numerusform>%n volumes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>XmlEditorDialog</name>
    <message numerus="yes">
        <source>%n problem(s): nothing was applied. Fix the XML and try again.</source>
        <translation>
            <numerusform>%n problem: nothing was applied. Fix the XML and try again.</numerusform>
            <numerusform>%n problems: nothing was applied. Fix the XML and try again.</numerusform>
        </translation>
    </message>
</context>
</TS>
