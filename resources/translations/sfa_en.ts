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
        <location filename="../../ui/main_window.py" line="88"/>
        <source>SFA Desk — {profile}</source>
        <translation>SFA Desk — {profile}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90"/>
        <source>Search accounts, contacts, deals, quotes — 中文, pinyin, phone…  (Ctrl+K)</source>
        <translation>Search accounts, contacts, deals, quotes — 中文, pinyin, phone…  (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="99"/>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95"/>
        <source>Quotes</source>
        <translation>Quotes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101"/>
        <source>Send your changes and receive your colleagues&apos; (F9)</source>
        <translation>Send your changes and receive your colleagues&apos; (F9)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103"/>
        <source>Conflicts and refused changes</source>
        <translation>Conflicts and refused changes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193"/>
        <source>Search failed: {error}</source>
        <translation>Search failed: {error}</translation>
    </message>
</context>
<context>
    <name>PriceConflictBanner</name>
    <message>
        <location filename="../../ui/quote_conflicts.py" line="167"/>
        <source>Re-price at the standing price (new revision)</source>
        <translation>Re-price at the standing price (new revision)</translation>
    </message>
    <message>
        <location filename="../../ui/quote_conflicts.py" line="170"/>
        <source>Makes a new revision of this quote with every refused line at its standing price.</source>
        <translation>Makes a new revision of this quote with every refused line at its standing price.</translation>
    </message>
    <message>
        <location filename="../../ui/quote_conflicts.py" line="173"/>
        <source>Remove the line</source>
        <translation>Remove the line</translation>
    </message>
    <message>
        <location filename="../../ui/quote_conflicts.py" line="174"/>
        <source>Takes the selected refused line off the quote.</source>
        <translation>Takes the selected refused line off the quote.</translation>
    </message>
    <message>
        <location filename="../../ui/quote_conflicts.py" line="191"/>
        <source>The server refused a new price: another price already stands for this client. This quote cannot be sent until each refused line is re-priced or removed.</source>
        <translation>The server refused a new price: another price already stands for this client. This quote cannot be sent until each refused line is re-priced or removed.</translation>
    </message>
</context>
<context>
    <name>PriceConflictsModel</name>
    <message>
        <location filename="../../ui/quote_conflicts.py" line="44"/>
        <source>Quote {number} by {name}</source>
        <translation>Quote {number} by {name}</translation>
    </message>
    <message>
        <location filename="../../ui/quote_conflicts.py" line="46"/>
        <source>Another quote by {name}</source>
        <translation>Another quote by {name}</translation>
    </message>
    <message>
        <location filename="../../ui/quote_conflicts.py" line="48"/>
        <source>Quote {number}</source>
        <translation>Quote {number}</translation>
    </message>
    <message>
        <location filename="../../ui/quote_conflicts.py" line="50"/>
        <source>Another quote</source>
        <translation>Another quote</translation>
    </message>
    <message>
        <location filename="../../ui/quote_conflicts.py" line="52"/>
        <source>Price agreement set by {name}</source>
        <translation>Price agreement set by {name}</translation>
    </message>
    <message>
        <location filename="../../ui/quote_conflicts.py" line="54"/>
        <source>Price agreement</source>
        <translation>Price agreement</translation>
    </message>
    <message>
        <location filename="../../ui/quote_conflicts.py" line="61"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../ui/quote_conflicts.py" line="62"/>
        <source>Your price</source>
        <translation>Your price</translation>
    </message>
    <message>
        <location filename="../../ui/quote_conflicts.py" line="63"/>
        <source>Standing price</source>
        <translation>Standing price</translation>
    </message>
    <message>
        <location filename="../../ui/quote_conflicts.py" line="64"/>
        <source>Held by</source>
        <translation>Held by</translation>
    </message>
    <message>
        <location filename="../../ui/quote_conflicts.py" line="65"/>
        <source>Until</source>
        <translation>Until</translation>
    </message>
</context>
<context>
    <name>QuoteEditor</name>
    <message>
        <location filename="../../ui/quote_editor.py" line="87"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="88"/>
        <source>Provisional — price not yet accepted by the server</source>
        <translation>Provisional — price not yet accepted by the server</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="91"/>
        <source>Pending approval — over your discount limit, needs a manager&apos;s approval</source>
        <translation>Pending approval — over your discount limit, needs a manager&apos;s approval</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="94"/>
        <source>Approved — ready to send</source>
        <translation>Approved — ready to send</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="95"/>
        <source>Sent to the client</source>
        <translation>Sent to the client</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="96"/>
        <source>Accepted by the client</source>
        <translation>Accepted by the client</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="97"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="98"/>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="264"/>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="265"/>
        <source>VAT rate</source>
        <translation>VAT rate</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="266"/>
        <source>Terms</source>
        <translation>Terms</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="267"/>
        <source>Payment, delivery, warranty…</source>
        <translation>Payment, delivery, warranty…</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="268"/>
        <source>&amp;Add a product:</source>
        <translation>&amp;Add a product:</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="270"/>
        <source>Type a SKU or a product name and press Enter  (Ctrl+F)</source>
        <translation>Type a SKU or a product name and press Enter  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="272"/>
        <source>Remove line (Del)</source>
        <translation>Remove line (Del)</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="273"/>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="274"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="275"/>
        <source>Preview PDF…</source>
        <translation>Preview PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="276"/>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="277"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="319"/>
        <source>Quote {number}</source>
        <translation>Quote {number}</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="321"/>
        <source>Quote {number} · revision {revision}</source>
        <translation>Quote {number} · revision {revision}</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="354"/>
        <source>VAT {rate}</source>
        <translation>VAT {rate}</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="465"/>
        <source>No product in the catalogue matches “{text}”.</source>
        <translation>No product in the catalogue matches “{text}”.</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="483"/>
        <source>Revision created at the standing price.</source>
        <translation>Revision created at the standing price.</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="510"/>
        <source>PDF in Chinese (*.pdf)</source>
        <translation>PDF in Chinese (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="510"/>
        <source>PDF in English (*.pdf)</source>
        <translation>PDF in English (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="513"/>
        <source>Export the quote as PDF</source>
        <translation>Export the quote as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="526"/>
        <source>Saved {file}</source>
        <translation>Saved {file}</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="539"/>
        <source>No PDF viewer opened {file}.</source>
        <translation>No PDF viewer opened {file}.</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="550"/>
        <source>Preparing the PDF…</source>
        <translation>Preparing the PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="569"/>
        <source>The PDF could not be made: {error}</source>
        <translation>The PDF could not be made: {error}</translation>
    </message>
</context>
<context>
    <name>QuoteLauncher</name>
    <message>
        <location filename="../../ui/quote_launcher.py" line="39"/>
        <source>New quote</source>
        <translation>New quote</translation>
    </message>
    <message>
        <location filename="../../ui/quote_launcher.py" line="41"/>
        <source>A new quote for the account selected in the list (Ctrl+Shift+Q)</source>
        <translation>A new quote for the account selected in the list (Ctrl+Shift+Q)</translation>
    </message>
    <message>
        <location filename="../../ui/quote_launcher.py" line="50"/>
        <source>Select an account in the list first.</source>
        <translation>Select an account in the list first.</translation>
    </message>
</context>
<context>
    <name>QuoteLinesModel</name>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="40"/>
        <source>Agreed price</source>
        <translation>Agreed price</translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="41"/>
        <source>New price — provisional</source>
        <translation>New price — provisional</translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="42"/>
        <source>Needs approval</source>
        <translation>Needs approval</translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="43"/>
        <source>Refused by the server</source>
        <translation>Refused by the server</translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="46"/>
        <source>The price agreed with this client (or the list price).</source>
        <translation>The price agreed with this client (or the list price).</translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="49"/>
        <source>A price other than the agreed one: the server accepts or refuses it at the next sync.</source>
        <translation>A price other than the agreed one: the server accepts or refuses it at the next sync.</translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="53"/>
        <source>Over your discount limit: a manager must approve it before the quote can be sent.</source>
        <translation>Over your discount limit: a manager must approve it before the quote can be sent.</translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="57"/>
        <source>Another price stands for this client: see the banner above.</source>
        <translation>Another price stands for this client: see the banner above.</translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="104"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="105"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="106"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="107"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="108"/>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="109"/>
        <source>Discount %</source>
        <translation>Discount %</translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="110"/>
        <source>Line total</source>
        <translation>Line total</translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="111"/>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="243"/>
        <source>Agreed price {price}, agreed until {date}</source>
        <translation>Agreed price {price}, agreed until {date}</translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="247"/>
        <source>Agreed price {price}</source>
        <translation>Agreed price {price}</translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="250"/>
        <source>List price {price}</source>
        <translation>List price {price}</translation>
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
