<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountsModel</name>
    <message>
        <location filename="../../ui/accounts_model.py" line="32"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_model.py" line="33"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_model.py" line="34"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_model.py" line="35"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_model.py" line="36"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
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
        <location filename="../../ui/main_window.py" line="88"/>
        <source>SFA Desk — {profile}</source>
        <translation>SFA Desk — {profile}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90"/>
        <source>Search accounts, contacts, deals, quotes — 中文, pinyin, phone…  (Ctrl+K)</source>
        <translation>搜索客户、联系人、商机、报价 — 中文、拼音、电话…（Ctrl+K）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="99"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95"/>
        <source>Quotes</source>
        <translation>报价</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101"/>
        <source>Send your changes and receive your colleagues&apos; (F9)</source>
        <translation>发送您的更改并接收同事的更改（F9）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103"/>
        <source>Conflicts and refused changes</source>
        <translation>冲突与被拒绝的更改</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193"/>
        <source>Search failed: {error}</source>
        <translation>搜索失败：{error}</translation>
    </message>
</context>
<context>
    <name>PriceConflictBanner</name>
    <message>
        <location filename="../../ui/quote_conflicts.py" line="167"/>
        <source>Re-price at the standing price (new revision)</source>
        <translation>按现行价格重新报价（新版本）</translation>
    </message>
    <message>
        <location filename="../../ui/quote_conflicts.py" line="170"/>
        <source>Makes a new revision of this quote with every refused line at its standing price.</source>
        <translation>生成本报价单的新版本，所有被拒绝的明细按现行价格报价。</translation>
    </message>
    <message>
        <location filename="../../ui/quote_conflicts.py" line="173"/>
        <source>Remove the line</source>
        <translation>删除该明细</translation>
    </message>
    <message>
        <location filename="../../ui/quote_conflicts.py" line="174"/>
        <source>Takes the selected refused line off the quote.</source>
        <translation>从报价单中删除所选的被拒绝明细。</translation>
    </message>
    <message>
        <location filename="../../ui/quote_conflicts.py" line="191"/>
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
        <location filename="../../ui/quote_conflicts.py" line="61"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../ui/quote_conflicts.py" line="62"/>
        <source>Your price</source>
        <translation>您的报价</translation>
    </message>
    <message>
        <location filename="../../ui/quote_conflicts.py" line="63"/>
        <source>Standing price</source>
        <translation>现行价格</translation>
    </message>
    <message>
        <location filename="../../ui/quote_conflicts.py" line="64"/>
        <source>Held by</source>
        <translation>持有方</translation>
    </message>
    <message>
        <location filename="../../ui/quote_conflicts.py" line="65"/>
        <source>Until</source>
        <translation>有效期至</translation>
    </message>
</context>
<context>
    <name>QuoteEditor</name>
    <message>
        <location filename="../../ui/quote_editor.py" line="87"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="88"/>
        <source>Provisional — price not yet accepted by the server</source>
        <translation>待确认 — 价格尚未被服务器接受</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="91"/>
        <source>Pending approval — over your discount limit, needs a manager&apos;s approval</source>
        <translation>待审批 — 超出您的折扣权限，需要经理审批</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="94"/>
        <source>Approved — ready to send</source>
        <translation>已批准 — 可以发送</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="95"/>
        <source>Sent to the client</source>
        <translation>已发送给客户</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="96"/>
        <source>Accepted by the client</source>
        <translation>客户已接受</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="97"/>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="98"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="264"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="265"/>
        <source>VAT rate</source>
        <translation>增值税率</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="266"/>
        <source>Terms</source>
        <translation>条款</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="267"/>
        <source>Payment, delivery, warranty…</source>
        <translation>付款方式、交货期、质保…</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="268"/>
        <source>&amp;Add a product:</source>
        <translation>添加产品(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="270"/>
        <source>Type a SKU or a product name and press Enter  (Ctrl+F)</source>
        <translation>输入产品编号或名称后按回车  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="272"/>
        <source>Remove line (Del)</source>
        <translation>删除明细 (Del)</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="273"/>
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="274"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="275"/>
        <source>Preview PDF…</source>
        <translation>预览 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="276"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="277"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="319"/>
        <source>Quote {number}</source>
        <translation>报价单 {number}</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="321"/>
        <source>Quote {number} · revision {revision}</source>
        <translation>报价单 {number} · 第 {revision} 版</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="354"/>
        <source>VAT {rate}</source>
        <translation>增值税 {rate}</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="465"/>
        <source>No product in the catalogue matches “{text}”.</source>
        <translation>产品目录中没有与“{text}”匹配的产品。</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="483"/>
        <source>Revision created at the standing price.</source>
        <translation>已按现行价格生成新版本。</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="510"/>
        <source>PDF in Chinese (*.pdf)</source>
        <translation>中文 PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="510"/>
        <source>PDF in English (*.pdf)</source>
        <translation>英文 PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="513"/>
        <source>Export the quote as PDF</source>
        <translation>将报价单导出为 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="526"/>
        <source>Saved {file}</source>
        <translation>已保存 {file}</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="539"/>
        <source>No PDF viewer opened {file}.</source>
        <translation>没有 PDF 阅读器能打开 {file}。</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="550"/>
        <source>Preparing the PDF…</source>
        <translation>正在生成 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/quote_editor.py" line="569"/>
        <source>The PDF could not be made: {error}</source>
        <translation>无法生成 PDF：{error}</translation>
    </message>
</context>
<context>
    <name>QuoteLauncher</name>
    <message>
        <location filename="../../ui/quote_launcher.py" line="39"/>
        <source>New quote</source>
        <translation>新建报价</translation>
    </message>
    <message>
        <location filename="../../ui/quote_launcher.py" line="41"/>
        <source>A new quote for the account selected in the list (Ctrl+Shift+Q)</source>
        <translation>为列表中所选客户新建报价单 (Ctrl+Shift+Q)</translation>
    </message>
    <message>
        <location filename="../../ui/quote_launcher.py" line="50"/>
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
        <location filename="../../ui/quote_lines_model.py" line="46"/>
        <source>The price agreed with this client (or the list price).</source>
        <translation>与该客户约定的价格（或目录价）。</translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="49"/>
        <source>A price other than the agreed one: the server accepts or refuses it at the next sync.</source>
        <translation>不同于约定价格：服务器将在下次同步时接受或拒绝。</translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="53"/>
        <source>Over your discount limit: a manager must approve it before the quote can be sent.</source>
        <translation>超出您的折扣权限：报价单发送前需经理审批。</translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="57"/>
        <source>Another price stands for this client: see the banner above.</source>
        <translation>该客户已有另一个现行价格：请查看上方提示。</translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="104"/>
        <source>SKU</source>
        <translation>产品编号</translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="105"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="106"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="107"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="108"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="109"/>
        <source>Discount %</source>
        <translation>折扣 %</translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="110"/>
        <source>Line total</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="111"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="243"/>
        <source>Agreed price {price}, agreed until {date}</source>
        <translation>协议价 {price}，有效期至 {date}</translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="247"/>
        <source>Agreed price {price}</source>
        <translation>协议价 {price}</translation>
    </message>
    <message>
        <location filename="../../ui/quote_lines_model.py" line="250"/>
        <source>List price {price}</source>
        <translation>目录价 {price}</translation>
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
        <source>Receiving… {n} records</source>
        <translation>正在接收… {n} 条记录</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="111"/>
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
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="117"/>
        <source>Local demo company — not connected to a server</source>
        <translation>本地演示公司 — 未连接服务器</translation>
    </message>
</context>
</TS>
