<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountsModel</name>
    <message>
        <location filename="../../ui/accounts_model.py" line="32"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_model.py" line="33"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_model.py" line="34"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_model.py" line="35"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_model.py" line="36"/>
        <source>Credit code</source>
        <translation>Credit code</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login_dialog.py" line="35"/>
        <source>Sign in to SFA Desk</source>
        <translation>Sign in to SFA Desk</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="44"/>
        <source>Remember me on this computer</source>
        <translation>Remember me on this computer</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="53"/>
        <source>This computer has no system keyring, so the sign-in cannot be stored.</source>
        <translation>This computer has no system keyring, so the sign-in cannot be stored.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="57"/>
        <source>No system keyring was found: you will be asked for your password each time SFA Desk starts.</source>
        <translation>No system keyring was found: you will be asked for your password each time SFA Desk starts.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="62"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="63"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="64"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="84"/>
        <source>Server, user name and password are all needed.</source>
        <translation>Server, user name and password are all needed.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="87"/>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="105"/>
        <source>Could not sign in: {error}</source>
        <translation>Could not sign in: {error}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="86"/>
        <source>SFA Desk — {profile}</source>
        <translation>SFA Desk — {profile}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="88"/>
        <source>Search accounts, contacts, deals, quotes — 中文, pinyin, phone…  (Ctrl+K)</source>
        <translation>Search accounts, contacts, deals, quotes — 中文, pinyin, phone…  (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95"/>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="93"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97"/>
        <source>Send your changes and receive your colleagues&apos; (F9)</source>
        <translation>Send your changes and receive your colleagues&apos; (F9)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="99"/>
        <source>Conflicts and refused changes</source>
        <translation>Conflicts and refused changes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173"/>
        <source>Search failed: {error}</source>
        <translation>Search failed: {error}</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../ui/search_model.py" line="18"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/search_model.py" line="19"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/search_model.py" line="20"/>
        <source>Opportunity</source>
        <translation>Opportunity</translation>
    </message>
    <message>
        <location filename="../../ui/search_model.py" line="21"/>
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location filename="../../ui/search_model.py" line="30"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/search_model.py" line="31"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/search_model.py" line="32"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../ui/sync_controller.py" line="53"/>
        <source>Sign in to sync.</source>
        <translation>Sign in to sync.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="59"/>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="71"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="74"/>
        <source>Up to date since {time}</source>
        <translation>Up to date since {time}</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="76"/>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="78"/>
        <source>{n} changes waiting</source>
        <translation>{n} changes waiting</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="80"/>
        <source>{n} conflicts</source>
        <translation>{n} conflicts</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="82"/>
        <source>{n} refused</source>
        <translation>{n} refused</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="88"/>
        <source>Sending changes… {done}/{total} ({percent}%)</source>
        <translation>Sending changes… {done}/{total} ({percent}%)</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="92"/>
        <source>Receiving… {n} records</source>
        <translation>Receiving… {n} records</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="111"/>
        <source>Sync stopped: {error}</source>
        <translation>Sync stopped: {error}</translation>
    </message>
</context>
<context>
    <name>SyncInbox</name>
    <message>
        <location filename="../../ui/sync_inbox.py" line="92"/>
        <source>Conflicts and refused changes</source>
        <translation>Conflicts and refused changes</translation>
    </message>
    <message>
        <location filename="../../ui/sync_inbox.py" line="98"/>
        <location filename="../../ui/sync_inbox.py" line="107"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/sync_inbox.py" line="99"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/sync_inbox.py" line="100"/>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <location filename="../../ui/sync_inbox.py" line="101"/>
        <source>Theirs (kept on the server)</source>
        <translation>Theirs (kept on the server)</translation>
    </message>
    <message>
        <location filename="../../ui/sync_inbox.py" line="109"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../ui/sync_inbox.py" line="110"/>
        <source>delete</source>
        <translation>delete</translation>
    </message>
    <message>
        <location filename="../../ui/sync_inbox.py" line="112"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../ui/sync_inbox.py" line="123"/>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <location filename="../../ui/sync_inbox.py" line="124"/>
        <source>Keep theirs</source>
        <translation>Keep theirs</translation>
    </message>
    <message>
        <location filename="../../ui/sync_inbox.py" line="127"/>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../ui/sync_inbox.py" line="133"/>
        <source>Resend</source>
        <translation>Resend</translation>
    </message>
    <message>
        <location filename="../../ui/sync_inbox.py" line="134"/>
        <source>Discard…</source>
        <translation>Discard…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_inbox.py" line="135"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_inbox.py" line="138"/>
        <source>Refused changes</source>
        <translation>Refused changes</translation>
    </message>
    <message>
        <location filename="../../ui/sync_inbox.py" line="188"/>
        <source>Discard change</source>
        <translation>Discard change</translation>
    </message>
    <message>
        <location filename="../../ui/sync_inbox.py" line="189"/>
        <source>Discard this refused change for good? It will not be sent again.</source>
        <translation>Discard this refused change for good? It will not be sent again.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_inbox.py" line="198"/>
        <source>Export refused changes</source>
        <translation>Export refused changes</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="117"/>
        <source>Local demo company — not connected to a server</source>
        <translation>Local demo company — not connected to a server</translation>
    </message>
</context>
</TS>
