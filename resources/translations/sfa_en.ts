<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountDetail</name>
    <message>
        <location filename="../../ui/account_detail.py" line="153"/>
        <source>Select an account in the list to see its contacts, activities, deals, quotes, visits and agreed prices. Ctrl+N creates a new account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_detail.py" line="157"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_detail.py" line="158"/>
        <source>Log activity (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_detail.py" line="159"/>
        <source>New contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_detail.py" line="160"/>
        <source>New quote</source>
        <translation type="unfinished">New quote</translation>
    </message>
    <message>
        <location filename="../../ui/account_detail.py" line="289"/>
        <source>Owner: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="26"/>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="28"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="30"/>
        <source>Kind</source>
        <translation type="unfinished">Kind</translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="33"/>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="36"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="37"/>
        <source>Contact</source>
        <translation type="unfinished">Contact</translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="38"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="43"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="46"/>
        <location filename="../../ui/account_tabs.py" line="58"/>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="49"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="50"/>
        <location filename="../../ui/account_tabs.py" line="144"/>
        <source>Phone</source>
        <translation type="unfinished">Phone</translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="51"/>
        <location filename="../../ui/account_tabs.py" line="145"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="56"/>
        <source>Opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="60"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="63"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="67"/>
        <source>Close date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="69"/>
        <location filename="../../ui/account_tabs.py" line="86"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="74"/>
        <source>Quotes</source>
        <translation type="unfinished">Quotes</translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="77"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="81"/>
        <location filename="../../ui/account_tabs.py" line="96"/>
        <location filename="../../ui/account_tabs.py" line="125"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="84"/>
        <source>Valid until</source>
        <translation type="unfinished">Valid until</translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="91"/>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="93"/>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="94"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="98"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="103"/>
        <source>Agreed prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="106"/>
        <source>Product</source>
        <translation type="unfinished">Product</translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="110"/>
        <source>Agreed price</source>
        <translation type="unfinished">Agreed price</translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="113"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="114"/>
        <source>Until</source>
        <translation type="unfinished">Until</translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="121"/>
        <source>Orders &amp; receivables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="123"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="124"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="127"/>
        <source>Total</source>
        <translation type="unfinished">Total</translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="130"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="133"/>
        <source>Still due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="137"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="146"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="147"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="148"/>
        <source>Credit code</source>
        <translation type="unfinished">Credit code</translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="149"/>
        <source>Parent account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="150"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountFilters</name>
    <message>
        <location filename="../../ui/account_filters.py" line="69"/>
        <source>Filter by name, phone, credit code or city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_filters.py" line="71"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_filters.py" line="73"/>
        <source>Any tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_filters.py" line="74"/>
        <location filename="../../ui/account_filters.py" line="80"/>
        <source>Any province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_filters.py" line="76"/>
        <source>Archived too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_filters.py" line="84"/>
        <source>Accounts: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_filters.py" line="107"/>
        <source>Any city</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <location filename="../../ui/account_form.py" line="32"/>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="33"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="34"/>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="35"/>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="36"/>
        <source>Credit code</source>
        <translation type="unfinished">Credit code</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="37"/>
        <source>Phone</source>
        <translation type="unfinished">Phone</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="38"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="39"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="40"/>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="41"/>
        <source>City</source>
        <translation type="unfinished">City</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="42"/>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="43"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="44"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="99"/>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="101"/>
        <source>Edit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="150"/>
        <source>The account could not be saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <location filename="../../ui/accounts_model.py" line="67"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_model.py" line="68"/>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_model.py" line="69"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_model.py" line="70"/>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_model.py" line="76"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_model.py" line="79"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_model.py" line="84"/>
        <source>Lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_model.py" line="89"/>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_model.py" line="94"/>
        <source>Value tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_model.py" line="99"/>
        <source>Lifetime value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_model.py" line="104"/>
        <source>Churn risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_model.py" line="72"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_model.py" line="77"/>
        <source>Credit code</source>
        <translation>Credit code</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../ui/account_page.py" line="171"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_page.py" line="172"/>
        <source>New account (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_page.py" line="173"/>
        <source>Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_page.py" line="174"/>
        <source>Select two accounts that are one company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_page.py" line="288"/>
        <source>Merged: {n} records moved to the account you kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_page.py" line="294"/>
        <source>The accounts were not merged: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../ui/activity_dialog.py" line="153"/>
        <source>Log activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_dialog.py" line="157"/>
        <source>For {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_dialog.py" line="163"/>
        <source>Kind</source>
        <translation type="unfinished">Kind</translation>
    </message>
    <message>
        <location filename="../../ui/activity_dialog.py" line="163"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_dialog.py" line="163"/>
        <source>Details</source>
        <translation type="unfinished">Details</translation>
    </message>
    <message>
        <location filename="../../ui/activity_dialog.py" line="163"/>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_dialog.py" line="167"/>
        <source>What was it about? (Ctrl+Enter saves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_dialog.py" line="169"/>
        <source>How the client felt, 1 (unhappy) to 5 (delighted); keys 1–5 on the kind row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_dialog.py" line="205"/>
        <source>Write in a few words what it was about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_dialog.py" line="210"/>
        <source>The activity could not be saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalNotices</name>
    <message>
        <location filename="../../ui/approvals_notices.py" line="28"/>
        <source>{n} of your requests were decided: see the quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/approvals_notices.py" line="34"/>
        <source>Your manager approved the discount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/approvals_notices.py" line="36"/>
        <source>Your manager refused the discount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/approvals_notices.py" line="40"/>
        <source>Your manager approved the price exception: the line goes up at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/approvals_notices.py" line="45"/>
        <source>Your manager refused the price exception.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/approvals_notices.py" line="48"/>
        <source>“{comment}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalsDialog</name>
    <message>
        <location filename="../../ui/approvals_dialog.py" line="149"/>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/approvals_dialog.py" line="150"/>
        <source>What this client was given for these products:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/approvals_dialog.py" line="151"/>
        <source>Your comment (the rep reads it; required to refuse):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/approvals_dialog.py" line="152"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/approvals_dialog.py" line="153"/>
        <source>Refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/approvals_dialog.py" line="154"/>
        <source>Close</source>
        <translation type="unfinished">Close</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_dialog.py" line="184"/>
        <source>Nothing waits for your decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/approvals_dialog.py" line="226"/>
        <source>Quote {number} · revision {revision} · {client} · {status} · total {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/approvals_dialog.py" line="237"/>
        <source>{rep} asks: “{reason}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/approvals_dialog.py" line="264"/>
        <source>Approved; the rep is told after your next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/approvals_dialog.py" line="266"/>
        <source>Refused; the rep reads your comment after your next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/approvals_dialog.py" line="276"/>
        <source>Something went wrong: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttainmentChart</name>
    <message>
        <location filename="../../ui/manager_charts.py" line="73"/>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/manager_charts.py" line="73"/>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttainmentModel</name>
    <message>
        <location filename="../../ui/quota_attainment_model.py" line="49"/>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../../ui/quota_attainment_model.py" line="49"/>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quota_attainment_model.py" line="49"/>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quota_attainment_model.py" line="49"/>
        <source>Attainment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttainmentPanel</name>
    <message>
        <location filename="../../ui/quota_attainment_panel.py" line="46"/>
        <source>Per rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quota_attainment_panel.py" line="47"/>
        <source>Per team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quota_attainment_panel.py" line="48"/>
        <source>Per territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quota_attainment_panel.py" line="67"/>
        <source>Attainment, {period}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarDays</name>
    <message>
        <location filename="../../ui/calendar_days.py" line="15"/>
        <source>Working day (调休)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <location filename="../../ui/calendar_export.py" line="44"/>
        <source>SFA Desk visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_export.py" line="60"/>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_export.py" line="75"/>
        <source>Export calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../ui/calendar_page.py" line="66"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="328"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="329"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="330"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="331"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="332"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="333"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="334"/>
        <source>New visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="335"/>
        <source>Export .ics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="337"/>
        <source>Save the visits of the period on screen as an iCalendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="340"/>
        <source>Colleagues&apos; visits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../../ui/dashboard_card.py" line="60"/>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_card.py" line="83"/>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_card.py" line="83"/>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_card.py" line="86"/>
        <source>The chart could not be saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseReasonDialog</name>
    <message>
        <location filename="../../ui/opportunity_close_dialog.py" line="25"/>
        <source>Best price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opportunity_close_dialog.py" line="26"/>
        <source>Product fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opportunity_close_dialog.py" line="27"/>
        <source>Relationship and service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opportunity_close_dialog.py" line="28"/>
        <source>Delivery time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opportunity_close_dialog.py" line="31"/>
        <source>Price too high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opportunity_close_dialog.py" line="32"/>
        <source>Lost to a competitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opportunity_close_dialog.py" line="33"/>
        <source>No budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opportunity_close_dialog.py" line="34"/>
        <source>Project cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opportunity_close_dialog.py" line="35"/>
        <source>No decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opportunity_close_dialog.py" line="45"/>
        <source>Mark as won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opportunity_close_dialog.py" line="45"/>
        <source>Mark as lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opportunity_close_dialog.py" line="48"/>
        <source>Why was “%1” won?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opportunity_close_dialog.py" line="48"/>
        <source>Why was “%1” lost?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opportunity_close_dialog.py" line="63"/>
        <source>Choose or type the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opportunity_close_dialog.py" line="65"/>
        <source>The probability becomes %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opportunity_close_dialog.py" line="69"/>
        <source>Moves to: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommissionPlanDialog</name>
    <message>
        <location filename="../../ui/commission_plan_dialog.py" line="102"/>
        <source>Commission plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commission_plan_dialog.py" line="106"/>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commission_plan_dialog.py" line="107"/>
        <source>Plan name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commission_plan_dialog.py" line="108"/>
        <source>In force from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commission_plan_dialog.py" line="109"/>
        <source>Rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commission_plan_dialog.py" line="110"/>
        <source>Tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commission_plan_dialog.py" line="117"/>
        <source>Rates: one product line per line, e.g. 打印设备=0.05 (5 %); *=0.02 for every other line. Tiers: attainment from which a multiplier applies, e.g. 0.8=1.0 (from 80 %, ×1.0). Commission is paid on money collected, excluding VAT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commission_plan_dialog.py" line="126"/>
        <source>Choose the rep the plan is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commission_plan_dialog.py" line="156"/>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommissionStatement</name>
    <message>
        <location filename="../../ui/commission_statement.py" line="48"/>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commission_statement.py" line="49"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commission_statement.py" line="51"/>
        <source>Collected (excl. VAT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commission_statement.py" line="55"/>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commission_statement.py" line="58"/>
        <source>Attainment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commission_statement.py" line="59"/>
        <location filename="../../ui/commission_statement.py" line="76"/>
        <source>Multiplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commission_statement.py" line="61"/>
        <location filename="../../ui/commission_statement.py" line="78"/>
        <source>Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commission_statement.py" line="66"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commission_statement.py" line="67"/>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commission_statement.py" line="68"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commission_statement.py" line="70"/>
        <source>Product line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commission_statement.py" line="73"/>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commission_statement.py" line="75"/>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommissionStatementView</name>
    <message>
        <location filename="../../ui/commission_statement.py" line="141"/>
        <source>Commission statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commission_statement.py" line="142"/>
        <source>Set a rep&apos;s plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commission_statement.py" line="143"/>
        <source>Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commission_statement.py" line="146"/>
        <source>Commission is paid on money collected in the month, excluding VAT, at each product line&apos;s rate, times the tier your quota attainment reaches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commission_statement.py" line="199"/>
        <source>Could not compute the statements: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitOverrideDialog</name>
    <message>
        <location filename="../../ui/forecast_override_dialog.py" line="36"/>
        <source>Your call of {rep}&apos;s commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forecast_override_dialog.py" line="49"/>
        <source>{rep}&apos;s committed deals add up to {amount}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forecast_override_dialog.py" line="55"/>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forecast_override_dialog.py" line="56"/>
        <source>Why</source>
        <translation type="unfinished">Why</translation>
    </message>
    <message>
        <location filename="../../ui/forecast_override_dialog.py" line="60"/>
        <source>Withdraw my call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forecast_override_dialog.py" line="81"/>
        <source>Type the amount you expect, or withdraw your call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forecast_override_dialog.py" line="84"/>
        <source>Say why you call it differently: the rep reads your note.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDetail</name>
    <message>
        <location filename="../../ui/contact_detail.py" line="94"/>
        <source>Select a contact to see how to reach them and every activity with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_detail.py" line="96"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_detail.py" line="97"/>
        <source>Log activity (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_detail.py" line="99"/>
        <source>Phone</source>
        <translation type="unfinished">Phone</translation>
    </message>
    <message>
        <location filename="../../ui/contact_detail.py" line="100"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_detail.py" line="101"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_detail.py" line="104"/>
        <source>Activities with this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_detail.py" line="145"/>
        <source>Account: {name} →</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <location filename="../../ui/contact_form.py" line="31"/>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../../ui/contact_form.py" line="32"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_form.py" line="33"/>
        <source>Phone</source>
        <translation type="unfinished">Phone</translation>
    </message>
    <message>
        <location filename="../../ui/contact_form.py" line="34"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_form.py" line="35"/>
        <source>Main contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_form.py" line="36"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_form.py" line="96"/>
        <source>Account *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_form.py" line="97"/>
        <source>Type part of the company name, or its pinyin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_form.py" line="99"/>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_form.py" line="101"/>
        <source>Edit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_form.py" line="108"/>
        <source>Choose the company from the list that appears as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_form.py" line="149"/>
        <source>The contact could not be saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../../ui/contact_model.py" line="21"/>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../../ui/contact_model.py" line="22"/>
        <source>Account</source>
        <translation type="unfinished">Account</translation>
    </message>
    <message>
        <location filename="../../ui/contact_model.py" line="23"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_model.py" line="24"/>
        <source>Phone</source>
        <translation type="unfinished">Phone</translation>
    </message>
    <message>
        <location filename="../../ui/contact_model.py" line="25"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../ui/contact_page.py" line="100"/>
        <source>Contacts: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_page.py" line="124"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_page.py" line="125"/>
        <source>Filter by name, company, phone or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_page.py" line="126"/>
        <source>New contact (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="97"/>
        <source>Pipeline funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="99"/>
        <location filename="../../ui/dashboard_charts.py" line="114"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="100"/>
        <source>Weighted (× probability)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="112"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="127"/>
        <source>Value pyramid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="131"/>
        <location filename="../../ui/dashboard_charts.py" line="156"/>
        <location filename="../../ui/dashboard_charts.py" line="217"/>
        <location filename="../../ui/dashboard_charts.py" line="232"/>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="147"/>
        <source>{tier}: {count} · {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="155"/>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="169"/>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="186"/>
        <source>Win rate by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="188"/>
        <source>Won ÷ closed deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="199"/>
        <source>Month closed (year-month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="204"/>
        <source>Win rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="216"/>
        <source>Relationship health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="229"/>
        <source>Health index</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/dashboard_page.py" line="41"/>
        <source>No open deals. Create an opportunity on the Opportunities page (or pick another rep) to see the pipeline funnel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="50"/>
        <source>No deal was won or lost in these months. Close deals as won or lost on the Opportunities page, or choose a longer period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="59"/>
        <source>No won business yet: the value pyramid ranks clients by what they bought. Win a deal to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="68"/>
        <source>No accounts yet. Create or import accounts (or sync) to see the segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="76"/>
        <source>No accounts yet. Log calls and visits with the client&apos;s satisfaction to see how relationships are doing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="150"/>
        <source>Dashboards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="152"/>
        <source>Last {n} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="186"/>
        <source>Computing the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="206"/>
        <source>Could not compute the dashboards: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="219"/>
        <source>Everyone on this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="221"/>
        <source>My figures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../ui/account_duplicates.py" line="24"/>
        <source>same credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_duplicates.py" line="25"/>
        <source>similar name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_duplicates.py" line="26"/>
        <source>same phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_duplicates.py" line="27"/>
        <source>same e-mail domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_duplicates.py" line="51"/>
        <source>Existing account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_duplicates.py" line="54"/>
        <source>Why it may be the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_duplicates.py" line="84"/>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_duplicates.py" line="88"/>
        <source>An account with this credit code is already on this laptop. A credit code belongs to one company, so open that account (or merge) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_duplicates.py" line="95"/>
        <source>This may be a company that is already here. Open the existing account, or save a new one if it really is a different company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_duplicates.py" line="99"/>
        <source>Open the existing account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_duplicates.py" line="100"/>
        <source>Save as a new account anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_duplicates.py" line="101"/>
        <source>Back to the form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <location filename="../../ui/file_menu.py" line="65"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="66"/>
        <source>Import from a spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="67"/>
        <source>Export this list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="68"/>
        <source>Import contacts from vCards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="69"/>
        <source>Export contacts as vCards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="86"/>
        <source>This page has no list to export; open Accounts, Contacts, Quotes or Orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="109"/>
        <source>Import finished; the new records go up with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="112"/>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="116"/>
        <source>That did not work: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForecastChart</name>
    <message>
        <location filename="../../ui/manager_charts.py" line="92"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/manager_charts.py" line="92"/>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/manager_charts.py" line="92"/>
        <source>Best case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/manager_charts.py" line="92"/>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForecastModel</name>
    <message>
        <location filename="../../ui/forecast_model.py" line="59"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forecast_model.py" line="59"/>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forecast_model.py" line="60"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forecast_model.py" line="61"/>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forecast_model.py" line="62"/>
        <source>Best case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forecast_model.py" line="63"/>
        <source>Pipeline (weighted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forecast_model.py" line="64"/>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forecast_model.py" line="65"/>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forecast_model.py" line="66"/>
        <source>Manager&apos;s call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forecast_model.py" line="87"/>
        <source>The manager&apos;s call; the rep&apos;s committed deals add up to {amount}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForecastTab</name>
    <message>
        <location filename="../../ui/forecast_tab.py" line="88"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forecast_tab.py" line="89"/>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forecast_tab.py" line="90"/>
        <source>Override commit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forecast_tab.py" line="92"/>
        <source>Call the selected rep&apos;s commit yourself, with a note the rep reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forecast_tab.py" line="136"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forecast_tab.py" line="138"/>
        <source>Forecast, {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forecast_tab.py" line="151"/>
        <source>Select a rep first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forecast_tab.py" line="175"/>
        <source>Saved; the rep sees your call after your next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forecast_tab.py" line="182"/>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="46"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="47"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="48"/>
        <source>Opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="49"/>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="75"/>
        <location filename="../../ui/import_wizard.py" line="362"/>
        <source>Import from a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="105"/>
        <source>A .csv (UTF-8 or GBK) or .xlsx file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="106"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="108"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="115"/>
        <location filename="../../ui/import_wizard.py" line="178"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="116"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="137"/>
        <location filename="../../ui/import_wizard.py" line="174"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="139"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="149"/>
        <source>Check which field each column goes into (double-click to change).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="166"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="167"/>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="169"/>
        <source>Import only the valid rows (the others stay in the report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="176"/>
        <source>Save report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="181"/>
        <source>Close</source>
        <translation type="unfinished">Close</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="206"/>
        <source>Choose the file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="215"/>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="223"/>
        <source>{rows} rows, {columns} columns ({where})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="244"/>
        <source>Checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="254"/>
        <source>{create} to create, {update} to update, {same} unchanged, {refused} refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="266"/>
        <source>Nothing is imported while a row is refused, unless you choose to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="305"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="318"/>
        <source>Imported: {created} created, {updated} updated, {contacts} contacts added; {refused} rows left out. The changes sync like any edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="341"/>
        <source>Report saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="364"/>
        <source>Spreadsheets (*.csv *.xlsx *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="371"/>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="373"/>
        <source>CSV, UTF-8 (*.csv);;Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportTargets</name>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="30"/>
        <source>Record id (SFA Desk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="31"/>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="32"/>
        <source>Credit code</source>
        <translation type="unfinished">Credit code</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="33"/>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="34"/>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="35"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="36"/>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="37"/>
        <source>City</source>
        <translation type="unfinished">City</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="38"/>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="39"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="40"/>
        <source>Phone</source>
        <translation type="unfinished">Phone</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="41"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="42"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="43"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="44"/>
        <source>Owner (username or name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="45"/>
        <source>Primary contact: name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="46"/>
        <source>Primary contact: title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="47"/>
        <source>Primary contact: phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="48"/>
        <source>Primary contact: e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="49"/>
        <source>Account (name or credit code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="50"/>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="51"/>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="52"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="53"/>
        <source>Primary contact?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="54"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="55"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="56"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="57"/>
        <source>Close date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="58"/>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="59"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="60"/>
        <source>Close reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="61"/>
        <source>Product code (SKU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="62"/>
        <source>Unit</source>
        <translation type="unfinished">Unit</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="63"/>
        <source>List price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="64"/>
        <source>Product line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="65"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="66"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="68"/>
        <source>— do not import —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/page_labels.py" line="20"/>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="21"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="22"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="25"/>
        <source>Strategic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="26"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="27"/>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="28"/>
        <source>Small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="31"/>
        <source>Manufacturing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="32"/>
        <source>Retail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="33"/>
        <source>Finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="34"/>
        <source>Healthcare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="35"/>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="36"/>
        <source>Government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="37"/>
        <source>Technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="38"/>
        <source>Logistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="39"/>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="40"/>
        <source>Construction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="41"/>
        <source>Hospitality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="42"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="45"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="46"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="47"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="48"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="49"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="52"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="53"/>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="54"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="55"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="67"/>
        <source>Draft</source>
        <translation type="unfinished">Draft</translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="68"/>
        <source>Provisional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="69"/>
        <source>Pending approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="70"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="71"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="72"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="73"/>
        <source>Rejected</source>
        <translation type="unfinished">Rejected</translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="74"/>
        <source>Expired</source>
        <translation type="unfinished">Expired</translation>
    </message>
</context>
<context>
    <name>LazyTableModel</name>
    <message>
        <location filename="../../ui/page_lazy_model.py" line="152"/>
        <source>Could not read the list: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LifecycleLabels</name>
    <message>
        <location filename="../../ui/value_labels.py" line="15"/>
        <source>Acquiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value_labels.py" line="16"/>
        <source>Developing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value_labels.py" line="17"/>
        <source>Maintaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value_labels.py" line="18"/>
        <source>Declining</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <location filename="../../ui/export_view.py" line="126"/>
        <source>Export list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_view.py" line="128"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
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
        <location filename="../../ui/main_window.py" line="243"/>
        <source>SFA Desk — {profile}</source>
        <translation>SFA Desk — {profile}</translation>
    </message>
    <message>
        <location filename="../../ui/page_search.py" line="86"/>
        <source>Search accounts, contacts, deals, quotes — 中文, pinyin, phone…  (Ctrl+K)</source>
        <translation>Search accounts, contacts, deals, quotes — 中文, pinyin, phone…  (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../ui/page_search.py" line="141"/>
        <source>Nothing on this laptop matches “{query}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_search.py" line="145"/>
        <source>Enter or double-click opens a result; Esc clears the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="258"/>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="222"/>
        <source>Select an account or a contact first, then press Ctrl+L.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="229"/>
        <source>Activity logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="247"/>
        <source>Search and actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="248"/>
        <source>Log activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="250"/>
        <source>Log a call, meeting, note or e-mail for the selected record (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="256"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260"/>
        <source>Send your changes and receive your colleagues&apos; (F9)</source>
        <translation>Send your changes and receive your colleagues&apos; (F9)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262"/>
        <source>Conflicts and refused changes</source>
        <translation>Conflicts and refused changes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="263"/>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="265"/>
        <source>Discount and price-exception requests waiting for a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_search.py" line="120"/>
        <source>Search failed: {error}</source>
        <translation>Search failed: {error}</translation>
    </message>
</context>
<context>
    <name>ManagerData</name>
    <message>
        <location filename="../../ui/manager_data.py" line="175"/>
        <source>Orders and payments are not available in this version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManagerPage</name>
    <message>
        <location filename="../../ui/manager_page.py" line="104"/>
        <source>My numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/manager_page.py" line="105"/>
        <source>Territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/manager_page.py" line="106"/>
        <source>Pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/manager_page.py" line="107"/>
        <source>Quotas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/manager_page.py" line="108"/>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/manager_page.py" line="109"/>
        <source>Receivables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/manager_page.py" line="110"/>
        <source>Commissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/manager_page.py" line="111"/>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/manager_page.py" line="132"/>
        <source>Sign in and sync to see your numbers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="81"/>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="82"/>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="83"/>
        <source>Import into</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/account_merge.py" line="29"/>
        <source>Merge two accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_merge.py" line="30"/>
        <source>Which account do you keep?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_merge.py" line="35"/>
        <source>The other account&apos;s contacts, deals, activities, visits and quotes move to the one you keep, and its empty fields are filled from the other. The other account is then removed for everyone once you sync. Its agreed prices stay with it: a manager re-issues them. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_merge.py" line="44"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MovesModel</name>
    <message>
        <location filename="../../ui/territory_preview.py" line="47"/>
        <source>Account</source>
        <translation type="unfinished">Account</translation>
    </message>
    <message>
        <location filename="../../ui/territory_preview.py" line="48"/>
        <source>From territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_preview.py" line="49"/>
        <source>Reps losing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_preview.py" line="50"/>
        <source>To territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_preview.py" line="51"/>
        <source>Reps gaining it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_preview.py" line="56"/>
        <source>(no territory: its owner only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyNumbers</name>
    <message>
        <location filename="../../ui/manager_numbers.py" line="61"/>
        <source>Won against your quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/manager_numbers.py" line="62"/>
        <source>Your forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/manager_numbers.py" line="95"/>
        <source>Attainment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/manager_numbers.py" line="96"/>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/manager_numbers.py" line="99"/>
        <source>Your manager called your commit: {note}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../ui/page_registry.py" line="50"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_registry.py" line="53"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_registry.py" line="61"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_registry.py" line="69"/>
        <source>Opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_registry.py" line="75"/>
        <source>Quotes</source>
        <translation type="unfinished">Quotes</translation>
    </message>
    <message>
        <location filename="../../ui/page_registry.py" line="77"/>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_registry.py" line="81"/>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_registry.py" line="89"/>
        <source>Dashboards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_registry.py" line="96"/>
        <source>Team &amp; numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewOrderDialog</name>
    <message>
        <location filename="../../ui/order_new_dialog.py" line="42"/>
        <source>SKU</source>
        <translation type="unfinished">SKU</translation>
    </message>
    <message>
        <location filename="../../ui/order_new_dialog.py" line="43"/>
        <location filename="../../ui/order_new_dialog.py" line="130"/>
        <source>Product</source>
        <translation type="unfinished">Product</translation>
    </message>
    <message>
        <location filename="../../ui/order_new_dialog.py" line="44"/>
        <location filename="../../ui/order_new_dialog.py" line="131"/>
        <source>Quantity</source>
        <translation type="unfinished">Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/order_new_dialog.py" line="46"/>
        <source>Agreed price</source>
        <translation type="unfinished">Agreed price</translation>
    </message>
    <message>
        <location filename="../../ui/order_new_dialog.py" line="50"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/order_new_dialog.py" line="128"/>
        <source>New order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/order_new_dialog.py" line="129"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/order_new_dialog.py" line="132"/>
        <source>Type a SKU or product name, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/order_new_dialog.py" line="133"/>
        <source>Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/order_new_dialog.py" line="136"/>
        <source>Each line is at the client&apos;s agreed price. For another price, write a quote: it goes through the one-price rule and, if needed, a manager&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/order_new_dialog.py" line="148"/>
        <source>Type a quantity greater than zero first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/order_new_dialog.py" line="168"/>
        <source>Choose the client first: prices are the client&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/order_new_dialog.py" line="179"/>
        <source>Total with VAT: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/order_new_dialog.py" line="188"/>
        <source>Choose the client and add at least one product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/order_new_dialog.py" line="208"/>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewVisitDialog</name>
    <message>
        <location filename="../../ui/visit_new_dialog.py" line="34"/>
        <source>No reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_new_dialog.py" line="35"/>
        <source>15 minutes before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_new_dialog.py" line="36"/>
        <source>1 hour before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_new_dialog.py" line="37"/>
        <source>1 day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_new_dialog.py" line="74"/>
        <source>New visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_new_dialog.py" line="76"/>
        <source>Client name, pinyin or initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_new_dialog.py" line="80"/>
        <source>e.g. product demo, contract renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_new_dialog.py" line="99"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_new_dialog.py" line="100"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_new_dialog.py" line="101"/>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_new_dialog.py" line="102"/>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_new_dialog.py" line="103"/>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpportunitiesModel</name>
    <message>
        <location filename="../../ui/opportunities_model.py" line="26"/>
        <source>Opportunity</source>
        <translation type="unfinished">Opportunity</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities_model.py" line="27"/>
        <source>Account</source>
        <translation type="unfinished">Account</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities_model.py" line="28"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opportunities_model.py" line="29"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opportunities_model.py" line="30"/>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opportunities_model.py" line="31"/>
        <source>Weighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opportunities_model.py" line="32"/>
        <source>Close date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opportunities_model.py" line="33"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderDetail</name>
    <message>
        <location filename="../../ui/order_detail.py" line="47"/>
        <source>SKU</source>
        <translation type="unfinished">SKU</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="49"/>
        <source>Product</source>
        <translation type="unfinished">Product</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="52"/>
        <source>Quantity</source>
        <translation type="unfinished">Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="54"/>
        <source>Unit price</source>
        <translation type="unfinished">Unit price</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="58"/>
        <source>Discount %</source>
        <translation type="unfinished">Discount %</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="61"/>
        <location filename="../../ui/order_detail.py" line="72"/>
        <location filename="../../ui/order_detail.py" line="79"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="64"/>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="69"/>
        <location filename="../../ui/order_detail.py" line="78"/>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="70"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="71"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="73"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="74"/>
        <source>Still due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="77"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="80"/>
        <source>Paid by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="81"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="84"/>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="85"/>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="86"/>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="145"/>
        <source>Issue invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="147"/>
        <source>Invoice what is not invoiced yet, due after the client&apos;s payment terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="149"/>
        <source>Record payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="150"/>
        <source>Mark delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="151"/>
        <source>Close order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="152"/>
        <source>Cancel order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="153"/>
        <source>Confirmation PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="185"/>
        <source>No order selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="187"/>
        <source>Orders come from accepted quotes (Create order in the quote editor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="200"/>
        <source>Ordered {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="201"/>
        <source>Total {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="204"/>
        <source>Delivery by {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="279"/>
        <source>Invoice issued; it goes up with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="288"/>
        <source>Marked delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="295"/>
        <source>The order is now {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="313"/>
        <source>Payment recorded; it goes up with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="322"/>
        <source>Save the order confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="322"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="338"/>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderLabels</name>
    <message>
        <location filename="../../ui/order_labels.py" line="11"/>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/order_labels.py" line="12"/>
        <source>Partly delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/order_labels.py" line="13"/>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/order_labels.py" line="14"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/order_labels.py" line="15"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/order_labels.py" line="19"/>
        <source>Bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/order_labels.py" line="20"/>
        <source>Bank acceptance draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/order_labels.py" line="21"/>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/order_labels.py" line="22"/>
        <source>Cheque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/order_labels.py" line="23"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <location filename="../../ui/orders_page_model.py" line="19"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/orders_page_model.py" line="21"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/orders_page_model.py" line="25"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/orders_page_model.py" line="27"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../ui/orders_page_model.py" line="32"/>
        <source>Total</source>
        <translation type="unfinished">Total</translation>
    </message>
    <message>
        <location filename="../../ui/orders_page_model.py" line="37"/>
        <source>Delivery by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <location filename="../../ui/orders_page.py" line="99"/>
        <source>Orders: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/orders_page.py" line="123"/>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/orders_page.py" line="124"/>
        <source>New order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/orders_page.py" line="126"/>
        <source>Enter an order at the client&apos;s agreed prices (from a quote: Create order).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/orders_page.py" line="128"/>
        <source>Filter by order number or client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/orders_page.py" line="132"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../ui/payment_dialog.py" line="100"/>
        <source>Record a payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="104"/>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="105"/>
        <source>Amount received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="106"/>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="107"/>
        <source>Paid by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="108"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="115"/>
        <source>Bank slip or draft number (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="132"/>
        <source>This order has no open invoice: issue one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="137"/>
        <source>Type the amount received as a number, e.g. 1250.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="167"/>
        <source>Not recorded: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PendingApprovalsModel</name>
    <message>
        <location filename="../../ui/approvals_model.py" line="25"/>
        <source>Discount beyond limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/approvals_model.py" line="26"/>
        <source>Price exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/approvals_model.py" line="107"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/approvals_model.py" line="108"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/approvals_model.py" line="109"/>
        <source>Quote</source>
        <translation type="unfinished">Quote</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_model.py" line="110"/>
        <source>Product</source>
        <translation type="unfinished">Product</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_model.py" line="111"/>
        <source>Price asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/approvals_model.py" line="112"/>
        <source>Standing price</source>
        <translation type="unfinished">Standing price</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_model.py" line="113"/>
        <source>Below list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/approvals_model.py" line="114"/>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/approvals_model.py" line="115"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pipeline</name>
    <message>
        <location filename="../../ui/pipeline_labels.py" line="20"/>
        <source>Prospecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_labels.py" line="21"/>
        <source>Qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_labels.py" line="22"/>
        <source>Needs analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_labels.py" line="23"/>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_labels.py" line="24"/>
        <source>Negotiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_labels.py" line="25"/>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_labels.py" line="26"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_board.py" line="79"/>
        <source>Weighted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_board.py" line="85"/>
        <source>Showing the %1 closing soonest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_cards_model.py" line="93"/>
        <source>No close date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_cards_model.py" line="94"/>
        <source>Closes %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelinePage</name>
    <message>
        <location filename="../../ui/pipeline_page.py" line="51"/>
        <source>Any close date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_page.py" line="52"/>
        <source>Closing this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_page.py" line="53"/>
        <source>Closing next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_page.py" line="54"/>
        <source>Closing this quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_page.py" line="55"/>
        <source>Closing this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_page.py" line="196"/>
        <source>Open pipeline %1 · weighted %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_page.py" line="204"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_page.py" line="206"/>
        <source>My opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_page.py" line="217"/>
        <source>Something went wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_page.py" line="268"/>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_page.py" line="269"/>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_page.py" line="275"/>
        <source>Every stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_page.py" line="278"/>
        <source>Move to the next stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_page.py" line="279"/>
        <source>Move to the previous stage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../../ui/import_result_models.py" line="15"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_result_models.py" line="16"/>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_result_models.py" line="17"/>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_result_models.py" line="18"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_result_models.py" line="21"/>
        <source>same id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_result_models.py" line="22"/>
        <source>same credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_result_models.py" line="23"/>
        <source>same product code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_result_models.py" line="24"/>
        <source>same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_result_models.py" line="34"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_result_models.py" line="35"/>
        <source>Will be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_result_models.py" line="36"/>
        <source>Record</source>
        <translation type="unfinished">Record</translation>
    </message>
    <message>
        <location filename="../../ui/import_result_models.py" line="37"/>
        <source>Matched by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PoolModel</name>
    <message>
        <location filename="../../ui/pool_model.py" line="20"/>
        <location filename="../../ui/pool_model.py" line="30"/>
        <source>Account</source>
        <translation type="unfinished">Account</translation>
    </message>
    <message>
        <location filename="../../ui/pool_model.py" line="21"/>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pool_model.py" line="22"/>
        <source>City</source>
        <translation type="unfinished">City</translation>
    </message>
    <message>
        <location filename="../../ui/pool_model.py" line="24"/>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pool_model.py" line="27"/>
        <source>Territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pool_model.py" line="31"/>
        <source>Claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pool_model.py" line="33"/>
        <source>Back to the pool if untouched by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PoolTab</name>
    <message>
        <location filename="../../ui/pool_tab.py" line="98"/>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pool_tab.py" line="99"/>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pool_tab.py" line="100"/>
        <source>Release to the pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pool_tab.py" line="101"/>
        <source>Accounts you hold from the pool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pool_tab.py" line="113"/>
        <source>{n} accounts in the pool. You hold {held} of at most {limit}; an account you leave untouched for {days} days goes back to the pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pool_tab.py" line="126"/>
        <location filename="../../ui/pool_tab.py" line="155"/>
        <source>Not connected to a server: the pool is on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pool_tab.py" line="139"/>
        <source>Select an account in the pool first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pool_tab.py" line="141"/>
        <source>Claimed: the account is yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pool_tab.py" line="146"/>
        <source>Select one of your accounts first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pool_tab.py" line="148"/>
        <source>Released to the pool.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriceConflictBanner</name>
    <message>
        <location filename="../../ui/quote_conflicts.py" line="198"/>
        <source>Re-price at the standing price (new revision)</source>
        <translation>Re-price at the standing price (new revision)</translation>
    </message>
    <message>
        <location filename="../../ui/quote_conflicts.py" line="201"/>
        <source>Makes a new revision of this quote with every refused line at its standing price.</source>
        <translation>Makes a new revision of this quote with every refused line at its standing price.</translation>
    </message>
    <message>
        <location filename="../../ui/quote_conflicts.py" line="204"/>
        <source>Remove the line</source>
        <translation>Remove the line</translation>
    </message>
    <message>
        <location filename="../../ui/quote_conflicts.py" line="205"/>
        <source>Takes the selected refused line off the quote.</source>
        <translation>Takes the selected refused line off the quote.</translation>
    </message>
    <message>
        <location filename="../../ui/quote_conflicts.py" line="206"/>
        <source>Ask a manager for an exception…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quote_conflicts.py" line="209"/>
        <source>Asks your manager to make your price the client&apos;s agreed price; the other rep is told if it is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quote_conflicts.py" line="236"/>
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
        <location filename="../../ui/quote_conflicts.py" line="59"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quote_conflicts.py" line="60"/>
        <source>Asked — waiting for the manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quote_conflicts.py" line="61"/>
        <source>Approved — the line goes up again at the next sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quote_conflicts.py" line="64"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quote_conflicts.py" line="80"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../ui/quote_conflicts.py" line="81"/>
        <source>Your price</source>
        <translation>Your price</translation>
    </message>
    <message>
        <location filename="../../ui/quote_conflicts.py" line="82"/>
        <source>Standing price</source>
        <translation>Standing price</translation>
    </message>
    <message>
        <location filename="../../ui/quote_conflicts.py" line="83"/>
        <source>Held by</source>
        <translation>Held by</translation>
    </message>
    <message>
        <location filename="../../ui/quote_conflicts.py" line="84"/>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../ui/quote_conflicts.py" line="85"/>
        <source>Exception</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriceHistoryModel</name>
    <message>
        <location filename="../../ui/approvals_model.py" line="29"/>
        <source>Quote</source>
        <translation type="unfinished">Quote</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_model.py" line="30"/>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/approvals_model.py" line="31"/>
        <source>Exception asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/approvals_model.py" line="36"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/approvals_model.py" line="37"/>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/approvals_model.py" line="38"/>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/approvals_model.py" line="39"/>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/approvals_model.py" line="40"/>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/approvals_model.py" line="145"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/approvals_model.py" line="146"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/approvals_model.py" line="147"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/approvals_model.py" line="148"/>
        <source>Price</source>
        <translation type="unfinished">Price</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_model.py" line="149"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_model.py" line="150"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../ui/import_result_models.py" line="79"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_result_models.py" line="80"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_result_models.py" line="81"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_result_models.py" line="82"/>
        <source>Why</source>
        <translation type="unfinished">Why</translation>
    </message>
</context>
<context>
    <name>QuotaGrid</name>
    <message>
        <location filename="../../ui/quota_grid_model.py" line="39"/>
        <source>Q{n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quota_grid_model.py" line="40"/>
        <source>{month:02d}/{year}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaGridModel</name>
    <message>
        <location filename="../../ui/quota_grid_model.py" line="89"/>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quota_grid_model.py" line="93"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quota_grid_model.py" line="134"/>
        <source>Team total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quota_grid_model.py" line="155"/>
        <source>The sum of this quarter&apos;s monthly quotas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaTab</name>
    <message>
        <location filename="../../ui/quota_tab.py" line="110"/>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quota_tab.py" line="111"/>
        <source>Quarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quota_tab.py" line="112"/>
        <source>Credit won deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quota_tab.py" line="113"/>
        <source>Credit orders booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quota_tab.py" line="114"/>
        <source>Credit payments collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quota_tab.py" line="115"/>
        <source>Copy to next period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quota_tab.py" line="118"/>
        <source>Give each rep the selected period&apos;s quota in the next period, where none is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quota_tab.py" line="188"/>
        <source>Saved; it goes up with your next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quota_tab.py" line="202"/>
        <source>{n} quotas copied to {period}; cells already set were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quota_tab.py" line="215"/>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuoteActions</name>
    <message>
        <location filename="../../ui/quote_actions.py" line="90"/>
        <source>Revision {n} · {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quote_actions.py" line="152"/>
        <source>Revisions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quote_actions.py" line="153"/>
        <source>Mark as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quote_actions.py" line="154"/>
        <source>The quote was handed or sent to the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quote_actions.py" line="155"/>
        <source>Request approval…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quote_actions.py" line="156"/>
        <source>Mark accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quote_actions.py" line="157"/>
        <source>The client said yes: the opportunity is won.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quote_actions.py" line="158"/>
        <source>New revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quote_actions.py" line="159"/>
        <source>Re-price at the approved price (new revision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quote_actions.py" line="160"/>
        <source>Create order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quote_actions.py" line="162"/>
        <source>Turn the accepted quote into a confirmed order at the same prices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quote_actions.py" line="193"/>
        <source>This is an older revision, kept for reference: read only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quote_actions.py" line="197"/>
        <source>Price superseded: {manager} approved {price} for {product} on {day}. Re-price this quote before sending it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quote_actions.py" line="200"/>
        <source>a manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quote_actions.py" line="213"/>
        <source>Approval requested: waiting for the manager (it arrives by sync).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quote_actions.py" line="214"/>
        <source>the manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quote_actions.py" line="216"/>
        <source>Discount approved by {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quote_actions.py" line="218"/>
        <source>Discount refused by {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quote_actions.py" line="220"/>
        <source>Comment: {comment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quote_actions.py" line="234"/>
        <source>This quote cannot be sent yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quote_actions.py" line="259"/>
        <source>Marked as sent; the server confirms it at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quote_actions.py" line="269"/>
        <source>Accepted by the client; its opportunity is won.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quote_actions.py" line="271"/>
        <source>Accepted by the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quote_actions.py" line="288"/>
        <source>Order created at the quote&apos;s prices; it goes up with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quote_actions.py" line="294"/>
        <source>Request approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quote_actions.py" line="296"/>
        <source>This quote goes beyond your discount limit. Tell your manager why the client should get it; the request goes up with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quote_actions.py" line="312"/>
        <source>Approval requested; it goes up with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuoteEditor</name>
    <message>
        <location filename="../../ui/quote_status.py" line="11"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../ui/quote_status.py" line="12"/>
        <source>Provisional — price not yet accepted by the server</source>
        <translation>Provisional — price not yet accepted by the server</translation>
    </message>
    <message>
        <location filename="../../ui/quote_status.py" line="15"/>
        <source>Pending approval — over your discount limit, needs a manager&apos;s approval</source>
        <translation>Pending approval — over your discount limit, needs a manager&apos;s approval</translation>
    </message>
    <message>
        <location filename="../../ui/quote_status.py" line="18"/>
        <source>Approved — ready to send</source>
        <translation>Approved — ready to send</translation>
    </message>
    <message>
        <location filename="../../ui/quote_status.py" line="19"/>
        <source>Sent to the client</source>
        <translation>Sent to the client</translation>
    </message>
    <message>
        <location filename="../../ui/quote_status.py" line="20"/>
        <source>Accepted by the client</source>
        <translation>Accepted by the client</translation>
    </message>
    <message>
        <location filename="../../ui/quote_status.py" line="21"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../ui/quote_status.py" line="22"/>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../ui/quote_status.py" line="23"/>
        <source>Superseded — an older revision, kept for reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="250"/>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="251"/>
        <source>VAT rate</source>
        <translation>VAT rate</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="252"/>
        <source>Terms</source>
        <translation>Terms</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="253"/>
        <source>Payment, delivery, warranty…</source>
        <translation>Payment, delivery, warranty…</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="254"/>
        <source>&amp;Add a product:</source>
        <translation>&amp;Add a product:</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="256"/>
        <source>Type a SKU or a product name and press Enter  (Ctrl+F)</source>
        <translation>Type a SKU or a product name and press Enter  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="258"/>
        <source>Remove line (Del)</source>
        <translation>Remove line (Del)</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="259"/>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="260"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="261"/>
        <source>Preview PDF…</source>
        <translation>Preview PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="262"/>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="263"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="312"/>
        <source>Your manager approved the exception: the line goes up at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="333"/>
        <source>Quote {number}</source>
        <translation>Quote {number}</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="335"/>
        <source>Quote {number} · revision {revision}</source>
        <translation>Quote {number} · revision {revision}</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="369"/>
        <source>VAT {rate}</source>
        <translation>VAT {rate}</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="480"/>
        <source>No product in the catalogue matches “{text}”.</source>
        <translation>No product in the catalogue matches “{text}”.</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="498"/>
        <source>Revision created at the standing price.</source>
        <translation>Revision created at the standing price.</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="504"/>
        <source>Ask for a price exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="506"/>
        <source>Your manager decides whether your price becomes this client&apos;s agreed price (the rep holding the other price is then told). Why should the client get it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="520"/>
        <source>Exception requested: your manager sees it after your next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="549"/>
        <source>PDF in Chinese (*.pdf)</source>
        <translation>PDF in Chinese (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="549"/>
        <source>PDF in English (*.pdf)</source>
        <translation>PDF in English (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="552"/>
        <source>Export the quote as PDF</source>
        <translation>Export the quote as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="565"/>
        <source>Saved {file}</source>
        <translation>Saved {file}</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="580"/>
        <source>No PDF viewer opened {file}.</source>
        <translation>No PDF viewer opened {file}.</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="591"/>
        <source>Preparing the PDF…</source>
        <translation>Preparing the PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="612"/>
        <source>The PDF could not be made: {error}</source>
        <translation>The PDF could not be made: {error}</translation>
    </message>
</context>
<context>
    <name>QuoteLauncher</name>
    <message>
        <location filename="../../ui/quote_launcher.py" line="44"/>
        <source>New quote</source>
        <translation>New quote</translation>
    </message>
    <message>
        <location filename="../../ui/quote_launcher.py" line="46"/>
        <source>A new quote for the account selected in the list (Ctrl+Shift+Q)</source>
        <translation>A new quote for the account selected in the list (Ctrl+Shift+Q)</translation>
    </message>
    <message>
        <location filename="../../ui/quote_launcher.py" line="55"/>
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
        <location filename="../../ui/quote_lines_model.py" line="44"/>
        <source>Price superseded — re-price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="47"/>
        <source>The price agreed with this client (or the list price).</source>
        <translation>The price agreed with this client (or the list price).</translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="50"/>
        <source>A price other than the agreed one: the server accepts or refuses it at the next sync.</source>
        <translation>A price other than the agreed one: the server accepts or refuses it at the next sync.</translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="54"/>
        <source>Over your discount limit: a manager must approve it before the quote can be sent.</source>
        <translation>Over your discount limit: a manager must approve it before the quote can be sent.</translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="58"/>
        <source>Another price stands for this client: see the banner above.</source>
        <translation>Another price stands for this client: see the banner above.</translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="61"/>
        <source>A manager approved another price for this client since this line was written: re-price the quote (a new revision) before sending it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="111"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="112"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="113"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="114"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="115"/>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="116"/>
        <source>Discount %</source>
        <translation>Discount %</translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="117"/>
        <source>Line total</source>
        <translation>Line total</translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="118"/>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="250"/>
        <source>Agreed price {price}, agreed until {date}</source>
        <translation>Agreed price {price}, agreed until {date}</translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="254"/>
        <source>Agreed price {price}</source>
        <translation>Agreed price {price}</translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="257"/>
        <source>List price {price}</source>
        <translation>List price {price}</translation>
    </message>
</context>
<context>
    <name>QuotesModel</name>
    <message>
        <location filename="../../ui/quotes_page_model.py" line="18"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quotes_page_model.py" line="19"/>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quotes_page_model.py" line="21"/>
        <source>Account</source>
        <translation type="unfinished">Account</translation>
    </message>
    <message>
        <location filename="../../ui/quotes_page_model.py" line="26"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../ui/quotes_page_model.py" line="31"/>
        <source>Valid until</source>
        <translation type="unfinished">Valid until</translation>
    </message>
</context>
<context>
    <name>QuotesPage</name>
    <message>
        <location filename="../../ui/quotes_page.py" line="81"/>
        <source>Quotes: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quotes_page.py" line="94"/>
        <source>Quotes</source>
        <translation type="unfinished">Quotes</translation>
    </message>
    <message>
        <location filename="../../ui/quotes_page.py" line="96"/>
        <source>New quotes start from an account: select it and press Ctrl+Shift+Q.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quotes_page.py" line="98"/>
        <source>Filter by quote number or client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quotes_page.py" line="102"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../ui/quote_reason_dialog.py" line="43"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quote_reason_dialog.py" line="44"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quote_reason_dialog.py" line="57"/>
        <source>Please write a few words: the other side reads them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceivablesView</name>
    <message>
        <location filename="../../ui/receivables_view.py" line="48"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="49"/>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="50"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="51"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="52"/>
        <source>Days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="53"/>
        <source>Aging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="55"/>
        <source>Still due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="57"/>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="97"/>
        <source>Overdue receivables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="124"/>
        <source>Could not read the receivables: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="132"/>
        <source>No invoice is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="138"/>
        <source>{count} overdue invoices, {amount} still owed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderController</name>
    <message>
        <location filename="../../ui/reminder_controller.py" line="83"/>
        <source>Visit at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskLabels</name>
    <message>
        <location filename="../../ui/value_labels.py" line="33"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value_labels.py" line="34"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value_labels.py" line="35"/>
        <source>High</source>
        <translation type="unfinished"></translation>
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
    <name>SegmentLabels</name>
    <message>
        <location filename="../../ui/value_labels.py" line="21"/>
        <source>Loyal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value_labels.py" line="22"/>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value_labels.py" line="23"/>
        <source>Ordinary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value_labels.py" line="24"/>
        <source>Prospective</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageLabels</name>
    <message>
        <location filename="../../ui/page_labels.py" line="58"/>
        <source>Prospecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="59"/>
        <source>Qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="60"/>
        <source>Needs analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="61"/>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="62"/>
        <source>Negotiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="63"/>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="64"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
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
        <source>Preparing search over {n} records… ({percent}%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="96"/>
        <source>Preparing search over {n} records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="98"/>
        <source>Receiving… {n} records ({percent}%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="102"/>
        <source>Receiving… {n} records</source>
        <translation>Receiving… {n} records</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="121"/>
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
    <name>TerritoryForm</name>
    <message>
        <location filename="../../ui/territory_form.py" line="31"/>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../../ui/territory_form.py" line="32"/>
        <source>Part of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_form.py" line="33"/>
        <source>Provinces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_form.py" line="34"/>
        <source>Cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_form.py" line="35"/>
        <source>Industries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_form.py" line="36"/>
        <source>Named accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_form.py" line="37"/>
        <source>Reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_form.py" line="94"/>
        <source>Name an account: type part of its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_form.py" line="95"/>
        <source>e.g. 广东、广西</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_form.py" line="96"/>
        <source>e.g. 广州、深圳</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_form.py" line="101"/>
        <location filename="../../ui/territory_form.py" line="114"/>
        <source>(none: a region)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerritoryPreviewDialog</name>
    <message>
        <location filename="../../ui/territory_preview.py" line="84"/>
        <source>Preview: {territory}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_preview.py" line="95"/>
        <source>{n} accounts move. Reps gain or lose them at their next sync; an edit a rep has not sent yet for an account they lose is kept and shown to them as refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_preview.py" line="99"/>
        <source>No account moves: only the territory itself changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_preview.py" line="105"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerritoryTab</name>
    <message>
        <location filename="../../ui/territory_editor.py" line="114"/>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_editor.py" line="115"/>
        <source>New region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_editor.py" line="116"/>
        <source>New territory in selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_editor.py" line="117"/>
        <source>Preview and apply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_editor.py" line="126"/>
        <source>Not connected to a server: territories are managed on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_editor.py" line="183"/>
        <source>New territory: fill it in, then preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_editor.py" line="201"/>
        <source>Select a territory, or start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_editor.py" line="204"/>
        <source>Give the territory a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_editor.py" line="207"/>
        <source>Nothing has changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_editor.py" line="213"/>
        <source>Asking the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_editor.py" line="240"/>
        <source>Applied: {n} accounts moved. Reps gain or lose them at their next sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerritoryTreeModel</name>
    <message>
        <location filename="../../ui/territory_tree_model.py" line="119"/>
        <source>Territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_tree_model.py" line="119"/>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_tree_model.py" line="119"/>
        <source>Reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_tree_model.py" line="140"/>
        <source>{n} named accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TierLabels</name>
    <message>
        <location filename="../../ui/value_labels.py" line="27"/>
        <source>VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value_labels.py" line="28"/>
        <source>Major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value_labels.py" line="29"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value_labels.py" line="30"/>
        <source>Small</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <location filename="../../ui/today_model.py" line="24"/>
        <source>{time}  {title} — {account}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_model.py" line="25"/>
        <source>{title} — {account}: planned {when}, never checked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_model.py" line="28"/>
        <source>Reminder: {title} — {account}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_model.py" line="29"/>
        <source>Quote {title} — {account} expires {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_model.py" line="30"/>
        <source>Agreed price of {title} — {account} ends {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_model.py" line="33"/>
        <source>{title} — no contact since {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_model.py" line="34"/>
        <source>{account}: {amount} overdue since {when} (invoice {title})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_model.py" line="37"/>
        <source>{title} — never contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_model.py" line="40"/>
        <source>Account</source>
        <translation type="unfinished">Account</translation>
    </message>
    <message>
        <location filename="../../ui/today_model.py" line="41"/>
        <source>Contact</source>
        <translation type="unfinished">Contact</translation>
    </message>
    <message>
        <location filename="../../ui/today_model.py" line="42"/>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_model.py" line="43"/>
        <source>Quote</source>
        <translation type="unfinished">Quote</translation>
    </message>
    <message>
        <location filename="../../ui/today_model.py" line="52"/>
        <source>{kind}: {title} — {account}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_model.py" line="54"/>
        <source>{kind}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../ui/today_page.py" line="114"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="116"/>
        <source>Today&apos;s visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="117"/>
        <source>Overdue follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="118"/>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="119"/>
        <source>Changed by colleagues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="120"/>
        <source>Overdue receivables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="124"/>
        <source>No visits planned for today. Plan one in the Calendar, or call an account from the reminders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="127"/>
        <source>Nothing overdue: every past visit is checked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="129"/>
        <source>No quotes or agreed prices run out in the next 14 days, and every account of yours was contacted in the last 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="132"/>
        <source>Nothing changed by colleagues yet. Press F9 to sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="133"/>
        <source>No invoice of yours is overdue: every client paid on time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="163"/>
        <source>Today&apos;s lists could not be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VCardTransfer</name>
    <message>
        <location filename="../../ui/vcard_transfer.py" line="75"/>
        <source>vCard 3.0 (*.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vcard_transfer.py" line="75"/>
        <source>vCard 4.0 (*.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vcard_transfer.py" line="77"/>
        <source>Export contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vcard_transfer.py" line="83"/>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vcard_transfer.py" line="83"/>
        <source>vCard files (*.vcf *.vcard)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidatedForm</name>
    <message>
        <location filename="../../ui/page_form.py" line="143"/>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueSection</name>
    <message>
        <location filename="../../ui/value_section.py" line="16"/>
        <source>Health index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value_section.py" line="17"/>
        <source>Lifecycle stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value_section.py" line="18"/>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value_section.py" line="19"/>
        <source>Value tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value_section.py" line="20"/>
        <source>Historical value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value_section.py" line="21"/>
        <source>Current value (yearly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value_section.py" line="22"/>
        <source>Potential value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value_section.py" line="23"/>
        <source>Lifetime value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value_section.py" line="24"/>
        <source>Churn risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value_section.py" line="59"/>
        <source>Value &amp; health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value_section.py" line="76"/>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value_section.py" line="84"/>
        <source>{index} / 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value_section.py" line="98"/>
        <source>Satisfaction {s} · recency {r} · frequency {f} · trend {t} (each out of 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value_section.py" line="108"/>
        <source>RFM {code}: recency, frequency, money, 1–5 each</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../ui/visit_dialog.py" line="86"/>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="87"/>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="89"/>
        <source>Cancel visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="90"/>
        <source>Export .ics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="93"/>
        <source>What came of the visit? Next steps?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="97"/>
        <source>Client satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="102"/>
        <source>%1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="106"/>
        <location filename="../../ui/visit_dialog.py" line="108"/>
        <source>Check out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="120"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="121"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="122"/>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="123"/>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="158"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="178"/>
        <source>checked in at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="181"/>
        <source>checked out at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="222"/>
        <source>Rate how the client felt, from 1 to 5 stars.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitsModel</name>
    <message>
        <location filename="../../ui/calendar_model.py" line="29"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_model.py" line="30"/>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_model.py" line="31"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_model.py" line="32"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="197"/>
        <source>Local demo company — not connected to a server</source>
        <translation>Local demo company — not connected to a server</translation>
    </message>
</context>
</TS>
