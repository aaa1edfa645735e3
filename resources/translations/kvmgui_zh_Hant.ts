<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Click the screen (or Tab to it) to type into the virtual machine.</source>
        <translation>按一下畫面（或用 Tab 移到畫面上）即可在虛擬機器中輸入。</translation>
    </message>
    <message>
        <source>ConnState</source>
        <translation>ConnState</translation>
    </message>
    <message>
        <source>Connecting to the virtual machine&apos;s display…</source>
        <translation>正在連線到虛擬機器的顯示畫面…</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Connection</source>
        <comment>closed (%1)</comment>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Connection</source>
        <comment>Connecting to %1</comment>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Connection</source>
        <comment>Connected to %1</comment>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Connection</source>
        <comment>Disconnected: %1</comment>
        <translation>Connection</translation>
    </message>
    <message numerus="yes">
        <source>Connection</source>
        <comment>%1 — retrying in %n s</comment>
        <translation>
            <numerusform>Connection</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection</source>
        <comment>Disconnected</comment>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Could not connect to the display.</source>
        <translation>無法連線到顯示畫面。</translation>
    </message>
    <message>
        <source>DomainState</source>
        <translation>DomainState</translation>
    </message>
    <message>
        <source>Keyboard and pointer go to the virtual machine. Press Ctrl+Alt to release them.</source>
        <translation>鍵盤和指標輸入會送到虛擬機器。按 Ctrl+Alt 可釋放。</translation>
    </message>
    <message>
        <source>Keys go to the virtual machine. Press Ctrl+Alt to release the keyboard.</source>
        <translation>按鍵會送到虛擬機器。按 Ctrl+Alt 可釋放鍵盤。</translation>
    </message>
    <message>
        <source>LibvirtEvent</source>
        <comment>Event %1</comment>
        <translation>LibvirtEvent</translation>
    </message>
    <message>
        <source>Not connected to the virtual machine&apos;s display.</source>
        <translation>未連線到虛擬機器的顯示畫面。</translation>
    </message>
    <message>
        <source>StateReason</source>
        <translation>StateReason</translation>
    </message>
    <message>
        <source>StateReason</source>
        <comment>%1 (%2)</comment>
        <translation>StateReason</translation>
    </message>
    <message>
        <source>The VNC display listens nowhere kvmgui can reach (no port and no socket).</source>
        <translation>VNC 顯示畫面沒有在 kvmgui 可連到的地方監聽（沒有連接埠，也沒有通訊端）。</translation>
    </message>
    <message>
        <source>The VNC display listens on a UNIX socket of the remote host, which kvmgui cannot reach.</source>
        <translation>VNC 顯示畫面在遠端主機的 UNIX 通訊端上監聽，kvmgui 無法連到。</translation>
    </message>
    <message>
        <source>The VNC display listens only on the remote host&apos;s loopback address. Connect to the host over SSH (qemu+ssh://) or let the display listen on a network address.</source>
        <translation>VNC 顯示畫面只在遠端主機的迴路位址上監聽。請透過 SSH 連線到主機（qemu+ssh://），或讓顯示畫面在網路位址上監聽。</translation>
    </message>
    <message>
        <source>The built-in VNC viewer needs GVnc&apos;s introspection data. Install gir1.2-gtk-vnc-2.0 (Debian, Ubuntu) or gtk-vnc2 (Fedora), or open the display in virt-viewer.</source>
        <translation>內建的 VNC 檢視器需要 GVnc 的 introspection 資料。請安裝 gir1.2-gtk-vnc-2.0（Debian、Ubuntu）或 gtk-vnc2（Fedora），或改用 virt-viewer 開啟顯示畫面。</translation>
    </message>
    <message>
        <source>The built-in VNC viewer needs PyGObject with GVnc. Install python3-gi and gir1.2-gtk-vnc-2.0 (Debian, Ubuntu) or python3-gobject and gtk-vnc2 (Fedora), or open the display in virt-viewer.</source>
        <translation>內建的 VNC 檢視器需要含 GVnc 的 PyGObject。請安裝 python3-gi 與 gir1.2-gtk-vnc-2.0（Debian、Ubuntu）或 python3-gobject 與 gtk-vnc2（Fedora），或改用 virt-viewer 開啟顯示畫面。</translation>
    </message>
    <message>
        <source>The connection to the display failed: %1</source>
        <translation>與顯示畫面的連線失敗：%1</translation>
    </message>
    <message>
        <source>The display asks for a kind of authentication kvmgui does not speak.</source>
        <translation>顯示畫面要求一種 kvmgui 不支援的驗證方式。</translation>
    </message>
    <message>
        <source>The display closed the connection before it was set up.</source>
        <translation>顯示畫面在連線建立前就關閉了連線。</translation>
    </message>
    <message>
        <source>The display refused the password.</source>
        <translation>顯示畫面拒絕了這個密碼。</translation>
    </message>
    <message>
        <source>The virtual machine is not running.</source>
        <translation>虛擬機器沒有在執行。</translation>
    </message>
    <message>
        <source>The virtual machine is not running. Its screen appears here when it starts.</source>
        <translation>虛擬機器沒有在執行。它啟動後，畫面會顯示在這裡。</translation>
    </message>
    <message>
        <source>This virtual machine has no graphical display.</source>
        <translation>這部虛擬機器沒有圖形顯示。</translation>
    </message>
    <message>
        <source>This virtual machine&apos;s display is SPICE. kvmgui shows it in virt-viewer.</source>
        <translation>這部虛擬機器的顯示是 SPICE。kvmgui 會在 virt-viewer 中顯示它。</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未說明原因</translation>
    </message>
    <message>
        <source>virt-viewer crashed.</source>
        <translation>virt-viewer 當掉了。</translation>
    </message>
    <message>
        <source>virt-viewer ended with exit status %1.</source>
        <translation>virt-viewer 結束，結束狀態為 %1。</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>A desktop manager for KVM/QEMU virtual machines, built on libvirt.</source>
        <translation>以 libvirt 為基礎的 KVM/QEMU 虛擬機器桌面管理工具。</translation>
    </message>
    <message>
        <source>About kvmgui</source>
        <translation>關於 kvmgui</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>對話框按鈕</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later. &lt;a href=&quot;%1&quot;&gt;Website&lt;/a&gt;</source>
        <translation>自由軟體，依 GNU 通用公共授權條款第 3 版或更新版本授權。&lt;a href=&quot;%1&quot;&gt;網站&lt;/a&gt;</translation>
    </message>
    <message>
        <source>PySide6</source>
        <translation>PySide6</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>讀取中…</translation>
    </message>
    <message>
        <source>kvmgui %1</source>
        <translation>kvmgui %1</translation>
    </message>
    <message>
        <source>kvmgui logo</source>
        <translation>kvmgui 標誌</translation>
    </message>
    <message>
        <source>libvirt %1, %2 %3</source>
        <translation>libvirt %1，%2 %3</translation>
    </message>
    <message>
        <source>libvirt library</source>
        <translation>libvirt 函式庫</translation>
    </message>
</context>
<context>
    <name>CheckModel</name>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>代表的意思</translation>
    </message>
</context>
<context>
    <name>CommandDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>另存新檔(&amp;S)…</translation>
    </message>
    <message>
        <source>(nothing to do)</source>
        <translation>（沒有要做的事）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>指令列</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>已複製。</translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation>複製指令</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>無法儲存：%1</translation>
    </message>
    <message>
        <source>Could not work out the command: %1</source>
        <translation>無法推算出指令：%1</translation>
    </message>
    <message>
        <source>Could not write the XML files: %1</source>
        <translation>無法寫入 XML 檔案：%1</translation>
    </message>
    <message>
        <source>Save %1 as</source>
        <translation>將 %1 另存為</translation>
    </message>
    <message>
        <source>Save XML file</source>
        <translation>儲存 XML 檔案</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已儲存 %1。</translation>
    </message>
    <message>
        <source>Show command</source>
        <translation>顯示指令</translation>
    </message>
    <message>
        <source>Show command status</source>
        <translation>顯示指令狀態</translation>
    </message>
    <message>
        <source>Show command — %1</source>
        <translation>顯示指令 — %1</translation>
    </message>
    <message>
        <source>The same change with virsh (kvmgui does not run these lines):</source>
        <translation>用 virsh 做相同的變更（kvmgui 不會執行這些指令）：</translation>
    </message>
    <message>
        <source>Working out the command…</source>
        <translation>正在推算指令…</translation>
    </message>
    <message>
        <source>Writing the XML files…</source>
        <translation>正在寫入 XML 檔案…</translation>
    </message>
    <message>
        <source>XML file path</source>
        <translation>XML 檔案路徑</translation>
    </message>
    <message>
        <source>XML file:</source>
        <translation>XML 檔案：</translation>
    </message>
    <message>
        <source>XML files (*.xml)</source>
        <translation>XML 檔案 (*.xml)</translation>
    </message>
</context>
<context>
    <name>CommandMenu</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>刪除 %1</translation>
    </message>
    <message>
        <source>Delete (keeping its storage)</source>
        <translation>刪除（保留其儲存空間）</translation>
    </message>
    <message>
        <source>Show &amp;Command</source>
        <translation>顯示指令(&amp;C)</translation>
    </message>
    <message>
        <source>Show command</source>
        <translation>顯示指令</translation>
    </message>
</context>
<context>
    <name>ConnState</name>
    <message>
        <source>Connected</source>
        <translation>已連線</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>連線中</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>已中斷連線</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>&amp;Connect automatically at start</source>
        <translation>啟動時自動連線(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主機(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>類型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>使用者(&amp;U)：</translation>
    </message>
    <message>
        <source>A URI may not contain spaces.</source>
        <translation>URI 不能包含空格。</translation>
    </message>
    <message>
        <source>Add Connection</source>
        <translation>新增連線</translation>
    </message>
    <message>
        <source>Add connection</source>
        <translation>新增連線</translation>
    </message>
    <message>
        <source>Autoconnect</source>
        <translation>自動連線</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>連線名稱</translation>
    </message>
    <message>
        <source>Connection type</source>
        <translation>連線類型</translation>
    </message>
    <message>
        <source>Custom URI</source>
        <translation>自訂 URI</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>對話框按鈕</translation>
    </message>
    <message>
        <source>Enter a libvirt URI such as qemu+ssh://root@host/system.</source>
        <translation>請輸入 libvirt URI，例如 qemu+ssh://root@host/system。</translation>
    </message>
    <message>
        <source>Enter the host name or address.</source>
        <translation>請輸入主機名稱或位址。</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>主機名稱</translation>
    </message>
    <message>
        <source>Leave the password out of the URI: it would be saved with the connection. kvmgui asks for it when the host wants one.</source>
        <translation>請不要把密碼寫在 URI 中：它會隨連線一起儲存。主機需要密碼時，kvmgui 會詢問。</translation>
    </message>
    <message>
        <source>Optional, shown instead of the URI</source>
        <translation>選填，會取代 URI 顯示</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>QEMU/KVM on this machine (system)</source>
        <translation>本機的 QEMU/KVM（系統）</translation>
    </message>
    <message>
        <source>QEMU/KVM on this machine (user session)</source>
        <translation>本機的 QEMU/KVM（使用者工作階段）</translation>
    </message>
    <message>
        <source>Remote host over SSH</source>
        <translation>透過 SSH 連線的遠端主機</translation>
    </message>
    <message>
        <source>Remote host over TCP (unencrypted)</source>
        <translation>透過 TCP 連線的遠端主機（未加密）</translation>
    </message>
    <message>
        <source>Remote host over TLS</source>
        <translation>透過 TLS 連線的遠端主機</translation>
    </message>
    <message>
        <source>Resulting URI</source>
        <translation>產生的 URI</translation>
    </message>
    <message>
        <source>The host name may not contain spaces, &apos;/&apos; or &apos;@&apos;.</source>
        <translation>主機名稱不能包含空格、「/」或「@」。</translation>
    </message>
    <message>
        <source>The user name may not contain spaces, &apos;/&apos;, &apos;@&apos; or &apos;:&apos;.</source>
        <translation>使用者名稱不能包含空格、「/」、「@」或「:」。</translation>
    </message>
    <message>
        <source>This connection is already in the list.</source>
        <translation>這個連線已經在清單中。</translation>
    </message>
    <message>
        <source>U&amp;RI:</source>
        <translation>URI(&amp;R)：</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <source>Will connect to:</source>
        <translation>將連線到：</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>closed</source>
        <translation>已關閉</translation>
    </message>
    <message>
        <source>connection error</source>
        <translation>連線錯誤</translation>
    </message>
    <message>
        <source>the host closed the connection</source>
        <translation>主機關閉了連線</translation>
    </message>
    <message>
        <source>the host stopped answering (keepalive)</source>
        <translation>主機停止回應（keepalive）</translation>
    </message>
</context>
<context>
    <name>ConsolePage</name>
    <message>
        <source>%1 — Console</source>
        <translation>%1 — 主控台</translation>
    </message>
    <message>
        <source>&amp;Add a Serial Port…</source>
        <translation>新增序列埠(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Bring It Back Here</source>
        <translation>帶回這裡(&amp;B)</translation>
    </message>
    <message>
        <source>Add a &amp;Display…</source>
        <translation>新增顯示(&amp;D)…</translation>
    </message>
    <message>
        <source>Add a display</source>
        <translation>新增顯示</translation>
    </message>
    <message>
        <source>Add a serial port</source>
        <translation>新增序列埠</translation>
    </message>
    <message>
        <source>Bring the console back to this page</source>
        <translation>把主控台帶回這個頁面</translation>
    </message>
    <message>
        <source>Con&amp;sole:</source>
        <translation>主控台(&amp;S)：</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>主控台</translation>
    </message>
    <message>
        <source>Console device</source>
        <translation>主控台裝置</translation>
    </message>
    <message>
        <source>Console status</source>
        <translation>主控台狀態</translation>
    </message>
    <message>
        <source>Open in a &amp;Window</source>
        <translation>在視窗中開啟(&amp;W)</translation>
    </message>
    <message>
        <source>Open the console in a window</source>
        <translation>在視窗中開啟主控台</translation>
    </message>
    <message>
        <source>Show the console in a window of its own (F11 there: full screen)</source>
        <translation>在獨立的視窗中顯示主控台（在那裡按 F11：全螢幕）</translation>
    </message>
    <message>
        <source>The console is shown in its own window.</source>
        <translation>主控台顯示在它自己的視窗中。</translation>
    </message>
    <message>
        <source>This VM has no console that can be shown here. A display (VNC or SPICE) shows its screen, a serial port (pty) gives it a text console; add one, then restart the VM.</source>
        <translation>這部虛擬機器沒有可在這裡顯示的主控台。顯示裝置（VNC 或 SPICE）會顯示它的畫面，序列埠（pty）提供文字主控台；請新增其中之一，然後重新啟動虛擬機器。</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>&amp;Back to Details</source>
        <translation>回到詳細資料(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>全螢幕(&amp;F)</translation>
    </message>
    <message>
        <source>Back to details</source>
        <translation>回到詳細資料</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>主控台</translation>
    </message>
    <message>
        <source>Console toolbar</source>
        <translation>主控台工具列</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>全螢幕</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message numerus="yes">
        <source>%n errors so far, of %1 kinds: all are in the report.</source>
        <translation>
            <numerusform>到目前為止共 %n 個錯誤，分為 %1 種：都在報告中。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copied</source>
        <translation>已複製(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Copy Report</source>
        <translation>複製報告(&amp;C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Copy the report to the clipboard</source>
        <translation>把報告複製到剪貼簿</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>錯誤報告</translation>
    </message>
    <message>
        <source>How often it happened</source>
        <translation>發生的次數</translation>
    </message>
    <message>
        <source>The error</source>
        <translation>錯誤內容</translation>
    </message>
    <message numerus="yes">
        <source>This error happened %n times.</source>
        <translation>
            <numerusform>這個錯誤發生了 %n 次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>非預期的錯誤</translation>
    </message>
    <message>
        <source>kvmgui ran into an error it did not expect. It keeps running, but what you were doing may not have finished. Please copy the report below into a bug report.</source>
        <translation>kvmgui 遇到了非預期的錯誤。它會繼續執行，但你正在做的事可能沒有完成。請把下面的報告複製到錯誤回報中。</translation>
    </message>
    <message>
        <source>kvmgui: unexpected error</source>
        <translation>kvmgui：非預期的錯誤</translation>
    </message>
</context>
<context>
    <name>DetailsWindow</name>
    <message>
        <source>Console</source>
        <translation>主控台</translation>
    </message>
    <message>
        <source>Network card %1 has had no IP address for a while: its page offers the troubleshooter.</source>
        <translation>網路卡 %1 已有一段時間沒有 IP 位址：它的頁面提供疑難排解工具。</translation>
    </message>
</context>
<context>
    <name>DnsEntryDialog</name>
    <message>
        <source>&amp;IP address:</source>
        <translation>IP 位址(&amp;I)：</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid host name.</source>
        <translation>「%1」不是有效的主機名稱。</translation>
    </message>
    <message>
        <source>DNS host record</source>
        <translation>DNS 主機記錄</translation>
    </message>
    <message>
        <source>Enter an IP address.</source>
        <translation>請輸入 IP 位址。</translation>
    </message>
    <message>
        <source>Enter at least one host name.</source>
        <translation>請至少輸入一個主機名稱。</translation>
    </message>
    <message>
        <source>Host &amp;names:</source>
        <translation>主機名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>Host names, separated by spaces</source>
        <translation>主機名稱，以空格分隔</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP 位址</translation>
    </message>
</context>
<context>
    <name>DomainState</name>
    <message>
        <source>Crashed</source>
        <translation>已當機</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暫停</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>執行中</translation>
    </message>
    <message>
        <source>Shut off</source>
        <translation>已關機</translation>
    </message>
    <message>
        <source>Shutting down</source>
        <translation>正在關機</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>已休眠</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>FullScreenWindow</name>
    <message>
        <source>Graphical console, full screen</source>
        <translation>圖形主控台，全螢幕</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>離開全螢幕</translation>
    </message>
    <message>
        <source>Send key</source>
        <translation>傳送按鍵</translation>
    </message>
</context>
<context>
    <name>GraphicalConsole</name>
    <message>
        <source>&amp;Add a display…</source>
        <translation>新增顯示(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>重新連線(&amp;R)</translation>
    </message>
    <message>
        <source>Actual size (1:1)</source>
        <translation>實際大小（1:1）</translation>
    </message>
    <message>
        <source>Console status</source>
        <translation>主控台狀態</translation>
    </message>
    <message>
        <source>Display password</source>
        <translation>顯示畫面密碼</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>全螢幕</translation>
    </message>
    <message>
        <source>Graphical console</source>
        <translation>圖形主控台</translation>
    </message>
    <message>
        <source>Graphical console toolbar</source>
        <translation>圖形主控台工具列</translation>
    </message>
    <message>
        <source>Keyboard hint</source>
        <translation>鍵盤提示</translation>
    </message>
    <message>
        <source>Open in &amp;virt-viewer</source>
        <translation>在 virt-viewer 中開啟(&amp;V)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 影像 (*.png)</translation>
    </message>
    <message>
        <source>Resize guest to window</source>
        <translation>依視窗調整客體大小</translation>
    </message>
    <message>
        <source>Save screenshot</source>
        <translation>儲存螢幕截圖</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>縮放</translation>
    </message>
    <message>
        <source>Scale to window</source>
        <translation>縮放至視窗大小</translation>
    </message>
    <message>
        <source>Screen area</source>
        <translation>畫面區域</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>螢幕截圖</translation>
    </message>
    <message>
        <source>Scroll the screen sideways</source>
        <translation>左右捲動畫面</translation>
    </message>
    <message>
        <source>Scroll the screen up and down</source>
        <translation>上下捲動畫面</translation>
    </message>
    <message>
        <source>Send key</source>
        <translation>傳送按鍵</translation>
    </message>
    <message>
        <source>The screen is shown full screen.</source>
        <translation>畫面以全螢幕顯示。</translation>
    </message>
    <message>
        <source>The virtual machine&apos;s display asks for a password:</source>
        <translation>虛擬機器的顯示畫面要求輸入密碼：</translation>
    </message>
    <message>
        <source>This guest&apos;s display cannot take the window&apos;s size; scaling instead.</source>
        <translation>這個客體的顯示畫面無法配合視窗大小，改用縮放。</translation>
    </message>
    <message>
        <source>virt-viewer could not start: %1</source>
        <translation>virt-viewer 無法啟動：%1</translation>
    </message>
    <message>
        <source>virt-viewer is running.</source>
        <translation>virt-viewer 正在執行。</translation>
    </message>
    <message>
        <source>virt-viewer status</source>
        <translation>virt-viewer 狀態</translation>
    </message>
</context>
<context>
    <name>GraphicalConsoleView</name>
    <message>
        <source>Graphical console</source>
        <translation>圖形主控台</translation>
    </message>
</context>
<context>
    <name>HostDetailsDialog</name>
    <message>
        <source>Network &amp;map</source>
        <translation>網路地圖(&amp;M)</translation>
    </message>
</context>
<context>
    <name>HostEntryDialog</name>
    <message>
        <source>&amp;IP address:</source>
        <translation>IP 位址(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;MAC address:</source>
        <translation>MAC 位址(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid host name.</source>
        <translation>「%1」不是有效的主機名稱。</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>主機名稱</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP 位址</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC 位址</translation>
    </message>
    <message>
        <source>Static DHCP host</source>
        <translation>靜態 DHCP 主機</translation>
    </message>
    <message>
        <source>This MAC address has a static host already: edit that one.</source>
        <translation>這個 MAC 位址已經有靜態主機設定：請編輯那一筆。</translation>
    </message>
</context>
<context>
    <name>LibvirtEvent</name>
    <message>
        <source>API error</source>
        <translation>API 錯誤</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>已新增</translation>
    </message>
    <message>
        <source>Booted</source>
        <translation>已開機</translation>
    </message>
    <message>
        <source>By guest</source>
        <translation>由客體</translation>
    </message>
    <message>
        <source>By host</source>
        <translation>由主機</translation>
    </message>
    <message>
        <source>Crash loaded</source>
        <translation>已載入當機核心</translation>
    </message>
    <message>
        <source>Crashed</source>
        <translation>已當機</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>已建立</translation>
    </message>
    <message>
        <source>Defined</source>
        <translation>已定義</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已刪除</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>已強制關閉</translation>
    </message>
    <message>
        <source>Device added</source>
        <translation>已新增裝置</translation>
    </message>
    <message>
        <source>Device removal failed</source>
        <translation>移除裝置失敗</translation>
    </message>
    <message>
        <source>Device removed</source>
        <translation>已移除裝置</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>From snapshot</source>
        <translation>從快照</translation>
    </message>
    <message>
        <source>Guest agent</source>
        <translation>客體代理程式</translation>
    </message>
    <message>
        <source>I/O error</source>
        <translation>I/O 錯誤</translation>
    </message>
    <message>
        <source>Media tray</source>
        <translation>媒體托盤</translation>
    </message>
    <message>
        <source>Memory balloon changed</source>
        <translation>記憶體氣球已變更</translation>
    </message>
    <message>
        <source>Metadata changed</source>
        <translation>中繼資料已變更</translation>
    </message>
    <message>
        <source>Migrated</source>
        <translation>已遷移</translation>
    </message>
    <message>
        <source>PM suspended</source>
        <translation>電源暫停</translation>
    </message>
    <message>
        <source>Panicked</source>
        <translation>核心恐慌</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暫停</translation>
    </message>
    <message>
        <source>Post-copy</source>
        <translation>後複製</translation>
    </message>
    <message>
        <source>Post-copy failed</source>
        <translation>後複製失敗</translation>
    </message>
    <message>
        <source>Rebooted</source>
        <translation>已重新開機</translation>
    </message>
    <message>
        <source>Recreated</source>
        <translation>已重新建立</translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>已重新整理</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>已重新命名</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>已還原</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>已繼續</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已儲存</translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation>已關機</translation>
    </message>
    <message>
        <source>Shutdown</source>
        <translation>關機</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>已啟動</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>已暫停</translation>
    </message>
    <message>
        <source>To disk</source>
        <translation>到磁碟</translation>
    </message>
    <message>
        <source>To memory</source>
        <translation>到記憶體</translation>
    </message>
    <message>
        <source>Undefined</source>
        <translation>已取消定義</translation>
    </message>
    <message>
        <source>Unpaused</source>
        <translation>已取消暫停</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>Watchdog</source>
        <translation>監視程式</translation>
    </message>
    <message>
        <source>Woken up</source>
        <translation>已喚醒</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>已連線</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>已中斷連線</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About kvmgui</source>
        <translation>關於 kvmgui(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>Network &amp;Map</source>
        <translation>網路地圖(&amp;M)</translation>
    </message>
</context>
<context>
    <name>NetCheck</name>
    <message>
        <source>%1 is not running: a stopped VM has no address.</source>
        <translation>%1 沒有在執行：停止的虛擬機器沒有位址。</translation>
    </message>
    <message>
        <source>%1 is running.</source>
        <translation>%1 正在執行。</translation>
    </message>
    <message>
        <source>%1 is the host&apos;s address: the guests&apos; gateway.</source>
        <translation>%1 是主機的位址：客體的閘道。</translation>
    </message>
    <message>
        <source>%1 is the network&apos;s broadcast address.</source>
        <translation>%1 是網路的廣播位址。</translation>
    </message>
    <message>
        <source>%1 is the network&apos;s own address (all host bits zero).</source>
        <translation>%1 是網路本身的位址（主機位元全為零）。</translation>
    </message>
    <message>
        <source>%1 replies.</source>
        <translation>%1 有回應。</translation>
    </message>
    <message>
        <source>%1 shows the masquerade rule for %2.</source>
        <translation>%1 顯示了 %2 的偽裝規則。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a MAC address.</source>
        <translation>「%1」不是 MAC 位址。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address.</source>
        <translation>「%1」不是 IP 位址。</translation>
    </message>
    <message>
        <source>A static host entry pins this card to %1, but it holds %2: dnsmasq refuses to renew %2 and hands out %1 when the guest asks again (or restarts).</source>
        <translation>有一筆靜態主機設定把這張網卡固定為 %1，但它目前持有 %2：dnsmasq 拒絕續約 %2，並會在客體再次要求時（或重新啟動後）發給 %1。</translation>
    </message>
    <message>
        <source>A static host entry pins this card to %1, which is outside the network&apos;s subnet %2.</source>
        <translation>有一筆靜態主機設定把這張網卡固定為 %1，但它不在網路的子網路 %2 之內。</translation>
    </message>
    <message>
        <source>Could not check: %1</source>
        <translation>無法檢查：%1</translation>
    </message>
    <message>
        <source>DHCP is off on network %1 (%2): a guest that asks for an address gets none.</source>
        <translation>網路 %1（%2）的 DHCP 已關閉：要求位址的客體拿不到位址。</translation>
    </message>
    <message>
        <source>Every address of the DHCP range (%1) is reserved or leased to other cards.</source>
        <translation>DHCP 範圍（%1）中的每個位址都已保留或租給其他網卡。</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Hand out the addresses %2 – %3 by DHCP on this network, live and in its definition (no restart)?</source>
        <translation>要在這個網路上以 DHCP 發放 %2 – %3 的位址（即時生效並寫入定義，不需重新啟動）嗎？</translation>
    </message>
    <message>
        <source>IP forwarding is off: guests cannot reach beyond the host. As root: sysctl -w net.ipv4.ip_forward=1</source>
        <translation>IP 轉送已關閉：客體無法連到主機以外的地方。以 root 執行：sysctl -w net.ipv4.ip_forward=1</translation>
    </message>
    <message>
        <source>IP forwarding is on (/proc/sys/net/ipv4/ip_forward).</source>
        <translation>IP 轉送已開啟（/proc/sys/net/ipv4/ip_forward）。</translation>
    </message>
    <message>
        <source>In the guest: ip a</source>
        <translation>在客體中：ip a</translation>
    </message>
    <message>
        <source>In the guest: ip route</source>
        <translation>在客體中：ip route</translation>
    </message>
    <message>
        <source>In the guest: ping the gateway</source>
        <translation>在客體中：ping 閘道</translation>
    </message>
    <message>
        <source>In the guest: ping the host</source>
        <translation>在客體中：ping 主機</translation>
    </message>
    <message>
        <source>In the guest: resolve and ping a name</source>
        <translation>在客體中：解析並 ping 一個名稱</translation>
    </message>
    <message>
        <source>It has %1 (lease expires %2).</source>
        <translation>它持有 %1（租約到期時間 %2）。</translation>
    </message>
    <message>
        <source>Its leases can be read (leases now: %1).</source>
        <translation>可以讀取它的租約（目前的租約：%1）。</translation>
    </message>
    <message>
        <source>Its network exists and is active</source>
        <translation>它的網路存在且為使用中</translation>
    </message>
    <message>
        <source>Network %1 (%2 mode) passes guests to the network outside, whose DHCP server hands out the addresses.</source>
        <translation>網路 %1（%2 模式）把客體接到外部網路，由外部網路的 DHCP 伺服器發放位址。</translation>
    </message>
    <message>
        <source>Network %1 hands out %2 on %3.</source>
        <translation>網路 %1 在 %3 上發放 %2。</translation>
    </message>
    <message>
        <source>Network %1 has no IPv4 address, so it cannot hand out IPv4 addresses.</source>
        <translation>網路 %1 沒有 IPv4 位址，因此無法發放 IPv4 位址。</translation>
    </message>
    <message>
        <source>Network %1 is active.</source>
        <translation>網路 %1 為使用中。</translation>
    </message>
    <message>
        <source>Network %1 is stopped: nothing on it forwards packets or hands out addresses.</source>
        <translation>網路 %1 已停止：上面沒有任何東西會轉送封包或發放位址。</translation>
    </message>
    <message>
        <source>Network %1 was restarted while the VM ran: its card (%2) is no longer plugged into the bridge %3.</source>
        <translation>網路 %1 在虛擬機器執行時重新啟動過：它的網卡（%2）已不再接在橋接器 %3 上。</translation>
    </message>
    <message>
        <source>No host route overlaps the network</source>
        <translation>沒有主機路由與網路重疊</translation>
    </message>
    <message>
        <source>No masquerade rule for %1 in %2: a firewall reload may have removed libvirt&apos;s rules (restarting the network puts them back).</source>
        <translation>%2 中沒有 %1 的偽裝規則：防火牆重新載入可能移除了 libvirt 的規則（重新啟動網路即可恢復）。</translation>
    </message>
    <message>
        <source>No other route of the host covers %1.</source>
        <translation>主機沒有其他路由涵蓋 %1。</translation>
    </message>
    <message>
        <source>No reply from %1.</source>
        <translation>%1 沒有回應。</translation>
    </message>
    <message>
        <source>No reserved address stands in the way</source>
        <translation>沒有被保留的位址造成阻礙</translation>
    </message>
    <message>
        <source>No static host entry is in the way.</source>
        <translation>沒有靜態主機設定造成阻礙。</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不適用</translation>
    </message>
    <message>
        <source>Not checked: it depends on &quot;%1&quot;.</source>
        <translation>未檢查：它取決於「%1」。</translation>
    </message>
    <message>
        <source>Note: %1 has this address leased right now; it keeps it until it renews.</source>
        <translation>注意：%1 目前租用著這個位址；在續約前它會一直保有。</translation>
    </message>
    <message>
        <source>Nothing to ping: the address is not known.</source>
        <translation>沒有可 ping 的對象：位址未知。</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通過</translation>
    </message>
    <message>
        <source>Plug the card in again</source>
        <translation>重新插上網卡</translation>
    </message>
    <message>
        <source>Plug this VM&apos;s card into the network&apos;s bridge again? The guest keeps running; only the host side is reconnected.</source>
        <translation>要把這部虛擬機器的網卡重新接到網路的橋接器上嗎？客體會繼續執行，只會重新連接主機端。</translation>
    </message>
    <message>
        <source>Remove the reservation</source>
        <translation>移除保留</translation>
    </message>
    <message>
        <source>Remove the static host entry that reserves %4 for %2 from the network, live and in its definition? That card then gets an address from the range like any other.</source>
        <translation>要從網路中移除為 %2 保留 %4 的靜態主機設定嗎？（即時生效並寫入定義）之後那張網卡會像其他網卡一樣從範圍中取得位址。</translation>
    </message>
    <message>
        <source>Set the link of this network card up, in the running VM and in its definition?</source>
        <translation>要在執行中的虛擬機器及其定義中啟用這張網卡的連結嗎？</translation>
    </message>
    <message>
        <source>Set the link up</source>
        <translation>啟用連結</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已略過</translation>
    </message>
    <message>
        <source>Skipped: neither iptables nor nft is installed here.</source>
        <translation>已略過：這裡沒有安裝 iptables 或 nft。</translation>
    </message>
    <message>
        <source>Skipped: no answer within %1 s.</source>
        <translation>已略過：%1 秒內沒有回應。</translation>
    </message>
    <message>
        <source>Skipped: no guest agent answers (%1). Install qemu-guest-agent in the guest and give the VM a guest agent channel to check inside the guest.</source>
        <translation>已略過：沒有客體代理程式回應（%1）。請在客體中安裝 qemu-guest-agent，並為虛擬機器加上客體代理程式通道，才能在客體內部檢查。</translation>
    </message>
    <message>
        <source>Skipped: reading the firewall rules (%1) needs root.</source>
        <translation>已略過：讀取防火牆規則（%1）需要 root 權限。</translation>
    </message>
    <message>
        <source>Skipped: running commands in the guest was not allowed.</source>
        <translation>已略過：不允許在客體中執行指令。</translation>
    </message>
    <message>
        <source>Skipped: the host is another machine; kvmgui can only look at this one.</source>
        <translation>已略過：主機是另一台機器；kvmgui 只能查看這一台。</translation>
    </message>
    <message>
        <source>Skipped: the network&apos;s bridge %1 is not visible from here (the host&apos;s networking lives in another network namespace or machine).</source>
        <translation>已略過：從這裡看不到網路的橋接器 %1（主機的網路位於另一個網路命名空間或另一台機器）。</translation>
    </message>
    <message>
        <source>Start the VM</source>
        <translation>啟動虛擬機器</translation>
    </message>
    <message>
        <source>Start the VM?</source>
        <translation>要啟動虛擬機器嗎？</translation>
    </message>
    <message>
        <source>Start the network</source>
        <translation>啟動網路</translation>
    </message>
    <message>
        <source>Start the network, and plug the cards of the VMs running on it into it again?</source>
        <translation>要啟動網路，並把在上面執行的虛擬機器網卡重新接上嗎？</translation>
    </message>
    <message>
        <source>The QEMU guest agent answers.</source>
        <translation>QEMU 客體代理程式有回應。</translation>
    </message>
    <message>
        <source>The VM has a DHCP lease</source>
        <translation>虛擬機器有 DHCP 租約</translation>
    </message>
    <message>
        <source>The VM has no network card with the MAC address %1.</source>
        <translation>虛擬機器沒有 MAC 位址為 %1 的網卡。</translation>
    </message>
    <message>
        <source>The VM runs</source>
        <translation>虛擬機器正在執行</translation>
    </message>
    <message>
        <source>The address %1 is reserved for another card (%2 %3), so dnsmasq will not give it to this one.</source>
        <translation>位址 %1 已保留給另一張網卡（%2 %3），所以 dnsmasq 不會把它發給這張網卡。</translation>
    </message>
    <message>
        <source>The address is already reserved for another card (%1 %2).</source>
        <translation>這個位址已保留給另一張網卡（%1 %2）。</translation>
    </message>
    <message>
        <source>The address must be inside %1.</source>
        <translation>位址必須在 %1 之內。</translation>
    </message>
    <message>
        <source>The card is connected to network %1, which does not exist on this host.</source>
        <translation>網卡連接到網路 %1，但這台主機上沒有這個網路。</translation>
    </message>
    <message>
        <source>The card is of type %1, not on a libvirt network.</source>
        <translation>網卡的類型是 %1，不在 libvirt 網路上。</translation>
    </message>
    <message>
        <source>The card sits on the host bridge %1: its address comes from the DHCP server of the network outside (your router), which libvirt cannot see.</source>
        <translation>網卡接在主機橋接器 %1 上：它的位址來自外部網路（你的路由器）的 DHCP 伺服器，libvirt 看不到。</translation>
    </message>
    <message>
        <source>The card uses macvtap on %1: its address comes from the DHCP server of the network outside. (With macvtap the guest and the host cannot reach each other.)</source>
        <translation>網卡在 %1 上使用 macvtap：它的位址來自外部網路的 DHCP 伺服器。（使用 macvtap 時，客體與主機無法互相連線。）</translation>
    </message>
    <message>
        <source>The card&apos;s link is down, as if its cable were pulled: the guest cannot send anything (virsh domif-getlink says &quot;down&quot;).</source>
        <translation>網卡的連結中斷，就像拔掉了網路線：客體無法傳送任何東西（virsh domif-getlink 顯示「down」）。</translation>
    </message>
    <message>
        <source>The command failed (exit code %1).</source>
        <translation>指令失敗（結束代碼 %1）。</translation>
    </message>
    <message>
        <source>The command worked.</source>
        <translation>指令成功。</translation>
    </message>
    <message>
        <source>The default route goes via %1.</source>
        <translation>預設路由經由 %1。</translation>
    </message>
    <message>
        <source>The guest agent answers</source>
        <translation>客體代理程式有回應</translation>
    </message>
    <message>
        <source>The guest cannot resolve %1: check its DNS server (the gateway, for libvirt networks).</source>
        <translation>客體無法解析 %1：請檢查它的 DNS 伺服器（libvirt 網路的 DNS 伺服器就是閘道）。</translation>
    </message>
    <message>
        <source>The guest could not run the command: %1</source>
        <translation>客體無法執行指令：%1</translation>
    </message>
    <message>
        <source>The guest has no default route: it cannot reach beyond its own subnet.</source>
        <translation>客體沒有預設路由：無法連到自己的子網路以外。</translation>
    </message>
    <message>
        <source>The guest sees no card with the MAC address %1: a driver may be missing.</source>
        <translation>客體看不到 MAC 位址為 %1 的網卡：可能缺少驅動程式。</translation>
    </message>
    <message>
        <source>The guest sees the card %1 but it has no IPv4 address: is its DHCP client running?</source>
        <translation>客體看得到網卡 %1，但它沒有 IPv4 位址：客體的 DHCP 用戶端有在執行嗎？</translation>
    </message>
    <message>
        <source>The guest sees the card and an address</source>
        <translation>客體看得到網卡和位址</translation>
    </message>
    <message>
        <source>The guest&apos;s card %1 has %2.</source>
        <translation>客體的網卡 %1 持有 %2。</translation>
    </message>
    <message>
        <source>The guest&apos;s default route goes via %1, not via the network&apos;s gateway %2.</source>
        <translation>客體的預設路由經由 %1，而不是網路的閘道 %2。</translation>
    </message>
    <message>
        <source>The host forwards IP packets</source>
        <translation>主機會轉送 IP 封包</translation>
    </message>
    <message>
        <source>The host routes %2 through %3, which overlaps the network&apos;s subnet %1: replies to the guests go the wrong way.</source>
        <translation>主機經由 %3 路由 %2，與網路的子網路 %1 重疊：給客體的回覆會走錯路。</translation>
    </message>
    <message>
        <source>The leases could not be read: %1</source>
        <translation>無法讀取租約：%1</translation>
    </message>
    <message>
        <source>The network always gives this card %1.</source>
        <translation>網路一律把 %1 發給這張網卡。</translation>
    </message>
    <message>
        <source>The network card&apos;s link is up</source>
        <translation>網卡的連結已啟用</translation>
    </message>
    <message>
        <source>The network does not use NAT (%1 mode).</source>
        <translation>網路沒有使用 NAT（%1 模式）。</translation>
    </message>
    <message>
        <source>The network hands out addresses (DHCP)</source>
        <translation>網路會發放位址（DHCP）</translation>
    </message>
    <message>
        <source>The network has no lease for %1: the guest has not asked for an address, or its request did not arrive.</source>
        <translation>網路沒有 %1 的租約：客體沒有要求位址，或它的要求沒有送達。</translation>
    </message>
    <message>
        <source>The network&apos;s DHCP server answers</source>
        <translation>網路的 DHCP 伺服器有回應</translation>
    </message>
    <message>
        <source>The virtual cable is plugged in.</source>
        <translation>虛擬網路線已插上。</translation>
    </message>
    <message>
        <source>This network has no IPv4 subnet of its own: addresses come from outside.</source>
        <translation>這個網路沒有自己的 IPv4 子網路：位址來自外部。</translation>
    </message>
    <message>
        <source>Turn DHCP on</source>
        <translation>開啟 DHCP</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>libvirt&apos;s NAT rules are in place</source>
        <translation>libvirt 的 NAT 規則已就緒</translation>
    </message>
</context>
<context>
    <name>NetworkHosts</name>
    <message>
        <source>Host names</source>
        <translation>主機名稱</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP 位址</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC 位址</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
</context>
<context>
    <name>NetworkHostsView</name>
    <message>
        <source>DNS host records</source>
        <translation>DNS 主機記錄</translation>
    </message>
    <message>
        <source>DNS record</source>
        <translation>DNS 記錄</translation>
    </message>
    <message>
        <source>Remove DNS record</source>
        <translation>移除 DNS 記錄</translation>
    </message>
    <message>
        <source>Remove static host</source>
        <translation>移除靜態主機</translation>
    </message>
    <message>
        <source>Remove the DNS record %1 → %2?</source>
        <translation>要移除 DNS 記錄 %1 → %2 嗎？</translation>
    </message>
    <message>
        <source>Remove the static host %1 (%2)? That card then gets an address from the DHCP range.</source>
        <translation>要移除靜態主機 %1（%2）嗎？之後那張網卡會從 DHCP 範圍中取得位址。</translation>
    </message>
    <message>
        <source>Static DHCP hosts</source>
        <translation>靜態 DHCP 主機</translation>
    </message>
    <message>
        <source>Static hosts and DNS records</source>
        <translation>靜態主機與 DNS 記錄</translation>
    </message>
    <message>
        <source>change the DNS record</source>
        <translation>變更 DNS 記錄</translation>
    </message>
    <message>
        <source>change the static host</source>
        <translation>變更靜態主機</translation>
    </message>
    <message>
        <source>remove the DNS record</source>
        <translation>移除 DNS 記錄</translation>
    </message>
    <message>
        <source>remove the static host</source>
        <translation>移除靜態主機</translation>
    </message>
    <message>
        <source>static host</source>
        <translation>靜態主機</translation>
    </message>
</context>
<context>
    <name>NetworkMapDock</name>
    <message>
        <source>Network map</source>
        <translation>網路地圖</translation>
    </message>
    <message>
        <source>Network map dock</source>
        <translation>網路地圖停駐面板</translation>
    </message>
</context>
<context>
    <name>NetworkMapModel</name>
    <message>
        <source>Details</source>
        <translation>詳細資料</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
</context>
<context>
    <name>NetworkMapPanel</name>
    <message>
        <source>Network map panel</source>
        <translation>網路地圖面板</translation>
    </message>
</context>
<context>
    <name>NetworkMapScene</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>click here to collapse</source>
        <translation>按這裡收合</translation>
    </message>
    <message>
        <source>click to show all</source>
        <translation>按一下以顯示全部</translation>
    </message>
</context>
<context>
    <name>NetworkMapWidget</name>
    <message>
        <source>&amp;Fit</source>
        <translation>符合視窗(&amp;F)</translation>
    </message>
    <message>
        <source>A drawing of the hosts, their networks and the VMs on them; the tree beside it has the same facts.</source>
        <translation>主機、其網路以及網路上虛擬機器的示意圖；旁邊的樹狀檢視列出相同的資訊。</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>無法儲存 %1：%2</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>匯出 PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>Export &amp;SVG…</source>
        <translation>匯出 SVG(&amp;S)…</translation>
    </message>
    <message>
        <source>Export the map as PNG</source>
        <translation>將地圖匯出為 PNG</translation>
    </message>
    <message>
        <source>Export the map as SVG</source>
        <translation>將地圖匯出為 SVG</translation>
    </message>
    <message>
        <source>Export the network map</source>
        <translation>匯出網路地圖</translation>
    </message>
    <message>
        <source>Fit the map into view</source>
        <translation>讓地圖符合檢視範圍</translation>
    </message>
    <message>
        <source>Network map</source>
        <translation>網路地圖</translation>
    </message>
    <message>
        <source>Network map panel</source>
        <translation>網路地圖面板</translation>
    </message>
    <message>
        <source>Network map status</source>
        <translation>網路地圖狀態</translation>
    </message>
    <message>
        <source>Network map tree</source>
        <translation>網路地圖樹狀檢視</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 影像 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 繪圖 (*.svg)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已儲存 %1。</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
</context>
<context>
    <name>NetworksPanel</name>
    <message>
        <source>%1 network %2</source>
        <translation>%1 網路 %2</translation>
    </message>
    <message>
        <source>Addresses of the network</source>
        <translation>網路的位址</translation>
    </message>
    <message>
        <source>Autostart off</source>
        <translation>自動啟動：關</translation>
    </message>
    <message>
        <source>Autostart on</source>
        <translation>自動啟動：開</translation>
    </message>
    <message>
        <source>DHCP &amp;leases</source>
        <translation>DHCP 租約(&amp;L)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Show &amp;Command</source>
        <translation>顯示指令(&amp;C)</translation>
    </message>
    <message>
        <source>Show command</source>
        <translation>顯示指令</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>啟動</translation>
    </message>
    <message>
        <source>Static &amp;hosts and DNS</source>
        <translation>靜態主機與 DNS(&amp;H)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
</context>
<context>
    <name>NewVm</name>
    <message>
        <source>%1 cannot be read (permission denied).</source>
        <translation>無法讀取 %1（權限不足）。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is a multicast or all-zero address; use a unicast one.</source>
        <translation>%1 是多播或全零位址；請使用單播位址。</translation>
    </message>
    <message>
        <source>%1 is not a device.</source>
        <translation>%1 不是裝置。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是檔案。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a volume name: it must not be empty or contain &apos;/&apos;.</source>
        <translation>「%1」不能當作磁碟區名稱：它不能是空的，也不能包含「/」。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a MAC address like 52:54:00:12:34:56.</source>
        <translation>「%1」不是像 52:54:00:12:34:56 這樣的 MAC 位址。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name: use letters, digits and &apos;-&apos;, at most 63 between dots.</source>
        <translation>「%1」不是主機名稱：請使用字母、數字和「-」，兩個點之間最多 63 個字元。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a user name: start with a lower-case letter or &apos;_&apos;, then use lower-case letters, digits, &apos;_&apos; or &apos;-&apos; (at most 32).</source>
        <translation>「%1」不是使用者名稱：請以小寫字母或「_」開頭，之後使用小寫字母、數字、「_」或「-」（最多 32 個）。</translation>
    </message>
    <message>
        <source>A cloud image needs a new volume for its disk; the image itself stays unchanged.</source>
        <translation>雲端映像檔需要一個新的磁碟區作為磁碟；映像檔本身保持不變。</translation>
    </message>
    <message>
        <source>Choose a storage pool.</source>
        <translation>請選擇儲存集區。</translation>
    </message>
    <message>
        <source>Choose a user other than root; root&apos;s login is set separately.</source>
        <translation>請選擇 root 以外的使用者；root 的登入另外設定。</translation>
    </message>
    <message>
        <source>Choose the ISO image to install from.</source>
        <translation>請選擇要用來安裝的 ISO 映像檔。</translation>
    </message>
    <message>
        <source>Choose the ISO volume to install from.</source>
        <translation>請選擇要用來安裝的 ISO 磁碟區。</translation>
    </message>
    <message>
        <source>Choose the cloud image to start from.</source>
        <translation>請選擇作為起點的雲端映像檔。</translation>
    </message>
    <message>
        <source>Choose the disk image.</source>
        <translation>請選擇磁碟映像檔。</translation>
    </message>
    <message>
        <source>Choose the existing disk image or volume to import.</source>
        <translation>請選擇要匯入的現有磁碟映像檔或磁碟區。</translation>
    </message>
    <message>
        <source>Choose the host&apos;s CD-ROM drive.</source>
        <translation>請選擇主機的光碟機。</translation>
    </message>
    <message>
        <source>Choose the kernel to boot.</source>
        <translation>請選擇要開機的核心。</translation>
    </message>
    <message>
        <source>Choose the network, bridge or device to connect to.</source>
        <translation>請選擇要連接的網路、橋接器或裝置。</translation>
    </message>
    <message>
        <source>Enter a name for the virtual machine.</source>
        <translation>請為虛擬機器輸入名稱。</translation>
    </message>
    <message>
        <source>Enter the name of the user the password is for.</source>
        <translation>請輸入這個密碼所屬的使用者名稱。</translation>
    </message>
    <message>
        <source>Give the new disk a size.</source>
        <translation>請為新磁碟指定大小。</translation>
    </message>
    <message>
        <source>Network boot needs a network connection.</source>
        <translation>網路開機需要網路連線。</translation>
    </message>
    <message>
        <source>Nobody will be able to log in: give a password or an SSH key.</source>
        <translation>沒有人能夠登入：請提供密碼或 SSH 金鑰。</translation>
    </message>
    <message>
        <source>Root login with a password needs a password.</source>
        <translation>以密碼登入 root 需要密碼。</translation>
    </message>
    <message>
        <source>Root login with an SSH key needs an SSH key.</source>
        <translation>以 SSH 金鑰登入 root 需要 SSH 金鑰。</translation>
    </message>
    <message>
        <source>SSH key %1 is a private key; paste the public key (the .pub file) instead.</source>
        <translation>SSH 金鑰 %1 是私密金鑰；請改貼上公開金鑰（.pub 檔案）。</translation>
    </message>
    <message>
        <source>SSH key %1 is not a public key like &apos;ssh-ed25519 AAAA… comment&apos;.</source>
        <translation>SSH 金鑰 %1 不是像「ssh-ed25519 AAAA… comment」這樣的公開金鑰。</translation>
    </message>
    <message>
        <source>Storage pool &apos;%1&apos; already has a volume named &apos;%2&apos;.</source>
        <translation>儲存集區「%1」已經有名為「%2」的磁碟區。</translation>
    </message>
    <message>
        <source>Storage pool &apos;%1&apos; has no volume named &apos;%2&apos;.</source>
        <translation>儲存集區「%1」沒有名為「%2」的磁碟區。</translation>
    </message>
    <message>
        <source>Storage pool &apos;%1&apos; is not running; start it first.</source>
        <translation>儲存集區「%1」沒有在執行；請先啟動它。</translation>
    </message>
    <message>
        <source>The disk may grow to %1 but storage pool &apos;%2&apos; has only %3 free; the guest&apos;s writes will fail once the pool is full.</source>
        <translation>磁碟最多可能成長到 %1，但儲存集區「%2」只剩 %3 可用；集區滿了之後，客體的寫入會失敗。</translation>
    </message>
    <message>
        <source>The disk needs %1 but storage pool &apos;%2&apos; has only %3 free.</source>
        <translation>磁碟需要 %1，但儲存集區「%2」只剩 %3 可用。</translation>
    </message>
    <message>
        <source>The extra user-data is not valid YAML (line %1): %2</source>
        <translation>額外的 user-data 不是有效的 YAML（第 %1 行）：%2</translation>
    </message>
    <message>
        <source>The extra user-data must be a YAML mapping of keys to values.</source>
        <translation>額外的 user-data 必須是鍵對應到值的 YAML 對映。</translation>
    </message>
    <message>
        <source>The host has only %1 of memory.</source>
        <translation>主機只有 %1 的記憶體。</translation>
    </message>
    <message>
        <source>The host has only %n CPU(s); more virtual CPUs than that make the guest slower, not faster.</source>
        <translation>主機只有 %n 顆 CPU；虛擬 CPU 比這個多只會讓客體變慢，不會變快。</translation>
    </message>
    <message>
        <source>The name is too long: use at most %1 characters.</source>
        <translation>名稱太長：最多使用 %1 個字元。</translation>
    </message>
    <message>
        <source>The network configuration is not valid YAML (line %1): %2</source>
        <translation>網路設定不是有效的 YAML（第 %1 行）：%2</translation>
    </message>
    <message>
        <source>The network configuration must be a YAML mapping of keys to values.</source>
        <translation>網路設定必須是鍵對應到值的 YAML 對映。</translation>
    </message>
    <message>
        <source>The operating system needs a TPM 2.0, but this host cannot emulate one (swtpm is missing).</source>
        <translation>作業系統需要 TPM 2.0，但這台主機無法模擬（缺少 swtpm）。</translation>
    </message>
    <message>
        <source>The operating system needs a disk of at least %1.</source>
        <translation>作業系統需要至少 %1 的磁碟。</translation>
    </message>
    <message>
        <source>The operating system needs at least %1 of memory.</source>
        <translation>作業系統需要至少 %1 的記憶體。</translation>
    </message>
    <message>
        <source>The operating system needs at least %n virtual CPU(s).</source>
        <translation>作業系統需要至少 %n 顆虛擬 CPU。</translation>
    </message>
    <message>
        <source>The operating system starts only with UEFI firmware.</source>
        <translation>作業系統只能以 UEFI 韌體啟動。</translation>
    </message>
    <message>
        <source>The password is not stored as a SHA-512 hash.</source>
        <translation>密碼沒有以 SHA-512 雜湊儲存。</translation>
    </message>
    <message>
        <source>This host already has a virtual machine named &apos;%1&apos;.</source>
        <translation>這台主機已經有名為「%1」的虛擬機器。</translation>
    </message>
    <message>
        <source>This host cannot run %1 guests.</source>
        <translation>這台主機無法執行 %1 客體。</translation>
    </message>
    <message>
        <source>This host cannot use KVM for %1 guests; choose QEMU emulation instead.</source>
        <translation>這台主機無法為 %1 客體使用 KVM；請改選 QEMU 模擬。</translation>
    </message>
    <message>
        <source>This host does not offer %1 graphics.</source>
        <translation>這台主機不提供 %1 圖形。</translation>
    </message>
    <message>
        <source>This host does not offer the CPU mode %1.</source>
        <translation>這台主機不提供 CPU 模式 %1。</translation>
    </message>
    <message>
        <source>This host does not offer the firmware %1.</source>
        <translation>這台主機不提供韌體 %1。</translation>
    </message>
    <message>
        <source>This host gives a virtual machine at most %n virtual CPU(s).</source>
        <translation>這台主機最多給一部虛擬機器 %n 顆虛擬 CPU。</translation>
    </message>
    <message>
        <source>This host has no Secure Boot firmware for this machine type.</source>
        <translation>這台主機沒有這個機器類型的安全開機韌體。</translation>
    </message>
    <message>
        <source>This host has no UEFI firmware for this machine type.</source>
        <translation>這台主機沒有這個機器類型的 UEFI 韌體。</translation>
    </message>
    <message>
        <source>This host has no machine type &apos;%1&apos; for %2 guests.</source>
        <translation>這台主機沒有適用於 %2 客體的機器類型「%1」。</translation>
    </message>
    <message>
        <source>This host has no storage pool named &apos;%1&apos;.</source>
        <translation>這台主機沒有名為「%1」的儲存集區。</translation>
    </message>
    <message>
        <source>This host has no virtual network named &apos;%1&apos;.</source>
        <translation>這台主機沒有名為「%1」的虛擬網路。</translation>
    </message>
    <message>
        <source>This machine type has no %1 disk bus.</source>
        <translation>這個機器類型沒有 %1 磁碟匯流排。</translation>
    </message>
    <message>
        <source>Use only letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos; in the name, and do not start it with &apos;.&apos; or &apos;-&apos;.</source>
        <translation>名稱只能使用字母、數字、「_」、「.」和「-」，且不能以「.」或「-」開頭。</translation>
    </message>
    <message>
        <source>Virtual network &apos;%1&apos; is not running; the virtual machine cannot start until it is.</source>
        <translation>虛擬網路「%1」沒有在執行；在它執行之前，虛擬機器無法啟動。</translation>
    </message>
    <message>
        <source>Without a network, cloud-init cannot reach anything and nobody can reach the guest over SSH.</source>
        <translation>沒有網路的話，cloud-init 連不到任何地方，也沒有人能透過 SSH 連到客體。</translation>
    </message>
</context>
<context>
    <name>NicPage</name>
    <message>
        <source>&amp;Why has this VM no address?</source>
        <translation>為什麼這部虛擬機器沒有位址(&amp;W)？</translation>
    </message>
    <message>
        <source>Troubleshooter: why has this VM no address</source>
        <translation>疑難排解：為什麼這部虛擬機器沒有位址</translation>
    </message>
</context>
<context>
    <name>NoAddressOffer</name>
    <message>
        <source>&amp;Troubleshoot…</source>
        <translation>疑難排解(&amp;T)…</translation>
    </message>
    <message>
        <source>No address</source>
        <translation>沒有位址</translation>
    </message>
    <message numerus="yes">
        <source>This card has had no IP address for %n second(s).</source>
        <translation>
            <numerusform>這張網卡已有 %n 秒沒有 IP 位址。</numerusform>
        </translation>
    </message>
    <message>
        <source>Troubleshoot the missing address</source>
        <translation>排解缺少位址的問題</translation>
    </message>
</context>
<context>
    <name>OsName</name>
    <message>
        <source>Generic Linux</source>
        <translation>一般 Linux</translation>
    </message>
    <message>
        <source>Generic Windows</source>
        <translation>一般 Windows</translation>
    </message>
    <message>
        <source>Other operating system</source>
        <translation>其他作業系統</translation>
    </message>
</context>
<context>
    <name>PinBox</name>
    <message>
        <source>&amp;Address:</source>
        <translation>位址(&amp;A)：</translation>
    </message>
    <message>
        <source>Address to give this VM</source>
        <translation>要給這部虛擬機器的位址</translation>
    </message>
    <message>
        <source>Always &amp;give this VM this address</source>
        <translation>一律給這部虛擬機器這個位址(&amp;G)</translation>
    </message>
    <message>
        <source>Always give this VM this address</source>
        <translation>一律給這部虛擬機器這個位址</translation>
    </message>
    <message>
        <source>Enter an address</source>
        <translation>請輸入位址</translation>
    </message>
    <message>
        <source>Fixed address</source>
        <translation>固定位址</translation>
    </message>
    <message>
        <source>Fixed address status</source>
        <translation>固定位址狀態</translation>
    </message>
    <message>
        <source>Network %1 always gives this card %2.</source>
        <translation>網路 %1 一律把 %2 發給這張網卡。</translation>
    </message>
    <message>
        <source>Network %1 does not exist on this host.</source>
        <translation>這台主機上沒有網路 %1。</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>未變更：%1</translation>
    </message>
    <message>
        <source>Pin address</source>
        <translation>固定位址</translation>
    </message>
    <message>
        <source>Pinned: the VM gets %1 when it renews its lease or restarts.</source>
        <translation>已固定：虛擬機器續約或重新啟動時會取得 %1。</translation>
    </message>
    <message>
        <source>Pinning…</source>
        <translation>固定中…</translation>
    </message>
    <message>
        <source>Show &amp;Command</source>
        <translation>顯示指令(&amp;C)</translation>
    </message>
    <message>
        <source>Show the command that pins the address</source>
        <translation>顯示固定位址的指令</translation>
    </message>
    <message>
        <source>The address is not fixed: it may change when the lease ends.</source>
        <translation>位址沒有固定：租約結束時可能會改變。</translation>
    </message>
    <message>
        <source>U&amp;npin</source>
        <translation>取消固定(&amp;N)</translation>
    </message>
    <message>
        <source>Unpin the address</source>
        <translation>取消固定位址</translation>
    </message>
    <message>
        <source>Unpinned: the address may change when the lease ends.</source>
        <translation>已取消固定：租約結束時位址可能會改變。</translation>
    </message>
    <message>
        <source>Unpinning…</source>
        <translation>取消固定中…</translation>
    </message>
    <message>
        <source>e.g. 192.168.122.10</source>
        <translation>例如 192.168.122.10</translation>
    </message>
</context>
<context>
    <name>PoolCheck</name>
    <message>
        <source>%1 does not exist on the host yet; it appears once the host sees such devices.</source>
        <translation>主機上還沒有 %1；主機偵測到這類裝置後就會出現。</translation>
    </message>
    <message>
        <source>%1 does not exist on the host.</source>
        <translation>主機上沒有 %1。</translation>
    </message>
    <message>
        <source>%1 does not exist on the host. Create it, or turn on &quot;Build&quot; so libvirt creates it.</source>
        <translation>主機上沒有 %1。請建立它，或開啟「建置」讓 libvirt 建立它。</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 列出了兩次。</translation>
    </message>
    <message>
        <source>%1 is not a valid volume group name: use letters, digits, &apos;+&apos;, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;, not starting with &apos;-&apos;.</source>
        <translation>%1 不是有效的磁碟區群組名稱：請使用字母、數字、「+」、「_」、「.」和「-」，且不能以「-」開頭。</translation>
    </message>
    <message>
        <source>A world wide name has 16 hexadecimal digits, such as 20000000c9831b4b.</source>
        <translation>全球名稱（WWN）有 16 個十六進位數字，例如 20000000c9831b4b。</translation>
    </message>
    <message>
        <source>Building this pool needs at least one device to create it on.</source>
        <translation>建置這個集區至少需要一個用來建立它的裝置。</translation>
    </message>
    <message>
        <source>Building with overwrite destroys everything stored on %1.</source>
        <translation>以覆寫方式建置會摧毀 %1 上儲存的所有資料。</translation>
    </message>
    <message>
        <source>Choose the libvirt secret that holds the password or key.</source>
        <translation>請選擇存放密碼或金鑰的 libvirt secret。</translation>
    </message>
    <message>
        <source>Enter the SCSI host adapter&apos;s name, such as host0.</source>
        <translation>請輸入 SCSI 主機配接器的名稱，例如 host0。</translation>
    </message>
    <message>
        <source>Enter the device to use, such as /dev/sdb1.</source>
        <translation>請輸入要使用的裝置，例如 /dev/sdb1。</translation>
    </message>
    <message>
        <source>Enter the exported directory, such as /srv/images.</source>
        <translation>請輸入匯出的目錄，例如 /srv/images。</translation>
    </message>
    <message>
        <source>Enter the name of the Ceph pool.</source>
        <translation>請輸入 Ceph 集區的名稱。</translation>
    </message>
    <message>
        <source>Enter the name of the Gluster volume.</source>
        <translation>請輸入 Gluster 磁碟區的名稱。</translation>
    </message>
    <message>
        <source>Enter the name of the ZFS pool.</source>
        <translation>請輸入 ZFS 集區的名稱。</translation>
    </message>
    <message>
        <source>Enter the name of the share.</source>
        <translation>請輸入共用資料夾的名稱。</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name or IP address.</source>
        <translation>請輸入伺服器的主機名稱或 IP 位址。</translation>
    </message>
    <message>
        <source>Enter the share name without a leading &apos;/&apos;, such as images.</source>
        <translation>請輸入不含開頭「/」的共用資料夾名稱，例如 images。</translation>
    </message>
    <message>
        <source>Enter the target path: the directory on the host where the pool&apos;s volumes appear.</source>
        <translation>請輸入目標路徑：主機上顯示集區磁碟區的目錄。</translation>
    </message>
    <message>
        <source>Enter the user name to log in with.</source>
        <translation>請輸入登入用的使用者名稱。</translation>
    </message>
    <message>
        <source>Give one mount option per line, without spaces or commas, such as vers=4.2.</source>
        <translation>每行一個掛載選項，不含空格或逗號，例如 vers=4.2。</translation>
    </message>
    <message>
        <source>Pools of this type cannot be built; turn &quot;Build&quot; off.</source>
        <translation>這類集區無法建置；請關閉「建置」。</translation>
    </message>
    <message>
        <source>The pool %1 already uses %2; choose another directory.</source>
        <translation>集區 %1 已經使用 %2；請選擇其他目錄。</translation>
    </message>
    <message>
        <source>This host cannot run pools of this type: its libvirt lacks the storage driver for it.</source>
        <translation>這台主機無法執行這類集區：它的 libvirt 缺少對應的儲存驅動程式。</translation>
    </message>
    <message>
        <source>This type of pool cannot use the format %1.</source>
        <translation>這類集區不能使用 %1 格式。</translation>
    </message>
    <message>
        <source>This type of pool takes at most %1 servers.</source>
        <translation>這類集區最多使用 %1 台伺服器。</translation>
    </message>
    <message>
        <source>This type of pool uses one device only.</source>
        <translation>這類集區只使用一個裝置。</translation>
    </message>
</context>
<context>
    <name>PoolType</name>
    <message>
        <source>Ceph RBD</source>
        <translation>Ceph RBD</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>目錄</translation>
    </message>
    <message>
        <source>Gluster volume (native)</source>
        <translation>Gluster 磁碟區（原生）</translation>
    </message>
    <message>
        <source>LVM volume group</source>
        <translation>LVM 磁碟區群組</translation>
    </message>
    <message>
        <source>Multipath devices</source>
        <translation>多重路徑裝置</translation>
    </message>
    <message>
        <source>Network file system</source>
        <translation>網路檔案系統</translation>
    </message>
    <message>
        <source>Physical disk</source>
        <translation>實體磁碟</translation>
    </message>
    <message>
        <source>Pre-formatted block device</source>
        <translation>預先格式化的區塊裝置</translation>
    </message>
    <message>
        <source>SCSI host adapter</source>
        <translation>SCSI 主機配接器</translation>
    </message>
    <message>
        <source>Virtuozzo storage</source>
        <translation>Virtuozzo 儲存</translation>
    </message>
    <message>
        <source>ZFS pool</source>
        <translation>ZFS 集區</translation>
    </message>
    <message>
        <source>iSCSI target</source>
        <translation>iSCSI 目標</translation>
    </message>
    <message>
        <source>iSCSI target (direct, libiscsi)</source>
        <translation>iSCSI 目標（直接，libiscsi）</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Sample running VMs every:</source>
        <translation>取樣執行中虛擬機器的間隔(&amp;S)：</translation>
    </message>
    <message>
        <source>A new language applies after kvmgui is restarted.</source>
        <translation>新的語言會在 kvmgui 重新啟動後套用。</translation>
    </message>
    <message>
        <source>Applies after kvmgui is restarted</source>
        <translation>kvmgui 重新啟動後套用</translation>
    </message>
    <message>
        <source>Ask before</source>
        <translation>執行前先詢問</translation>
    </message>
    <message>
        <source>Ask before %1</source>
        <translation>%1 前先詢問</translation>
    </message>
    <message>
        <source>Columns of the VM list</source>
        <translation>虛擬機器清單的欄位</translation>
    </message>
    <message>
        <source>Deleting a VM always asks, and lists any storage it would remove.</source>
        <translation>刪除虛擬機器時一律會詢問，並列出它會移除的所有儲存空間。</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>對話框按鈕</translation>
    </message>
    <message>
        <source>Force off</source>
        <translation>強制關閉</translation>
    </message>
    <message>
        <source>Force reset</source>
        <translation>強制重設</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>監控</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暫停</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>偏好設定</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>重新開機</translation>
    </message>
    <message>
        <source>Save (managed save)</source>
        <translation>儲存（受管儲存）</translation>
    </message>
    <message>
        <source>Show &amp;graphs in the CPU, disk and network columns</source>
        <translation>在 CPU、磁碟和網路欄位中顯示圖表(&amp;G)</translation>
    </message>
    <message>
        <source>Show column %1</source>
        <translation>顯示欄位 %1</translation>
    </message>
    <message>
        <source>Show graphs in the VM list</source>
        <translation>在虛擬機器清單中顯示圖表</translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation>關機</translation>
    </message>
    <message>
        <source>Stats interval in seconds</source>
        <translation>統計資料取樣間隔（秒）</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系統預設</translation>
    </message>
</context>
<context>
    <name>SerialConsoleView</name>
    <message>
        <source>%1 × %2 characters. A serial line cannot tell the guest its size: run “stty rows %2 cols %1” in the guest for full-screen programs.</source>
        <translation>%1 × %2 個字元。序列線路無法告訴客體它的大小：全螢幕程式請在客體中執行「stty rows %2 cols %1」。</translation>
    </message>
    <message>
        <source>%1 — not a pty, cannot be opened</source>
        <translation>%1 — 不是 pty，無法開啟</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>重新連線(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Take Over</source>
        <translation>接管(&amp;T)</translation>
    </message>
    <message>
        <source>Another client is using this console (%1). Take over to disconnect it.</source>
        <translation>另一個用戶端正在使用這個主控台（%1）。接管會中斷它的連線。</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>已連線到 %1。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在連線到 %1…</translation>
    </message>
    <message>
        <source>Console size</source>
        <translation>主控台大小</translation>
    </message>
    <message>
        <source>Could not open the console: %1</source>
        <translation>無法開啟主控台：%1</translation>
    </message>
    <message>
        <source>Disconnect the other client and open the console here</source>
        <translation>中斷另一個用戶端的連線，並在這裡開啟主控台</translation>
    </message>
    <message>
        <source>Keys go to the guest. Ctrl+Shift+C copies, Ctrl+Shift+V pastes, Shift+Page Up scrolls back, Ctrl+Tab leaves the console.</source>
        <translation>按鍵會送到客體。Ctrl+Shift+C 複製，Ctrl+Shift+V 貼上，Shift+Page Up 向上捲動，Ctrl+Tab 離開主控台。</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>未連線。</translation>
    </message>
    <message>
        <source>Reconnect the console</source>
        <translation>重新連線主控台</translation>
    </message>
    <message>
        <source>Serial console</source>
        <translation>序列主控台</translation>
    </message>
    <message>
        <source>Serial console status</source>
        <translation>序列主控台狀態</translation>
    </message>
    <message>
        <source>Serial port %1</source>
        <translation>序列埠 %1</translation>
    </message>
    <message>
        <source>Take over the console</source>
        <translation>接管主控台</translation>
    </message>
    <message>
        <source>Text console %1 (%2)</source>
        <translation>文字主控台 %1（%2）</translation>
    </message>
    <message>
        <source>The VM is not running. The console opens when it starts.</source>
        <translation>虛擬機器沒有在執行。它啟動後主控台就會開啟。</translation>
    </message>
    <message>
        <source>The console was closed while the VM runs; another client may have taken it over. %1</source>
        <translation>主控台在虛擬機器執行時被關閉了；可能有另一個用戶端接管了它。%1</translation>
    </message>
    <message>
        <source>The host is not connected. The console opens again when the connection is back.</source>
        <translation>主機沒有連線。連線恢復後主控台會再次開啟。</translation>
    </message>
    <message>
        <source>This device does not use a pty; only pty devices can be opened here.</source>
        <translation>這個裝置沒有使用 pty；這裡只能開啟 pty 裝置。</translation>
    </message>
    <message>
        <source>the first console</source>
        <translation>第一個主控台</translation>
    </message>
</context>
<context>
    <name>StateReason</name>
    <message>
        <source>I/O error</source>
        <translation>I/O 錯誤</translation>
    </message>
    <message>
        <source>booted</source>
        <translation>已開機</translation>
    </message>
    <message>
        <source>by the user</source>
        <translation>由使用者</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>已當機</translation>
    </message>
    <message>
        <source>daemon stopped</source>
        <translation>常駐程式已停止</translation>
    </message>
    <message>
        <source>dumping</source>
        <translation>正在傾印</translation>
    </message>
    <message>
        <source>failed to start</source>
        <translation>啟動失敗</translation>
    </message>
    <message>
        <source>forced off</source>
        <translation>已強制關閉</translation>
    </message>
    <message>
        <source>from snapshot</source>
        <translation>從快照</translation>
    </message>
    <message>
        <source>migrated</source>
        <translation>已遷移</translation>
    </message>
    <message>
        <source>migrating</source>
        <translation>正在遷移</translation>
    </message>
    <message>
        <source>migration cancelled</source>
        <translation>遷移已取消</translation>
    </message>
    <message>
        <source>panicked</source>
        <translation>核心恐慌</translation>
    </message>
    <message>
        <source>post-copy</source>
        <translation>後複製</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>已還原</translation>
    </message>
    <message>
        <source>save cancelled</source>
        <translation>儲存已取消</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>已儲存</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>正在儲存</translation>
    </message>
    <message>
        <source>shut down</source>
        <translation>已關機</translation>
    </message>
    <message>
        <source>shutting down</source>
        <translation>正在關機</translation>
    </message>
    <message>
        <source>snapshot</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>starting up</source>
        <translation>正在啟動</translation>
    </message>
    <message>
        <source>unpaused</source>
        <translation>已取消暫停</translation>
    </message>
    <message>
        <source>watchdog</source>
        <translation>監視程式</translation>
    </message>
    <message>
        <source>woken up</source>
        <translation>已喚醒</translation>
    </message>
</context>
<context>
    <name>StorageCheck</name>
    <message>
        <source>%1 is not a UUID such as 0a81f5b2-8403-7b23-c8d6-21ccc2f80d6f.</source>
        <translation>%1 不是 UUID，UUID 的樣子像 0a81f5b2-8403-7b23-c8d6-21ccc2f80d6f。</translation>
    </message>
    <message>
        <source>%1 is not a valid host name or IP address, such as nas.example.com or 192.0.2.10.</source>
        <translation>%1 不是有效的主機名稱或 IP 位址，例如 nas.example.com 或 192.0.2.10。</translation>
    </message>
    <message>
        <source>%1 is not an absolute path: it must start with &apos;/&apos;.</source>
        <translation>%1 不是絕對路徑：必須以「/」開頭。</translation>
    </message>
    <message>
        <source>%1 is not an iSCSI qualified name such as iqn.2024-01.com.example:storage.</source>
        <translation>%1 不是 iSCSI 合格名稱，例如 iqn.2024-01.com.example:storage。</translation>
    </message>
    <message>
        <source>A path cannot contain line breaks or NUL characters.</source>
        <translation>路徑不能包含換行或 NUL 字元。</translation>
    </message>
    <message>
        <source>A port number must be between 1 and 65535.</source>
        <translation>連接埠號碼必須介於 1 到 65535 之間。</translation>
    </message>
    <message>
        <source>Enter a name for the pool.</source>
        <translation>請為集區輸入名稱。</translation>
    </message>
    <message>
        <source>Enter the iSCSI target&apos;s IQN.</source>
        <translation>請輸入 iSCSI 目標的 IQN。</translation>
    </message>
    <message>
        <source>Enter the initiator&apos;s IQN.</source>
        <translation>請輸入啟動器的 IQN。</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name or IP address.</source>
        <translation>請輸入伺服器的主機名稱或 IP 位址。</translation>
    </message>
    <message>
        <source>The name is too long: use at most %1 characters.</source>
        <translation>名稱太長：最多使用 %1 個字元。</translation>
    </message>
    <message>
        <source>This host already has a storage pool named %1.</source>
        <translation>這台主機已經有名為 %1 的儲存集區。</translation>
    </message>
    <message>
        <source>Use only letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;+&apos; and &apos;-&apos; in the name, and do not start it with &apos;.&apos;, &apos;+&apos; or &apos;-&apos;.</source>
        <translation>名稱只能使用字母、數字、「_」、「.」、「+」和「-」，且不能以「.」、「+」或「-」開頭。</translation>
    </message>
</context>
<context>
    <name>StorageOps</name>
    <message>
        <source>%1 cannot be deleted while a running VM uses it: %2</source>
        <translation>執行中的虛擬機器正在使用 %1，因此無法刪除：%2</translation>
    </message>
    <message>
        <source>%1 is a disk of these stopped VMs: %2</source>
        <translation>%1 是這些已停止虛擬機器的磁碟：%2</translation>
    </message>
    <message>
        <source>%1 is smaller than the volume&apos;s capacity of %2. Shrinking destroys the data beyond the new end; confirm it to go ahead.</source>
        <translation>%1 比磁碟區的容量 %2 小。縮小會摧毀新結尾之後的資料；請確認後再繼續。</translation>
    </message>
    <message>
        <source>Could not check which VMs use the storage: reading %1 failed: %2</source>
        <translation>無法檢查哪些虛擬機器使用這個儲存空間：讀取 %1 失敗：%2</translation>
    </message>
    <message>
        <source>The pool&apos;s data cannot be deleted: these VMs use its storage: %1</source>
        <translation>無法刪除集區的資料：這些虛擬機器使用它的儲存空間：%1</translation>
    </message>
</context>
<context>
    <name>TerminalView</name>
    <message>
        <source>Scrollback</source>
        <translation>捲動緩衝區</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>終端機</translation>
    </message>
</context>
<context>
    <name>TimelineDock</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Show &amp;Command…</source>
        <translation>顯示指令(&amp;C)…</translation>
    </message>
    <message>
        <source>Timeline entry</source>
        <translation>時間軸項目</translation>
    </message>
</context>
<context>
    <name>TroubleshooterDialog</name>
    <message>
        <source>&amp;Name to ping:</source>
        <translation>要 ping 的名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Run Again</source>
        <translation>重新執行(&amp;R)</translation>
    </message>
    <message>
        <source>Also run commands &amp;inside the guest through its guest agent (ip a, ip route, ping)</source>
        <translation>同時透過客體代理程式在客體內部執行指令（ip a、ip route、ping）(&amp;I)</translation>
    </message>
    <message>
        <source>Chosen step</source>
        <translation>所選步驟</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Command output</source>
        <translation>指令輸出</translation>
    </message>
    <message>
        <source>Done: %1. Checked again below; the guest gets its address when its DHCP client asks next.</source>
        <translation>完成：%1。已在下方重新檢查；客體的 DHCP 用戶端下次要求時，客體就會取得位址。</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>修正：%1</translation>
    </message>
    <message>
        <source>Fixing: %1…</source>
        <translation>正在修正：%1…</translation>
    </message>
    <message>
        <source>Last fix</source>
        <translation>上一次修正</translation>
    </message>
    <message>
        <source>Name to resolve and ping</source>
        <translation>要解析並 ping 的名稱</translation>
    </message>
    <message>
        <source>Network card %1 of %2</source>
        <translation>%2 的網卡 %1</translation>
    </message>
    <message>
        <source>Network card checked</source>
        <translation>已檢查的網卡</translation>
    </message>
    <message>
        <source>Run commands in the guest</source>
        <translation>在客體中執行指令</translation>
    </message>
    <message>
        <source>Run the checks again</source>
        <translation>重新執行檢查</translation>
    </message>
    <message>
        <source>The fix failed: %1</source>
        <translation>修正失敗：%1</translation>
    </message>
    <message>
        <source>The same with virsh:</source>
        <translation>用 virsh 做相同的事：</translation>
    </message>
    <message>
        <source>Troubleshooter</source>
        <translation>疑難排解</translation>
    </message>
    <message>
        <source>Troubleshooter steps</source>
        <translation>疑難排解步驟</translation>
    </message>
    <message>
        <source>Troubleshooter summary</source>
        <translation>疑難排解摘要</translation>
    </message>
    <message>
        <source>Why has %1 no address?</source>
        <translation>為什麼 %1 沒有位址？</translation>
    </message>
</context>
<context>
    <name>ViewerLauncher</name>
    <message>
        <source>virt-viewer is not installed.</source>
        <translation>沒有安裝 virt-viewer。</translation>
    </message>
</context>
<context>
    <name>VncView</name>
    <message>
        <source>Virtual machine screen</source>
        <translation>虛擬機器畫面</translation>
    </message>
</context>
<context>
    <name>VolumeCheck</name>
    <message>
        <source>A size cannot be negative.</source>
        <translation>大小不能是負數。</translation>
    </message>
    <message>
        <source>A volume cannot be named &apos;.&apos; or &apos;..&apos;.</source>
        <translation>磁碟區不能命名為「.」或「..」。</translation>
    </message>
    <message>
        <source>A volume in the %1 format cannot have a backing store; choose qcow2.</source>
        <translation>%1 格式的磁碟區不能有後端儲存；請選擇 qcow2。</translation>
    </message>
    <message>
        <source>A volume name cannot contain &apos;/&apos;.</source>
        <translation>磁碟區名稱不能包含「/」。</translation>
    </message>
    <message>
        <source>A volume name cannot contain line breaks or other control characters.</source>
        <translation>磁碟區名稱不能包含換行或其他控制字元。</translation>
    </message>
    <message>
        <source>An LVM volume name has only letters, digits, &apos;+&apos;, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;, and does not start with &apos;-&apos;.</source>
        <translation>LVM 磁碟區名稱只能有字母、數字、「+」、「_」、「.」和「-」，且不能以「-」開頭。</translation>
    </message>
    <message>
        <source>An image in the %1 format cannot be a backing store; choose a disk image such as qcow2 or raw.</source>
        <translation>%1 格式的映像檔不能當作後端儲存；請選擇 qcow2 或 raw 等磁碟映像檔。</translation>
    </message>
    <message>
        <source>Choose a format for the volume.</source>
        <translation>請為磁碟區選擇格式。</translation>
    </message>
    <message>
        <source>Choose the format of the backing volume.</source>
        <translation>請選擇後端磁碟區的格式。</translation>
    </message>
    <message>
        <source>Enter a name for the volume.</source>
        <translation>請為磁碟區輸入名稱。</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>請輸入數字。</translation>
    </message>
    <message>
        <source>Enter the volume&apos;s capacity.</source>
        <translation>請輸入磁碟區的容量。</translation>
    </message>
    <message>
        <source>Only image files in directory-like pools can have a backing store.</source>
        <translation>只有類目錄集區中的映像檔才能有後端儲存。</translation>
    </message>
    <message>
        <source>The allocation (%1) is more than the %2 free in the pool.</source>
        <translation>配置量（%1）超過集區中可用的 %2。</translation>
    </message>
    <message>
        <source>The allocation cannot be more than the capacity.</source>
        <translation>配置量不能超過容量。</translation>
    </message>
    <message>
        <source>The capacity (%1) is more than the %2 free in the pool.</source>
        <translation>容量（%1）超過集區中可用的 %2。</translation>
    </message>
    <message>
        <source>The capacity (%1) is more than the %2 free in the pool. The volume takes space only as it fills, so the pool may run out of room later.</source>
        <translation>容量（%1）超過集區中可用的 %2。磁碟區只在寫入資料時才佔用空間，所以集區之後可能會不夠用。</translation>
    </message>
    <message>
        <source>The capacity must be more than zero.</source>
        <translation>容量必須大於零。</translation>
    </message>
    <message>
        <source>The name is too long: use at most %1 bytes.</source>
        <translation>名稱太長：最多使用 %1 個位元組。</translation>
    </message>
    <message>
        <source>The pool already has a volume named %1.</source>
        <translation>集區已經有名為 %1 的磁碟區。</translation>
    </message>
    <message>
        <source>Volumes cannot be created in pools of this type: they come from the storage itself.</source>
        <translation>這類集區無法建立磁碟區：磁碟區來自儲存裝置本身。</translation>
    </message>
    <message>
        <source>Volumes in this pool cannot have the format %1.</source>
        <translation>這個集區中的磁碟區不能使用 %1 格式。</translation>
    </message>
</context>
<context>
    <name>XmlEditorDialog</name>
    <message>
        <source>Checking the XML…</source>
        <translation>正在檢查 XML…</translation>
    </message>
    <message>
        <source>Could not check the XML: %1</source>
        <translation>無法檢查 XML：%1</translation>
    </message>
    <message>
        <source>The XML changed while it was checked: nothing was applied. Apply again.</source>
        <translation>XML 在檢查期間被變更了：沒有套用任何變更。請再套用一次。</translation>
    </message>
    <message>
        <source>The XML changed while it was checked: validate again.</source>
        <translation>XML 在檢查期間被變更了：請再驗證一次。</translation>
    </message>
</context>
<context>
    <name>_EntryDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Entry problem</source>
        <translation>項目問題</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>確定</translation>
    </message>
</context>
<context>
    <name>_EntryTable</name>
    <message>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編輯(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>新增 %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>編輯 %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
</context>
</TS>
