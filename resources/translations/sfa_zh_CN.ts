<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountDetail</name>
    <message>
        <location filename="../../ui/account_detail.py" line="153"/>
        <source>Select an account in the list to see its contacts, activities, deals, quotes, visits and agreed prices. Ctrl+N creates a new account.</source>
        <translation>在列表中选择一个客户，查看其联系人、活动、商机、报价、拜访和协议价。按 Ctrl+N 新建客户。</translation>
    </message>
    <message>
        <location filename="../../ui/account_detail.py" line="157"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/account_detail.py" line="158"/>
        <source>Log activity (Ctrl+L)</source>
        <translation>记录活动 (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/account_detail.py" line="159"/>
        <source>New contact…</source>
        <translation>新建联系人…</translation>
    </message>
    <message>
        <location filename="../../ui/account_detail.py" line="160"/>
        <source>New quote</source>
        <translation>新建报价</translation>
    </message>
    <message>
        <location filename="../../ui/account_detail.py" line="289"/>
        <source>Owner: {name}</source>
        <translation>负责人：{name}</translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="26"/>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="28"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="30"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="33"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="36"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="37"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="38"/>
        <source>By</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="43"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="46"/>
        <location filename="../../ui/account_tabs.py" line="58"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="49"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="50"/>
        <location filename="../../ui/account_tabs.py" line="144"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="51"/>
        <location filename="../../ui/account_tabs.py" line="145"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="56"/>
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="60"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="63"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="67"/>
        <source>Close date</source>
        <translation>预计成交日</translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="69"/>
        <location filename="../../ui/account_tabs.py" line="86"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="74"/>
        <source>Quotes</source>
        <translation>报价</translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="77"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="81"/>
        <location filename="../../ui/account_tabs.py" line="96"/>
        <location filename="../../ui/account_tabs.py" line="125"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="84"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="91"/>
        <source>Visits</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="93"/>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="94"/>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="98"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="103"/>
        <source>Agreed prices</source>
        <translation>协议价</translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="106"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="110"/>
        <source>Agreed price</source>
        <translation>协议价</translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="113"/>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="114"/>
        <source>Until</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="121"/>
        <source>Orders &amp; receivables</source>
        <translation>订单与应收款</translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="123"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="124"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="127"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="130"/>
        <source>Paid</source>
        <translation>已收款</translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="133"/>
        <source>Still due</source>
        <translation>未收款</translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="137"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="146"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="147"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="148"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="149"/>
        <source>Parent account</source>
        <translation>上级客户</translation>
    </message>
    <message>
        <location filename="../../ui/account_tabs.py" line="150"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>AccountFilters</name>
    <message>
        <location filename="../../ui/account_filters.py" line="69"/>
        <source>Filter by name, phone, credit code or city</source>
        <translation>按名称、电话、信用代码或城市筛选</translation>
    </message>
    <message>
        <location filename="../../ui/account_filters.py" line="71"/>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/account_filters.py" line="73"/>
        <source>Any tier</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <location filename="../../ui/account_filters.py" line="74"/>
        <location filename="../../ui/account_filters.py" line="80"/>
        <source>Any province</source>
        <translation>全部省份</translation>
    </message>
    <message>
        <location filename="../../ui/account_filters.py" line="76"/>
        <source>Archived too</source>
        <translation>含已归档</translation>
    </message>
    <message>
        <location filename="../../ui/account_filters.py" line="84"/>
        <source>Accounts: {n}</source>
        <translation>客户：{n}</translation>
    </message>
    <message>
        <location filename="../../ui/account_filters.py" line="107"/>
        <source>Any city</source>
        <translation>全部城市</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <location filename="../../ui/account_form.py" line="32"/>
        <source>Company name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="33"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="34"/>
        <source>Tier</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="35"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="36"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="37"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="38"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="39"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="40"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="41"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="42"/>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="43"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="44"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="99"/>
        <source>New account</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="101"/>
        <source>Edit {name}</source>
        <translation>编辑 {name}</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="150"/>
        <source>The account could not be saved: {error}</source>
        <translation>客户未能保存：{error}</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <location filename="../../ui/accounts_model.py" line="67"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_model.py" line="68"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_model.py" line="69"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_model.py" line="70"/>
        <source>Tier</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_model.py" line="76"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_model.py" line="79"/>
        <source>Health</source>
        <translation>健康度</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_model.py" line="84"/>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_model.py" line="89"/>
        <source>Segment</source>
        <translation>客户细分</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_model.py" line="94"/>
        <source>Value tier</source>
        <translation>价值层级</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_model.py" line="99"/>
        <source>Lifetime value</source>
        <translation>生命周期价值</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_model.py" line="104"/>
        <source>Churn risk</source>
        <translation>流失风险</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_model.py" line="72"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_model.py" line="77"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../ui/account_page.py" line="171"/>
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/account_page.py" line="172"/>
        <source>New account (Ctrl+N)</source>
        <translation>新建客户 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/account_page.py" line="173"/>
        <source>Merge…</source>
        <translation>合并…</translation>
    </message>
    <message>
        <location filename="../../ui/account_page.py" line="174"/>
        <source>Select two accounts that are one company</source>
        <translation>选择属于同一家公司的两个客户</translation>
    </message>
    <message>
        <location filename="../../ui/account_page.py" line="288"/>
        <source>Merged: {n} records moved to the account you kept.</source>
        <translation>已合并：{n} 条记录移到了保留的客户下。</translation>
    </message>
    <message>
        <location filename="../../ui/account_page.py" line="294"/>
        <source>The accounts were not merged: {error}</source>
        <translation>客户未合并：{error}</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../ui/activity_dialog.py" line="153"/>
        <source>Log activity</source>
        <translation>记录活动</translation>
    </message>
    <message>
        <location filename="../../ui/activity_dialog.py" line="157"/>
        <source>For {who}</source>
        <translation>对象：{who}</translation>
    </message>
    <message>
        <location filename="../../ui/activity_dialog.py" line="163"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/activity_dialog.py" line="163"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ui/activity_dialog.py" line="163"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../ui/activity_dialog.py" line="163"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../ui/activity_dialog.py" line="167"/>
        <source>What was it about? (Ctrl+Enter saves)</source>
        <translation>关于什么？（Ctrl+Enter 保存）</translation>
    </message>
    <message>
        <location filename="../../ui/activity_dialog.py" line="169"/>
        <source>How the client felt, 1 (unhappy) to 5 (delighted); keys 1–5 on the kind row</source>
        <translation>客户感受，1（不满意）到 5（非常满意）；在类型行按 1–5</translation>
    </message>
    <message>
        <location filename="../../ui/activity_dialog.py" line="205"/>
        <source>Write in a few words what it was about.</source>
        <translation>请简单写明活动内容。</translation>
    </message>
    <message>
        <location filename="../../ui/activity_dialog.py" line="210"/>
        <source>The activity could not be saved: {error}</source>
        <translation>活动未能保存：{error}</translation>
    </message>
</context>
<context>
    <name>ApprovalNotices</name>
    <message>
        <location filename="../../ui/approvals_notices.py" line="28"/>
        <source>{n} of your requests were decided: see the quotes.</source>
        <translation>您有 {n} 个申请已有结果：请查看相应报价单。</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_notices.py" line="34"/>
        <source>Your manager approved the discount.</source>
        <translation>经理已批准折扣。</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_notices.py" line="36"/>
        <source>Your manager refused the discount.</source>
        <translation>经理拒绝了折扣。</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_notices.py" line="40"/>
        <source>Your manager approved the price exception: the line goes up at the next sync.</source>
        <translation>经理已批准价格例外：该行将在下次同步时提交。</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_notices.py" line="45"/>
        <source>Your manager refused the price exception.</source>
        <translation>经理拒绝了价格例外。</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_notices.py" line="48"/>
        <source>“{comment}”</source>
        <translation>“{comment}”</translation>
    </message>
</context>
<context>
    <name>ApprovalsDialog</name>
    <message>
        <location filename="../../ui/approvals_dialog.py" line="149"/>
        <source>Approvals</source>
        <translation>审批</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_dialog.py" line="150"/>
        <source>What this client was given for these products:</source>
        <translation>该客户此前在这些产品上的价格：</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_dialog.py" line="151"/>
        <source>Your comment (the rep reads it; required to refuse):</source>
        <translation>您的意见（销售可见；拒绝时必填）：</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_dialog.py" line="152"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_dialog.py" line="153"/>
        <source>Refuse</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_dialog.py" line="154"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_dialog.py" line="184"/>
        <source>Nothing waits for your decision.</source>
        <translation>没有待您审批的申请。</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_dialog.py" line="226"/>
        <source>Quote {number} · revision {revision} · {client} · {status} · total {total}</source>
        <translation>报价单 {number} · 第 {revision} 版 · {client} · {status} · 合计 {total}</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_dialog.py" line="237"/>
        <source>{rep} asks: “{reason}”</source>
        <translation>{rep} 的申请理由：“{reason}”</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_dialog.py" line="264"/>
        <source>Approved; the rep is told after your next sync.</source>
        <translation>已批准；下次同步后通知销售。</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_dialog.py" line="266"/>
        <source>Refused; the rep reads your comment after your next sync.</source>
        <translation>已拒绝；下次同步后销售可看到您的意见。</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_dialog.py" line="276"/>
        <source>Something went wrong: {error}</source>
        <translation>出错了：{error}</translation>
    </message>
</context>
<context>
    <name>AttainmentChart</name>
    <message>
        <location filename="../../ui/manager_charts.py" line="73"/>
        <source>Quota</source>
        <translation>配额</translation>
    </message>
    <message>
        <location filename="../../ui/manager_charts.py" line="73"/>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
</context>
<context>
    <name>AttainmentModel</name>
    <message>
        <location filename="../../ui/quota_attainment_model.py" line="49"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/quota_attainment_model.py" line="49"/>
        <source>Quota</source>
        <translation>配额</translation>
    </message>
    <message>
        <location filename="../../ui/quota_attainment_model.py" line="49"/>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <location filename="../../ui/quota_attainment_model.py" line="49"/>
        <source>Attainment</source>
        <translation>达成率</translation>
    </message>
</context>
<context>
    <name>AttainmentPanel</name>
    <message>
        <location filename="../../ui/quota_attainment_panel.py" line="46"/>
        <source>Per rep</source>
        <translation>按代表</translation>
    </message>
    <message>
        <location filename="../../ui/quota_attainment_panel.py" line="47"/>
        <source>Per team</source>
        <translation>按团队</translation>
    </message>
    <message>
        <location filename="../../ui/quota_attainment_panel.py" line="48"/>
        <source>Per territory</source>
        <translation>按区域</translation>
    </message>
    <message>
        <location filename="../../ui/quota_attainment_panel.py" line="67"/>
        <source>Attainment, {period}</source>
        <translation>达成情况：{period}</translation>
    </message>
</context>
<context>
    <name>CalendarDays</name>
    <message>
        <location filename="../../ui/calendar_days.py" line="15"/>
        <source>Working day (调休)</source>
        <translation>调休上班</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <location filename="../../ui/calendar_export.py" line="44"/>
        <source>SFA Desk visits</source>
        <translation>SFA Desk 拜访日程</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_export.py" line="60"/>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 文件 (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_export.py" line="75"/>
        <source>Export calendar</source>
        <translation>导出日历</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../ui/calendar_page.py" line="66"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="328"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="329"/>
        <source>Previous</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="330"/>
        <source>Next</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="331"/>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="332"/>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="333"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="334"/>
        <source>New visit</source>
        <translation>新建拜访</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="335"/>
        <source>Export .ics…</source>
        <translation>导出 .ics…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="337"/>
        <source>Save the visits of the period on screen as an iCalendar file</source>
        <translation>将当前显示时段的拜访保存为 iCalendar 文件</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="340"/>
        <source>Colleagues&apos; visits</source>
        <translation>同事的拜访</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../../ui/dashboard_card.py" line="60"/>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_card.py" line="83"/>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_card.py" line="83"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_card.py" line="86"/>
        <source>The chart could not be saved to {path}.</source>
        <translation>无法将图表保存到 {path}。</translation>
    </message>
</context>
<context>
    <name>CloseReasonDialog</name>
    <message>
        <location filename="../../ui/opportunity_close_dialog.py" line="25"/>
        <source>Best price</source>
        <translation>价格有优势</translation>
    </message>
    <message>
        <location filename="../../ui/opportunity_close_dialog.py" line="26"/>
        <source>Product fit</source>
        <translation>产品契合需求</translation>
    </message>
    <message>
        <location filename="../../ui/opportunity_close_dialog.py" line="27"/>
        <source>Relationship and service</source>
        <translation>客户关系与服务</translation>
    </message>
    <message>
        <location filename="../../ui/opportunity_close_dialog.py" line="28"/>
        <source>Delivery time</source>
        <translation>交货期</translation>
    </message>
    <message>
        <location filename="../../ui/opportunity_close_dialog.py" line="31"/>
        <source>Price too high</source>
        <translation>价格过高</translation>
    </message>
    <message>
        <location filename="../../ui/opportunity_close_dialog.py" line="32"/>
        <source>Lost to a competitor</source>
        <translation>输给竞争对手</translation>
    </message>
    <message>
        <location filename="../../ui/opportunity_close_dialog.py" line="33"/>
        <source>No budget</source>
        <translation>客户无预算</translation>
    </message>
    <message>
        <location filename="../../ui/opportunity_close_dialog.py" line="34"/>
        <source>Project cancelled</source>
        <translation>项目取消</translation>
    </message>
    <message>
        <location filename="../../ui/opportunity_close_dialog.py" line="35"/>
        <source>No decision</source>
        <translation>客户未做决定</translation>
    </message>
    <message>
        <location filename="../../ui/opportunity_close_dialog.py" line="45"/>
        <source>Mark as won</source>
        <translation>标记为赢单</translation>
    </message>
    <message>
        <location filename="../../ui/opportunity_close_dialog.py" line="45"/>
        <source>Mark as lost</source>
        <translation>标记为输单</translation>
    </message>
    <message>
        <location filename="../../ui/opportunity_close_dialog.py" line="48"/>
        <source>Why was “%1” won?</source>
        <translation>“%1”为什么赢单？</translation>
    </message>
    <message>
        <location filename="../../ui/opportunity_close_dialog.py" line="48"/>
        <source>Why was “%1” lost?</source>
        <translation>“%1”为什么输单？</translation>
    </message>
    <message>
        <location filename="../../ui/opportunity_close_dialog.py" line="63"/>
        <source>Choose or type the reason</source>
        <translation>选择或输入原因</translation>
    </message>
    <message>
        <location filename="../../ui/opportunity_close_dialog.py" line="65"/>
        <source>The probability becomes %1.</source>
        <translation>赢率将变为 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/opportunity_close_dialog.py" line="69"/>
        <source>Moves to: %1</source>
        <translation>移至：%1</translation>
    </message>
</context>
<context>
    <name>CommissionPlanDialog</name>
    <message>
        <location filename="../../ui/commission_plan_dialog.py" line="102"/>
        <source>Commission plan</source>
        <translation>提成方案</translation>
    </message>
    <message>
        <location filename="../../ui/commission_plan_dialog.py" line="106"/>
        <source>Rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <location filename="../../ui/commission_plan_dialog.py" line="107"/>
        <source>Plan name</source>
        <translation>方案名称</translation>
    </message>
    <message>
        <location filename="../../ui/commission_plan_dialog.py" line="108"/>
        <source>In force from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location filename="../../ui/commission_plan_dialog.py" line="109"/>
        <source>Rates</source>
        <translation>提成比例</translation>
    </message>
    <message>
        <location filename="../../ui/commission_plan_dialog.py" line="110"/>
        <source>Tiers</source>
        <translation>达成率档位</translation>
    </message>
    <message>
        <location filename="../../ui/commission_plan_dialog.py" line="117"/>
        <source>Rates: one product line per line, e.g. 打印设备=0.05 (5 %); *=0.02 for every other line. Tiers: attainment from which a multiplier applies, e.g. 0.8=1.0 (from 80 %, ×1.0). Commission is paid on money collected, excluding VAT.</source>
        <translation>提成比例：每行一个产品线，例如 打印设备=0.05（5%）；*=0.02 表示其他所有产品线。档位：从某一达成率起适用的系数，例如 0.8=1.0（达成 80% 起，×1.0）。提成按实际回款（不含增值税）计算。</translation>
    </message>
    <message>
        <location filename="../../ui/commission_plan_dialog.py" line="126"/>
        <source>Choose the rep the plan is for.</source>
        <translation>请选择该方案适用的销售代表。</translation>
    </message>
    <message>
        <location filename="../../ui/commission_plan_dialog.py" line="156"/>
        <source>Not saved: {reason}</source>
        <translation>未保存：{reason}</translation>
    </message>
</context>
<context>
    <name>CommissionStatement</name>
    <message>
        <location filename="../../ui/commission_statement.py" line="48"/>
        <source>Rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <location filename="../../ui/commission_statement.py" line="49"/>
        <source>Plan</source>
        <translation>提成方案</translation>
    </message>
    <message>
        <location filename="../../ui/commission_statement.py" line="51"/>
        <source>Collected (excl. VAT)</source>
        <translation>回款（不含税）</translation>
    </message>
    <message>
        <location filename="../../ui/commission_statement.py" line="55"/>
        <source>Quota</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/commission_statement.py" line="58"/>
        <source>Attainment</source>
        <translation>达成率</translation>
    </message>
    <message>
        <location filename="../../ui/commission_statement.py" line="59"/>
        <location filename="../../ui/commission_statement.py" line="76"/>
        <source>Multiplier</source>
        <translation>系数</translation>
    </message>
    <message>
        <location filename="../../ui/commission_statement.py" line="61"/>
        <location filename="../../ui/commission_statement.py" line="78"/>
        <source>Commission</source>
        <translation>提成</translation>
    </message>
    <message>
        <location filename="../../ui/commission_statement.py" line="66"/>
        <source>Received</source>
        <translation>收款日期</translation>
    </message>
    <message>
        <location filename="../../ui/commission_statement.py" line="67"/>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../ui/commission_statement.py" line="68"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../ui/commission_statement.py" line="70"/>
        <source>Product line</source>
        <translation>产品线</translation>
    </message>
    <message>
        <location filename="../../ui/commission_statement.py" line="73"/>
        <source>Base</source>
        <translation>计提基数</translation>
    </message>
    <message>
        <location filename="../../ui/commission_statement.py" line="75"/>
        <source>Rate</source>
        <translation>提成比例</translation>
    </message>
</context>
<context>
    <name>CommissionStatementView</name>
    <message>
        <location filename="../../ui/commission_statement.py" line="141"/>
        <source>Commission statements</source>
        <translation>提成对账单</translation>
    </message>
    <message>
        <location filename="../../ui/commission_statement.py" line="142"/>
        <source>Set a rep&apos;s plan…</source>
        <translation>设置销售代表的提成方案…</translation>
    </message>
    <message>
        <location filename="../../ui/commission_statement.py" line="143"/>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <location filename="../../ui/commission_statement.py" line="146"/>
        <source>Commission is paid on money collected in the month, excluding VAT, at each product line&apos;s rate, times the tier your quota attainment reaches.</source>
        <translation>提成按当月实际回款（不含增值税）计算：各产品线按其比例计提，再乘以指标达成率所在档位的系数。</translation>
    </message>
    <message>
        <location filename="../../ui/commission_statement.py" line="199"/>
        <source>Could not compute the statements: {error}</source>
        <translation>无法计算提成对账单：{error}</translation>
    </message>
</context>
<context>
    <name>CommitOverrideDialog</name>
    <message>
        <location filename="../../ui/forecast_override_dialog.py" line="36"/>
        <source>Your call of {rep}&apos;s commit</source>
        <translation>调整 {rep} 的承诺金额</translation>
    </message>
    <message>
        <location filename="../../ui/forecast_override_dialog.py" line="49"/>
        <source>{rep}&apos;s committed deals add up to {amount}.</source>
        <translation>{rep} 承诺的商机合计为 {amount}。</translation>
    </message>
    <message>
        <location filename="../../ui/forecast_override_dialog.py" line="55"/>
        <source>Commit</source>
        <translation>承诺金额</translation>
    </message>
    <message>
        <location filename="../../ui/forecast_override_dialog.py" line="56"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/forecast_override_dialog.py" line="60"/>
        <source>Withdraw my call</source>
        <translation>撤销我的调整</translation>
    </message>
    <message>
        <location filename="../../ui/forecast_override_dialog.py" line="81"/>
        <source>Type the amount you expect, or withdraw your call.</source>
        <translation>请输入你预计的金额，或撤销调整。</translation>
    </message>
    <message>
        <location filename="../../ui/forecast_override_dialog.py" line="84"/>
        <source>Say why you call it differently: the rep reads your note.</source>
        <translation>请说明调整原因：代表会看到你的备注。</translation>
    </message>
</context>
<context>
    <name>ContactDetail</name>
    <message>
        <location filename="../../ui/contact_detail.py" line="94"/>
        <source>Select a contact to see how to reach them and every activity with them.</source>
        <translation>选择一位联系人，查看联系方式以及与其相关的所有活动。</translation>
    </message>
    <message>
        <location filename="../../ui/contact_detail.py" line="96"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/contact_detail.py" line="97"/>
        <source>Log activity (Ctrl+L)</source>
        <translation>记录活动 (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/contact_detail.py" line="99"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/contact_detail.py" line="100"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/contact_detail.py" line="101"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/contact_detail.py" line="104"/>
        <source>Activities with this contact</source>
        <translation>与此联系人的活动</translation>
    </message>
    <message>
        <location filename="../../ui/contact_detail.py" line="145"/>
        <source>Account: {name} →</source>
        <translation>客户：{name} →</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <location filename="../../ui/contact_form.py" line="31"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/contact_form.py" line="32"/>
        <source>Job title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/contact_form.py" line="33"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/contact_form.py" line="34"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/contact_form.py" line="35"/>
        <source>Main contact</source>
        <translation>主要联系人</translation>
    </message>
    <message>
        <location filename="../../ui/contact_form.py" line="36"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/contact_form.py" line="96"/>
        <source>Account *</source>
        <translation>客户 *</translation>
    </message>
    <message>
        <location filename="../../ui/contact_form.py" line="97"/>
        <source>Type part of the company name, or its pinyin</source>
        <translation>输入公司名称的一部分或拼音</translation>
    </message>
    <message>
        <location filename="../../ui/contact_form.py" line="99"/>
        <source>New contact</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <location filename="../../ui/contact_form.py" line="101"/>
        <source>Edit {name}</source>
        <translation>编辑 {name}</translation>
    </message>
    <message>
        <location filename="../../ui/contact_form.py" line="108"/>
        <source>Choose the company from the list that appears as you type.</source>
        <translation>请从输入时出现的列表中选择公司。</translation>
    </message>
    <message>
        <location filename="../../ui/contact_form.py" line="149"/>
        <source>The contact could not be saved: {error}</source>
        <translation>联系人未能保存：{error}</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../../ui/contact_model.py" line="21"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/contact_model.py" line="22"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/contact_model.py" line="23"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/contact_model.py" line="24"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/contact_model.py" line="25"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../ui/contact_page.py" line="100"/>
        <source>Contacts: {n}</source>
        <translation>联系人：{n}</translation>
    </message>
    <message>
        <location filename="../../ui/contact_page.py" line="124"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/contact_page.py" line="125"/>
        <source>Filter by name, company, phone or e-mail</source>
        <translation>按姓名、公司、电话或邮箱筛选</translation>
    </message>
    <message>
        <location filename="../../ui/contact_page.py" line="126"/>
        <source>New contact (Ctrl+N)</source>
        <translation>新建联系人 (Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="97"/>
        <source>Pipeline funnel</source>
        <translation>销售漏斗</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="99"/>
        <location filename="../../ui/dashboard_charts.py" line="114"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="100"/>
        <source>Weighted (× probability)</source>
        <translation>加权金额（× 赢单概率）</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="112"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="127"/>
        <source>Value pyramid</source>
        <translation>客户价值金字塔</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="131"/>
        <location filename="../../ui/dashboard_charts.py" line="156"/>
        <location filename="../../ui/dashboard_charts.py" line="217"/>
        <location filename="../../ui/dashboard_charts.py" line="232"/>
        <source>Clients</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="147"/>
        <source>{tier}: {count} · {value}</source>
        <translation>{tier}：{count} 家 · {value}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="155"/>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="169"/>
        <source>Segments</source>
        <translation>客户细分</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="186"/>
        <source>Win rate by month</source>
        <translation>月度赢单率</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="188"/>
        <source>Won ÷ closed deals</source>
        <translation>赢单数 ÷ 已关闭商机数</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="199"/>
        <source>Month closed (year-month)</source>
        <translation>关闭月份（年-月）</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="204"/>
        <source>Win rate</source>
        <translation>赢单率</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="216"/>
        <source>Relationship health</source>
        <translation>客户关系健康度</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="229"/>
        <source>Health index</source>
        <translation>健康指数</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/dashboard_page.py" line="41"/>
        <source>No open deals. Create an opportunity on the Opportunities page (or pick another rep) to see the pipeline funnel.</source>
        <translation>没有进行中的商机。请在“商机”页面创建商机（或选择其他销售代表）以查看销售漏斗。</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="50"/>
        <source>No deal was won or lost in these months. Close deals as won or lost on the Opportunities page, or choose a longer period.</source>
        <translation>这段时间内没有赢单或输单的商机。请在“商机”页面将商机标记为赢单或输单，或选择更长的时间段。</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="59"/>
        <source>No won business yet: the value pyramid ranks clients by what they bought. Win a deal to see it.</source>
        <translation>还没有成交业务：价值金字塔按客户的购买额排序。赢得一笔商机后即可查看。</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="68"/>
        <source>No accounts yet. Create or import accounts (or sync) to see the segments.</source>
        <translation>还没有客户。请新建或导入客户（或同步）以查看客户细分。</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="76"/>
        <source>No accounts yet. Log calls and visits with the client&apos;s satisfaction to see how relationships are doing.</source>
        <translation>还没有客户。记录电话和拜访并填写客户满意度，即可查看客户关系状况。</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="150"/>
        <source>Dashboards</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="152"/>
        <source>Last {n} months</source>
        <translation>最近 {n} 个月</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="186"/>
        <source>Computing the figures…</source>
        <translation>正在计算数据…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="206"/>
        <source>Could not compute the dashboards: {error}</source>
        <translation>无法计算仪表板：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="219"/>
        <source>Everyone on this laptop</source>
        <translation>本机全部人员</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="221"/>
        <source>My figures</source>
        <translation>我的数据</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../ui/account_duplicates.py" line="24"/>
        <source>same credit code</source>
        <translation>信用代码相同</translation>
    </message>
    <message>
        <location filename="../../ui/account_duplicates.py" line="25"/>
        <source>similar name</source>
        <translation>名称相似</translation>
    </message>
    <message>
        <location filename="../../ui/account_duplicates.py" line="26"/>
        <source>same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <location filename="../../ui/account_duplicates.py" line="27"/>
        <source>same e-mail domain</source>
        <translation>邮箱域名相同</translation>
    </message>
    <message>
        <location filename="../../ui/account_duplicates.py" line="51"/>
        <source>Existing account</source>
        <translation>已有客户</translation>
    </message>
    <message>
        <location filename="../../ui/account_duplicates.py" line="54"/>
        <source>Why it may be the same</source>
        <translation>可能重复的原因</translation>
    </message>
    <message>
        <location filename="../../ui/account_duplicates.py" line="84"/>
        <source>Possible duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <location filename="../../ui/account_duplicates.py" line="88"/>
        <source>An account with this credit code is already on this laptop. A credit code belongs to one company, so open that account (or merge) instead.</source>
        <translation>本机已有使用此统一社会信用代码的客户。一个信用代码只属于一家公司，请打开该客户（或合并）。</translation>
    </message>
    <message>
        <location filename="../../ui/account_duplicates.py" line="95"/>
        <source>This may be a company that is already here. Open the existing account, or save a new one if it really is a different company.</source>
        <translation>这可能是已存在的公司。请打开已有客户；如果确实是另一家公司，再保存为新客户。</translation>
    </message>
    <message>
        <location filename="../../ui/account_duplicates.py" line="99"/>
        <source>Open the existing account</source>
        <translation>打开已有客户</translation>
    </message>
    <message>
        <location filename="../../ui/account_duplicates.py" line="100"/>
        <source>Save as a new account anyway</source>
        <translation>仍然保存为新客户</translation>
    </message>
    <message>
        <location filename="../../ui/account_duplicates.py" line="101"/>
        <source>Back to the form</source>
        <translation>返回表单</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <location filename="../../ui/file_menu.py" line="65"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="66"/>
        <source>Import from a spreadsheet…</source>
        <translation>从电子表格导入…</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="67"/>
        <source>Export this list…</source>
        <translation>导出此列表…</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="68"/>
        <source>Import contacts from vCards…</source>
        <translation>从 vCard 导入联系人…</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="69"/>
        <source>Export contacts as vCards…</source>
        <translation>导出联系人为 vCard…</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="86"/>
        <source>This page has no list to export; open Accounts, Contacts, Quotes or Orders.</source>
        <translation>此页面没有可导出的列表；请打开客户、联系人、报价或订单。</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="109"/>
        <source>Import finished; the new records go up with the next sync.</source>
        <translation>导入完成；新记录将在下次同步时上传。</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="112"/>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="116"/>
        <source>That did not work: {error}</source>
        <translation>操作失败：{error}</translation>
    </message>
</context>
<context>
    <name>ForecastChart</name>
    <message>
        <location filename="../../ui/manager_charts.py" line="92"/>
        <source>Closed</source>
        <translation>已成交</translation>
    </message>
    <message>
        <location filename="../../ui/manager_charts.py" line="92"/>
        <source>Commit</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location filename="../../ui/manager_charts.py" line="92"/>
        <source>Best case</source>
        <translation>最佳情况</translation>
    </message>
    <message>
        <location filename="../../ui/manager_charts.py" line="92"/>
        <source>Pipeline</source>
        <translation>管道</translation>
    </message>
</context>
<context>
    <name>ForecastModel</name>
    <message>
        <location filename="../../ui/forecast_model.py" line="59"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../ui/forecast_model.py" line="59"/>
        <source>Rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <location filename="../../ui/forecast_model.py" line="60"/>
        <source>Closed</source>
        <translation>已成交</translation>
    </message>
    <message>
        <location filename="../../ui/forecast_model.py" line="61"/>
        <source>Commit</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location filename="../../ui/forecast_model.py" line="62"/>
        <source>Best case</source>
        <translation>最佳情况</translation>
    </message>
    <message>
        <location filename="../../ui/forecast_model.py" line="63"/>
        <source>Pipeline (weighted)</source>
        <translation>管道（加权）</translation>
    </message>
    <message>
        <location filename="../../ui/forecast_model.py" line="64"/>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <location filename="../../ui/forecast_model.py" line="65"/>
        <source>Quota</source>
        <translation>配额</translation>
    </message>
    <message>
        <location filename="../../ui/forecast_model.py" line="66"/>
        <source>Manager&apos;s call</source>
        <translation>经理调整</translation>
    </message>
    <message>
        <location filename="../../ui/forecast_model.py" line="87"/>
        <source>The manager&apos;s call; the rep&apos;s committed deals add up to {amount}</source>
        <translation>经理调整的金额；代表承诺的商机合计为 {amount}</translation>
    </message>
</context>
<context>
    <name>ForecastTab</name>
    <message>
        <location filename="../../ui/forecast_tab.py" line="88"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../ui/forecast_tab.py" line="89"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../ui/forecast_tab.py" line="90"/>
        <source>Override commit…</source>
        <translation>调整承诺…</translation>
    </message>
    <message>
        <location filename="../../ui/forecast_tab.py" line="92"/>
        <source>Call the selected rep&apos;s commit yourself, with a note the rep reads</source>
        <translation>亲自设定所选代表的承诺金额，并附上代表可见的备注</translation>
    </message>
    <message>
        <location filename="../../ui/forecast_tab.py" line="136"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../ui/forecast_tab.py" line="138"/>
        <source>Forecast, {period}</source>
        <translation>预测：{period}</translation>
    </message>
    <message>
        <location filename="../../ui/forecast_tab.py" line="151"/>
        <source>Select a rep first.</source>
        <translation>请先选择一位代表。</translation>
    </message>
    <message>
        <location filename="../../ui/forecast_tab.py" line="175"/>
        <source>Saved; the rep sees your call after your next sync.</source>
        <translation>已保存；下次同步后代表即可看到你的调整。</translation>
    </message>
    <message>
        <location filename="../../ui/forecast_tab.py" line="182"/>
        <source>Not saved: {reason}</source>
        <translation>未保存：{reason}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="46"/>
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="47"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="48"/>
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="49"/>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="75"/>
        <location filename="../../ui/import_wizard.py" line="362"/>
        <source>Import from a spreadsheet</source>
        <translation>从表格导入</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="105"/>
        <source>A .csv (UTF-8 or GBK) or .xlsx file</source>
        <translation>CSV 文件（UTF-8 或 GBK）或 .xlsx 工作簿</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="106"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="108"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="115"/>
        <location filename="../../ui/import_wizard.py" line="178"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="116"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="137"/>
        <location filename="../../ui/import_wizard.py" line="174"/>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="139"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="149"/>
        <source>Check which field each column goes into (double-click to change).</source>
        <translation>请核对每一列导入到哪个字段（双击可修改）。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="166"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="167"/>
        <source>All rows</source>
        <translation>全部行</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="169"/>
        <source>Import only the valid rows (the others stay in the report)</source>
        <translation>只导入有效的行（其余行保留在报告中）</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="176"/>
        <source>Save report…</source>
        <translation>保存报告…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="181"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="206"/>
        <source>Choose the file to import.</source>
        <translation>请选择要导入的文件。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="215"/>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="223"/>
        <source>{rows} rows, {columns} columns ({where})</source>
        <translation>{rows} 行，{columns} 列（{where}）</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="244"/>
        <source>Checking every row…</source>
        <translation>正在逐行检查…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="254"/>
        <source>{create} to create, {update} to update, {same} unchanged, {refused} refused.</source>
        <translation>新建 {create} 条，更新 {update} 条，不变 {same} 条，拒绝 {refused} 条。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="266"/>
        <source>Nothing is imported while a row is refused, unless you choose to.</source>
        <translation>只要有一行被拒绝，就不会导入任何数据，除非您选择只导入有效的行。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="305"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="318"/>
        <source>Imported: {created} created, {updated} updated, {contacts} contacts added; {refused} rows left out. The changes sync like any edit.</source>
        <translation>导入完成：新建 {created} 条，更新 {updated} 条，新增联系人 {contacts} 个；未导入 {refused} 行。这些更改会像其他编辑一样同步。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="341"/>
        <source>Report saved to {path}</source>
        <translation>报告已保存到 {path}</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="364"/>
        <source>Spreadsheets (*.csv *.xlsx *.txt)</source>
        <translation>表格文件 (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="371"/>
        <source>Save the report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="373"/>
        <source>CSV, UTF-8 (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV，UTF-8 (*.csv);;Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ImportTargets</name>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="30"/>
        <source>Record id (SFA Desk)</source>
        <translation>记录 ID（SFA Desk）</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="31"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="32"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="33"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="34"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="35"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="36"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="37"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="38"/>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="39"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="40"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="41"/>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="42"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="43"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="44"/>
        <source>Owner (username or name)</source>
        <translation>负责人（用户名或姓名）</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="45"/>
        <source>Primary contact: name</source>
        <translation>主要联系人：姓名</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="46"/>
        <source>Primary contact: title</source>
        <translation>主要联系人：职务</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="47"/>
        <source>Primary contact: phone</source>
        <translation>主要联系人：电话</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="48"/>
        <source>Primary contact: e-mail</source>
        <translation>主要联系人：邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="49"/>
        <source>Account (name or credit code)</source>
        <translation>所属客户（名称或信用代码）</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="50"/>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="51"/>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="52"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="53"/>
        <source>Primary contact?</source>
        <translation>是否主要联系人</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="54"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="55"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="56"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="57"/>
        <source>Close date</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="58"/>
        <source>Probability</source>
        <translation>赢率</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="59"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="60"/>
        <source>Close reason</source>
        <translation>结束原因</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="61"/>
        <source>Product code (SKU)</source>
        <translation>产品编码（SKU）</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="62"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="63"/>
        <source>List price</source>
        <translation>目录价</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="64"/>
        <source>Product line</source>
        <translation>产品线</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="65"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="66"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="68"/>
        <source>— do not import —</source>
        <translation>— 不导入 —</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/page_labels.py" line="20"/>
        <source>Prospect</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="21"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="22"/>
        <source>Lost</source>
        <translation>已流失</translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="25"/>
        <source>Strategic</source>
        <translation>战略</translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="26"/>
        <source>Key</source>
        <translation>重点</translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="27"/>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="28"/>
        <source>Small</source>
        <translation>小型</translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="31"/>
        <source>Manufacturing</source>
        <translation>制造</translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="32"/>
        <source>Retail</source>
        <translation>零售</translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="33"/>
        <source>Finance</source>
        <translation>金融</translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="34"/>
        <source>Healthcare</source>
        <translation>医疗</translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="35"/>
        <source>Education</source>
        <translation>教育</translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="36"/>
        <source>Government</source>
        <translation>政府</translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="37"/>
        <source>Technology</source>
        <translation>科技</translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="38"/>
        <source>Logistics</source>
        <translation>物流</translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="39"/>
        <source>Energy</source>
        <translation>能源</translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="40"/>
        <source>Construction</source>
        <translation>建筑</translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="41"/>
        <source>Hospitality</source>
        <translation>酒店餐饮</translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="42"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="45"/>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="46"/>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="47"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="48"/>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="49"/>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="52"/>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="53"/>
        <source>Checked in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="54"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="55"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="67"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="68"/>
        <source>Provisional</source>
        <translation>待确认</translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="69"/>
        <source>Pending approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="70"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="71"/>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="72"/>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="73"/>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="74"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
</context>
<context>
    <name>LazyTableModel</name>
    <message>
        <location filename="../../ui/page_lazy_model.py" line="152"/>
        <source>Could not read the list: {error}</source>
        <translation>无法读取列表：{error}</translation>
    </message>
</context>
<context>
    <name>LifecycleLabels</name>
    <message>
        <location filename="../../ui/value_labels.py" line="15"/>
        <source>Acquiring</source>
        <translation>获取期</translation>
    </message>
    <message>
        <location filename="../../ui/value_labels.py" line="16"/>
        <source>Developing</source>
        <translation>成长期</translation>
    </message>
    <message>
        <location filename="../../ui/value_labels.py" line="17"/>
        <source>Maintaining</source>
        <translation>稳定期</translation>
    </message>
    <message>
        <location filename="../../ui/value_labels.py" line="18"/>
        <source>Declining</source>
        <translation>衰退期</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <location filename="../../ui/export_view.py" line="126"/>
        <source>Export list</source>
        <translation>导出列表</translation>
    </message>
    <message>
        <location filename="../../ui/export_view.py" line="128"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login_dialog.py" line="35"/>
        <source>Sign in to SFA Desk</source>
        <translation>登录 SFA Desk</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="44"/>
        <source>Remember me on this computer</source>
        <translation>在此电脑上记住我</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="53"/>
        <source>This computer has no system keyring, so the sign-in cannot be stored.</source>
        <translation>此电脑没有系统钥匙串，无法保存登录信息。</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="57"/>
        <source>No system keyring was found: you will be asked for your password each time SFA Desk starts.</source>
        <translation>未找到系统钥匙串：每次启动 SFA Desk 时都需要输入密码。</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="62"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="63"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="64"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="84"/>
        <source>Server, user name and password are all needed.</source>
        <translation>请填写服务器、用户名和密码。</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="87"/>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="105"/>
        <source>Could not sign in: {error}</source>
        <translation>无法登录：{error}</translation>
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
        <translation>搜索客户、联系人、商机、报价 — 中文、拼音、电话…（Ctrl+K）</translation>
    </message>
    <message>
        <location filename="../../ui/page_search.py" line="141"/>
        <source>Nothing on this laptop matches “{query}”.</source>
        <translation>本机没有与“{query}”匹配的记录。</translation>
    </message>
    <message>
        <location filename="../../ui/page_search.py" line="145"/>
        <source>Enter or double-click opens a result; Esc clears the search.</source>
        <translation>按回车或双击打开结果；按 Esc 清除搜索。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="258"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="222"/>
        <source>Select an account or a contact first, then press Ctrl+L.</source>
        <translation>请先选择一个客户或联系人，再按 Ctrl+L。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="229"/>
        <source>Activity logged.</source>
        <translation>活动已记录。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="247"/>
        <source>Search and actions</source>
        <translation>搜索与操作</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="248"/>
        <source>Log activity</source>
        <translation>记录活动</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="250"/>
        <source>Log a call, meeting, note or e-mail for the selected record (Ctrl+L)</source>
        <translation>为所选记录记录电话、会议、备注或邮件 (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="256"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260"/>
        <source>Send your changes and receive your colleagues&apos; (F9)</source>
        <translation>发送您的更改并接收同事的更改（F9）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262"/>
        <source>Conflicts and refused changes</source>
        <translation>冲突与被拒绝的更改</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="263"/>
        <source>Approvals</source>
        <translation>审批</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="265"/>
        <source>Discount and price-exception requests waiting for a decision</source>
        <translation>等待审批的折扣和价格例外申请</translation>
    </message>
    <message>
        <location filename="../../ui/page_search.py" line="120"/>
        <source>Search failed: {error}</source>
        <translation>搜索失败：{error}</translation>
    </message>
</context>
<context>
    <name>ManagerData</name>
    <message>
        <location filename="../../ui/manager_data.py" line="175"/>
        <source>Orders and payments are not available in this version.</source>
        <translation>此版本不提供订单和回款数据。</translation>
    </message>
</context>
<context>
    <name>ManagerPage</name>
    <message>
        <location filename="../../ui/manager_page.py" line="104"/>
        <source>My numbers</source>
        <translation>我的业绩</translation>
    </message>
    <message>
        <location filename="../../ui/manager_page.py" line="105"/>
        <source>Territories</source>
        <translation>销售区域</translation>
    </message>
    <message>
        <location filename="../../ui/manager_page.py" line="106"/>
        <source>Pool</source>
        <translation>公海</translation>
    </message>
    <message>
        <location filename="../../ui/manager_page.py" line="107"/>
        <source>Quotas</source>
        <translation>配额</translation>
    </message>
    <message>
        <location filename="../../ui/manager_page.py" line="108"/>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <location filename="../../ui/manager_page.py" line="109"/>
        <source>Receivables</source>
        <translation>应收账款</translation>
    </message>
    <message>
        <location filename="../../ui/manager_page.py" line="110"/>
        <source>Commissions</source>
        <translation>佣金</translation>
    </message>
    <message>
        <location filename="../../ui/manager_page.py" line="111"/>
        <source>Approvals</source>
        <translation>审批</translation>
    </message>
    <message>
        <location filename="../../ui/manager_page.py" line="132"/>
        <source>Sign in and sync to see your numbers.</source>
        <translation>登录并同步后即可查看业绩。</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="81"/>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="82"/>
        <source>First value</source>
        <translation>首个值</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_model.py" line="83"/>
        <source>Import into</source>
        <translation>导入到</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/account_merge.py" line="29"/>
        <source>Merge two accounts</source>
        <translation>合并两个客户</translation>
    </message>
    <message>
        <location filename="../../ui/account_merge.py" line="30"/>
        <source>Which account do you keep?</source>
        <translation>保留哪个客户？</translation>
    </message>
    <message>
        <location filename="../../ui/account_merge.py" line="35"/>
        <source>The other account&apos;s contacts, deals, activities, visits and quotes move to the one you keep, and its empty fields are filled from the other. The other account is then removed for everyone once you sync. Its agreed prices stay with it: a manager re-issues them. This cannot be undone.</source>
        <translation>另一个客户的联系人、商机、活动、拜访和报价将移到您保留的客户下，保留客户的空白字段由另一个客户补全。同步后，另一个客户将对所有人删除。其协议价保留在原处，由经理重新发布。此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/account_merge.py" line="44"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
</context>
<context>
    <name>MovesModel</name>
    <message>
        <location filename="../../ui/territory_preview.py" line="47"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/territory_preview.py" line="48"/>
        <source>From territory</source>
        <translation>原区域</translation>
    </message>
    <message>
        <location filename="../../ui/territory_preview.py" line="49"/>
        <source>Reps losing it</source>
        <translation>失去该客户的代表</translation>
    </message>
    <message>
        <location filename="../../ui/territory_preview.py" line="50"/>
        <source>To territory</source>
        <translation>新区域</translation>
    </message>
    <message>
        <location filename="../../ui/territory_preview.py" line="51"/>
        <source>Reps gaining it</source>
        <translation>获得该客户的代表</translation>
    </message>
    <message>
        <location filename="../../ui/territory_preview.py" line="56"/>
        <source>(no territory: its owner only)</source>
        <translation>（无区域：仅负责人可见）</translation>
    </message>
</context>
<context>
    <name>MyNumbers</name>
    <message>
        <location filename="../../ui/manager_numbers.py" line="61"/>
        <source>Won against your quota</source>
        <translation>赢单与配额对比</translation>
    </message>
    <message>
        <location filename="../../ui/manager_numbers.py" line="62"/>
        <source>Your forecast</source>
        <translation>我的预测</translation>
    </message>
    <message>
        <location filename="../../ui/manager_numbers.py" line="95"/>
        <source>Attainment</source>
        <translation>达成率</translation>
    </message>
    <message>
        <location filename="../../ui/manager_numbers.py" line="96"/>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <location filename="../../ui/manager_numbers.py" line="99"/>
        <source>Your manager called your commit: {note}</source>
        <translation>经理调整了你的承诺金额：{note}</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../ui/page_registry.py" line="50"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../ui/page_registry.py" line="53"/>
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/page_registry.py" line="61"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/page_registry.py" line="69"/>
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../ui/page_registry.py" line="75"/>
        <source>Quotes</source>
        <translation>报价</translation>
    </message>
    <message>
        <location filename="../../ui/page_registry.py" line="77"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../ui/page_registry.py" line="81"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../../ui/page_registry.py" line="89"/>
        <source>Dashboards</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <location filename="../../ui/page_registry.py" line="96"/>
        <source>Team &amp; numbers</source>
        <translation>团队与业绩</translation>
    </message>
</context>
<context>
    <name>NewOrderDialog</name>
    <message>
        <location filename="../../ui/order_new_dialog.py" line="42"/>
        <source>SKU</source>
        <translation>产品编号</translation>
    </message>
    <message>
        <location filename="../../ui/order_new_dialog.py" line="43"/>
        <location filename="../../ui/order_new_dialog.py" line="130"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../ui/order_new_dialog.py" line="44"/>
        <location filename="../../ui/order_new_dialog.py" line="131"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/order_new_dialog.py" line="46"/>
        <source>Agreed price</source>
        <translation>协议价</translation>
    </message>
    <message>
        <location filename="../../ui/order_new_dialog.py" line="50"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/order_new_dialog.py" line="128"/>
        <source>New order</source>
        <translation>新建订单</translation>
    </message>
    <message>
        <location filename="../../ui/order_new_dialog.py" line="129"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/order_new_dialog.py" line="132"/>
        <source>Type a SKU or product name, then Enter</source>
        <translation>输入产品编号或名称，然后按回车</translation>
    </message>
    <message>
        <location filename="../../ui/order_new_dialog.py" line="133"/>
        <source>Remove line</source>
        <translation>删除此行</translation>
    </message>
    <message>
        <location filename="../../ui/order_new_dialog.py" line="136"/>
        <source>Each line is at the client&apos;s agreed price. For another price, write a quote: it goes through the one-price rule and, if needed, a manager&apos;s approval.</source>
        <translation>每一行都按客户的协议价计价。如需其他价格，请先做报价：报价会经过统一价格规则，必要时需经理审批。</translation>
    </message>
    <message>
        <location filename="../../ui/order_new_dialog.py" line="148"/>
        <source>Type a quantity greater than zero first.</source>
        <translation>请先输入大于零的数量。</translation>
    </message>
    <message>
        <location filename="../../ui/order_new_dialog.py" line="168"/>
        <source>Choose the client first: prices are the client&apos;s own.</source>
        <translation>请先选择客户：价格按客户的协议价计算。</translation>
    </message>
    <message>
        <location filename="../../ui/order_new_dialog.py" line="179"/>
        <source>Total with VAT: {amount}</source>
        <translation>含税合计：{amount}</translation>
    </message>
    <message>
        <location filename="../../ui/order_new_dialog.py" line="188"/>
        <source>Choose the client and add at least one product.</source>
        <translation>请选择客户并至少添加一个产品。</translation>
    </message>
    <message>
        <location filename="../../ui/order_new_dialog.py" line="208"/>
        <source>Not saved: {reason}</source>
        <translation>未保存：{reason}</translation>
    </message>
</context>
<context>
    <name>NewVisitDialog</name>
    <message>
        <location filename="../../ui/visit_new_dialog.py" line="34"/>
        <source>No reminder</source>
        <translation>不提醒</translation>
    </message>
    <message>
        <location filename="../../ui/visit_new_dialog.py" line="35"/>
        <source>15 minutes before</source>
        <translation>提前 15 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/visit_new_dialog.py" line="36"/>
        <source>1 hour before</source>
        <translation>提前 1 小时</translation>
    </message>
    <message>
        <location filename="../../ui/visit_new_dialog.py" line="37"/>
        <source>1 day before</source>
        <translation>提前 1 天</translation>
    </message>
    <message>
        <location filename="../../ui/visit_new_dialog.py" line="74"/>
        <source>New visit</source>
        <translation>新建拜访</translation>
    </message>
    <message>
        <location filename="../../ui/visit_new_dialog.py" line="76"/>
        <source>Client name, pinyin or initials</source>
        <translation>客户名称、拼音或首字母</translation>
    </message>
    <message>
        <location filename="../../ui/visit_new_dialog.py" line="80"/>
        <source>e.g. product demo, contract renewal</source>
        <translation>例如：产品演示、合同续签</translation>
    </message>
    <message>
        <location filename="../../ui/visit_new_dialog.py" line="99"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/visit_new_dialog.py" line="100"/>
        <source>Purpose</source>
        <translation>拜访目的</translation>
    </message>
    <message>
        <location filename="../../ui/visit_new_dialog.py" line="101"/>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../ui/visit_new_dialog.py" line="102"/>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../ui/visit_new_dialog.py" line="103"/>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
</context>
<context>
    <name>OpportunitiesModel</name>
    <message>
        <location filename="../../ui/opportunities_model.py" line="26"/>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities_model.py" line="27"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities_model.py" line="28"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities_model.py" line="29"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities_model.py" line="30"/>
        <source>Probability</source>
        <translation>赢率</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities_model.py" line="31"/>
        <source>Weighted</source>
        <translation>加权金额</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities_model.py" line="32"/>
        <source>Close date</source>
        <translation>预计成交日</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities_model.py" line="33"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
</context>
<context>
    <name>OrderDetail</name>
    <message>
        <location filename="../../ui/order_detail.py" line="47"/>
        <source>SKU</source>
        <translation>产品编号</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="49"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="52"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="54"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="58"/>
        <source>Discount %</source>
        <translation>折扣 %</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="61"/>
        <location filename="../../ui/order_detail.py" line="72"/>
        <location filename="../../ui/order_detail.py" line="79"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="64"/>
        <source>Delivered</source>
        <translation>已交货</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="69"/>
        <location filename="../../ui/order_detail.py" line="78"/>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="70"/>
        <source>Issued</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="71"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="73"/>
        <source>Paid</source>
        <translation>已收款</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="74"/>
        <source>Still due</source>
        <translation>未收款</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="77"/>
        <source>Received</source>
        <translation>收款日期</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="80"/>
        <source>Paid by</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="81"/>
        <source>Reference</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="84"/>
        <source>Lines</source>
        <translation>订单明细</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="85"/>
        <source>Invoices</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="86"/>
        <source>Payments</source>
        <translation>收款</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="145"/>
        <source>Issue invoice</source>
        <translation>开具发票</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="147"/>
        <source>Invoice what is not invoiced yet, due after the client&apos;s payment terms.</source>
        <translation>为尚未开票的金额开具发票，按客户的付款条件计算到期日。</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="149"/>
        <source>Record payment…</source>
        <translation>登记收款…</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="150"/>
        <source>Mark delivered</source>
        <translation>标记为已交货</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="151"/>
        <source>Close order</source>
        <translation>关闭订单</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="152"/>
        <source>Cancel order</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="153"/>
        <source>Confirmation PDF…</source>
        <translation>订单确认书 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="185"/>
        <source>No order selected</source>
        <translation>未选择订单</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="187"/>
        <source>Orders come from accepted quotes (Create order in the quote editor).</source>
        <translation>订单由客户已接受的报价生成（在报价编辑器中点击“生成订单”）。</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="200"/>
        <source>Ordered {day}</source>
        <translation>下单日期 {day}</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="201"/>
        <source>Total {amount}</source>
        <translation>合计 {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="204"/>
        <source>Delivery by {day}</source>
        <translation>交货日期 {day}</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="279"/>
        <source>Invoice issued; it goes up with the next sync.</source>
        <translation>发票已开具，将在下次同步时上传。</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="288"/>
        <source>Marked delivered.</source>
        <translation>已标记为交货。</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="295"/>
        <source>The order is now {status}.</source>
        <translation>订单状态已变为：{status}。</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="313"/>
        <source>Payment recorded; it goes up with the next sync.</source>
        <translation>收款已登记，将在下次同步时上传。</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="322"/>
        <source>Save the order confirmation</source>
        <translation>保存订单确认书</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="322"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="338"/>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
</context>
<context>
    <name>OrderLabels</name>
    <message>
        <location filename="../../ui/order_labels.py" line="11"/>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../ui/order_labels.py" line="12"/>
        <source>Partly delivered</source>
        <translation>部分交货</translation>
    </message>
    <message>
        <location filename="../../ui/order_labels.py" line="13"/>
        <source>Delivered</source>
        <translation>已交货</translation>
    </message>
    <message>
        <location filename="../../ui/order_labels.py" line="14"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../ui/order_labels.py" line="15"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../ui/order_labels.py" line="19"/>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <location filename="../../ui/order_labels.py" line="20"/>
        <source>Bank acceptance draft</source>
        <translation>银行承兑汇票</translation>
    </message>
    <message>
        <location filename="../../ui/order_labels.py" line="21"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../ui/order_labels.py" line="22"/>
        <source>Cheque</source>
        <translation>支票</translation>
    </message>
    <message>
        <location filename="../../ui/order_labels.py" line="23"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <location filename="../../ui/orders_page_model.py" line="19"/>
        <source>Number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../ui/orders_page_model.py" line="21"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/orders_page_model.py" line="25"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/orders_page_model.py" line="27"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/orders_page_model.py" line="32"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ui/orders_page_model.py" line="37"/>
        <source>Delivery by</source>
        <translation>交货日期</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <location filename="../../ui/orders_page.py" line="99"/>
        <source>Orders: {n}</source>
        <translation>订单：{n}</translation>
    </message>
    <message>
        <location filename="../../ui/orders_page.py" line="123"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../ui/orders_page.py" line="124"/>
        <source>New order…</source>
        <translation>新建订单…</translation>
    </message>
    <message>
        <location filename="../../ui/orders_page.py" line="126"/>
        <source>Enter an order at the client&apos;s agreed prices (from a quote: Create order).</source>
        <translation>按客户协议价录入订单（由报价生成：请在报价中点击“生成订单”）。</translation>
    </message>
    <message>
        <location filename="../../ui/orders_page.py" line="128"/>
        <source>Filter by order number or client</source>
        <translation>按订单号或客户筛选</translation>
    </message>
    <message>
        <location filename="../../ui/orders_page.py" line="132"/>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../ui/payment_dialog.py" line="100"/>
        <source>Record a payment</source>
        <translation>登记收款</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="104"/>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="105"/>
        <source>Amount received</source>
        <translation>收款金额</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="106"/>
        <source>Received on</source>
        <translation>收款日期</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="107"/>
        <source>Paid by</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="108"/>
        <source>Reference</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="115"/>
        <source>Bank slip or draft number (optional)</source>
        <translation>银行回单或汇票号（可选）</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="132"/>
        <source>This order has no open invoice: issue one first.</source>
        <translation>此订单没有未结发票：请先开具发票。</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="137"/>
        <source>Type the amount received as a number, e.g. 1250.00</source>
        <translation>请输入数字形式的收款金额，例如 1250.00</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="167"/>
        <source>Not recorded: {reason}</source>
        <translation>未登记：{reason}</translation>
    </message>
</context>
<context>
    <name>PendingApprovalsModel</name>
    <message>
        <location filename="../../ui/approvals_model.py" line="25"/>
        <source>Discount beyond limit</source>
        <translation>超权限折扣</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_model.py" line="26"/>
        <source>Price exception</source>
        <translation>价格例外</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_model.py" line="107"/>
        <source>Request</source>
        <translation>申请</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_model.py" line="108"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_model.py" line="109"/>
        <source>Quote</source>
        <translation>报价单</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_model.py" line="110"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_model.py" line="111"/>
        <source>Price asked</source>
        <translation>申请价格</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_model.py" line="112"/>
        <source>Standing price</source>
        <translation>现行价格</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_model.py" line="113"/>
        <source>Below list</source>
        <translation>低于目录价</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_model.py" line="114"/>
        <source>Rep</source>
        <translation>销售</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_model.py" line="115"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>Pipeline</name>
    <message>
        <location filename="../../ui/pipeline_labels.py" line="20"/>
        <source>Prospecting</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_labels.py" line="21"/>
        <source>Qualification</source>
        <translation>资格确认</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_labels.py" line="22"/>
        <source>Needs analysis</source>
        <translation>需求分析</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_labels.py" line="23"/>
        <source>Proposal</source>
        <translation>方案报价</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_labels.py" line="24"/>
        <source>Negotiation</source>
        <translation>商务谈判</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_labels.py" line="25"/>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_labels.py" line="26"/>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_board.py" line="79"/>
        <source>Weighted %1</source>
        <translation>加权 %1</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_board.py" line="85"/>
        <source>Showing the %1 closing soonest</source>
        <translation>仅显示最近成交的 %1 个</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_cards_model.py" line="93"/>
        <source>No close date</source>
        <translation>未定成交日</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_cards_model.py" line="94"/>
        <source>Closes %1</source>
        <translation>预计 %1 成交</translation>
    </message>
</context>
<context>
    <name>PipelinePage</name>
    <message>
        <location filename="../../ui/pipeline_page.py" line="51"/>
        <source>Any close date</source>
        <translation>不限成交日</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_page.py" line="52"/>
        <source>Closing this month</source>
        <translation>本月成交</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_page.py" line="53"/>
        <source>Closing next month</source>
        <translation>下月成交</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_page.py" line="54"/>
        <source>Closing this quarter</source>
        <translation>本季度成交</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_page.py" line="55"/>
        <source>Closing this year</source>
        <translation>本年成交</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_page.py" line="196"/>
        <source>Open pipeline %1 · weighted %2</source>
        <translation>在途商机 %1 · 加权 %2</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_page.py" line="204"/>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_page.py" line="206"/>
        <source>My opportunities</source>
        <translation>我的商机</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_page.py" line="217"/>
        <source>Something went wrong: %1</source>
        <translation>出错了：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_page.py" line="268"/>
        <source>Board</source>
        <translation>看板</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_page.py" line="269"/>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_page.py" line="275"/>
        <source>Every stage</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_page.py" line="278"/>
        <source>Move to the next stage</source>
        <translation>移到下一阶段</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_page.py" line="279"/>
        <source>Move to the previous stage</source>
        <translation>移到上一阶段</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../../ui/import_result_models.py" line="15"/>
        <source>Create</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../ui/import_result_models.py" line="16"/>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../ui/import_result_models.py" line="17"/>
        <source>Unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <location filename="../../ui/import_result_models.py" line="18"/>
        <source>Refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/import_result_models.py" line="21"/>
        <source>same id</source>
        <translation>ID 相同</translation>
    </message>
    <message>
        <location filename="../../ui/import_result_models.py" line="22"/>
        <source>same credit code</source>
        <translation>信用代码相同</translation>
    </message>
    <message>
        <location filename="../../ui/import_result_models.py" line="23"/>
        <source>same product code</source>
        <translation>产品编码相同</translation>
    </message>
    <message>
        <location filename="../../ui/import_result_models.py" line="24"/>
        <source>same name</source>
        <translation>名称相同</translation>
    </message>
    <message>
        <location filename="../../ui/import_result_models.py" line="34"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/import_result_models.py" line="35"/>
        <source>Will be</source>
        <translation>将会</translation>
    </message>
    <message>
        <location filename="../../ui/import_result_models.py" line="36"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/import_result_models.py" line="37"/>
        <source>Matched by</source>
        <translation>匹配依据</translation>
    </message>
</context>
<context>
    <name>PoolModel</name>
    <message>
        <location filename="../../ui/pool_model.py" line="20"/>
        <location filename="../../ui/pool_model.py" line="30"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/pool_model.py" line="21"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../ui/pool_model.py" line="22"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/pool_model.py" line="24"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../ui/pool_model.py" line="27"/>
        <source>Territory</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../ui/pool_model.py" line="31"/>
        <source>Claimed</source>
        <translation>领取日期</translation>
    </message>
    <message>
        <location filename="../../ui/pool_model.py" line="33"/>
        <source>Back to the pool if untouched by</source>
        <translation>未跟进将于此日退回公海</translation>
    </message>
</context>
<context>
    <name>PoolTab</name>
    <message>
        <location filename="../../ui/pool_tab.py" line="98"/>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <location filename="../../ui/pool_tab.py" line="99"/>
        <source>Claim</source>
        <translation>领取</translation>
    </message>
    <message>
        <location filename="../../ui/pool_tab.py" line="100"/>
        <source>Release to the pool</source>
        <translation>释放到公海</translation>
    </message>
    <message>
        <location filename="../../ui/pool_tab.py" line="101"/>
        <source>Accounts you hold from the pool:</source>
        <translation>我从公海领取的客户：</translation>
    </message>
    <message>
        <location filename="../../ui/pool_tab.py" line="113"/>
        <source>{n} accounts in the pool. You hold {held} of at most {limit}; an account you leave untouched for {days} days goes back to the pool.</source>
        <translation>公海中有 {n} 个客户。你已领取 {held} 个，上限 {limit} 个；领取后 {days} 天未跟进的客户将自动退回公海。</translation>
    </message>
    <message>
        <location filename="../../ui/pool_tab.py" line="126"/>
        <location filename="../../ui/pool_tab.py" line="155"/>
        <source>Not connected to a server: the pool is on the server.</source>
        <translation>未连接服务器：公海在服务器上。</translation>
    </message>
    <message>
        <location filename="../../ui/pool_tab.py" line="139"/>
        <source>Select an account in the pool first.</source>
        <translation>请先在公海中选择一个客户。</translation>
    </message>
    <message>
        <location filename="../../ui/pool_tab.py" line="141"/>
        <source>Claimed: the account is yours.</source>
        <translation>领取成功：该客户已归你负责。</translation>
    </message>
    <message>
        <location filename="../../ui/pool_tab.py" line="146"/>
        <source>Select one of your accounts first.</source>
        <translation>请先选择一个你的客户。</translation>
    </message>
    <message>
        <location filename="../../ui/pool_tab.py" line="148"/>
        <source>Released to the pool.</source>
        <translation>已释放到公海。</translation>
    </message>
</context>
<context>
    <name>PriceConflictBanner</name>
    <message>
        <location filename="../../ui/quote_conflicts.py" line="198"/>
        <source>Re-price at the standing price (new revision)</source>
        <translation>按现行价格重新报价（新版本）</translation>
    </message>
    <message>
        <location filename="../../ui/quote_conflicts.py" line="201"/>
        <source>Makes a new revision of this quote with every refused line at its standing price.</source>
        <translation>生成本报价单的新版本，所有被拒绝的明细按现行价格报价。</translation>
    </message>
    <message>
        <location filename="../../ui/quote_conflicts.py" line="204"/>
        <source>Remove the line</source>
        <translation>删除该明细</translation>
    </message>
    <message>
        <location filename="../../ui/quote_conflicts.py" line="205"/>
        <source>Takes the selected refused line off the quote.</source>
        <translation>从报价单中删除所选的被拒绝明细。</translation>
    </message>
    <message>
        <location filename="../../ui/quote_conflicts.py" line="206"/>
        <source>Ask a manager for an exception…</source>
        <translation>申请经理批准价格例外…</translation>
    </message>
    <message>
        <location filename="../../ui/quote_conflicts.py" line="209"/>
        <source>Asks your manager to make your price the client&apos;s agreed price; the other rep is told if it is approved.</source>
        <translation>请经理将您的价格定为该客户的协议价；批准后会通知另一位销售。</translation>
    </message>
    <message>
        <location filename="../../ui/quote_conflicts.py" line="236"/>
        <source>The server refused a new price: another price already stands for this client. This quote cannot be sent until each refused line is re-priced or removed.</source>
        <translation>服务器拒绝了新价格：该客户已有另一个现行价格。在每条被拒绝的明细重新报价或删除之前，本报价单无法发出。</translation>
    </message>
</context>
<context>
    <name>PriceConflictsModel</name>
    <message>
        <location filename="../../ui/quote_conflicts.py" line="44"/>
        <source>Quote {number} by {name}</source>
        <translation>{name} 的报价单 {number}</translation>
    </message>
    <message>
        <location filename="../../ui/quote_conflicts.py" line="46"/>
        <source>Another quote by {name}</source>
        <translation>{name} 的另一份报价单</translation>
    </message>
    <message>
        <location filename="../../ui/quote_conflicts.py" line="48"/>
        <source>Quote {number}</source>
        <translation>报价单 {number}</translation>
    </message>
    <message>
        <location filename="../../ui/quote_conflicts.py" line="50"/>
        <source>Another quote</source>
        <translation>另一份报价单</translation>
    </message>
    <message>
        <location filename="../../ui/quote_conflicts.py" line="52"/>
        <source>Price agreement set by {name}</source>
        <translation>{name} 设定的价格协议</translation>
    </message>
    <message>
        <location filename="../../ui/quote_conflicts.py" line="54"/>
        <source>Price agreement</source>
        <translation>价格协议</translation>
    </message>
    <message>
        <location filename="../../ui/quote_conflicts.py" line="59"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/quote_conflicts.py" line="60"/>
        <source>Asked — waiting for the manager</source>
        <translation>已申请 — 等待经理审批</translation>
    </message>
    <message>
        <location filename="../../ui/quote_conflicts.py" line="61"/>
        <source>Approved — the line goes up again at the next sync</source>
        <translation>已批准 — 该行将在下次同步时重新提交</translation>
    </message>
    <message>
        <location filename="../../ui/quote_conflicts.py" line="64"/>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/quote_conflicts.py" line="80"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../ui/quote_conflicts.py" line="81"/>
        <source>Your price</source>
        <translation>您的报价</translation>
    </message>
    <message>
        <location filename="../../ui/quote_conflicts.py" line="82"/>
        <source>Standing price</source>
        <translation>现行价格</translation>
    </message>
    <message>
        <location filename="../../ui/quote_conflicts.py" line="83"/>
        <source>Held by</source>
        <translation>持有方</translation>
    </message>
    <message>
        <location filename="../../ui/quote_conflicts.py" line="84"/>
        <source>Until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../ui/quote_conflicts.py" line="85"/>
        <source>Exception</source>
        <translation>价格例外</translation>
    </message>
</context>
<context>
    <name>PriceHistoryModel</name>
    <message>
        <location filename="../../ui/approvals_model.py" line="29"/>
        <source>Quote</source>
        <translation>报价单</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_model.py" line="30"/>
        <source>Agreement</source>
        <translation>协议价</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_model.py" line="31"/>
        <source>Exception asked</source>
        <translation>例外申请</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_model.py" line="36"/>
        <source>active</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_model.py" line="37"/>
        <source>ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_model.py" line="38"/>
        <source>waiting</source>
        <translation>待审批</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_model.py" line="39"/>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_model.py" line="40"/>
        <source>refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_model.py" line="145"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_model.py" line="146"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_model.py" line="147"/>
        <source>Reference</source>
        <translation>参考</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_model.py" line="148"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_model.py" line="149"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_model.py" line="150"/>
        <source>By</source>
        <translation>经办人</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../ui/import_result_models.py" line="79"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/import_result_models.py" line="80"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ui/import_result_models.py" line="81"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../ui/import_result_models.py" line="82"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>QuotaGrid</name>
    <message>
        <location filename="../../ui/quota_grid_model.py" line="39"/>
        <source>Q{n}</source>
        <translation>第{n}季度</translation>
    </message>
    <message>
        <location filename="../../ui/quota_grid_model.py" line="40"/>
        <source>{month:02d}/{year}</source>
        <translation>{year}年{month:02d}月</translation>
    </message>
</context>
<context>
    <name>QuotaGridModel</name>
    <message>
        <location filename="../../ui/quota_grid_model.py" line="89"/>
        <source>Rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <location filename="../../ui/quota_grid_model.py" line="93"/>
        <source>Year</source>
        <translation>全年</translation>
    </message>
    <message>
        <location filename="../../ui/quota_grid_model.py" line="134"/>
        <source>Team total</source>
        <translation>团队合计</translation>
    </message>
    <message>
        <location filename="../../ui/quota_grid_model.py" line="155"/>
        <source>The sum of this quarter&apos;s monthly quotas</source>
        <translation>本季度各月配额之和</translation>
    </message>
</context>
<context>
    <name>QuotaTab</name>
    <message>
        <location filename="../../ui/quota_tab.py" line="110"/>
        <source>Months</source>
        <translation>按月</translation>
    </message>
    <message>
        <location filename="../../ui/quota_tab.py" line="111"/>
        <source>Quarters</source>
        <translation>按季度</translation>
    </message>
    <message>
        <location filename="../../ui/quota_tab.py" line="112"/>
        <source>Credit won deals</source>
        <translation>按赢单计算</translation>
    </message>
    <message>
        <location filename="../../ui/quota_tab.py" line="113"/>
        <source>Credit orders booked</source>
        <translation>按下单计算</translation>
    </message>
    <message>
        <location filename="../../ui/quota_tab.py" line="114"/>
        <source>Credit payments collected</source>
        <translation>按回款计算</translation>
    </message>
    <message>
        <location filename="../../ui/quota_tab.py" line="115"/>
        <source>Copy to next period</source>
        <translation>复制到下一期</translation>
    </message>
    <message>
        <location filename="../../ui/quota_tab.py" line="118"/>
        <source>Give each rep the selected period&apos;s quota in the next period, where none is set</source>
        <translation>将所选期间的配额复制到下一期（仅填入尚未设置的单元格）</translation>
    </message>
    <message>
        <location filename="../../ui/quota_tab.py" line="188"/>
        <source>Saved; it goes up with your next sync.</source>
        <translation>已保存；将在下次同步时上传。</translation>
    </message>
    <message>
        <location filename="../../ui/quota_tab.py" line="202"/>
        <source>{n} quotas copied to {period}; cells already set were kept.</source>
        <translation>已复制 {n} 个配额到 {period}；已设置的单元格保持不变。</translation>
    </message>
    <message>
        <location filename="../../ui/quota_tab.py" line="215"/>
        <source>Not saved: {reason}</source>
        <translation>未保存：{reason}</translation>
    </message>
</context>
<context>
    <name>QuoteActions</name>
    <message>
        <location filename="../../ui/quote_actions.py" line="90"/>
        <source>Revision {n} · {status}</source>
        <translation>第 {n} 版 · {status}</translation>
    </message>
    <message>
        <location filename="../../ui/quote_actions.py" line="152"/>
        <source>Revisions:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <location filename="../../ui/quote_actions.py" line="153"/>
        <source>Mark as sent</source>
        <translation>标记为已发送</translation>
    </message>
    <message>
        <location filename="../../ui/quote_actions.py" line="154"/>
        <source>The quote was handed or sent to the client.</source>
        <translation>报价单已交给或发送给客户。</translation>
    </message>
    <message>
        <location filename="../../ui/quote_actions.py" line="155"/>
        <source>Request approval…</source>
        <translation>申请审批…</translation>
    </message>
    <message>
        <location filename="../../ui/quote_actions.py" line="156"/>
        <source>Mark accepted</source>
        <translation>标记为客户接受</translation>
    </message>
    <message>
        <location filename="../../ui/quote_actions.py" line="157"/>
        <source>The client said yes: the opportunity is won.</source>
        <translation>客户已接受：商机赢单。</translation>
    </message>
    <message>
        <location filename="../../ui/quote_actions.py" line="158"/>
        <source>New revision</source>
        <translation>新建版本</translation>
    </message>
    <message>
        <location filename="../../ui/quote_actions.py" line="159"/>
        <source>Re-price at the approved price (new revision)</source>
        <translation>按批准价格重新定价（新版本）</translation>
    </message>
    <message>
        <location filename="../../ui/quote_actions.py" line="160"/>
        <source>Create order</source>
        <translation>生成订单</translation>
    </message>
    <message>
        <location filename="../../ui/quote_actions.py" line="162"/>
        <source>Turn the accepted quote into a confirmed order at the same prices.</source>
        <translation>按相同价格将已接受的报价转为已确认订单。</translation>
    </message>
    <message>
        <location filename="../../ui/quote_actions.py" line="193"/>
        <source>This is an older revision, kept for reference: read only.</source>
        <translation>这是旧版本，仅供查阅：只读。</translation>
    </message>
    <message>
        <location filename="../../ui/quote_actions.py" line="197"/>
        <source>Price superseded: {manager} approved {price} for {product} on {day}. Re-price this quote before sending it.</source>
        <translation>价格已被取代：{manager} 于 {day} 为 {product} 批准了 {price}。发送前请重新定价。</translation>
    </message>
    <message>
        <location filename="../../ui/quote_actions.py" line="200"/>
        <source>a manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location filename="../../ui/quote_actions.py" line="213"/>
        <source>Approval requested: waiting for the manager (it arrives by sync).</source>
        <translation>已申请审批：等待经理决定（结果随同步到达）。</translation>
    </message>
    <message>
        <location filename="../../ui/quote_actions.py" line="214"/>
        <source>the manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location filename="../../ui/quote_actions.py" line="216"/>
        <source>Discount approved by {name}.</source>
        <translation>折扣已由 {name} 批准。</translation>
    </message>
    <message>
        <location filename="../../ui/quote_actions.py" line="218"/>
        <source>Discount refused by {name}.</source>
        <translation>折扣已被 {name} 拒绝。</translation>
    </message>
    <message>
        <location filename="../../ui/quote_actions.py" line="220"/>
        <source>Comment: {comment}</source>
        <translation>意见：{comment}</translation>
    </message>
    <message>
        <location filename="../../ui/quote_actions.py" line="234"/>
        <source>This quote cannot be sent yet:</source>
        <translation>此报价单暂不能发送：</translation>
    </message>
    <message>
        <location filename="../../ui/quote_actions.py" line="259"/>
        <source>Marked as sent; the server confirms it at the next sync.</source>
        <translation>已标记为已发送；下次同步时由服务器确认。</translation>
    </message>
    <message>
        <location filename="../../ui/quote_actions.py" line="269"/>
        <source>Accepted by the client; its opportunity is won.</source>
        <translation>客户已接受；对应商机已赢单。</translation>
    </message>
    <message>
        <location filename="../../ui/quote_actions.py" line="271"/>
        <source>Accepted by the client.</source>
        <translation>客户已接受。</translation>
    </message>
    <message>
        <location filename="../../ui/quote_actions.py" line="288"/>
        <source>Order created at the quote&apos;s prices; it goes up with the next sync.</source>
        <translation>已按报价价格生成订单，将在下次同步时上传。</translation>
    </message>
    <message>
        <location filename="../../ui/quote_actions.py" line="294"/>
        <source>Request approval</source>
        <translation>申请审批</translation>
    </message>
    <message>
        <location filename="../../ui/quote_actions.py" line="296"/>
        <source>This quote goes beyond your discount limit. Tell your manager why the client should get it; the request goes up with the next sync.</source>
        <translation>此报价超出您的折扣权限。请告诉经理为什么该客户应获得此折扣；申请将随下次同步提交。</translation>
    </message>
    <message>
        <location filename="../../ui/quote_actions.py" line="312"/>
        <source>Approval requested; it goes up with the next sync.</source>
        <translation>已申请审批；将随下次同步提交。</translation>
    </message>
</context>
<context>
    <name>QuoteEditor</name>
    <message>
        <location filename="../../ui/quote_status.py" line="11"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../ui/quote_status.py" line="12"/>
        <source>Provisional — price not yet accepted by the server</source>
        <translation>待确认 — 价格尚未被服务器接受</translation>
    </message>
    <message>
        <location filename="../../ui/quote_status.py" line="15"/>
        <source>Pending approval — over your discount limit, needs a manager&apos;s approval</source>
        <translation>待审批 — 超出您的折扣权限，需要经理审批</translation>
    </message>
    <message>
        <location filename="../../ui/quote_status.py" line="18"/>
        <source>Approved — ready to send</source>
        <translation>已批准 — 可以发送</translation>
    </message>
    <message>
        <location filename="../../ui/quote_status.py" line="19"/>
        <source>Sent to the client</source>
        <translation>已发送给客户</translation>
    </message>
    <message>
        <location filename="../../ui/quote_status.py" line="20"/>
        <source>Accepted by the client</source>
        <translation>客户已接受</translation>
    </message>
    <message>
        <location filename="../../ui/quote_status.py" line="21"/>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/quote_status.py" line="22"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../ui/quote_status.py" line="23"/>
        <source>Superseded — an older revision, kept for reference</source>
        <translation>已被取代 — 旧版本，仅供查阅</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="250"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="251"/>
        <source>VAT rate</source>
        <translation>增值税率</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="252"/>
        <source>Terms</source>
        <translation>条款</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="253"/>
        <source>Payment, delivery, warranty…</source>
        <translation>付款方式、交货期、质保…</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="254"/>
        <source>&amp;Add a product:</source>
        <translation>添加产品(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="256"/>
        <source>Type a SKU or a product name and press Enter  (Ctrl+F)</source>
        <translation>输入产品编号或名称后按回车  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="258"/>
        <source>Remove line (Del)</source>
        <translation>删除明细 (Del)</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="259"/>
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="260"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="261"/>
        <source>Preview PDF…</source>
        <translation>预览 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="262"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="263"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="312"/>
        <source>Your manager approved the exception: the line goes up at the next sync.</source>
        <translation>经理已批准例外：该行将在下次同步时重新提交。</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="333"/>
        <source>Quote {number}</source>
        <translation>报价单 {number}</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="335"/>
        <source>Quote {number} · revision {revision}</source>
        <translation>报价单 {number} · 第 {revision} 版</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="369"/>
        <source>VAT {rate}</source>
        <translation>增值税 {rate}</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="480"/>
        <source>No product in the catalogue matches “{text}”.</source>
        <translation>产品目录中没有与“{text}”匹配的产品。</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="498"/>
        <source>Revision created at the standing price.</source>
        <translation>已按现行价格生成新版本。</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="504"/>
        <source>Ask for a price exception</source>
        <translation>申请价格例外</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="506"/>
        <source>Your manager decides whether your price becomes this client&apos;s agreed price (the rep holding the other price is then told). Why should the client get it?</source>
        <translation>由经理决定您的价格是否成为该客户的协议价（届时会通知持有另一价格的销售）。为什么该客户应获得此价格？</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="520"/>
        <source>Exception requested: your manager sees it after your next sync.</source>
        <translation>已申请例外：下次同步后经理即可看到。</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="549"/>
        <source>PDF in Chinese (*.pdf)</source>
        <translation>中文 PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="549"/>
        <source>PDF in English (*.pdf)</source>
        <translation>英文 PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="552"/>
        <source>Export the quote as PDF</source>
        <translation>将报价单导出为 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="565"/>
        <source>Saved {file}</source>
        <translation>已保存 {file}</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="580"/>
        <source>No PDF viewer opened {file}.</source>
        <translation>没有 PDF 阅读器能打开 {file}。</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="591"/>
        <source>Preparing the PDF…</source>
        <translation>正在生成 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="612"/>
        <source>The PDF could not be made: {error}</source>
        <translation>无法生成 PDF：{error}</translation>
    </message>
</context>
<context>
    <name>QuoteLauncher</name>
    <message>
        <location filename="../../ui/quote_launcher.py" line="44"/>
        <source>New quote</source>
        <translation>新建报价</translation>
    </message>
    <message>
        <location filename="../../ui/quote_launcher.py" line="46"/>
        <source>A new quote for the account selected in the list (Ctrl+Shift+Q)</source>
        <translation>为列表中所选客户新建报价单 (Ctrl+Shift+Q)</translation>
    </message>
    <message>
        <location filename="../../ui/quote_launcher.py" line="55"/>
        <source>Select an account in the list first.</source>
        <translation>请先在列表中选择一个客户。</translation>
    </message>
</context>
<context>
    <name>QuoteLinesModel</name>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="40"/>
        <source>Agreed price</source>
        <translation>协议价</translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="41"/>
        <source>New price — provisional</source>
        <translation>新价格 — 待确认</translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="42"/>
        <source>Needs approval</source>
        <translation>需审批</translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="43"/>
        <source>Refused by the server</source>
        <translation>已被服务器拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="44"/>
        <source>Price superseded — re-price</source>
        <translation>价格已被取代 — 请重新定价</translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="47"/>
        <source>The price agreed with this client (or the list price).</source>
        <translation>与该客户约定的价格（或目录价）。</translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="50"/>
        <source>A price other than the agreed one: the server accepts or refuses it at the next sync.</source>
        <translation>不同于约定价格：服务器将在下次同步时接受或拒绝。</translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="54"/>
        <source>Over your discount limit: a manager must approve it before the quote can be sent.</source>
        <translation>超出您的折扣权限：报价单发送前需经理审批。</translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="58"/>
        <source>Another price stands for this client: see the banner above.</source>
        <translation>该客户已有另一个现行价格：请查看上方提示。</translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="61"/>
        <source>A manager approved another price for this client since this line was written: re-price the quote (a new revision) before sending it.</source>
        <translation>此行填写后，经理已为该客户批准了另一价格：发送前请重新定价（生成新版本）。</translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="111"/>
        <source>SKU</source>
        <translation>产品编号</translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="112"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="113"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="114"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="115"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="116"/>
        <source>Discount %</source>
        <translation>折扣 %</translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="117"/>
        <source>Line total</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="118"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="250"/>
        <source>Agreed price {price}, agreed until {date}</source>
        <translation>协议价 {price}，有效期至 {date}</translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="254"/>
        <source>Agreed price {price}</source>
        <translation>协议价 {price}</translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="257"/>
        <source>List price {price}</source>
        <translation>目录价 {price}</translation>
    </message>
</context>
<context>
    <name>QuotesModel</name>
    <message>
        <location filename="../../ui/quotes_page_model.py" line="18"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/quotes_page_model.py" line="19"/>
        <source>Revision</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../ui/quotes_page_model.py" line="21"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/quotes_page_model.py" line="26"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/quotes_page_model.py" line="31"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
</context>
<context>
    <name>QuotesPage</name>
    <message>
        <location filename="../../ui/quotes_page.py" line="81"/>
        <source>Quotes: {n}</source>
        <translation>报价：{n}</translation>
    </message>
    <message>
        <location filename="../../ui/quotes_page.py" line="94"/>
        <source>Quotes</source>
        <translation>报价</translation>
    </message>
    <message>
        <location filename="../../ui/quotes_page.py" line="96"/>
        <source>New quotes start from an account: select it and press Ctrl+Shift+Q.</source>
        <translation>新报价从客户开始：选中客户后按 Ctrl+Shift+Q。</translation>
    </message>
    <message>
        <location filename="../../ui/quotes_page.py" line="98"/>
        <source>Filter by quote number or client</source>
        <translation>按报价编号或客户筛选</translation>
    </message>
    <message>
        <location filename="../../ui/quotes_page.py" line="102"/>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../ui/quote_reason_dialog.py" line="43"/>
        <source>Send</source>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../../ui/quote_reason_dialog.py" line="44"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/quote_reason_dialog.py" line="57"/>
        <source>Please write a few words: the other side reads them.</source>
        <translation>请写几句说明：对方会看到。</translation>
    </message>
</context>
<context>
    <name>ReceivablesView</name>
    <message>
        <location filename="../../ui/receivables_view.py" line="48"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="49"/>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="50"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="51"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="52"/>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="53"/>
        <source>Aging</source>
        <translation>账龄</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="55"/>
        <source>Still due</source>
        <translation>未收款</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="57"/>
        <source>Rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="97"/>
        <source>Overdue receivables</source>
        <translation>逾期应收款</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="124"/>
        <source>Could not read the receivables: {error}</source>
        <translation>无法读取应收款：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="132"/>
        <source>No invoice is overdue.</source>
        <translation>没有逾期发票。</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="138"/>
        <source>{count} overdue invoices, {amount} still owed</source>
        <translation>{count} 张逾期发票，尚欠 {amount}</translation>
    </message>
</context>
<context>
    <name>ReminderController</name>
    <message>
        <location filename="../../ui/reminder_controller.py" line="83"/>
        <source>Visit at %1: %2</source>
        <translation>%1 拜访：%2</translation>
    </message>
</context>
<context>
    <name>RiskLabels</name>
    <message>
        <location filename="../../ui/value_labels.py" line="33"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/value_labels.py" line="34"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../ui/value_labels.py" line="35"/>
        <source>High</source>
        <translation>高</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../ui/search_model.py" line="18"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/search_model.py" line="19"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/search_model.py" line="20"/>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../ui/search_model.py" line="21"/>
        <source>Quote</source>
        <translation>报价</translation>
    </message>
    <message>
        <location filename="../../ui/search_model.py" line="30"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/search_model.py" line="31"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/search_model.py" line="32"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>SegmentLabels</name>
    <message>
        <location filename="../../ui/value_labels.py" line="21"/>
        <source>Loyal</source>
        <translation>忠诚客户</translation>
    </message>
    <message>
        <location filename="../../ui/value_labels.py" line="22"/>
        <source>Repeat</source>
        <translation>重复购买客户</translation>
    </message>
    <message>
        <location filename="../../ui/value_labels.py" line="23"/>
        <source>Ordinary</source>
        <translation>普通客户</translation>
    </message>
    <message>
        <location filename="../../ui/value_labels.py" line="24"/>
        <source>Prospective</source>
        <translation>潜在客户</translation>
    </message>
</context>
<context>
    <name>StageLabels</name>
    <message>
        <location filename="../../ui/page_labels.py" line="58"/>
        <source>Prospecting</source>
        <translation>初步接触</translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="59"/>
        <source>Qualification</source>
        <translation>资格确认</translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="60"/>
        <source>Needs analysis</source>
        <translation>需求分析</translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="61"/>
        <source>Proposal</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="62"/>
        <source>Negotiation</source>
        <translation>谈判</translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="63"/>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <location filename="../../ui/page_labels.py" line="64"/>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../ui/sync_controller.py" line="53"/>
        <source>Sign in to sync.</source>
        <translation>请登录后同步。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="59"/>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="71"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="74"/>
        <source>Up to date since {time}</source>
        <translation>已于 {time} 同步</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="76"/>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="78"/>
        <source>{n} changes waiting</source>
        <translation>{n} 项更改待上传</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="80"/>
        <source>{n} conflicts</source>
        <translation>{n} 项冲突</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="82"/>
        <source>{n} refused</source>
        <translation>{n} 项被拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="88"/>
        <source>Sending changes… {done}/{total} ({percent}%)</source>
        <translation>正在上传更改… {done}/{total}（{percent}%）</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="92"/>
        <source>Preparing search over {n} records… ({percent}%)</source>
        <translation>正在为 {n} 条记录建立搜索索引…（{percent}%）</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="96"/>
        <source>Preparing search over {n} records…</source>
        <translation>正在为 {n} 条记录建立搜索索引…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="98"/>
        <source>Receiving… {n} records ({percent}%)</source>
        <translation>正在接收… {n} 条记录（{percent}%）</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="102"/>
        <source>Receiving… {n} records</source>
        <translation>正在接收… {n} 条记录</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="121"/>
        <source>Sync stopped: {error}</source>
        <translation>同步中断：{error}</translation>
    </message>
</context>
<context>
    <name>SyncInbox</name>
    <message>
        <location filename="../../ui/sync_inbox.py" line="92"/>
        <source>Conflicts and refused changes</source>
        <translation>冲突与被拒绝的更改</translation>
    </message>
    <message>
        <location filename="../../ui/sync_inbox.py" line="98"/>
        <location filename="../../ui/sync_inbox.py" line="107"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/sync_inbox.py" line="99"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/sync_inbox.py" line="100"/>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <location filename="../../ui/sync_inbox.py" line="101"/>
        <source>Theirs (kept on the server)</source>
        <translation>对方的（服务器保留）</translation>
    </message>
    <message>
        <location filename="../../ui/sync_inbox.py" line="109"/>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <location filename="../../ui/sync_inbox.py" line="110"/>
        <source>delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/sync_inbox.py" line="112"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/sync_inbox.py" line="123"/>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <location filename="../../ui/sync_inbox.py" line="124"/>
        <source>Keep theirs</source>
        <translation>保留对方的</translation>
    </message>
    <message>
        <location filename="../../ui/sync_inbox.py" line="127"/>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../ui/sync_inbox.py" line="133"/>
        <source>Resend</source>
        <translation>重新发送</translation>
    </message>
    <message>
        <location filename="../../ui/sync_inbox.py" line="134"/>
        <source>Discard…</source>
        <translation>放弃…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_inbox.py" line="135"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_inbox.py" line="138"/>
        <source>Refused changes</source>
        <translation>被拒绝的更改</translation>
    </message>
    <message>
        <location filename="../../ui/sync_inbox.py" line="188"/>
        <source>Discard change</source>
        <translation>放弃更改</translation>
    </message>
    <message>
        <location filename="../../ui/sync_inbox.py" line="189"/>
        <source>Discard this refused change for good? It will not be sent again.</source>
        <translation>永久放弃这项被拒绝的更改？它将不会再被发送。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_inbox.py" line="198"/>
        <source>Export refused changes</source>
        <translation>导出被拒绝的更改</translation>
    </message>
</context>
<context>
    <name>TerritoryForm</name>
    <message>
        <location filename="../../ui/territory_form.py" line="31"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/territory_form.py" line="32"/>
        <source>Part of</source>
        <translation>所属大区</translation>
    </message>
    <message>
        <location filename="../../ui/territory_form.py" line="33"/>
        <source>Provinces</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../ui/territory_form.py" line="34"/>
        <source>Cities</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/territory_form.py" line="35"/>
        <source>Industries</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../ui/territory_form.py" line="36"/>
        <source>Named accounts</source>
        <translation>指定客户</translation>
    </message>
    <message>
        <location filename="../../ui/territory_form.py" line="37"/>
        <source>Reps</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <location filename="../../ui/territory_form.py" line="94"/>
        <source>Name an account: type part of its name</source>
        <translation>指定客户：输入客户名称的一部分</translation>
    </message>
    <message>
        <location filename="../../ui/territory_form.py" line="95"/>
        <source>e.g. 广东、广西</source>
        <translation>例如：广东、广西</translation>
    </message>
    <message>
        <location filename="../../ui/territory_form.py" line="96"/>
        <source>e.g. 广州、深圳</source>
        <translation>例如：广州、深圳</translation>
    </message>
    <message>
        <location filename="../../ui/territory_form.py" line="101"/>
        <location filename="../../ui/territory_form.py" line="114"/>
        <source>(none: a region)</source>
        <translation>（无：作为大区）</translation>
    </message>
</context>
<context>
    <name>TerritoryPreviewDialog</name>
    <message>
        <location filename="../../ui/territory_preview.py" line="84"/>
        <source>Preview: {territory}</source>
        <translation>预览：{territory}</translation>
    </message>
    <message>
        <location filename="../../ui/territory_preview.py" line="95"/>
        <source>{n} accounts move. Reps gain or lose them at their next sync; an edit a rep has not sent yet for an account they lose is kept and shown to them as refused.</source>
        <translation>将调整 {n} 个客户。销售代表下次同步时获得或失去这些客户；代表对失去的客户尚未上传的修改会被保留，并作为被拒绝的更改提示给他们。</translation>
    </message>
    <message>
        <location filename="../../ui/territory_preview.py" line="99"/>
        <source>No account moves: only the territory itself changes.</source>
        <translation>没有客户调整：仅区域本身发生变化。</translation>
    </message>
    <message>
        <location filename="../../ui/territory_preview.py" line="105"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
</context>
<context>
    <name>TerritoryTab</name>
    <message>
        <location filename="../../ui/territory_editor.py" line="114"/>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <location filename="../../ui/territory_editor.py" line="115"/>
        <source>New region</source>
        <translation>新建大区</translation>
    </message>
    <message>
        <location filename="../../ui/territory_editor.py" line="116"/>
        <source>New territory in selected</source>
        <translation>在所选项下新建区域</translation>
    </message>
    <message>
        <location filename="../../ui/territory_editor.py" line="117"/>
        <source>Preview and apply…</source>
        <translation>预览并应用…</translation>
    </message>
    <message>
        <location filename="../../ui/territory_editor.py" line="126"/>
        <source>Not connected to a server: territories are managed on the server.</source>
        <translation>未连接服务器：销售区域在服务器上管理。</translation>
    </message>
    <message>
        <location filename="../../ui/territory_editor.py" line="183"/>
        <source>New territory: fill it in, then preview.</source>
        <translation>新区域：请填写后预览。</translation>
    </message>
    <message>
        <location filename="../../ui/territory_editor.py" line="201"/>
        <source>Select a territory, or start a new one.</source>
        <translation>请选择一个区域，或新建一个。</translation>
    </message>
    <message>
        <location filename="../../ui/territory_editor.py" line="204"/>
        <source>Give the territory a name.</source>
        <translation>请为区域命名。</translation>
    </message>
    <message>
        <location filename="../../ui/territory_editor.py" line="207"/>
        <source>Nothing has changed.</source>
        <translation>没有任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/territory_editor.py" line="213"/>
        <source>Asking the server…</source>
        <translation>正在询问服务器…</translation>
    </message>
    <message>
        <location filename="../../ui/territory_editor.py" line="240"/>
        <source>Applied: {n} accounts moved. Reps gain or lose them at their next sync.</source>
        <translation>已应用：{n} 个客户已调整。销售代表下次同步时将获得或失去这些客户。</translation>
    </message>
</context>
<context>
    <name>TerritoryTreeModel</name>
    <message>
        <location filename="../../ui/territory_tree_model.py" line="119"/>
        <source>Territory</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../ui/territory_tree_model.py" line="119"/>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../ui/territory_tree_model.py" line="119"/>
        <source>Reps</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <location filename="../../ui/territory_tree_model.py" line="140"/>
        <source>{n} named accounts</source>
        <translation>{n} 个指定客户</translation>
    </message>
</context>
<context>
    <name>TierLabels</name>
    <message>
        <location filename="../../ui/value_labels.py" line="27"/>
        <source>VIP</source>
        <translation>VIP客户</translation>
    </message>
    <message>
        <location filename="../../ui/value_labels.py" line="28"/>
        <source>Major</source>
        <translation>主要客户</translation>
    </message>
    <message>
        <location filename="../../ui/value_labels.py" line="29"/>
        <source>Medium</source>
        <translation>中等客户</translation>
    </message>
    <message>
        <location filename="../../ui/value_labels.py" line="30"/>
        <source>Small</source>
        <translation>小客户</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <location filename="../../ui/today_model.py" line="24"/>
        <source>{time}  {title} — {account}</source>
        <translation>{time}  {title} — {account}</translation>
    </message>
    <message>
        <location filename="../../ui/today_model.py" line="25"/>
        <source>{title} — {account}: planned {when}, never checked out</source>
        <translation>{title} — {account}：计划于 {when}，未签退</translation>
    </message>
    <message>
        <location filename="../../ui/today_model.py" line="28"/>
        <source>Reminder: {title} — {account}, {when}</source>
        <translation>提醒：{title} — {account}，{when}</translation>
    </message>
    <message>
        <location filename="../../ui/today_model.py" line="29"/>
        <source>Quote {title} — {account} expires {when}</source>
        <translation>报价 {title} — {account} 于 {when} 到期</translation>
    </message>
    <message>
        <location filename="../../ui/today_model.py" line="30"/>
        <source>Agreed price of {title} — {account} ends {when}</source>
        <translation>{title} 的协议价 — {account} 于 {when} 到期</translation>
    </message>
    <message>
        <location filename="../../ui/today_model.py" line="33"/>
        <source>{title} — no contact since {when}</source>
        <translation>{title} — 自 {when} 起未联系</translation>
    </message>
    <message>
        <location filename="../../ui/today_model.py" line="34"/>
        <source>{account}: {amount} overdue since {when} (invoice {title})</source>
        <translation>{account}：{amount} 自 {when} 起逾期（发票 {title}）</translation>
    </message>
    <message>
        <location filename="../../ui/today_model.py" line="37"/>
        <source>{title} — never contacted</source>
        <translation>{title} — 从未联系</translation>
    </message>
    <message>
        <location filename="../../ui/today_model.py" line="40"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/today_model.py" line="41"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/today_model.py" line="42"/>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../ui/today_model.py" line="43"/>
        <source>Quote</source>
        <translation>报价</translation>
    </message>
    <message>
        <location filename="../../ui/today_model.py" line="52"/>
        <source>{kind}: {title} — {account}</source>
        <translation>{kind}：{title} — {account}</translation>
    </message>
    <message>
        <location filename="../../ui/today_model.py" line="54"/>
        <source>{kind}: {title}</source>
        <translation>{kind}：{title}</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../ui/today_page.py" line="114"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="116"/>
        <source>Today&apos;s visits</source>
        <translation>今日拜访</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="117"/>
        <source>Overdue follow-ups</source>
        <translation>逾期跟进</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="118"/>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="119"/>
        <source>Changed by colleagues</source>
        <translation>同事的更新</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="120"/>
        <source>Overdue receivables</source>
        <translation>逾期应收款</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="124"/>
        <source>No visits planned for today. Plan one in the Calendar, or call an account from the reminders.</source>
        <translation>今天没有安排拜访。可以在日历中安排一次，或给提醒中的客户打个电话。</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="127"/>
        <source>Nothing overdue: every past visit is checked out.</source>
        <translation>没有逾期事项：以往的拜访都已签退。</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="129"/>
        <source>No quotes or agreed prices run out in the next 14 days, and every account of yours was contacted in the last 30 days.</source>
        <translation>未来 14 天内没有到期的报价或协议价，您的每个客户在最近 30 天内都有联系。</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="132"/>
        <source>Nothing changed by colleagues yet. Press F9 to sync.</source>
        <translation>同事暂无更新。按 F9 同步。</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="133"/>
        <source>No invoice of yours is overdue: every client paid on time.</source>
        <translation>您没有逾期发票：所有客户都按时付款。</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="163"/>
        <source>Today&apos;s lists could not be read: {error}</source>
        <translation>无法读取今日列表：{error}</translation>
    </message>
</context>
<context>
    <name>VCardTransfer</name>
    <message>
        <location filename="../../ui/vcard_transfer.py" line="75"/>
        <source>vCard 3.0 (*.vcf)</source>
        <translation>vCard 3.0 (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../ui/vcard_transfer.py" line="75"/>
        <source>vCard 4.0 (*.vcf)</source>
        <translation>vCard 4.0 (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../ui/vcard_transfer.py" line="77"/>
        <source>Export contacts</source>
        <translation>导出联系人</translation>
    </message>
    <message>
        <location filename="../../ui/vcard_transfer.py" line="83"/>
        <source>Import contacts</source>
        <translation>导入联系人</translation>
    </message>
    <message>
        <location filename="../../ui/vcard_transfer.py" line="83"/>
        <source>vCard files (*.vcf *.vcard)</source>
        <translation>vCard 文件 (*.vcf *.vcard)</translation>
    </message>
</context>
<context>
    <name>ValidatedForm</name>
    <message>
        <location filename="../../ui/page_form.py" line="143"/>
        <source>This field is required.</source>
        <translation>此项为必填。</translation>
    </message>
</context>
<context>
    <name>ValueSection</name>
    <message>
        <location filename="../../ui/value_section.py" line="16"/>
        <source>Health index</source>
        <translation>健康指数</translation>
    </message>
    <message>
        <location filename="../../ui/value_section.py" line="17"/>
        <source>Lifecycle stage</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <location filename="../../ui/value_section.py" line="18"/>
        <source>Segment</source>
        <translation>客户细分</translation>
    </message>
    <message>
        <location filename="../../ui/value_section.py" line="19"/>
        <source>Value tier</source>
        <translation>价值层级</translation>
    </message>
    <message>
        <location filename="../../ui/value_section.py" line="20"/>
        <source>Historical value</source>
        <translation>历史价值</translation>
    </message>
    <message>
        <location filename="../../ui/value_section.py" line="21"/>
        <source>Current value (yearly)</source>
        <translation>当前价值（年）</translation>
    </message>
    <message>
        <location filename="../../ui/value_section.py" line="22"/>
        <source>Potential value</source>
        <translation>潜在价值</translation>
    </message>
    <message>
        <location filename="../../ui/value_section.py" line="23"/>
        <source>Lifetime value</source>
        <translation>生命周期价值</translation>
    </message>
    <message>
        <location filename="../../ui/value_section.py" line="24"/>
        <source>Churn risk</source>
        <translation>流失风险</translation>
    </message>
    <message>
        <location filename="../../ui/value_section.py" line="59"/>
        <source>Value &amp; health</source>
        <translation>客户价值与关系健康</translation>
    </message>
    <message>
        <location filename="../../ui/value_section.py" line="76"/>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location filename="../../ui/value_section.py" line="84"/>
        <source>{index} / 100</source>
        <translation>{index} / 100</translation>
    </message>
    <message>
        <location filename="../../ui/value_section.py" line="98"/>
        <source>Satisfaction {s} · recency {r} · frequency {f} · trend {t} (each out of 100)</source>
        <translation>满意度 {s} · 近度 {r} · 频度 {f} · 趋势 {t}（各项满分 100）</translation>
    </message>
    <message>
        <location filename="../../ui/value_section.py" line="108"/>
        <source>RFM {code}: recency, frequency, money, 1–5 each</source>
        <translation>RFM {code}：近度、频度、金额，各 1–5 分</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../ui/visit_dialog.py" line="86"/>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="87"/>
        <source>Check in</source>
        <translation>签到</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="89"/>
        <source>Cancel visit</source>
        <translation>取消拜访</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="90"/>
        <source>Export .ics…</source>
        <translation>导出 .ics…</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="93"/>
        <source>What came of the visit? Next steps?</source>
        <translation>拜访结果如何？下一步做什么？</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="97"/>
        <source>Client satisfaction</source>
        <translation>客户满意度</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="102"/>
        <source>%1 of 5</source>
        <translation>%1 / 5</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="106"/>
        <location filename="../../ui/visit_dialog.py" line="108"/>
        <source>Check out</source>
        <translation>签退</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="120"/>
        <source>Purpose</source>
        <translation>拜访目的</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="121"/>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="122"/>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="123"/>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="158"/>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="178"/>
        <source>checked in at %1</source>
        <translation>%1 签到</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="181"/>
        <source>checked out at %1</source>
        <translation>%1 签退</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="222"/>
        <source>Rate how the client felt, from 1 to 5 stars.</source>
        <translation>请为客户满意度打分（1 到 5 星）。</translation>
    </message>
</context>
<context>
    <name>VisitsModel</name>
    <message>
        <location filename="../../ui/calendar_model.py" line="29"/>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_model.py" line="30"/>
        <source>Checked in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_model.py" line="31"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_model.py" line="32"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="197"/>
        <source>Local demo company — not connected to a server</source>
        <translation>本地演示公司 — 未连接服务器</translation>
    </message>
</context>
</TS>
