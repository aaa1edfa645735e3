<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Click the screen (or Tab to it) to type into the virtual machine.</source>
        <translation>单击画面（或用 Tab 移到画面上）即可在虚拟机中输入。</translation>
    </message>
    <message>
        <source>ConnState</source>
        <translation>ConnState</translation>
    </message>
    <message>
        <source>Connecting to the virtual machine&apos;s display…</source>
        <translation>正在连接到虚拟机的显示画面…</translation>
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
        <translation>无法连接到显示画面。</translation>
    </message>
    <message>
        <source>DomainState</source>
        <translation>DomainState</translation>
    </message>
    <message>
        <source>Keyboard and pointer go to the virtual machine. Press Ctrl+Alt to release them.</source>
        <translation>键盘和指针输入会发送到虚拟机。按 Ctrl+Alt 可释放。</translation>
    </message>
    <message>
        <source>Keys go to the virtual machine. Press Ctrl+Alt to release the keyboard.</source>
        <translation>按键会发送到虚拟机。按 Ctrl+Alt 可释放键盘。</translation>
    </message>
    <message>
        <source>LibvirtEvent</source>
        <comment>Event %1</comment>
        <translation>LibvirtEvent</translation>
    </message>
    <message>
        <source>Not connected to the virtual machine&apos;s display.</source>
        <translation>未连接到虚拟机的显示画面。</translation>
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
        <translation>VNC 显示画面没有在 kvmgui 可连接的地方监听（没有端口，也没有套接字）。</translation>
    </message>
    <message>
        <source>The VNC display listens on a UNIX socket of the remote host, which kvmgui cannot reach.</source>
        <translation>VNC 显示画面在远程主机的 UNIX 套接字上监听，kvmgui 无法连接。</translation>
    </message>
    <message>
        <source>The VNC display listens only on the remote host&apos;s loopback address. Connect to the host over SSH (qemu+ssh://) or let the display listen on a network address.</source>
        <translation>VNC 显示画面只在远程主机的回环地址上监听。请通过 SSH 连接到主机（qemu+ssh://），或让显示画面在网络地址上监听。</translation>
    </message>
    <message>
        <source>The built-in VNC viewer needs GVnc&apos;s introspection data. Install gir1.2-gtk-vnc-2.0 (Debian, Ubuntu) or gtk-vnc2 (Fedora), or open the display in virt-viewer.</source>
        <translation>内置的 VNC 查看器需要 GVnc 的 introspection 数据。请安装 gir1.2-gtk-vnc-2.0（Debian、Ubuntu）或 gtk-vnc2（Fedora），或改用 virt-viewer 打开显示画面。</translation>
    </message>
    <message>
        <source>The built-in VNC viewer needs PyGObject with GVnc. Install python3-gi and gir1.2-gtk-vnc-2.0 (Debian, Ubuntu) or python3-gobject and gtk-vnc2 (Fedora), or open the display in virt-viewer.</source>
        <translation>内置的 VNC 查看器需要带 GVnc 的 PyGObject。请安装 python3-gi 和 gir1.2-gtk-vnc-2.0（Debian、Ubuntu）或 python3-gobject 和 gtk-vnc2（Fedora），或改用 virt-viewer 打开显示画面。</translation>
    </message>
    <message>
        <source>The connection to the display failed: %1</source>
        <translation>与显示画面的连接失败：%1</translation>
    </message>
    <message>
        <source>The display asks for a kind of authentication kvmgui does not speak.</source>
        <translation>显示画面要求一种 kvmgui 不支持的认证方式。</translation>
    </message>
    <message>
        <source>The display closed the connection before it was set up.</source>
        <translation>显示画面在连接建立前就关闭了连接。</translation>
    </message>
    <message>
        <source>The display refused the password.</source>
        <translation>显示画面拒绝了这个密码。</translation>
    </message>
    <message>
        <source>The virtual machine is not running.</source>
        <translation>虚拟机没有在运行。</translation>
    </message>
    <message>
        <source>The virtual machine is not running. Its screen appears here when it starts.</source>
        <translation>虚拟机没有在运行。它启动后，画面会显示在这里。</translation>
    </message>
    <message>
        <source>This virtual machine has no graphical display.</source>
        <translation>这台虚拟机没有图形显示。</translation>
    </message>
    <message>
        <source>This virtual machine&apos;s display is SPICE. kvmgui shows it in virt-viewer.</source>
        <translation>这台虚拟机的显示是 SPICE。kvmgui 会在 virt-viewer 中显示它。</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未说明原因</translation>
    </message>
    <message>
        <source>virt-viewer crashed.</source>
        <translation>virt-viewer 崩溃了。</translation>
    </message>
    <message>
        <source>virt-viewer ended with exit status %1.</source>
        <translation>virt-viewer 退出，退出状态为 %1。</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>A desktop manager for KVM/QEMU virtual machines, built on libvirt.</source>
        <translation>基于 libvirt 的 KVM/QEMU 虚拟机桌面管理工具。</translation>
    </message>
    <message>
        <source>About kvmgui</source>
        <translation>关于 kvmgui</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>对话框按钮</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later. &lt;a href=&quot;%1&quot;&gt;Website&lt;/a&gt;</source>
        <translation>自由软件，按 GNU 通用公共许可证第 3 版或更高版本授权。&lt;a href=&quot;%1&quot;&gt;网站&lt;/a&gt;</translation>
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
        <translation>读取中…</translation>
    </message>
    <message>
        <source>kvmgui %1</source>
        <translation>kvmgui %1</translation>
    </message>
    <message>
        <source>kvmgui logo</source>
        <translation>kvmgui 标志</translation>
    </message>
    <message>
        <source>libvirt %1, %2 %3</source>
        <translation>libvirt %1，%2 %3</translation>
    </message>
    <message>
        <source>libvirt library</source>
        <translation>libvirt 库</translation>
    </message>
</context>
<context>
    <name>CheckModel</name>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>含义</translation>
    </message>
</context>
<context>
    <name>CommandDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
        <source>(nothing to do)</source>
        <translation>（没有要做的事）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>已复制。</translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation>复制命令</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <source>Could not work out the command: %1</source>
        <translation>无法推算出命令：%1</translation>
    </message>
    <message>
        <source>Could not write the XML files: %1</source>
        <translation>无法写入 XML 文件：%1</translation>
    </message>
    <message>
        <source>Save %1 as</source>
        <translation>将 %1 另存为</translation>
    </message>
    <message>
        <source>Save XML file</source>
        <translation>保存 XML 文件</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Show command</source>
        <translation>显示命令</translation>
    </message>
    <message>
        <source>Show command status</source>
        <translation>显示命令状态</translation>
    </message>
    <message>
        <source>Show command — %1</source>
        <translation>显示命令 — %1</translation>
    </message>
    <message>
        <source>The same change with virsh (kvmgui does not run these lines):</source>
        <translation>用 virsh 做相同的更改（kvmgui 不会执行这些命令）：</translation>
    </message>
    <message>
        <source>Working out the command…</source>
        <translation>正在推算命令…</translation>
    </message>
    <message>
        <source>Writing the XML files…</source>
        <translation>正在写入 XML 文件…</translation>
    </message>
    <message>
        <source>XML file path</source>
        <translation>XML 文件路径</translation>
    </message>
    <message>
        <source>XML file:</source>
        <translation>XML 文件：</translation>
    </message>
    <message>
        <source>XML files (*.xml)</source>
        <translation>XML 文件 (*.xml)</translation>
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
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>Delete (keeping its storage)</source>
        <translation>删除（保留其存储）</translation>
    </message>
    <message>
        <source>Show &amp;Command</source>
        <translation>显示命令(&amp;C)</translation>
    </message>
    <message>
        <source>Show command</source>
        <translation>显示命令</translation>
    </message>
</context>
<context>
    <name>ConnState</name>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>连接中</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>已断开连接</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>&amp;Connect automatically at start</source>
        <translation>启动时自动连接(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>A URI may not contain spaces.</source>
        <translation>URI 不能包含空格。</translation>
    </message>
    <message>
        <source>Add Connection</source>
        <translation>添加连接</translation>
    </message>
    <message>
        <source>Add connection</source>
        <translation>添加连接</translation>
    </message>
    <message>
        <source>Autoconnect</source>
        <translation>自动连接</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>连接名称</translation>
    </message>
    <message>
        <source>Connection type</source>
        <translation>连接类型</translation>
    </message>
    <message>
        <source>Custom URI</source>
        <translation>自定义 URI</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>对话框按钮</translation>
    </message>
    <message>
        <source>Enter a libvirt URI such as qemu+ssh://root@host/system.</source>
        <translation>请输入 libvirt URI，例如 qemu+ssh://root@host/system。</translation>
    </message>
    <message>
        <source>Enter the host name or address.</source>
        <translation>请输入主机名或地址。</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>主机名</translation>
    </message>
    <message>
        <source>Leave the password out of the URI: it would be saved with the connection. kvmgui asks for it when the host wants one.</source>
        <translation>请不要把密码写在 URI 中：它会随连接一起保存。主机需要密码时，kvmgui 会询问。</translation>
    </message>
    <message>
        <source>Optional, shown instead of the URI</source>
        <translation>可选，会代替 URI 显示</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>QEMU/KVM on this machine (system)</source>
        <translation>本机的 QEMU/KVM（系统）</translation>
    </message>
    <message>
        <source>QEMU/KVM on this machine (user session)</source>
        <translation>本机的 QEMU/KVM（用户会话）</translation>
    </message>
    <message>
        <source>Remote host over SSH</source>
        <translation>通过 SSH 连接的远程主机</translation>
    </message>
    <message>
        <source>Remote host over TCP (unencrypted)</source>
        <translation>通过 TCP 连接的远程主机（未加密）</translation>
    </message>
    <message>
        <source>Remote host over TLS</source>
        <translation>通过 TLS 连接的远程主机</translation>
    </message>
    <message>
        <source>Resulting URI</source>
        <translation>生成的 URI</translation>
    </message>
    <message>
        <source>The host name may not contain spaces, &apos;/&apos; or &apos;@&apos;.</source>
        <translation>主机名不能包含空格、“/”或“@”。</translation>
    </message>
    <message>
        <source>The user name may not contain spaces, &apos;/&apos;, &apos;@&apos; or &apos;:&apos;.</source>
        <translation>用户名不能包含空格、“/”、“@”或“:”。</translation>
    </message>
    <message>
        <source>This connection is already in the list.</source>
        <translation>这个连接已经在列表中。</translation>
    </message>
    <message>
        <source>U&amp;RI:</source>
        <translation>URI(&amp;R)：</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Will connect to:</source>
        <translation>将连接到：</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>connection error</source>
        <translation>连接错误</translation>
    </message>
    <message>
        <source>the host closed the connection</source>
        <translation>主机关闭了连接</translation>
    </message>
    <message>
        <source>the host stopped answering (keepalive)</source>
        <translation>主机停止响应（keepalive）</translation>
    </message>
</context>
<context>
    <name>ConsolePage</name>
    <message>
        <source>%1 — Console</source>
        <translation>%1 — 控制台</translation>
    </message>
    <message>
        <source>&amp;Add a Serial Port…</source>
        <translation>添加串口(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Bring It Back Here</source>
        <translation>带回这里(&amp;B)</translation>
    </message>
    <message>
        <source>Add a &amp;Display…</source>
        <translation>添加显示(&amp;D)…</translation>
    </message>
    <message>
        <source>Add a display</source>
        <translation>添加显示</translation>
    </message>
    <message>
        <source>Add a serial port</source>
        <translation>添加串口</translation>
    </message>
    <message>
        <source>Bring the console back to this page</source>
        <translation>把控制台带回这个页面</translation>
    </message>
    <message>
        <source>Con&amp;sole:</source>
        <translation>控制台(&amp;S)：</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>控制台</translation>
    </message>
    <message>
        <source>Console device</source>
        <translation>控制台设备</translation>
    </message>
    <message>
        <source>Console status</source>
        <translation>控制台状态</translation>
    </message>
    <message>
        <source>Open in a &amp;Window</source>
        <translation>在窗口中打开(&amp;W)</translation>
    </message>
    <message>
        <source>Open the console in a window</source>
        <translation>在窗口中打开控制台</translation>
    </message>
    <message>
        <source>Show the console in a window of its own (F11 there: full screen)</source>
        <translation>在独立的窗口中显示控制台（在那里按 F11：全屏）</translation>
    </message>
    <message>
        <source>The console is shown in its own window.</source>
        <translation>控制台显示在它自己的窗口中。</translation>
    </message>
    <message>
        <source>This VM has no console that can be shown here. A display (VNC or SPICE) shows its screen, a serial port (pty) gives it a text console; add one, then restart the VM.</source>
        <translation>这台虚拟机没有可在这里显示的控制台。显示设备（VNC 或 SPICE）会显示它的画面，串口（pty）提供文本控制台；请添加其中之一，然后重启虚拟机。</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>&amp;Back to Details</source>
        <translation>回到详细信息(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>Back to details</source>
        <translation>回到详细信息</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>控制台</translation>
    </message>
    <message>
        <source>Console toolbar</source>
        <translation>控制台工具栏</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message numerus="yes">
        <source>%n errors so far, of %1 kinds: all are in the report.</source>
        <translation>
            <numerusform>到目前为止共 %n 个错误，分为 %1 种：都在报告中。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copied</source>
        <translation>已复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Copy Report</source>
        <translation>复制报告(&amp;C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Copy the report to the clipboard</source>
        <translation>把报告复制到剪贴板</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>错误报告</translation>
    </message>
    <message>
        <source>How often it happened</source>
        <translation>发生的次数</translation>
    </message>
    <message>
        <source>The error</source>
        <translation>错误内容</translation>
    </message>
    <message numerus="yes">
        <source>This error happened %n times.</source>
        <translation>
            <numerusform>这个错误发生了 %n 次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>kvmgui ran into an error it did not expect. It keeps running, but what you were doing may not have finished. Please copy the report below into a bug report.</source>
        <translation>kvmgui 遇到了意外错误。它会继续运行，但你正在做的事可能没有完成。请把下面的报告复制到错误报告中。</translation>
    </message>
    <message>
        <source>kvmgui: unexpected error</source>
        <translation>kvmgui：意外错误</translation>
    </message>
</context>
<context>
    <name>DetailsWindow</name>
    <message>
        <source>Console</source>
        <translation>控制台</translation>
    </message>
    <message>
        <source>Network card %1 has had no IP address for a while: its page offers the troubleshooter.</source>
        <translation>网卡 %1 已有一段时间没有 IP 地址：它的页面提供故障排除工具。</translation>
    </message>
</context>
<context>
    <name>DnsEntryDialog</name>
    <message>
        <source>&amp;IP address:</source>
        <translation>IP 地址(&amp;I)：</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid host name.</source>
        <translation>“%1”不是有效的主机名。</translation>
    </message>
    <message>
        <source>DNS host record</source>
        <translation>DNS 主机记录</translation>
    </message>
    <message>
        <source>Enter an IP address.</source>
        <translation>请输入 IP 地址。</translation>
    </message>
    <message>
        <source>Enter at least one host name.</source>
        <translation>请至少输入一个主机名。</translation>
    </message>
    <message>
        <source>Host &amp;names:</source>
        <translation>主机名(&amp;N)：</translation>
    </message>
    <message>
        <source>Host names, separated by spaces</source>
        <translation>主机名，以空格分隔</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP 地址</translation>
    </message>
</context>
<context>
    <name>DomainState</name>
    <message>
        <source>Crashed</source>
        <translation>已崩溃</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Shut off</source>
        <translation>已关机</translation>
    </message>
    <message>
        <source>Shutting down</source>
        <translation>正在关机</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>已挂起</translation>
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
        <translation>图形控制台，全屏</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>退出全屏</translation>
    </message>
    <message>
        <source>Send key</source>
        <translation>发送按键</translation>
    </message>
</context>
<context>
    <name>GraphicalConsole</name>
    <message>
        <source>&amp;Add a display…</source>
        <translation>添加显示(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>重新连接(&amp;R)</translation>
    </message>
    <message>
        <source>Actual size (1:1)</source>
        <translation>实际大小（1:1）</translation>
    </message>
    <message>
        <source>Console status</source>
        <translation>控制台状态</translation>
    </message>
    <message>
        <source>Display password</source>
        <translation>显示画面密码</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <source>Graphical console</source>
        <translation>图形控制台</translation>
    </message>
    <message>
        <source>Graphical console toolbar</source>
        <translation>图形控制台工具栏</translation>
    </message>
    <message>
        <source>Keyboard hint</source>
        <translation>键盘提示</translation>
    </message>
    <message>
        <source>Open in &amp;virt-viewer</source>
        <translation>在 virt-viewer 中打开(&amp;V)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Resize guest to window</source>
        <translation>按窗口调整客户机大小</translation>
    </message>
    <message>
        <source>Save screenshot</source>
        <translation>保存截图</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>Scale to window</source>
        <translation>缩放至窗口大小</translation>
    </message>
    <message>
        <source>Screen area</source>
        <translation>画面区域</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>截图</translation>
    </message>
    <message>
        <source>Scroll the screen sideways</source>
        <translation>左右滚动画面</translation>
    </message>
    <message>
        <source>Scroll the screen up and down</source>
        <translation>上下滚动画面</translation>
    </message>
    <message>
        <source>Send key</source>
        <translation>发送按键</translation>
    </message>
    <message>
        <source>The screen is shown full screen.</source>
        <translation>画面以全屏显示。</translation>
    </message>
    <message>
        <source>The virtual machine&apos;s display asks for a password:</source>
        <translation>虚拟机的显示画面要求输入密码：</translation>
    </message>
    <message>
        <source>This guest&apos;s display cannot take the window&apos;s size; scaling instead.</source>
        <translation>这个客户机的显示画面无法适应窗口大小，改用缩放。</translation>
    </message>
    <message>
        <source>virt-viewer could not start: %1</source>
        <translation>virt-viewer 无法启动：%1</translation>
    </message>
    <message>
        <source>virt-viewer is running.</source>
        <translation>virt-viewer 正在运行。</translation>
    </message>
    <message>
        <source>virt-viewer status</source>
        <translation>virt-viewer 状态</translation>
    </message>
</context>
<context>
    <name>GraphicalConsoleView</name>
    <message>
        <source>Graphical console</source>
        <translation>图形控制台</translation>
    </message>
</context>
<context>
    <name>HostDetailsDialog</name>
    <message>
        <source>Network &amp;map</source>
        <translation>网络地图(&amp;M)</translation>
    </message>
</context>
<context>
    <name>HostEntryDialog</name>
    <message>
        <source>&amp;IP address:</source>
        <translation>IP 地址(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;MAC address:</source>
        <translation>MAC 地址(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid host name.</source>
        <translation>“%1”不是有效的主机名。</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>主机名</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC 地址</translation>
    </message>
    <message>
        <source>Static DHCP host</source>
        <translation>静态 DHCP 主机</translation>
    </message>
    <message>
        <source>This MAC address has a static host already: edit that one.</source>
        <translation>这个 MAC 地址已经有静态主机设置：请编辑那一条。</translation>
    </message>
</context>
<context>
    <name>LibvirtEvent</name>
    <message>
        <source>API error</source>
        <translation>API 错误</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>Booted</source>
        <translation>已引导</translation>
    </message>
    <message>
        <source>By guest</source>
        <translation>由客户机</translation>
    </message>
    <message>
        <source>By host</source>
        <translation>由主机</translation>
    </message>
    <message>
        <source>Crash loaded</source>
        <translation>已加载崩溃内核</translation>
    </message>
    <message>
        <source>Crashed</source>
        <translation>已崩溃</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Defined</source>
        <translation>已定义</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>已强制关闭</translation>
    </message>
    <message>
        <source>Device added</source>
        <translation>已添加设备</translation>
    </message>
    <message>
        <source>Device removal failed</source>
        <translation>移除设备失败</translation>
    </message>
    <message>
        <source>Device removed</source>
        <translation>已移除设备</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>From snapshot</source>
        <translation>从快照</translation>
    </message>
    <message>
        <source>Guest agent</source>
        <translation>客户机代理</translation>
    </message>
    <message>
        <source>I/O error</source>
        <translation>I/O 错误</translation>
    </message>
    <message>
        <source>Media tray</source>
        <translation>介质托盘</translation>
    </message>
    <message>
        <source>Memory balloon changed</source>
        <translation>内存气球已更改</translation>
    </message>
    <message>
        <source>Metadata changed</source>
        <translation>元数据已更改</translation>
    </message>
    <message>
        <source>Migrated</source>
        <translation>已迁移</translation>
    </message>
    <message>
        <source>PM suspended</source>
        <translation>电源挂起</translation>
    </message>
    <message>
        <source>Panicked</source>
        <translation>内核崩溃</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Post-copy</source>
        <translation>后复制</translation>
    </message>
    <message>
        <source>Post-copy failed</source>
        <translation>后复制失败</translation>
    </message>
    <message>
        <source>Rebooted</source>
        <translation>已重启</translation>
    </message>
    <message>
        <source>Recreated</source>
        <translation>已重新创建</translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>已刷新</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>已重命名</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>已继续</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation>已关机</translation>
    </message>
    <message>
        <source>Shutdown</source>
        <translation>关机</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>已启动</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>To disk</source>
        <translation>到磁盘</translation>
    </message>
    <message>
        <source>To memory</source>
        <translation>到内存</translation>
    </message>
    <message>
        <source>Undefined</source>
        <translation>已取消定义</translation>
    </message>
    <message>
        <source>Unpaused</source>
        <translation>已取消暂停</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>Watchdog</source>
        <translation>看门狗</translation>
    </message>
    <message>
        <source>Woken up</source>
        <translation>已唤醒</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>已断开连接</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About kvmgui</source>
        <translation>关于 kvmgui(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Network &amp;Map</source>
        <translation>网络地图(&amp;M)</translation>
    </message>
</context>
<context>
    <name>NetCheck</name>
    <message>
        <source>%1 is not running: a stopped VM has no address.</source>
        <translation>%1 没有在运行：停止的虚拟机没有地址。</translation>
    </message>
    <message>
        <source>%1 is running.</source>
        <translation>%1 正在运行。</translation>
    </message>
    <message>
        <source>%1 is the host&apos;s address: the guests&apos; gateway.</source>
        <translation>%1 是主机的地址：客户机的网关。</translation>
    </message>
    <message>
        <source>%1 is the network&apos;s broadcast address.</source>
        <translation>%1 是网络的广播地址。</translation>
    </message>
    <message>
        <source>%1 is the network&apos;s own address (all host bits zero).</source>
        <translation>%1 是网络本身的地址（主机位全为零）。</translation>
    </message>
    <message>
        <source>%1 replies.</source>
        <translation>%1 有响应。</translation>
    </message>
    <message>
        <source>%1 shows the masquerade rule for %2.</source>
        <translation>%1 显示了 %2 的伪装规则。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a MAC address.</source>
        <translation>“%1”不是 MAC 地址。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address.</source>
        <translation>“%1”不是 IP 地址。</translation>
    </message>
    <message>
        <source>A static host entry pins this card to %1, but it holds %2: dnsmasq refuses to renew %2 and hands out %1 when the guest asks again (or restarts).</source>
        <translation>有一条静态主机设置把这块网卡固定为 %1，但它目前持有 %2：dnsmasq 拒绝续租 %2，并会在客户机再次请求时（或重启后）分配 %1。</translation>
    </message>
    <message>
        <source>A static host entry pins this card to %1, which is outside the network&apos;s subnet %2.</source>
        <translation>有一条静态主机设置把这块网卡固定为 %1，但它不在网络的子网 %2 之内。</translation>
    </message>
    <message>
        <source>Could not check: %1</source>
        <translation>无法检查：%1</translation>
    </message>
    <message>
        <source>DHCP is off on network %1 (%2): a guest that asks for an address gets none.</source>
        <translation>网络 %1（%2）的 DHCP 已关闭：请求地址的客户机拿不到地址。</translation>
    </message>
    <message>
        <source>Every address of the DHCP range (%1) is reserved or leased to other cards.</source>
        <translation>DHCP 范围（%1）中的每个地址都已保留或租给其他网卡。</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Hand out the addresses %2 – %3 by DHCP on this network, live and in its definition (no restart)?</source>
        <translation>要在这个网络上以 DHCP 分配 %2 – %3 的地址（立即生效并写入定义，无需重启）吗？</translation>
    </message>
    <message>
        <source>IP forwarding is off: guests cannot reach beyond the host. As root: sysctl -w net.ipv4.ip_forward=1</source>
        <translation>IP 转发已关闭：客户机无法访问主机以外的地方。以 root 运行：sysctl -w net.ipv4.ip_forward=1</translation>
    </message>
    <message>
        <source>IP forwarding is on (/proc/sys/net/ipv4/ip_forward).</source>
        <translation>IP 转发已开启（/proc/sys/net/ipv4/ip_forward）。</translation>
    </message>
    <message>
        <source>In the guest: ip a</source>
        <translation>在客户机中：ip a</translation>
    </message>
    <message>
        <source>In the guest: ip route</source>
        <translation>在客户机中：ip route</translation>
    </message>
    <message>
        <source>In the guest: ping the gateway</source>
        <translation>在客户机中：ping 网关</translation>
    </message>
    <message>
        <source>In the guest: ping the host</source>
        <translation>在客户机中：ping 主机</translation>
    </message>
    <message>
        <source>In the guest: resolve and ping a name</source>
        <translation>在客户机中：解析并 ping 一个名称</translation>
    </message>
    <message>
        <source>It has %1 (lease expires %2).</source>
        <translation>它持有 %1（租约到期时间 %2）。</translation>
    </message>
    <message>
        <source>Its leases can be read (leases now: %1).</source>
        <translation>可以读取它的租约（当前的租约：%1）。</translation>
    </message>
    <message>
        <source>Its network exists and is active</source>
        <translation>它的网络存在且处于活动状态</translation>
    </message>
    <message>
        <source>Network %1 (%2 mode) passes guests to the network outside, whose DHCP server hands out the addresses.</source>
        <translation>网络 %1（%2 模式）把客户机接到外部网络，由外部网络的 DHCP 服务器分配地址。</translation>
    </message>
    <message>
        <source>Network %1 hands out %2 on %3.</source>
        <translation>网络 %1 在 %3 上分配 %2。</translation>
    </message>
    <message>
        <source>Network %1 has no IPv4 address, so it cannot hand out IPv4 addresses.</source>
        <translation>网络 %1 没有 IPv4 地址，因此无法分配 IPv4 地址。</translation>
    </message>
    <message>
        <source>Network %1 is active.</source>
        <translation>网络 %1 处于活动状态。</translation>
    </message>
    <message>
        <source>Network %1 is stopped: nothing on it forwards packets or hands out addresses.</source>
        <translation>网络 %1 已停止：上面没有任何东西会转发数据包或分配地址。</translation>
    </message>
    <message>
        <source>Network %1 was restarted while the VM ran: its card (%2) is no longer plugged into the bridge %3.</source>
        <translation>网络 %1 在虚拟机运行时重启过：它的网卡（%2）已不再接在网桥 %3 上。</translation>
    </message>
    <message>
        <source>No host route overlaps the network</source>
        <translation>没有主机路由与网络重叠</translation>
    </message>
    <message>
        <source>No masquerade rule for %1 in %2: a firewall reload may have removed libvirt&apos;s rules (restarting the network puts them back).</source>
        <translation>%2 中没有 %1 的伪装规则：防火墙重新加载可能删除了 libvirt 的规则（重启网络即可恢复）。</translation>
    </message>
    <message>
        <source>No other route of the host covers %1.</source>
        <translation>主机没有其他路由覆盖 %1。</translation>
    </message>
    <message>
        <source>No reply from %1.</source>
        <translation>%1 没有响应。</translation>
    </message>
    <message>
        <source>No reserved address stands in the way</source>
        <translation>没有被保留的地址造成阻碍</translation>
    </message>
    <message>
        <source>No static host entry is in the way.</source>
        <translation>没有静态主机设置造成阻碍。</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Not checked: it depends on &quot;%1&quot;.</source>
        <translation>未检查：它取决于“%1”。</translation>
    </message>
    <message>
        <source>Note: %1 has this address leased right now; it keeps it until it renews.</source>
        <translation>注意：%1 目前租用着这个地址；在续租前它会一直保留。</translation>
    </message>
    <message>
        <source>Nothing to ping: the address is not known.</source>
        <translation>没有可 ping 的对象：地址未知。</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Plug the card in again</source>
        <translation>重新插入网卡</translation>
    </message>
    <message>
        <source>Plug this VM&apos;s card into the network&apos;s bridge again? The guest keeps running; only the host side is reconnected.</source>
        <translation>要把这台虚拟机的网卡重新接到网络的网桥上吗？客户机会继续运行，只会重新连接主机端。</translation>
    </message>
    <message>
        <source>Remove the reservation</source>
        <translation>移除保留</translation>
    </message>
    <message>
        <source>Remove the static host entry that reserves %4 for %2 from the network, live and in its definition? That card then gets an address from the range like any other.</source>
        <translation>要从网络中移除为 %2 保留 %4 的静态主机设置吗？（立即生效并写入定义）之后那块网卡会像其他网卡一样从范围中获取地址。</translation>
    </message>
    <message>
        <source>Set the link of this network card up, in the running VM and in its definition?</source>
        <translation>要在运行中的虚拟机及其定义中启用这块网卡的链路吗？</translation>
    </message>
    <message>
        <source>Set the link up</source>
        <translation>启用链路</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Skipped: neither iptables nor nft is installed here.</source>
        <translation>已跳过：这里没有安装 iptables 或 nft。</translation>
    </message>
    <message>
        <source>Skipped: no answer within %1 s.</source>
        <translation>已跳过：%1 秒内没有响应。</translation>
    </message>
    <message>
        <source>Skipped: no guest agent answers (%1). Install qemu-guest-agent in the guest and give the VM a guest agent channel to check inside the guest.</source>
        <translation>已跳过：没有客户机代理响应（%1）。请在客户机中安装 qemu-guest-agent，并为虚拟机添加客户机代理通道，才能在客户机内部检查。</translation>
    </message>
    <message>
        <source>Skipped: reading the firewall rules (%1) needs root.</source>
        <translation>已跳过：读取防火墙规则（%1）需要 root 权限。</translation>
    </message>
    <message>
        <source>Skipped: running commands in the guest was not allowed.</source>
        <translation>已跳过：不允许在客户机中运行命令。</translation>
    </message>
    <message>
        <source>Skipped: the host is another machine; kvmgui can only look at this one.</source>
        <translation>已跳过：主机是另一台机器；kvmgui 只能查看这一台。</translation>
    </message>
    <message>
        <source>Skipped: the network&apos;s bridge %1 is not visible from here (the host&apos;s networking lives in another network namespace or machine).</source>
        <translation>已跳过：从这里看不到网络的网桥 %1（主机的网络位于另一个网络命名空间或另一台机器）。</translation>
    </message>
    <message>
        <source>Start the VM</source>
        <translation>启动虚拟机</translation>
    </message>
    <message>
        <source>Start the VM?</source>
        <translation>要启动虚拟机吗？</translation>
    </message>
    <message>
        <source>Start the network</source>
        <translation>启动网络</translation>
    </message>
    <message>
        <source>Start the network, and plug the cards of the VMs running on it into it again?</source>
        <translation>要启动网络，并把在上面运行的虚拟机网卡重新接上吗？</translation>
    </message>
    <message>
        <source>The QEMU guest agent answers.</source>
        <translation>QEMU 客户机代理有响应。</translation>
    </message>
    <message>
        <source>The VM has a DHCP lease</source>
        <translation>虚拟机有 DHCP 租约</translation>
    </message>
    <message>
        <source>The VM has no network card with the MAC address %1.</source>
        <translation>虚拟机没有 MAC 地址为 %1 的网卡。</translation>
    </message>
    <message>
        <source>The VM runs</source>
        <translation>虚拟机正在运行</translation>
    </message>
    <message>
        <source>The address %1 is reserved for another card (%2 %3), so dnsmasq will not give it to this one.</source>
        <translation>地址 %1 已保留给另一块网卡（%2 %3），所以 dnsmasq 不会把它分配给这块网卡。</translation>
    </message>
    <message>
        <source>The address is already reserved for another card (%1 %2).</source>
        <translation>这个地址已保留给另一块网卡（%1 %2）。</translation>
    </message>
    <message>
        <source>The address must be inside %1.</source>
        <translation>地址必须在 %1 之内。</translation>
    </message>
    <message>
        <source>The card is connected to network %1, which does not exist on this host.</source>
        <translation>网卡连接到网络 %1，但这台主机上没有这个网络。</translation>
    </message>
    <message>
        <source>The card is of type %1, not on a libvirt network.</source>
        <translation>网卡的类型是 %1，不在 libvirt 网络上。</translation>
    </message>
    <message>
        <source>The card sits on the host bridge %1: its address comes from the DHCP server of the network outside (your router), which libvirt cannot see.</source>
        <translation>网卡接在主机网桥 %1 上：它的地址来自外部网络（你的路由器）的 DHCP 服务器，libvirt 看不到。</translation>
    </message>
    <message>
        <source>The card uses macvtap on %1: its address comes from the DHCP server of the network outside. (With macvtap the guest and the host cannot reach each other.)</source>
        <translation>网卡在 %1 上使用 macvtap：它的地址来自外部网络的 DHCP 服务器。（使用 macvtap 时，客户机与主机无法互相访问。）</translation>
    </message>
    <message>
        <source>The card&apos;s link is down, as if its cable were pulled: the guest cannot send anything (virsh domif-getlink says &quot;down&quot;).</source>
        <translation>网卡的链路断开，就像拔掉了网线：客户机无法发送任何东西（virsh domif-getlink 显示“down”）。</translation>
    </message>
    <message>
        <source>The command failed (exit code %1).</source>
        <translation>命令失败（退出代码 %1）。</translation>
    </message>
    <message>
        <source>The command worked.</source>
        <translation>命令成功。</translation>
    </message>
    <message>
        <source>The default route goes via %1.</source>
        <translation>默认路由经由 %1。</translation>
    </message>
    <message>
        <source>The guest agent answers</source>
        <translation>客户机代理有响应</translation>
    </message>
    <message>
        <source>The guest cannot resolve %1: check its DNS server (the gateway, for libvirt networks).</source>
        <translation>客户机无法解析 %1：请检查它的 DNS 服务器（libvirt 网络的 DNS 服务器就是网关）。</translation>
    </message>
    <message>
        <source>The guest could not run the command: %1</source>
        <translation>客户机无法运行命令：%1</translation>
    </message>
    <message>
        <source>The guest has no default route: it cannot reach beyond its own subnet.</source>
        <translation>客户机没有默认路由：无法访问自己的子网以外。</translation>
    </message>
    <message>
        <source>The guest sees no card with the MAC address %1: a driver may be missing.</source>
        <translation>客户机看不到 MAC 地址为 %1 的网卡：可能缺少驱动程序。</translation>
    </message>
    <message>
        <source>The guest sees the card %1 but it has no IPv4 address: is its DHCP client running?</source>
        <translation>客户机看得到网卡 %1，但它没有 IPv4 地址：客户机的 DHCP 客户端在运行吗？</translation>
    </message>
    <message>
        <source>The guest sees the card and an address</source>
        <translation>客户机看得到网卡和地址</translation>
    </message>
    <message>
        <source>The guest&apos;s card %1 has %2.</source>
        <translation>客户机的网卡 %1 持有 %2。</translation>
    </message>
    <message>
        <source>The guest&apos;s default route goes via %1, not via the network&apos;s gateway %2.</source>
        <translation>客户机的默认路由经由 %1，而不是网络的网关 %2。</translation>
    </message>
    <message>
        <source>The host forwards IP packets</source>
        <translation>主机会转发 IP 数据包</translation>
    </message>
    <message>
        <source>The host routes %2 through %3, which overlaps the network&apos;s subnet %1: replies to the guests go the wrong way.</source>
        <translation>主机经由 %3 路由 %2，与网络的子网 %1 重叠：给客户机的回复会走错路。</translation>
    </message>
    <message>
        <source>The leases could not be read: %1</source>
        <translation>无法读取租约：%1</translation>
    </message>
    <message>
        <source>The network always gives this card %1.</source>
        <translation>网络总是把 %1 分配给这块网卡。</translation>
    </message>
    <message>
        <source>The network card&apos;s link is up</source>
        <translation>网卡的链路已启用</translation>
    </message>
    <message>
        <source>The network does not use NAT (%1 mode).</source>
        <translation>网络没有使用 NAT（%1 模式）。</translation>
    </message>
    <message>
        <source>The network hands out addresses (DHCP)</source>
        <translation>网络会分配地址（DHCP）</translation>
    </message>
    <message>
        <source>The network has no lease for %1: the guest has not asked for an address, or its request did not arrive.</source>
        <translation>网络没有 %1 的租约：客户机没有请求地址，或它的请求没有送达。</translation>
    </message>
    <message>
        <source>The network&apos;s DHCP server answers</source>
        <translation>网络的 DHCP 服务器有响应</translation>
    </message>
    <message>
        <source>The virtual cable is plugged in.</source>
        <translation>虚拟网线已插入。</translation>
    </message>
    <message>
        <source>This network has no IPv4 subnet of its own: addresses come from outside.</source>
        <translation>这个网络没有自己的 IPv4 子网：地址来自外部。</translation>
    </message>
    <message>
        <source>Turn DHCP on</source>
        <translation>开启 DHCP</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>libvirt&apos;s NAT rules are in place</source>
        <translation>libvirt 的 NAT 规则已就绪</translation>
    </message>
</context>
<context>
    <name>NetworkHosts</name>
    <message>
        <source>Host names</source>
        <translation>主机名</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC 地址</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
</context>
<context>
    <name>NetworkHostsView</name>
    <message>
        <source>DNS host records</source>
        <translation>DNS 主机记录</translation>
    </message>
    <message>
        <source>DNS record</source>
        <translation>DNS 记录</translation>
    </message>
    <message>
        <source>Remove DNS record</source>
        <translation>移除 DNS 记录</translation>
    </message>
    <message>
        <source>Remove static host</source>
        <translation>移除静态主机</translation>
    </message>
    <message>
        <source>Remove the DNS record %1 → %2?</source>
        <translation>要移除 DNS 记录 %1 → %2 吗？</translation>
    </message>
    <message>
        <source>Remove the static host %1 (%2)? That card then gets an address from the DHCP range.</source>
        <translation>要移除静态主机 %1（%2）吗？之后那块网卡会从 DHCP 范围中获取地址。</translation>
    </message>
    <message>
        <source>Static DHCP hosts</source>
        <translation>静态 DHCP 主机</translation>
    </message>
    <message>
        <source>Static hosts and DNS records</source>
        <translation>静态主机与 DNS 记录</translation>
    </message>
    <message>
        <source>change the DNS record</source>
        <translation>更改 DNS 记录</translation>
    </message>
    <message>
        <source>change the static host</source>
        <translation>更改静态主机</translation>
    </message>
    <message>
        <source>remove the DNS record</source>
        <translation>移除 DNS 记录</translation>
    </message>
    <message>
        <source>remove the static host</source>
        <translation>移除静态主机</translation>
    </message>
    <message>
        <source>static host</source>
        <translation>静态主机</translation>
    </message>
</context>
<context>
    <name>NetworkMapDock</name>
    <message>
        <source>Network map</source>
        <translation>网络地图</translation>
    </message>
    <message>
        <source>Network map dock</source>
        <translation>网络地图停靠面板</translation>
    </message>
</context>
<context>
    <name>NetworkMapModel</name>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
</context>
<context>
    <name>NetworkMapPanel</name>
    <message>
        <source>Network map panel</source>
        <translation>网络地图面板</translation>
    </message>
</context>
<context>
    <name>NetworkMapScene</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>click here to collapse</source>
        <translation>单击这里折叠</translation>
    </message>
    <message>
        <source>click to show all</source>
        <translation>单击以显示全部</translation>
    </message>
</context>
<context>
    <name>NetworkMapWidget</name>
    <message>
        <source>&amp;Fit</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <source>A drawing of the hosts, their networks and the VMs on them; the tree beside it has the same facts.</source>
        <translation>主机、其网络以及网络上虚拟机的示意图；旁边的树状视图列出相同的信息。</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>导出 PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>Export &amp;SVG…</source>
        <translation>导出 SVG(&amp;S)…</translation>
    </message>
    <message>
        <source>Export the map as PNG</source>
        <translation>将地图导出为 PNG</translation>
    </message>
    <message>
        <source>Export the map as SVG</source>
        <translation>将地图导出为 SVG</translation>
    </message>
    <message>
        <source>Export the network map</source>
        <translation>导出网络地图</translation>
    </message>
    <message>
        <source>Fit the map into view</source>
        <translation>让地图适应视图</translation>
    </message>
    <message>
        <source>Network map</source>
        <translation>网络地图</translation>
    </message>
    <message>
        <source>Network map panel</source>
        <translation>网络地图面板</translation>
    </message>
    <message>
        <source>Network map status</source>
        <translation>网络地图状态</translation>
    </message>
    <message>
        <source>Network map tree</source>
        <translation>网络地图树状视图</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 绘图 (*.svg)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
</context>
<context>
    <name>NetworksPanel</name>
    <message>
        <source>%1 network %2</source>
        <translation>%1 网络 %2</translation>
    </message>
    <message>
        <source>Addresses of the network</source>
        <translation>网络的地址</translation>
    </message>
    <message>
        <source>Autostart off</source>
        <translation>自动启动：关</translation>
    </message>
    <message>
        <source>Autostart on</source>
        <translation>自动启动：开</translation>
    </message>
    <message>
        <source>DHCP &amp;leases</source>
        <translation>DHCP 租约(&amp;L)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Show &amp;Command</source>
        <translation>显示命令(&amp;C)</translation>
    </message>
    <message>
        <source>Show command</source>
        <translation>显示命令</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Static &amp;hosts and DNS</source>
        <translation>静态主机与 DNS(&amp;H)</translation>
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
        <translation>无法读取 %1（权限不足）。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is a multicast or all-zero address; use a unicast one.</source>
        <translation>%1 是组播或全零地址；请使用单播地址。</translation>
    </message>
    <message>
        <source>%1 is not a device.</source>
        <translation>%1 不是设备。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a volume name: it must not be empty or contain &apos;/&apos;.</source>
        <translation>“%1”不能作为卷名：它不能为空，也不能包含“/”。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a MAC address like 52:54:00:12:34:56.</source>
        <translation>“%1”不是像 52:54:00:12:34:56 这样的 MAC 地址。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name: use letters, digits and &apos;-&apos;, at most 63 between dots.</source>
        <translation>“%1”不是主机名：请使用字母、数字和“-”，两个点之间最多 63 个字符。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a user name: start with a lower-case letter or &apos;_&apos;, then use lower-case letters, digits, &apos;_&apos; or &apos;-&apos; (at most 32).</source>
        <translation>“%1”不是用户名：请以小写字母或“_”开头，之后使用小写字母、数字、“_”或“-”（最多 32 个）。</translation>
    </message>
    <message>
        <source>A cloud image needs a new volume for its disk; the image itself stays unchanged.</source>
        <translation>云镜像需要一个新的卷作为磁盘；镜像本身保持不变。</translation>
    </message>
    <message>
        <source>Choose a storage pool.</source>
        <translation>请选择存储池。</translation>
    </message>
    <message>
        <source>Choose a user other than root; root&apos;s login is set separately.</source>
        <translation>请选择 root 以外的用户；root 的登录另行设置。</translation>
    </message>
    <message>
        <source>Choose the ISO image to install from.</source>
        <translation>请选择要用来安装的 ISO 镜像。</translation>
    </message>
    <message>
        <source>Choose the ISO volume to install from.</source>
        <translation>请选择要用来安装的 ISO 卷。</translation>
    </message>
    <message>
        <source>Choose the cloud image to start from.</source>
        <translation>请选择作为起点的云镜像。</translation>
    </message>
    <message>
        <source>Choose the disk image.</source>
        <translation>请选择磁盘镜像。</translation>
    </message>
    <message>
        <source>Choose the existing disk image or volume to import.</source>
        <translation>请选择要导入的现有磁盘镜像或卷。</translation>
    </message>
    <message>
        <source>Choose the host&apos;s CD-ROM drive.</source>
        <translation>请选择主机的光驱。</translation>
    </message>
    <message>
        <source>Choose the kernel to boot.</source>
        <translation>请选择要引导的内核。</translation>
    </message>
    <message>
        <source>Choose the network, bridge or device to connect to.</source>
        <translation>请选择要连接的网络、网桥或设备。</translation>
    </message>
    <message>
        <source>Enter a name for the virtual machine.</source>
        <translation>请为虚拟机输入名称。</translation>
    </message>
    <message>
        <source>Enter the name of the user the password is for.</source>
        <translation>请输入这个密码所属的用户名。</translation>
    </message>
    <message>
        <source>Give the new disk a size.</source>
        <translation>请为新磁盘指定大小。</translation>
    </message>
    <message>
        <source>Network boot needs a network connection.</source>
        <translation>网络引导需要网络连接。</translation>
    </message>
    <message>
        <source>Nobody will be able to log in: give a password or an SSH key.</source>
        <translation>没有人能够登录：请提供密码或 SSH 密钥。</translation>
    </message>
    <message>
        <source>Root login with a password needs a password.</source>
        <translation>以密码登录 root 需要密码。</translation>
    </message>
    <message>
        <source>Root login with an SSH key needs an SSH key.</source>
        <translation>以 SSH 密钥登录 root 需要 SSH 密钥。</translation>
    </message>
    <message>
        <source>SSH key %1 is a private key; paste the public key (the .pub file) instead.</source>
        <translation>SSH 密钥 %1 是私钥；请改为粘贴公钥（.pub 文件）。</translation>
    </message>
    <message>
        <source>SSH key %1 is not a public key like &apos;ssh-ed25519 AAAA… comment&apos;.</source>
        <translation>SSH 密钥 %1 不是像“ssh-ed25519 AAAA… comment”这样的公钥。</translation>
    </message>
    <message>
        <source>Storage pool &apos;%1&apos; already has a volume named &apos;%2&apos;.</source>
        <translation>存储池“%1”已经有名为“%2”的卷。</translation>
    </message>
    <message>
        <source>Storage pool &apos;%1&apos; has no volume named &apos;%2&apos;.</source>
        <translation>存储池“%1”没有名为“%2”的卷。</translation>
    </message>
    <message>
        <source>Storage pool &apos;%1&apos; is not running; start it first.</source>
        <translation>存储池“%1”没有在运行；请先启动它。</translation>
    </message>
    <message>
        <source>The disk may grow to %1 but storage pool &apos;%2&apos; has only %3 free; the guest&apos;s writes will fail once the pool is full.</source>
        <translation>磁盘最多可能增长到 %1，但存储池“%2”只剩 %3 可用；池满了之后，客户机的写入会失败。</translation>
    </message>
    <message>
        <source>The disk needs %1 but storage pool &apos;%2&apos; has only %3 free.</source>
        <translation>磁盘需要 %1，但存储池“%2”只剩 %3 可用。</translation>
    </message>
    <message>
        <source>The extra user-data is not valid YAML (line %1): %2</source>
        <translation>额外的 user-data 不是有效的 YAML（第 %1 行）：%2</translation>
    </message>
    <message>
        <source>The extra user-data must be a YAML mapping of keys to values.</source>
        <translation>额外的 user-data 必须是键映射到值的 YAML 映射。</translation>
    </message>
    <message>
        <source>The host has only %1 of memory.</source>
        <translation>主机只有 %1 的内存。</translation>
    </message>
    <message>
        <source>The host has only %n CPU(s); more virtual CPUs than that make the guest slower, not faster.</source>
        <translation>主机只有 %n 个 CPU；虚拟 CPU 比这个多只会让客户机变慢，不会变快。</translation>
    </message>
    <message>
        <source>The name is too long: use at most %1 characters.</source>
        <translation>名称太长：最多使用 %1 个字符。</translation>
    </message>
    <message>
        <source>The network configuration is not valid YAML (line %1): %2</source>
        <translation>网络配置不是有效的 YAML（第 %1 行）：%2</translation>
    </message>
    <message>
        <source>The network configuration must be a YAML mapping of keys to values.</source>
        <translation>网络配置必须是键映射到值的 YAML 映射。</translation>
    </message>
    <message>
        <source>The operating system needs a TPM 2.0, but this host cannot emulate one (swtpm is missing).</source>
        <translation>操作系统需要 TPM 2.0，但这台主机无法模拟（缺少 swtpm）。</translation>
    </message>
    <message>
        <source>The operating system needs a disk of at least %1.</source>
        <translation>操作系统需要至少 %1 的磁盘。</translation>
    </message>
    <message>
        <source>The operating system needs at least %1 of memory.</source>
        <translation>操作系统需要至少 %1 的内存。</translation>
    </message>
    <message>
        <source>The operating system needs at least %n virtual CPU(s).</source>
        <translation>操作系统需要至少 %n 个虚拟 CPU。</translation>
    </message>
    <message>
        <source>The operating system starts only with UEFI firmware.</source>
        <translation>操作系统只能以 UEFI 固件启动。</translation>
    </message>
    <message>
        <source>The password is not stored as a SHA-512 hash.</source>
        <translation>密码没有以 SHA-512 哈希保存。</translation>
    </message>
    <message>
        <source>This host already has a virtual machine named &apos;%1&apos;.</source>
        <translation>这台主机已经有名为“%1”的虚拟机。</translation>
    </message>
    <message>
        <source>This host cannot run %1 guests.</source>
        <translation>这台主机无法运行 %1 客户机。</translation>
    </message>
    <message>
        <source>This host cannot use KVM for %1 guests; choose QEMU emulation instead.</source>
        <translation>这台主机无法为 %1 客户机使用 KVM；请改选 QEMU 模拟。</translation>
    </message>
    <message>
        <source>This host does not offer %1 graphics.</source>
        <translation>这台主机不提供 %1 图形。</translation>
    </message>
    <message>
        <source>This host does not offer the CPU mode %1.</source>
        <translation>这台主机不提供 CPU 模式 %1。</translation>
    </message>
    <message>
        <source>This host does not offer the firmware %1.</source>
        <translation>这台主机不提供固件 %1。</translation>
    </message>
    <message>
        <source>This host gives a virtual machine at most %n virtual CPU(s).</source>
        <translation>这台主机最多给一台虚拟机 %n 个虚拟 CPU。</translation>
    </message>
    <message>
        <source>This host has no Secure Boot firmware for this machine type.</source>
        <translation>这台主机没有这个机器类型的安全启动固件。</translation>
    </message>
    <message>
        <source>This host has no UEFI firmware for this machine type.</source>
        <translation>这台主机没有这个机器类型的 UEFI 固件。</translation>
    </message>
    <message>
        <source>This host has no machine type &apos;%1&apos; for %2 guests.</source>
        <translation>这台主机没有适用于 %2 客户机的机器类型“%1”。</translation>
    </message>
    <message>
        <source>This host has no storage pool named &apos;%1&apos;.</source>
        <translation>这台主机没有名为“%1”的存储池。</translation>
    </message>
    <message>
        <source>This host has no virtual network named &apos;%1&apos;.</source>
        <translation>这台主机没有名为“%1”的虚拟网络。</translation>
    </message>
    <message>
        <source>This machine type has no %1 disk bus.</source>
        <translation>这个机器类型没有 %1 磁盘总线。</translation>
    </message>
    <message>
        <source>Use only letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos; in the name, and do not start it with &apos;.&apos; or &apos;-&apos;.</source>
        <translation>名称只能使用字母、数字、“_”、“.”和“-”，且不能以“.”或“-”开头。</translation>
    </message>
    <message>
        <source>Virtual network &apos;%1&apos; is not running; the virtual machine cannot start until it is.</source>
        <translation>虚拟网络“%1”没有在运行；在它运行之前，虚拟机无法启动。</translation>
    </message>
    <message>
        <source>Without a network, cloud-init cannot reach anything and nobody can reach the guest over SSH.</source>
        <translation>没有网络的话，cloud-init 访问不了任何地方，也没有人能通过 SSH 访问客户机。</translation>
    </message>
</context>
<context>
    <name>NicPage</name>
    <message>
        <source>&amp;Why has this VM no address?</source>
        <translation>为什么这台虚拟机没有地址(&amp;W)？</translation>
    </message>
    <message>
        <source>Troubleshooter: why has this VM no address</source>
        <translation>故障排除：为什么这台虚拟机没有地址</translation>
    </message>
</context>
<context>
    <name>NoAddressOffer</name>
    <message>
        <source>&amp;Troubleshoot…</source>
        <translation>故障排除(&amp;T)…</translation>
    </message>
    <message>
        <source>No address</source>
        <translation>没有地址</translation>
    </message>
    <message numerus="yes">
        <source>This card has had no IP address for %n second(s).</source>
        <translation>
            <numerusform>这块网卡已有 %n 秒没有 IP 地址。</numerusform>
        </translation>
    </message>
    <message>
        <source>Troubleshoot the missing address</source>
        <translation>排查缺少地址的问题</translation>
    </message>
</context>
<context>
    <name>OsName</name>
    <message>
        <source>Generic Linux</source>
        <translation>通用 Linux</translation>
    </message>
    <message>
        <source>Generic Windows</source>
        <translation>通用 Windows</translation>
    </message>
    <message>
        <source>Other operating system</source>
        <translation>其他操作系统</translation>
    </message>
</context>
<context>
    <name>PinBox</name>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Address to give this VM</source>
        <translation>要给这台虚拟机的地址</translation>
    </message>
    <message>
        <source>Always &amp;give this VM this address</source>
        <translation>总是给这台虚拟机这个地址(&amp;G)</translation>
    </message>
    <message>
        <source>Always give this VM this address</source>
        <translation>总是给这台虚拟机这个地址</translation>
    </message>
    <message>
        <source>Enter an address</source>
        <translation>请输入地址</translation>
    </message>
    <message>
        <source>Fixed address</source>
        <translation>固定地址</translation>
    </message>
    <message>
        <source>Fixed address status</source>
        <translation>固定地址状态</translation>
    </message>
    <message>
        <source>Network %1 always gives this card %2.</source>
        <translation>网络 %1 总是把 %2 分配给这块网卡。</translation>
    </message>
    <message>
        <source>Network %1 does not exist on this host.</source>
        <translation>这台主机上没有网络 %1。</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>未更改：%1</translation>
    </message>
    <message>
        <source>Pin address</source>
        <translation>固定地址</translation>
    </message>
    <message>
        <source>Pinned: the VM gets %1 when it renews its lease or restarts.</source>
        <translation>已固定：虚拟机续租或重启时会获得 %1。</translation>
    </message>
    <message>
        <source>Pinning…</source>
        <translation>固定中…</translation>
    </message>
    <message>
        <source>Show &amp;Command</source>
        <translation>显示命令(&amp;C)</translation>
    </message>
    <message>
        <source>Show the command that pins the address</source>
        <translation>显示固定地址的命令</translation>
    </message>
    <message>
        <source>The address is not fixed: it may change when the lease ends.</source>
        <translation>地址没有固定：租约结束时可能会改变。</translation>
    </message>
    <message>
        <source>U&amp;npin</source>
        <translation>取消固定(&amp;N)</translation>
    </message>
    <message>
        <source>Unpin the address</source>
        <translation>取消固定地址</translation>
    </message>
    <message>
        <source>Unpinned: the address may change when the lease ends.</source>
        <translation>已取消固定：租约结束时地址可能会改变。</translation>
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
        <translation>主机上还没有 %1；主机检测到这类设备后就会出现。</translation>
    </message>
    <message>
        <source>%1 does not exist on the host.</source>
        <translation>主机上没有 %1。</translation>
    </message>
    <message>
        <source>%1 does not exist on the host. Create it, or turn on &quot;Build&quot; so libvirt creates it.</source>
        <translation>主机上没有 %1。请创建它，或开启“构建”让 libvirt 创建它。</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 列出了两次。</translation>
    </message>
    <message>
        <source>%1 is not a valid volume group name: use letters, digits, &apos;+&apos;, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;, not starting with &apos;-&apos;.</source>
        <translation>%1 不是有效的卷组名：请使用字母、数字、“+”、“_”、“.”和“-”，且不能以“-”开头。</translation>
    </message>
    <message>
        <source>A world wide name has 16 hexadecimal digits, such as 20000000c9831b4b.</source>
        <translation>全球名称（WWN）有 16 个十六进制数字，例如 20000000c9831b4b。</translation>
    </message>
    <message>
        <source>Building this pool needs at least one device to create it on.</source>
        <translation>构建这个池至少需要一个用来创建它的设备。</translation>
    </message>
    <message>
        <source>Building with overwrite destroys everything stored on %1.</source>
        <translation>以覆盖方式构建会销毁 %1 上存储的所有数据。</translation>
    </message>
    <message>
        <source>Choose the libvirt secret that holds the password or key.</source>
        <translation>请选择存放密码或密钥的 libvirt secret。</translation>
    </message>
    <message>
        <source>Enter the SCSI host adapter&apos;s name, such as host0.</source>
        <translation>请输入 SCSI 主机适配器的名称，例如 host0。</translation>
    </message>
    <message>
        <source>Enter the device to use, such as /dev/sdb1.</source>
        <translation>请输入要使用的设备，例如 /dev/sdb1。</translation>
    </message>
    <message>
        <source>Enter the exported directory, such as /srv/images.</source>
        <translation>请输入导出的目录，例如 /srv/images。</translation>
    </message>
    <message>
        <source>Enter the name of the Ceph pool.</source>
        <translation>请输入 Ceph 池的名称。</translation>
    </message>
    <message>
        <source>Enter the name of the Gluster volume.</source>
        <translation>请输入 Gluster 卷的名称。</translation>
    </message>
    <message>
        <source>Enter the name of the ZFS pool.</source>
        <translation>请输入 ZFS 池的名称。</translation>
    </message>
    <message>
        <source>Enter the name of the share.</source>
        <translation>请输入共享的名称。</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name or IP address.</source>
        <translation>请输入服务器的主机名或 IP 地址。</translation>
    </message>
    <message>
        <source>Enter the share name without a leading &apos;/&apos;, such as images.</source>
        <translation>请输入不含开头“/”的共享名称，例如 images。</translation>
    </message>
    <message>
        <source>Enter the target path: the directory on the host where the pool&apos;s volumes appear.</source>
        <translation>请输入目标路径：主机上显示池中卷的目录。</translation>
    </message>
    <message>
        <source>Enter the user name to log in with.</source>
        <translation>请输入登录用的用户名。</translation>
    </message>
    <message>
        <source>Give one mount option per line, without spaces or commas, such as vers=4.2.</source>
        <translation>每行一个挂载选项，不含空格或逗号，例如 vers=4.2。</translation>
    </message>
    <message>
        <source>Pools of this type cannot be built; turn &quot;Build&quot; off.</source>
        <translation>这类池无法构建；请关闭“构建”。</translation>
    </message>
    <message>
        <source>The pool %1 already uses %2; choose another directory.</source>
        <translation>池 %1 已经使用 %2；请选择其他目录。</translation>
    </message>
    <message>
        <source>This host cannot run pools of this type: its libvirt lacks the storage driver for it.</source>
        <translation>这台主机无法运行这类池：它的 libvirt 缺少对应的存储驱动程序。</translation>
    </message>
    <message>
        <source>This type of pool cannot use the format %1.</source>
        <translation>这类池不能使用 %1 格式。</translation>
    </message>
    <message>
        <source>This type of pool takes at most %1 servers.</source>
        <translation>这类池最多使用 %1 台服务器。</translation>
    </message>
    <message>
        <source>This type of pool uses one device only.</source>
        <translation>这类池只使用一个设备。</translation>
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
        <translation>目录</translation>
    </message>
    <message>
        <source>Gluster volume (native)</source>
        <translation>Gluster 卷（原生）</translation>
    </message>
    <message>
        <source>LVM volume group</source>
        <translation>LVM 卷组</translation>
    </message>
    <message>
        <source>Multipath devices</source>
        <translation>多路径设备</translation>
    </message>
    <message>
        <source>Network file system</source>
        <translation>网络文件系统</translation>
    </message>
    <message>
        <source>Physical disk</source>
        <translation>物理磁盘</translation>
    </message>
    <message>
        <source>Pre-formatted block device</source>
        <translation>预先格式化的块设备</translation>
    </message>
    <message>
        <source>SCSI host adapter</source>
        <translation>SCSI 主机适配器</translation>
    </message>
    <message>
        <source>Virtuozzo storage</source>
        <translation>Virtuozzo 存储</translation>
    </message>
    <message>
        <source>ZFS pool</source>
        <translation>ZFS 池</translation>
    </message>
    <message>
        <source>iSCSI target</source>
        <translation>iSCSI 目标</translation>
    </message>
    <message>
        <source>iSCSI target (direct, libiscsi)</source>
        <translation>iSCSI 目标（直接，libiscsi）</translation>
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
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Sample running VMs every:</source>
        <translation>采样运行中虚拟机的间隔(&amp;S)：</translation>
    </message>
    <message>
        <source>A new language applies after kvmgui is restarted.</source>
        <translation>新的语言会在 kvmgui 重启后生效。</translation>
    </message>
    <message>
        <source>Applies after kvmgui is restarted</source>
        <translation>kvmgui 重启后生效</translation>
    </message>
    <message>
        <source>Ask before</source>
        <translation>执行前先询问</translation>
    </message>
    <message>
        <source>Ask before %1</source>
        <translation>%1 前先询问</translation>
    </message>
    <message>
        <source>Columns of the VM list</source>
        <translation>虚拟机列表的列</translation>
    </message>
    <message>
        <source>Deleting a VM always asks, and lists any storage it would remove.</source>
        <translation>删除虚拟机时总会询问，并列出它会删除的所有存储。</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>对话框按钮</translation>
    </message>
    <message>
        <source>Force off</source>
        <translation>强制关闭</translation>
    </message>
    <message>
        <source>Force reset</source>
        <translation>强制重置</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>监控</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>重启</translation>
    </message>
    <message>
        <source>Save (managed save)</source>
        <translation>保存（托管保存）</translation>
    </message>
    <message>
        <source>Show &amp;graphs in the CPU, disk and network columns</source>
        <translation>在 CPU、磁盘和网络列中显示图表(&amp;G)</translation>
    </message>
    <message>
        <source>Show column %1</source>
        <translation>显示列 %1</translation>
    </message>
    <message>
        <source>Show graphs in the VM list</source>
        <translation>在虚拟机列表中显示图表</translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation>关机</translation>
    </message>
    <message>
        <source>Stats interval in seconds</source>
        <translation>统计数据采样间隔（秒）</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
</context>
<context>
    <name>SerialConsoleView</name>
    <message>
        <source>%1 × %2 characters. A serial line cannot tell the guest its size: run “stty rows %2 cols %1” in the guest for full-screen programs.</source>
        <translation>%1 × %2 个字符。串行线路无法告诉客户机它的大小：全屏程序请在客户机中运行“stty rows %2 cols %1”。</translation>
    </message>
    <message>
        <source>%1 — not a pty, cannot be opened</source>
        <translation>%1 — 不是 pty，无法打开</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>重新连接(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Take Over</source>
        <translation>接管(&amp;T)</translation>
    </message>
    <message>
        <source>Another client is using this console (%1). Take over to disconnect it.</source>
        <translation>另一个客户端正在使用这个控制台（%1）。接管会断开它的连接。</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>已连接到 %1。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接到 %1…</translation>
    </message>
    <message>
        <source>Console size</source>
        <translation>控制台大小</translation>
    </message>
    <message>
        <source>Could not open the console: %1</source>
        <translation>无法打开控制台：%1</translation>
    </message>
    <message>
        <source>Disconnect the other client and open the console here</source>
        <translation>断开另一个客户端的连接，并在这里打开控制台</translation>
    </message>
    <message>
        <source>Keys go to the guest. Ctrl+Shift+C copies, Ctrl+Shift+V pastes, Shift+Page Up scrolls back, Ctrl+Tab leaves the console.</source>
        <translation>按键会发送到客户机。Ctrl+Shift+C 复制，Ctrl+Shift+V 粘贴，Shift+Page Up 向上滚动，Ctrl+Tab 离开控制台。</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <source>Reconnect the console</source>
        <translation>重新连接控制台</translation>
    </message>
    <message>
        <source>Serial console</source>
        <translation>串口控制台</translation>
    </message>
    <message>
        <source>Serial console status</source>
        <translation>串口控制台状态</translation>
    </message>
    <message>
        <source>Serial port %1</source>
        <translation>串口 %1</translation>
    </message>
    <message>
        <source>Take over the console</source>
        <translation>接管控制台</translation>
    </message>
    <message>
        <source>Text console %1 (%2)</source>
        <translation>文本控制台 %1（%2）</translation>
    </message>
    <message>
        <source>The VM is not running. The console opens when it starts.</source>
        <translation>虚拟机没有在运行。它启动后控制台就会打开。</translation>
    </message>
    <message>
        <source>The console was closed while the VM runs; another client may have taken it over. %1</source>
        <translation>控制台在虚拟机运行时被关闭了；可能有另一个客户端接管了它。%1</translation>
    </message>
    <message>
        <source>The host is not connected. The console opens again when the connection is back.</source>
        <translation>主机没有连接。连接恢复后控制台会再次打开。</translation>
    </message>
    <message>
        <source>This device does not use a pty; only pty devices can be opened here.</source>
        <translation>这个设备没有使用 pty；这里只能打开 pty 设备。</translation>
    </message>
    <message>
        <source>the first console</source>
        <translation>第一个控制台</translation>
    </message>
</context>
<context>
    <name>StateReason</name>
    <message>
        <source>I/O error</source>
        <translation>I/O 错误</translation>
    </message>
    <message>
        <source>booted</source>
        <translation>已引导</translation>
    </message>
    <message>
        <source>by the user</source>
        <translation>由用户</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>已崩溃</translation>
    </message>
    <message>
        <source>daemon stopped</source>
        <translation>守护进程已停止</translation>
    </message>
    <message>
        <source>dumping</source>
        <translation>正在转储</translation>
    </message>
    <message>
        <source>failed to start</source>
        <translation>启动失败</translation>
    </message>
    <message>
        <source>forced off</source>
        <translation>已强制关闭</translation>
    </message>
    <message>
        <source>from snapshot</source>
        <translation>从快照</translation>
    </message>
    <message>
        <source>migrated</source>
        <translation>已迁移</translation>
    </message>
    <message>
        <source>migrating</source>
        <translation>正在迁移</translation>
    </message>
    <message>
        <source>migration cancelled</source>
        <translation>迁移已取消</translation>
    </message>
    <message>
        <source>panicked</source>
        <translation>内核崩溃</translation>
    </message>
    <message>
        <source>post-copy</source>
        <translation>后复制</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>save cancelled</source>
        <translation>保存已取消</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>正在保存</translation>
    </message>
    <message>
        <source>shut down</source>
        <translation>已关机</translation>
    </message>
    <message>
        <source>shutting down</source>
        <translation>正在关机</translation>
    </message>
    <message>
        <source>snapshot</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>starting up</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <source>unpaused</source>
        <translation>已取消暂停</translation>
    </message>
    <message>
        <source>watchdog</source>
        <translation>看门狗</translation>
    </message>
    <message>
        <source>woken up</source>
        <translation>已唤醒</translation>
    </message>
</context>
<context>
    <name>StorageCheck</name>
    <message>
        <source>%1 is not a UUID such as 0a81f5b2-8403-7b23-c8d6-21ccc2f80d6f.</source>
        <translation>%1 不是 UUID，UUID 的样子像 0a81f5b2-8403-7b23-c8d6-21ccc2f80d6f。</translation>
    </message>
    <message>
        <source>%1 is not a valid host name or IP address, such as nas.example.com or 192.0.2.10.</source>
        <translation>%1 不是有效的主机名或 IP 地址，例如 nas.example.com 或 192.0.2.10。</translation>
    </message>
    <message>
        <source>%1 is not an absolute path: it must start with &apos;/&apos;.</source>
        <translation>%1 不是绝对路径：必须以“/”开头。</translation>
    </message>
    <message>
        <source>%1 is not an iSCSI qualified name such as iqn.2024-01.com.example:storage.</source>
        <translation>%1 不是 iSCSI 限定名称，例如 iqn.2024-01.com.example:storage。</translation>
    </message>
    <message>
        <source>A path cannot contain line breaks or NUL characters.</source>
        <translation>路径不能包含换行或 NUL 字符。</translation>
    </message>
    <message>
        <source>A port number must be between 1 and 65535.</source>
        <translation>端口号必须介于 1 到 65535 之间。</translation>
    </message>
    <message>
        <source>Enter a name for the pool.</source>
        <translation>请为池输入名称。</translation>
    </message>
    <message>
        <source>Enter the iSCSI target&apos;s IQN.</source>
        <translation>请输入 iSCSI 目标的 IQN。</translation>
    </message>
    <message>
        <source>Enter the initiator&apos;s IQN.</source>
        <translation>请输入发起程序的 IQN。</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name or IP address.</source>
        <translation>请输入服务器的主机名或 IP 地址。</translation>
    </message>
    <message>
        <source>The name is too long: use at most %1 characters.</source>
        <translation>名称太长：最多使用 %1 个字符。</translation>
    </message>
    <message>
        <source>This host already has a storage pool named %1.</source>
        <translation>这台主机已经有名为 %1 的存储池。</translation>
    </message>
    <message>
        <source>Use only letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;+&apos; and &apos;-&apos; in the name, and do not start it with &apos;.&apos;, &apos;+&apos; or &apos;-&apos;.</source>
        <translation>名称只能使用字母、数字、“_”、“.”、“+”和“-”，且不能以“.”、“+”或“-”开头。</translation>
    </message>
</context>
<context>
    <name>StorageOps</name>
    <message>
        <source>%1 cannot be deleted while a running VM uses it: %2</source>
        <translation>运行中的虚拟机正在使用 %1，因此无法删除：%2</translation>
    </message>
    <message>
        <source>%1 is a disk of these stopped VMs: %2</source>
        <translation>%1 是这些已停止虚拟机的磁盘：%2</translation>
    </message>
    <message>
        <source>%1 is smaller than the volume&apos;s capacity of %2. Shrinking destroys the data beyond the new end; confirm it to go ahead.</source>
        <translation>%1 比卷的容量 %2 小。缩小会销毁新结尾之后的数据；请确认后再继续。</translation>
    </message>
    <message>
        <source>Could not check which VMs use the storage: reading %1 failed: %2</source>
        <translation>无法检查哪些虚拟机使用这个存储：读取 %1 失败：%2</translation>
    </message>
    <message>
        <source>The pool&apos;s data cannot be deleted: these VMs use its storage: %1</source>
        <translation>无法删除池的数据：这些虚拟机使用它的存储：%1</translation>
    </message>
</context>
<context>
    <name>TerminalView</name>
    <message>
        <source>Scrollback</source>
        <translation>回滚缓冲区</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>终端</translation>
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
        <translation>显示命令(&amp;C)…</translation>
    </message>
    <message>
        <source>Timeline entry</source>
        <translation>时间线条目</translation>
    </message>
</context>
<context>
    <name>TroubleshooterDialog</name>
    <message>
        <source>&amp;Name to ping:</source>
        <translation>要 ping 的名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Run Again</source>
        <translation>重新运行(&amp;R)</translation>
    </message>
    <message>
        <source>Also run commands &amp;inside the guest through its guest agent (ip a, ip route, ping)</source>
        <translation>同时通过客户机代理在客户机内部运行命令（ip a、ip route、ping）(&amp;I)</translation>
    </message>
    <message>
        <source>Chosen step</source>
        <translation>所选步骤</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Command output</source>
        <translation>命令输出</translation>
    </message>
    <message>
        <source>Done: %1. Checked again below; the guest gets its address when its DHCP client asks next.</source>
        <translation>完成：%1。已在下方重新检查；客户机的 DHCP 客户端下次请求时，客户机就会获得地址。</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>修复：%1</translation>
    </message>
    <message>
        <source>Fixing: %1…</source>
        <translation>正在修复：%1…</translation>
    </message>
    <message>
        <source>Last fix</source>
        <translation>上一次修复</translation>
    </message>
    <message>
        <source>Name to resolve and ping</source>
        <translation>要解析并 ping 的名称</translation>
    </message>
    <message>
        <source>Network card %1 of %2</source>
        <translation>%2 的网卡 %1</translation>
    </message>
    <message>
        <source>Network card checked</source>
        <translation>已检查的网卡</translation>
    </message>
    <message>
        <source>Run commands in the guest</source>
        <translation>在客户机中运行命令</translation>
    </message>
    <message>
        <source>Run the checks again</source>
        <translation>重新运行检查</translation>
    </message>
    <message>
        <source>The fix failed: %1</source>
        <translation>修复失败：%1</translation>
    </message>
    <message>
        <source>The same with virsh:</source>
        <translation>用 virsh 做相同的事：</translation>
    </message>
    <message>
        <source>Troubleshooter</source>
        <translation>故障排除</translation>
    </message>
    <message>
        <source>Troubleshooter steps</source>
        <translation>故障排除步骤</translation>
    </message>
    <message>
        <source>Troubleshooter summary</source>
        <translation>故障排除摘要</translation>
    </message>
    <message>
        <source>Why has %1 no address?</source>
        <translation>为什么 %1 没有地址？</translation>
    </message>
</context>
<context>
    <name>ViewerLauncher</name>
    <message>
        <source>virt-viewer is not installed.</source>
        <translation>没有安装 virt-viewer。</translation>
    </message>
</context>
<context>
    <name>VncView</name>
    <message>
        <source>Virtual machine screen</source>
        <translation>虚拟机画面</translation>
    </message>
</context>
<context>
    <name>VolumeCheck</name>
    <message>
        <source>A size cannot be negative.</source>
        <translation>大小不能是负数。</translation>
    </message>
    <message>
        <source>A volume cannot be named &apos;.&apos; or &apos;..&apos;.</source>
        <translation>卷不能命名为“.”或“..”。</translation>
    </message>
    <message>
        <source>A volume in the %1 format cannot have a backing store; choose qcow2.</source>
        <translation>%1 格式的卷不能有后备存储；请选择 qcow2。</translation>
    </message>
    <message>
        <source>A volume name cannot contain &apos;/&apos;.</source>
        <translation>卷名不能包含“/”。</translation>
    </message>
    <message>
        <source>A volume name cannot contain line breaks or other control characters.</source>
        <translation>卷名不能包含换行或其他控制字符。</translation>
    </message>
    <message>
        <source>An LVM volume name has only letters, digits, &apos;+&apos;, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;, and does not start with &apos;-&apos;.</source>
        <translation>LVM 卷名只能有字母、数字、“+”、“_”、“.”和“-”，且不能以“-”开头。</translation>
    </message>
    <message>
        <source>An image in the %1 format cannot be a backing store; choose a disk image such as qcow2 or raw.</source>
        <translation>%1 格式的镜像不能作为后备存储；请选择 qcow2 或 raw 等磁盘镜像。</translation>
    </message>
    <message>
        <source>Choose a format for the volume.</source>
        <translation>请为卷选择格式。</translation>
    </message>
    <message>
        <source>Choose the format of the backing volume.</source>
        <translation>请选择后备卷的格式。</translation>
    </message>
    <message>
        <source>Enter a name for the volume.</source>
        <translation>请为卷输入名称。</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>请输入数字。</translation>
    </message>
    <message>
        <source>Enter the volume&apos;s capacity.</source>
        <translation>请输入卷的容量。</translation>
    </message>
    <message>
        <source>Only image files in directory-like pools can have a backing store.</source>
        <translation>只有类目录池中的镜像文件才能有后备存储。</translation>
    </message>
    <message>
        <source>The allocation (%1) is more than the %2 free in the pool.</source>
        <translation>分配量（%1）超过池中可用的 %2。</translation>
    </message>
    <message>
        <source>The allocation cannot be more than the capacity.</source>
        <translation>分配量不能超过容量。</translation>
    </message>
    <message>
        <source>The capacity (%1) is more than the %2 free in the pool.</source>
        <translation>容量（%1）超过池中可用的 %2。</translation>
    </message>
    <message>
        <source>The capacity (%1) is more than the %2 free in the pool. The volume takes space only as it fills, so the pool may run out of room later.</source>
        <translation>容量（%1）超过池中可用的 %2。卷只在写入数据时才占用空间，所以池之后可能会不够用。</translation>
    </message>
    <message>
        <source>The capacity must be more than zero.</source>
        <translation>容量必须大于零。</translation>
    </message>
    <message>
        <source>The name is too long: use at most %1 bytes.</source>
        <translation>名称太长：最多使用 %1 个字节。</translation>
    </message>
    <message>
        <source>The pool already has a volume named %1.</source>
        <translation>池已经有名为 %1 的卷。</translation>
    </message>
    <message>
        <source>Volumes cannot be created in pools of this type: they come from the storage itself.</source>
        <translation>这类池无法创建卷：卷来自存储设备本身。</translation>
    </message>
    <message>
        <source>Volumes in this pool cannot have the format %1.</source>
        <translation>这个池中的卷不能使用 %1 格式。</translation>
    </message>
</context>
<context>
    <name>XmlEditorDialog</name>
    <message>
        <source>Checking the XML…</source>
        <translation>正在检查 XML…</translation>
    </message>
    <message>
        <source>Could not check the XML: %1</source>
        <translation>无法检查 XML：%1</translation>
    </message>
    <message>
        <source>The XML changed while it was checked: nothing was applied. Apply again.</source>
        <translation>XML 在检查期间被更改了：没有应用任何更改。请再应用一次。</translation>
    </message>
    <message>
        <source>The XML changed while it was checked: validate again.</source>
        <translation>XML 在检查期间被更改了：请再验证一次。</translation>
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
        <translation>条目问题</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
</context>
<context>
    <name>_EntryTable</name>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
</context>
</TS>
