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
        <location filename="../../ui/main_window.py" line="86"/>
        <source>SFA Desk — {profile}</source>
        <translation>SFA Desk — {profile}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="88"/>
        <source>Search accounts, contacts, deals, quotes — 中文, pinyin, phone…  (Ctrl+K)</source>
        <translation>搜索客户、联系人、商机、报价 — 中文、拼音、电话…（Ctrl+K）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="93"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97"/>
        <source>Send your changes and receive your colleagues&apos; (F9)</source>
        <translation>发送您的更改并接收同事的更改（F9）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="99"/>
        <source>Conflicts and refused changes</source>
        <translation>冲突与被拒绝的更改</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173"/>
        <source>Search failed: {error}</source>
        <translation>搜索失败：{error}</translation>
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
