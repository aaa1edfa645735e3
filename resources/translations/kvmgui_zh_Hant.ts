<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
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
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>Acceleration</name>
    <message>
        <source>KVM hardware acceleration is available</source>
        <translation>可使用 KVM 硬體加速</translation>
    </message>
    <message>
        <source>No KVM: guests run under QEMU emulation (TCG), much slower</source>
        <translation>沒有 KVM：客體會在 QEMU 模擬（TCG）下執行，速度慢很多</translation>
    </message>
    <message>
        <source>Not a QEMU/KVM host</source>
        <translation>不是 QEMU/KVM 主機</translation>
    </message>
</context>
<context>
    <name>AddHardwareDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>新增(&amp;A)</translation>
    </message>
    <message>
        <source>Add Hardware — %1</source>
        <translation>新增硬體 — %1</translation>
    </message>
    <message>
        <source>Add hardware to %1</source>
        <translation>為 %1 新增硬體</translation>
    </message>
    <message>
        <source>Add the hardware</source>
        <translation>新增這個硬體</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>新增中…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>磁碟</translation>
    </message>
    <message>
        <source>Display (VNC or SPICE)</source>
        <translation>顯示裝置（VNC 或 SPICE）</translation>
    </message>
    <message>
        <source>Kind of hardware</source>
        <translation>硬體種類</translation>
    </message>
    <message>
        <source>Network interface</source>
        <translation>網卡</translation>
    </message>
    <message>
        <source>New disk</source>
        <translation>新磁碟</translation>
    </message>
    <message>
        <source>New display (VNC or SPICE)</source>
        <translation>新顯示裝置（VNC 或 SPICE）</translation>
    </message>
    <message>
        <source>New network interface</source>
        <translation>新網卡</translation>
    </message>
    <message>
        <source>New random number generator</source>
        <translation>新亂數產生器</translation>
    </message>
    <message>
        <source>New serial port or console</source>
        <translation>新序列埠或主控台</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>未新增：%1</translation>
    </message>
    <message>
        <source>Nothing was added: the form changed while the image was looked at. Add again to add it as it is now.</source>
        <translation>未新增任何項目：查看映像檔期間表單已變更。再按一次「新增」即依目前的內容新增。</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Random number generator</source>
        <translation>亂數產生器</translation>
    </message>
    <message>
        <source>Serial port or console</source>
        <translation>序列埠或主控台</translation>
    </message>
</context>
<context>
    <name>AddressBox</name>
    <message>
        <source>%1 is an address the guest gave itself because no DHCP server answered: the host has no route to it, as a rule.</source>
        <translation>%1 是客體在沒有 DHCP 伺服器回應時自行指定的位址：主機通常沒有通往它的路由。</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>詳細資料(&amp;D)</translation>
    </message>
    <message>
        <source>A link-local address is reached only by naming the interface on its link, which is not known here: use another address.</source>
        <translation>連結本機位址只能在指明其所在連結的介面時連線，但這裡不知道是哪個介面：請改用其他位址。</translation>
    </message>
    <message>
        <source>A macvtap card: the computer the VM runs on, this one, cannot reach it; SSH to it from another computer on its network.</source>
        <translation>macvtap 網卡：執行此虛擬機器的電腦（即本機）無法連到它；請從其網路上的另一台電腦以 SSH 連線。</translation>
    </message>
    <message>
        <source>A user name starts with a letter and has only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>使用者名稱必須以字母開頭，且只能包含字母、數字、「.」、「_」和「-」</translation>
    </message>
    <message>
        <source>Addr&amp;esses:</source>
        <translation>位址(&amp;E)：</translation>
    </message>
    <message>
        <source>Cop&amp;y SSH command</source>
        <translation>複製 SSH 指令(&amp;Y)</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>已複製：%1</translation>
    </message>
    <message>
        <source>Copy SSH command</source>
        <translation>複製 SSH 指令</translation>
    </message>
    <message>
        <source>Could not read the addresses: %1</source>
        <translation>無法讀取位址：%1</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>無法啟動 %1：%2</translation>
    </message>
    <message>
        <source>IP addresses and SSH</source>
        <translation>IP 位址與 SSH</translation>
    </message>
    <message>
        <source>IP addresses of this network interface</source>
        <translation>這張網卡的 IP 位址</translation>
    </message>
    <message>
        <source>Looking for a terminal…</source>
        <translation>正在尋找終端機…</translation>
    </message>
    <message>
        <source>Looking for addresses…</source>
        <translation>正在尋找位址…</translation>
    </message>
    <message>
        <source>No terminal found (set $TERMINAL, or install xterm). Copy the SSH command instead.</source>
        <translation>找不到終端機（請設定 $TERMINAL，或安裝 xterm）。請改為複製 SSH 指令。</translation>
    </message>
    <message>
        <source>No terminal yet: looking for one takes too long (a folder in $PATH on a network mount that does not answer?). Copy the SSH command instead.</source>
        <translation>尚未找到終端機：尋找時間過長（$PATH 中是否有資料夾位於沒有回應的網路掛載上？）。請改為複製 SSH 指令。</translation>
    </message>
    <message>
        <source>Open a terminal running SSH</source>
        <translation>開啟執行 SSH 的終端機</translation>
    </message>
    <message>
        <source>Open te&amp;rminal</source>
        <translation>開啟終端機(&amp;R)</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>已開啟 %1。</translation>
    </message>
    <message>
        <source>SSH &amp;user:</source>
        <translation>SSH 使用者(&amp;U)：</translation>
    </message>
    <message>
        <source>SSH could not connect (its words are above). Press Enter to close.</source>
        <translation>SSH 無法連線（原因見上方）。按 Enter 關閉。</translation>
    </message>
    <message>
        <source>SSH status</source>
        <translation>SSH 狀態</translation>
    </message>
    <message>
        <source>SSH user</source>
        <translation>SSH 使用者</translation>
    </message>
    <message>
        <source>Show what libvirt said</source>
        <translation>顯示 libvirt 傳回的訊息</translation>
    </message>
    <message>
        <source>The VM is not running.</source>
        <translation>虛擬機器沒有在執行。</translation>
    </message>
    <message>
        <source>This card is in the VM&apos;s settings only: it is plugged in at its next start.</source>
        <translation>這張網卡只在虛擬機器的設定中：它會在下次啟動時接上。</translation>
    </message>
    <message>
        <source>This card&apos;s link is down (its cable unplugged): nothing reaches the guest through it till &quot;Link up&quot; is ticked.</source>
        <translation>這張網卡的連結已停用（網路線已拔除）：勾選「連結已啟用」之前，什麼都無法透過它連到客體。</translation>
    </message>
    <message>
        <source>User-mode networking: SSH goes through the host&apos;s port %1.</source>
        <translation>使用者模式網路：SSH 經由主機的連接埠 %1 連線。</translation>
    </message>
    <message>
        <source>User-mode networking: the host cannot reach this address, and none of its ports is forwarded to the guest&apos;s SSH port (22).</source>
        <translation>使用者模式網路：主機無法連到這個位址，且主機沒有任何連接埠轉送到客體的 SSH 連接埠 (22)。</translation>
    </message>
    <message>
        <source>What libvirt said</source>
        <translation>libvirt 傳回的訊息</translation>
    </message>
</context>
<context>
    <name>Addresses</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>ARP</source>
        <translation>ARP</translation>
    </message>
    <message>
        <source>DHCP lease</source>
        <translation>DHCP 租約</translation>
    </message>
    <message>
        <source>No address yet.</source>
        <translation>還沒有位址。</translation>
    </message>
    <message>
        <source>No address yet. %1.</source>
        <translation>還沒有位址。%1。</translation>
    </message>
    <message>
        <source>What libvirt said:</source>
        <translation>libvirt 傳回的訊息：</translation>
    </message>
    <message>
        <source>guest agent</source>
        <translation>客體代理程式</translation>
    </message>
    <message>
        <source>it is not on a libvirt network that hands out addresses, so there is no DHCP lease to read</source>
        <translation>它不在會發放位址的 libvirt 網路上，因此沒有可讀取的 DHCP 租約</translation>
    </message>
    <message>
        <source>it is on the bridge of network %1, not on the network, so libvirt lists no DHCP lease for it</source>
        <translation>它在網路 %1 的橋接器上，而不在該網路上，因此 libvirt 不會列出它的 DHCP 租約</translation>
    </message>
    <message>
        <source>network %1 gives addresses only to the cards it lists, and not to this one, so no lease will come</source>
        <translation>網路 %1 只給它列出的網卡發放位址，不包括這張網卡，因此不會有租約</translation>
    </message>
    <message>
        <source>network %1 hands out no addresses (it has no DHCP range), so no lease will come</source>
        <translation>網路 %1 不發放位址（它沒有 DHCP 範圍），因此不會有租約</translation>
    </message>
    <message>
        <source>no DHCP lease for this MAC yet</source>
        <translation>這個 MAC 還沒有 DHCP 租約</translation>
    </message>
    <message>
        <source>no guest agent in this VM</source>
        <translation>這部虛擬機器中沒有客體代理程式</translation>
    </message>
    <message>
        <source>the DHCP leases could not be read</source>
        <translation>無法讀取 DHCP 租約</translation>
    </message>
    <message>
        <source>the guest agent could not be asked</source>
        <translation>無法詢問客體代理程式</translation>
    </message>
    <message>
        <source>the guest agent does not answer (not running in the guest yet?)</source>
        <translation>客體代理程式沒有回應（客體中還沒有執行它？）</translation>
    </message>
    <message>
        <source>the guest agent reports no address for this MAC</source>
        <translation>客體代理程式回報這個 MAC 沒有位址</translation>
    </message>
    <message>
        <source>the host has seen no traffic from this MAC</source>
        <translation>主機沒有看到這個 MAC 的任何流量</translation>
    </message>
    <message>
        <source>the host&apos;s ARP table could not be read</source>
        <translation>無法讀取主機的 ARP 表</translation>
    </message>
    <message>
        <source>this host cannot ask a guest agent</source>
        <translation>這台主機無法詢問客體代理程式</translation>
    </message>
    <message>
        <source>this login may not ask the VM&apos;s guest agent on this host</source>
        <translation>此登入身分不可在這台主機上詢問虛擬機器的客體代理程式</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Demo host</source>
        <translation>示範主機</translation>
    </message>
    <message>
        <source>Watch and run KVM/QEMU virtual machines on one or many hosts.</source>
        <translation>在一台或多台主機上監看並執行 KVM/QEMU 虛擬機器。</translation>
    </message>
    <message>
        <source>also open the Demo host</source>
        <translation>同時開啟示範主機</translation>
    </message>
    <message>
        <source>log debug messages to stderr and to the log file ($XDG_STATE_HOME/kvmgui/kvmgui.log)</source>
        <translation>將除錯訊息記錄到 stderr 與記錄檔（$XDG_STATE_HOME/kvmgui/kvmgui.log）</translation>
    </message>
    <message>
        <source>open this libvirt URI (may be given several times)</source>
        <translation>開啟這個 libvirt URI（可指定多次）</translation>
    </message>
    <message>
        <source>options</source>
        <translation>選項</translation>
    </message>
    <message>
        <source>show kvmgui in this language (en, zh_Hant, zh_Hans, or a locale such as zh_TW; default: the one chosen in Preferences, else the system&apos;s)</source>
        <translation>以這個語言顯示 kvmgui（en、zh_Hant、zh_Hans，或 zh_TW 之類的地區設定；預設：偏好設定中選擇的語言，否則為系統的語言）</translation>
    </message>
    <message>
        <source>show the version number and exit</source>
        <translation>顯示版本號碼後結束</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>顯示這則說明後結束</translation>
    </message>
    <message>
        <source>the URI is empty</source>
        <translation>URI 是空的</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
</context>
<context>
    <name>ArchPage</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 — deprecated</source>
        <translation>%1 — 已淘汰</translation>
    </message>
    <message>
        <source>&amp;Architecture:</source>
        <translation>架構(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;KVM (hardware virtualisation)</source>
        <translation>KVM（硬體虛擬化）(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Machine type:</source>
        <translation>機器類型(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;QEMU emulation</source>
        <translation>QEMU 模擬(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>類型(&amp;T)：</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架構</translation>
    </message>
    <message>
        <source>Architecture and type</source>
        <translation>架構與類型</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>預設</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>預設（%1）</translation>
    </message>
    <message>
        <source>How fast the VM will run</source>
        <translation>虛擬機器的執行速度</translation>
    </message>
    <message>
        <source>KVM, hardware virtualisation</source>
        <translation>KVM，硬體虛擬化</translation>
    </message>
    <message>
        <source>Machine type</source>
        <translation>機器類型</translation>
    </message>
    <message>
        <source>Not every operating system runs on %1; choose one made for it.</source>
        <translation>並非每個作業系統都能在 %1 上執行；請選擇專為它設計的作業系統。</translation>
    </message>
    <message>
        <source>QEMU emulation</source>
        <translation>QEMU 模擬</translation>
    </message>
    <message>
        <source>This VM will run emulated, 10–50× slower, although the host has KVM.</source>
        <translation>雖然主機有 KVM，這部虛擬機器仍會以模擬方式執行，速度慢 10–50 倍。</translation>
    </message>
    <message>
        <source>This VM will run emulated, 10–50× slower: the host has no KVM.</source>
        <translation>這部虛擬機器會以模擬方式執行，速度慢 10–50 倍：主機沒有 KVM。</translation>
    </message>
    <message>
        <source>This VM will run emulated, 10–50× slower: the host&apos;s processor cannot run %1 code itself.</source>
        <translation>這部虛擬機器會以模擬方式執行，速度慢 10–50 倍：主機的處理器無法直接執行 %1 程式碼。</translation>
    </message>
    <message>
        <source>This VM will run on the host&apos;s processor through KVM, at nearly native speed.</source>
        <translation>這部虛擬機器會透過 KVM 在主機的處理器上執行，速度接近原生。</translation>
    </message>
    <message>
        <source>This host only simulates VMs (libvirt&apos;s test driver): the wizard does not check its choices against its capabilities.</source>
        <translation>這台主機只會模擬虛擬機器（libvirt 的 test 驅動程式）：精靈不會依它的功能檢查你的選擇。</translation>
    </message>
    <message>
        <source>Virtualisation type</source>
        <translation>虛擬化類型</translation>
    </message>
    <message>
        <source>What the VM is: its processor architecture, and whether the host&apos;s hardware runs it (KVM) or QEMU emulates it.</source>
        <translation>這部虛擬機器是什麼：它的處理器架構，以及由主機硬體執行它（KVM）還是由 QEMU 模擬。</translation>
    </message>
</context>
<context>
    <name>BasicsPage</name>
    <message>
        <source>&amp;Mode:</source>
        <translation>模式(&amp;M)：</translation>
    </message>
    <message>
        <source>Each guest gets a virtual function of an SR-IOV network card (PCI passthrough).</source>
        <translation>每個客體取得 SR-IOV 網卡的一個虛擬功能（PCI 直通）。</translation>
    </message>
    <message>
        <source>Guests join an existing bridge of the host and appear on the LAN as machines of their own.</source>
        <translation>客體加入主機現有的橋接器，並在區域網路上以獨立機器的身分出現。</translation>
    </message>
    <message>
        <source>Guests reach the outside through the host, hidden behind the host&apos;s address.</source>
        <translation>客體透過主機連到外部，隱藏在主機的位址後面。</translation>
    </message>
    <message>
        <source>Guests sit directly on a host interface. In bridge mode the host itself cannot reach them.</source>
        <translation>客體直接接在主機的介面上。在橋接模式下，主機本身無法連到它們。</translation>
    </message>
    <message>
        <source>Guests talk to each other and to the host only.</source>
        <translation>客體只能與彼此及主機通訊。</translation>
    </message>
    <message>
        <source>Host bridge</source>
        <translation>主機橋接器</translation>
    </message>
    <message>
        <source>Isolated</source>
        <translation>隔離</translation>
    </message>
    <message>
        <source>Macvtap (direct)</source>
        <translation>Macvtap（直接）</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Mode description</source>
        <translation>模式說明</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>名稱(&amp;A)：</translation>
    </message>
    <message>
        <source>NAT</source>
        <translation>NAT</translation>
    </message>
    <message>
        <source>Name and mode</source>
        <translation>名稱與模式</translation>
    </message>
    <message>
        <source>Name the network and choose how its guests reach the outside world.</source>
        <translation>為網路命名，並選擇它的客體如何連到外部世界。</translation>
    </message>
    <message>
        <source>Network name</source>
        <translation>網路名稱</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開放</translation>
    </message>
    <message>
        <source>Routed</source>
        <translation>路由</translation>
    </message>
    <message>
        <source>Routed like above, but libvirt adds no firewall rules: you manage them.</source>
        <translation>與上面的路由模式相同，但 libvirt 不會新增防火牆規則：由你自行管理。</translation>
    </message>
    <message>
        <source>SR-IOV pool</source>
        <translation>SR-IOV 集區</translation>
    </message>
    <message>
        <source>The guests&apos; subnet is routed through the host; the LAN needs a route back to it.</source>
        <translation>客體的子網路經由主機路由；區域網路需要一條回到它的路由。</translation>
    </message>
</context>
<context>
    <name>BootPage</name>
    <message>
        <source>&amp;Direct kernel boot</source>
        <translation>直接核心開機(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Initrd path:</source>
        <translation>Initrd 路徑(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Kernel path:</source>
        <translation>核心路徑(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Boot &amp;order:</source>
        <translation>開機順序(&amp;O)：</translation>
    </message>
    <message>
        <source>Boot devices, first boots first</source>
        <translation>開機裝置（排在最前面的最先開機）</translation>
    </message>
    <message>
        <source>Boot options</source>
        <translation>開機選項</translation>
    </message>
    <message>
        <source>Boot order</source>
        <translation>開機順序</translation>
    </message>
    <message>
        <source>CD-ROM</source>
        <translation>光碟機</translation>
    </message>
    <message>
        <source>Choose at least one boot device</source>
        <translation>請至少選擇一個開機裝置</translation>
    </message>
    <message>
        <source>Direct kernel boot</source>
        <translation>直接核心開機</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Enter the kernel&apos;s path for direct kernel boot</source>
        <translation>請輸入直接核心開機用的核心路徑</translation>
    </message>
    <message>
        <source>Floppy</source>
        <translation>軟碟</translation>
    </message>
    <message>
        <source>Hard disk</source>
        <translation>硬碟</translation>
    </message>
    <message>
        <source>Initrd path</source>
        <translation>Initrd 路徑</translation>
    </message>
    <message>
        <source>Kernel a&amp;rguments:</source>
        <translation>核心參數(&amp;R)：</translation>
    </message>
    <message>
        <source>Kernel arguments</source>
        <translation>核心參數</translation>
    </message>
    <message>
        <source>Kernel path</source>
        <translation>核心路徑</translation>
    </message>
    <message>
        <source>Move boot device down</source>
        <translation>將開機裝置下移</translation>
    </message>
    <message>
        <source>Move boot device up</source>
        <translation>將開機裝置上移</translation>
    </message>
    <message>
        <source>Network (PXE)</source>
        <translation>網路（PXE）</translation>
    </message>
    <message>
        <source>Show the boot &amp;menu</source>
        <translation>顯示開機選單(&amp;M)</translation>
    </message>
    <message>
        <source>Show the boot menu</source>
        <translation>顯示開機選單</translation>
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
    <name>CloudInitPage</name>
    <message>
        <source>&amp;Host name:</source>
        <translation>主機名稱(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Root:</source>
        <translation>Root 登入(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>使用者(&amp;U)：</translation>
    </message>
    <message>
        <source>Add a &amp;key from ~/.ssh</source>
        <translation>從 ~/.ssh 新增金鑰(&amp;K)</translation>
    </message>
    <message>
        <source>Add a public key from ~/.ssh</source>
        <translation>從 ~/.ssh 新增公開金鑰</translation>
    </message>
    <message>
        <source>Cloud-init</source>
        <translation>Cloud-init</translation>
    </message>
    <message>
        <source>Cloud-init problem</source>
        <translation>Cloud-init 問題</translation>
    </message>
    <message>
        <source>E&amp;xtra user-data:</source>
        <translation>額外的 user-data(&amp;X)：</translation>
    </message>
    <message>
        <source>Empty: DHCP on the first network device</source>
        <translation>留空：在第一個網路裝置上使用 DHCP</translation>
    </message>
    <message>
        <source>Extra user-data (YAML)</source>
        <translation>額外的 user-data（YAML）</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>主機名稱</translation>
    </message>
    <message>
        <source>Ne&amp;twork config:</source>
        <translation>網路設定(&amp;T)：</translation>
    </message>
    <message>
        <source>Network configuration (YAML)</source>
        <translation>網路設定（YAML）</translation>
    </message>
    <message>
        <source>No public keys in %1</source>
        <translation>%1 中沒有公開金鑰</translation>
    </message>
    <message>
        <source>One public key per line: ssh-ed25519 AAAA… you@host</source>
        <translation>每行一個公開金鑰：ssh-ed25519 AAAA… you@host</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Password a&amp;gain:</source>
        <translation>再次輸入密碼(&amp;G)：</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次輸入密碼</translation>
    </message>
    <message>
        <source>Public keys in ~/.ssh</source>
        <translation>~/.ssh 中的公開金鑰</translation>
    </message>
    <message>
        <source>Root cannot log in (recommended)</source>
        <translation>Root 無法登入（建議）</translation>
    </message>
    <message>
        <source>Root login</source>
        <translation>Root 登入</translation>
    </message>
    <message>
        <source>Root logs in with the SSH keys</source>
        <translation>Root 以 SSH 金鑰登入</translation>
    </message>
    <message>
        <source>Root logs in with the password or the SSH keys</source>
        <translation>Root 以密碼或 SSH 金鑰登入</translation>
    </message>
    <message>
        <source>SSH ke&amp;ys:</source>
        <translation>SSH 金鑰(&amp;Y)：</translation>
    </message>
    <message>
        <source>SSH public keys</source>
        <translation>SSH 公開金鑰</translation>
    </message>
    <message>
        <source>Seed volume problem</source>
        <translation>種子磁碟區問題</translation>
    </message>
    <message>
        <source>Set the guest up with &amp;cloud-init</source>
        <translation>使用 cloud-init 設定客體(&amp;C)</translation>
    </message>
    <message>
        <source>Set the guest up with cloud-init</source>
        <translation>使用 cloud-init 設定客體</translation>
    </message>
    <message>
        <source>The password is too long: most Linux guests refuse one of more than %1 bytes (a character outside ASCII takes 2 to 4).</source>
        <translation>密碼太長：大多數 Linux 客體會拒絕超過 %1 位元組的密碼（ASCII 以外的字元每個佔 2 到 4 位元組）。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>兩次輸入的密碼不同。</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <source>What cloud-init sets up in the guest at its first start.</source>
        <translation>cloud-init 在客體第一次啟動時要設定的內容。</translation>
    </message>
    <message>
        <source>the image&apos;s default user</source>
        <translation>映像檔的預設使用者</translation>
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
        <source>Could not save %1: %2</source>
        <translation>無法儲存 %1：%2</translation>
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
        <source>Saving %1…</source>
        <translation>正在儲存 %1…</translation>
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
        <comment>an action&apos;s title: what, which VM</comment>
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
        <source>Enter a host name or address, optionally followed by &apos;:&apos; and a port number.</source>
        <translation>請輸入主機名稱或位址，後面可加上「:」與連接埠號碼。</translation>
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
        <source>The host name may not contain &apos;%1&apos;.</source>
        <translation>主機名稱不能包含「%1」。</translation>
    </message>
    <message>
        <source>The host name may not contain spaces, &apos;/&apos;, &apos;@&apos;, &apos;?&apos; or &apos;#&apos;.</source>
        <translation>主機名稱不能包含空格、「/」、「@」、「?」或「#」。</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>連接埠必須是 1 到 65535 之間的數字。</translation>
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
    <message>
        <source>Write an IPv6 address&apos;s zone after %25, such as [fe80::1%25eth0]: libvirt reads &apos;%&apos; and two hex digits as one character.</source>
        <translation>IPv6 位址的區域（zone）請寫在 %25 之後，例如 [fe80::1%25eth0]：libvirt 會把「%」加兩個十六進位數字讀成一個字元。</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 The reason: %2.</source>
        <translation>%1 原因：%2。</translation>
    </message>
    <message>
        <source>%1 is not connected.</source>
        <translation>%1 沒有連線。</translation>
    </message>
    <message>
        <source>%1 — retrying in %n s</source>
        <translation>%1 — %n 秒後重試</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>已連線到 %1</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>正在連線到 %1</translation>
    </message>
    <message>
        <source>Could not connect to the host: %1.</source>
        <translation>無法連線到主機：%1。</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>已中斷連線</translation>
    </message>
    <message>
        <source>Disconnected: %1</source>
        <translation>已中斷連線：%1</translation>
    </message>
    <message>
        <source>Logged in, but libvirt is not running on the host (or not installed there): start libvirtd or virtqemud on it.</source>
        <translation>已登入，但該主機上沒有執行 libvirt（或未安裝）：請在該主機上啟動 libvirtd 或 virtqemud。</translation>
    </message>
    <message>
        <source>Logged in, but the host has neither virt-ssh-helper nor nc (netcat) to reach libvirt with: install libvirt&apos;s client tools or netcat on it.</source>
        <translation>已登入，但主機上既沒有 virt-ssh-helper 也沒有 nc（netcat）可用來連到 libvirt：請在主機上安裝 libvirt 的用戶端工具或 netcat。</translation>
    </message>
    <message>
        <source>No ssh server answered at this address.</source>
        <translation>此位址上沒有 ssh 伺服器回應。</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>未連線。</translation>
    </message>
    <message>
        <source>The host refused the login: no password, key or ssh-agent identity was accepted.</source>
        <translation>主機拒絕登入：密碼、金鑰和 ssh-agent 身分均未被接受。</translation>
    </message>
    <message>
        <source>The host&apos;s key differs from the one known for it: ssh refused to log in. If the host was reinstalled, remove its old key from known_hosts.</source>
        <translation>該主機的金鑰與已知的不同：ssh 拒絕登入。如果該主機重新安裝過，請從 known_hosts 中刪除它的舊金鑰。</translation>
    </message>
    <message>
        <source>The host&apos;s key was not accepted, so ssh did not log in.</source>
        <translation>未接受該主機的金鑰，因此 ssh 沒有登入。</translation>
    </message>
    <message>
        <source>The ssh program could not be run on this computer: ssh is not installed, or the program the address names with command= is not there.</source>
        <translation>無法在這台電腦上執行 ssh 程式：ssh 未安裝，或位址中以 command= 指定的程式不存在。</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已關閉</translation>
    </message>
    <message>
        <source>closed (%1)</source>
        <translation>已關閉（%1）</translation>
    </message>
    <message>
        <source>connection error</source>
        <translation>連線錯誤</translation>
    </message>
    <message>
        <source>kvmgui could not write the files of its ssh login: %1</source>
        <translation>kvmgui 無法寫入它用於 ssh 登入的檔案：%1</translation>
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
    <name>ConnectionModel</name>
    <message>
        <source>%1 — %2</source>
        <comment>a connection and its state</comment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>ConnectionPanel</name>
    <message>
        <source>Co&amp;nnections</source>
        <translation>連線(&amp;N)</translation>
    </message>
    <message>
        <source>Connection actions</source>
        <translation>連線動作</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>連線</translation>
    </message>
    <message>
        <source>Connections panel</source>
        <translation>連線面板</translation>
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
    <name>CpuMemoryPage</name>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences: what the OS recommends, what it needs</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>%1 of %2 vCPUs, %3 of %4 MiB</source>
        <translation>虛擬 CPU %1/%2，記憶體 %3/%4 MiB</translation>
    </message>
    <message numerus="yes">
        <source>%1 recommends %2 of memory and %n CPU(s).</source>
        <translation>
            <numerusform>%1 建議使用 %2 的記憶體和 %n 顆 CPU。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>記憶體(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Virtual CPUs:</source>
        <translation>虛擬 CPU(&amp;V)：</translation>
    </message>
    <message>
        <source>A named model (custom)</source>
        <translation>指定名稱的型號（custom）</translation>
    </message>
    <message>
        <source>CPU m&amp;odel:</source>
        <translation>CPU 型號(&amp;O)：</translation>
    </message>
    <message>
        <source>CPU mo&amp;de:</source>
        <translation>CPU 模式(&amp;D)：</translation>
    </message>
    <message>
        <source>CPU mo&amp;del:</source>
        <translation>CPU 型號(&amp;D)：</translation>
    </message>
    <message>
        <source>CPU mode</source>
        <translation>CPU 模式</translation>
    </message>
    <message>
        <source>CPU model</source>
        <translation>CPU 型號</translation>
    </message>
    <message>
        <source>CPUs and memory</source>
        <translation>CPU 與記憶體</translation>
    </message>
    <message>
        <source>Copy host CPU (host-passthrough)</source>
        <translation>複製主機 CPU（host-passthrough）</translation>
    </message>
    <message>
        <source>Emulated VMs get QEMU&apos;s default CPU model.</source>
        <translation>模擬的虛擬機器會使用 QEMU 的預設 CPU 型號。</translation>
    </message>
    <message>
        <source>Everything the hypervisor offers (maximum)</source>
        <translation>虛擬化管理程式提供的全部功能（maximum）</translation>
    </message>
    <message>
        <source>Host CPU model (host-model)</source>
        <translation>主機 CPU 型號（host-model）</translation>
    </message>
    <message>
        <source>Host resources</source>
        <translation>主機資源</translation>
    </message>
    <message>
        <source>How much of the host the VM may use.</source>
        <translation>虛擬機器可以使用多少主機資源。</translation>
    </message>
    <message>
        <source>Hypervisor default</source>
        <translation>虛擬化管理程式預設值</translation>
    </message>
    <message numerus="yes">
        <source>It needs at least %1 and %n CPU(s).</source>
        <translation>
            <numerusform>它至少需要 %1 和 %n 顆 CPU。</numerusform>
        </translation>
    </message>
    <message>
        <source>Ma&amp;ximum vCPUs:</source>
        <translation>虛擬 CPU 上限(&amp;X)：</translation>
    </message>
    <message>
        <source>Maximum memor&amp;y:</source>
        <translation>記憶體上限(&amp;Y)：</translation>
    </message>
    <message>
        <source>Maximum memory</source>
        <translation>記憶體上限</translation>
    </message>
    <message>
        <source>Maximum vCPUs</source>
        <translation>虛擬 CPU 上限</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>記憶體</translation>
    </message>
    <message>
        <source>Memory (current)</source>
        <translation>記憶體（目前）</translation>
    </message>
    <message>
        <source>Memory and CPUs</source>
        <translation>記憶體與 CPU</translation>
    </message>
    <message>
        <source>Name the CPU model for a custom CPU</source>
        <translation>請為自訂 CPU 指定 CPU 型號名稱</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>未執行</translation>
    </message>
    <message>
        <source>Reading the host&apos;s memory and CPUs…</source>
        <translation>正在讀取主機的記憶體和 CPU…</translation>
    </message>
    <message>
        <source>Running VM now</source>
        <translation>虛擬機器目前的執行狀態</translation>
    </message>
    <message>
        <source>Running VM now:</source>
        <translation>虛擬機器目前的執行狀態：</translation>
    </message>
    <message>
        <source>The closest CPU model with the host&apos;s features (host-model)</source>
        <translation>具備主機功能的最接近 CPU 型號（host-model）</translation>
    </message>
    <message numerus="yes">
        <source>The host has %1 of memory and %n CPU(s).</source>
        <translation>
            <numerusform>主機有 %1 的記憶體和 %n 顆 CPU。</numerusform>
        </translation>
    </message>
    <message>
        <source>The host&apos;s CPU as it is (host-passthrough): fastest</source>
        <translation>主機 CPU 原樣提供（host-passthrough）：最快</translation>
    </message>
    <message>
        <source>The hypervisor&apos;s default CPU model</source>
        <translation>虛擬化管理程式的預設 CPU 型號</translation>
    </message>
    <message>
        <source>Virtual CPUs</source>
        <translation>虛擬 CPU</translation>
    </message>
    <message>
        <source>What the operating system recommends</source>
        <translation>作業系統的建議</translation>
    </message>
    <message>
        <source>e.g. Skylake-Client</source>
        <translation>例如 Skylake-Client</translation>
    </message>
    <message>
        <source>v&amp;CPUs:</source>
        <translation>虛擬 CPU(&amp;C)：</translation>
    </message>
    <message>
        <source>vCPUs (current)</source>
        <translation>虛擬 CPU（目前）</translation>
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
    <name>CredentialDialog</name>
    <message>
        <source>Answer:</source>
        <translation>回答：</translation>
    </message>
    <message>
        <source>Authentication required — %1</source>
        <translation>需要驗證 — %1</translation>
    </message>
    <message>
        <source>Credentials for %1</source>
        <translation>%1 的認證資訊</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密碼：</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>使用者名稱：</translation>
    </message>
</context>
<context>
    <name>DateTime</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <source>%1  (pool %2)</source>
        <translation>%1（集區 %2）</translation>
    </message>
    <message>
        <source>%1  (pool %2) — also used by %3</source>
        <translation>%1（集區 %2）— 也被 %3 使用</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>what is listed, then which VMs are gone</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>%1: %2 on network %3 (MAC %4)</source>
        <translation>%1：網路 %3 上的 %2（MAC %4）</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>Also delete &amp;storage volumes</source>
        <translation>同時刪除儲存磁碟區(&amp;S)</translation>
    </message>
    <message>
        <source>Also delete storage volumes</source>
        <translation>同時刪除儲存磁碟區</translation>
    </message>
    <message>
        <source>Also remove their &amp;fixed addresses</source>
        <translation>同時移除它們的固定位址(&amp;F)</translation>
    </message>
    <message>
        <source>Also remove their fixed addresses</source>
        <translation>同時移除它們的固定位址</translation>
    </message>
    <message>
        <source>Could not list the storage volumes: %1</source>
        <translation>無法列出儲存磁碟區：%1</translation>
    </message>
    <message>
        <source>Could not look up the VMs&apos; fixed addresses, so none will be removed: %1</source>
        <translation>無法查詢虛擬機器的固定位址，因此不會移除任何固定位址：%1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Delete %1 on %2? This cannot be undone.</source>
        <translation>要刪除 %2 上的 %1 嗎？這個動作無法復原。</translation>
    </message>
    <message>
        <source>Delete Virtual Machine</source>
        <translation>刪除虛擬機器</translation>
    </message>
    <message>
        <source>Delete Virtual Machines</source>
        <translation>刪除虛擬機器</translation>
    </message>
    <message>
        <source>Delete virtual machines</source>
        <translation>刪除虛擬機器</translation>
    </message>
    <message>
        <source>Deleted elsewhere meanwhile, so its storage is not listed: %1.</source>
        <translation>已在別處刪除，因此未列出它的儲存空間：%1。</translation>
    </message>
    <message>
        <source>Deleted elsewhere meanwhile, so their storage is not listed: %1.</source>
        <translation>已在別處刪除，因此未列出它們的儲存空間：%1。</translation>
    </message>
    <message>
        <source>Fixed addresses</source>
        <translation>固定位址</translation>
    </message>
    <message>
        <source>Looking up the VMs&apos; fixed addresses…</source>
        <translation>正在查詢虛擬機器的固定位址…</translation>
    </message>
    <message>
        <source>Looking up the VMs&apos; storage volumes…</source>
        <translation>正在查詢虛擬機器的儲存磁碟區…</translation>
    </message>
    <message>
        <source>Only the checked volumes will be deleted. Files outside storage pools, CD-ROM images and read-only disks are never removed.</source>
        <translation>只會刪除已勾選的磁碟區。儲存集區以外的檔案、光碟映像檔和唯讀磁碟永遠不會被移除。</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>詢問</translation>
    </message>
    <message>
        <source>Running VMs are forced off first: %1.</source>
        <translation>執行中的虛擬機器會先被強制關閉：%1。</translation>
    </message>
    <message>
        <source>Storage status</source>
        <translation>儲存空間狀態</translation>
    </message>
    <message>
        <source>Storage volumes to delete</source>
        <translation>要刪除的儲存磁碟區</translation>
    </message>
    <message>
        <source>These VMs use no storage volumes that libvirt manages; no files will be removed.</source>
        <translation>這些虛擬機器沒有使用 libvirt 管理的儲存磁碟區；不會移除任何檔案。</translation>
    </message>
    <message>
        <source>This VM uses no storage volumes that libvirt manages; no files will be removed.</source>
        <translation>這部虛擬機器沒有使用 libvirt 管理的儲存磁碟區；不會移除任何檔案。</translation>
    </message>
</context>
<context>
    <name>DeleteVm</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; on %2 was deleted, but its fixed address %3 on network %4 (MAC address %5) was not removed: %6</source>
        <translation>%2 上的「%1」已刪除，但沒有移除它在網路 %4 上的固定位址 %3（MAC 位址 %5）：%6</translation>
    </message>
    <message>
        <source>&apos;%1&apos; on %2 was deleted, but its fixed addresses were not removed: %3</source>
        <translation>%2 上的「%1」已刪除，但沒有移除它的固定位址：%3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; on %2 was deleted; its fixed address %3 on network %4 stays: a card of %5 has its MAC address, %6, now.</source>
        <translation>%2 上的「%1」已刪除；它在網路 %4 上的固定位址 %3 保留：%5 的一張網卡現在使用其 MAC 位址 %6。</translation>
    </message>
    <message>
        <source>The VM was deleted, but not all of its storage: %1</source>
        <translation>虛擬機器已刪除，但沒有刪除它的全部儲存空間：%1</translation>
    </message>
    <message>
        <source>it was forced off, but not removed: %1</source>
        <translation>已強制關閉，但未能移除：%1</translation>
    </message>
    <message>
        <source>kept, as it is now used by %1</source>
        <translation>已保留，因為 %1 現在正在使用它</translation>
    </message>
</context>
<context>
    <name>DetailsActions</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Add Hardware…</source>
        <translation>新增硬體(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>關閉視窗(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>前往(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Hardware</source>
        <translation>硬體(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Next Page</source>
        <translation>下一頁(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Power</source>
        <translation>電源(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Previous Page</source>
        <translation>上一頁(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Remove Device…</source>
        <translation>移除裝置(&amp;R)…</translation>
    </message>
    <message>
        <source>Details toolbar</source>
        <translation>詳細資料工具列</translation>
    </message>
    <message>
        <source>Edit &amp;XML…</source>
        <translation>編輯 XML(&amp;X)…</translation>
    </message>
    <message>
        <source>Virtual machine toolbar</source>
        <translation>虛擬機器工具列</translation>
    </message>
</context>
<context>
    <name>DetailsWindow</name>
    <message>
        <source>%1 (and %2, which goes with it)</source>
        <translation>%1（以及隨它一起移除的 %2）</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <comment>VM, host, what became of a change made in its window</comment>
        <translation>%2 上的 %1：%3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 when last seen; %3: %4</source>
        <translation>%1 — 上次所見為 %2；%3：%4</translation>
    </message>
    <message>
        <source>%1 — Virtual Machine Details</source>
        <translation>%1 — 虛擬機器詳細資料</translation>
    </message>
    <message>
        <source>%1 — no longer exists on %2</source>
        <translation>%1 — 已不存在於 %2</translation>
    </message>
    <message>
        <source>%1: applied in part: %2</source>
        <translation>%1：僅部分套用：%2</translation>
    </message>
    <message>
        <source>%1: not applied: %2</source>
        <translation>%1：未套用：%2</translation>
    </message>
    <message>
        <source>Could not read the VM: %1</source>
        <translation>無法讀取虛擬機器：%1</translation>
    </message>
    <message>
        <source>Details of virtual machine %1</source>
        <translation>虛擬機器 %1 的詳細資料</translation>
    </message>
    <message>
        <source>Discard your edits?</source>
        <translation>要捨棄你的編輯嗎？</translation>
    </message>
    <message>
        <source>Force %1 off and start it again? This is like pulling the power cord: the guest gets no chance to save its work.</source>
        <translation>要強制關閉 %1 並重新啟動嗎？這就像拔掉電源線：客體沒有機會儲存它的工作。</translation>
    </message>
    <message>
        <source>Force off and start?</source>
        <translation>要強制關閉並啟動嗎？</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>上一次的結果</translation>
    </message>
    <message>
        <source>Network card %1 has had no IP address for a while: its page offers the troubleshooter.</source>
        <translation>網卡 %1 已有一段時間沒有 IP 位址：它的頁面提供疑難排解工具。</translation>
    </message>
    <message>
        <source>Not while the VM is being deleted</source>
        <translation>虛擬機器正在刪除，請等刪除結束</translation>
    </message>
    <message>
        <source>Not while the VM is being saved</source>
        <translation>虛擬機器正在儲存，請等儲存結束</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <source>Remove %1 from %2?</source>
        <translation>要從 %2 移除 %1 嗎？</translation>
    </message>
    <message>
        <source>Remove device?</source>
        <translation>要移除裝置嗎？</translation>
    </message>
    <message>
        <source>Settings page</source>
        <translation>設定頁面</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>設定頁面清單</translation>
    </message>
    <message>
        <source>The window closes once libvirt has stored the definition from the XML editor.</source>
        <translation>libvirt 儲存 XML 編輯器中的定義後，視窗就會關閉。</translation>
    </message>
    <message>
        <source>These pages have edits that were not applied: %1. Close and discard them?</source>
        <translation>這些頁面有尚未套用的編輯：%1。要關閉並捨棄它們嗎？</translation>
    </message>
    <message>
        <source>Virtual machine and state</source>
        <translation>虛擬機器與狀態</translation>
    </message>
    <message>
        <source>XML editor</source>
        <translation>XML 編輯器</translation>
    </message>
</context>
<context>
    <name>Device</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (%2) %3</source>
        <translation>%1（%2）%3</translation>
    </message>
    <message>
        <source>%1 controller %2</source>
        <translation>%1 控制器 %2</translation>
    </message>
    <message>
        <source>%1 of type %2</source>
        <translation>類型為 %2 的 %1</translation>
    </message>
    <message>
        <source>%1 on bridge %2</source>
        <translation>%1 接在橋接器 %2 上</translation>
    </message>
    <message>
        <source>%1 on network %2</source>
        <translation>%1 接在網路 %2 上</translation>
    </message>
    <message>
        <source>%1 via macvtap on %2 (%3 mode)</source>
        <translation>%1 透過 %2 上的 macvtap（%3 模式）</translation>
    </message>
    <message>
        <source>%1 with user-mode networking</source>
        <translation>%1 使用使用者模式網路</translation>
    </message>
    <message>
        <source>Audio backend</source>
        <translation>音訊後端</translation>
    </message>
    <message>
        <source>CD-ROM</source>
        <translation>光碟機</translation>
    </message>
    <message>
        <source>CD-ROM %1</source>
        <translation>光碟機 %1</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>通道</translation>
    </message>
    <message>
        <source>Channel %1</source>
        <translation>通道 %1</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>主控台</translation>
    </message>
    <message>
        <source>Console %1</source>
        <translation>主控台 %1</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>磁碟</translation>
    </message>
    <message>
        <source>Disk %1</source>
        <translation>磁碟 %1</translation>
    </message>
    <message>
        <source>Display %1</source>
        <translation>顯示裝置 %1</translation>
    </message>
    <message>
        <source>Evdev</source>
        <translation>Evdev</translation>
    </message>
    <message>
        <source>Filesystem</source>
        <translation>檔案系統</translation>
    </message>
    <message>
        <source>Filesystem %1</source>
        <translation>檔案系統 %1</translation>
    </message>
    <message>
        <source>Floppy</source>
        <translation>軟碟</translation>
    </message>
    <message>
        <source>Floppy %1</source>
        <translation>軟碟 %1</translation>
    </message>
    <message>
        <source>Host device</source>
        <translation>主機裝置</translation>
    </message>
    <message>
        <source>Host device %1</source>
        <translation>主機裝置 %1</translation>
    </message>
    <message>
        <source>IOMMU</source>
        <translation>IOMMU</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>輸入裝置</translation>
    </message>
    <message>
        <source>Input %1</source>
        <translation>輸入裝置 %1</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>鍵盤</translation>
    </message>
    <message>
        <source>Memory balloon</source>
        <translation>記憶體氣球</translation>
    </message>
    <message>
        <source>Memory module</source>
        <translation>記憶體模組</translation>
    </message>
    <message>
        <source>Mouse</source>
        <translation>滑鼠</translation>
    </message>
    <message>
        <source>NIC</source>
        <translation>網卡</translation>
    </message>
    <message>
        <source>NIC %1</source>
        <translation>網卡 %1</translation>
    </message>
    <message>
        <source>Panic notifier</source>
        <translation>核心恐慌通知器</translation>
    </message>
    <message>
        <source>Parallel port</source>
        <translation>平行埠</translation>
    </message>
    <message>
        <source>Passthrough</source>
        <translation>直通</translation>
    </message>
    <message>
        <source>RNG</source>
        <translation>RNG</translation>
    </message>
    <message>
        <source>Serial port</source>
        <translation>序列埠</translation>
    </message>
    <message>
        <source>Serial port %1</source>
        <translation>序列埠 %1</translation>
    </message>
    <message>
        <source>Shared memory</source>
        <translation>共用記憶體</translation>
    </message>
    <message>
        <source>Smartcard</source>
        <translation>智慧卡</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>音效</translation>
    </message>
    <message>
        <source>TPM</source>
        <translation>TPM</translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation>繪圖板</translation>
    </message>
    <message>
        <source>USB hub</source>
        <translation>USB 集線器</translation>
    </message>
    <message>
        <source>USB redirection</source>
        <translation>USB 重新導向</translation>
    </message>
    <message>
        <source>VSOCK</source>
        <translation>VSOCK</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>視訊</translation>
    </message>
    <message>
        <source>Video %1</source>
        <translation>視訊 %1</translation>
    </message>
    <message>
        <source>Virtio console</source>
        <translation>Virtio 主控台</translation>
    </message>
    <message>
        <source>Virtio console %1</source>
        <translation>Virtio 主控台 %1</translation>
    </message>
    <message>
        <source>Watchdog</source>
        <translation>監視程式</translation>
    </message>
    <message>
        <source>Watchdog %1</source>
        <translation>監視程式 %1</translation>
    </message>
    <message>
        <source>action %1</source>
        <translation>動作 %1</translation>
    </message>
    <message>
        <source>auto port</source>
        <translation>自動連接埠</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>無媒體</translation>
    </message>
    <message>
        <source>link down</source>
        <translation>連結中斷</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>監聽 %1</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>連接埠 %1</translation>
    </message>
</context>
<context>
    <name>DeviceCheck</name>
    <message>
        <source>%1 cannot be a NIC&apos;s address: QEMU would use 52:54:00:12:34:56 instead, as in every VM without an address</source>
        <translation>%1 不能當作網卡的位址：QEMU 會改用 52:54:00:12:34:56，和每一台沒有位址的虛擬機器一樣</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <source>%1 is a folder, not a disk image</source>
        <translation>%1 是資料夾，不是磁碟映像檔</translation>
    </message>
    <message>
        <source>%1 is a multicast address; a NIC needs a unicast one (even first byte)</source>
        <translation>%1 是多播位址；網卡需要單播位址（第一個位元組為偶數）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a MAC address (expected six hex pairs like 52:54:00:12:34:56)</source>
        <translation>「%1」不是 MAC 位址（應為六組十六進位數字，例如 52:54:00:12:34:56）</translation>
    </message>
    <message>
        <source>A CD-ROM cannot use the virtio bus; choose SATA or SCSI</source>
        <translation>光碟機不能使用 virtio 匯流排；請選擇 SATA 或 SCSI</translation>
    </message>
    <message>
        <source>Choose a disk image</source>
        <translation>請選擇磁碟映像檔</translation>
    </message>
    <message>
        <source>MAC address %1 is already used by another NIC of this VM</source>
        <translation>MAC 位址 %1 已被這部虛擬機器的另一張網卡使用</translation>
    </message>
    <message>
        <source>MAC address %1 is still used by a NIC of the running VM (removed, it goes when the VM is next started)</source>
        <translation>MAC 位址 %1 仍被執行中虛擬機器的一張網卡使用（已移除，虛擬機器下次啟動時才會消失）</translation>
    </message>
    <message>
        <source>Target %1 is already used by another disk of this VM</source>
        <translation>目標 %1 已被這部虛擬機器的另一個磁碟使用</translation>
    </message>
    <message>
        <source>The VM has no USB (its USB controller&apos;s model is &apos;none&apos;); choose another bus</source>
        <translation>這部虛擬機器沒有 USB（其 USB 控制器的型號為「none」）；請選擇其他匯流排</translation>
    </message>
    <message>
        <source>The VM&apos;s machine type (%1) has no %2 bus; choose %3</source>
        <translation>這部虛擬機器的機器類型（%1）沒有 %2 匯流排；請選擇 %3</translation>
    </message>
    <message>
        <source>The VM&apos;s machine type (%1) takes only virtio network interfaces</source>
        <translation>這部虛擬機器的機器類型（%1）只接受 virtio 網卡</translation>
    </message>
    <message>
        <source>The VM&apos;s machine type has no %1 bus; choose %2</source>
        <translation>這部虛擬機器的機器類型沒有 %1 匯流排；請選擇 %2</translation>
    </message>
    <message>
        <source>The VM&apos;s q35 chipset has no IDE bus; choose SATA or SCSI</source>
        <translation>這部虛擬機器的 q35 晶片組沒有 IDE 匯流排；請選擇 SATA 或 SCSI</translation>
    </message>
    <message>
        <source>The VM&apos;s s390 machine takes only virtio network interfaces</source>
        <translation>這部虛擬機器的 s390 機器只接受 virtio 網卡</translation>
    </message>
    <message>
        <source>The path contains a line break or another control character</source>
        <translation>路徑包含換行或其他控制字元</translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <source>&amp;Forward to:</source>
        <translation>轉送到(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Limit the ports NAT may use</source>
        <translation>限制 NAT 可使用的連接埠(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Physical function:</source>
        <translation>實體功能(&amp;P)：</translation>
    </message>
    <message>
        <source>Any physical device</source>
        <translation>任何實體裝置</translation>
    </message>
    <message>
        <source>Bridge: guests on the interface see each other</source>
        <translation>橋接：同一介面上的客體可以看到彼此</translation>
    </message>
    <message>
        <source>Cannot list host interfaces (%1): type the interface name.</source>
        <translation>無法列出主機介面（%1）：請輸入介面名稱。</translation>
    </message>
    <message>
        <source>Choose the host interface the network uses.</source>
        <translation>請選擇網路要使用的主機介面。</translation>
    </message>
    <message>
        <source>First NAT port</source>
        <translation>第一個 NAT 連接埠</translation>
    </message>
    <message>
        <source>Forward device</source>
        <translation>轉送裝置</translation>
    </message>
    <message>
        <source>Host &amp;interface:</source>
        <translation>主機介面(&amp;I)：</translation>
    </message>
    <message>
        <source>Host b&amp;ridge:</source>
        <translation>主機橋接器(&amp;R)：</translation>
    </message>
    <message>
        <source>Host bridge</source>
        <translation>主機橋接器</translation>
    </message>
    <message>
        <source>Host device</source>
        <translation>主機裝置</translation>
    </message>
    <message>
        <source>Host interface</source>
        <translation>主機介面</translation>
    </message>
    <message>
        <source>Host interfaces</source>
        <translation>主機介面</translation>
    </message>
    <message>
        <source>In the running VM</source>
        <translation>在執行中的虛擬機器中</translation>
    </message>
    <message>
        <source>Last NAT port</source>
        <translation>最後一個 NAT 連接埠</translation>
    </message>
    <message>
        <source>Limit NAT ports</source>
        <translation>限制 NAT 連接埠</translation>
    </message>
    <message>
        <source>Looking for host interfaces…</source>
        <translation>正在尋找主機介面…</translation>
    </message>
    <message>
        <source>Macvtap m&amp;ode:</source>
        <translation>Macvtap 模式(&amp;O)：</translation>
    </message>
    <message>
        <source>Macvtap mode</source>
        <translation>Macvtap 模式</translation>
    </message>
    <message>
        <source>NAT &amp;ports:</source>
        <translation>NAT 連接埠(&amp;P)：</translation>
    </message>
    <message>
        <source>NAT ports</source>
        <translation>NAT 連接埠</translation>
    </message>
    <message>
        <source>No host interfaces were found: type the interface name.</source>
        <translation>找不到主機介面：請輸入介面名稱。</translation>
    </message>
    <message>
        <source>Not in the running VM: it is added at the next start</source>
        <translation>不在執行中的虛擬機器中：下次啟動時才會加入</translation>
    </message>
    <message>
        <source>Passthrough: one guest owns the interface</source>
        <translation>直通：由一個客體獨佔這個介面</translation>
    </message>
    <message>
        <source>Physical function</source>
        <translation>實體功能</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>已存在</translation>
    </message>
    <message>
        <source>Private: guests cannot see each other</source>
        <translation>私有：客體之間無法看到彼此</translation>
    </message>
    <message>
        <source>Running VM</source>
        <translation>執行中的虛擬機器</translation>
    </message>
    <message>
        <source>Running VM:</source>
        <translation>執行中的虛擬機器：</translation>
    </message>
    <message>
        <source>Runs as %1: it becomes %2 at the next start</source>
        <translation>以 %1 執行中：下次啟動時變為 %2</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Settings of %1</source>
        <translation>%1 的設定</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>摘要：</translation>
    </message>
    <message>
        <source>The VM is not running</source>
        <translation>虛擬機器沒有在執行</translation>
    </message>
    <message>
        <source>This host has no bridge named %1: virtual machines on this network cannot start until it exists.</source>
        <translation>這台主機沒有名為 %1 的橋接器：在它建立之前，這個網路上的虛擬機器都無法啟動。</translation>
    </message>
    <message>
        <source>This host has no interface named %1: virtual machines on this network cannot start until it exists.</source>
        <translation>這台主機沒有名為 %1 的介面：在它建立之前，這個網路上的虛擬機器都無法啟動。</translation>
    </message>
    <message>
        <source>VEPA: all traffic goes through the external switch</source>
        <translation>VEPA：所有流量都經過外部交換器</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>to</source>
        <comment>a range of ports: 1024 to 65535</comment>
        <translation>到</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>DiffDialog</name>
    <message>
        <source>&amp;Apply</source>
        <translation>套用(&amp;A)</translation>
    </message>
    <message>
        <source>Apply the changes</source>
        <translation>套用變更</translation>
    </message>
    <message>
        <source>Apply these changes?</source>
        <translation>要套用這些變更嗎？</translation>
    </message>
    <message>
        <source>Cancel: keep editing</source>
        <translation>取消：繼續編輯</translation>
    </message>
    <message>
        <source>Changes to apply</source>
        <translation>要套用的變更</translation>
    </message>
    <message>
        <source>Differences between the current definition and your edit</source>
        <translation>目前的定義與你編輯後的差異</translation>
    </message>
    <message>
        <source>Lines starting with − are removed, with + added:</source>
        <translation>以 − 開頭的行會被移除，以 + 開頭的行會被新增：</translation>
    </message>
</context>
<context>
    <name>DiskForm</name>
    <message>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <source>%1 (%2 free)</source>
        <translation>%1（可用 %2）</translation>
    </message>
    <message>
        <source>%1 is used by %2 already. Two VMs that write on one image wreck it. Add it anyway?</source>
        <translation>%2 已在使用 %1。兩部虛擬機器同時寫入同一個映像檔會損毀它。仍要新增嗎？</translation>
    </message>
    <message>
        <source>%1 of the running VM still uses %2</source>
        <translation>執行中虛擬機器的 %1 仍在使用 %2</translation>
    </message>
    <message>
        <source>%1 of this VM already uses %2</source>
        <translation>這部虛擬機器的 %1 已經使用 %2</translation>
    </message>
    <message>
        <source>&amp;Bus:</source>
        <translation>匯流排(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>裝置(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Pool:</source>
        <translation>集區(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Read-only</source>
        <translation>唯讀(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Volume name:</source>
        <translation>磁碟區名稱(&amp;V)：</translation>
    </message>
    <message>
        <source>CD-ROM</source>
        <translation>光碟機</translation>
    </message>
    <message>
        <source>Choose a storage pool</source>
        <translation>請選擇儲存集區</translation>
    </message>
    <message>
        <source>Create a &amp;new volume</source>
        <translation>建立新的磁碟區(&amp;N)</translation>
    </message>
    <message>
        <source>Create a new volume</source>
        <translation>建立新的磁碟區</translation>
    </message>
    <message>
        <source>Device type</source>
        <translation>裝置類型</translation>
    </message>
    <message>
        <source>Disk bus</source>
        <translation>磁碟匯流排</translation>
    </message>
    <message>
        <source>Enter a volume name without &apos;/&apos;</source>
        <translation>請輸入不含「/」的磁碟區名稱</translation>
    </message>
    <message>
        <source>Enter the absolute path of the image</source>
        <translation>請輸入映像檔的絕對路徑</translation>
    </message>
    <message>
        <source>Hard disk</source>
        <translation>硬碟</translation>
    </message>
    <message>
        <source>Image pat&amp;h:</source>
        <translation>映像檔路徑(&amp;H)：</translation>
    </message>
    <message>
        <source>Image path</source>
        <translation>映像檔路徑</translation>
    </message>
    <message>
        <source>Looking for other VMs that use %1…</source>
        <translation>正在尋找使用 %1 的其他虛擬機器…</translation>
    </message>
    <message>
        <source>New disk</source>
        <translation>新磁碟</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>唯讀</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>大小(&amp;Z)：</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Storage pool</source>
        <translation>儲存集區</translation>
    </message>
    <message>
        <source>Use an &amp;existing image</source>
        <translation>使用現有的映像檔(&amp;E)</translation>
    </message>
    <message>
        <source>Use an existing image</source>
        <translation>使用現有的映像檔</translation>
    </message>
    <message>
        <source>Volume format</source>
        <translation>磁碟區格式</translation>
    </message>
    <message>
        <source>Volume name</source>
        <translation>磁碟區名稱</translation>
    </message>
</context>
<context>
    <name>DiskPage</name>
    <message>
        <source>%1 is used by %2 already. Two VMs that write on one image wreck it. Use it anyway?</source>
        <translation>%2 已在使用 %1。兩部虛擬機器同時寫入同一個映像檔會損毀它。仍要使用嗎？</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>&amp;Bus:</source>
        <translation>匯流排(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Cache mode:</source>
        <translation>快取模式(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Eject</source>
        <translation>退出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Image path:</source>
        <translation>映像檔路徑(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>插入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Read-only</source>
        <translation>唯讀(&amp;R)</translation>
    </message>
    <message>
        <source>/path/to/image.iso</source>
        <translation>/path/to/image.iso</translation>
    </message>
    <message>
        <source>A CD-ROM is always read-only.</source>
        <translation>光碟機一律為唯讀。</translation>
    </message>
    <message>
        <source>A floppy drive is always on the fdc bus.</source>
        <translation>軟碟機一律接在 fdc 匯流排上。</translation>
    </message>
    <message>
        <source>Apply or revert your other edits first.</source>
        <translation>請先套用或還原你的其他編輯。</translation>
    </message>
    <message>
        <source>Cache mode</source>
        <translation>快取模式</translation>
    </message>
    <message>
        <source>Disk %1</source>
        <translation>磁碟 %1</translation>
    </message>
    <message>
        <source>Disk bus</source>
        <translation>磁碟匯流排</translation>
    </message>
    <message>
        <source>Eject media</source>
        <translation>退出媒體</translation>
    </message>
    <message>
        <source>Enter the path of the disk image</source>
        <translation>請輸入磁碟映像檔的路徑</translation>
    </message>
    <message>
        <source>Holds %1 until the next start</source>
        <translation>執行中裝著 %1，直到下次啟動</translation>
    </message>
    <message>
        <source>Holds no media until the next start</source>
        <translation>執行中沒有媒體，直到下次啟動</translation>
    </message>
    <message>
        <source>Hypervisor default</source>
        <translation>虛擬化管理程式預設值</translation>
    </message>
    <message>
        <source>Image path</source>
        <translation>映像檔路徑</translation>
    </message>
    <message>
        <source>Insert %1</source>
        <translation>插入 %1</translation>
    </message>
    <message>
        <source>Insert media</source>
        <translation>插入媒體</translation>
    </message>
    <message>
        <source>Looking for other VMs that use %1…</source>
        <translation>正在尋找使用 %1 的其他虛擬機器…</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>媒體</translation>
    </message>
    <message>
        <source>Media:</source>
        <translation>媒體：</translation>
    </message>
    <message>
        <source>No media</source>
        <translation>沒有媒體</translation>
    </message>
    <message>
        <source>Nothing was applied: the page changed while the image was looked at. Apply again to apply it as it is now.</source>
        <translation>未套用任何變更：查看映像檔期間頁面已變更。再按一次「套用」即依目前的內容套用。</translation>
    </message>
    <message>
        <source>Nothing was inserted: the path changed while the image was looked at. Insert again to insert it.</source>
        <translation>未插入任何媒體：查看映像檔期間路徑已變更。再按一次「插入」即插入它。</translation>
    </message>
    <message>
        <source>Path of the media to insert</source>
        <translation>要插入的媒體路徑</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>唯讀</translation>
    </message>
</context>
<context>
    <name>DisplayForm</name>
    <message>
        <source>&amp;Listen on:</source>
        <translation>監聽位址(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>類型(&amp;T)：</translation>
    </message>
    <message>
        <source>Display listens on</source>
        <translation>顯示裝置的監聽位址</translation>
    </message>
    <message>
        <source>Display type</source>
        <translation>顯示裝置類型</translation>
    </message>
    <message>
        <source>Every address of the host (%1)</source>
        <translation>主機的每個位址（%1）</translation>
    </message>
    <message>
        <source>New display</source>
        <translation>新顯示裝置</translation>
    </message>
    <message>
        <source>The host&apos;s QEMU has no %1 display</source>
        <translation>主機的 QEMU 沒有 %1 顯示裝置</translation>
    </message>
    <message>
        <source>The host&apos;s QEMU has no %1 display; choose %2</source>
        <translation>主機的 QEMU 沒有 %1 顯示裝置；請選擇 %2</translation>
    </message>
    <message>
        <source>This VM already has a %1 display</source>
        <translation>這部虛擬機器已經有 %1 顯示裝置</translation>
    </message>
    <message>
        <source>This host only (%1)</source>
        <translation>只有這台主機（%1）</translation>
    </message>
</context>
<context>
    <name>DnsEntryDialog</name>
    <message>
        <source>%1 has a DNS record already: edit that one.</source>
        <translation>%1 已經有 DNS 記錄：請編輯那一筆。</translation>
    </message>
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
    <name>DomainChange</name>
    <message>
        <source>%1 %2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>%1 But %2 was not changed: %3</source>
        <translation>%1 但 %2 未變更：%3</translation>
    </message>
    <message>
        <source>%1 Network %2, started for it, is still running: %3</source>
        <translation>%1 為此啟動的網路 %2 仍在執行中：%3</translation>
    </message>
    <message>
        <source>%1 Network %2, started for it, was left running: %3 started using it meanwhile.</source>
        <translation>%1 為此啟動的網路 %2 仍保持執行：%3 在此期間開始使用它。</translation>
    </message>
    <message>
        <source>%1 could not be read: its file system did not answer (is it a network mount that is down?).</source>
        <translation>無法讀取 %1：它的檔案系統沒有回應（它是否位於已斷線的網路掛載上？）。</translation>
    </message>
    <message>
        <source>%1 is a Hyper-V image (VHDX), which libvirt cannot give a VM. Convert it first, e.g. %2</source>
        <translation>%1 是 Hyper-V 映像檔（VHDX），libvirt 無法將它交給虛擬機器。請先轉換，例如：%2</translation>
    </message>
    <message>
        <source>%1 is transient: it has no persistent definition to change.</source>
        <translation>%1 是暫時性的：它沒有可變更的永久定義。</translation>
    </message>
    <message>
        <source>%1 was taken for a block device, as it lies in /dev: no storage pool of the host says what it is.</source>
        <translation>%1 被視為區塊裝置，因為它位於 /dev：主機沒有任何儲存集區說明它是什麼。</translation>
    </message>
    <message>
        <source>%1: asked of the running VM; %2.</source>
        <translation>%1：已向執行中的虛擬機器提出；%2。</translation>
    </message>
    <message>
        <source>%1: at the next start</source>
        <translation>%1：在下次啟動時</translation>
    </message>
    <message>
        <source>%1: done and applied to the running VM.</source>
        <translation>%1：已完成，並已套用到執行中的虛擬機器。</translation>
    </message>
    <message>
        <source>%1: done, but the running VM could not take it: %2 It takes effect when the VM is next started.</source>
        <translation>%1：已完成，但執行中的虛擬機器無法套用：%2 會在虛擬機器下次啟動時生效。</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1：已完成。</translation>
    </message>
    <message>
        <source>%1: done; takes effect when the VM is next started (%2).</source>
        <translation>%1：已完成；會在虛擬機器下次啟動時生效（%2）。</translation>
    </message>
    <message>
        <source>%1: done; takes effect when the VM is next started.</source>
        <translation>%1：已完成；會在虛擬機器下次啟動時生效。</translation>
    </message>
    <message>
        <source>%1: saved and applied to the running VM.</source>
        <translation>%1：已儲存，並已套用到執行中的虛擬機器。</translation>
    </message>
    <message>
        <source>%1: saved, but the running VM could not take it: %2 It takes effect when the VM is next started.</source>
        <translation>%1：已儲存，但執行中的虛擬機器無法套用：%2 會在虛擬機器下次啟動時生效。</translation>
    </message>
    <message>
        <source>%1: saved.</source>
        <translation>%1：已儲存。</translation>
    </message>
    <message>
        <source>%1: saved; takes effect when the VM is next started (%2).</source>
        <translation>%1：已儲存；會在虛擬機器下次啟動時生效（%2）。</translation>
    </message>
    <message>
        <source>%1: saved; takes effect when the VM is next started.</source>
        <translation>%1：已儲存；會在虛擬機器下次啟動時生效。</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation>自動啟動</translation>
    </message>
    <message>
        <source>Boot options</source>
        <translation>開機選項</translation>
    </message>
    <message>
        <source>CPU model</source>
        <translation>CPU 型號</translation>
    </message>
    <message>
        <source>Device removal</source>
        <translation>移除裝置</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>連結</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>記憶體</translation>
    </message>
    <message>
        <source>Network %1 could not be started: %2</source>
        <translation>網路 %1 無法啟動：%2</translation>
    </message>
    <message>
        <source>New device</source>
        <translation>新裝置</translation>
    </message>
    <message>
        <source>New disk</source>
        <translation>新磁碟</translation>
    </message>
    <message>
        <source>Only %1 took effect on the running VM. The rest was not applied and cannot wait for a restart (%2): %3 is transient, with no definition to keep it for the next start.</source>
        <translation>執行中的虛擬機器只套用了 %1。其餘部分未套用，也無法等到重新啟動（%2）：%3 是暫時性的，沒有定義可以保留到下次啟動。</translation>
    </message>
    <message>
        <source>Only %1 took effect on the running VM; libvirt refused the rest: %2</source>
        <translation>執行中的虛擬機器只套用了 %1；其餘部分遭 libvirt 拒絕：%2</translation>
    </message>
    <message>
        <source>The VM no longer has the device %1.</source>
        <translation>虛擬機器已經沒有裝置 %1。</translation>
    </message>
    <message>
        <source>Title and description</source>
        <translation>標題與描述</translation>
    </message>
    <message>
        <source>the guest has not let go of it yet; it goes as soon as the guest does</source>
        <translation>客體還沒有放開它；客體一放開，它就會移除</translation>
    </message>
    <message>
        <source>the maximum memory is fixed while the VM runs</source>
        <translation>虛擬機器執行時，記憶體上限是固定的</translation>
    </message>
    <message>
        <source>the maximum number of vCPUs is fixed while the VM runs</source>
        <translation>虛擬機器執行時，虛擬 CPU 數量上限是固定的</translation>
    </message>
    <message>
        <source>the running VM does not have this device yet</source>
        <translation>執行中的虛擬機器還沒有這個裝置</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>虛擬 CPU</translation>
    </message>
</context>
<context>
    <name>DomainCheck</name>
    <message>
        <source>A VM needs at least one vCPU</source>
        <translation>虛擬機器至少需要一顆虛擬 CPU</translation>
    </message>
    <message>
        <source>Current memory (%1 MiB) cannot exceed maximum memory (%2 MiB)</source>
        <translation>目前記憶體（%1 MiB）不能超過記憶體上限（%2 MiB）</translation>
    </message>
    <message>
        <source>Current vCPUs (%1) cannot exceed maximum vCPUs (%2)</source>
        <translation>目前虛擬 CPU 數（%1）不能超過虛擬 CPU 上限（%2）</translation>
    </message>
    <message>
        <source>Memory must be more than 0</source>
        <translation>記憶體必須大於 0</translation>
    </message>
    <message>
        <source>The description cannot contain control characters other than line breaks and tabs.</source>
        <translation>描述不能包含換行與定位字元以外的控制字元。</translation>
    </message>
    <message>
        <source>The title cannot contain line breaks or other control characters.</source>
        <translation>標題不能包含換行或其他控制字元。</translation>
    </message>
</context>
<context>
    <name>DomainModel</name>
    <message>
        <source>%1 assigned; the host does not report how much is in use</source>
        <translation>已分配 %1；主機未回報已使用的記憶體量</translation>
    </message>
    <message>
        <source>%1 in use of %2</source>
        <translation>已使用 %1，共 %2</translation>
    </message>
    <message>
        <source>%1 · restart pending</source>
        <translation>%1 · 待重新啟動</translation>
    </message>
    <message>
        <source>%1 ↻</source>
        <translation>%1 ↻</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation>自動啟動</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Could not read the VM&apos;s performance: %1</source>
        <translation>無法讀取虛擬機器的效能：%1</translation>
    </message>
    <message>
        <source>Disk I/O</source>
        <translation>磁碟 I/O</translation>
    </message>
    <message>
        <source>Disk read + write rate</source>
        <translation>磁碟讀取 + 寫入速率</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主機</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>記憶體</translation>
    </message>
    <message>
        <source>Memory in use / assigned</source>
        <translation>已使用 / 已分配的記憶體</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Network I/O</source>
        <translation>網路 I/O</translation>
    </message>
    <message>
        <source>Network receive + transmit rate</source>
        <translation>網路接收 + 傳送速率</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Read %1, write %2</source>
        <translation>讀取 %1，寫入 %2</translation>
    </message>
    <message>
        <source>Received %1, sent %2</source>
        <translation>已接收 %1，已傳送 %2</translation>
    </message>
    <message>
        <source>Share of the VM&apos;s vCPUs in use</source>
        <translation>虛擬機器的虛擬 CPU 使用比例</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Takes effect at the next start:</source>
        <translation>下次啟動時生效：</translation>
    </message>
    <message>
        <source>Time since kvmgui saw the VM start (≥: it was already running)</source>
        <translation>自 kvmgui 看到虛擬機器啟動以來的時間（≥：當時它已在執行）</translation>
    </message>
    <message>
        <source>Transient</source>
        <translation>暫時性</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>運作時間</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>虛擬 CPU</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
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
    <name>DraftBar</name>
    <message>
        <source>&amp;Begin Installation</source>
        <translation>開始安裝(&amp;B)</translation>
    </message>
    <message>
        <source>Begin installation</source>
        <translation>開始安裝</translation>
    </message>
    <message>
        <source>This virtual machine does not exist yet. Change its settings, then begin the installation.</source>
        <translation>這部虛擬機器還不存在。請變更它的設定，然後開始安裝。</translation>
    </message>
    <message>
        <source>Why the installation cannot begin</source>
        <translation>安裝無法開始的原因</translation>
    </message>
</context>
<context>
    <name>DraftDetailsWindow</name>
    <message>
        <source>%1 — Customise New Virtual Machine</source>
        <translation>%1 — 自訂新虛擬機器</translation>
    </message>
    <message>
        <source>%1 — not created yet</source>
        <translation>%1 — 尚未建立</translation>
    </message>
    <message>
        <source>Apply or revert your edits first: %1.</source>
        <translation>請先套用或還原你的編輯：%1。</translation>
    </message>
    <message>
        <source>Customise new virtual machine %1</source>
        <translation>自訂新虛擬機器 %1</translation>
    </message>
    <message>
        <source>Installation result</source>
        <translation>安裝結果</translation>
    </message>
    <message>
        <source>this can be changed once the virtual machine exists</source>
        <translation>虛擬機器建立後才能變更這項設定</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>%1 does not answer (a network mount?), so the dialog opens in %2.</source>
        <translation>%1 沒有回應（是網路掛載嗎？），因此對話框改在 %2 開啟。</translation>
    </message>
    <message>
        <source>%1 does not answer (a network mount?): it is left out of the side bar this time.</source>
        <translation>%1 沒有回應（是網路掛載嗎？）：這次不會顯示在側邊欄中。</translation>
    </message>
    <message>
        <source>Waiting for %1 to answer (a network mount?): a file dialog is open there, and Qt looks at that folder first in every new one. Closing it lets this one open elsewhere.</source>
        <translation>正在等待 %1 回應（是網路掛載嗎？）：有個檔案對話框正開在該資料夾，而 Qt 在每個新對話框中都會先查看它。關閉那個對話框後，這個就能改在別處開啟。</translation>
    </message>
</context>
<context>
    <name>FileError</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>路徑中有一部分不是資料夾</translation>
    </message>
    <message>
        <source>input/output error</source>
        <translation>輸入/輸出錯誤</translation>
    </message>
    <message>
        <source>it is a device, a pipe or a socket, not a file</source>
        <translation>它是裝置、管道或通訊端，不是檔案</translation>
    </message>
    <message>
        <source>it is a directory</source>
        <translation>它是目錄</translation>
    </message>
    <message>
        <source>its symbolic links lead round in a loop</source>
        <translation>它的符號連結繞成了迴圈</translation>
    </message>
    <message>
        <source>no such file or directory</source>
        <translation>沒有這個檔案或目錄</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>權限不足</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁碟已滿</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>磁碟配額已用完</translation>
    </message>
    <message>
        <source>the file is larger than its file system allows (FAT32 takes at most 4 GiB)</source>
        <translation>檔案大於其檔案系統允許的大小（FAT32 最多 4 GiB）</translation>
    </message>
    <message>
        <source>the file system is read-only</source>
        <translation>檔案系統為唯讀</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>名稱太長</translation>
    </message>
    <message>
        <source>the network file system no longer knows it (stale file handle)</source>
        <translation>網路檔案系統已不認得它（檔案控制代碼已失效）</translation>
    </message>
    <message>
        <source>the system could not look at it</source>
        <translation>系統無法查看它</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>All hosts</source>
        <translation>所有主機</translation>
    </message>
    <message>
        <source>Filte&amp;r:</source>
        <translation>篩選(&amp;R)：</translation>
    </message>
    <message>
        <source>Filter virtual machines</source>
        <translation>篩選虛擬機器</translation>
    </message>
    <message>
        <source>H&amp;ost:</source>
        <translation>主機(&amp;O)：</translation>
    </message>
    <message>
        <source>Host filter</source>
        <translation>主機篩選條件</translation>
    </message>
    <message>
        <source>Name or host (Ctrl+F)</source>
        <translation>名稱或主機（Ctrl+F）</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>狀態(&amp;T)：</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>狀態篩選條件</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>&amp;Find:</source>
        <translation>尋找(&amp;F)：</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>關閉尋找列</translation>
    </message>
    <message>
        <source>Find bar</source>
        <translation>尋找列</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>尋找下一個</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>尋找上一個</translation>
    </message>
    <message>
        <source>Find result</source>
        <translation>尋找結果</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>尋找…</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一個</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>找不到</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一個</translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation>要尋找的文字</translation>
    </message>
</context>
<context>
    <name>FinishDialog</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel creating the virtual machine</source>
        <translation>取消建立虛擬機器</translation>
    </message>
    <message>
        <source>Cancelling: removing what was created…</source>
        <translation>正在取消：移除已建立的項目…</translation>
    </message>
    <message>
        <source>Creating %1</source>
        <translation>正在建立 %1</translation>
    </message>
    <message>
        <source>Creating the disk…</source>
        <translation>正在建立磁碟…</translation>
    </message>
    <message>
        <source>Creating the virtual machine</source>
        <translation>正在建立虛擬機器</translation>
    </message>
    <message>
        <source>Defining the virtual machine…</source>
        <translation>正在定義虛擬機器…</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>準備中…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進度</translation>
    </message>
    <message>
        <source>Removing what was created…</source>
        <translation>正在移除已建立的項目…</translation>
    </message>
    <message>
        <source>Starting the virtual machine…</source>
        <translation>正在啟動虛擬機器…</translation>
    </message>
    <message>
        <source>Turning autostart on…</source>
        <translation>正在開啟自動啟動…</translation>
    </message>
    <message>
        <source>Uploading the cloud-init seed…</source>
        <translation>正在上傳 cloud-init 種子…</translation>
    </message>
    <message>
        <source>What the job does now</source>
        <translation>工作目前正在進行的步驟</translation>
    </message>
</context>
<context>
    <name>FinishRows</name>
    <message>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <source>Nothing was created.</source>
        <translation>沒有建立任何東西。</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Why Finish waits</source>
        <translation>「完成」為何無法使用</translation>
    </message>
</context>
<context>
    <name>FirmwarePage</name>
    <message>
        <source>&amp;Display:</source>
        <translation>顯示裝置(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Firmware:</source>
        <translation>韌體(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Secure Boot</source>
        <translation>安全開機(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;UEFI</source>
        <translation>UEFI(&amp;U)</translation>
    </message>
    <message>
        <source>BI&amp;OS</source>
        <translation>BIOS(&amp;O)</translation>
    </message>
    <message>
        <source>BIOS</source>
        <translation>BIOS</translation>
    </message>
    <message>
        <source>Chosen by libvirt for the features asked</source>
        <translation>由 libvirt 依要求的功能選擇</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>顯示裝置</translation>
    </message>
    <message>
        <source>Display &amp;reachable from:</source>
        <translation>顯示畫面可連線範圍(&amp;R)：</translation>
    </message>
    <message>
        <source>Display reachable from</source>
        <translation>顯示畫面可連線範圍</translation>
    </message>
    <message>
        <source>Every network of the host (0.0.0.0)</source>
        <translation>主機的每個網路（0.0.0.0）</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>韌體</translation>
    </message>
    <message>
        <source>Firmware and display</source>
        <translation>韌體與顯示裝置</translation>
    </message>
    <message>
        <source>None: serial console only</source>
        <translation>無：只有序列主控台</translation>
    </message>
    <message>
        <source>Only this host (127.0.0.1)</source>
        <translation>只有這台主機（127.0.0.1）</translation>
    </message>
    <message>
        <source>Reading the firmware this host offers…</source>
        <translation>正在讀取這台主機提供的韌體…</translation>
    </message>
    <message>
        <source>SPICE</source>
        <translation>SPICE</translation>
    </message>
    <message>
        <source>Secure Boot</source>
        <translation>安全開機</translation>
    </message>
    <message>
        <source>The &amp;machine&apos;s own</source>
        <translation>機器自有的韌體(&amp;M)</translation>
    </message>
    <message>
        <source>The machine&apos;s own firmware</source>
        <translation>機器自有的韌體</translation>
    </message>
    <message>
        <source>This host does not say which firmware it has; libvirt will refuse a choice it cannot meet.</source>
        <translation>這台主機沒有說明它有哪些韌體；libvirt 會拒絕它無法滿足的選擇。</translation>
    </message>
    <message>
        <source>This host has no UEFI firmware for this machine type: install the OVMF package (or AAVMF for ARM) on it.</source>
        <translation>這台主機沒有適用於這個機器類型的 UEFI 韌體：請在主機上安裝 OVMF 套件（ARM 則為 AAVMF）。</translation>
    </message>
    <message>
        <source>This host&apos;s UEFI firmware has no Secure Boot.</source>
        <translation>這台主機的 UEFI 韌體不支援安全開機。</translation>
    </message>
    <message>
        <source>UEFI</source>
        <translation>UEFI</translation>
    </message>
    <message>
        <source>UEFI &amp;image:</source>
        <translation>UEFI 映像檔(&amp;I)：</translation>
    </message>
    <message>
        <source>UEFI firmware image</source>
        <translation>UEFI 韌體映像檔</translation>
    </message>
    <message>
        <source>VNC</source>
        <translation>VNC</translation>
    </message>
    <message>
        <source>What the VM starts with, and how you see its screen.</source>
        <translation>虛擬機器以什麼啟動，以及你如何看到它的畫面。</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 / %2 GiB</source>
        <translation>%1 / %2 GiB</translation>
    </message>
    <message>
        <source>%1 / %2 MiB</source>
        <translation>%1 / %2 MiB</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小時</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小時 %2 分鐘</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分鐘</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
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
    <name>GraphWidget</name>
    <message>
        <source>%1 %2</source>
        <comment>a graph&apos;s line and its latest value: Read 2 MiB/s</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a graph&apos;s latest values, read some time ago: CPU 12 % (30 s ago)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>the latest values of a graph&apos;s lines</comment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a graph&apos;s title: its latest values</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%n min ago</source>
        <translation>%n 分鐘前</translation>
    </message>
    <message>
        <source>%n s ago</source>
        <translation>%n 秒前</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>還沒有資料</translation>
    </message>
    <message>
        <source>now</source>
        <translation>現在</translation>
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
        <source>Click the screen (or Tab to it) to type into the virtual machine.</source>
        <translation>按一下畫面（或用 Tab 移到畫面上）即可在虛擬機器中輸入。</translation>
    </message>
    <message>
        <source>Connecting to the virtual machine&apos;s display…</source>
        <translation>正在連線到虛擬機器的顯示畫面…</translation>
    </message>
    <message>
        <source>Console status</source>
        <translation>主控台狀態</translation>
    </message>
    <message>
        <source>Could not connect to the display.</source>
        <translation>無法連線到顯示畫面。</translation>
    </message>
    <message>
        <source>Could not save the screenshot to %1: %2</source>
        <translation>無法將螢幕截圖儲存到 %1：%2</translation>
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
        <source>It asks for a user name, which kvmgui cannot give it.</source>
        <translation>它要求提供使用者名稱，而 kvmgui 無法提供。</translation>
    </message>
    <message>
        <source>It offers: %1</source>
        <translation>它提供的是：%1</translation>
    </message>
    <message>
        <source>Keyboard and pointer go to the virtual machine. Press Ctrl+Alt to release them.</source>
        <translation>鍵盤和指標輸入會送到虛擬機器。按 Ctrl+Alt 可釋放。</translation>
    </message>
    <message>
        <source>Keyboard hint</source>
        <translation>鍵盤提示</translation>
    </message>
    <message>
        <source>Keys go to the virtual machine. Press Ctrl+Alt to release the keyboard.</source>
        <translation>按鍵會送到虛擬機器。按 Ctrl+Alt 可釋放鍵盤。</translation>
    </message>
    <message>
        <source>Looking for virt-viewer…</source>
        <translation>正在尋找 virt-viewer…</translation>
    </message>
    <message>
        <source>Not connected to the virtual machine&apos;s display.</source>
        <translation>未連線到虛擬機器的顯示畫面。</translation>
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
        <source>Saving the screenshot to %1…</source>
        <translation>正在將螢幕截圖儲存到 %1…</translation>
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
        <source>Screenshot saved to %1.</source>
        <translation>螢幕截圖已儲存到 %1。</translation>
    </message>
    <message>
        <source>Screenshot status</source>
        <translation>螢幕截圖狀態</translation>
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
        <source>The display has no port yet: the virtual machine is still starting. The console connects when it has one.</source>
        <translation>顯示畫面還沒有連接埠：虛擬機器仍在啟動中。有了連接埠之後，主控台就會連線。</translation>
    </message>
    <message>
        <source>The display refused the password.</source>
        <translation>顯示畫面拒絕了這個密碼。</translation>
    </message>
    <message>
        <source>The screen is shown full screen.</source>
        <translation>畫面以全螢幕顯示。</translation>
    </message>
    <message>
        <source>The ssh program “%1” that reaches the display could not be run on this computer: it is not installed or not there.</source>
        <translation>無法在這台電腦上執行用來連到顯示畫面的 ssh 程式「%1」：它未安裝或不存在。</translation>
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
        <source>The virtual machine&apos;s display asks for a password:</source>
        <translation>虛擬機器的顯示畫面要求輸入密碼：</translation>
    </message>
    <message>
        <source>This guest&apos;s display cannot take the window&apos;s size; scaling instead.</source>
        <translation>這個客體的顯示畫面無法配合視窗大小，改用縮放。</translation>
    </message>
    <message>
        <source>This virtual machine has no graphical display.</source>
        <translation>這部虛擬機器沒有圖形顯示。</translation>
    </message>
    <message>
        <source>This virtual machine&apos;s display is %1, which kvmgui&apos;s console cannot show. Add a VNC or SPICE display to see its screen here.</source>
        <translation>這台虛擬機器的顯示畫面是 %1，kvmgui 的主控台無法顯示。請加入 VNC 或 SPICE 顯示畫面，才能在這裡看到它的畫面。</translation>
    </message>
    <message>
        <source>This virtual machine&apos;s display is SPICE. kvmgui shows it in virt-viewer.</source>
        <translation>這部虛擬機器的顯示是 SPICE。kvmgui 會在 virt-viewer 中顯示它。</translation>
    </message>
    <message>
        <source>VNC password</source>
        <translation>VNC 密碼</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未說明原因</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>ssh cannot log in to the host “%1” to reach the display: it would read the name as an option.</source>
        <translation>ssh 無法登入主機「%1」以連到顯示畫面：它會把這個名稱當成選項。</translation>
    </message>
    <message>
        <source>there is no screen to save</source>
        <translation>沒有可儲存的畫面</translation>
    </message>
    <message>
        <source>type %1</source>
        <translation>類型 %1</translation>
    </message>
    <message>
        <source>virt-viewer could not start: %1</source>
        <translation>virt-viewer 無法啟動：%1</translation>
    </message>
    <message>
        <source>virt-viewer crashed.</source>
        <translation>virt-viewer 當掉了。</translation>
    </message>
    <message>
        <source>virt-viewer ended with exit status %1.</source>
        <translation>virt-viewer 結束，結束狀態為 %1。</translation>
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
        <source>&amp;Overview</source>
        <translation>概觀(&amp;O)</translation>
    </message>
    <message>
        <source>Cancel the transfers?</source>
        <translation>要取消傳輸嗎？</translation>
    </message>
    <message>
        <source>Close the host details</source>
        <translation>關閉主機詳細資料</translation>
    </message>
    <message>
        <source>Discard your edits?</source>
        <translation>要捨棄你的編輯嗎？</translation>
    </message>
    <message>
        <source>Host details</source>
        <translation>主機詳細資料</translation>
    </message>
    <message>
        <source>Host details sections</source>
        <translation>主機詳細資料分頁</translation>
    </message>
    <message>
        <source>Host details — %1</source>
        <translation>主機詳細資料 — %1</translation>
    </message>
    <message>
        <source>Network &amp;map</source>
        <translation>網路地圖(&amp;M)</translation>
    </message>
    <message>
        <source>Stora&amp;ge</source>
        <translation>儲存空間(&amp;G)</translation>
    </message>
    <message>
        <source>These transfers are still running: %1. Cancel them and close the window?</source>
        <translation>這些傳輸仍在進行：%1。要取消它們並關閉視窗嗎？</translation>
    </message>
    <message>
        <source>These windows have edits that were not applied: %1. Close and discard them?</source>
        <translation>這些視窗有尚未套用的編輯：%1。要關閉並捨棄它們嗎？</translation>
    </message>
    <message>
        <source>Virtual &amp;networks</source>
        <translation>虛擬網路(&amp;N)</translation>
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
        <source>Enter a MAC address or a host name.</source>
        <translation>請輸入 MAC 位址或主機名稱。</translation>
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
        <source>The static host %1 has the name &apos;%2&apos; already.</source>
        <translation>靜態主機 %1 已經使用名稱「%2」。</translation>
    </message>
    <message>
        <source>This MAC address has a static host already: edit that one.</source>
        <translation>這個 MAC 位址已經有靜態主機設定：請編輯那一筆。</translation>
    </message>
</context>
<context>
    <name>HostKeyDialog</name>
    <message>
        <source>&amp;Fingerprint:</source>
        <translation>指紋(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Trust this key and connect</source>
        <translation>信任此金鑰並連線(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指紋</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>金鑰類型</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>金鑰類型：</translation>
    </message>
    <message>
        <source>SSH question — %1</source>
        <translation>SSH 詢問 — %1</translation>
    </message>
    <message>
        <source>The host %1 is not known to ssh yet. Before you trust it, make sure this is the host you mean: compare the fingerprint below with the one the host itself shows (on the host: ssh-keygen -lf /etc/ssh/ssh_host_%2_key.pub).</source>
        <translation>ssh 尚不認識主機 %1。信任它之前，請確認這就是您要連線的主機：將下面的指紋與該主機自己顯示的指紋比較（在該主機上執行：ssh-keygen -lf /etc/ssh/ssh_host_%2_key.pub）。</translation>
    </message>
    <message>
        <source>Unknown host key — %1</source>
        <translation>未知的主機金鑰 — %1</translation>
    </message>
</context>
<context>
    <name>HostPanel</name>
    <message>
        <source>Could not %1: %2</source>
        <translation>無法 %1：%2</translation>
    </message>
</context>
<context>
    <name>Hypervisor</name>
    <message>
        <source>KVM (hardware-accelerated)</source>
        <translation>KVM（硬體加速）</translation>
    </message>
    <message>
        <source>LXC container</source>
        <translation>LXC 容器</translation>
    </message>
    <message>
        <source>QEMU (software emulation, TCG)</source>
        <translation>QEMU（軟體模擬，TCG）</translation>
    </message>
    <message>
        <source>Xen</source>
        <translation>Xen</translation>
    </message>
    <message>
        <source>libvirt test driver</source>
        <translation>libvirt 測試驅動程式</translation>
    </message>
</context>
<context>
    <name>IPv4Page</name>
    <message>
        <source>&amp;Gateway:</source>
        <translation>閘道(&amp;G)：</translation>
    </message>
    <message>
        <source>DHCP &amp;end:</source>
        <translation>DHCP 結束位址(&amp;E)：</translation>
    </message>
    <message>
        <source>DHCP &amp;start:</source>
        <translation>DHCP 起始位址(&amp;S)：</translation>
    </message>
    <message>
        <source>DHCP end</source>
        <translation>DHCP 結束位址</translation>
    </message>
    <message>
        <source>DHCP start</source>
        <translation>DHCP 起始位址</translation>
    </message>
    <message>
        <source>Enable &amp;DHCP</source>
        <translation>啟用 DHCP(&amp;D)</translation>
    </message>
    <message>
        <source>Enable DHCP</source>
        <translation>啟用 DHCP</translation>
    </message>
    <message>
        <source>Enable IPv&amp;4</source>
        <translation>啟用 IPv4(&amp;4)</translation>
    </message>
    <message>
        <source>Enable IPv4</source>
        <translation>啟用 IPv4</translation>
    </message>
    <message>
        <source>Host %1: %2</source>
        <comment>a row of the static hosts table: its problem</comment>
        <translation>主機 %1：%2</translation>
    </message>
    <message>
        <source>IPv4</source>
        <translation>IPv4</translation>
    </message>
    <message>
        <source>IPv4 gateway</source>
        <translation>IPv4 閘道</translation>
    </message>
    <message>
        <source>IPv4 network address</source>
        <translation>IPv4 網路位址</translation>
    </message>
    <message>
        <source>Net&amp;work:</source>
        <translation>網路(&amp;W)：</translation>
    </message>
    <message>
        <source>Static &amp;hosts:</source>
        <translation>靜態主機(&amp;H)：</translation>
    </message>
    <message>
        <source>The guests&apos; IPv4 subnet. The host takes the gateway address; DHCP hands out the range to guests.</source>
        <translation>客體的 IPv4 子網路。主機使用閘道位址；DHCP 把範圍內的位址發放給客體。</translation>
    </message>
    <message>
        <source>Use %1 (free on this host)</source>
        <translation>使用 %1（這台主機上尚未使用）</translation>
    </message>
    <message>
        <source>Use a free network</source>
        <translation>使用空閒的網路</translation>
    </message>
</context>
<context>
    <name>IPv6Page</name>
    <message>
        <source>&amp;Gateway:</source>
        <translation>閘道(&amp;G)：</translation>
    </message>
    <message>
        <source>DHCPv6 &amp;end:</source>
        <translation>DHCPv6 結束位址(&amp;E)：</translation>
    </message>
    <message>
        <source>DHCPv6 &amp;start:</source>
        <translation>DHCPv6 起始位址(&amp;S)：</translation>
    </message>
    <message>
        <source>DHCPv6 end</source>
        <translation>DHCPv6 結束位址</translation>
    </message>
    <message>
        <source>DHCPv6 start</source>
        <translation>DHCPv6 起始位址</translation>
    </message>
    <message>
        <source>Enable DHCP&amp;v6</source>
        <translation>啟用 DHCPv6(&amp;V)</translation>
    </message>
    <message>
        <source>Enable DHCPv6</source>
        <translation>啟用 DHCPv6</translation>
    </message>
    <message>
        <source>Enable IPv&amp;6</source>
        <translation>啟用 IPv6(&amp;6)</translation>
    </message>
    <message>
        <source>Enable IPv6</source>
        <translation>啟用 IPv6</translation>
    </message>
    <message>
        <source>Give the guests an IPv6 subnet too. A unique local (fd…) /64 is proposed.</source>
        <translation>也為客體提供 IPv6 子網路。會預先建議一個唯一本機位址（fd…）的 /64 子網路。</translation>
    </message>
    <message>
        <source>IPv6 (optional)</source>
        <translation>IPv6（選用）</translation>
    </message>
    <message>
        <source>IPv6 gateway</source>
        <translation>IPv6 閘道</translation>
    </message>
    <message>
        <source>IPv6 network address</source>
        <translation>IPv6 網路位址</translation>
    </message>
    <message>
        <source>NAT IPv6</source>
        <translation>IPv6 使用 NAT</translation>
    </message>
    <message>
        <source>NAT IPv6 &amp;too (otherwise it is routed)</source>
        <translation>IPv6 也使用 NAT（否則採用路由）(&amp;T)</translation>
    </message>
    <message>
        <source>Net&amp;work:</source>
        <translation>網路(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>ImageCheck</name>
    <message>
        <source>%1 will be added as a block device, as it lies in /dev: no storage pool of the host says what it is.</source>
        <translation>%1 將以區塊裝置加入，因為它位於 /dev：主機沒有任何儲存集區說明它是什麼。</translation>
    </message>
    <message>
        <source>%1 will be used as a block device, as it lies in /dev: no storage pool of the host says what it is.</source>
        <translation>%1 將以區塊裝置使用，因為它位於 /dev：主機沒有任何儲存集區說明它是什麼。</translation>
    </message>
    <message>
        <source>Image path note</source>
        <translation>映像檔路徑附註</translation>
    </message>
    <message>
        <source>Looking for %1…</source>
        <translation>正在尋找 %1…</translation>
    </message>
    <message>
        <source>No storage pool of the host holds %1: whether it exists is known only once libvirt uses it.</source>
        <translation>主機沒有任何儲存集區包含 %1：它是否存在，要等 libvirt 使用它時才知道。</translation>
    </message>
    <message>
        <source>Still looking for %1: its file system has not answered for %n s. Is it on a network mount that is down?</source>
        <translation>仍在尋找 %1：它的檔案系統已 %n 秒沒有回應。它是否位於已斷線的網路掛載上？</translation>
    </message>
    <message>
        <source>Still looking for %1: the host has not answered for %n s.</source>
        <translation>仍在尋找 %1：主機已 %n 秒沒有回應。</translation>
    </message>
</context>
<context>
    <name>ImageInUse</name>
    <message>
        <source>Image in use</source>
        <translation>映像檔使用中</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>無法 %1：%2</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進度</translation>
    </message>
    <message>
        <source>Show Co&amp;mmand</source>
        <translation>顯示指令(&amp;M)</translation>
    </message>
    <message>
        <source>Show command</source>
        <translation>顯示指令</translation>
    </message>
</context>
<context>
    <name>JobWizard</name>
    <message>
        <source>%1 is not connected: Finish is possible once it is connected again.</source>
        <translation>%1 沒有連線：重新連線後才能按「完成」。</translation>
    </message>
</context>
<context>
    <name>LeaseModel</name>
    <message>
        <source>%1 is not connected: the leases are read again once it is.</source>
        <translation>%1 沒有連線：連線後會再次讀取租約。</translation>
    </message>
    <message>
        <source>Cannot read the DHCP leases: %1</source>
        <translation>無法讀取 DHCP 租約：%1</translation>
    </message>
    <message>
        <source>Cannot tell which VM owns each address: %1</source>
        <translation>無法判斷每個位址屬於哪部虛擬機器：%1</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期時間</translation>
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
        <source>No DHCP leases yet.</source>
        <translation>還沒有 DHCP 租約。</translation>
    </message>
    <message>
        <source>The network is not running: it hands out no addresses.</source>
        <translation>網路沒有在執行：它不會發放任何位址。</translation>
    </message>
    <message>
        <source>Virtual machine</source>
        <translation>虛擬機器</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已到期</translation>
    </message>
    <message>
        <source>in %1 d (%2)</source>
        <translation>%1 天後（%2）</translation>
    </message>
    <message>
        <source>in %1 h (%2)</source>
        <translation>%1 小時後（%2）</translation>
    </message>
    <message>
        <source>in %1 min (%2)</source>
        <translation>%1 分鐘後（%2）</translation>
    </message>
    <message>
        <source>in %1 s (%2)</source>
        <translation>%1 秒後（%2）</translation>
    </message>
    <message>
        <source>never</source>
        <translation>永不</translation>
    </message>
</context>
<context>
    <name>LeasesView</name>
    <message>
        <source>DHCP leases</source>
        <translation>DHCP 租約</translation>
    </message>
    <message>
        <source>DHCP leases panel</source>
        <translation>DHCP 租約面板</translation>
    </message>
    <message>
        <source>DHCP leases status</source>
        <translation>DHCP 租約狀態</translation>
    </message>
</context>
<context>
    <name>LibvirtEvent</name>
    <message>
        <source>%1 (%2): VM paused</source>
        <translation>%1 (%2)：虛擬機器已暫停</translation>
    </message>
    <message>
        <source>%1 (%2): ignored</source>
        <translation>%1 (%2)：已忽略</translation>
    </message>
    <message>
        <source>%1 (%2): reported to the guest</source>
        <translation>%1 (%2)：已回報給客體</translation>
    </message>
    <message>
        <source>%1 closed</source>
        <translation>%1 已關閉</translation>
    </message>
    <message>
        <source>%1 opened</source>
        <translation>%1 已開啟</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
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
        <source>Event %1</source>
        <translation>事件 %1</translation>
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
        <source>NMI injected</source>
        <translation>已注入 NMI</translation>
    </message>
    <message>
        <source>PM suspended</source>
        <translation>已休眠</translation>
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
        <source>VM forced off</source>
        <translation>虛擬機器已強制關閉</translation>
    </message>
    <message>
        <source>VM paused</source>
        <translation>虛擬機器已暫停</translation>
    </message>
    <message>
        <source>VM reset</source>
        <translation>虛擬機器已重設</translation>
    </message>
    <message>
        <source>VM shut down</source>
        <translation>虛擬機器已關機</translation>
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
        <source>custom metadata %1</source>
        <translation>自訂中繼資料 %1</translation>
    </message>
    <message>
        <source>description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>detail %1</source>
        <translation>詳細代碼 %1</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>已中斷連線</translation>
    </message>
    <message>
        <source>kvmgui failed</source>
        <translation>kvmgui 執行失敗</translation>
    </message>
    <message>
        <source>kvmgui ran</source>
        <translation>kvmgui 已執行</translation>
    </message>
    <message>
        <source>logged</source>
        <translation>已記錄</translation>
    </message>
    <message>
        <source>no action</source>
        <translation>不採取動作</translation>
    </message>
    <message>
        <source>title</source>
        <translation>標題</translation>
    </message>
</context>
<context>
    <name>List</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 on %2 stopped, but its card&apos;s fixed address %3 on network %4 could not move from the old MAC address %5 to the new one, %6: %7. Pin it again in the card&apos;s details.</source>
        <translation>%2 上的 %1 已停止，但其網卡在網路 %4 上的固定位址 %3 無法從舊的 MAC 位址 %5 移至新的 %6：%7。請在網卡的詳細資料中重新固定位址。</translation>
    </message>
    <message>
        <source>%1 on %2 stopped: its card&apos;s fixed address %3 on network %4 moved from the old MAC address %5 to the new one, %6.</source>
        <translation>%2 上的 %1 已停止：其網卡在網路 %4 上的固定位址 %3 已從舊的 MAC 位址 %5 移至新的 %6。</translation>
    </message>
    <message>
        <source>%1 on %2 stopped: the fixed address %3 on network %4 stays with the old MAC address %5, which a card of %6 has too. Pin an address for the new MAC address, %7, in the card&apos;s details if it needs one.</source>
        <translation>%2 上的 %1 已停止：網路 %4 上的固定位址 %3 仍留給舊的 MAC 位址 %5，因為 %6 的網卡也使用這個 MAC 位址。若新的 MAC 位址 %7 需要固定位址，請在網卡的詳細資料中設定。</translation>
    </message>
    <message>
        <source>%1 was not removed: the virtual machine %2 is being created on it. Remove it once that is done.</source>
        <translation>未移除 %1：正在其上建立虛擬機器 %2。請在完成後再移除。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>VM count, then how many the filters show</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>VM count: &apos;5 VMs, 2 active&apos;</comment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: libvirt refused the definition, so %2 was not removed. The editor stays open with your text; remove the connection again once it is fixed.</source>
        <comment>an XML editor&apos;s name, then the host</comment>
        <translation>%1：libvirt 拒絕了這個定義，因此未移除 %2。編輯器會保持開啟並保留你的文字；修正後請再移除連線一次。</translation>
    </message>
    <message>
        <source>%1: libvirt refused the definition, so the application did not quit. The editor stays open with your text; quit again once it is fixed.</source>
        <comment>an XML editor&apos;s name</comment>
        <translation>%1：libvirt 拒絕了這個定義，因此應用程式沒有結束。編輯器會保持開啟並保留你的文字；修正後請再結束一次。</translation>
    </message>
    <message>
        <source>%1: the login was not remembered: the desktop&apos;s secret store could not save it. It is asked for again next time.</source>
        <translation>%1：登入資訊未被記住：桌面的金鑰儲存無法儲存它。下次會再次詢問。</translation>
    </message>
    <message numerus="yes">
        <source>%n VMs</source>
        <translation>
            <numerusform>%n 部虛擬機器</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n 部執行中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>顯示 %n 部</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;About kvmgui</source>
        <translation>關於 kvmgui(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Add Connection…</source>
        <translation>新增連線(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>連線(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>連線(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>刪除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>中斷連線(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>尋找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Host Details</source>
        <translation>主機詳細資料(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>鍵盤快速鍵(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;New Virtual Machine…</source>
        <translation>新增虛擬機器(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開啟(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好設定(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Remove Connection</source>
        <translation>移除連線(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Virtual Machine</source>
        <translation>虛擬機器(&amp;V)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; on %2 was deleted, but not all of its storage: %3</source>
        <translation>%2 上的「%1」已刪除，但沒有刪除它的全部儲存空間：%3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; on %2 was not deleted: it is being restarted. Delete it once its restart has ended.</source>
        <translation>%2 上的「%1」沒有刪除：它正在重新啟動。請在重新啟動結束後再刪除。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; on %2 was not deleted: it is being saved. Delete it once it is saved.</source>
        <translation>%2 上的「%1」沒有刪除：它正在儲存。請在儲存完成後再刪除。</translation>
    </message>
    <message>
        <source>Connect &amp;Automatically</source>
        <translation>自動連線(&amp;A)</translation>
    </message>
    <message>
        <source>Connect to a host first: the new virtual machine is created on one.</source>
        <translation>請先連線到主機：新的虛擬機器會建立在某台主機上。</translation>
    </message>
    <message>
        <source>Connection states</source>
        <translation>連線狀態</translation>
    </message>
    <message>
        <source>Could not delete &apos;%1&apos; on %2: %3</source>
        <translation>無法刪除 %2 上的「%1」：%3</translation>
    </message>
    <message>
        <source>Could not read the performance of the virtual machines on %1: %2</source>
        <translation>無法讀取 %1 上虛擬機器的效能：%2</translation>
    </message>
    <message>
        <source>Could not save the list of hosts in %1: at the next start it is as it was. Check that the file is yours and can be written.</source>
        <translation>無法將主機清單儲存到 %1：下次啟動時它仍是原來的樣子。請檢查這個檔案是否屬於您且可以寫入。</translation>
    </message>
    <message>
        <source>Could not save the preferences in %1: they apply until kvmgui ends. Check that the file is yours and can be written.</source>
        <translation>無法將偏好設定儲存到 %1：它們只在 kvmgui 結束前有效。請檢查這個檔案是否屬於您且可以寫入。</translation>
    </message>
    <message>
        <source>Delete: not while the VM is being restarted</source>
        <translation>刪除：虛擬機器正在重新啟動，請等重新啟動結束</translation>
    </message>
    <message>
        <source>Delete: not while the VM is being saved</source>
        <translation>刪除：虛擬機器正在儲存，請等儲存完成</translation>
    </message>
    <message>
        <source>Event &amp;Timeline</source>
        <translation>事件時間軸(&amp;T)</translation>
    </message>
    <message>
        <source>Lists of the main window</source>
        <translation>主視窗的清單</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具列</translation>
    </message>
    <message>
        <source>Main window</source>
        <translation>主視窗</translation>
    </message>
    <message>
        <source>Network &amp;Map</source>
        <translation>網路地圖(&amp;M)</translation>
    </message>
    <message>
        <source>New virtual machine</source>
        <translation>新增虛擬機器</translation>
    </message>
    <message>
        <source>New virtual machine (Ctrl+N)</source>
        <translation>新增虛擬機器（Ctrl+N）</translation>
    </message>
    <message>
        <source>No connections</source>
        <translation>沒有連線</translation>
    </message>
    <message>
        <source>Open the host details of the selected connection</source>
        <translation>開啟所選連線的主機詳細資料</translation>
    </message>
    <message>
        <source>Open the selected virtual machines</source>
        <translation>開啟所選的虛擬機器</translation>
    </message>
    <message>
        <source>The performance of the virtual machines on %1 is read again</source>
        <translation>已恢復讀取 %1 上虛擬機器的效能</translation>
    </message>
    <message>
        <source>The settings file %1 could be written again: what could not be saved in it before is saved now.</source>
        <translation>已能再次寫入設定檔 %1：先前未能儲存到其中的內容現在已儲存。</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>檢視(&amp;W)</translation>
    </message>
    <message>
        <source>Virtual machine actions</source>
        <translation>虛擬機器動作</translation>
    </message>
    <message>
        <source>Virtual machine count</source>
        <translation>虛擬機器數量</translation>
    </message>
    <message>
        <source>kvmgui main window</source>
        <translation>kvmgui 主視窗</translation>
    </message>
    <message>
        <source>kvmgui — Virtual Machine Manager</source>
        <translation>kvmgui — 虛擬機器管理工具</translation>
    </message>
</context>
<context>
    <name>MethodPage</name>
    <message>
        <source>%1 (removed)</source>
        <translation>%1（已移除）</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主機(&amp;H)：</translation>
    </message>
    <message>
        <source>A volume in a storage pool</source>
        <translation>儲存集區中的磁碟區</translation>
    </message>
    <message>
        <source>An image file on the host</source>
        <translation>主機上的映像檔</translation>
    </message>
    <message>
        <source>Boot a &amp;kernel and initrd directly</source>
        <translation>直接以核心與 initrd 開機(&amp;K)</translation>
    </message>
    <message>
        <source>Boot from the network (&amp;PXE)</source>
        <translation>從網路開機（PXE）(&amp;P)</translation>
    </message>
    <message>
        <source>CD-ROM &amp;device:</source>
        <translation>光碟機(&amp;D)：</translation>
    </message>
    <message>
        <source>CD-ROM device</source>
        <translation>光碟機</translation>
    </message>
    <message>
        <source>Choose the disk image or volume on the Storage page; the VM boots it as it is.</source>
        <translation>請在「儲存空間」頁面選擇磁碟映像檔或磁碟區；虛擬機器會直接以原樣開機。</translation>
    </message>
    <message>
        <source>Choose the host and how the operating system gets onto the VM.</source>
        <translation>請選擇主機，以及作業系統安裝到虛擬機器上的方式。</translation>
    </message>
    <message>
        <source>Cloud image &amp;file:</source>
        <translation>雲端映像檔案(&amp;F)：</translation>
    </message>
    <message>
        <source>Cloud image &amp;source:</source>
        <translation>雲端映像檔來源(&amp;S)：</translation>
    </message>
    <message>
        <source>Cloud image file</source>
        <translation>雲端映像檔案</translation>
    </message>
    <message>
        <source>Cloud image format</source>
        <translation>雲端映像檔格式</translation>
    </message>
    <message>
        <source>Cloud image source</source>
        <translation>雲端映像檔來源</translation>
    </message>
    <message>
        <source>Cloud image vol&amp;ume:</source>
        <translation>雲端映像檔磁碟區(&amp;U)：</translation>
    </message>
    <message>
        <source>Cloud image volume</source>
        <translation>雲端映像檔磁碟區</translation>
    </message>
    <message>
        <source>Connection and install method</source>
        <translation>連線與安裝方式</translation>
    </message>
    <message>
        <source>Device &amp;tree:</source>
        <translation>裝置樹(&amp;T)：</translation>
    </message>
    <message>
        <source>Device tree (DTB)</source>
        <translation>裝置樹（DTB）</translation>
    </message>
    <message>
        <source>Disk images (*.img *.qcow2 *.raw)</source>
        <translation>磁碟映像檔 (*.img *.qcow2 *.raw)</translation>
    </message>
    <message>
        <source>Files on a remote host are offered through its storage pools: put ISO images and cloud images into a pool.</source>
        <translation>遠端主機上的檔案要透過它的儲存集區提供：請把 ISO 映像檔和雲端映像檔放進集區。</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主機</translation>
    </message>
    <message>
        <source>Host status</source>
        <translation>主機狀態</translation>
    </message>
    <message>
        <source>I&amp;mport an existing disk image</source>
        <translation>匯入現有的磁碟映像檔(&amp;M)</translation>
    </message>
    <message>
        <source>IS&amp;O image:</source>
        <translation>ISO 映像檔(&amp;O)：</translation>
    </message>
    <message>
        <source>IS&amp;O volume:</source>
        <translation>ISO 磁碟區(&amp;O)：</translation>
    </message>
    <message>
        <source>ISO image</source>
        <translation>ISO 映像檔</translation>
    </message>
    <message>
        <source>ISO images (*.iso)</source>
        <translation>ISO 映像檔 (*.iso)</translation>
    </message>
    <message>
        <source>ISO volume</source>
        <translation>ISO 磁碟區</translation>
    </message>
    <message>
        <source>Image fo&amp;rmat:</source>
        <translation>映像檔格式(&amp;R)：</translation>
    </message>
    <message>
        <source>Initr&amp;d:</source>
        <translation>Initrd(&amp;D)：</translation>
    </message>
    <message>
        <source>Initrd</source>
        <translation>Initrd</translation>
    </message>
    <message>
        <source>Install from an &amp;ISO image file</source>
        <translation>從 ISO 映像檔安裝(&amp;I)</translation>
    </message>
    <message>
        <source>Install from an ISO &amp;volume in a storage pool</source>
        <translation>從儲存集區中的 ISO 磁碟區安裝(&amp;V)</translation>
    </message>
    <message>
        <source>Install from the host&apos;s &amp;CD-ROM drive</source>
        <translation>從主機的光碟機安裝(&amp;C)</translation>
    </message>
    <message>
        <source>Install method</source>
        <translation>安裝方式</translation>
    </message>
    <message>
        <source>Install method:</source>
        <translation>安裝方式：</translation>
    </message>
    <message>
        <source>Install source</source>
        <translation>安裝來源</translation>
    </message>
    <message>
        <source>K&amp;ernel:</source>
        <translation>核心(&amp;E)：</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>核心</translation>
    </message>
    <message>
        <source>Kernel &amp;arguments:</source>
        <translation>核心參數(&amp;A)：</translation>
    </message>
    <message>
        <source>Kernel arguments</source>
        <translation>核心參數</translation>
    </message>
    <message>
        <source>Paths on the host. The VM boots this kernel directly, without firmware or boot loader.</source>
        <translation>主機上的路徑。虛擬機器會直接以這個核心開機，不經過韌體或開機載入程式。</translation>
    </message>
    <message>
        <source>Start from a c&amp;loud image, set up with cloud-init</source>
        <translation>從雲端映像檔開始，並以 cloud-init 設定(&amp;L)</translation>
    </message>
    <message>
        <source>The VM boots from the network: its network needs a PXE (DHCP + TFTP) server.</source>
        <translation>虛擬機器從網路開機：它的網路需要 PXE（DHCP + TFTP）伺服器。</translation>
    </message>
    <message>
        <source>The image stays unchanged: the VM&apos;s disk is a new volume that keeps only its changes.</source>
        <translation>映像檔保持不變：虛擬機器的磁碟是一個只保存變更內容的新磁碟區。</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>選填</translation>
    </message>
    <message>
        <source>qcow2</source>
        <translation>qcow2</translation>
    </message>
    <message>
        <source>raw</source>
        <translation>raw</translation>
    </message>
</context>
<context>
    <name>NamePage</name>
    <message>
        <source>&amp;Customise the settings before installing</source>
        <translation>安裝前先自訂設定(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Start the VM when it is created</source>
        <translation>建立後啟動虛擬機器(&amp;S)</translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation>自動啟動</translation>
    </message>
    <message>
        <source>Customise the settings before installing</source>
        <translation>安裝前先自訂設定</translation>
    </message>
    <message>
        <source>Finish then opens the VM&apos;s settings; nothing is created until you choose Begin installation there.</source>
        <translation>按「完成」後會開啟虛擬機器的設定；在那裡選擇「開始安裝」之前，不會建立任何東西。</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>名稱(&amp;M)：</translation>
    </message>
    <message>
        <source>Name and finish</source>
        <translation>名稱與完成</translation>
    </message>
    <message>
        <source>Name the VM and choose what happens once it is created.</source>
        <translation>為虛擬機器命名，並選擇建立後要做什麼。</translation>
    </message>
    <message>
        <source>Start it &amp;automatically when the host boots</source>
        <translation>主機開機時自動啟動(&amp;A)</translation>
    </message>
    <message>
        <source>Start the VM when it is created</source>
        <translation>建立後啟動虛擬機器</translation>
    </message>
    <message>
        <source>Virtual machine name</source>
        <translation>虛擬機器名稱</translation>
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
        <source>Checking… (%1 of %2 steps)</source>
        <translation>檢查中…（第 %1 步，共 %2 步）</translation>
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
        <source>First failing step: “%1”. %2</source>
        <translation>第一個失敗的步驟：「%1」。%2</translation>
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
        <source>No step failed. If the VM still has no address, look at the skipped steps: they could not be checked from here.</source>
        <translation>沒有步驟失敗。如果虛擬機器仍然沒有位址，請查看已略過的步驟：它們無法從這裡檢查。</translation>
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
        <source>Note: the address is pinned now for this card&apos;s current MAC address %1. Pinning moves it to %2, its MAC address from the next start: the card loses the address when it next renews its lease, and gets it back when the VM restarts.</source>
        <translation>注意：這個位址目前固定給這張網卡現有的 MAC 位址 %1。固定後會移給 %2（它下次啟動起的 MAC 位址）：網卡下次續約時會失去這個位址，虛擬機器重新啟動後再取回。</translation>
    </message>
    <message>
        <source>Note: this card has the address now under its current MAC address %1. Pinned for %2, its MAC address from the next start, the address is kept for that one: the card loses it when it next renews its lease, and gets it back when the VM restarts.</source>
        <translation>注意：這張網卡目前以現有的 MAC 位址 %1 使用這個位址。固定給 %2（它下次啟動起的 MAC 位址）後，這個位址會保留給後者：網卡下次續約時會失去它，虛擬機器重新啟動後再取回。</translation>
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
        <source>Skipped: the same check of an earlier run has not answered yet (waited %1 s); it is not started twice.</source>
        <translation>已略過：先前執行的同一項檢查尚未回應（已等候 %1 秒）；不會重複啟動。</translation>
    </message>
    <message>
        <source>Skipped: “%1” is neither a host name nor an address; nothing was sent to the guest.</source>
        <translation>已略過：「%1」既不是主機名稱也不是位址；沒有傳送任何內容給客體。</translation>
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
        <source>The card (%2) is not plugged into the host bridge %3 that network %1 forwards to (was the bridge made again on the host?): shut the VM down and start it again to plug it in.</source>
        <translation>網卡（%2）未接上網路 %1 所轉送到的主機橋接器 %3（主機上的橋接器是否被重新建立？）：請將虛擬機器關機後再啟動，以重新接上。</translation>
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
    <message>
        <source>never</source>
        <translation>永不</translation>
    </message>
</context>
<context>
    <name>NetworkAddress</name>
    <message>
        <source>%1 has host bits set: did you mean %2?</source>
        <translation>%1 的主機位元不為零：你是指 %2 嗎？</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a network such as %2.</source>
        <translation>「%1」不是像 %2 這樣的網路。</translation>
    </message>
    <message>
        <source>Add the prefix length, such as %1.</source>
        <translation>請加上前置長度，例如 %1。</translation>
    </message>
    <message>
        <source>Enter the network, such as %1.</source>
        <translation>請輸入網路，例如 %1。</translation>
    </message>
    <message>
        <source>This is an IPv4 network; enter it on the IPv4 page.</source>
        <translation>這是 IPv4 網路；請在 IPv4 頁面輸入。</translation>
    </message>
    <message>
        <source>This is an IPv6 network; enter it on the IPv6 page.</source>
        <translation>這是 IPv6 網路；請在 IPv6 頁面輸入。</translation>
    </message>
</context>
<context>
    <name>NetworkCheck</name>
    <message>
        <source>%1 cannot be used here: it is a multicast, loopback, link-local or reserved address.</source>
        <translation>這裡不能使用 %1：它是多播、迴路、連結本機或保留位址。</translation>
    </message>
    <message>
        <source>%1 is a multicast address; use a unicast one.</source>
        <translation>%1 是多播位址；請使用單播位址。</translation>
    </message>
    <message>
        <source>%1 is not a host address within %2.</source>
        <translation>%1 不是 %2 內的主機位址。</translation>
    </message>
    <message>
        <source>%1 is the broadcast address of %2; use a host address such as %3.</source>
        <translation>%1 是 %2 的廣播位址；請使用主機位址，例如 %3。</translation>
    </message>
    <message>
        <source>%1 is the host&apos;s own address on this network.</source>
        <translation>%1 是主機自己在這個網路上的位址。</translation>
    </message>
    <message>
        <source>%1 is the network address of %2; use a host address such as %3.</source>
        <translation>%1 是 %2 的網路位址；請使用主機位址，例如 %3。</translation>
    </message>
    <message>
        <source>%1 overlaps %2 on %3, which this machine already routes.</source>
        <translation>%1 與這台機器已經在路由的 %2（位於 %3）重疊。</translation>
    </message>
    <message>
        <source>%1 overlaps %2, which this machine already routes.</source>
        <translation>%1 與這台機器已經在路由的 %2 重疊。</translation>
    </message>
    <message>
        <source>%1 overlaps network &apos;%2&apos; (%3).</source>
        <translation>%1 與網路「%2」（%3）重疊。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a MAC address like 52:54:00:12:34:56.</source>
        <translation>「%1」不是像 52:54:00:12:34:56 這樣的 MAC 位址。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid DNS domain such as example.lan.</source>
        <translation>「%1」不是有效的 DNS 網域，例如 example.lan。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid host name.</source>
        <translation>「%1」不是有效的主機名稱。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid interface name.</source>
        <translation>「%1」不是有效的介面名稱。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address.</source>
        <translation>「%1」不是 IP 位址。</translation>
    </message>
    <message>
        <source>A %1 network needs an IPv4 or IPv6 address.</source>
        <translation>%1 網路需要 IPv4 或 IPv6 位址。</translation>
    </message>
    <message>
        <source>A bridge name has at most 15 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;.</source>
        <translation>橋接器名稱最多 15 個字元，只能使用字母、數字、「_」、「.」或「-」。</translation>
    </message>
    <message>
        <source>A host bridge network cannot have %1 settings: guests get their addresses from the network outside.</source>
        <translation>主機橋接器網路不能有 %1 設定：客體的位址來自外部網路。</translation>
    </message>
    <message>
        <source>A host name starts with a letter or digit and has only letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;.</source>
        <translation>主機名稱以字母或數字開頭，且只能使用字母、數字、「_」、「.」和「-」。</translation>
    </message>
    <message>
        <source>A macvtap network cannot have %1 settings: guests get their addresses from the network outside.</source>
        <translation>macvtap 網路不能有 %1 設定：客體的位址來自外部網路。</translation>
    </message>
    <message>
        <source>A network of this mode cannot have %1 settings: guests get their addresses from the network outside.</source>
        <translation>這種模式的網路不能有 %1 設定：客體的位址來自外部網路。</translation>
    </message>
    <message>
        <source>Add a DHCP range (or static hosts), or turn DHCP off.</source>
        <translation>請新增 DHCP 範圍（或靜態主機），或關閉 DHCP。</translation>
    </message>
    <message>
        <source>An SR-IOV network cannot have %1 settings: guests get their addresses from the network outside.</source>
        <translation>SR-IOV 網路不能有 %1 設定：客體的位址來自外部網路。</translation>
    </message>
    <message>
        <source>Bridge %1 belongs to network &apos;%2&apos;.</source>
        <translation>橋接器 %1 屬於網路「%2」。</translation>
    </message>
    <message>
        <source>Choose the SR-IOV physical function to use.</source>
        <translation>請選擇要使用的 SR-IOV 實體功能（PF）。</translation>
    </message>
    <message>
        <source>Choose the host interface to use.</source>
        <translation>請選擇要使用的主機介面。</translation>
    </message>
    <message>
        <source>DHCPv6 needs a prefix of /%1 or longer.</source>
        <translation>DHCPv6 需要 /%1 或更長的前置長度。</translation>
    </message>
    <message>
        <source>Enter a name for the network.</source>
        <translation>請為網路輸入名稱。</translation>
    </message>
    <message>
        <source>Enter an IPv%1 address such as %2.</source>
        <translation>請輸入 IPv%1 位址，例如 %2。</translation>
    </message>
    <message>
        <source>Enter at least one host name.</source>
        <translation>請至少輸入一個主機名稱。</translation>
    </message>
    <message>
        <source>Enter the DHCPv6 range, or turn DHCPv6 off.</source>
        <translation>請輸入 DHCPv6 範圍，或關閉 DHCPv6。</translation>
    </message>
    <message>
        <source>Enter the IPv4 address for this host, within %1.</source>
        <translation>請輸入這台主機的 IPv4 位址，須在 %1 之內。</translation>
    </message>
    <message>
        <source>Enter the first and last address of the range, both in %1.</source>
        <translation>請輸入範圍的第一個和最後一個位址，兩者都須在 %1 之內。</translation>
    </message>
    <message>
        <source>Enter the guest&apos;s MAC address (or at least a name).</source>
        <translation>請輸入客體的 MAC 位址（或至少輸入名稱）。</translation>
    </message>
    <message>
        <source>Enter the name of an existing host bridge, such as br0.</source>
        <translation>請輸入現有主機橋接器的名稱，例如 br0。</translation>
    </message>
    <message>
        <source>Give both ends of the NAT port range, or neither.</source>
        <translation>NAT 連接埠範圍的兩端請都填寫，或都不填。</translation>
    </message>
    <message>
        <source>NAT ports must be between 1 and 65535.</source>
        <translation>NAT 連接埠必須介於 1 到 65535 之間。</translation>
    </message>
    <message>
        <source>Static host %1 already has this IP address.</source>
        <translation>靜態主機 %1 已經使用這個 IP 位址。</translation>
    </message>
    <message>
        <source>Static host %1 already has this MAC address.</source>
        <translation>靜態主機 %1 已經使用這個 MAC 位址。</translation>
    </message>
    <message>
        <source>Static host %1 already has this name.</source>
        <translation>靜態主機 %1 已經使用這個名稱。</translation>
    </message>
    <message>
        <source>The MTU must be between %1 and %2 (IPv6 needs at least %3).</source>
        <translation>MTU 必須介於 %1 到 %2 之間（IPv6 至少需要 %3）。</translation>
    </message>
    <message>
        <source>The MTU must be between %1 and %2.</source>
        <translation>MTU 必須介於 %1 到 %2 之間。</translation>
    </message>
    <message>
        <source>The NAT port range ends before it starts.</source>
        <translation>NAT 連接埠範圍的結束值小於起始值。</translation>
    </message>
    <message>
        <source>The all-zero MAC address cannot be used.</source>
        <translation>不能使用全零的 MAC 位址。</translation>
    </message>
    <message>
        <source>The forward delay must be 0 to %1 seconds.</source>
        <translation>轉送延遲必須是 0 到 %1 秒。</translation>
    </message>
    <message>
        <source>The name is too long: at most %1 characters.</source>
        <translation>名稱太長：最多 %1 個字元。</translation>
    </message>
    <message>
        <source>The prefix must be between 1 and %1.</source>
        <translation>前置長度必須介於 1 到 %1 之間。</translation>
    </message>
    <message>
        <source>The range ends before it starts.</source>
        <translation>範圍的結束位址在起始位址之前。</translation>
    </message>
    <message>
        <source>The range includes the host&apos;s own address %1.</source>
        <translation>範圍包含了主機自己的位址 %1。</translation>
    </message>
    <message>
        <source>The range is too large: libvirt allows at most %1 addresses.</source>
        <translation>範圍太大：libvirt 最多允許 %1 個位址。</translation>
    </message>
    <message>
        <source>The range must lie within %1 – %2.</source>
        <translation>範圍必須在 %1 – %2 之內。</translation>
    </message>
    <message>
        <source>This host already has a network named &apos;%1&apos;.</source>
        <translation>這台主機已經有名為「%1」的網路。</translation>
    </message>
    <message>
        <source>This host already has an interface named %1.</source>
        <translation>這台主機已經有名為 %1 的介面。</translation>
    </message>
    <message>
        <source>This range overlaps DHCP range %1.</source>
        <translation>這個範圍與 DHCP 範圍 %1 重疊。</translation>
    </message>
    <message>
        <source>Use only letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;, and do not start with &apos;.&apos; or &apos;-&apos;.</source>
        <translation>只能使用字母、數字、「_」、「.」和「-」，且不能以「.」或「-」開頭。</translation>
    </message>
</context>
<context>
    <name>NetworkError</name>
    <message>
        <source>nothing listens there (the connection was refused)</source>
        <translation>那裡沒有程式在接聽（連線遭到拒絕）</translation>
    </message>
    <message>
        <source>the host did not answer in time</source>
        <translation>主機未在時限內回應</translation>
    </message>
    <message>
        <source>the host is down</source>
        <translation>主機已關閉或離線</translation>
    </message>
    <message>
        <source>the host name could not be looked up (no name server answered)</source>
        <translation>無法查詢主機名稱（沒有名稱伺服器回應）</translation>
    </message>
    <message>
        <source>the host name is not known</source>
        <translation>主機名稱不明（無法解析）</translation>
    </message>
    <message>
        <source>the host&apos;s key could not be verified</source>
        <translation>無法驗證主機的金鑰</translation>
    </message>
    <message>
        <source>the host&apos;s key differs from the one known for it</source>
        <translation>主機的金鑰與已知的不同</translation>
    </message>
    <message>
        <source>the network is unreachable</source>
        <translation>無法連到網路</translation>
    </message>
    <message>
        <source>the other side reset the connection</source>
        <translation>對方重設了連線</translation>
    </message>
    <message>
        <source>there is no route to the host</source>
        <translation>沒有通往主機的路由</translation>
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
        <source>Add DNS record</source>
        <translation>新增 DNS 記錄</translation>
    </message>
    <message>
        <source>Add static host</source>
        <translation>新增靜態主機</translation>
    </message>
    <message>
        <source>DNS host records</source>
        <translation>DNS 主機記錄</translation>
    </message>
    <message>
        <source>Edit DNS record</source>
        <translation>編輯 DNS 記錄</translation>
    </message>
    <message>
        <source>Edit static host</source>
        <translation>編輯靜態主機</translation>
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
</context>
<context>
    <name>NetworkMap</name>
    <message>
        <source>%1 networking</source>
        <translation>%1 網路</translation>
    </message>
    <message>
        <source>Host bridge %1</source>
        <translation>主機橋接器 %1</translation>
    </message>
    <message>
        <source>Macvtap on %1</source>
        <translation>%1 上的 Macvtap</translation>
    </message>
    <message>
        <source>Missing network %1</source>
        <translation>不存在的網路 %1</translation>
    </message>
    <message>
        <source>VM network cards: %1</source>
        <translation>虛擬機器網卡：%1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>address unknown</source>
        <translation>位址未知</translation>
    </message>
    <message>
        <source>addresses come from outside libvirt</source>
        <translation>位址來自 libvirt 以外</translation>
    </message>
    <message>
        <source>bridge %1</source>
        <translation>橋接器 %1</translation>
    </message>
    <message>
        <source>gateway %1</source>
        <translation>閘道 %1</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>非使用中</translation>
    </message>
    <message>
        <source>lease never expires</source>
        <translation>租約永不到期</translation>
    </message>
    <message>
        <source>lease until %1</source>
        <translation>租約至 %1</translation>
    </message>
    <message>
        <source>link down</source>
        <translation>連結中斷</translation>
    </message>
    <message>
        <source>networks: %1</source>
        <translation>網路：%1</translation>
    </message>
    <message>
        <source>no lease</source>
        <translation>沒有租約</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>未執行</translation>
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
        <source>%1: %2</source>
        <comment>a map entry and its details</comment>
        <translation>%1：%2</translation>
    </message>
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
        <source>Could not save %1: the image could not be made (%2)</source>
        <translation>無法儲存 %1：無法產生影像（%2）</translation>
    </message>
    <message>
        <source>Could not save %1: the map is too large for one image (%2 × %3 pixels); export it as SVG instead</source>
        <translation>無法儲存 %1：地圖太大，無法放進單一影像（%2 × %3 像素）；請改為匯出 SVG</translation>
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
        <source>Saving %1…</source>
        <translation>正在儲存 %1…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom Ou&amp;t</source>
        <translation>縮小(&amp;T)</translation>
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
    <name>NetworkMode</name>
    <message>
        <source>Host bridge %1</source>
        <translation>主機橋接器 %1</translation>
    </message>
    <message>
        <source>Isolated</source>
        <translation>隔離</translation>
    </message>
    <message>
        <source>Macvtap VEPA on %1</source>
        <translation>%1 上的 Macvtap VEPA</translation>
    </message>
    <message>
        <source>Macvtap bridge on %1</source>
        <translation>%1 上的 Macvtap 橋接</translation>
    </message>
    <message>
        <source>Macvtap passthrough on %1</source>
        <translation>%1 上的 Macvtap 直通</translation>
    </message>
    <message>
        <source>Macvtap private on %1</source>
        <translation>%1 上的 Macvtap 私有</translation>
    </message>
    <message>
        <source>NAT</source>
        <translation>NAT</translation>
    </message>
    <message>
        <source>NAT via %1</source>
        <translation>經由 %1 的 NAT</translation>
    </message>
    <message>
        <source>Open (routed, no firewall rules)</source>
        <translation>開放（路由，無防火牆規則）</translation>
    </message>
    <message>
        <source>Routed</source>
        <translation>路由</translation>
    </message>
    <message>
        <source>Routed via %1</source>
        <translation>經由 %1 路由</translation>
    </message>
    <message>
        <source>SR-IOV pool of %1</source>
        <translation>%1 的 SR-IOV 集區</translation>
    </message>
</context>
<context>
    <name>NetworkModel</name>
    <message>
        <source>Active</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation>自動啟動</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>橋接器</translation>
    </message>
    <message>
        <source>DHCP range</source>
        <translation>DHCP 範圍</translation>
    </message>
    <message>
        <source>IPv4 network</source>
        <translation>IPv4 網路</translation>
    </message>
    <message>
        <source>IPv6 network</source>
        <translation>IPv6 網路</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>非使用中</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>No (transient)</source>
        <translation>否（暫時性）</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>%1 (not running)</source>
        <translation>%1（未執行）</translation>
    </message>
    <message>
        <source>%1 is running, but could not reconnect %2</source>
        <translation>%1 正在執行，但無法重新連接 %2</translation>
    </message>
    <message>
        <source>%1 is running, but could not reconnect the running VMs that use it: %2</source>
        <translation>%1 正在執行，但無法重新連接使用它的執行中虛擬機器：%2</translation>
    </message>
    <message>
        <source>%1 is running.</source>
        <translation>%1 正在執行。</translation>
    </message>
    <message>
        <source>%1 is running; reconnected the running VMs that use it: %2.</source>
        <translation>%1 正在執行；已重新連接使用它的執行中虛擬機器：%2。</translation>
    </message>
    <message>
        <source>&amp;Connect to:</source>
        <translation>連接到(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>產生(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>來源(&amp;S)：</translation>
    </message>
    <message>
        <source>Bridge: VMs on the device see each other (not the host)</source>
        <translation>橋接：同一裝置上的虛擬機器可以互相看見（但看不到主機）</translation>
    </message>
    <message>
        <source>Choose the &amp;MAC address</source>
        <translation>選擇 MAC 位址(&amp;M)</translation>
    </message>
    <message>
        <source>Choose the MAC address</source>
        <translation>選擇 MAC 位址</translation>
    </message>
    <message>
        <source>Chosen for the OS (%1)</source>
        <translation>依作業系統選擇（%1）</translation>
    </message>
    <message>
        <source>Connect to</source>
        <translation>連接到</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>無法啟動 %1：%2</translation>
    </message>
    <message>
        <source>Device mo&amp;del:</source>
        <translation>裝置型號(&amp;D)：</translation>
    </message>
    <message>
        <source>Device model</source>
        <translation>裝置型號</translation>
    </message>
    <message>
        <source>Generate a MAC address</source>
        <translation>產生 MAC 位址</translation>
    </message>
    <message>
        <source>Host bridge</source>
        <translation>主機橋接器</translation>
    </message>
    <message>
        <source>How the VM reaches the network.</source>
        <translation>虛擬機器連上網路的方式。</translation>
    </message>
    <message>
        <source>MAC &amp;address:</source>
        <translation>MAC 位址(&amp;A)：</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC 位址</translation>
    </message>
    <message>
        <source>Macvtap m&amp;ode:</source>
        <translation>Macvtap 模式(&amp;O)：</translation>
    </message>
    <message>
        <source>Macvtap mode</source>
        <translation>Macvtap 模式</translation>
    </message>
    <message>
        <source>Macvtap on a host device</source>
        <translation>主機裝置上的 Macvtap</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>網路</translation>
    </message>
    <message>
        <source>Network source</source>
        <translation>網路來源</translation>
    </message>
    <message>
        <source>No network</source>
        <translation>不使用網路</translation>
    </message>
    <message>
        <source>Passthrough: this VM owns the device</source>
        <translation>直通：這部虛擬機器獨佔該裝置</translation>
    </message>
    <message>
        <source>Private: VMs cannot see each other</source>
        <translation>私有：虛擬機器之間互相看不見</translation>
    </message>
    <message>
        <source>S&amp;tart it</source>
        <translation>啟動它(&amp;T)</translation>
    </message>
    <message>
        <source>Start the virtual network</source>
        <translation>啟動虛擬網路</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>正在啟動 %1…</translation>
    </message>
    <message>
        <source>Starting the network</source>
        <translation>啟動網路</translation>
    </message>
    <message>
        <source>VEPA: all traffic goes through the external switch</source>
        <translation>VEPA：所有流量都經過外部交換器</translation>
    </message>
    <message>
        <source>Virtual network</source>
        <translation>虛擬網路</translation>
    </message>
</context>
<context>
    <name>NetworkStep</name>
    <message>
        <source>Defining the network…</source>
        <translation>正在定義網路…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <source>Starting the network…</source>
        <translation>正在啟動網路…</translation>
    </message>
    <message>
        <source>Turning autostart on…</source>
        <translation>正在開啟自動啟動…</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>正在復原…</translation>
    </message>
</context>
<context>
    <name>NetworkWizard</name>
    <message>
        <source>%1 problem</source>
        <translation>%1 問題</translation>
    </message>
    <message>
        <source>Add Virtual Network — %1</source>
        <translation>新增虛擬網路 — %1</translation>
    </message>
    <message>
        <source>Add virtual network</source>
        <translation>新增虛擬網路</translation>
    </message>
</context>
<context>
    <name>NetworkXmlCheck</name>
    <message>
        <source>%1 overlaps %2, which this machine already routes.</source>
        <translation>%1 與這台機器已經在路由的 %2 重疊。</translation>
    </message>
    <message>
        <source>%1 overlaps network &apos;%2&apos; (%3).</source>
        <translation>%1 與網路「%2」（%3）重疊。</translation>
    </message>
    <message>
        <source>Bridge %1 belongs to network &apos;%2&apos;.</source>
        <translation>橋接器 %1 屬於網路「%2」。</translation>
    </message>
    <message>
        <source>Could not check the XML against libvirt&apos;s schema: %1</source>
        <translation>無法依照 libvirt 的 schema 檢查 XML：%1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>The XML does not parse: %1</source>
        <translation>無法解析 XML：%1</translation>
    </message>
    <message>
        <source>The network needs a &lt;name&gt;.</source>
        <translation>網路需要 &lt;name&gt;。</translation>
    </message>
    <message>
        <source>The root element must be &lt;network&gt;, not &lt;%1&gt;.</source>
        <translation>根元素必須是 &lt;network&gt;，而不是 &lt;%1&gt;。</translation>
    </message>
    <message>
        <source>This host already has a network named &apos;%1&apos;.</source>
        <translation>這台主機已經有名為「%1」的網路。</translation>
    </message>
    <message>
        <source>This host already has an interface named %1.</source>
        <translation>這台主機已經有名為 %1 的介面。</translation>
    </message>
</context>
<context>
    <name>NetworksPanel</name>
    <message>
        <source>%1 network %2</source>
        <translation>%1（網路 %2）</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>啟動(&amp;S)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is in use by running VMs: %2. Shut them down or move their network cards first.</source>
        <translation>執行中的虛擬機器正在使用「%1」：%2。請先將它們關機，或移走它們的網卡。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was replaced meanwhile and was not deleted.</source>
        <translation>「%1」在這段期間已被取代，未刪除。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was replaced meanwhile and was not stopped.</source>
        <translation>「%1」在這段期間已被取代，未停止。</translation>
    </message>
    <message>
        <source>Add network</source>
        <translation>新增網路</translation>
    </message>
    <message>
        <source>Addresses of the network</source>
        <translation>網路的位址</translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation>自動啟動</translation>
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
        <source>Bridge</source>
        <translation>橋接器</translation>
    </message>
    <message>
        <source>Bridge:</source>
        <translation>橋接器：</translation>
    </message>
    <message>
        <source>DHCP &amp;leases</source>
        <translation>DHCP 租約(&amp;L)</translation>
    </message>
    <message>
        <source>DHCP range</source>
        <translation>DHCP 範圍</translation>
    </message>
    <message>
        <source>DHCP range:</source>
        <translation>DHCP 範圍：</translation>
    </message>
    <message>
        <source>DHCPv6 range</source>
        <translation>DHCPv6 範圍</translation>
    </message>
    <message>
        <source>DHCPv6 range:</source>
        <translation>DHCPv6 範圍：</translation>
    </message>
    <message>
        <source>DNS domain</source>
        <translation>DNS 網域</translation>
    </message>
    <message>
        <source>DNS domain:</source>
        <translation>DNS 網域：</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Delete network</source>
        <translation>刪除網路</translation>
    </message>
    <message>
        <source>Delete network &apos;%1&apos;?</source>
        <translation>要刪除網路「%1」嗎？</translation>
    </message>
    <message>
        <source>Delete network &apos;%1&apos;? It is running and will be stopped first.</source>
        <translation>要刪除網路「%1」嗎？它正在執行，會先被停止。</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細資料</translation>
    </message>
    <message>
        <source>Edit &amp;XML…</source>
        <translation>編輯 XML(&amp;X)…</translation>
    </message>
    <message>
        <source>Edit network XML</source>
        <translation>編輯網路 XML</translation>
    </message>
    <message>
        <source>Forward device</source>
        <translation>轉送裝置</translation>
    </message>
    <message>
        <source>Forward device:</source>
        <translation>轉送裝置：</translation>
    </message>
    <message>
        <source>Forward mode</source>
        <translation>轉送模式</translation>
    </message>
    <message>
        <source>IPv4 gateway</source>
        <translation>IPv4 閘道</translation>
    </message>
    <message>
        <source>IPv4 gateway:</source>
        <translation>IPv4 閘道：</translation>
    </message>
    <message>
        <source>IPv4 network</source>
        <translation>IPv4 網路</translation>
    </message>
    <message>
        <source>IPv4 network:</source>
        <translation>IPv4 網路：</translation>
    </message>
    <message>
        <source>IPv6 network</source>
        <translation>IPv6 網路</translation>
    </message>
    <message>
        <source>IPv6 network:</source>
        <translation>IPv6 網路：</translation>
    </message>
    <message>
        <source>It is transient: once stopped, it is gone for good (libvirt keeps no definition of it).</source>
        <translation>它是暫時性的：一旦停止就永遠消失（libvirt 不會保留它的定義）。</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>模式：</translation>
    </message>
    <message>
        <source>Network message</source>
        <translation>網路訊息</translation>
    </message>
    <message>
        <source>Network name</source>
        <translation>網路名稱</translation>
    </message>
    <message>
        <source>Network state</source>
        <translation>網路狀態</translation>
    </message>
    <message>
        <source>No network selected</source>
        <translation>未選取網路</translation>
    </message>
    <message>
        <source>Persistent</source>
        <translation>永久性</translation>
    </message>
    <message>
        <source>Persistent:</source>
        <translation>永久性：</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
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
        <source>Start network</source>
        <translation>啟動網路</translation>
    </message>
    <message>
        <source>Start when the host &amp;boots</source>
        <translation>主機開機時啟動(&amp;B)</translation>
    </message>
    <message>
        <source>Started &apos;%1&apos; and reconnected %2, but could not reconnect %3</source>
        <translation>已啟動「%1」並重新連接了 %2，但無法重新連接 %3</translation>
    </message>
    <message>
        <source>Started &apos;%1&apos; and reconnected the running VMs that use it: %2.</source>
        <translation>已啟動「%1」，並重新連接了使用它的執行中虛擬機器：%2。</translation>
    </message>
    <message>
        <source>Started &apos;%1&apos;, but could not reconnect %2</source>
        <translation>已啟動「%1」，但無法重新連接 %2</translation>
    </message>
    <message>
        <source>Started &apos;%1&apos;, but could not reconnect the running VMs that use it: %2</source>
        <translation>已啟動「%1」，但無法重新連接使用它的執行中虛擬機器：%2</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>狀態：</translation>
    </message>
    <message>
        <source>Static &amp;hosts and DNS</source>
        <translation>靜態主機與 DNS(&amp;H)</translation>
    </message>
    <message>
        <source>Static hosts and DNS</source>
        <translation>靜態主機與 DNS</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop network</source>
        <translation>停止網路</translation>
    </message>
    <message>
        <source>Stop network &apos;%1&apos;?</source>
        <translation>要停止網路「%1」嗎？</translation>
    </message>
    <message>
        <source>Stop network &apos;%1&apos;?

These running VMs use it and stay connected (libvirt leaves their cards as they are), but once shut down will not start until it runs again: %2.</source>
        <translation>要停止網路「%1」嗎？

下列執行中的虛擬機器正在使用它，會保持連線（libvirt 不會更動它們的網卡），但關機後須等它再次執行才能啟動：%2。</translation>
    </message>
    <message>
        <source>Stop network &apos;%1&apos;?

These running VMs use it and will lose their connection: %2.</source>
        <translation>要停止網路「%1」嗎？

下列執行中的虛擬機器正在使用它，將會失去連線：%2。</translation>
    </message>
    <message>
        <source>These VMs refer to it and will not start until changed: %1.</source>
        <translation>下列虛擬機器參照了它，在變更之前將無法啟動：%1。</translation>
    </message>
    <message>
        <source>Virtual networks</source>
        <translation>虛擬網路</translation>
    </message>
    <message>
        <source>Virtual networks panel</source>
        <translation>虛擬網路面板</translation>
    </message>
    <message>
        <source>change autostart</source>
        <translation>變更自動啟動</translation>
    </message>
    <message>
        <source>delete &apos;%1&apos;</source>
        <translation>刪除「%1」</translation>
    </message>
    <message>
        <source>list the VMs on the network</source>
        <translation>列出網路上的虛擬機器</translation>
    </message>
    <message>
        <source>start &apos;%1&apos;</source>
        <translation>啟動「%1」</translation>
    </message>
    <message>
        <source>stop &apos;%1&apos;</source>
        <translation>停止「%1」</translation>
    </message>
</context>
<context>
    <name>NewVm</name>
    <message>
        <source>%1 cannot be read (permission denied).</source>
        <translation>無法讀取 %1（權限不足）。</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2.</source>
        <translation>無法使用 %1：%2。</translation>
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
        <source>&apos;%1&apos; is not a full path: it must start with &apos;/&apos;.</source>
        <translation>「%1」不是完整路徑：必須以「/」開頭。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host interface name: at most 15 characters, without spaces, &apos;/&apos; or &apos;:&apos;.</source>
        <translation>「%1」不是主機介面名稱：最多 15 個字元，不可含空白、「/」或「:」。</translation>
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
        <source>A cloud image needs a pool of image files (a directory, file system or network file system): its disk is a qcow2 overlay, which cannot be a volume of storage pool &apos;%1&apos; (%2).</source>
        <translation>雲端映像檔需要存放映像檔的儲存集區（目錄、檔案系統或網路檔案系統）：它的磁碟是 qcow2 覆蓋映像檔，不能作為儲存集區「%1」（%2）的磁碟區。</translation>
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
        <source>More virtual CPUs than the host has (%n) make the guest slower, not faster.</source>
        <translation>主機只有 %n 顆 CPU；虛擬 CPU 比這個多只會讓客體變慢，不會變快。</translation>
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
        <source>SSH key %1 holds two keys: put each key on a line of its own.</source>
        <translation>SSH 金鑰 %1 含有兩把金鑰：請每行只放一把金鑰。</translation>
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
        <source>Storage pool &apos;%1&apos; (%2) cannot make new volumes: its volumes come from the storage itself. Choose another pool.</source>
        <translation>儲存集區「%1」（%2）無法建立新的磁碟區：它的磁碟區來自儲存裝置本身。請選擇其他儲存集區。</translation>
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
        <source>The cloud image is %1: the new disk gets that size, not less.</source>
        <translation>雲端映像檔為 %1：新磁碟會是這個大小，不會更小。</translation>
    </message>
    <message>
        <source>The cloud-init seed volume is named &apos;%1&apos; too; give the disk volume another name.</source>
        <translation>cloud-init 種子磁碟區也叫「%1」；請為磁碟另取一個磁碟區名稱。</translation>
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
        <source>The extra user-data has an alias (*name) inside its own anchor (&amp;name); cloud-init user-data cannot hold a value that contains itself.</source>
        <translation>額外的 user-data 在錨點（&amp;name）自身之內使用了別名（*name）；cloud-init user-data 不能含有包含自身的值。</translation>
    </message>
    <message>
        <source>The extra user-data is not valid YAML (line %1): %2</source>
        <translation>額外的 user-data 不是有效的 YAML（第 %1 行）：%2</translation>
    </message>
    <message>
        <source>The extra user-data is too large to write out: spelt in full (each alias *name as its anchor) it would hold more than %1 values, or it is nested too deep.</source>
        <translation>額外的 user-data 太大，無法寫出：把每個別名（*name）展開成它的錨點後會超過 %1 個值，或巢狀層數太深。</translation>
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
        <source>The host&apos;s libvirt refused the data of the upload.</source>
        <translation>主機的 libvirt 拒絕了上傳的資料。</translation>
    </message>
    <message>
        <source>The host&apos;s libvirt sent no data for the download.</source>
        <translation>主機的 libvirt 沒有傳送下載的資料。</translation>
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
        <source>The operating system needs %n or more virtual CPUs.</source>
        <translation>作業系統需要至少 %n 顆虛擬 CPU。</translation>
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
        <source>The operating system starts only with UEFI firmware.</source>
        <translation>作業系統只能以 UEFI 韌體啟動。</translation>
    </message>
    <message>
        <source>The password is not stored as a SHA-512 hash.</source>
        <translation>密碼沒有以 SHA-512 雜湊儲存。</translation>
    </message>
    <message>
        <source>This holds a control character (%1), which libvirt cannot store; remove it.</source>
        <translation>這裡含有控制字元（%1），libvirt 無法儲存；請將它移除。</translation>
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
        <source>This host gives a virtual machine no more virtual CPUs than %n.</source>
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
    <name>NewVmWizard</name>
    <message>
        <source>%1 (not running)</source>
        <translation>%1（未執行）</translation>
    </message>
    <message>
        <source>%1 is being created. Stop creating it and quit? What was created so far is removed.</source>
        <translation>正在建立 %1。要停止建立並結束嗎？已建立的項目會被移除。</translation>
    </message>
    <message>
        <source>%1 is used by %2 already. Two VMs that write on one image wreck it. Create the VM on it anyway?</source>
        <translation>%2 已在使用 %1。兩部虛擬機器同時寫入同一個映像檔會損毀它。仍要用它建立虛擬機器嗎？</translation>
    </message>
    <message>
        <source>%1 problem</source>
        <translation>%1 問題</translation>
    </message>
    <message>
        <source>%1 — %2 free</source>
        <translation>%1 — 可用 %2</translation>
    </message>
    <message>
        <source>&amp;Customise…</source>
        <translation>自訂(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Discard and Quit</source>
        <translation>捨棄並結束(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <source>Cancelled, but not everything created could be removed again; left on the host: %1</source>
        <translation>已取消，但已建立的項目未能全部移除；仍留在主機上：%1</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was left on the host.</source>
        <translation>已取消。主機上沒有留下任何東西。</translation>
    </message>
    <message>
        <source>Could not create the virtual machine: %1
Everything created was removed again.</source>
        <translation>無法建立虛擬機器：%1
已建立的所有項目都已再次移除。</translation>
    </message>
    <message>
        <source>Could not create the virtual machine: %1
Not everything created could be removed again; left on the host: %2</source>
        <translation>無法建立虛擬機器：%1
已建立的項目未能全部移除；仍留在主機上：%2</translation>
    </message>
    <message>
        <source>Could not create the virtual machine: %1
Nothing was created.</source>
        <translation>無法建立虛擬機器：%1
沒有建立任何東西。</translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation>建立 %1</translation>
    </message>
    <message>
        <source>Discard the new virtual machine?</source>
        <translation>要捨棄新的虛擬機器嗎？</translation>
    </message>
    <message>
        <source>Looking for other VMs that use %1…</source>
        <translation>正在尋找使用 %1 的其他虛擬機器…</translation>
    </message>
    <message>
        <source>New Virtual Machine</source>
        <translation>新增虛擬機器</translation>
    </message>
    <message>
        <source>New virtual machine</source>
        <translation>新增虛擬機器</translation>
    </message>
    <message>
        <source>Stop and &amp;Quit</source>
        <translation>停止並結束(&amp;Q)</translation>
    </message>
    <message>
        <source>Stop creating the virtual machine?</source>
        <translation>要停止建立虛擬機器嗎？</translation>
    </message>
    <message>
        <source>The new virtual machine has not been created yet. Quit and discard its settings?</source>
        <translation>新的虛擬機器尚未建立。要結束並捨棄它的設定嗎？</translation>
    </message>
</context>
<context>
    <name>NicForm</name>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1（非使用中）</translation>
    </message>
    <message>
        <source>&amp;Generate a MAC address</source>
        <translation>產生 MAC 位址(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Link up (cable plugged in)</source>
        <translation>連結已啟用（已插上網路線）(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>型號(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>來源(&amp;S)：</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host interface name</source>
        <translation>「%1」不是主機介面名稱</translation>
    </message>
    <message>
        <source>52:54:00:xx:xx:xx</source>
        <translation>52:54:00:xx:xx:xx</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>橋接</translation>
    </message>
    <message>
        <source>Choose what the NIC connects to</source>
        <translation>選擇網卡要連接的對象</translation>
    </message>
    <message>
        <source>Connect &amp;to:</source>
        <translation>連接到(&amp;T)：</translation>
    </message>
    <message>
        <source>Connect to</source>
        <translation>連接到</translation>
    </message>
    <message>
        <source>Device model</source>
        <translation>裝置型號</translation>
    </message>
    <message>
        <source>Generate a MAC address</source>
        <translation>產生 MAC 位址</translation>
    </message>
    <message>
        <source>Host bridge</source>
        <translation>主機橋接器</translation>
    </message>
    <message>
        <source>Link up</source>
        <translation>連結已啟用</translation>
    </message>
    <message>
        <source>MA&amp;C address:</source>
        <translation>MAC 位址(&amp;C)：</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC 位址</translation>
    </message>
    <message>
        <source>Network %1 is not running: a VM on it cannot start, nor can a running VM take the NIC, until it is started.</source>
        <translation>網路 %1 未在執行：在它啟動之前，使用它的虛擬機器無法啟動，執行中的虛擬機器也無法接上這張網卡。</translation>
    </message>
    <message>
        <source>Network state</source>
        <translation>網路狀態</translation>
    </message>
    <message>
        <source>Network, bridge or host device</source>
        <translation>網路、橋接器或主機裝置</translation>
    </message>
    <message>
        <source>New NIC %1</source>
        <translation>新網卡 %1</translation>
    </message>
    <message>
        <source>Passthrough</source>
        <translation>直通</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>私有</translation>
    </message>
    <message>
        <source>Start the network &amp;first</source>
        <translation>先啟動網路(&amp;F)</translation>
    </message>
    <message>
        <source>Start the network first</source>
        <translation>先啟動網路</translation>
    </message>
    <message>
        <source>This host has no virtual network named &apos;%1&apos;</source>
        <translation>這台主機沒有名為「%1」的虛擬網路</translation>
    </message>
    <message>
        <source>VEPA</source>
        <translation>VEPA</translation>
    </message>
    <message>
        <source>Virtual network</source>
        <translation>虛擬網路</translation>
    </message>
    <message>
        <source>macvtap (host device)</source>
        <translation>macvtap（主機裝置）</translation>
    </message>
    <message>
        <source>macvtap m&amp;ode:</source>
        <translation>macvtap 模式(&amp;O)：</translation>
    </message>
    <message>
        <source>macvtap mode</source>
        <translation>macvtap 模式</translation>
    </message>
</context>
<context>
    <name>NicPage</name>
    <message>
        <source>&amp;Link up (cable plugged in)</source>
        <translation>連結已啟用（已插上網路線）(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>型號(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>來源(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Why has this VM no address?</source>
        <translation>為什麼這部虛擬機器沒有位址(&amp;W)？</translation>
    </message>
    <message>
        <source>Choose the network, bridge or host device this NIC connects to</source>
        <translation>選擇這張網卡要連接的網路、橋接器或主機裝置</translation>
    </message>
    <message>
        <source>Device model</source>
        <translation>裝置型號</translation>
    </message>
    <message>
        <source>Its fixed address %1 moved from %2 to the new MAC address.</source>
        <translation>其固定位址 %1 已從 %2 移至新的 MAC 位址。</translation>
    </message>
    <message>
        <source>Link up</source>
        <translation>連結已啟用</translation>
    </message>
    <message>
        <source>MA&amp;C address:</source>
        <translation>MAC 位址(&amp;C)：</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC 位址</translation>
    </message>
    <message>
        <source>Network interface %1</source>
        <translation>網卡 %1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Source &amp;type:</source>
        <translation>來源類型(&amp;T)：</translation>
    </message>
    <message>
        <source>Source type</source>
        <translation>來源類型</translation>
    </message>
    <message>
        <source>Starting network %1…</source>
        <translation>正在啟動網路 %1…</translation>
    </message>
    <message>
        <source>Troubleshooter: why has this VM no address</source>
        <translation>疑難排解：為什麼這部虛擬機器沒有位址</translation>
    </message>
    <message>
        <source>macvtap m&amp;ode:</source>
        <translation>macvtap 模式(&amp;O)：</translation>
    </message>
    <message>
        <source>macvtap mode</source>
        <translation>macvtap 模式</translation>
    </message>
    <message>
        <source>the fixed address %1</source>
        <translation>固定位址 %1</translation>
    </message>
    <message>
        <source>the running card is not a macvtap card until the restart</source>
        <translation>執行中的網卡在重新啟動前還不是 macvtap 網卡</translation>
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
    <name>NotificationArea</name>
    <message>
        <source>Dismiss all</source>
        <translation>全部清除</translation>
    </message>
    <message>
        <source>Dismiss all notifications</source>
        <translation>清除所有通知</translation>
    </message>
    <message>
        <source>Notification messages</source>
        <translation>通知訊息</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>&amp;MTU:</source>
        <translation>MTU(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Spanning tree protocol (STP)</source>
        <translation>生成樹協定（STP）(&amp;S)</translation>
    </message>
    <message>
        <source>Answer for the domain &amp;locally only (never ask upstream)</source>
        <translation>只在本機回應這個網域的查詢（一律不詢問上游）(&amp;L)</translation>
    </message>
    <message>
        <source>B&amp;ridge name:</source>
        <translation>橋接器名稱(&amp;R)：</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>橋接器</translation>
    </message>
    <message>
        <source>Bridge MAC address</source>
        <translation>橋接器 MAC 位址</translation>
    </message>
    <message>
        <source>Bridge name</source>
        <translation>橋接器名稱</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>DNS &amp;domain:</source>
        <translation>DNS 網域(&amp;D)：</translation>
    </message>
    <message>
        <source>DNS and bridge</source>
        <translation>DNS 與橋接器</translation>
    </message>
    <message>
        <source>DNS domain</source>
        <translation>DNS 網域</translation>
    </message>
    <message>
        <source>DNS domain local only</source>
        <translation>DNS 網域僅限本機</translation>
    </message>
    <message>
        <source>For&amp;ward delay:</source>
        <translation>轉送延遲(&amp;W)：</translation>
    </message>
    <message>
        <source>Forward delay</source>
        <translation>轉送延遲</translation>
    </message>
    <message>
        <source>MA&amp;C address:</source>
        <translation>MAC 位址(&amp;C)：</translation>
    </message>
    <message>
        <source>MTU</source>
        <translation>MTU</translation>
    </message>
    <message>
        <source>Optional: a DNS domain for the guests, and details of the bridge.</source>
        <translation>選用：客體使用的 DNS 網域，以及橋接器的詳細設定。</translation>
    </message>
    <message>
        <source>Spanning tree protocol</source>
        <translation>生成樹協定</translation>
    </message>
    <message>
        <source>The MTU is a number of bytes, such as 9000 (or empty for the default).</source>
        <translation>MTU 是位元組數，例如 9000（留空則使用預設值）。</translation>
    </message>
    <message>
        <source>Use %1 (free on this host)</source>
        <translation>使用 %1（這台主機上尚未使用）</translation>
    </message>
    <message>
        <source>Use a free bridge name</source>
        <translation>使用空閒的橋接器名稱</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>automatic (libvirt picks a free virbrN)</source>
        <translation>自動（libvirt 會挑選未使用的 virbrN）</translation>
    </message>
    <message>
        <source>default (1500)</source>
        <translation>預設（1500）</translation>
    </message>
    <message>
        <source>none (for example: vm.lan)</source>
        <translation>無（例如：vm.lan）</translation>
    </message>
</context>
<context>
    <name>OsList</name>
    <message>
        <source>%1 (%2)</source>
        <comment>OS name (release year)</comment>
        <translation>%1（%2）</translation>
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
    <name>OsPage</name>
    <message>
        <source>%1 is not an ISO image.</source>
        <translation>%1 不是 ISO 映像檔。</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es).</source>
        <translation>
            <numerusform>%n 個相符結果。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Detect it from the install media</source>
        <translation>從安裝媒體偵測(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Operating system:</source>
        <translation>作業系統(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜尋(&amp;S)：</translation>
    </message>
    <message>
        <source>Chosen operating system</source>
        <translation>已選擇的作業系統</translation>
    </message>
    <message>
        <source>Chosen: %1. %2</source>
        <translation>已選擇：%1。%2</translation>
    </message>
    <message>
        <source>Could not load the list of operating systems (only the generic ones are offered): %1</source>
        <translation>無法載入作業系統清單（只提供通用選項）：%1</translation>
    </message>
    <message>
        <source>Could not look at %1: %2</source>
        <translation>無法查看 %1：%2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>Detect the operating system from the install media</source>
        <translation>從安裝媒體偵測作業系統</translation>
    </message>
    <message>
        <source>Detected %1 (label &apos;%2&apos;).</source>
        <translation>偵測到 %1（標籤「%2」）。</translation>
    </message>
    <message>
        <source>Detecting the operating system</source>
        <translation>正在偵測作業系統</translation>
    </message>
    <message>
        <source>Detection result</source>
        <translation>偵測結果</translation>
    </message>
    <message>
        <source>Guessed %1 from the label &apos;%2&apos;; check it below.</source>
        <translation>依標籤「%2」猜測為 %1；請在下方確認。</translation>
    </message>
    <message>
        <source>It needs %1.</source>
        <translation>它需要 %1。</translation>
    </message>
    <message>
        <source>Loading the list of operating systems…</source>
        <translation>正在載入作業系統清單…</translation>
    </message>
    <message>
        <source>Looking at %1…</source>
        <translation>正在查看 %1…</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>作業系統</translation>
    </message>
    <message>
        <source>Operating systems</source>
        <translation>作業系統</translation>
    </message>
    <message>
        <source>Search operating systems</source>
        <translation>搜尋作業系統</translation>
    </message>
    <message>
        <source>The media (label &apos;%1&apos;) was not recognised: choose the operating system below.</source>
        <translation>無法辨識媒體（標籤「%1」）：請在下方選擇作業系統。</translation>
    </message>
    <message>
        <source>The operating system decides the VM&apos;s devices and its suggested memory, CPUs and disk size.</source>
        <translation>作業系統會決定虛擬機器的裝置，以及建議的記憶體、CPU 數量和磁碟大小。</translation>
    </message>
    <message numerus="yes">
        <source>Type a name to search %n operating system(s).</source>
        <translation>
            <numerusform>輸入名稱以搜尋 %n 個作業系統。</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a name: debian, windows 11, fedora…</source>
        <translation>輸入名稱：debian、windows 11、fedora…</translation>
    </message>
    <message>
        <source>UEFI firmware</source>
        <translation>UEFI 韌體</translation>
    </message>
    <message>
        <source>Waiting for the list of operating systems…</source>
        <translation>正在等待作業系統清單…</translation>
    </message>
    <message>
        <source>a TPM 2.0</source>
        <translation>TPM 2.0</translation>
    </message>
    <message>
        <source>a disk of %1</source>
        <translation>%1 的磁碟</translation>
    </message>
    <message>
        <source>at least %1 of memory</source>
        <translation>至少 %1 的記憶體</translation>
    </message>
    <message>
        <source>libosinfo does not know %1 (%2): choose the operating system below.</source>
        <translation>libosinfo 不認得 %1（%2）：請在下方選擇作業系統。</translation>
    </message>
    <message>
        <source>libosinfo is not installed here: only generic choices are offered.</source>
        <translation>這裡沒有安裝 libosinfo：只提供通用選項。</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>%1 when last seen; %2: %3</source>
        <translation>上次所見為 %1；%2：%3</translation>
    </message>
    <message>
        <source>%1 — card %2</source>
        <translation>%1 — 網卡 %2</translation>
    </message>
    <message>
        <source>%1 — card %2 on network %3</source>
        <translation>%1 — 網卡 %2，在網路 %3 上</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>標題(&amp;T)：</translation>
    </message>
    <message>
        <source>A&amp;utostart:</source>
        <translation>自動啟動(&amp;U)：</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架構</translation>
    </message>
    <message>
        <source>Architecture:</source>
        <translation>架構：</translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation>自動啟動</translation>
    </message>
    <message>
        <source>BIOS</source>
        <comment>firmware</comment>
        <translation>BIOS</translation>
    </message>
    <message>
        <source>Could not read the addresses: %1</source>
        <translation>無法讀取位址：%1</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>預設</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Emulator</source>
        <translation>模擬器</translation>
    </message>
    <message>
        <source>Emulator:</source>
        <translation>模擬器：</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>韌體</translation>
    </message>
    <message>
        <source>Firmware:</source>
        <translation>韌體：</translation>
    </message>
    <message>
        <source>Hypervisor</source>
        <translation>虛擬化管理程式</translation>
    </message>
    <message>
        <source>Hypervisor:</source>
        <translation>虛擬化管理程式：</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IP 位址</translation>
    </message>
    <message>
        <source>IP addresses:</source>
        <translation>IP 位址：</translation>
    </message>
    <message>
        <source>Machine type</source>
        <translation>機器類型</translation>
    </message>
    <message>
        <source>Machine type:</source>
        <translation>機器類型：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名稱：</translation>
    </message>
    <message>
        <source>None known yet</source>
        <translation>尚無已知位址</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概觀</translation>
    </message>
    <message>
        <source>Start this VM when the host boots</source>
        <translation>主機開機時啟動這部虛擬機器</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>狀態：</translation>
    </message>
    <message>
        <source>The VM is not running</source>
        <translation>虛擬機器沒有在執行</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>UEFI</source>
        <comment>firmware</comment>
        <translation>UEFI</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>UUID:</source>
        <translation>UUID：</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>%1 is not connected</source>
        <translation>%1 沒有連線</translation>
    </message>
    <message>
        <source>%1 × %2 MHz</source>
        <translation>%1 × %2 MHz</translation>
    </message>
    <message>
        <source>Acceleration</source>
        <translation>加速</translation>
    </message>
    <message>
        <source>Acceleration:</source>
        <translation>加速：</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>忙碌</translation>
    </message>
    <message>
        <source>CPU count</source>
        <translation>CPU 數量</translation>
    </message>
    <message>
        <source>CPU model</source>
        <translation>CPU 型號</translation>
    </message>
    <message>
        <source>CPU model:</source>
        <translation>CPU 型號：</translation>
    </message>
    <message>
        <source>CPUs:</source>
        <translation>CPU 數量：</translation>
    </message>
    <message>
        <source>Connection URI</source>
        <translation>連線 URI</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>連線：</translation>
    </message>
    <message>
        <source>Could not read the host&apos;s details: %1</source>
        <translation>無法讀取主機的詳細資料：%1</translation>
    </message>
    <message>
        <source>Could not read the host&apos;s load: %1</source>
        <translation>無法讀取主機的負載：%1</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>驅動程式</translation>
    </message>
    <message>
        <source>Driver:</source>
        <translation>驅動程式：</translation>
    </message>
    <message>
        <source>Host CPU</source>
        <translation>主機 CPU</translation>
    </message>
    <message>
        <source>Host CPU graph</source>
        <translation>主機 CPU 圖表</translation>
    </message>
    <message>
        <source>Host memory</source>
        <translation>主機記憶體</translation>
    </message>
    <message>
        <source>Host memory graph</source>
        <translation>主機記憶體圖表</translation>
    </message>
    <message>
        <source>Host message</source>
        <translation>主機訊息</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>主機名稱</translation>
    </message>
    <message>
        <source>Host name:</source>
        <translation>主機名稱：</translation>
    </message>
    <message>
        <source>Host overview</source>
        <translation>主機概觀</translation>
    </message>
    <message>
        <source>Hypervisor version</source>
        <translation>虛擬化管理程式版本</translation>
    </message>
    <message>
        <source>Hypervisor version:</source>
        <translation>虛擬化管理程式版本：</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>記憶體</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>記憶體：</translation>
    </message>
    <message>
        <source>This host&apos;s driver reports no CPU load</source>
        <translation>這台主機的驅動程式沒有回報 CPU 負載</translation>
    </message>
    <message>
        <source>This host&apos;s driver reports no memory use</source>
        <translation>這台主機的驅動程式沒有回報記憶體用量</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已使用</translation>
    </message>
    <message>
        <source>Waiting for samples…</source>
        <translation>正在等待取樣…</translation>
    </message>
    <message>
        <source>libvirt version</source>
        <translation>libvirt 版本</translation>
    </message>
    <message>
        <source>libvirt version:</source>
        <translation>libvirt 版本：</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>%1 heading</source>
        <translation>%1 標題</translation>
    </message>
    <message>
        <source>%1 page</source>
        <translation>%1 頁面</translation>
    </message>
    <message>
        <source>%1 settings</source>
        <translation>%1 設定</translation>
    </message>
    <message>
        <source>%1: pending until restart</source>
        <translation>%1：重新啟動後才生效</translation>
    </message>
    <message>
        <source>%1: problem</source>
        <translation>%1：問題</translation>
    </message>
    <message>
        <source>%1: result</source>
        <translation>%1：結果</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>套用(&amp;A)</translation>
    </message>
    <message>
        <source>Applied in part: %1</source>
        <translation>僅部分套用：%1</translation>
    </message>
    <message>
        <source>Apply %1 changes</source>
        <translation>套用 %1 的變更</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>正在套用…</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>未套用：%1</translation>
    </message>
    <message>
        <source>Pending until the VM restarts:</source>
        <translation>虛擬機器重新啟動後才生效：</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>還原(&amp;V)</translation>
    </message>
    <message>
        <source>Revert %1 changes</source>
        <translation>還原 %1 的變更</translation>
    </message>
    <message>
        <source>The VM&apos;s settings changed meanwhile; your edits are kept (Revert shows the new settings).</source>
        <translation>虛擬機器的設定在這段期間已被變更；你的編輯仍會保留（按「還原」可顯示新的設定）。</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <source>All files (*)</source>
        <translation>所有檔案 (*)</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>瀏覽以選擇 %1</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
</context>
<context>
    <name>PendingBar</name>
    <message>
        <source>&amp;Force Off and Start</source>
        <translation>強制關閉並啟動(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Shut Down and Start</source>
        <translation>關機並啟動(&amp;S)</translation>
    </message>
    <message>
        <source>Changes pending until restart</source>
        <translation>重新啟動後才生效的變更</translation>
    </message>
    <message>
        <source>Force off and start the VM</source>
        <translation>強制關閉並啟動虛擬機器</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>待生效的變更</translation>
    </message>
    <message>
        <source>Pending changes heading</source>
        <translation>待生效的變更標題</translation>
    </message>
    <message>
        <source>Restart progress</source>
        <translation>重新啟動進度</translation>
    </message>
    <message>
        <source>Saved, but pending until the VM restarts:</source>
        <translation>已儲存，但要等虛擬機器重新啟動後才生效：</translation>
    </message>
    <message>
        <source>Shut down and start the VM</source>
        <translation>關機並啟動虛擬機器</translation>
    </message>
    <message>
        <source>The guest has crashed: it cannot shut down. Force it off and start it.</source>
        <translation>客體已當機：它無法關機。請強制關閉並啟動它。</translation>
    </message>
</context>
<context>
    <name>PendingChange</name>
    <message>
        <source>%1 changed</source>
        <translation>%1 已變更</translation>
    </message>
    <message>
        <source>Action on crash</source>
        <translation>當機時的動作</translation>
    </message>
    <message>
        <source>Action on power-off</source>
        <translation>關機時的動作</translation>
    </message>
    <message>
        <source>Action on reboot</source>
        <translation>重新開機時的動作</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>已新增 %1</translation>
    </message>
    <message>
        <source>Boot and firmware settings</source>
        <translation>開機與韌體設定</translation>
    </message>
    <message>
        <source>CPU model or topology</source>
        <translation>CPU 型號或拓撲</translation>
    </message>
    <message>
        <source>CPU tuning</source>
        <translation>CPU 調校</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>已變更 %1</translation>
    </message>
    <message>
        <source>Changed %1 to %2</source>
        <translation>已將 %1 變更為 %2</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>時鐘</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Hypervisor features</source>
        <translation>虛擬化管理程式功能</translation>
    </message>
    <message>
        <source>Maximum memory: %1 MiB → %2 MiB</source>
        <translation>記憶體上限：%1 MiB → %2 MiB</translation>
    </message>
    <message>
        <source>Maximum vCPUs: %1 → %2</source>
        <translation>虛擬 CPU 上限：%1 → %2</translation>
    </message>
    <message>
        <source>Memory backing</source>
        <translation>記憶體後端</translation>
    </message>
    <message>
        <source>Memory: %1 MiB → %2 MiB</source>
        <translation>記憶體：%1 MiB → %2 MiB</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>中繼資料</translation>
    </message>
    <message>
        <source>Moved %1 to %2</source>
        <translation>已將 %1 移至 %2</translation>
    </message>
    <message>
        <source>NUMA tuning</source>
        <translation>NUMA 調校</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Power management</source>
        <translation>電源管理</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>已移除 %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>vCPUs: %1 → %2</source>
        <translation>虛擬 CPU：%1 → %2</translation>
    </message>
</context>
<context>
    <name>PerformancePage</name>
    <message>
        <source>Performance</source>
        <translation>效能</translation>
    </message>
</context>
<context>
    <name>PerformancePanel</name>
    <message>
        <source>%1 is not connected</source>
        <translation>%1 沒有連線</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CPU graph</source>
        <translation>CPU 圖表</translation>
    </message>
    <message>
        <source>Could not read the VM&apos;s performance: %1</source>
        <translation>無法讀取虛擬機器的效能：%1</translation>
    </message>
    <message>
        <source>Disk I/O</source>
        <translation>磁碟 I/O</translation>
    </message>
    <message>
        <source>Disk I/O graph</source>
        <translation>磁碟 I/O 圖表</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>記憶體</translation>
    </message>
    <message>
        <source>Memory graph</source>
        <translation>記憶體圖表</translation>
    </message>
    <message>
        <source>Network I/O</source>
        <translation>網路 I/O</translation>
    </message>
    <message>
        <source>Network I/O graph</source>
        <translation>網路 I/O 圖表</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>效能</translation>
    </message>
    <message>
        <source>Performance status</source>
        <translation>效能狀態</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>讀取</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>Sampled every %1 s</source>
        <translation>每 %1 秒取樣一次</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已傳送</translation>
    </message>
    <message>
        <source>The VM is not running</source>
        <translation>虛擬機器沒有在執行</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已使用</translation>
    </message>
    <message>
        <source>Waiting for the first samples…</source>
        <translation>正在等待第一批取樣…</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>寫入</translation>
    </message>
</context>
<context>
    <name>PinBox</name>
    <message>
        <source>Address to give this VM</source>
        <translation>要給這部虛擬機器的位址</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>位址：</translation>
    </message>
    <message>
        <source>Always g&amp;ive this VM this address</source>
        <translation>一律給這部虛擬機器這個位址(&amp;I)</translation>
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
        <source>Network %1 always gives this card %2 once the VM restarts with its new MAC address %3.</source>
        <translation>虛擬機器以新的 MAC 位址 %3 重新啟動後，網路 %1 一律把 %2 發給這張網卡。</translation>
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
        <source>Network %1 gives this card %2 under its current MAC address %3; when the VM shuts down while kvmgui is connected to this host, the address moves to %4, the card&apos;s MAC address from the next start.</source>
        <translation>網路 %1 以這張網卡現有的 MAC 位址 %3 發給它 %2；虛擬機器在 kvmgui 連線到這台主機時關機，位址就會移至 %4，即網卡下次啟動起的 MAC 位址。</translation>
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
        <source>Pinned for %1: the VM gets %2 when it restarts with that MAC address.</source>
        <translation>已為 %1 固定：虛擬機器以這個 MAC 位址重新啟動時會取得 %2。</translation>
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
        <source>Sh&amp;ow Command</source>
        <translation>顯示指令(&amp;O)</translation>
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
        <source>%1 cannot be used: %2.</source>
        <translation>無法使用 %1：%2。</translation>
    </message>
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
    <name>PoolModel</name>
    <message>
        <source>%1 free of %2</source>
        <translation>可用 %1，共 %2</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>配置量</translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation>自動啟動</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Capacity %1, allocated %2, available %3</source>
        <translation>容量 %1，已配置 %2，可用 %3</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>非使用中</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Transient</source>
        <translation>暫時性</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>使用情況</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>PoolTargetPage</name>
    <message>
        <source>B&amp;uild: create the ZFS pool on the devices</source>
        <translation>建置：在裝置上建立 ZFS 集區(&amp;U)</translation>
    </message>
    <message>
        <source>B&amp;uild: create the directory (if it is not there)</source>
        <translation>建置：建立目錄（如果不存在）(&amp;U)</translation>
    </message>
    <message>
        <source>B&amp;uild: create the mount point (if it is not there)</source>
        <translation>建置：建立掛載點（如果不存在）(&amp;U)</translation>
    </message>
    <message>
        <source>B&amp;uild: create the volume group on the devices</source>
        <translation>建置：在裝置上建立磁碟區群組(&amp;U)</translation>
    </message>
    <message>
        <source>B&amp;uild: make the file system on the device</source>
        <translation>建置：在裝置上建立檔案系統(&amp;U)</translation>
    </message>
    <message>
        <source>B&amp;uild: write a new partition table on the disk</source>
        <translation>建置：在磁碟上寫入新的分割表(&amp;U)</translation>
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
    <name>PoolTypePage</name>
    <message>
        <source>A ZFS pool; each volume is a zvol.</source>
        <translation>ZFS 集區；每個磁碟區都是一個 zvol。</translation>
    </message>
    <message>
        <source>A block device with a file system (ext4, XFS …) that libvirt mounts; image files on it.</source>
        <translation>含檔案系統（ext4、XFS …）的區塊裝置，由 libvirt 掛載；映像檔存放在上面。</translation>
    </message>
    <message>
        <source>A whole disk; each volume is a partition.</source>
        <translation>整顆磁碟；每個磁碟區都是一個分割區。</translation>
    </message>
    <message>
        <source>An LVM volume group; each volume is a logical volume.</source>
        <translation>LVM 磁碟區群組；每個磁碟區都是一個邏輯磁碟區。</translation>
    </message>
    <message>
        <source>An NFS export, a CIFS share or a GlusterFS volume that libvirt mounts; image files on it.</source>
        <translation>由 libvirt 掛載的 NFS 匯出目錄、CIFS 共用資料夾或 GlusterFS 磁碟區；映像檔存放在上面。</translation>
    </message>
    <message>
        <source>Files in a Gluster volume, reached by QEMU natively.</source>
        <translation>Gluster 磁碟區中的檔案，由 QEMU 原生存取。</translation>
    </message>
    <message>
        <source>Image files in a directory of the host.</source>
        <translation>主機上某個目錄中的映像檔。</translation>
    </message>
    <message>
        <source>Images in a Ceph pool, over the network.</source>
        <translation>Ceph 集區中的映像檔，透過網路存取。</translation>
    </message>
    <message>
        <source>The LUNs of a SCSI host adapter or a Fibre Channel vHBA.</source>
        <translation>SCSI 主機配接器或光纖通道 vHBA 的 LUN。</translation>
    </message>
    <message>
        <source>The LUNs of an iSCSI target, logged in by the host&apos;s initiator.</source>
        <translation>iSCSI 目標的 LUN，由主機的啟動器登入。</translation>
    </message>
    <message>
        <source>The LUNs of an iSCSI target, reached by QEMU directly (libiscsi).</source>
        <translation>iSCSI 目標的 LUN，由 QEMU 直接存取（libiscsi）。</translation>
    </message>
    <message>
        <source>The host&apos;s multipath devices.</source>
        <translation>主機的多重路徑裝置。</translation>
    </message>
</context>
<context>
    <name>PoolWizard</name>
    <message>
        <source>Add Storage Pool — %1</source>
        <translation>新增儲存集區 — %1</translation>
    </message>
    <message>
        <source>Add storage pool</source>
        <translation>新增儲存集區</translation>
    </message>
    <message>
        <source>Could not check the XML against libvirt&apos;s schema: %1.</source>
        <translation>無法依照 libvirt 的 schema 檢查 XML：%1。</translation>
    </message>
    <message>
        <source>Create pool %1</source>
        <translation>建立儲存集區 %1</translation>
    </message>
    <message>
        <source>Line %1: %2.</source>
        <translation>第 %1 行：%2。</translation>
    </message>
    <message>
        <source>The XML does not parse: %1.</source>
        <translation>無法解析 XML：%1。</translation>
    </message>
    <message>
        <source>The pool needs a &lt;name&gt;.</source>
        <translation>集區需要 &lt;name&gt;。</translation>
    </message>
    <message>
        <source>The pool&apos;s name begins or ends with a blank, which libvirt would keep as part of it; remove it.</source>
        <translation>集區名稱的開頭或結尾有空白，libvirt 會把它當成名稱的一部分；請移除。</translation>
    </message>
    <message>
        <source>The pool&apos;s name cannot contain &apos;/&apos; or line breaks.</source>
        <translation>集區名稱不能包含「/」或換行。</translation>
    </message>
    <message>
        <source>The root element must be &lt;pool&gt;, not &lt;%1&gt;.</source>
        <translation>根元素必須是 &lt;pool&gt;，而不是 &lt;%1&gt;。</translation>
    </message>
    <message>
        <source>This host already has a storage pool named %1.</source>
        <translation>這台主機已經有名為 %1 的儲存集區。</translation>
    </message>
    <message>
        <source>This host cannot run pools of type %1.</source>
        <translation>這台主機無法執行 %1 類型的集區。</translation>
    </message>
    <message>
        <source>Write the monitors as host or host:port, separated by commas.</source>
        <translation>請以 host 或 host:port 的格式填寫監視器，並以逗號分隔。</translation>
    </message>
    <message>
        <source>kvmgui cannot create pools of type %1.</source>
        <translation>kvmgui 無法建立 %1 類型的集區。</translation>
    </message>
</context>
<context>
    <name>PowerControl</name>
    <message>
        <source>%1 was not done: a restart of the VM began meanwhile.</source>
        <translation>未執行 %1：虛擬機器在這期間開始重新啟動。</translation>
    </message>
    <message>
        <source>%1 was not done: the VM is being deleted.</source>
        <translation>未執行 %1：虛擬機器正在刪除。</translation>
    </message>
    <message>
        <source>%1 was not done: the VM is being saved.</source>
        <translation>未執行 %1：虛擬機器正在儲存。</translation>
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
        <translation>顯示「%1」欄位</translation>
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
    <name>QWizard</name>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
</context>
<context>
    <name>Reconnect</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Network %1 was started and reconnected %2, but could not reconnect %3</source>
        <translation>網路 %1 已啟動並重新連接了 %2，但無法重新連接 %3</translation>
    </message>
    <message>
        <source>Network %1 was started, but could not reconnect %2</source>
        <translation>網路 %1 已啟動，但無法重新連接 %2</translation>
    </message>
    <message>
        <source>Network %1 was started, but the running VMs on it could not be reconnected: %2</source>
        <translation>網路 %1 已啟動，但無法重新連接其上執行中的虛擬機器：%2</translation>
    </message>
    <message>
        <source>Network %1 was started; reconnected the running VMs on it: %2.</source>
        <translation>網路 %1 已啟動；已重新連接其上執行中的虛擬機器：%2。</translation>
    </message>
    <message>
        <source>its card %1 was left on bridge %2 directly, not through network &apos;%3&apos;, until the VM shuts down: %4</source>
        <translation>其網卡 %1 被留在直接連接橋接器 %2，而非經由網路「%3」，直到虛擬機器關機為止：%4</translation>
    </message>
    <message>
        <source>its card %1 was left on network &apos;%2&apos;, not on bridge %3 directly, until the VM shuts down: %4</source>
        <translation>其網卡 %1 被留在網路「%2」上，而非直接連接橋接器 %3，直到虛擬機器關機為止：%4</translation>
    </message>
    <message>
        <source>this host cannot change the card of a running VM: shut it down and start it again to reconnect it (%1)</source>
        <translation>這台主機無法變更執行中虛擬機器的網卡：請將它關機再啟動以重新連接（%1）</translation>
    </message>
</context>
<context>
    <name>ResizeDialog</name>
    <message>
        <source>&amp;New capacity:</source>
        <translation>新容量(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Resize</source>
        <translation>調整大小(&amp;R)</translation>
    </message>
    <message>
        <source>Current capacity</source>
        <translation>目前容量</translation>
    </message>
    <message>
        <source>Current capacity:</source>
        <translation>目前容量：</translation>
    </message>
    <message>
        <source>New capacity</source>
        <translation>新容量</translation>
    </message>
    <message>
        <source>Resize Volume %1</source>
        <translation>調整磁碟區 %1 的大小</translation>
    </message>
    <message>
        <source>Resize note</source>
        <translation>調整大小說明</translation>
    </message>
    <message>
        <source>Resize volume</source>
        <translation>調整磁碟區大小</translation>
    </message>
    <message>
        <source>Shrink volume</source>
        <translation>縮小磁碟區</translation>
    </message>
    <message>
        <source>Shrink volume %1 from %2 to %3? Everything stored beyond %3 is destroyed, and a guest whose file system spans it will break.</source>
        <translation>要將磁碟區 %1 從 %2 縮小到 %3 嗎？儲存在 %3 之後的所有資料都會被摧毀，檔案系統跨越該範圍的客體將會損壞。</translation>
    </message>
    <message>
        <source>Smaller than now: shrinking destroys the data beyond the new end.</source>
        <translation>比目前小：縮小會摧毀新結尾之後的資料。</translation>
    </message>
    <message>
        <source>The capacity must be more than zero.</source>
        <translation>容量必須大於零。</translation>
    </message>
    <message>
        <source>The volume was resized elsewhere: its capacity is now %1.</source>
        <translation>這個磁碟區已在別處調整過大小：它現在的容量是 %1。</translation>
    </message>
    <message>
        <source>These running VMs use it from their next start (it is not open now): %1.</source>
        <translation>這些執行中的虛擬機器要到下次啟動時才會使用它（現在並未開啟它）：%1。</translation>
    </message>
    <message>
        <source>These stopped VMs use it: %1.</source>
        <translation>這些已停止的虛擬機器正在使用它：%1。</translation>
    </message>
    <message>
        <source>This is the volume&apos;s capacity now.</source>
        <translation>這是磁碟區目前的容量。</translation>
    </message>
    <message>
        <source>resize %1</source>
        <translation>調整 %1 的大小</translation>
    </message>
</context>
<context>
    <name>RestartJob</name>
    <message>
        <source>%1 on %2: %3</source>
        <comment>VM, host, how its restart failed</comment>
        <translation>%2 上的 %1：%3</translation>
    </message>
    <message>
        <source>Asked the guest to shut down; waiting for it to stop…</source>
        <translation>已要求客體關機；正在等待它停止…</translation>
    </message>
    <message>
        <source>Forcing the VM off and starting it again…</source>
        <translation>正在強制關閉虛擬機器並重新啟動…</translation>
    </message>
    <message>
        <source>Restart failed: %1</source>
        <translation>重新啟動失敗：%1</translation>
    </message>
    <message>
        <source>Restarted: the VM now runs with its saved settings.</source>
        <translation>已重新啟動：虛擬機器現在以已儲存的設定執行。</translation>
    </message>
    <message>
        <source>Resuming the paused VM so that its guest can shut down…</source>
        <translation>正在繼續執行已暫停的虛擬機器，讓客體能夠關機…</translation>
    </message>
    <message>
        <source>Starting the VM…</source>
        <translation>正在啟動虛擬機器…</translation>
    </message>
    <message>
        <source>The VM is being deleted, so it was not restarted.</source>
        <translation>正在刪除此虛擬機器，因此沒有重新啟動它。</translation>
    </message>
    <message>
        <source>The VM is being saved, so it was not restarted. Once it is saved, Run resumes it; restart it then for the changes.</source>
        <translation>正在儲存此虛擬機器，因此沒有重新啟動它。儲存完成後，「執行」會讓它繼續；之後再重新啟動它以套用變更。</translation>
    </message>
    <message>
        <source>The VM was paused while its guest was asked to shut down, so it was not restarted. Resume it, then restart it.</source>
        <translation>客體被要求關機時，虛擬機器被暫停了，所以沒有重新啟動。請先讓它繼續，再重新啟動它。</translation>
    </message>
    <message>
        <source>The connection to %1 was lost while the restart waited for the VM, so it was not restarted; the VM may be off now.</source>
        <translation>重新啟動等待虛擬機器時，與 %1 的連線中斷了，所以沒有重新啟動；虛擬機器現在可能已關閉。</translation>
    </message>
    <message>
        <source>The guest did not shut down within %1 s, so it was not restarted. It may ignore the power button; Force off and start works regardless.</source>
        <translation>客體沒有在 %1 秒內關機，所以沒有重新啟動。它可能會忽略電源按鈕；改用「強制關閉並啟動」則一定有效。</translation>
    </message>
    <message>
        <source>The guest has crashed: it cannot shut down, so the VM was not restarted. Force off and start restarts it.</source>
        <translation>客體已當機：它無法關機，所以虛擬機器沒有重新啟動。「強制關閉並啟動」可以重新啟動它。</translation>
    </message>
    <message>
        <source>The suspended VM did not wake up within %1 s, so it was not restarted. Force off and start works regardless.</source>
        <translation>已休眠的虛擬機器沒有在 %1 秒內喚醒，所以沒有重新啟動。改用「強制關閉並啟動」則一定有效。</translation>
    </message>
    <message>
        <source>Waking the suspended VM so that its guest can shut down…</source>
        <translation>正在喚醒已休眠的虛擬機器，讓客體能夠關機…</translation>
    </message>
</context>
<context>
    <name>RestartVm</name>
    <message>
        <source>the VM is no longer defined, so stopping it would remove it; it was left as it is</source>
        <translation>虛擬機器已不再有定義，停止它會將它移除；已保持原狀</translation>
    </message>
    <message>
        <source>the VM was saved meanwhile, so it was left off: started, it would resume where it was saved, without the changes. Run resumes it</source>
        <translation>虛擬機器在此期間已被儲存，因此保持關機：若啟動，它會從儲存的狀態繼續，而不會套用這些變更。「執行」會讓它繼續</translation>
    </message>
</context>
<context>
    <name>RngForm</name>
    <message>
        <source>Host &amp;source:</source>
        <translation>主機來源(&amp;S)：</translation>
    </message>
    <message>
        <source>Host entropy source</source>
        <translation>主機熵來源</translation>
    </message>
    <message>
        <source>New RNG</source>
        <translation>新亂數產生器（RNG）</translation>
    </message>
    <message>
        <source>The entropy source is a host device such as /dev/urandom</source>
        <translation>熵來源是主機上的裝置，例如 /dev/urandom</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <source>&amp;Answer:</source>
        <translation>回答(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>密語(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Remember in the desktop&apos;s secret store</source>
        <translation>記住在桌面的金鑰儲存中(&amp;R)</translation>
    </message>
    <message>
        <source>Cannot remember it: no secret store (Secret Service, such as GNOME Keyring or KWallet) is running.</source>
        <translation>無法記住：沒有正在執行的金鑰儲存（Secret Service，例如 GNOME Keyring 或 KWallet）。</translation>
    </message>
    <message>
        <source>Cannot remember it: the Python package keyring or secretstorage is installed but failed to load.</source>
        <translation>無法記住：已安裝 Python 套件 keyring 或 secretstorage，但載入失敗。</translation>
    </message>
    <message>
        <source>Cannot remember it: the Python package keyring or secretstorage is not installed, or too old.</source>
        <translation>無法記住：未安裝 Python 套件 keyring 或 secretstorage，或版本太舊。</translation>
    </message>
    <message>
        <source>Cannot remember it: the secret store could not be checked.</source>
        <translation>無法記住：無法檢查金鑰儲存。</translation>
    </message>
    <message>
        <source>Passphrase of the key %1:</source>
        <translation>金鑰 %1 的密語：</translation>
    </message>
    <message>
        <source>Password for %1 on %2:</source>
        <translation>%2 上 %1 的密碼：</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Remember in the desktop&apos;s secret store</source>
        <translation>記住在桌面的金鑰儲存中</translation>
    </message>
    <message>
        <source>SSH login — %1</source>
        <translation>SSH 登入 — %1</translation>
    </message>
    <message>
        <source>That was not accepted. Try again.</source>
        <translation>未被接受，請重試。</translation>
    </message>
    <message>
        <source>The remembered answer was not accepted and is forgotten now. Type the right one.</source>
        <translation>記住的答案未被接受，現已忘記。請輸入正確的答案。</translation>
    </message>
    <message>
        <source>The remembered answer was not accepted, and the secret store could not forget it. Type the right one.</source>
        <translation>記住的答案未被接受，且金鑰儲存無法將其忘記。請輸入正確的答案。</translation>
    </message>
    <message>
        <source>Why it cannot be remembered</source>
        <translation>為何無法記住</translation>
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
    <name>SerialForm</name>
    <message>
        <source>&amp;Type:</source>
        <translation>類型(&amp;T)：</translation>
    </message>
    <message>
        <source>New serial port %1</source>
        <translation>新序列埠 %1</translation>
    </message>
    <message>
        <source>New virtio console</source>
        <translation>新 virtio 主控台</translation>
    </message>
    <message>
        <source>Serial device type</source>
        <translation>序列裝置類型</translation>
    </message>
    <message>
        <source>Serial port (pty)</source>
        <translation>序列埠（pty）</translation>
    </message>
    <message>
        <source>Virtio console (pty)</source>
        <translation>Virtio 主控台（pty）</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>Add or remove a row from the selection</source>
        <translation>將某一列加入選取範圍，或從選取範圍中移除</translation>
    </message>
    <message>
        <source>Alt+letter</source>
        <translation>Alt+字母</translation>
    </message>
    <message>
        <source>Close a dialog</source>
        <translation>關閉對話框</translation>
    </message>
    <message>
        <source>Context menu of the selected row</source>
        <translation>所選列的右鍵選單</translation>
    </message>
    <message>
        <source>Ctrl+Space, Shift+arrows</source>
        <translation>Ctrl+Space、Shift+方向鍵</translation>
    </message>
    <message>
        <source>Ctrl+Tab, Ctrl+Shift+Tab</source>
        <translation>Ctrl+Tab、Ctrl+Shift+Tab</translation>
    </message>
    <message>
        <source>Details window</source>
        <translation>詳細資料視窗</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>F10, or Alt+the menu&apos;s letter</source>
        <translation>F10，或 Alt+選單的字母</translation>
    </message>
    <message>
        <source>In every window</source>
        <translation>所有視窗通用</translation>
    </message>
    <message>
        <source>Menu, Shift+F10</source>
        <translation>Menu 鍵、Shift+F10</translation>
    </message>
    <message>
        <source>Next or previous control</source>
        <translation>下一個或上一個控制項</translation>
    </message>
    <message>
        <source>Next or previous tab (host details)</source>
        <translation>下一個或上一個分頁（主機詳細資料）</translation>
    </message>
    <message>
        <source>Open the menu bar</source>
        <translation>開啟選單列</translation>
    </message>
    <message>
        <source>Press the underlined letter of a label, button or tab</source>
        <translation>按下標籤、按鈕或分頁上加底線的字母</translation>
    </message>
    <message>
        <source>Select, or tick a check box</source>
        <translation>選取，或勾選核取方塊</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab、Shift+Tab</translation>
    </message>
    <message>
        <source>The dialog&apos;s default button</source>
        <translation>對話框的預設按鈕</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>&amp;Find:</source>
        <translation>尋找(&amp;F)：</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>動作</translation>
    </message>
    <message>
        <source>Action or key</source>
        <translation>動作或按鍵</translation>
    </message>
    <message>
        <source>Actions and their keys</source>
        <translation>動作及其按鍵</translation>
    </message>
    <message>
        <source>Close the keyboard shortcuts</source>
        <translation>關閉鍵盤快速鍵</translation>
    </message>
    <message>
        <source>Find an action or a key</source>
        <translation>尋找動作或按鍵</translation>
    </message>
    <message>
        <source>From the menu</source>
        <translation>從選單</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts — kvmgui</source>
        <translation>鍵盤快速鍵 — kvmgui</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按鍵</translation>
    </message>
</context>
<context>
    <name>SizeEdit</name>
    <message>
        <source>%1 unit</source>
        <translation>%1 單位</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <source>&amp;Adapter:</source>
        <translation>配接器(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Ceph pool:</source>
        <translation>Ceph 集區(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Directory:</source>
        <translation>目錄(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;File system:</source>
        <translation>檔案系統(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Initiator IQN:</source>
        <translation>啟動器 IQN(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Log in with a user name and a libvirt secret</source>
        <translation>以使用者名稱和 libvirt secret 登入(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;More monitors:</source>
        <translation>其他監視器(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Mount options (one per line):</source>
        <translation>掛載選項（每行一個）(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>連接埠(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>伺服器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Target IQN:</source>
        <translation>目標 IQN(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>使用者名稱(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;WWNN:</source>
        <translation>WWNN(&amp;W)：</translation>
    </message>
    <message>
        <source>Adapter na&amp;me:</source>
        <translation>配接器名稱(&amp;M)：</translation>
    </message>
    <message>
        <source>Adapter name</source>
        <translation>配接器名稱</translation>
    </message>
    <message>
        <source>Adapter type</source>
        <translation>配接器類型</translation>
    </message>
    <message>
        <source>De&amp;vice:</source>
        <translation>裝置(&amp;V)：</translation>
    </message>
    <message>
        <source>De&amp;vices (one per line):</source>
        <translation>裝置（每行一個）(&amp;V)：</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>預設</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>裝置</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>裝置清單</translation>
    </message>
    <message>
        <source>Exported &amp;directory:</source>
        <translation>匯出的目錄(&amp;D)：</translation>
    </message>
    <message>
        <source>Fibre Channel vHBA (NPIV)</source>
        <translation>光纖通道 vHBA（NPIV）</translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation>格式(&amp;R)：</translation>
    </message>
    <message>
        <source>Gluster &amp;volume:</source>
        <translation>Gluster 磁碟區(&amp;V)：</translation>
    </message>
    <message>
        <source>Initiator IQN</source>
        <translation>啟動器 IQN</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登入</translation>
    </message>
    <message>
        <source>More monitors</source>
        <translation>其他監視器</translation>
    </message>
    <message>
        <source>Mount options</source>
        <translation>掛載選項</translation>
    </message>
    <message>
        <source>P&amp;rotocol:</source>
        <translation>通訊協定(&amp;R)：</translation>
    </message>
    <message>
        <source>Parent &amp;HBA:</source>
        <translation>上層 HBA(&amp;H)：</translation>
    </message>
    <message>
        <source>Parent adapter</source>
        <translation>上層配接器</translation>
    </message>
    <message>
        <source>Partition &amp;table:</source>
        <translation>分割表(&amp;T)：</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>連接埠</translation>
    </message>
    <message>
        <source>S&amp;ecret:</source>
        <translation>Secret(&amp;E)：</translation>
    </message>
    <message>
        <source>S&amp;hare:</source>
        <translation>共用資料夾(&amp;H)：</translation>
    </message>
    <message>
        <source>SCSI host adapter</source>
        <translation>SCSI 主機配接器</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>libvirt secret</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>伺服器</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Source &amp;name:</source>
        <translation>來源名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>Source format</source>
        <translation>來源格式</translation>
    </message>
    <message>
        <source>Source name</source>
        <translation>來源名稱</translation>
    </message>
    <message>
        <source>Source path</source>
        <translation>來源路徑</translation>
    </message>
    <message>
        <source>Sub&amp;directory (optional):</source>
        <translation>子目錄（選填）(&amp;D)：</translation>
    </message>
    <message>
        <source>Target IQN</source>
        <translation>目標 IQN</translation>
    </message>
    <message>
        <source>Tell libvirt where the pool&apos;s storage is.</source>
        <translation>告訴 libvirt 集區的儲存空間在哪裡。</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <source>Volume &amp;group:</source>
        <translation>磁碟區群組(&amp;G)：</translation>
    </message>
    <message>
        <source>WW&amp;PN:</source>
        <translation>WWPN(&amp;P)：</translation>
    </message>
    <message>
        <source>World wide node name</source>
        <translation>全球節點名稱（WWNN）</translation>
    </message>
    <message>
        <source>World wide port name</source>
        <translation>全球連接埠名稱（WWPN）</translation>
    </message>
    <message>
        <source>ZFS &amp;pool:</source>
        <translation>ZFS 集區(&amp;P)：</translation>
    </message>
    <message>
        <source>chosen by libvirt</source>
        <translation>由 libvirt 選擇</translation>
    </message>
    <message>
        <source>the host&apos;s own</source>
        <translation>主機本身的 IQN</translation>
    </message>
    <message>
        <source>the pool&apos;s name</source>
        <translation>集區的名稱</translation>
    </message>
    <message>
        <source>the secret&apos;s UUID or usage name</source>
        <translation>secret 的 UUID 或用途名稱</translation>
    </message>
</context>
<context>
    <name>SourceSearch</name>
    <message>
        <source>&amp;Cancel Search</source>
        <translation>取消搜尋(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Find Sources</source>
        <translation>尋找來源(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel search</source>
        <translation>取消搜尋</translation>
    </message>
    <message>
        <source>F&amp;ound sources (choose one to fill in the fields):</source>
        <translation>找到的來源（選擇一個即可自動填入欄位）(&amp;O)：</translation>
    </message>
    <message>
        <source>Find sources</source>
        <translation>尋找來源</translation>
    </message>
    <message numerus="yes">
        <source>Found %n source(s).</source>
        <translation>
            <numerusform>找到 %n 個來源。</numerusform>
        </translation>
    </message>
    <message>
        <source>Found sources</source>
        <translation>找到的來源</translation>
    </message>
    <message>
        <source>No sources found.</source>
        <translation>找不到來源。</translation>
    </message>
    <message>
        <source>Search cancelled.</source>
        <translation>已取消搜尋。</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>搜尋狀態</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>搜尋中</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜尋…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>搜尋失敗：%1</translation>
    </message>
</context>
<context>
    <name>StateGroup</name>
    <message>
        <source>Active</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>所有狀態</translation>
    </message>
    <message>
        <source>Crashed</source>
        <translation>已當機</translation>
    </message>
    <message>
        <source>Paused or suspended</source>
        <translation>已暫停或已休眠</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>執行中</translation>
    </message>
    <message>
        <source>Shut off</source>
        <translation>已關機</translation>
    </message>
</context>
<context>
    <name>StateReason</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
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
        <source>could not resume after a job</source>
        <translation>作業結束後無法繼續</translation>
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
        <source>post-copy failed</source>
        <translation>後複製失敗</translation>
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
    <name>StaticHostsEditor</name>
    <message>
        <source>&amp;Add host</source>
        <translation>新增主機(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove host</source>
        <translation>移除主機(&amp;R)</translation>
    </message>
    <message>
        <source>Add static host</source>
        <translation>新增靜態主機</translation>
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
    <message>
        <source>Remove static host</source>
        <translation>移除靜態主機</translation>
    </message>
    <message>
        <source>Static DHCP hosts</source>
        <translation>靜態 DHCP 主機</translation>
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
    <name>StorageForm</name>
    <message>
        <source>%1 problem</source>
        <translation>%1 問題</translation>
    </message>
</context>
<context>
    <name>StorageOps</name>
    <message>
        <source>%1 cannot be copied while these running VMs write on it: %2. A copy taken meanwhile may be damaged; shut them down first</source>
        <translation>這些執行中的虛擬機器正在寫入 %1，因此無法複製：%2。此時取得的副本可能已損壞；請先將它們關機</translation>
    </message>
    <message>
        <source>%1 cannot be deleted while a running VM uses it: %2</source>
        <translation>執行中的虛擬機器正在使用 %1，因此無法刪除：%2</translation>
    </message>
    <message>
        <source>%1 cannot be overwritten while these running VMs use it: %2. Shut them down first</source>
        <translation>這些執行中的虛擬機器正在使用 %1，因此無法覆寫：%2。請先將它們關機</translation>
    </message>
    <message>
        <source>%1 cannot be shrunk while a running VM uses it: %2</source>
        <translation>執行中的虛擬機器正在使用 %1，因此無法縮小：%2</translation>
    </message>
    <message>
        <source>%1 cannot be wiped while these running VMs use it: %2. Shut them down first</source>
        <translation>這些執行中的虛擬機器正在使用 %1，因此無法抹除：%2。請先將它們關機</translation>
    </message>
    <message>
        <source>%1 is a disk of several running VMs (%2): only one guest would be told of the new size. Stop the others to grow it</source>
        <translation>%1 是多部執行中虛擬機器（%2）的磁碟：只有一個客體會得知新的大小。請先停止其他虛擬機器再放大它</translation>
    </message>
    <message>
        <source>%1 is a disk of these stopped VMs: %2</source>
        <translation>%1 是這些已停止虛擬機器的磁碟：%2</translation>
    </message>
    <message>
        <source>%1 is a disk of these stopped VMs: %2. These running VMs use it from their next start (it is not open now): %3</source>
        <translation>%1 是這些已停止虛擬機器的磁碟：%2。這些執行中的虛擬機器要到下次啟動時才會使用它（現在並未開啟它）：%3</translation>
    </message>
    <message>
        <source>%1 is now a disk of %2, which opened it after the check. A copy taken while they write on it may be damaged: shut them down first</source>
        <translation>%1 現在是 %2 的磁碟，它們在檢查之後才開啟它。在它們寫入時取得的副本可能已損壞：請先將它們關機</translation>
    </message>
    <message>
        <source>%1 is now also a disk of %2, which the question did not name</source>
        <translation>%1 現在也是 %2 的磁碟（詢問時並未列出）</translation>
    </message>
    <message>
        <source>%1 is now in use by %2, which opened it after the question</source>
        <translation>%1 現在正由 %2 使用（在詢問之後才開啟它）</translation>
    </message>
    <message>
        <source>%1 is smaller than the volume&apos;s capacity of %2. Shrinking destroys the data beyond the new end; confirm it to go ahead.</source>
        <translation>%1 比磁碟區的容量 %2 小。縮小會摧毀新結尾之後的資料；請確認後再繼續。</translation>
    </message>
    <message>
        <source>%1 is the backing file of a disk of these running VMs: %2. It cannot be resized until they are stopped</source>
        <translation>%1 是這些執行中虛擬機器的磁碟所用的後端檔案：%2。在它們停止之前無法調整其大小</translation>
    </message>
    <message>
        <source>Could not check which VMs use the storage: reading %1 failed: %2</source>
        <translation>無法檢查哪些虛擬機器使用這個儲存空間：讀取 %1 失敗：%2</translation>
    </message>
    <message>
        <source>Could not check which VMs use the storage: the disk %1 of %2 is in no active pool, and its file system did not answer (is it a network mount that is down?).</source>
        <translation>無法檢查哪些虛擬機器使用這個儲存空間：%2 的磁碟 %1 不在任何使用中的集區，且它的檔案系統沒有回應（它是否位於已斷線的網路掛載上？）。</translation>
    </message>
    <message>
        <source>Could not check which VMs use the storage: the disk %1 of %2 is in no active pool, and kvmgui cannot read which images lie under it.</source>
        <translation>無法檢查哪些虛擬機器使用這個儲存空間：%2 的磁碟 %1 不在任何使用中的集區，且 kvmgui 無法讀取它底下有哪些映像檔。</translation>
    </message>
    <message>
        <source>Could not check which VMs use the storage: the disk %1 of %2 is in no active pool, and kvmgui cannot read which images lie under it: %3.</source>
        <translation>無法檢查哪些虛擬機器使用這個儲存空間：%2 的磁碟 %1 不在任何使用中的集區，且 kvmgui 無法讀取它底下有哪些映像檔：%3。</translation>
    </message>
    <message>
        <source>Could not check which VMs use the storage: the disk %1 of %2 is not found, and its pool %3 is not running (is its storage not mounted?). Start the pool to check again.</source>
        <translation>無法檢查哪些虛擬機器使用這個儲存空間：找不到 %2 的磁碟 %1，而它所在的集區 %3 並非使用中（它的儲存空間是否未掛載？）。請啟動該集區後再檢查一次。</translation>
    </message>
    <message>
        <source>The pool&apos;s data cannot be deleted: these VMs use its storage: %1</source>
        <translation>無法刪除集區的資料：這些虛擬機器使用它的儲存空間：%1</translation>
    </message>
    <message>
        <source>These running VMs use %1 from their next start (it is not open now): %2</source>
        <translation>這些執行中的虛擬機器要到下次啟動時才會使用 %1（現在並未開啟它）：%2</translation>
    </message>
</context>
<context>
    <name>StoragePage</name>
    <message>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <source>&amp;Create a new disk</source>
        <translation>建立新磁碟(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>大小(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>磁碟區(&amp;V)：</translation>
    </message>
    <message>
        <source>Create a new disk</source>
        <translation>建立新磁碟</translation>
    </message>
    <message>
        <source>Disk choice problem</source>
        <translation>磁碟選擇問題</translation>
    </message>
    <message>
        <source>Disk format</source>
        <translation>磁碟格式</translation>
    </message>
    <message>
        <source>Disk image file</source>
        <translation>磁碟映像檔</translation>
    </message>
    <message>
        <source>Disk images (*.qcow2 *.img *.raw)</source>
        <translation>磁碟映像檔 (*.qcow2 *.img *.raw)</translation>
    </message>
    <message>
        <source>Disk size</source>
        <translation>磁碟大小</translation>
    </message>
    <message>
        <source>Existing volume</source>
        <translation>現有磁碟區</translation>
    </message>
    <message>
        <source>Image &amp;file:</source>
        <translation>映像檔(&amp;F)：</translation>
    </message>
    <message>
        <source>Image forma&amp;t:</source>
        <translation>映像檔格式(&amp;T)：</translation>
    </message>
    <message>
        <source>Image format</source>
        <translation>映像檔格式</translation>
    </message>
    <message>
        <source>N&amp;o disk</source>
        <translation>不使用磁碟(&amp;O)</translation>
    </message>
    <message>
        <source>No disk</source>
        <translation>不使用磁碟</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>儲存空間</translation>
    </message>
    <message>
        <source>Storage &amp;pool:</source>
        <translation>儲存集區(&amp;P)：</translation>
    </message>
    <message>
        <source>Storage pool</source>
        <translation>儲存集區</translation>
    </message>
    <message>
        <source>The VM boots the disk you choose here, as it is.</source>
        <translation>虛擬機器會直接從你在這裡選擇的磁碟開機，不做任何變更。</translation>
    </message>
    <message>
        <source>The cloud image stays unchanged: the new disk (qcow2) keeps only the VM&apos;s changes, and is at least as large as the image.</source>
        <translation>雲端映像檔保持不變：新磁碟（qcow2）只保存虛擬機器的變更，大小至少與映像檔相同。</translation>
    </message>
    <message>
        <source>The volumes of storage pool %1 (%2) have no file format: the new disk is raw.</source>
        <translation>儲存集區 %1（%2）的磁碟區沒有檔案格式：新磁碟為 raw 格式。</translation>
    </message>
    <message>
        <source>Use an &amp;existing volume</source>
        <translation>使用現有的磁碟區(&amp;E)</translation>
    </message>
    <message>
        <source>Use an existing disk &amp;image file</source>
        <translation>使用現有的磁碟映像檔(&amp;I)</translation>
    </message>
    <message>
        <source>Use an existing disk image file</source>
        <translation>使用現有的磁碟映像檔</translation>
    </message>
    <message>
        <source>Use an existing volume</source>
        <translation>使用現有的磁碟區</translation>
    </message>
    <message>
        <source>Volume na&amp;me:</source>
        <translation>磁碟區名稱(&amp;M)：</translation>
    </message>
    <message>
        <source>Volume name</source>
        <translation>磁碟區名稱</translation>
    </message>
    <message>
        <source>Where the VM keeps its disk.</source>
        <translation>虛擬機器存放磁碟的位置。</translation>
    </message>
    <message>
        <source>qcow2</source>
        <translation>qcow2</translation>
    </message>
    <message>
        <source>qcow2 (grows as the guest writes; snapshots)</source>
        <translation>qcow2（隨客體寫入而成長；支援快照）</translation>
    </message>
    <message>
        <source>raw</source>
        <translation>raw</translation>
    </message>
    <message>
        <source>raw (all space at once; a little faster)</source>
        <translation>raw（一次配置全部空間；稍快一些）</translation>
    </message>
</context>
<context>
    <name>StoragePanel</name>
    <message>
        <source>%1 %2</source>
        <comment>a command&apos;s title: the action and what it acts on</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>刪除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>啟動(&amp;S)</translation>
    </message>
    <message>
        <source>Add pool</source>
        <translation>新增集區</translation>
    </message>
    <message>
        <source>Also delete the pool&apos;s data</source>
        <translation>同時刪除集區的資料</translation>
    </message>
    <message>
        <source>Also delete the pool&apos;s directory (libvirt removes it only when it is empty)</source>
        <translation>同時刪除集區的目錄（libvirt 只會在目錄為空時移除它）</translation>
    </message>
    <message>
        <source>Also delete the pool&apos;s mount point directory</source>
        <translation>同時刪除集區的掛載點目錄</translation>
    </message>
    <message>
        <source>Also delete the volume group and every logical volume in it</source>
        <translation>同時刪除磁碟區群組及其中的所有邏輯磁碟區</translation>
    </message>
    <message>
        <source>Also destroy the ZFS pool and every volume in it</source>
        <translation>同時摧毀 ZFS 集區及其中的所有磁碟區</translation>
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
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Delete pool</source>
        <translation>刪除集區</translation>
    </message>
    <message>
        <source>Delete storage pool</source>
        <translation>刪除儲存集區</translation>
    </message>
    <message>
        <source>Delete the data of pool %1 for good? This cannot be undone.</source>
        <translation>要永久刪除集區 %1 的資料嗎？這個動作無法復原。</translation>
    </message>
    <message>
        <source>Delete the pool&apos;s data</source>
        <translation>刪除集區的資料</translation>
    </message>
    <message>
        <source>Delete the storage pool %1? It is stopped and its definition removed; its volumes and directory stay on the host.</source>
        <translation>要刪除儲存集區 %1 嗎？它會被停止並移除定義；它的磁碟區和目錄會保留在主機上。</translation>
    </message>
    <message>
        <source>Delete with its data</source>
        <translation>連同資料一起刪除</translation>
    </message>
    <message>
        <source>Edit &amp;XML…</source>
        <translation>編輯 XML(&amp;X)…</translation>
    </message>
    <message>
        <source>Edit pool XML</source>
        <translation>編輯集區 XML</translation>
    </message>
    <message>
        <source>Pool autostart</source>
        <translation>集區自動啟動</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <source>Refresh pool</source>
        <translation>重新整理集區</translation>
    </message>
    <message>
        <source>S&amp;how Command</source>
        <translation>顯示指令(&amp;H)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
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
        <source>Start pool</source>
        <translation>啟動集區</translation>
    </message>
    <message>
        <source>Start when the host &amp;boots</source>
        <translation>主機開機時啟動(&amp;B)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop pool</source>
        <translation>停止集區</translation>
    </message>
    <message>
        <source>Stop storage pool</source>
        <translation>停止儲存集區</translation>
    </message>
    <message>
        <source>Stop the storage pool %1? It is transient: once stopped, it is gone for good (its volumes stay on the host).</source>
        <translation>要停止儲存集區 %1 嗎？它是暫時性的：一旦停止就永遠消失（它的磁碟區會保留在主機上）。</translation>
    </message>
    <message>
        <source>Storage &amp;pools</source>
        <translation>儲存集區(&amp;P)</translation>
    </message>
    <message>
        <source>Storage message</source>
        <translation>儲存空間訊息</translation>
    </message>
    <message>
        <source>Storage panel</source>
        <translation>儲存空間面板</translation>
    </message>
    <message>
        <source>Storage pools</source>
        <translation>儲存集區</translation>
    </message>
    <message>
        <source>Volume %1</source>
        <translation>磁碟區 %1</translation>
    </message>
    <message>
        <source>change autostart of %1</source>
        <translation>變更 %1 的自動啟動</translation>
    </message>
    <message>
        <source>delete pool %1</source>
        <translation>刪除集區 %1</translation>
    </message>
    <message>
        <source>delete pool %1 and its data</source>
        <translation>刪除集區 %1 及其資料</translation>
    </message>
    <message>
        <source>refresh pool %1</source>
        <translation>重新整理集區 %1</translation>
    </message>
    <message>
        <source>start pool %1</source>
        <translation>啟動集區 %1</translation>
    </message>
    <message>
        <source>stop pool %1</source>
        <translation>停止集區 %1</translation>
    </message>
</context>
<context>
    <name>SubnetPage</name>
    <message>
        <source>The gateway %1 is not in %2.</source>
        <translation>閘道 %1 不在 %2 之內。</translation>
    </message>
</context>
<context>
    <name>SummaryColumn</name>
    <message>
        <source>Autostart</source>
        <translation>自動啟動</translation>
    </message>
    <message>
        <source>Remaining problems</source>
        <translation>尚待解決的問題</translation>
    </message>
    <message>
        <source>Start it &amp;automatically when the host boots</source>
        <translation>主機開機時自動啟動(&amp;A)</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1，監聽於 %2</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1，%2，%3</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a setting and its value</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n SSH key(s)</source>
        <translation>
            <numerusform>%n 個 SSH 金鑰</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Domain XML that will be defined:</source>
        <translation>將要定義的 domain XML(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Start the network now</source>
        <translation>立即啟動網路(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Start the pool now</source>
        <translation>立即啟動集區(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>摘要(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;XML</source>
        <translation>XML(&amp;X)</translation>
    </message>
    <message>
        <source>&lt;!-- The XML cannot be made yet: %1 --&gt;</source>
        <translation>&lt;!-- 還無法產生 XML：%1 --&gt;</translation>
    </message>
    <message>
        <source>&lt;!-- cannot build the XML yet: %1 --&gt;</source>
        <translation>&lt;!-- 還無法建立 XML：%1 --&gt;</translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation>自動啟動</translation>
    </message>
    <message>
        <source>BIOS</source>
        <translation>BIOS</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>橋接器</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>建置</translation>
    </message>
    <message>
        <source>Building the pool…</source>
        <translation>正在建置集區…</translation>
    </message>
    <message>
        <source>Check the VM. Finish creates exactly what the XML tab shows.</source>
        <translation>請檢查虛擬機器。按下「完成」會完全依照「XML」分頁所示的內容建立。</translation>
    </message>
    <message>
        <source>Check the network. Finish defines exactly the XML shown on the right.</source>
        <translation>請檢查網路。按下「完成」會完全依照右側顯示的 XML 進行定義。</translation>
    </message>
    <message>
        <source>Check the pool. Finish defines exactly the XML shown on the right.</source>
        <translation>請檢查集區。按下「完成」會完全依照右側顯示的 XML 進行定義。</translation>
    </message>
    <message>
        <source>Cloud-init</source>
        <translation>Cloud-init</translation>
    </message>
    <message>
        <source>Could not check the XML against libvirt&apos;s schema: %1</source>
        <translation>無法依照 libvirt 的 schema 檢查 XML：%1</translation>
    </message>
    <message>
        <source>DHCP</source>
        <translation>DHCP</translation>
    </message>
    <message>
        <source>DHCPv6</source>
        <translation>DHCPv6</translation>
    </message>
    <message>
        <source>DNS domain</source>
        <translation>DNS 網域</translation>
    </message>
    <message>
        <source>Defining the pool…</source>
        <translation>正在定義集區…</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>磁碟</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>顯示裝置</translation>
    </message>
    <message>
        <source>Domain XML</source>
        <translation>domain XML</translation>
    </message>
    <message>
        <source>Domain XML problem</source>
        <translation>domain XML 問題</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <source>Edit the XML by &amp;hand (the other pages then no longer change it)</source>
        <translation>手動編輯 XML（之後其他頁面就不會再變更它）(&amp;H)</translation>
    </message>
    <message>
        <source>Edit the XML by hand</source>
        <translation>手動編輯 XML</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>韌體</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主機</translation>
    </message>
    <message>
        <source>IPv4</source>
        <translation>IPv4</translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <source>ISO image %1</source>
        <translation>ISO 映像檔 %1</translation>
    </message>
    <message>
        <source>ISO volume %1 in pool %2</source>
        <translation>集區 %2 中的 ISO 磁碟區 %1</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>安裝方式</translation>
    </message>
    <message>
        <source>KVM</source>
        <translation>KVM</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>MAC chosen by libvirt</source>
        <translation>由 libvirt 選擇的 MAC</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>記憶體</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>網路</translation>
    </message>
    <message>
        <source>Network XML</source>
        <translation>網路 XML</translation>
    </message>
    <message>
        <source>Network XML problem</source>
        <translation>網路 XML 問題</translation>
    </message>
    <message>
        <source>Network summary</source>
        <translation>網路摘要</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>注意：</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>作業系統</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Pool XML</source>
        <translation>集區 XML</translation>
    </message>
    <message>
        <source>Pool XML problem</source>
        <translation>集區 XML 問題</translation>
    </message>
    <message>
        <source>Pool summary</source>
        <translation>集區摘要</translation>
    </message>
    <message>
        <source>QEMU emulation</source>
        <translation>QEMU 模擬</translation>
    </message>
    <message>
        <source>Result of Finish</source>
        <translation>「完成」的結果</translation>
    </message>
    <message>
        <source>SPICE</source>
        <translation>SPICE</translation>
    </message>
    <message>
        <source>Show Co&amp;mmand</source>
        <translation>顯示指令(&amp;M)</translation>
    </message>
    <message>
        <source>Show command</source>
        <translation>顯示指令</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>立即啟動</translation>
    </message>
    <message>
        <source>Start the network now</source>
        <translation>立即啟動網路</translation>
    </message>
    <message>
        <source>Start the pool now</source>
        <translation>立即啟動集區</translation>
    </message>
    <message>
        <source>Starting the pool…</source>
        <translation>正在啟動集區…</translation>
    </message>
    <message>
        <source>Still to fix</source>
        <translation>仍需修正</translation>
    </message>
    <message>
        <source>Still to fix:</source>
        <translation>仍需修正：</translation>
    </message>
    <message>
        <source>Still to fix:
%1</source>
        <translation>仍需修正：
%1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Summary and XML</source>
        <translation>摘要與 XML</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>That failed; undoing what was done…</source>
        <translation>失敗了；正在復原已完成的步驟…</translation>
    </message>
    <message>
        <source>The CPU topology makes %1 virtual CPUs but &lt;vcpu&gt; says %2: make them agree (libvirt refuses the VM otherwise).</source>
        <translation>CPU 拓撲構成 %1 個虛擬 CPU，但 &lt;vcpu&gt; 寫的是 %2：請讓兩者一致（否則 libvirt 會拒絕這台虛擬機器）。</translation>
    </message>
    <message>
        <source>The XML does not parse: %1</source>
        <translation>無法解析 XML：%1</translation>
    </message>
    <message>
        <source>The XML holds the UUID of the virtual machine &apos;%1&apos;: remove its &lt;uuid&gt; line (libvirt then makes one).</source>
        <translation>XML 含有虛擬機器「%1」的 UUID：請移除其 &lt;uuid&gt; 那一行（libvirt 會另產生一個）。</translation>
    </message>
    <message>
        <source>The XML names the VM &apos;%1&apos;, the wizard &apos;%2&apos;: the disk and seed volumes are named after &apos;%2&apos;.</source>
        <translation>XML 將虛擬機器命名為「%1」，精靈則命名為「%2」：磁碟和種子磁碟區會以「%2」命名。</translation>
    </message>
    <message>
        <source>The new virtual machine</source>
        <translation>新的虛擬機器</translation>
    </message>
    <message>
        <source>The root element must be &lt;domain&gt;, not &lt;%1&gt;.</source>
        <translation>根元素必須是 &lt;domain&gt;，而不是 &lt;%1&gt;。</translation>
    </message>
    <message>
        <source>Turning autostart on…</source>
        <translation>正在開啟自動啟動…</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>UEFI</source>
        <translation>UEFI</translation>
    </message>
    <message>
        <source>UEFI with Secure Boot</source>
        <translation>UEFI（含安全開機）</translation>
    </message>
    <message>
        <source>VNC</source>
        <translation>VNC</translation>
    </message>
    <message>
        <source>Virtual CPUs</source>
        <translation>虛擬 CPU</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Worth a look:</source>
        <translation>值得留意：</translation>
    </message>
    <message>
        <source>boot the existing disk</source>
        <translation>從現有磁碟開機</translation>
    </message>
    <message>
        <source>chosen by libvirt</source>
        <translation>由 libvirt 選擇</translation>
    </message>
    <message>
        <source>cloud image %1</source>
        <translation>雲端映像檔 %1</translation>
    </message>
    <message>
        <source>host bridge %1</source>
        <translation>主機橋接器 %1</translation>
    </message>
    <message>
        <source>kernel %1</source>
        <translation>核心 %1</translation>
    </message>
    <message>
        <source>macvtap on %1</source>
        <translation>%1 上的 macvtap</translation>
    </message>
    <message>
        <source>network boot (PXE)</source>
        <translation>網路開機（PXE）</translation>
    </message>
    <message>
        <source>new %1 volume %2 of %3 in pool %4</source>
        <translation>集區 %4 中新的 %1 磁碟區 %2，大小 %3</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>no password</source>
        <translation>無密碼</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no subnet</comment>
        <translation>無</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>none: serial console only</source>
        <translation>無：僅序列主控台</translation>
    </message>
    <message>
        <source>off</source>
        <comment>DHCP</comment>
        <translation>關閉</translation>
    </message>
    <message>
        <source>password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>seed %1 in pool %2</source>
        <translation>集區 %2 中的種子 %1</translation>
    </message>
    <message>
        <source>static hosts only</source>
        <comment>DHCP</comment>
        <translation>僅靜態主機</translation>
    </message>
    <message>
        <source>the host&apos;s CD-ROM %1</source>
        <translation>主機的光碟機 %1</translation>
    </message>
    <message>
        <source>the image&apos;s default user</source>
        <translation>映像檔的預設使用者</translation>
    </message>
    <message>
        <source>the machine&apos;s own</source>
        <translation>機器自有的韌體</translation>
    </message>
    <message>
        <source>user %1, %2, %3; %4</source>
        <translation>使用者 %1，%2，%3；%4</translation>
    </message>
    <message>
        <source>virtual network %1</source>
        <translation>虛擬網路 %1</translation>
    </message>
    <message>
        <source>volume %1 in pool %2</source>
        <translation>集區 %2 中的磁碟區 %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>yes, overwriting</source>
        <translation>是，覆寫</translation>
    </message>
</context>
<context>
    <name>TargetPage</name>
    <message>
        <source>&amp;Overwrite what is on the devices (destroys their data)</source>
        <translation>覆寫裝置上的內容（會摧毀其中的資料）(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Target path:</source>
        <translation>目標路徑(&amp;T)：</translation>
    </message>
    <message>
        <source>Build the pool</source>
        <translation>建置集區</translation>
    </message>
    <message>
        <source>Building with overwrite destroys everything stored on %1. Turn overwrite on?</source>
        <translation>以覆寫方式建置會摧毀 %1 上儲存的所有資料。要開啟覆寫嗎？</translation>
    </message>
    <message>
        <source>Choose where the pool&apos;s volumes appear on the host, and whether libvirt prepares the storage first.</source>
        <translation>選擇集區的磁碟區在主機上出現的位置，以及 libvirt 是否要先準備儲存空間。</translation>
    </message>
    <message>
        <source>Optional: empty lets libvirt choose.</source>
        <translation>選填：留空則由 libvirt 選擇。</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>覆寫</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Target path</source>
        <translation>目標路徑</translation>
    </message>
    <message>
        <source>Target path note</source>
        <translation>目標路徑說明</translation>
    </message>
    <message>
        <source>Where the host shows the pool&apos;s devices.</source>
        <translation>主機顯示集區裝置的位置。</translation>
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
        <comment>a command&apos;s title: its verb and what it acts on</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K)：</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有種類</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
    <message>
        <source>Clear the timeline</source>
        <translation>清除時間軸</translation>
    </message>
    <message>
        <source>Event kind filter</source>
        <translation>事件種類篩選</translation>
    </message>
    <message>
        <source>Event timeline</source>
        <translation>事件時間軸</translation>
    </message>
    <message>
        <source>Event timeline dock</source>
        <translation>事件時間軸停駐面板</translation>
    </message>
    <message>
        <source>F&amp;ind event:</source>
        <translation>尋找事件(&amp;I)：</translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation>篩選事件</translation>
    </message>
    <message>
        <source>Host, name, event or detail</source>
        <translation>主機、名稱、事件或詳細資料</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>網路</translation>
    </message>
    <message>
        <source>Show &amp;Command…</source>
        <translation>顯示指令(&amp;C)…</translation>
    </message>
    <message>
        <source>Storage pools</source>
        <translation>儲存集區</translation>
    </message>
    <message>
        <source>Timeline entry</source>
        <translation>時間軸項目</translation>
    </message>
    <message>
        <source>VMs</source>
        <translation>虛擬機器</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>磁碟區</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Detail</source>
        <translation>詳細資料</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主機</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>網路</translation>
    </message>
    <message>
        <source>Storage pool</source>
        <translation>儲存集區</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>虛擬機器</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>磁碟區</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>%1 of %2 — %3/s</source>
        <translation>%1 / %2 — %3/s</translation>
    </message>
    <message>
        <source>%1 — %2/s</source>
        <translation>%1 — %2/s</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>關閉(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel transfer</source>
        <translation>取消傳輸</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Download volume</source>
        <translation>下載磁碟區</translation>
    </message>
    <message>
        <source>Downloading volume %1 to %2</source>
        <translation>正在將磁碟區 %1 下載到 %2</translation>
    </message>
    <message>
        <source>Nothing has moved for a while: the host or the file&apos;s disk is busy or does not answer.</source>
        <translation>已有一段時間沒有任何資料傳輸：主機或檔案所在的磁碟正忙或沒有回應。</translation>
    </message>
    <message>
        <source>Nothing was kept.</source>
        <translation>沒有保留任何內容。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在開始…</translation>
    </message>
    <message>
        <source>The download has not stopped: it was finishing when cancelled, and the file&apos;s disk does not answer. If it answers again, the download completes and the file is kept. You may close this window.</source>
        <translation>下載尚未停止：取消時它正在完成，而檔案所在的磁碟沒有回應。若磁碟再次回應，下載會完成並保留該檔案。您可以關閉此視窗。</translation>
    </message>
    <message>
        <source>The transfer failed: %1</source>
        <translation>傳輸失敗：%1</translation>
    </message>
    <message>
        <source>The transfer has not stopped: the file&apos;s disk or the host does not answer. If they answer again, it stops there and removes what it made. You may close this window.</source>
        <translation>傳輸尚未停止：檔案所在的磁碟或主機沒有回應。若它們再次回應，傳輸會在那時停止並移除已建立的內容。您可以關閉此視窗。</translation>
    </message>
    <message>
        <source>The transfer has not stopped: the file&apos;s disk or the host does not answer. If they answer again, it stops there, and volume %1 may then hold part of the file over its old data. You may close this window.</source>
        <translation>傳輸尚未停止：檔案所在的磁碟或主機沒有回應。若它們再次回應，傳輸會在那時停止，磁碟區 %1 屆時可能有一部分已被檔案覆寫了原本的資料。您可以關閉此視窗。</translation>
    </message>
    <message>
        <source>The upload was cancelled part way.</source>
        <translation>上傳在中途被取消。</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>傳輸</translation>
    </message>
    <message>
        <source>Transfer error</source>
        <translation>傳輸錯誤</translation>
    </message>
    <message>
        <source>Transfer progress</source>
        <translation>傳輸進度</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>已傳輸</translation>
    </message>
    <message>
        <source>Upload to volume</source>
        <translation>上傳到磁碟區</translation>
    </message>
    <message>
        <source>Uploading %1 into volume %2</source>
        <translation>正在將 %1 上傳到磁碟區 %2</translation>
    </message>
    <message>
        <source>Volume %1 now holds the first %2 of the file over its old data: what it holds is damaged.</source>
        <translation>磁碟區 %1 現在的開頭是檔案的前 %2，覆寫了它原本的資料：它的內容已損壞。</translation>
    </message>
    <message>
        <source>Volume %1, made for the upload, is left in the pool: it could not be deleted: %2</source>
        <translation>為上傳而建立的磁碟區 %1 留在集區中：無法刪除它：%2</translation>
    </message>
    <message>
        <source>Waiting for the folder %1…</source>
        <translation>正在等待資料夾 %1…</translation>
    </message>
</context>
<context>
    <name>TroubleshooterDialog</name>
    <message>
        <source>%1

The same with virsh:
%2</source>
        <translation>%1

用 virsh 做相同的事：
%2</translation>
    </message>
    <message>
        <source>%1 on %2: the fix “%3” failed: %4</source>
        <comment>VM, host, the troubleshooter&apos;s fix, why</comment>
        <translation>%2 上的 %1：修正「%3」失敗：%4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
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
        <source>Fix</source>
        <translation>修正</translation>
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
        <source>Name to ping</source>
        <translation>要 ping 的名稱</translation>
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
    <message>
        <source>“%1” is neither a host name nor an IP address: the guest is not asked to ping it.</source>
        <translation>「%1」既不是主機名稱也不是 IP 位址：不會要求客體 ping 它。</translation>
    </message>
    <message>
        <source>“%1”, asked for earlier, has not answered yet: it can be asked again once it has.</source>
        <translation>先前要求的「%1」尚未回應：回應後才能再次要求。</translation>
    </message>
</context>
<context>
    <name>TypePage</name>
    <message>
        <source>&amp;Type:</source>
        <translation>類型(&amp;T)：</translation>
    </message>
    <message>
        <source>Checking which types this host supports…</source>
        <translation>正在檢查這台主機支援哪些類型…</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>名稱(&amp;A)：</translation>
    </message>
    <message>
        <source>Name and type</source>
        <translation>名稱與類型</translation>
    </message>
    <message>
        <source>Name the pool and choose what kind of storage it holds.</source>
        <translation>為集區命名，並選擇它要存放哪一種儲存空間。</translation>
    </message>
    <message>
        <source>Not available on this host: %1. Its libvirt has no storage driver for them.</source>
        <translation>這台主機上無法使用：%1。它的 libvirt 沒有對應的儲存驅動程式。</translation>
    </message>
    <message>
        <source>Pool name</source>
        <translation>集區名稱</translation>
    </message>
    <message>
        <source>This host does not say which pool types it supports (libvirt before 5.2, or a driver without the call): all are offered, and libvirt refuses a type it cannot run when the pool is defined.</source>
        <translation>這台主機沒有說明它支援哪些集區類型（libvirt 5.2 之前的版本，或驅動程式不支援此呼叫）：所有類型都會列出，若定義集區時類型無法執行，libvirt 會拒絕。</translation>
    </message>
    <message>
        <source>This host supports every pool type.</source>
        <translation>這台主機支援所有集區類型。</translation>
    </message>
    <message>
        <source>This host&apos;s libvirt has no storage driver for this type.</source>
        <translation>這台主機的 libvirt 沒有這個類型的儲存驅動程式。</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Type description</source>
        <translation>類型說明</translation>
    </message>
    <message>
        <source>Types not available</source>
        <translation>無法使用的類型</translation>
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
    <name>VmAction</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: not while the VM is being restarted</source>
        <translation>%1：虛擬機器正在重新啟動，請等重新啟動結束</translation>
    </message>
    <message>
        <source>%1: not while the VM is being saved</source>
        <translation>%1：虛擬機器正在儲存，請等儲存完成</translation>
    </message>
    <message>
        <source>&amp;Force Off</source>
        <translation>強制關閉(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暫停(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>執行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Shut Down</source>
        <translation>關機(&amp;S)</translation>
    </message>
    <message>
        <source>Could not force off &apos;%1&apos; on %2: %3</source>
        <translation>無法在 %2 上強制關閉「%1」：%3</translation>
    </message>
    <message>
        <source>Could not force reset &apos;%1&apos; on %2: %3</source>
        <translation>無法在 %2 上強制重設「%1」：%3</translation>
    </message>
    <message>
        <source>Could not pause &apos;%1&apos; on %2: %3</source>
        <translation>無法在 %2 上暫停「%1」：%3</translation>
    </message>
    <message>
        <source>Could not reboot &apos;%1&apos; on %2: %3</source>
        <translation>無法在 %2 上將「%1」重新開機：%3</translation>
    </message>
    <message>
        <source>Could not resume &apos;%1&apos; on %2: %3</source>
        <translation>無法在 %2 上讓「%1」繼續執行：%3</translation>
    </message>
    <message>
        <source>Could not save &apos;%1&apos; on %2: %3</source>
        <translation>無法在 %2 上儲存「%1」：%3</translation>
    </message>
    <message>
        <source>Could not shut down &apos;%1&apos; on %2: %3</source>
        <translation>無法在 %2 上將「%1」關機：%3</translation>
    </message>
    <message>
        <source>Could not start &apos;%1&apos; on %2: %3</source>
        <translation>無法在 %2 上啟動「%1」：%3</translation>
    </message>
    <message>
        <source>Force Rese&amp;t</source>
        <translation>強制重設(&amp;T)</translation>
    </message>
    <message>
        <source>Force off %1? This is like pulling the power cord.</source>
        <translation>要強制關閉 %1 嗎？這就像拔掉電源線。</translation>
    </message>
    <message>
        <source>Force reset %1? The guest gets no chance to save its work.</source>
        <translation>要強制重設 %1 嗎？客體將沒有機會儲存它的工作。</translation>
    </message>
    <message>
        <source>Pause %1?</source>
        <translation>要暫停 %1 嗎？</translation>
    </message>
    <message>
        <source>R&amp;esume</source>
        <translation>繼續(&amp;E)</translation>
    </message>
    <message>
        <source>Re&amp;boot</source>
        <translation>重新開機(&amp;B)</translation>
    </message>
    <message>
        <source>Reboot %1?</source>
        <translation>要將 %1 重新開機嗎？</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>儲存(&amp;V)</translation>
    </message>
    <message>
        <source>Save the memory of %1 to disk and stop them? They resume on the next Run.</source>
        <translation>要把 %1 的記憶體儲存到磁碟並將其停止嗎？下次「執行」時會從儲存的狀態繼續。</translation>
    </message>
    <message>
        <source>Shut down %1? The guest is asked to power off.</source>
        <translation>要將 %1 關機嗎？系統會要求客體關閉電源。</translation>
    </message>
</context>
<context>
    <name>VmList</name>
    <message>
        <source>Virtual machine list</source>
        <translation>虛擬機器清單</translation>
    </message>
</context>
<context>
    <name>VmTable</name>
    <message>
        <source>Columns</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>Virtual machines</source>
        <translation>虛擬機器</translation>
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
        <source>A copy cannot be smaller than the volume it copies (%1).</source>
        <translation>複本不能小於所複製的磁碟區（%1）。</translation>
    </message>
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
        <source>Choose the backing store, or give the volume a capacity.</source>
        <translation>請選擇後端儲存，或為磁碟區指定容量。</translation>
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
    <name>VolumeChooser</name>
    <message>
        <source>Storage pool of the %1</source>
        <translation>%1 的儲存集區</translation>
    </message>
</context>
<context>
    <name>VolumeDialog</name>
    <message>
        <source>&amp;Allocate now:</source>
        <translation>立即配置(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Base it on another volume (backing store)</source>
        <translation>以另一個磁碟區為基礎（後端儲存）(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>容量(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>配置量</translation>
    </message>
    <message>
        <source>As &amp;large as the backing store</source>
        <translation>與後端儲存一樣大(&amp;L)</translation>
    </message>
    <message>
        <source>As large as the backing store</source>
        <translation>與後端儲存一樣大</translation>
    </message>
    <message>
        <source>Backing &amp;store:</source>
        <translation>後端儲存(&amp;S)：</translation>
    </message>
    <message>
        <source>Backing f&amp;ormat:</source>
        <translation>後端格式(&amp;O)：</translation>
    </message>
    <message>
        <source>Backing format</source>
        <translation>後端格式</translation>
    </message>
    <message>
        <source>Backing store</source>
        <translation>後端儲存</translation>
    </message>
    <message>
        <source>C&amp;lone</source>
        <translation>複製(&amp;L)</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>建立(&amp;R)</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Clone Volume %1</source>
        <translation>複製磁碟區 %1</translation>
    </message>
    <message>
        <source>Clone volume</source>
        <translation>複製磁碟區</translation>
    </message>
    <message>
        <source>Create volume</source>
        <translation>建立磁碟區</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>New Volume</source>
        <translation>新增磁碟區</translation>
    </message>
    <message>
        <source>Space taken at once; 0 makes a sparse file that grows as the guest writes.</source>
        <translation>立即佔用的空間；0 會建立稀疏檔案，隨客體寫入而成長。</translation>
    </message>
    <message>
        <source>Use a backing store</source>
        <translation>使用後端儲存</translation>
    </message>
    <message>
        <source>Volume name</source>
        <translation>磁碟區名稱</translation>
    </message>
    <message>
        <source>clone %1 as %2</source>
        <translation>將 %1 複製為 %2</translation>
    </message>
    <message>
        <source>create volume %1</source>
        <translation>建立磁碟區 %1</translation>
    </message>
</context>
<context>
    <name>VolumeModel</name>
    <message>
        <source>%1 (next start)</source>
        <translation>%1（下次啟動時）</translation>
    </message>
    <message>
        <source>%1 (running)</source>
        <translation>%1（執行中）</translation>
    </message>
    <message>
        <source>%1 (unknown)</source>
        <translation>%1（未知）</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>配置量</translation>
    </message>
    <message>
        <source>Backing store: %1</source>
        <translation>後端儲存：%1</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路徑</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>使用它的虛擬機器</translation>
    </message>
</context>
<context>
    <name>VolumesView</name>
    <message>
        <source>%1 (%2) is larger than volume %3 (%4), which cannot grow: the upload would fail at the volume&apos;s end, with all of it overwritten.</source>
        <translation>%1（%2）比磁碟區 %3（%4）大，而該磁碟區無法變大：上傳會在磁碟區結尾失敗，而它已整個被覆寫。</translation>
    </message>
    <message>
        <source>%1 is a disk of these running VMs: %2. They may write on it while it is copied, and the copy may then be damaged. Shut them down first (or download the image under an external snapshot).</source>
        <translation>%1 是這些執行中虛擬機器的磁碟：%2。複製期間它們可能會寫入它，副本因此可能損壞。請先將它們關機（或下載外部快照底下的映像檔）。</translation>
    </message>
    <message>
        <source>%1 is empty: uploading it would change nothing in volume %2.</source>
        <translation>%1 是空的：上傳它不會改變磁碟區 %2 的任何內容。</translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s)</source>
        <translation>
            <numerusform>%n 個磁碟區</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Clone…</source>
        <translation>複製(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Upload…</source>
        <translation>上傳(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Volumes</source>
        <translation>磁碟區(&amp;V)</translation>
    </message>
    <message>
        <source>Choose the file to upload</source>
        <translation>選擇要上傳的檔案</translation>
    </message>
    <message>
        <source>Choose where to save the volume</source>
        <translation>選擇磁碟區的儲存位置</translation>
    </message>
    <message>
        <source>Clone volume</source>
        <translation>複製磁碟區</translation>
    </message>
    <message>
        <source>Could not list the volumes: %1</source>
        <translation>無法列出磁碟區：%1</translation>
    </message>
    <message>
        <source>Could not read the volumes&apos; formats and backing stores: %1</source>
        <translation>無法讀取磁碟區的格式與後端儲存：%1</translation>
    </message>
    <message>
        <source>Created volume %1.</source>
        <translation>已建立磁碟區 %1。</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>刪除(&amp;L)…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Delete volume</source>
        <translation>刪除磁碟區</translation>
    </message>
    <message>
        <source>Delete volume %1? It is a disk of these stopped VMs: %2. They will not start until their disk is changed, and the volume&apos;s data is lost for good.</source>
        <translation>要刪除磁碟區 %1 嗎？它是這些已停止虛擬機器的磁碟：%2。在變更它們的磁碟之前，這些虛擬機器將無法啟動，而且磁碟區的資料會永久遺失。</translation>
    </message>
    <message>
        <source>Delete volume %1? Its data is lost for good, and the VMs that use it will not start until their disk is changed.</source>
        <translation>要刪除磁碟區 %1 嗎？它的資料會永久遺失，而使用它的虛擬機器在更改磁碟之前將無法啟動。</translation>
    </message>
    <message>
        <source>Delete volume %1? Its data is lost for good.</source>
        <translation>要刪除磁碟區 %1 嗎？它的資料會永久遺失。</translation>
    </message>
    <message>
        <source>Do&amp;wnload…</source>
        <translation>下載(&amp;W)…</translation>
    </message>
    <message>
        <source>Download Volume %1</source>
        <translation>下載磁碟區 %1</translation>
    </message>
    <message>
        <source>Download it anyway?</source>
        <translation>仍要下載嗎？</translation>
    </message>
    <message>
        <source>Download volume</source>
        <translation>下載磁碟區</translation>
    </message>
    <message>
        <source>Downloaded volume %1 to %2 (%3/s).</source>
        <translation>已將磁碟區 %1 下載到 %2（%3/s）。</translation>
    </message>
    <message>
        <source>N&amp;ew…</source>
        <translation>新增(&amp;E)…</translation>
    </message>
    <message>
        <source>New volume</source>
        <translation>新增磁碟區</translation>
    </message>
    <message>
        <source>No pool selected</source>
        <translation>未選取集區</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在讀取 %1…</translation>
    </message>
    <message>
        <source>Reading volumes…</source>
        <translation>正在讀取磁碟區…</translation>
    </message>
    <message>
        <source>Replace volume contents</source>
        <translation>取代磁碟區內容</translation>
    </message>
    <message>
        <source>Resi&amp;ze…</source>
        <translation>調整大小(&amp;Z)…</translation>
    </message>
    <message>
        <source>Resize volume</source>
        <translation>調整磁碟區大小</translation>
    </message>
    <message>
        <source>The new volume would be named %1, after the file, which this pool does not allow: %2</source>
        <translation>新磁碟區會以檔案命名為 %1，但此集區不允許這個名稱：%2</translation>
    </message>
    <message>
        <source>The new volume, as large as the file, cannot be made in this pool: %1</source>
        <translation>無法在此集區中建立與檔案一樣大的新磁碟區：%1</translation>
    </message>
    <message>
        <source>The pool already has a volume named %1. Replace its contents with the file? What it holds now is lost.</source>
        <translation>集區已經有名為 %1 的磁碟區。要用這個檔案取代它的內容嗎？它目前的內容將會遺失。</translation>
    </message>
    <message>
        <source>The pool already has a volume named %1. Write the file over its start? The file (%2) is smaller than the volume (%3): only the volume&apos;s first %2 are replaced, and the rest keeps what it holds now. To have the volume hold only the file, delete it first.</source>
        <translation>集區已經有名為 %1 的磁碟區。要將檔案寫入它的開頭嗎？檔案（%2）比磁碟區（%3）小：只有磁碟區開頭的 %2 會被取代，其餘部分保留目前的內容。若要讓磁碟區只包含這個檔案，請先刪除它。</translation>
    </message>
    <message>
        <source>The pool is not active: start it to see its volumes</source>
        <translation>集區不在使用中：請啟動它以查看它的磁碟區</translation>
    </message>
    <message>
        <source>These running VMs use it from their next start (it is not open now): %1.</source>
        <translation>這些執行中的虛擬機器要到下次啟動時才會使用它（現在並未開啟它）：%1。</translation>
    </message>
    <message>
        <source>These stopped VMs use it: %1.</source>
        <translation>這些已停止的虛擬機器正在使用它：%1。</translation>
    </message>
    <message>
        <source>Upload a File into the Pool</source>
        <translation>上傳檔案到集區</translation>
    </message>
    <message>
        <source>Upload a file</source>
        <translation>上傳檔案</translation>
    </message>
    <message>
        <source>Uploaded %1 into volume %2 (%3/s).</source>
        <translation>已將 %1 上傳到磁碟區 %2（%3/s）。</translation>
    </message>
    <message>
        <source>Volume %1 is a folder: a file cannot be uploaded over it. Rename the file to upload it as a new volume.</source>
        <translation>磁碟區 %1 是資料夾：無法將檔案上傳覆蓋它。請將檔案改名，以新磁碟區上傳。</translation>
    </message>
    <message>
        <source>Volume %1 is a folder: it cannot be downloaded.</source>
        <translation>磁碟區 %1 是資料夾：無法下載。</translation>
    </message>
    <message>
        <source>Volume %1 is being downloaded in another window: wait until that transfer ends.</source>
        <translation>磁碟區 %1 正在另一個視窗中下載：請等該傳輸結束。</translation>
    </message>
    <message>
        <source>Volume %1 is being uploaded in another window: wait until that transfer ends.</source>
        <translation>磁碟區 %1 正在另一個視窗中上傳：請等該傳輸結束。</translation>
    </message>
    <message>
        <source>Volume %1 is gone (deleted elsewhere): there is nothing to download.</source>
        <translation>磁碟區 %1 已不存在（已在別處刪除）：沒有可下載的內容。</translation>
    </message>
    <message>
        <source>Volume %1 is gone (deleted elsewhere): there is nothing to wipe.</source>
        <translation>磁碟區 %1 已不存在（已在別處刪除）：沒有可抹除的內容。</translation>
    </message>
    <message>
        <source>Volume %1 is still being downloaded by a transfer whose window was closed: wait until it ends.</source>
        <translation>磁碟區 %1 仍在下載中（該傳輸的視窗已關閉）：請等它結束。</translation>
    </message>
    <message>
        <source>Volume %1 is still being uploaded by a transfer whose window was closed: wait until it ends.</source>
        <translation>磁碟區 %1 仍在上傳中（該傳輸的視窗已關閉）：請等它結束。</translation>
    </message>
    <message>
        <source>Volume status</source>
        <translation>磁碟區狀態</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>磁碟區</translation>
    </message>
    <message>
        <source>W&amp;ipe…</source>
        <translation>抹除(&amp;I)…</translation>
    </message>
    <message>
        <source>Whether these VMs write on %1 is not known: %2. One that runs on it may write on it while it is copied, and the copy may then be damaged.</source>
        <translation>無法得知這些虛擬機器是否寫入 %1：%2。若其中有執行中的虛擬機器使用它，複製期間可能會寫入它，副本因此可能損壞。</translation>
    </message>
    <message>
        <source>Wipe</source>
        <translation>抹除</translation>
    </message>
    <message>
        <source>Wipe volume</source>
        <translation>抹除磁碟區</translation>
    </message>
    <message>
        <source>Wipe volume %1? Every byte of it is overwritten with zeroes; its data is lost for good.</source>
        <translation>要抹除磁碟區 %1 嗎？它的每個位元組都會被覆寫為零；資料會永久遺失。</translation>
    </message>
    <message>
        <source>check which VMs use %1</source>
        <translation>檢查哪些虛擬機器使用 %1</translation>
    </message>
    <message>
        <source>delete volume %1</source>
        <translation>刪除磁碟區 %1</translation>
    </message>
    <message>
        <source>read the format of volume %1</source>
        <translation>讀取磁碟區 %1 的格式</translation>
    </message>
    <message>
        <source>wipe volume %1</source>
        <translation>抹除磁碟區 %1</translation>
    </message>
</context>
<context>
    <name>WizardState</name>
    <message>
        <source>%1 was removed: choose another host on the first page.</source>
        <translation>%1 已被移除：請在第一頁選擇其他主機。</translation>
    </message>
    <message>
        <source>Could not read what this host offers: %1</source>
        <translation>無法讀取這台主機提供的功能：%1</translation>
    </message>
    <message>
        <source>Reading what %1 offers…</source>
        <translation>正在讀取 %1 提供的功能…</translation>
    </message>
    <message>
        <source>The host cannot run this platform: %1</source>
        <translation>主機無法執行這個平台：%1</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
</context>
<context>
    <name>XmlCheck</name>
    <message>
        <source>a DOCTYPE is not allowed</source>
        <translation>不允許使用 DOCTYPE</translation>
    </message>
    <message>
        <source>expected &lt;%1&gt;, found &lt;%2&gt;</source>
        <translation>預期為 &lt;%1&gt;，但找到 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>unknown unit &apos;%1&apos; in &lt;%2&gt;</source>
        <translation>&lt;%2&gt; 中有未知的單位「%1」</translation>
    </message>
</context>
<context>
    <name>XmlEditorDialog</name>
    <message>
        <source>%1 on %2, closed meanwhile: libvirt refused the definition: %3</source>
        <comment>the editor&apos;s name, host, libvirt&apos;s message</comment>
        <translation>%2 上的 %1（已在此期間關閉）：libvirt 拒絕了這個定義：%3</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing was applied. Fix the XML and try again.</source>
        <translation>
            <numerusform>%n 個問題：未套用任何變更。請修正 XML 後再試一次。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation>套用(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>繼續編輯(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新載入(&amp;R)</translation>
    </message>
    <message>
        <source>Apply: define the edited XML</source>
        <translation>套用：定義編輯後的 XML</translation>
    </message>
    <message>
        <source>Change notice</source>
        <translation>變更通知</translation>
    </message>
    <message>
        <source>Changed outside this editor</source>
        <translation>已在這個編輯器外被變更</translation>
    </message>
    <message>
        <source>Checking the XML…</source>
        <translation>正在檢查 XML…</translation>
    </message>
    <message>
        <source>Close the XML editor</source>
        <translation>關閉 XML 編輯器</translation>
    </message>
    <message>
        <source>Could not check the XML: %1</source>
        <translation>無法檢查 XML：%1</translation>
    </message>
    <message>
        <source>Could not read the definition: %1</source>
        <translation>無法讀取定義：%1</translation>
    </message>
    <message>
        <source>Defined. This is the definition as libvirt stored it.</source>
        <translation>已定義。這是 libvirt 所儲存的定義。</translation>
    </message>
    <message>
        <source>Defined. This is the definition as libvirt stored it. A running VM picks up most changes when it is next started.</source>
        <translation>已定義。這是 libvirt 所儲存的定義。執行中的虛擬機器會在下次啟動時套用大部分的變更。</translation>
    </message>
    <message>
        <source>Defined. This is the definition as libvirt stored it. The active storage pool keeps its old settings until it is restarted.</source>
        <translation>已定義。這是 libvirt 所儲存的定義。使用中的儲存集區會保留舊的設定，直到重新啟動為止。</translation>
    </message>
    <message>
        <source>Defined. This is the definition as libvirt stored it. The running network keeps its old settings until it is restarted.</source>
        <translation>已定義。這是 libvirt 所儲存的定義。執行中的網路會保留舊的設定，直到重新啟動為止。</translation>
    </message>
    <message>
        <source>Defining…</source>
        <translation>正在定義…</translation>
    </message>
    <message>
        <source>Defining… The editor closes once libvirt has stored the definition.</source>
        <translation>正在定義… libvirt 儲存定義後，編輯器就會關閉。</translation>
    </message>
    <message>
        <source>Discard your edits?</source>
        <translation>要捨棄你的編輯嗎？</translation>
    </message>
    <message>
        <source>Edit XML — %1</source>
        <translation>編輯 XML — %1</translation>
    </message>
    <message>
        <source>Keep editing your text</source>
        <translation>繼續編輯你的文字</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>載入中…</translation>
    </message>
    <message>
        <source>No changes to apply.</source>
        <translation>沒有要套用的變更。</translation>
    </message>
    <message>
        <source>Not well-formed XML: %1</source>
        <translation>XML 格式不正確：%1</translation>
    </message>
    <message>
        <source>Nothing applied.</source>
        <translation>未套用任何變更。</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>還原(&amp;V)</translation>
    </message>
    <message>
        <source>Reload the definition, discarding your edits</source>
        <translation>重新載入定義，捨棄你的編輯</translation>
    </message>
    <message>
        <source>Revert to the current definition</source>
        <translation>還原為目前的定義</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>The XML changed while it was checked: nothing was applied. Apply again.</source>
        <translation>XML 在檢查期間被變更了：沒有套用任何變更。請再套用一次。</translation>
    </message>
    <message>
        <source>The XML changed while it was checked: validate again.</source>
        <translation>XML 在檢查期間被變更了：請再驗證一次。</translation>
    </message>
    <message>
        <source>The XML has edits that were not applied. Close and discard them?</source>
        <translation>XML 有尚未套用的編輯。要關閉並捨棄它們嗎？</translation>
    </message>
    <message>
        <source>The XML is valid.</source>
        <translation>XML 有效。</translation>
    </message>
    <message>
        <source>The definition was changed outside this editor while you looked at the changes: nothing was applied. Check the changes against the new definition.</source>
        <translation>你在檢視變更時，定義已在這個編輯器外被變更：未套用任何變更。請對照新的定義檢查這些變更。</translation>
    </message>
    <message>
        <source>The network was changed outside this editor while you were editing. Reload to see the new definition (your edits are discarded), or keep editing (applying then replaces that change).</source>
        <translation>你在編輯時，網路已在這個編輯器外被變更。重新載入即可看到新的定義（你的編輯會被捨棄），或繼續編輯（之後套用時會取代那項變更）。</translation>
    </message>
    <message>
        <source>The network was changed outside this editor; showing the new definition.</source>
        <translation>網路已在這個編輯器外被變更；現在顯示的是新的定義。</translation>
    </message>
    <message>
        <source>The root element must be &lt;%1&gt;, not &lt;%2&gt;</source>
        <translation>根元素必須是 &lt;%1&gt;，而不是 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>The storage pool was changed outside this editor while you were editing. Reload to see the new definition (your edits are discarded), or keep editing (applying then replaces that change).</source>
        <translation>你在編輯時，儲存集區已在這個編輯器外被變更。重新載入即可看到新的定義（你的編輯會被捨棄），或繼續編輯（之後套用時會取代那項變更）。</translation>
    </message>
    <message>
        <source>The storage pool was changed outside this editor; showing the new definition.</source>
        <translation>儲存集區已在這個編輯器外被變更；現在顯示的是新的定義。</translation>
    </message>
    <message>
        <source>The virtual machine was changed outside this editor while you were editing. Reload to see the new definition (your edits are discarded), or keep editing (applying then replaces that change).</source>
        <translation>你在編輯時，虛擬機器已在這個編輯器外被變更。重新載入即可看到新的定義（你的編輯會被捨棄），或繼續編輯（之後套用時會取代那項變更）。</translation>
    </message>
    <message>
        <source>The virtual machine was changed outside this editor; showing the new definition.</source>
        <translation>虛擬機器已在這個編輯器外被變更；現在顯示的是新的定義。</translation>
    </message>
    <message>
        <source>This network no longer exists on the host. Your text is kept; copy it if you need it.</source>
        <translation>主機上已不存在這個網路。你的文字會保留；如有需要，請先複製。</translation>
    </message>
    <message>
        <source>This storage pool no longer exists on the host. Your text is kept; copy it if you need it.</source>
        <translation>主機上已不存在這個儲存集區。你的文字會保留；如有需要，請先複製。</translation>
    </message>
    <message>
        <source>This virtual machine no longer exists on the host. Your text is kept; copy it if you need it.</source>
        <translation>主機上已不存在這部虛擬機器。你的文字會保留；如有需要，請先複製。</translation>
    </message>
    <message>
        <source>Val&amp;idate</source>
        <translation>驗證(&amp;I)</translation>
    </message>
    <message>
        <source>Validate the XML against libvirt&apos;s schema</source>
        <translation>依照 libvirt 的 schema 驗證 XML</translation>
    </message>
    <message>
        <source>XML editor for network %1</source>
        <translation>網路 %1 的 XML 編輯器</translation>
    </message>
    <message>
        <source>XML editor for storage pool %1</source>
        <translation>儲存集區 %1 的 XML 編輯器</translation>
    </message>
    <message>
        <source>XML editor for virtual machine %1</source>
        <translation>虛擬機器 %1 的 XML 編輯器</translation>
    </message>
    <message>
        <source>XML of the network</source>
        <translation>網路的 XML</translation>
    </message>
    <message>
        <source>XML of the storage pool</source>
        <translation>儲存集區的 XML</translation>
    </message>
    <message>
        <source>XML of the virtual machine</source>
        <translation>虛擬機器的 XML</translation>
    </message>
    <message>
        <source>current definition</source>
        <translation>目前的定義</translation>
    </message>
    <message>
        <source>libvirt refused the definition: %1
Your text is kept.</source>
        <translation>libvirt 拒絕了這個定義：%1
你的文字已保留。</translation>
    </message>
    <message>
        <source>your edit</source>
        <translation>你的編輯</translation>
    </message>
</context>
<context>
    <name>XmlPane</name>
    <message>
        <source>&amp;XML that will be defined:</source>
        <translation>將要定義的 XML(&amp;X)：</translation>
    </message>
    <message>
        <source>Edit the XML by &amp;hand</source>
        <translation>手動編輯 XML(&amp;H)</translation>
    </message>
    <message>
        <source>Edit the XML by hand</source>
        <translation>手動編輯 XML</translation>
    </message>
</context>
<context>
    <name>_EntryDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>無法 %1：%2</translation>
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
</context>
<context>
    <name>_PromptDialog</name>
    <message>
        <source>Connection</source>
        <translation>連線</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>連線：</translation>
    </message>
</context>
<context>
    <name>a11y</name>
    <message>
        <source>%1 choices</source>
        <translation>%1 的選項</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>清除 %1</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>資訊</translation>
    </message>
    <message>
        <source>More %1 actions</source>
        <translation>%1 的更多動作</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>詢問</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>分頁</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>toolbar</source>
        <translation>工具列</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s：錯誤：%(message)s
</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>選項不明確：%(option)s 可以是 %(matches)s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>參數 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>需要一個值</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>忽略了明確給出的值 %r</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>無法辨識的參數：%s</translation>
    </message>
</context>
</TS>
