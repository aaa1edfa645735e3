<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
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
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>Acceleration</name>
    <message>
        <source>KVM hardware acceleration is available</source>
        <translation>可使用 KVM 硬件加速</translation>
    </message>
    <message>
        <source>No KVM: guests run under QEMU emulation (TCG), much slower</source>
        <translation>没有 KVM：客户机会在 QEMU 模拟（TCG）下运行，速度慢很多</translation>
    </message>
    <message>
        <source>Not a QEMU/KVM host</source>
        <translation>不是 QEMU/KVM 主机</translation>
    </message>
</context>
<context>
    <name>AddHardwareDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Add Hardware — %1</source>
        <translation>添加硬件 — %1</translation>
    </message>
    <message>
        <source>Add hardware to %1</source>
        <translation>为 %1 添加硬件</translation>
    </message>
    <message>
        <source>Add the hardware</source>
        <translation>添加这个硬件</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>添加中…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <source>Display (VNC or SPICE)</source>
        <translation>显示设备（VNC 或 SPICE）</translation>
    </message>
    <message>
        <source>Kind of hardware</source>
        <translation>硬件类别</translation>
    </message>
    <message>
        <source>Network interface</source>
        <translation>网卡</translation>
    </message>
    <message>
        <source>New disk</source>
        <translation>新磁盘</translation>
    </message>
    <message>
        <source>New display (VNC or SPICE)</source>
        <translation>新显示设备（VNC 或 SPICE）</translation>
    </message>
    <message>
        <source>New network interface</source>
        <translation>新网卡</translation>
    </message>
    <message>
        <source>New random number generator</source>
        <translation>新随机数生成器</translation>
    </message>
    <message>
        <source>New serial port or console</source>
        <translation>新串口或控制台</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>未添加：%1</translation>
    </message>
    <message>
        <source>Nothing was added: the form changed while the image was looked at. Add again to add it as it is now.</source>
        <translation>未添加任何内容：查找镜像期间表单已更改。再次点击“添加”即按当前内容添加。</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Random number generator</source>
        <translation>随机数生成器</translation>
    </message>
    <message>
        <source>Serial port or console</source>
        <translation>串口或控制台</translation>
    </message>
</context>
<context>
    <name>AddressBox</name>
    <message>
        <source>%1 is an address the guest gave itself because no DHCP server answered: the host has no route to it, as a rule.</source>
        <translation>%1 是客户机在没有 DHCP 服务器应答时自行分配的地址：主机通常没有通往它的路由。</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>详细信息(&amp;D)</translation>
    </message>
    <message>
        <source>A link-local address is reached only by naming the interface on its link, which is not known here: use another address.</source>
        <translation>链路本地地址只能在指明其所在链路的接口时连接，但这里不知道是哪个接口：请改用其他地址。</translation>
    </message>
    <message>
        <source>A macvtap card: the computer the VM runs on, this one, cannot reach it; SSH to it from another computer on its network.</source>
        <translation>macvtap 网卡：运行此虚拟机的计算机（即本机）无法连到它；请从其网络上的另一台计算机用 SSH 连接。</translation>
    </message>
    <message>
        <source>A user name starts with a letter and has only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>用户名必须以字母开头，且只能包含字母、数字、“.”、“_”和“-”</translation>
    </message>
    <message>
        <source>Addr&amp;esses:</source>
        <translation>地址(&amp;E)：</translation>
    </message>
    <message>
        <source>Cop&amp;y SSH command</source>
        <translation>复制 SSH 命令(&amp;Y)</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>已复制：%1</translation>
    </message>
    <message>
        <source>Copy SSH command</source>
        <translation>复制 SSH 命令</translation>
    </message>
    <message>
        <source>Could not read the addresses: %1</source>
        <translation>无法读取地址：%1</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <source>IP addresses and SSH</source>
        <translation>IP 地址与 SSH</translation>
    </message>
    <message>
        <source>IP addresses of this network interface</source>
        <translation>这块网卡的 IP 地址</translation>
    </message>
    <message>
        <source>Looking for a terminal…</source>
        <translation>正在查找终端…</translation>
    </message>
    <message>
        <source>Looking for addresses…</source>
        <translation>正在查找地址…</translation>
    </message>
    <message>
        <source>No terminal found (set $TERMINAL, or install xterm). Copy the SSH command instead.</source>
        <translation>找不到终端（请设置 $TERMINAL，或安装 xterm）。请改为复制 SSH 命令。</translation>
    </message>
    <message>
        <source>No terminal yet: looking for one takes too long (a folder in $PATH on a network mount that does not answer?). Copy the SSH command instead.</source>
        <translation>尚未找到终端：查找时间过长（$PATH 中是否有文件夹位于没有响应的网络挂载上？）。请改为复制 SSH 命令。</translation>
    </message>
    <message>
        <source>Open a terminal running SSH</source>
        <translation>打开运行 SSH 的终端</translation>
    </message>
    <message>
        <source>Open te&amp;rminal</source>
        <translation>打开终端(&amp;R)</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>已打开 %1。</translation>
    </message>
    <message>
        <source>SSH &amp;user:</source>
        <translation>SSH 用户(&amp;U)：</translation>
    </message>
    <message>
        <source>SSH could not connect (its words are above). Press Enter to close.</source>
        <translation>SSH 无法连接（原因见上方）。按 Enter 关闭。</translation>
    </message>
    <message>
        <source>SSH status</source>
        <translation>SSH 状态</translation>
    </message>
    <message>
        <source>SSH user</source>
        <translation>SSH 用户</translation>
    </message>
    <message>
        <source>Show what libvirt said</source>
        <translation>显示 libvirt 返回的信息</translation>
    </message>
    <message>
        <source>The VM is not running.</source>
        <translation>虚拟机没有在运行。</translation>
    </message>
    <message>
        <source>This card is in the VM&apos;s settings only: it is plugged in at its next start.</source>
        <translation>这张网卡只在虚拟机的设置中：它会在下次启动时接上。</translation>
    </message>
    <message>
        <source>This card&apos;s link is down (its cable unplugged): nothing reaches the guest through it till &quot;Link up&quot; is ticked.</source>
        <translation>这张网卡的链路已停用（网线已拔出）：勾选“链路已启用”之前，任何连接都无法通过它到达客户机。</translation>
    </message>
    <message>
        <source>User-mode networking: SSH goes through the host&apos;s port %1.</source>
        <translation>用户模式网络：SSH 经由主机的端口 %1 连接。</translation>
    </message>
    <message>
        <source>User-mode networking: the host cannot reach this address, and none of its ports is forwarded to the guest&apos;s SSH port (22).</source>
        <translation>用户模式网络：主机无法访问此地址，且主机没有任何端口转发到客户机的 SSH 端口 (22)。</translation>
    </message>
    <message>
        <source>What libvirt said</source>
        <translation>libvirt 返回的信息</translation>
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
        <translation>DHCP 租约</translation>
    </message>
    <message>
        <source>No address yet.</source>
        <translation>还没有地址。</translation>
    </message>
    <message>
        <source>No address yet. %1.</source>
        <translation>还没有地址。%1。</translation>
    </message>
    <message>
        <source>What libvirt said:</source>
        <translation>libvirt 返回的信息：</translation>
    </message>
    <message>
        <source>guest agent</source>
        <translation>客户机代理</translation>
    </message>
    <message>
        <source>it is not on a libvirt network that hands out addresses, so there is no DHCP lease to read</source>
        <translation>它不在会分配地址的 libvirt 网络上，因此没有可读取的 DHCP 租约</translation>
    </message>
    <message>
        <source>it is on the bridge of network %1, not on the network, so libvirt lists no DHCP lease for it</source>
        <translation>它在网络 %1 的网桥上，而不在该网络上，因此 libvirt 不会列出它的 DHCP 租约</translation>
    </message>
    <message>
        <source>network %1 gives addresses only to the cards it lists, and not to this one, so no lease will come</source>
        <translation>网络 %1 只给它列出的网卡分配地址，不包括这张网卡，因此不会有租约</translation>
    </message>
    <message>
        <source>network %1 hands out no addresses (it has no DHCP range), so no lease will come</source>
        <translation>网络 %1 不分配地址（它没有 DHCP 范围），因此不会有租约</translation>
    </message>
    <message>
        <source>no DHCP lease for this MAC yet</source>
        <translation>这个 MAC 还没有 DHCP 租约</translation>
    </message>
    <message>
        <source>no guest agent in this VM</source>
        <translation>这台虚拟机中没有客户机代理</translation>
    </message>
    <message>
        <source>the DHCP leases could not be read</source>
        <translation>无法读取 DHCP 租约</translation>
    </message>
    <message>
        <source>the guest agent could not be asked</source>
        <translation>无法查询客户机代理</translation>
    </message>
    <message>
        <source>the guest agent does not answer (not running in the guest yet?)</source>
        <translation>客户机代理没有响应（客户机中还没有运行它？）</translation>
    </message>
    <message>
        <source>the guest agent reports no address for this MAC</source>
        <translation>客户机代理报告这个 MAC 没有地址</translation>
    </message>
    <message>
        <source>the host has seen no traffic from this MAC</source>
        <translation>主机没有看到这个 MAC 的任何流量</translation>
    </message>
    <message>
        <source>the host&apos;s ARP table could not be read</source>
        <translation>无法读取主机的 ARP 表</translation>
    </message>
    <message>
        <source>this host cannot ask a guest agent</source>
        <translation>这台主机无法查询客户机代理</translation>
    </message>
    <message>
        <source>this login may not ask the VM&apos;s guest agent on this host</source>
        <translation>此登录身份不可在这台主机上询问虚拟机的客户机代理</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Demo host</source>
        <translation>演示主机</translation>
    </message>
    <message>
        <source>Watch and run KVM/QEMU virtual machines on one or many hosts.</source>
        <translation>在一台或多台主机上监视并运行 KVM/QEMU 虚拟机。</translation>
    </message>
    <message>
        <source>also open the Demo host</source>
        <translation>同时打开演示主机</translation>
    </message>
    <message>
        <source>log debug messages to stderr and to the log file ($XDG_STATE_HOME/kvmgui/kvmgui.log)</source>
        <translation>将调试消息记录到 stderr 和日志文件（$XDG_STATE_HOME/kvmgui/kvmgui.log）</translation>
    </message>
    <message>
        <source>open this libvirt URI (may be given several times)</source>
        <translation>打开这个 libvirt URI（可指定多次）</translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>show kvmgui in this language (en, zh_Hant, zh_Hans, or a locale such as zh_TW; default: the one chosen in Preferences, else the system&apos;s)</source>
        <translation>以这种语言显示 kvmgui（en、zh_Hant、zh_Hans，或 zh_TW 之类的区域设置；默认：首选项中选择的语言，否则为系统的语言）</translation>
    </message>
    <message>
        <source>show the version number and exit</source>
        <translation>显示版本号后退出</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>显示此帮助信息后退出</translation>
    </message>
    <message>
        <source>the URI is empty</source>
        <translation>URI 为空</translation>
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
        <translation>%1 — 已弃用</translation>
    </message>
    <message>
        <source>&amp;Architecture:</source>
        <translation>架构(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;KVM (hardware virtualisation)</source>
        <translation>KVM（硬件虚拟化）(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Machine type:</source>
        <translation>机器类型(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;QEMU emulation</source>
        <translation>QEMU 模拟(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>Architecture and type</source>
        <translation>架构与类型</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>默认（%1）</translation>
    </message>
    <message>
        <source>How fast the VM will run</source>
        <translation>虚拟机的运行速度</translation>
    </message>
    <message>
        <source>KVM, hardware virtualisation</source>
        <translation>KVM，硬件虚拟化</translation>
    </message>
    <message>
        <source>Machine type</source>
        <translation>机器类型</translation>
    </message>
    <message>
        <source>Not every operating system runs on %1; choose one made for it.</source>
        <translation>并非每个操作系统都能在 %1 上运行；请选择专为它设计的操作系统。</translation>
    </message>
    <message>
        <source>QEMU emulation</source>
        <translation>QEMU 模拟</translation>
    </message>
    <message>
        <source>This VM will run emulated, 10–50× slower, although the host has KVM.</source>
        <translation>虽然主机有 KVM，这台虚拟机仍会以模拟方式运行，速度慢 10–50 倍。</translation>
    </message>
    <message>
        <source>This VM will run emulated, 10–50× slower: the host has no KVM.</source>
        <translation>这台虚拟机会以模拟方式运行，速度慢 10–50 倍：主机没有 KVM。</translation>
    </message>
    <message>
        <source>This VM will run emulated, 10–50× slower: the host&apos;s processor cannot run %1 code itself.</source>
        <translation>这台虚拟机会以模拟方式运行，速度慢 10–50 倍：主机的处理器无法直接运行 %1 代码。</translation>
    </message>
    <message>
        <source>This VM will run on the host&apos;s processor through KVM, at nearly native speed.</source>
        <translation>这台虚拟机会通过 KVM 在主机的处理器上运行，速度接近原生。</translation>
    </message>
    <message>
        <source>This host only simulates VMs (libvirt&apos;s test driver): the wizard does not check its choices against its capabilities.</source>
        <translation>这台主机只会模拟虚拟机（libvirt 的 test 驱动程序）：向导不会按它的功能检查你的选择。</translation>
    </message>
    <message>
        <source>Virtualisation type</source>
        <translation>虚拟化类型</translation>
    </message>
    <message>
        <source>What the VM is: its processor architecture, and whether the host&apos;s hardware runs it (KVM) or QEMU emulates it.</source>
        <translation>这台虚拟机是什么：它的处理器架构，以及由主机硬件运行它（KVM）还是由 QEMU 模拟。</translation>
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
        <translation>每个客户机获得 SR-IOV 网卡的一个虚拟功能（PCI 直通）。</translation>
    </message>
    <message>
        <source>Guests join an existing bridge of the host and appear on the LAN as machines of their own.</source>
        <translation>客户机加入主机现有的网桥，并在局域网上以独立机器的身份出现。</translation>
    </message>
    <message>
        <source>Guests reach the outside through the host, hidden behind the host&apos;s address.</source>
        <translation>客户机通过主机访问外部，隐藏在主机的地址后面。</translation>
    </message>
    <message>
        <source>Guests sit directly on a host interface. In bridge mode the host itself cannot reach them.</source>
        <translation>客户机直接接在主机的接口上。在桥接模式下，主机本身无法访问它们。</translation>
    </message>
    <message>
        <source>Guests talk to each other and to the host only.</source>
        <translation>客户机只能与彼此及主机通信。</translation>
    </message>
    <message>
        <source>Host bridge</source>
        <translation>主机网桥</translation>
    </message>
    <message>
        <source>Isolated</source>
        <translation>隔离</translation>
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
        <translation>模式说明</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>名称(&amp;A)：</translation>
    </message>
    <message>
        <source>NAT</source>
        <translation>NAT</translation>
    </message>
    <message>
        <source>Name and mode</source>
        <translation>名称与模式</translation>
    </message>
    <message>
        <source>Name the network and choose how its guests reach the outside world.</source>
        <translation>为网络命名，并选择它的客户机如何访问外部世界。</translation>
    </message>
    <message>
        <source>Network name</source>
        <translation>网络名称</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>开放</translation>
    </message>
    <message>
        <source>Routed</source>
        <translation>路由</translation>
    </message>
    <message>
        <source>Routed like above, but libvirt adds no firewall rules: you manage them.</source>
        <translation>与上面的路由模式相同，但 libvirt 不会添加防火墙规则：由你自行管理。</translation>
    </message>
    <message>
        <source>SR-IOV pool</source>
        <translation>SR-IOV 池</translation>
    </message>
    <message>
        <source>The guests&apos; subnet is routed through the host; the LAN needs a route back to it.</source>
        <translation>客户机的子网经由主机路由；局域网需要一条返回它的路由。</translation>
    </message>
</context>
<context>
    <name>BootPage</name>
    <message>
        <source>&amp;Direct kernel boot</source>
        <translation>直接内核引导(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Initrd path:</source>
        <translation>Initrd 路径(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Kernel path:</source>
        <translation>内核路径(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Boot &amp;order:</source>
        <translation>引导顺序(&amp;O)：</translation>
    </message>
    <message>
        <source>Boot devices, first boots first</source>
        <translation>引导设备（排在最前面的最先引导）</translation>
    </message>
    <message>
        <source>Boot options</source>
        <translation>引导选项</translation>
    </message>
    <message>
        <source>Boot order</source>
        <translation>引导顺序</translation>
    </message>
    <message>
        <source>CD-ROM</source>
        <translation>光驱</translation>
    </message>
    <message>
        <source>Choose at least one boot device</source>
        <translation>请至少选择一个引导设备</translation>
    </message>
    <message>
        <source>Direct kernel boot</source>
        <translation>直接内核引导</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Enter the kernel&apos;s path for direct kernel boot</source>
        <translation>请输入直接内核引导用的内核路径</translation>
    </message>
    <message>
        <source>Floppy</source>
        <translation>软盘</translation>
    </message>
    <message>
        <source>Hard disk</source>
        <translation>硬盘</translation>
    </message>
    <message>
        <source>Initrd path</source>
        <translation>Initrd 路径</translation>
    </message>
    <message>
        <source>Kernel a&amp;rguments:</source>
        <translation>内核参数(&amp;R)：</translation>
    </message>
    <message>
        <source>Kernel arguments</source>
        <translation>内核参数</translation>
    </message>
    <message>
        <source>Kernel path</source>
        <translation>内核路径</translation>
    </message>
    <message>
        <source>Move boot device down</source>
        <translation>将引导设备下移</translation>
    </message>
    <message>
        <source>Move boot device up</source>
        <translation>将引导设备上移</translation>
    </message>
    <message>
        <source>Network (PXE)</source>
        <translation>网络（PXE）</translation>
    </message>
    <message>
        <source>Show the boot &amp;menu</source>
        <translation>显示引导菜单(&amp;M)</translation>
    </message>
    <message>
        <source>Show the boot menu</source>
        <translation>显示引导菜单</translation>
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
    <name>CloudInitPage</name>
    <message>
        <source>&amp;Host name:</source>
        <translation>主机名(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Root:</source>
        <translation>Root 登录(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Add a &amp;key from ~/.ssh</source>
        <translation>从 ~/.ssh 添加密钥(&amp;K)</translation>
    </message>
    <message>
        <source>Add a public key from ~/.ssh</source>
        <translation>从 ~/.ssh 添加公钥</translation>
    </message>
    <message>
        <source>Cloud-init</source>
        <translation>Cloud-init</translation>
    </message>
    <message>
        <source>Cloud-init problem</source>
        <translation>Cloud-init 问题</translation>
    </message>
    <message>
        <source>E&amp;xtra user-data:</source>
        <translation>额外的 user-data(&amp;X)：</translation>
    </message>
    <message>
        <source>Empty: DHCP on the first network device</source>
        <translation>留空：在第一个网络设备上使用 DHCP</translation>
    </message>
    <message>
        <source>Extra user-data (YAML)</source>
        <translation>额外的 user-data（YAML）</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>主机名</translation>
    </message>
    <message>
        <source>Ne&amp;twork config:</source>
        <translation>网络配置(&amp;T)：</translation>
    </message>
    <message>
        <source>Network configuration (YAML)</source>
        <translation>网络配置（YAML）</translation>
    </message>
    <message>
        <source>No public keys in %1</source>
        <translation>%1 中没有公钥</translation>
    </message>
    <message>
        <source>One public key per line: ssh-ed25519 AAAA… you@host</source>
        <translation>每行一个公钥：ssh-ed25519 AAAA… you@host</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password a&amp;gain:</source>
        <translation>再次输入密码(&amp;G)：</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>Public keys in ~/.ssh</source>
        <translation>~/.ssh 中的公钥</translation>
    </message>
    <message>
        <source>Root cannot log in (recommended)</source>
        <translation>Root 无法登录（推荐）</translation>
    </message>
    <message>
        <source>Root login</source>
        <translation>Root 登录</translation>
    </message>
    <message>
        <source>Root logs in with the SSH keys</source>
        <translation>Root 使用 SSH 密钥登录</translation>
    </message>
    <message>
        <source>Root logs in with the password or the SSH keys</source>
        <translation>Root 使用密码或 SSH 密钥登录</translation>
    </message>
    <message>
        <source>SSH ke&amp;ys:</source>
        <translation>SSH 密钥(&amp;Y)：</translation>
    </message>
    <message>
        <source>SSH public keys</source>
        <translation>SSH 公钥</translation>
    </message>
    <message>
        <source>Seed volume problem</source>
        <translation>种子卷问题</translation>
    </message>
    <message>
        <source>Set the guest up with &amp;cloud-init</source>
        <translation>使用 cloud-init 设置客户机(&amp;C)</translation>
    </message>
    <message>
        <source>Set the guest up with cloud-init</source>
        <translation>使用 cloud-init 设置客户机</translation>
    </message>
    <message>
        <source>The password is too long: most Linux guests refuse one of more than %1 bytes (a character outside ASCII takes 2 to 4).</source>
        <translation>密码太长：大多数 Linux 客户机会拒绝超过 %1 字节的密码（ASCII 以外的字符每个占 2 到 4 字节）。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不同。</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>What cloud-init sets up in the guest at its first start.</source>
        <translation>cloud-init 在客户机首次启动时要设置的内容。</translation>
    </message>
    <message>
        <source>the image&apos;s default user</source>
        <translation>镜像的默认用户</translation>
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
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
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
        <source>Saving %1…</source>
        <translation>正在保存 %1…</translation>
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
        <comment>an action&apos;s title: what, which VM</comment>
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
        <source>Enter a host name or address, optionally followed by &apos;:&apos; and a port number.</source>
        <translation>请输入主机名或地址，后面可加上“:”和端口号。</translation>
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
        <source>The host name may not contain &apos;%1&apos;.</source>
        <translation>主机名不能包含“%1”。</translation>
    </message>
    <message>
        <source>The host name may not contain spaces, &apos;/&apos;, &apos;@&apos;, &apos;?&apos; or &apos;#&apos;.</source>
        <translation>主机名不能包含空格、“/”、“@”、“?”或“#”。</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>端口必须是 1 到 65535 之间的数字。</translation>
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
    <message>
        <source>Write an IPv6 address&apos;s zone after %25, such as [fe80::1%25eth0]: libvirt reads &apos;%&apos; and two hex digits as one character.</source>
        <translation>IPv6 地址的区域（zone）请写在 %25 之后，例如 [fe80::1%25eth0]：libvirt 会把“%”加两个十六进制数字读成一个字符。</translation>
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
        <translation>%1 没有连接。</translation>
    </message>
    <message>
        <source>%1 — retrying in %n s</source>
        <translation>%1 — %n 秒后重试</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>已连接到 %1</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>正在连接到 %1</translation>
    </message>
    <message>
        <source>Could not connect to the host: %1.</source>
        <translation>无法连接到主机：%1。</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>已断开连接</translation>
    </message>
    <message>
        <source>Disconnected: %1</source>
        <translation>已断开连接：%1</translation>
    </message>
    <message>
        <source>Logged in, but libvirt is not running on the host (or not installed there): start libvirtd or virtqemud on it.</source>
        <translation>已登录，但该主机上没有运行 libvirt（或未安装）：请在该主机上启动 libvirtd 或 virtqemud。</translation>
    </message>
    <message>
        <source>Logged in, but the host has neither virt-ssh-helper nor nc (netcat) to reach libvirt with: install libvirt&apos;s client tools or netcat on it.</source>
        <translation>已登录，但主机上既没有 virt-ssh-helper 也没有 nc（netcat）可用来连接 libvirt：请在主机上安装 libvirt 的客户端工具或 netcat。</translation>
    </message>
    <message>
        <source>No ssh server answered at this address.</source>
        <translation>此地址上没有 ssh 服务器应答。</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <source>The host refused the login: no password, key or ssh-agent identity was accepted.</source>
        <translation>主机拒绝登录：密码、密钥和 ssh-agent 身份均未被接受。</translation>
    </message>
    <message>
        <source>The host&apos;s key differs from the one known for it: ssh refused to log in. If the host was reinstalled, remove its old key from known_hosts.</source>
        <translation>该主机的密钥与已知的不同：ssh 拒绝登录。如果该主机重新安装过，请从 known_hosts 中删除它的旧密钥。</translation>
    </message>
    <message>
        <source>The host&apos;s key was not accepted, so ssh did not log in.</source>
        <translation>未接受该主机的密钥，因此 ssh 没有登录。</translation>
    </message>
    <message>
        <source>The ssh program could not be run on this computer: ssh is not installed, or the program the address names with command= is not there.</source>
        <translation>无法在这台计算机上运行 ssh 程序：ssh 未安装，或地址中以 command= 指定的程序不存在。</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>closed (%1)</source>
        <translation>已关闭（%1）</translation>
    </message>
    <message>
        <source>connection error</source>
        <translation>连接错误</translation>
    </message>
    <message>
        <source>kvmgui could not write the files of its ssh login: %1</source>
        <translation>kvmgui 无法写入它用于 ssh 登录的文件：%1</translation>
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
        <translation>连接(&amp;N)</translation>
    </message>
    <message>
        <source>Connection actions</source>
        <translation>连接操作</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Connections panel</source>
        <translation>连接面板</translation>
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
        <translation>虚拟 CPU %1/%2，内存 %3/%4 MiB</translation>
    </message>
    <message numerus="yes">
        <source>%1 recommends %2 of memory and %n CPU(s).</source>
        <translation>
            <numerusform>%1 推荐使用 %2 的内存和 %n 个 CPU。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>内存(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Virtual CPUs:</source>
        <translation>虚拟 CPU(&amp;V)：</translation>
    </message>
    <message>
        <source>A named model (custom)</source>
        <translation>指定名称的型号（custom）</translation>
    </message>
    <message>
        <source>CPU m&amp;odel:</source>
        <translation>CPU 型号(&amp;O)：</translation>
    </message>
    <message>
        <source>CPU mo&amp;de:</source>
        <translation>CPU 模式(&amp;D)：</translation>
    </message>
    <message>
        <source>CPU mo&amp;del:</source>
        <translation>CPU 型号(&amp;D)：</translation>
    </message>
    <message>
        <source>CPU mode</source>
        <translation>CPU 模式</translation>
    </message>
    <message>
        <source>CPU model</source>
        <translation>CPU 型号</translation>
    </message>
    <message>
        <source>CPUs and memory</source>
        <translation>CPU 与内存</translation>
    </message>
    <message>
        <source>Copy host CPU (host-passthrough)</source>
        <translation>复制主机 CPU（host-passthrough）</translation>
    </message>
    <message>
        <source>Emulated VMs get QEMU&apos;s default CPU model.</source>
        <translation>模拟的虚拟机会使用 QEMU 的默认 CPU 型号。</translation>
    </message>
    <message>
        <source>Everything the hypervisor offers (maximum)</source>
        <translation>虚拟化管理程序提供的全部功能（maximum）</translation>
    </message>
    <message>
        <source>Host CPU model (host-model)</source>
        <translation>主机 CPU 型号（host-model）</translation>
    </message>
    <message>
        <source>Host resources</source>
        <translation>主机资源</translation>
    </message>
    <message>
        <source>How much of the host the VM may use.</source>
        <translation>虚拟机可以使用多少主机资源。</translation>
    </message>
    <message>
        <source>Hypervisor default</source>
        <translation>虚拟化管理程序默认值</translation>
    </message>
    <message numerus="yes">
        <source>It needs at least %1 and %n CPU(s).</source>
        <translation>
            <numerusform>它至少需要 %1 和 %n 个 CPU。</numerusform>
        </translation>
    </message>
    <message>
        <source>Ma&amp;ximum vCPUs:</source>
        <translation>虚拟 CPU 上限(&amp;X)：</translation>
    </message>
    <message>
        <source>Maximum memor&amp;y:</source>
        <translation>内存上限(&amp;Y)：</translation>
    </message>
    <message>
        <source>Maximum memory</source>
        <translation>内存上限</translation>
    </message>
    <message>
        <source>Maximum vCPUs</source>
        <translation>虚拟 CPU 上限</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Memory (current)</source>
        <translation>内存（当前）</translation>
    </message>
    <message>
        <source>Memory and CPUs</source>
        <translation>内存与 CPU</translation>
    </message>
    <message>
        <source>Name the CPU model for a custom CPU</source>
        <translation>请为自定义 CPU 指定 CPU 型号名称</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>未运行</translation>
    </message>
    <message>
        <source>Reading the host&apos;s memory and CPUs…</source>
        <translation>正在读取主机的内存和 CPU…</translation>
    </message>
    <message>
        <source>Running VM now</source>
        <translation>虚拟机当前的运行状态</translation>
    </message>
    <message>
        <source>Running VM now:</source>
        <translation>虚拟机当前的运行状态：</translation>
    </message>
    <message>
        <source>The closest CPU model with the host&apos;s features (host-model)</source>
        <translation>具备主机功能的最接近 CPU 型号（host-model）</translation>
    </message>
    <message numerus="yes">
        <source>The host has %1 of memory and %n CPU(s).</source>
        <translation>
            <numerusform>主机有 %1 的内存和 %n 个 CPU。</numerusform>
        </translation>
    </message>
    <message>
        <source>The host&apos;s CPU as it is (host-passthrough): fastest</source>
        <translation>主机 CPU 原样提供（host-passthrough）：最快</translation>
    </message>
    <message>
        <source>The hypervisor&apos;s default CPU model</source>
        <translation>虚拟化管理程序的默认 CPU 型号</translation>
    </message>
    <message>
        <source>Virtual CPUs</source>
        <translation>虚拟 CPU</translation>
    </message>
    <message>
        <source>What the operating system recommends</source>
        <translation>操作系统的推荐</translation>
    </message>
    <message>
        <source>e.g. Skylake-Client</source>
        <translation>例如 Skylake-Client</translation>
    </message>
    <message>
        <source>v&amp;CPUs:</source>
        <translation>虚拟 CPU(&amp;C)：</translation>
    </message>
    <message>
        <source>vCPUs (current)</source>
        <translation>虚拟 CPU（当前）</translation>
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
    <name>CredentialDialog</name>
    <message>
        <source>Answer:</source>
        <translation>回答：</translation>
    </message>
    <message>
        <source>Authentication required — %1</source>
        <translation>需要认证 — %1</translation>
    </message>
    <message>
        <source>Credentials for %1</source>
        <translation>%1 的凭据</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
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
        <translation>%1（池 %2）</translation>
    </message>
    <message>
        <source>%1  (pool %2) — also used by %3</source>
        <translation>%1（池 %2）— 也被 %3 使用</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>what is listed, then which VMs are gone</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>%1: %2 on network %3 (MAC %4)</source>
        <translation>%1：网络 %3 上的 %2（MAC %4）</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Also delete &amp;storage volumes</source>
        <translation>同时删除存储卷(&amp;S)</translation>
    </message>
    <message>
        <source>Also delete storage volumes</source>
        <translation>同时删除存储卷</translation>
    </message>
    <message>
        <source>Also remove their &amp;fixed addresses</source>
        <translation>同时移除它们的固定地址(&amp;F)</translation>
    </message>
    <message>
        <source>Also remove their fixed addresses</source>
        <translation>同时移除它们的固定地址</translation>
    </message>
    <message>
        <source>Could not list the storage volumes: %1</source>
        <translation>无法列出存储卷：%1</translation>
    </message>
    <message>
        <source>Could not look up the VMs&apos; fixed addresses, so none will be removed: %1</source>
        <translation>无法查找虚拟机的固定地址，因此不会移除任何固定地址：%1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete %1 on %2? This cannot be undone.</source>
        <translation>要删除 %2 上的 %1 吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete Virtual Machine</source>
        <translation>删除虚拟机</translation>
    </message>
    <message>
        <source>Delete Virtual Machines</source>
        <translation>删除虚拟机</translation>
    </message>
    <message>
        <source>Delete virtual machines</source>
        <translation>删除虚拟机</translation>
    </message>
    <message>
        <source>Deleted elsewhere meanwhile, so its storage is not listed: %1.</source>
        <translation>已在别处删除，因此未列出它的存储：%1。</translation>
    </message>
    <message>
        <source>Deleted elsewhere meanwhile, so their storage is not listed: %1.</source>
        <translation>已在别处删除，因此未列出它们的存储：%1。</translation>
    </message>
    <message>
        <source>Fixed addresses</source>
        <translation>固定地址</translation>
    </message>
    <message>
        <source>Looking up the VMs&apos; fixed addresses…</source>
        <translation>正在查找虚拟机的固定地址…</translation>
    </message>
    <message>
        <source>Looking up the VMs&apos; storage volumes…</source>
        <translation>正在查找虚拟机的存储卷…</translation>
    </message>
    <message>
        <source>Only the checked volumes will be deleted. Files outside storage pools, CD-ROM images and read-only disks are never removed.</source>
        <translation>只会删除已勾选的卷。存储池以外的文件、光盘镜像和只读磁盘永远不会被删除。</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>询问</translation>
    </message>
    <message>
        <source>Running VMs are forced off first: %1.</source>
        <translation>运行中的虚拟机会先被强制关闭：%1。</translation>
    </message>
    <message>
        <source>Storage status</source>
        <translation>存储状态</translation>
    </message>
    <message>
        <source>Storage volumes to delete</source>
        <translation>要删除的存储卷</translation>
    </message>
    <message>
        <source>These VMs use no storage volumes that libvirt manages; no files will be removed.</source>
        <translation>这些虚拟机没有使用 libvirt 管理的存储卷；不会删除任何文件。</translation>
    </message>
    <message>
        <source>This VM uses no storage volumes that libvirt manages; no files will be removed.</source>
        <translation>这台虚拟机没有使用 libvirt 管理的存储卷；不会删除任何文件。</translation>
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
        <translation>%2 上的“%1”已删除，但没有移除它在网络 %4 上的固定地址 %3（MAC 地址 %5）：%6</translation>
    </message>
    <message>
        <source>&apos;%1&apos; on %2 was deleted, but its fixed addresses were not removed: %3</source>
        <translation>%2 上的“%1”已删除，但没有移除它的固定地址：%3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; on %2 was deleted; its fixed address %3 on network %4 stays: a card of %5 has its MAC address, %6, now.</source>
        <translation>%2 上的“%1”已删除；它在网络 %4 上的固定地址 %3 保留：%5 的一张网卡现在使用其 MAC 地址 %6。</translation>
    </message>
    <message>
        <source>The VM was deleted, but not all of its storage: %1</source>
        <translation>虚拟机已删除，但没有删除它的全部存储：%1</translation>
    </message>
    <message>
        <source>it was forced off, but not removed: %1</source>
        <translation>已强制关闭，但未能移除：%1</translation>
    </message>
    <message>
        <source>kept, as it is now used by %1</source>
        <translation>已保留，因为 %1 现在正在使用它</translation>
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
        <translation>添加硬件(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>关闭窗口(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Hardware</source>
        <translation>硬件(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Next Page</source>
        <translation>下一页(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Power</source>
        <translation>电源(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Previous Page</source>
        <translation>上一页(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Remove Device…</source>
        <translation>移除设备(&amp;R)…</translation>
    </message>
    <message>
        <source>Details toolbar</source>
        <translation>详细信息工具栏</translation>
    </message>
    <message>
        <source>Edit &amp;XML…</source>
        <translation>编辑 XML(&amp;X)…</translation>
    </message>
    <message>
        <source>Virtual machine toolbar</source>
        <translation>虚拟机工具栏</translation>
    </message>
</context>
<context>
    <name>DetailsWindow</name>
    <message>
        <source>%1 (and %2, which goes with it)</source>
        <translation>%1（以及随它一起删除的 %2）</translation>
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
        <translation>%1 — 上次所见为 %2；%3：%4</translation>
    </message>
    <message>
        <source>%1 — Virtual Machine Details</source>
        <translation>%1 — 虚拟机详细信息</translation>
    </message>
    <message>
        <source>%1 — no longer exists on %2</source>
        <translation>%1 — 已不存在于 %2</translation>
    </message>
    <message>
        <source>%1: applied in part: %2</source>
        <translation>%1：仅部分应用：%2</translation>
    </message>
    <message>
        <source>%1: not applied: %2</source>
        <translation>%1：未应用：%2</translation>
    </message>
    <message>
        <source>Could not read the VM: %1</source>
        <translation>无法读取虚拟机：%1</translation>
    </message>
    <message>
        <source>Details of virtual machine %1</source>
        <translation>虚拟机 %1 的详细信息</translation>
    </message>
    <message>
        <source>Discard your edits?</source>
        <translation>要放弃你的编辑吗？</translation>
    </message>
    <message>
        <source>Force %1 off and start it again? This is like pulling the power cord: the guest gets no chance to save its work.</source>
        <translation>要强制关闭 %1 并重新启动吗？这就像拔掉电源线：客户机没有机会保存它的工作。</translation>
    </message>
    <message>
        <source>Force off and start?</source>
        <translation>要强制关闭并启动吗？</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>上一次的结果</translation>
    </message>
    <message>
        <source>Network card %1 has had no IP address for a while: its page offers the troubleshooter.</source>
        <translation>网卡 %1 已有一段时间没有 IP 地址：它的页面提供故障排除工具。</translation>
    </message>
    <message>
        <source>Not while the VM is being deleted</source>
        <translation>虚拟机正在删除，请等删除结束</translation>
    </message>
    <message>
        <source>Not while the VM is being saved</source>
        <translation>虚拟机正在保存，请等保存结束</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <source>Remove %1 from %2?</source>
        <translation>要从 %2 移除 %1 吗？</translation>
    </message>
    <message>
        <source>Remove device?</source>
        <translation>要移除设备吗？</translation>
    </message>
    <message>
        <source>Settings page</source>
        <translation>设置页面</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>设置页面列表</translation>
    </message>
    <message>
        <source>The window closes once libvirt has stored the definition from the XML editor.</source>
        <translation>libvirt 保存 XML 编辑器中的定义后，窗口就会关闭。</translation>
    </message>
    <message>
        <source>These pages have edits that were not applied: %1. Close and discard them?</source>
        <translation>这些页面有尚未应用的编辑：%1。要关闭并放弃它们吗？</translation>
    </message>
    <message>
        <source>Virtual machine and state</source>
        <translation>虚拟机与状态</translation>
    </message>
    <message>
        <source>XML editor</source>
        <translation>XML 编辑器</translation>
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
        <translation>类型为 %2 的 %1</translation>
    </message>
    <message>
        <source>%1 on bridge %2</source>
        <translation>%1 接在网桥 %2 上</translation>
    </message>
    <message>
        <source>%1 on network %2</source>
        <translation>%1 接在网络 %2 上</translation>
    </message>
    <message>
        <source>%1 via macvtap on %2 (%3 mode)</source>
        <translation>%1 通过 %2 上的 macvtap（%3 模式）</translation>
    </message>
    <message>
        <source>%1 with user-mode networking</source>
        <translation>%1 使用用户模式网络</translation>
    </message>
    <message>
        <source>Audio backend</source>
        <translation>音频后端</translation>
    </message>
    <message>
        <source>CD-ROM</source>
        <translation>光驱</translation>
    </message>
    <message>
        <source>CD-ROM %1</source>
        <translation>光驱 %1</translation>
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
        <translation>控制台</translation>
    </message>
    <message>
        <source>Console %1</source>
        <translation>控制台 %1</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <source>Disk %1</source>
        <translation>磁盘 %1</translation>
    </message>
    <message>
        <source>Display %1</source>
        <translation>显示设备 %1</translation>
    </message>
    <message>
        <source>Evdev</source>
        <translation>Evdev</translation>
    </message>
    <message>
        <source>Filesystem</source>
        <translation>文件系统</translation>
    </message>
    <message>
        <source>Filesystem %1</source>
        <translation>文件系统 %1</translation>
    </message>
    <message>
        <source>Floppy</source>
        <translation>软盘</translation>
    </message>
    <message>
        <source>Floppy %1</source>
        <translation>软盘 %1</translation>
    </message>
    <message>
        <source>Host device</source>
        <translation>主机设备</translation>
    </message>
    <message>
        <source>Host device %1</source>
        <translation>主机设备 %1</translation>
    </message>
    <message>
        <source>IOMMU</source>
        <translation>IOMMU</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入设备</translation>
    </message>
    <message>
        <source>Input %1</source>
        <translation>输入设备 %1</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>键盘</translation>
    </message>
    <message>
        <source>Memory balloon</source>
        <translation>内存气球</translation>
    </message>
    <message>
        <source>Memory module</source>
        <translation>内存模块</translation>
    </message>
    <message>
        <source>Mouse</source>
        <translation>鼠标</translation>
    </message>
    <message>
        <source>NIC</source>
        <translation>网卡</translation>
    </message>
    <message>
        <source>NIC %1</source>
        <translation>网卡 %1</translation>
    </message>
    <message>
        <source>Panic notifier</source>
        <translation>内核崩溃通知器</translation>
    </message>
    <message>
        <source>Parallel port</source>
        <translation>并口</translation>
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
        <translation>串口</translation>
    </message>
    <message>
        <source>Serial port %1</source>
        <translation>串口 %1</translation>
    </message>
    <message>
        <source>Shared memory</source>
        <translation>共享内存</translation>
    </message>
    <message>
        <source>Smartcard</source>
        <translation>智能卡</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>声卡</translation>
    </message>
    <message>
        <source>TPM</source>
        <translation>TPM</translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation>数位板</translation>
    </message>
    <message>
        <source>USB hub</source>
        <translation>USB 集线器</translation>
    </message>
    <message>
        <source>USB redirection</source>
        <translation>USB 重定向</translation>
    </message>
    <message>
        <source>VSOCK</source>
        <translation>VSOCK</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>显卡</translation>
    </message>
    <message>
        <source>Video %1</source>
        <translation>显卡 %1</translation>
    </message>
    <message>
        <source>Virtio console</source>
        <translation>Virtio 控制台</translation>
    </message>
    <message>
        <source>Virtio console %1</source>
        <translation>Virtio 控制台 %1</translation>
    </message>
    <message>
        <source>Watchdog</source>
        <translation>看门狗</translation>
    </message>
    <message>
        <source>Watchdog %1</source>
        <translation>看门狗 %1</translation>
    </message>
    <message>
        <source>action %1</source>
        <translation>操作 %1</translation>
    </message>
    <message>
        <source>auto port</source>
        <translation>自动端口</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>无介质</translation>
    </message>
    <message>
        <source>link down</source>
        <translation>链路断开</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>监听 %1</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>端口 %1</translation>
    </message>
</context>
<context>
    <name>DeviceCheck</name>
    <message>
        <source>%1 cannot be a NIC&apos;s address: QEMU would use 52:54:00:12:34:56 instead, as in every VM without an address</source>
        <translation>%1 不能用作网卡地址：QEMU 会改用 52:54:00:12:34:56，与每台没有地址的虚拟机相同</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <source>%1 is a folder, not a disk image</source>
        <translation>%1 是文件夹，不是磁盘镜像</translation>
    </message>
    <message>
        <source>%1 is a multicast address; a NIC needs a unicast one (even first byte)</source>
        <translation>%1 是组播地址；网卡需要单播地址（第一个字节为偶数）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a MAC address (expected six hex pairs like 52:54:00:12:34:56)</source>
        <translation>“%1”不是 MAC 地址（应为六组十六进制数字，例如 52:54:00:12:34:56）</translation>
    </message>
    <message>
        <source>A CD-ROM cannot use the virtio bus; choose SATA or SCSI</source>
        <translation>光驱不能使用 virtio 总线；请选择 SATA 或 SCSI</translation>
    </message>
    <message>
        <source>Choose a disk image</source>
        <translation>请选择磁盘镜像</translation>
    </message>
    <message>
        <source>MAC address %1 is already used by another NIC of this VM</source>
        <translation>MAC 地址 %1 已被这台虚拟机的另一块网卡使用</translation>
    </message>
    <message>
        <source>MAC address %1 is still used by a NIC of the running VM (removed, it goes when the VM is next started)</source>
        <translation>MAC 地址 %1 仍被运行中虚拟机的一块网卡使用（已移除，虚拟机下次启动时才会消失）</translation>
    </message>
    <message>
        <source>Target %1 is already used by another disk of this VM</source>
        <translation>目标 %1 已被这台虚拟机的另一个磁盘使用</translation>
    </message>
    <message>
        <source>The VM has no USB (its USB controller&apos;s model is &apos;none&apos;); choose another bus</source>
        <translation>这台虚拟机没有 USB（其 USB 控制器的型号为“none”）；请选择其他总线</translation>
    </message>
    <message>
        <source>The VM&apos;s machine type (%1) has no %2 bus; choose %3</source>
        <translation>这台虚拟机的机器类型（%1）没有 %2 总线；请选择 %3</translation>
    </message>
    <message>
        <source>The VM&apos;s machine type (%1) takes only virtio network interfaces</source>
        <translation>这台虚拟机的机器类型（%1）只接受 virtio 网卡</translation>
    </message>
    <message>
        <source>The VM&apos;s machine type has no %1 bus; choose %2</source>
        <translation>这台虚拟机的机器类型没有 %1 总线；请选择 %2</translation>
    </message>
    <message>
        <source>The VM&apos;s q35 chipset has no IDE bus; choose SATA or SCSI</source>
        <translation>这台虚拟机的 q35 芯片组没有 IDE 总线；请选择 SATA 或 SCSI</translation>
    </message>
    <message>
        <source>The VM&apos;s s390 machine takes only virtio network interfaces</source>
        <translation>这台虚拟机的 s390 机器只接受 virtio 网卡</translation>
    </message>
    <message>
        <source>The path contains a line break or another control character</source>
        <translation>路径包含换行或其他控制字符</translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <source>&amp;Forward to:</source>
        <translation>转发到(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Limit the ports NAT may use</source>
        <translation>限制 NAT 可使用的端口(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Physical function:</source>
        <translation>物理功能(&amp;P)：</translation>
    </message>
    <message>
        <source>Any physical device</source>
        <translation>任何物理设备</translation>
    </message>
    <message>
        <source>Bridge: guests on the interface see each other</source>
        <translation>桥接：同一接口上的客户机可以看到彼此</translation>
    </message>
    <message>
        <source>Cannot list host interfaces (%1): type the interface name.</source>
        <translation>无法列出主机接口（%1）：请输入接口名称。</translation>
    </message>
    <message>
        <source>Choose the host interface the network uses.</source>
        <translation>请选择网络要使用的主机接口。</translation>
    </message>
    <message>
        <source>First NAT port</source>
        <translation>第一个 NAT 端口</translation>
    </message>
    <message>
        <source>Forward device</source>
        <translation>转发设备</translation>
    </message>
    <message>
        <source>Host &amp;interface:</source>
        <translation>主机接口(&amp;I)：</translation>
    </message>
    <message>
        <source>Host b&amp;ridge:</source>
        <translation>主机网桥(&amp;R)：</translation>
    </message>
    <message>
        <source>Host bridge</source>
        <translation>主机网桥</translation>
    </message>
    <message>
        <source>Host device</source>
        <translation>主机设备</translation>
    </message>
    <message>
        <source>Host interface</source>
        <translation>主机接口</translation>
    </message>
    <message>
        <source>Host interfaces</source>
        <translation>主机接口</translation>
    </message>
    <message>
        <source>In the running VM</source>
        <translation>在运行中的虚拟机中</translation>
    </message>
    <message>
        <source>Last NAT port</source>
        <translation>最后一个 NAT 端口</translation>
    </message>
    <message>
        <source>Limit NAT ports</source>
        <translation>限制 NAT 端口</translation>
    </message>
    <message>
        <source>Looking for host interfaces…</source>
        <translation>正在查找主机接口…</translation>
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
        <translation>NAT 端口(&amp;P)：</translation>
    </message>
    <message>
        <source>NAT ports</source>
        <translation>NAT 端口</translation>
    </message>
    <message>
        <source>No host interfaces were found: type the interface name.</source>
        <translation>找不到主机接口：请输入接口名称。</translation>
    </message>
    <message>
        <source>Not in the running VM: it is added at the next start</source>
        <translation>不在运行中的虚拟机中：下次启动时才会添加</translation>
    </message>
    <message>
        <source>Passthrough: one guest owns the interface</source>
        <translation>直通：由一个客户机独占这个接口</translation>
    </message>
    <message>
        <source>Physical function</source>
        <translation>物理功能</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>已存在</translation>
    </message>
    <message>
        <source>Private: guests cannot see each other</source>
        <translation>私有：客户机之间无法看到彼此</translation>
    </message>
    <message>
        <source>Running VM</source>
        <translation>运行中的虚拟机</translation>
    </message>
    <message>
        <source>Running VM:</source>
        <translation>运行中的虚拟机：</translation>
    </message>
    <message>
        <source>Runs as %1: it becomes %2 at the next start</source>
        <translation>以 %1 运行中：下次启动时变为 %2</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Settings of %1</source>
        <translation>%1 的设置</translation>
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
        <translation>虚拟机没有在运行</translation>
    </message>
    <message>
        <source>This host has no bridge named %1: virtual machines on this network cannot start until it exists.</source>
        <translation>这台主机没有名为 %1 的网桥：在它创建之前，这个网络上的虚拟机都无法启动。</translation>
    </message>
    <message>
        <source>This host has no interface named %1: virtual machines on this network cannot start until it exists.</source>
        <translation>这台主机没有名为 %1 的接口：在它创建之前，这个网络上的虚拟机都无法启动。</translation>
    </message>
    <message>
        <source>VEPA: all traffic goes through the external switch</source>
        <translation>VEPA：所有流量都经过外部交换机</translation>
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
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Apply the changes</source>
        <translation>应用更改</translation>
    </message>
    <message>
        <source>Apply these changes?</source>
        <translation>要应用这些更改吗？</translation>
    </message>
    <message>
        <source>Cancel: keep editing</source>
        <translation>取消：继续编辑</translation>
    </message>
    <message>
        <source>Changes to apply</source>
        <translation>要应用的更改</translation>
    </message>
    <message>
        <source>Differences between the current definition and your edit</source>
        <translation>当前的定义与你编辑后的差异</translation>
    </message>
    <message>
        <source>Lines starting with − are removed, with + added:</source>
        <translation>以 − 开头的行会被删除，以 + 开头的行会被添加：</translation>
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
        <translation>%2 已在使用 %1。两台虚拟机同时写入同一个镜像会损坏它。仍要添加吗？</translation>
    </message>
    <message>
        <source>%1 of the running VM still uses %2</source>
        <translation>运行中虚拟机的 %1 仍在使用 %2</translation>
    </message>
    <message>
        <source>%1 of this VM already uses %2</source>
        <translation>这台虚拟机的 %1 已经使用 %2</translation>
    </message>
    <message>
        <source>&amp;Bus:</source>
        <translation>总线(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>设备(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Pool:</source>
        <translation>池(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Read-only</source>
        <translation>只读(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Volume name:</source>
        <translation>卷名(&amp;V)：</translation>
    </message>
    <message>
        <source>CD-ROM</source>
        <translation>光驱</translation>
    </message>
    <message>
        <source>Choose a storage pool</source>
        <translation>请选择存储池</translation>
    </message>
    <message>
        <source>Create a &amp;new volume</source>
        <translation>创建新卷(&amp;N)</translation>
    </message>
    <message>
        <source>Create a new volume</source>
        <translation>创建新卷</translation>
    </message>
    <message>
        <source>Device type</source>
        <translation>设备类型</translation>
    </message>
    <message>
        <source>Disk bus</source>
        <translation>磁盘总线</translation>
    </message>
    <message>
        <source>Enter a volume name without &apos;/&apos;</source>
        <translation>请输入不含“/”的卷名</translation>
    </message>
    <message>
        <source>Enter the absolute path of the image</source>
        <translation>请输入镜像的绝对路径</translation>
    </message>
    <message>
        <source>Hard disk</source>
        <translation>硬盘</translation>
    </message>
    <message>
        <source>Image pat&amp;h:</source>
        <translation>镜像路径(&amp;H)：</translation>
    </message>
    <message>
        <source>Image path</source>
        <translation>镜像路径</translation>
    </message>
    <message>
        <source>Looking for other VMs that use %1…</source>
        <translation>正在查找使用 %1 的其他虚拟机…</translation>
    </message>
    <message>
        <source>New disk</source>
        <translation>新磁盘</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
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
        <translation>存储池</translation>
    </message>
    <message>
        <source>Use an &amp;existing image</source>
        <translation>使用现有的镜像(&amp;E)</translation>
    </message>
    <message>
        <source>Use an existing image</source>
        <translation>使用现有的镜像</translation>
    </message>
    <message>
        <source>Volume format</source>
        <translation>卷格式</translation>
    </message>
    <message>
        <source>Volume name</source>
        <translation>卷名</translation>
    </message>
</context>
<context>
    <name>DiskPage</name>
    <message>
        <source>%1 is used by %2 already. Two VMs that write on one image wreck it. Use it anyway?</source>
        <translation>%2 已在使用 %1。两台虚拟机同时写入同一个镜像会损坏它。仍要使用吗？</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>&amp;Bus:</source>
        <translation>总线(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Cache mode:</source>
        <translation>缓存模式(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Eject</source>
        <translation>弹出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Image path:</source>
        <translation>镜像路径(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>插入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Read-only</source>
        <translation>只读(&amp;R)</translation>
    </message>
    <message>
        <source>/path/to/image.iso</source>
        <translation>/path/to/image.iso</translation>
    </message>
    <message>
        <source>A CD-ROM is always read-only.</source>
        <translation>光驱始终为只读。</translation>
    </message>
    <message>
        <source>A floppy drive is always on the fdc bus.</source>
        <translation>软盘驱动器始终接在 fdc 总线上。</translation>
    </message>
    <message>
        <source>Apply or revert your other edits first.</source>
        <translation>请先应用或撤销你的其他编辑。</translation>
    </message>
    <message>
        <source>Cache mode</source>
        <translation>缓存模式</translation>
    </message>
    <message>
        <source>Disk %1</source>
        <translation>磁盘 %1</translation>
    </message>
    <message>
        <source>Disk bus</source>
        <translation>磁盘总线</translation>
    </message>
    <message>
        <source>Eject media</source>
        <translation>弹出介质</translation>
    </message>
    <message>
        <source>Enter the path of the disk image</source>
        <translation>请输入磁盘镜像的路径</translation>
    </message>
    <message>
        <source>Holds %1 until the next start</source>
        <translation>运行中装着 %1，直到下次启动</translation>
    </message>
    <message>
        <source>Holds no media until the next start</source>
        <translation>运行中没有介质，直到下次启动</translation>
    </message>
    <message>
        <source>Hypervisor default</source>
        <translation>虚拟化管理程序默认值</translation>
    </message>
    <message>
        <source>Image path</source>
        <translation>镜像路径</translation>
    </message>
    <message>
        <source>Insert %1</source>
        <translation>插入 %1</translation>
    </message>
    <message>
        <source>Insert media</source>
        <translation>插入介质</translation>
    </message>
    <message>
        <source>Looking for other VMs that use %1…</source>
        <translation>正在查找使用 %1 的其他虚拟机…</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>介质</translation>
    </message>
    <message>
        <source>Media:</source>
        <translation>介质：</translation>
    </message>
    <message>
        <source>No media</source>
        <translation>无介质</translation>
    </message>
    <message>
        <source>Nothing was applied: the page changed while the image was looked at. Apply again to apply it as it is now.</source>
        <translation>未应用任何更改：查找镜像期间页面已更改。再次点击“应用”即按当前内容应用。</translation>
    </message>
    <message>
        <source>Nothing was inserted: the path changed while the image was looked at. Insert again to insert it.</source>
        <translation>未插入任何介质：查找镜像期间路径已更改。再次点击“插入”即插入它。</translation>
    </message>
    <message>
        <source>Path of the media to insert</source>
        <translation>要插入的介质路径</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
</context>
<context>
    <name>DisplayForm</name>
    <message>
        <source>&amp;Listen on:</source>
        <translation>监听地址(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Display listens on</source>
        <translation>显示设备的监听地址</translation>
    </message>
    <message>
        <source>Display type</source>
        <translation>显示设备类型</translation>
    </message>
    <message>
        <source>Every address of the host (%1)</source>
        <translation>主机的每个地址（%1）</translation>
    </message>
    <message>
        <source>New display</source>
        <translation>新显示设备</translation>
    </message>
    <message>
        <source>The host&apos;s QEMU has no %1 display</source>
        <translation>主机的 QEMU 没有 %1 显示设备</translation>
    </message>
    <message>
        <source>The host&apos;s QEMU has no %1 display; choose %2</source>
        <translation>主机的 QEMU 没有 %1 显示设备；请选择 %2</translation>
    </message>
    <message>
        <source>This VM already has a %1 display</source>
        <translation>这台虚拟机已经有 %1 显示设备</translation>
    </message>
    <message>
        <source>This host only (%1)</source>
        <translation>仅限这台主机（%1）</translation>
    </message>
</context>
<context>
    <name>DnsEntryDialog</name>
    <message>
        <source>%1 has a DNS record already: edit that one.</source>
        <translation>%1 已经有 DNS 记录：请编辑那一条。</translation>
    </message>
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
    <name>DomainChange</name>
    <message>
        <source>%1 %2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>%1 But %2 was not changed: %3</source>
        <translation>%1 但 %2 未更改：%3</translation>
    </message>
    <message>
        <source>%1 Network %2, started for it, is still running: %3</source>
        <translation>%1 为此启动的网络 %2 仍在运行中：%3</translation>
    </message>
    <message>
        <source>%1 Network %2, started for it, was left running: %3 started using it meanwhile.</source>
        <translation>%1 为此启动的网络 %2 仍保持运行：%3 在此期间开始使用它。</translation>
    </message>
    <message>
        <source>%1 could not be read: its file system did not answer (is it a network mount that is down?).</source>
        <translation>无法读取 %1：它的文件系统没有响应（它是否位于已断开的网络挂载上？）。</translation>
    </message>
    <message>
        <source>%1 is a Hyper-V image (VHDX), which libvirt cannot give a VM. Convert it first, e.g. %2</source>
        <translation>%1 是 Hyper-V 镜像（VHDX），libvirt 无法将它交给虚拟机。请先转换，例如：%2</translation>
    </message>
    <message>
        <source>%1 is transient: it has no persistent definition to change.</source>
        <translation>%1 是临时的：它没有可更改的持久定义。</translation>
    </message>
    <message>
        <source>%1 was taken for a block device, as it lies in /dev: no storage pool of the host says what it is.</source>
        <translation>%1 被视为块设备，因为它位于 /dev：主机没有任何存储池说明它是什么。</translation>
    </message>
    <message>
        <source>%1: asked of the running VM; %2.</source>
        <translation>%1：已向运行中的虚拟机提出；%2。</translation>
    </message>
    <message>
        <source>%1: at the next start</source>
        <translation>%1：在下次启动时</translation>
    </message>
    <message>
        <source>%1: done and applied to the running VM.</source>
        <translation>%1：已完成，并已应用到运行中的虚拟机。</translation>
    </message>
    <message>
        <source>%1: done, but the running VM could not take it: %2 It takes effect when the VM is next started.</source>
        <translation>%1：已完成，但运行中的虚拟机无法应用：%2 将在虚拟机下次启动时生效。</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1：已完成。</translation>
    </message>
    <message>
        <source>%1: done; takes effect when the VM is next started (%2).</source>
        <translation>%1：已完成；将在虚拟机下次启动时生效（%2）。</translation>
    </message>
    <message>
        <source>%1: done; takes effect when the VM is next started.</source>
        <translation>%1：已完成；将在虚拟机下次启动时生效。</translation>
    </message>
    <message>
        <source>%1: saved and applied to the running VM.</source>
        <translation>%1：已保存，并已应用到运行中的虚拟机。</translation>
    </message>
    <message>
        <source>%1: saved, but the running VM could not take it: %2 It takes effect when the VM is next started.</source>
        <translation>%1：已保存，但运行中的虚拟机无法应用：%2 将在虚拟机下次启动时生效。</translation>
    </message>
    <message>
        <source>%1: saved.</source>
        <translation>%1：已保存。</translation>
    </message>
    <message>
        <source>%1: saved; takes effect when the VM is next started (%2).</source>
        <translation>%1：已保存；将在虚拟机下次启动时生效（%2）。</translation>
    </message>
    <message>
        <source>%1: saved; takes effect when the VM is next started.</source>
        <translation>%1：已保存；将在虚拟机下次启动时生效。</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation>自动启动</translation>
    </message>
    <message>
        <source>Boot options</source>
        <translation>引导选项</translation>
    </message>
    <message>
        <source>CPU model</source>
        <translation>CPU 型号</translation>
    </message>
    <message>
        <source>Device removal</source>
        <translation>移除设备</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链路</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Network %1 could not be started: %2</source>
        <translation>网络 %1 无法启动：%2</translation>
    </message>
    <message>
        <source>New device</source>
        <translation>新设备</translation>
    </message>
    <message>
        <source>New disk</source>
        <translation>新磁盘</translation>
    </message>
    <message>
        <source>Only %1 took effect on the running VM. The rest was not applied and cannot wait for a restart (%2): %3 is transient, with no definition to keep it for the next start.</source>
        <translation>运行中的虚拟机只应用了 %1。其余部分未应用，也无法等到重启（%2）：%3 是临时的，没有定义可以保留到下次启动。</translation>
    </message>
    <message>
        <source>Only %1 took effect on the running VM; libvirt refused the rest: %2</source>
        <translation>运行中的虚拟机只应用了 %1；其余部分被 libvirt 拒绝：%2</translation>
    </message>
    <message>
        <source>The VM no longer has the device %1.</source>
        <translation>虚拟机已经没有设备 %1。</translation>
    </message>
    <message>
        <source>Title and description</source>
        <translation>标题与描述</translation>
    </message>
    <message>
        <source>the guest has not let go of it yet; it goes as soon as the guest does</source>
        <translation>客户机还没有释放它；客户机一释放，它就会移除</translation>
    </message>
    <message>
        <source>the maximum memory is fixed while the VM runs</source>
        <translation>虚拟机运行时，内存上限是固定的</translation>
    </message>
    <message>
        <source>the maximum number of vCPUs is fixed while the VM runs</source>
        <translation>虚拟机运行时，虚拟 CPU 数量上限是固定的</translation>
    </message>
    <message>
        <source>the running VM does not have this device yet</source>
        <translation>运行中的虚拟机还没有这个设备</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>虚拟 CPU</translation>
    </message>
</context>
<context>
    <name>DomainCheck</name>
    <message>
        <source>A VM needs at least one vCPU</source>
        <translation>虚拟机至少需要一个虚拟 CPU</translation>
    </message>
    <message>
        <source>Current memory (%1 MiB) cannot exceed maximum memory (%2 MiB)</source>
        <translation>当前内存（%1 MiB）不能超过内存上限（%2 MiB）</translation>
    </message>
    <message>
        <source>Current vCPUs (%1) cannot exceed maximum vCPUs (%2)</source>
        <translation>当前虚拟 CPU 数（%1）不能超过虚拟 CPU 上限（%2）</translation>
    </message>
    <message>
        <source>Memory must be more than 0</source>
        <translation>内存必须大于 0</translation>
    </message>
    <message>
        <source>The description cannot contain control characters other than line breaks and tabs.</source>
        <translation>描述不能包含换行符和制表符以外的控制字符。</translation>
    </message>
    <message>
        <source>The title cannot contain line breaks or other control characters.</source>
        <translation>标题不能包含换行或其他控制字符。</translation>
    </message>
</context>
<context>
    <name>DomainModel</name>
    <message>
        <source>%1 assigned; the host does not report how much is in use</source>
        <translation>已分配 %1；主机未报告已使用的内存量</translation>
    </message>
    <message>
        <source>%1 in use of %2</source>
        <translation>已使用 %1，共 %2</translation>
    </message>
    <message>
        <source>%1 · restart pending</source>
        <translation>%1 · 待重启</translation>
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
        <translation>自动启动</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Could not read the VM&apos;s performance: %1</source>
        <translation>无法读取虚拟机的性能：%1</translation>
    </message>
    <message>
        <source>Disk I/O</source>
        <translation>磁盘 I/O</translation>
    </message>
    <message>
        <source>Disk read + write rate</source>
        <translation>磁盘读取 + 写入速率</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Memory in use / assigned</source>
        <translation>已使用 / 已分配的内存</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Network I/O</source>
        <translation>网络 I/O</translation>
    </message>
    <message>
        <source>Network receive + transmit rate</source>
        <translation>网络接收 + 发送速率</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Read %1, write %2</source>
        <translation>读取 %1，写入 %2</translation>
    </message>
    <message>
        <source>Received %1, sent %2</source>
        <translation>已接收 %1，已发送 %2</translation>
    </message>
    <message>
        <source>Share of the VM&apos;s vCPUs in use</source>
        <translation>虚拟机的虚拟 CPU 使用比例</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Takes effect at the next start:</source>
        <translation>下次启动时生效：</translation>
    </message>
    <message>
        <source>Time since kvmgui saw the VM start (≥: it was already running)</source>
        <translation>自 kvmgui 看到虚拟机启动以来的时间（≥：当时它已在运行）</translation>
    </message>
    <message>
        <source>Transient</source>
        <translation>临时</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>运行时间</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>虚拟 CPU</translation>
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
    <name>DraftBar</name>
    <message>
        <source>&amp;Begin Installation</source>
        <translation>开始安装(&amp;B)</translation>
    </message>
    <message>
        <source>Begin installation</source>
        <translation>开始安装</translation>
    </message>
    <message>
        <source>This virtual machine does not exist yet. Change its settings, then begin the installation.</source>
        <translation>这台虚拟机还不存在。请更改它的设置，然后开始安装。</translation>
    </message>
    <message>
        <source>Why the installation cannot begin</source>
        <translation>安装无法开始的原因</translation>
    </message>
</context>
<context>
    <name>DraftDetailsWindow</name>
    <message>
        <source>%1 — Customise New Virtual Machine</source>
        <translation>%1 — 自定义新虚拟机</translation>
    </message>
    <message>
        <source>%1 — not created yet</source>
        <translation>%1 — 尚未创建</translation>
    </message>
    <message>
        <source>Apply or revert your edits first: %1.</source>
        <translation>请先应用或撤销你的编辑：%1。</translation>
    </message>
    <message>
        <source>Customise new virtual machine %1</source>
        <translation>自定义新虚拟机 %1</translation>
    </message>
    <message>
        <source>Installation result</source>
        <translation>安装结果</translation>
    </message>
    <message>
        <source>this can be changed once the virtual machine exists</source>
        <translation>虚拟机创建后才能更改这项设置</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>%1 does not answer (a network mount?), so the dialog opens in %2.</source>
        <translation>%1 没有响应（是网络挂载吗？），因此对话框改在 %2 打开。</translation>
    </message>
    <message>
        <source>%1 does not answer (a network mount?): it is left out of the side bar this time.</source>
        <translation>%1 没有响应（是网络挂载吗？）：这次不会显示在侧边栏中。</translation>
    </message>
    <message>
        <source>Waiting for %1 to answer (a network mount?): a file dialog is open there, and Qt looks at that folder first in every new one. Closing it lets this one open elsewhere.</source>
        <translation>正在等待 %1 响应（是网络挂载吗？）：有个文件对话框正开在该文件夹，而 Qt 在每个新对话框中都会先查看它。关闭那个对话框后，这个就能改在别处打开。</translation>
    </message>
</context>
<context>
    <name>FileError</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>路径中有一部分不是文件夹</translation>
    </message>
    <message>
        <source>input/output error</source>
        <translation>输入/输出错误</translation>
    </message>
    <message>
        <source>it is a device, a pipe or a socket, not a file</source>
        <translation>它是设备、管道或套接字，不是文件</translation>
    </message>
    <message>
        <source>it is a directory</source>
        <translation>它是目录</translation>
    </message>
    <message>
        <source>its symbolic links lead round in a loop</source>
        <translation>它的符号链接绕成了循环</translation>
    </message>
    <message>
        <source>no such file or directory</source>
        <translation>没有这个文件或目录</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>权限不足</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>磁盘配额已用完</translation>
    </message>
    <message>
        <source>the file is larger than its file system allows (FAT32 takes at most 4 GiB)</source>
        <translation>文件大于其文件系统允许的大小（FAT32 最多 4 GiB）</translation>
    </message>
    <message>
        <source>the file system is read-only</source>
        <translation>文件系统为只读</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>名称太长</translation>
    </message>
    <message>
        <source>the network file system no longer knows it (stale file handle)</source>
        <translation>网络文件系统已不认得它（文件句柄已失效）</translation>
    </message>
    <message>
        <source>the system could not look at it</source>
        <translation>系统无法查看它</translation>
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
        <translation>所有主机</translation>
    </message>
    <message>
        <source>Filte&amp;r:</source>
        <translation>筛选(&amp;R)：</translation>
    </message>
    <message>
        <source>Filter virtual machines</source>
        <translation>筛选虚拟机</translation>
    </message>
    <message>
        <source>H&amp;ost:</source>
        <translation>主机(&amp;O)：</translation>
    </message>
    <message>
        <source>Host filter</source>
        <translation>主机筛选条件</translation>
    </message>
    <message>
        <source>Name or host (Ctrl+F)</source>
        <translation>名称或主机（Ctrl+F）</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>状态筛选条件</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>关闭查找栏</translation>
    </message>
    <message>
        <source>Find bar</source>
        <translation>查找栏</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>查找下一个</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>查找上一个</translation>
    </message>
    <message>
        <source>Find result</source>
        <translation>查找结果</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>查找…</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation>要查找的文本</translation>
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
        <translation>取消创建虚拟机</translation>
    </message>
    <message>
        <source>Cancelling: removing what was created…</source>
        <translation>正在取消：删除已创建的项目…</translation>
    </message>
    <message>
        <source>Creating %1</source>
        <translation>正在创建 %1</translation>
    </message>
    <message>
        <source>Creating the disk…</source>
        <translation>正在创建磁盘…</translation>
    </message>
    <message>
        <source>Creating the virtual machine</source>
        <translation>正在创建虚拟机</translation>
    </message>
    <message>
        <source>Defining the virtual machine…</source>
        <translation>正在定义虚拟机…</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>准备中…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Removing what was created…</source>
        <translation>正在删除已创建的项目…</translation>
    </message>
    <message>
        <source>Starting the virtual machine…</source>
        <translation>正在启动虚拟机…</translation>
    </message>
    <message>
        <source>Turning autostart on…</source>
        <translation>正在开启自动启动…</translation>
    </message>
    <message>
        <source>Uploading the cloud-init seed…</source>
        <translation>正在上传 cloud-init 种子…</translation>
    </message>
    <message>
        <source>What the job does now</source>
        <translation>任务当前正在进行的步骤</translation>
    </message>
</context>
<context>
    <name>FinishRows</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Nothing was created.</source>
        <translation>没有创建任何内容。</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Why Finish waits</source>
        <translation>“完成”为何无法使用</translation>
    </message>
</context>
<context>
    <name>FirmwarePage</name>
    <message>
        <source>&amp;Display:</source>
        <translation>显示设备(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Firmware:</source>
        <translation>固件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Secure Boot</source>
        <translation>安全启动(&amp;S)</translation>
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
        <translation>由 libvirt 根据所需功能选择</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>显示设备</translation>
    </message>
    <message>
        <source>Display &amp;reachable from:</source>
        <translation>显示画面可访问范围(&amp;R)：</translation>
    </message>
    <message>
        <source>Display reachable from</source>
        <translation>显示画面可访问范围</translation>
    </message>
    <message>
        <source>Every network of the host (0.0.0.0)</source>
        <translation>主机的每个网络（0.0.0.0）</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>固件</translation>
    </message>
    <message>
        <source>Firmware and display</source>
        <translation>固件与显示设备</translation>
    </message>
    <message>
        <source>None: serial console only</source>
        <translation>无：仅串口控制台</translation>
    </message>
    <message>
        <source>Only this host (127.0.0.1)</source>
        <translation>仅限这台主机（127.0.0.1）</translation>
    </message>
    <message>
        <source>Reading the firmware this host offers…</source>
        <translation>正在读取这台主机提供的固件…</translation>
    </message>
    <message>
        <source>SPICE</source>
        <translation>SPICE</translation>
    </message>
    <message>
        <source>Secure Boot</source>
        <translation>安全启动</translation>
    </message>
    <message>
        <source>The &amp;machine&apos;s own</source>
        <translation>机器自带的固件(&amp;M)</translation>
    </message>
    <message>
        <source>The machine&apos;s own firmware</source>
        <translation>机器自带的固件</translation>
    </message>
    <message>
        <source>This host does not say which firmware it has; libvirt will refuse a choice it cannot meet.</source>
        <translation>这台主机没有说明它有哪些固件；libvirt 会拒绝它无法满足的选择。</translation>
    </message>
    <message>
        <source>This host has no UEFI firmware for this machine type: install the OVMF package (or AAVMF for ARM) on it.</source>
        <translation>这台主机没有适用于这个机器类型的 UEFI 固件：请在主机上安装 OVMF 软件包（ARM 则为 AAVMF）。</translation>
    </message>
    <message>
        <source>This host&apos;s UEFI firmware has no Secure Boot.</source>
        <translation>这台主机的 UEFI 固件不支持安全启动。</translation>
    </message>
    <message>
        <source>UEFI</source>
        <translation>UEFI</translation>
    </message>
    <message>
        <source>UEFI &amp;image:</source>
        <translation>UEFI 镜像(&amp;I)：</translation>
    </message>
    <message>
        <source>UEFI firmware image</source>
        <translation>UEFI 固件镜像</translation>
    </message>
    <message>
        <source>VNC</source>
        <translation>VNC</translation>
    </message>
    <message>
        <source>What the VM starts with, and how you see its screen.</source>
        <translation>虚拟机用什么启动，以及你如何看到它的画面。</translation>
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
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
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
        <translation>%n 分钟前</translation>
    </message>
    <message>
        <source>%n s ago</source>
        <translation>%n 秒前</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>还没有数据</translation>
    </message>
    <message>
        <source>now</source>
        <translation>现在</translation>
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
        <source>Click the screen (or Tab to it) to type into the virtual machine.</source>
        <translation>单击画面（或用 Tab 移到画面上）即可在虚拟机中输入。</translation>
    </message>
    <message>
        <source>Connecting to the virtual machine&apos;s display…</source>
        <translation>正在连接到虚拟机的显示画面…</translation>
    </message>
    <message>
        <source>Console status</source>
        <translation>控制台状态</translation>
    </message>
    <message>
        <source>Could not connect to the display.</source>
        <translation>无法连接到显示画面。</translation>
    </message>
    <message>
        <source>Could not save the screenshot to %1: %2</source>
        <translation>无法将截图保存到 %1：%2</translation>
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
        <source>It asks for a user name, which kvmgui cannot give it.</source>
        <translation>它要求提供用户名，而 kvmgui 无法提供。</translation>
    </message>
    <message>
        <source>It offers: %1</source>
        <translation>它提供的是：%1</translation>
    </message>
    <message>
        <source>Keyboard and pointer go to the virtual machine. Press Ctrl+Alt to release them.</source>
        <translation>键盘和指针输入会发送到虚拟机。按 Ctrl+Alt 可释放。</translation>
    </message>
    <message>
        <source>Keyboard hint</source>
        <translation>键盘提示</translation>
    </message>
    <message>
        <source>Keys go to the virtual machine. Press Ctrl+Alt to release the keyboard.</source>
        <translation>按键会发送到虚拟机。按 Ctrl+Alt 可释放键盘。</translation>
    </message>
    <message>
        <source>Looking for virt-viewer…</source>
        <translation>正在查找 virt-viewer…</translation>
    </message>
    <message>
        <source>Not connected to the virtual machine&apos;s display.</source>
        <translation>未连接到虚拟机的显示画面。</translation>
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
        <source>Saving the screenshot to %1…</source>
        <translation>正在将截图保存到 %1…</translation>
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
        <source>Screenshot saved to %1.</source>
        <translation>截图已保存到 %1。</translation>
    </message>
    <message>
        <source>Screenshot status</source>
        <translation>截图状态</translation>
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
        <source>The display has no port yet: the virtual machine is still starting. The console connects when it has one.</source>
        <translation>显示画面还没有端口：虚拟机仍在启动中。有了端口之后，控制台就会连接。</translation>
    </message>
    <message>
        <source>The display refused the password.</source>
        <translation>显示画面拒绝了这个密码。</translation>
    </message>
    <message>
        <source>The screen is shown full screen.</source>
        <translation>画面以全屏显示。</translation>
    </message>
    <message>
        <source>The ssh program “%1” that reaches the display could not be run on this computer: it is not installed or not there.</source>
        <translation>无法在这台计算机上运行用来连接显示画面的 ssh 程序“%1”：它未安装或不存在。</translation>
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
        <source>The virtual machine&apos;s display asks for a password:</source>
        <translation>虚拟机的显示画面要求输入密码：</translation>
    </message>
    <message>
        <source>This guest&apos;s display cannot take the window&apos;s size; scaling instead.</source>
        <translation>这个客户机的显示画面无法适应窗口大小，改用缩放。</translation>
    </message>
    <message>
        <source>This virtual machine has no graphical display.</source>
        <translation>这台虚拟机没有图形显示。</translation>
    </message>
    <message>
        <source>This virtual machine&apos;s display is %1, which kvmgui&apos;s console cannot show. Add a VNC or SPICE display to see its screen here.</source>
        <translation>这台虚拟机的显示画面是 %1，kvmgui 的控制台无法显示。请添加 VNC 或 SPICE 显示画面，才能在这里看到它的画面。</translation>
    </message>
    <message>
        <source>This virtual machine&apos;s display is SPICE. kvmgui shows it in virt-viewer.</source>
        <translation>这台虚拟机的显示是 SPICE。kvmgui 会在 virt-viewer 中显示它。</translation>
    </message>
    <message>
        <source>VNC password</source>
        <translation>VNC 密码</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未说明原因</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>ssh cannot log in to the host “%1” to reach the display: it would read the name as an option.</source>
        <translation>ssh 无法登录主机“%1”以连接到显示画面：它会把这个名称当成选项。</translation>
    </message>
    <message>
        <source>there is no screen to save</source>
        <translation>没有可保存的画面</translation>
    </message>
    <message>
        <source>type %1</source>
        <translation>类型 %1</translation>
    </message>
    <message>
        <source>virt-viewer could not start: %1</source>
        <translation>virt-viewer 无法启动：%1</translation>
    </message>
    <message>
        <source>virt-viewer crashed.</source>
        <translation>virt-viewer 崩溃了。</translation>
    </message>
    <message>
        <source>virt-viewer ended with exit status %1.</source>
        <translation>virt-viewer 退出，退出状态为 %1。</translation>
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
        <source>&amp;Overview</source>
        <translation>概览(&amp;O)</translation>
    </message>
    <message>
        <source>Cancel the transfers?</source>
        <translation>要取消传输吗？</translation>
    </message>
    <message>
        <source>Close the host details</source>
        <translation>关闭主机详细信息</translation>
    </message>
    <message>
        <source>Discard your edits?</source>
        <translation>要放弃你的编辑吗？</translation>
    </message>
    <message>
        <source>Host details</source>
        <translation>主机详细信息</translation>
    </message>
    <message>
        <source>Host details sections</source>
        <translation>主机详细信息标签页</translation>
    </message>
    <message>
        <source>Host details — %1</source>
        <translation>主机详细信息 — %1</translation>
    </message>
    <message>
        <source>Network &amp;map</source>
        <translation>网络地图(&amp;M)</translation>
    </message>
    <message>
        <source>Stora&amp;ge</source>
        <translation>存储(&amp;G)</translation>
    </message>
    <message>
        <source>These transfers are still running: %1. Cancel them and close the window?</source>
        <translation>这些传输仍在进行：%1。要取消它们并关闭窗口吗？</translation>
    </message>
    <message>
        <source>These windows have edits that were not applied: %1. Close and discard them?</source>
        <translation>这些窗口有尚未应用的编辑：%1。要关闭并放弃它们吗？</translation>
    </message>
    <message>
        <source>Virtual &amp;networks</source>
        <translation>虚拟网络(&amp;N)</translation>
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
        <source>Enter a MAC address or a host name.</source>
        <translation>请输入 MAC 地址或主机名。</translation>
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
        <source>The static host %1 has the name &apos;%2&apos; already.</source>
        <translation>静态主机 %1 已经使用名称“%2”。</translation>
    </message>
    <message>
        <source>This MAC address has a static host already: edit that one.</source>
        <translation>这个 MAC 地址已经有静态主机设置：请编辑那一条。</translation>
    </message>
</context>
<context>
    <name>HostKeyDialog</name>
    <message>
        <source>&amp;Fingerprint:</source>
        <translation>指纹(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Trust this key and connect</source>
        <translation>信任此密钥并连接(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>密钥类型</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>密钥类型：</translation>
    </message>
    <message>
        <source>SSH question — %1</source>
        <translation>SSH 询问 — %1</translation>
    </message>
    <message>
        <source>The host %1 is not known to ssh yet. Before you trust it, make sure this is the host you mean: compare the fingerprint below with the one the host itself shows (on the host: ssh-keygen -lf /etc/ssh/ssh_host_%2_key.pub).</source>
        <translation>ssh 尚不认识主机 %1。信任它之前，请确认这就是您要连接的主机：将下面的指纹与该主机自己显示的指纹比较（在该主机上运行：ssh-keygen -lf /etc/ssh/ssh_host_%2_key.pub）。</translation>
    </message>
    <message>
        <source>Unknown host key — %1</source>
        <translation>未知的主机密钥 — %1</translation>
    </message>
</context>
<context>
    <name>HostPanel</name>
    <message>
        <source>Could not %1: %2</source>
        <translation>无法 %1：%2</translation>
    </message>
</context>
<context>
    <name>Hypervisor</name>
    <message>
        <source>KVM (hardware-accelerated)</source>
        <translation>KVM（硬件加速）</translation>
    </message>
    <message>
        <source>LXC container</source>
        <translation>LXC 容器</translation>
    </message>
    <message>
        <source>QEMU (software emulation, TCG)</source>
        <translation>QEMU（软件模拟，TCG）</translation>
    </message>
    <message>
        <source>Xen</source>
        <translation>Xen</translation>
    </message>
    <message>
        <source>libvirt test driver</source>
        <translation>libvirt 测试驱动程序</translation>
    </message>
</context>
<context>
    <name>IPv4Page</name>
    <message>
        <source>&amp;Gateway:</source>
        <translation>网关(&amp;G)：</translation>
    </message>
    <message>
        <source>DHCP &amp;end:</source>
        <translation>DHCP 结束地址(&amp;E)：</translation>
    </message>
    <message>
        <source>DHCP &amp;start:</source>
        <translation>DHCP 起始地址(&amp;S)：</translation>
    </message>
    <message>
        <source>DHCP end</source>
        <translation>DHCP 结束地址</translation>
    </message>
    <message>
        <source>DHCP start</source>
        <translation>DHCP 起始地址</translation>
    </message>
    <message>
        <source>Enable &amp;DHCP</source>
        <translation>启用 DHCP(&amp;D)</translation>
    </message>
    <message>
        <source>Enable DHCP</source>
        <translation>启用 DHCP</translation>
    </message>
    <message>
        <source>Enable IPv&amp;4</source>
        <translation>启用 IPv4(&amp;4)</translation>
    </message>
    <message>
        <source>Enable IPv4</source>
        <translation>启用 IPv4</translation>
    </message>
    <message>
        <source>Host %1: %2</source>
        <comment>a row of the static hosts table: its problem</comment>
        <translation>主机 %1：%2</translation>
    </message>
    <message>
        <source>IPv4</source>
        <translation>IPv4</translation>
    </message>
    <message>
        <source>IPv4 gateway</source>
        <translation>IPv4 网关</translation>
    </message>
    <message>
        <source>IPv4 network address</source>
        <translation>IPv4 网络地址</translation>
    </message>
    <message>
        <source>Net&amp;work:</source>
        <translation>网络(&amp;W)：</translation>
    </message>
    <message>
        <source>Static &amp;hosts:</source>
        <translation>静态主机(&amp;H)：</translation>
    </message>
    <message>
        <source>The guests&apos; IPv4 subnet. The host takes the gateway address; DHCP hands out the range to guests.</source>
        <translation>客户机的 IPv4 子网。主机使用网关地址；DHCP 把范围内的地址分配给客户机。</translation>
    </message>
    <message>
        <source>Use %1 (free on this host)</source>
        <translation>使用 %1（这台主机上尚未占用）</translation>
    </message>
    <message>
        <source>Use a free network</source>
        <translation>使用空闲的网络</translation>
    </message>
</context>
<context>
    <name>IPv6Page</name>
    <message>
        <source>&amp;Gateway:</source>
        <translation>网关(&amp;G)：</translation>
    </message>
    <message>
        <source>DHCPv6 &amp;end:</source>
        <translation>DHCPv6 结束地址(&amp;E)：</translation>
    </message>
    <message>
        <source>DHCPv6 &amp;start:</source>
        <translation>DHCPv6 起始地址(&amp;S)：</translation>
    </message>
    <message>
        <source>DHCPv6 end</source>
        <translation>DHCPv6 结束地址</translation>
    </message>
    <message>
        <source>DHCPv6 start</source>
        <translation>DHCPv6 起始地址</translation>
    </message>
    <message>
        <source>Enable DHCP&amp;v6</source>
        <translation>启用 DHCPv6(&amp;V)</translation>
    </message>
    <message>
        <source>Enable DHCPv6</source>
        <translation>启用 DHCPv6</translation>
    </message>
    <message>
        <source>Enable IPv&amp;6</source>
        <translation>启用 IPv6(&amp;6)</translation>
    </message>
    <message>
        <source>Enable IPv6</source>
        <translation>启用 IPv6</translation>
    </message>
    <message>
        <source>Give the guests an IPv6 subnet too. A unique local (fd…) /64 is proposed.</source>
        <translation>也为客户机提供 IPv6 子网。会预先建议一个唯一本地地址（fd…）的 /64 子网。</translation>
    </message>
    <message>
        <source>IPv6 (optional)</source>
        <translation>IPv6（可选）</translation>
    </message>
    <message>
        <source>IPv6 gateway</source>
        <translation>IPv6 网关</translation>
    </message>
    <message>
        <source>IPv6 network address</source>
        <translation>IPv6 网络地址</translation>
    </message>
    <message>
        <source>NAT IPv6</source>
        <translation>IPv6 使用 NAT</translation>
    </message>
    <message>
        <source>NAT IPv6 &amp;too (otherwise it is routed)</source>
        <translation>IPv6 也使用 NAT（否则采用路由）(&amp;T)</translation>
    </message>
    <message>
        <source>Net&amp;work:</source>
        <translation>网络(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>ImageCheck</name>
    <message>
        <source>%1 will be added as a block device, as it lies in /dev: no storage pool of the host says what it is.</source>
        <translation>%1 将作为块设备添加，因为它位于 /dev：主机没有任何存储池说明它是什么。</translation>
    </message>
    <message>
        <source>%1 will be used as a block device, as it lies in /dev: no storage pool of the host says what it is.</source>
        <translation>%1 将作为块设备使用，因为它位于 /dev：主机没有任何存储池说明它是什么。</translation>
    </message>
    <message>
        <source>Image path note</source>
        <translation>镜像路径备注</translation>
    </message>
    <message>
        <source>Looking for %1…</source>
        <translation>正在查找 %1…</translation>
    </message>
    <message>
        <source>No storage pool of the host holds %1: whether it exists is known only once libvirt uses it.</source>
        <translation>主机没有任何存储池包含 %1：它是否存在，要等 libvirt 使用它时才知道。</translation>
    </message>
    <message>
        <source>Still looking for %1: its file system has not answered for %n s. Is it on a network mount that is down?</source>
        <translation>仍在查找 %1：它的文件系统已 %n 秒没有响应。它是否位于已断开的网络挂载上？</translation>
    </message>
    <message>
        <source>Still looking for %1: the host has not answered for %n s.</source>
        <translation>仍在查找 %1：主机已 %n 秒没有响应。</translation>
    </message>
</context>
<context>
    <name>ImageInUse</name>
    <message>
        <source>Image in use</source>
        <translation>镜像正在使用</translation>
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
        <translation>无法 %1：%2</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Show Co&amp;mmand</source>
        <translation>显示命令(&amp;M)</translation>
    </message>
    <message>
        <source>Show command</source>
        <translation>显示命令</translation>
    </message>
</context>
<context>
    <name>JobWizard</name>
    <message>
        <source>%1 is not connected: Finish is possible once it is connected again.</source>
        <translation>%1 没有连接：重新连接后才能点击“完成”。</translation>
    </message>
</context>
<context>
    <name>LeaseModel</name>
    <message>
        <source>%1 is not connected: the leases are read again once it is.</source>
        <translation>%1 没有连接：连接后会再次读取租约。</translation>
    </message>
    <message>
        <source>Cannot read the DHCP leases: %1</source>
        <translation>无法读取 DHCP 租约：%1</translation>
    </message>
    <message>
        <source>Cannot tell which VM owns each address: %1</source>
        <translation>无法判断每个地址属于哪台虚拟机：%1</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期时间</translation>
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
        <source>No DHCP leases yet.</source>
        <translation>还没有 DHCP 租约。</translation>
    </message>
    <message>
        <source>The network is not running: it hands out no addresses.</source>
        <translation>网络没有在运行：它不会分配任何地址。</translation>
    </message>
    <message>
        <source>Virtual machine</source>
        <translation>虚拟机</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>in %1 d (%2)</source>
        <translation>%1 天后（%2）</translation>
    </message>
    <message>
        <source>in %1 h (%2)</source>
        <translation>%1 小时后（%2）</translation>
    </message>
    <message>
        <source>in %1 min (%2)</source>
        <translation>%1 分钟后（%2）</translation>
    </message>
    <message>
        <source>in %1 s (%2)</source>
        <translation>%1 秒后（%2）</translation>
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
        <translation>DHCP 租约</translation>
    </message>
    <message>
        <source>DHCP leases panel</source>
        <translation>DHCP 租约面板</translation>
    </message>
    <message>
        <source>DHCP leases status</source>
        <translation>DHCP 租约状态</translation>
    </message>
</context>
<context>
    <name>LibvirtEvent</name>
    <message>
        <source>%1 (%2): VM paused</source>
        <translation>%1 (%2)：虚拟机已暂停</translation>
    </message>
    <message>
        <source>%1 (%2): ignored</source>
        <translation>%1 (%2)：已忽略</translation>
    </message>
    <message>
        <source>%1 (%2): reported to the guest</source>
        <translation>%1 (%2)：已报告给客户机</translation>
    </message>
    <message>
        <source>%1 closed</source>
        <translation>%1 已关闭</translation>
    </message>
    <message>
        <source>%1 opened</source>
        <translation>%1 已打开</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
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
        <source>Event %1</source>
        <translation>事件 %1</translation>
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
        <source>NMI injected</source>
        <translation>已注入 NMI</translation>
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
        <source>VM forced off</source>
        <translation>虚拟机已强制关闭</translation>
    </message>
    <message>
        <source>VM paused</source>
        <translation>虚拟机已暂停</translation>
    </message>
    <message>
        <source>VM reset</source>
        <translation>虚拟机已重置</translation>
    </message>
    <message>
        <source>VM shut down</source>
        <translation>虚拟机已关机</translation>
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
        <source>custom metadata %1</source>
        <translation>自定义元数据 %1</translation>
    </message>
    <message>
        <source>description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>detail %1</source>
        <translation>详细代码 %1</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>已断开连接</translation>
    </message>
    <message>
        <source>kvmgui failed</source>
        <translation>kvmgui 运行失败</translation>
    </message>
    <message>
        <source>kvmgui ran</source>
        <translation>kvmgui 已运行</translation>
    </message>
    <message>
        <source>logged</source>
        <translation>已记录</translation>
    </message>
    <message>
        <source>no action</source>
        <translation>不采取操作</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
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
        <translation>%2 上的 %1 已停止，但其网卡在网络 %4 上的固定地址 %3 无法从旧的 MAC 地址 %5 移至新的 %6：%7。请在网卡的详细信息中重新固定地址。</translation>
    </message>
    <message>
        <source>%1 on %2 stopped: its card&apos;s fixed address %3 on network %4 moved from the old MAC address %5 to the new one, %6.</source>
        <translation>%2 上的 %1 已停止：其网卡在网络 %4 上的固定地址 %3 已从旧的 MAC 地址 %5 移至新的 %6。</translation>
    </message>
    <message>
        <source>%1 on %2 stopped: the fixed address %3 on network %4 stays with the old MAC address %5, which a card of %6 has too. Pin an address for the new MAC address, %7, in the card&apos;s details if it needs one.</source>
        <translation>%2 上的 %1 已停止：网络 %4 上的固定地址 %3 仍留给旧的 MAC 地址 %5，因为 %6 的网卡也使用这个 MAC 地址。若新的 MAC 地址 %7 需要固定地址，请在网卡的详细信息中设置。</translation>
    </message>
    <message>
        <source>%1 was not removed: the virtual machine %2 is being created on it. Remove it once that is done.</source>
        <translation>未移除 %1：正在其上创建虚拟机 %2。请在完成后再移除。</translation>
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
        <translation>%1：libvirt 拒绝了这个定义，因此未移除 %2。编辑器会保持打开并保留你的文本；修正后请再移除连接一次。</translation>
    </message>
    <message>
        <source>%1: libvirt refused the definition, so the application did not quit. The editor stays open with your text; quit again once it is fixed.</source>
        <comment>an XML editor&apos;s name</comment>
        <translation>%1：libvirt 拒绝了这个定义，因此应用程序没有退出。编辑器会保持打开并保留你的文本；修正后请再退出一次。</translation>
    </message>
    <message>
        <source>%1: the login was not remembered: the desktop&apos;s secret store could not save it. It is asked for again next time.</source>
        <translation>%1：登录信息未被记住：桌面的密钥存储无法保存它。下次会再次询问。</translation>
    </message>
    <message numerus="yes">
        <source>%n VMs</source>
        <translation>
            <numerusform>%n 台虚拟机</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n 台运行中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>显示 %n 台</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;About kvmgui</source>
        <translation>关于 kvmgui(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Add Connection…</source>
        <translation>添加连接(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>断开连接(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Host Details</source>
        <translation>主机详细信息(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;New Virtual Machine…</source>
        <translation>新建虚拟机(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Remove Connection</source>
        <translation>移除连接(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Virtual Machine</source>
        <translation>虚拟机(&amp;V)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; on %2 was deleted, but not all of its storage: %3</source>
        <translation>%2 上的“%1”已删除，但没有删除它的全部存储：%3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; on %2 was not deleted: it is being restarted. Delete it once its restart has ended.</source>
        <translation>%2 上的“%1”没有删除：它正在重启。请在重启结束后再删除。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; on %2 was not deleted: it is being saved. Delete it once it is saved.</source>
        <translation>%2 上的“%1”没有删除：它正在保存。请在保存完成后再删除。</translation>
    </message>
    <message>
        <source>Connect &amp;Automatically</source>
        <translation>自动连接(&amp;A)</translation>
    </message>
    <message>
        <source>Connect to a host first: the new virtual machine is created on one.</source>
        <translation>请先连接到主机：新的虚拟机会创建在某台主机上。</translation>
    </message>
    <message>
        <source>Connection states</source>
        <translation>连接状态</translation>
    </message>
    <message>
        <source>Could not delete &apos;%1&apos; on %2: %3</source>
        <translation>无法删除 %2 上的“%1”：%3</translation>
    </message>
    <message>
        <source>Could not read the performance of the virtual machines on %1: %2</source>
        <translation>无法读取 %1 上虚拟机的性能：%2</translation>
    </message>
    <message>
        <source>Could not save the list of hosts in %1: at the next start it is as it was. Check that the file is yours and can be written.</source>
        <translation>无法将主机列表保存到 %1：下次启动时它仍是原来的样子。请检查这个文件是否属于您且可以写入。</translation>
    </message>
    <message>
        <source>Could not save the preferences in %1: they apply until kvmgui ends. Check that the file is yours and can be written.</source>
        <translation>无法将首选项保存到 %1：它们只在 kvmgui 退出前有效。请检查这个文件是否属于您且可以写入。</translation>
    </message>
    <message>
        <source>Delete: not while the VM is being restarted</source>
        <translation>删除：虚拟机正在重启，请等重启结束</translation>
    </message>
    <message>
        <source>Delete: not while the VM is being saved</source>
        <translation>删除：虚拟机正在保存，请等保存完成</translation>
    </message>
    <message>
        <source>Event &amp;Timeline</source>
        <translation>事件时间线(&amp;T)</translation>
    </message>
    <message>
        <source>Lists of the main window</source>
        <translation>主窗口的列表</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Main window</source>
        <translation>主窗口</translation>
    </message>
    <message>
        <source>Network &amp;Map</source>
        <translation>网络地图(&amp;M)</translation>
    </message>
    <message>
        <source>New virtual machine</source>
        <translation>新建虚拟机</translation>
    </message>
    <message>
        <source>New virtual machine (Ctrl+N)</source>
        <translation>新建虚拟机（Ctrl+N）</translation>
    </message>
    <message>
        <source>No connections</source>
        <translation>没有连接</translation>
    </message>
    <message>
        <source>Open the host details of the selected connection</source>
        <translation>打开所选连接的主机详细信息</translation>
    </message>
    <message>
        <source>Open the selected virtual machines</source>
        <translation>打开所选的虚拟机</translation>
    </message>
    <message>
        <source>The performance of the virtual machines on %1 is read again</source>
        <translation>已恢复读取 %1 上虚拟机的性能</translation>
    </message>
    <message>
        <source>The settings file %1 could be written again: what could not be saved in it before is saved now.</source>
        <translation>已能再次写入设置文件 %1：先前未能保存到其中的内容现在已保存。</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>视图(&amp;W)</translation>
    </message>
    <message>
        <source>Virtual machine actions</source>
        <translation>虚拟机操作</translation>
    </message>
    <message>
        <source>Virtual machine count</source>
        <translation>虚拟机数量</translation>
    </message>
    <message>
        <source>kvmgui main window</source>
        <translation>kvmgui 主窗口</translation>
    </message>
    <message>
        <source>kvmgui — Virtual Machine Manager</source>
        <translation>kvmgui — 虚拟机管理工具</translation>
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
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>A volume in a storage pool</source>
        <translation>存储池中的卷</translation>
    </message>
    <message>
        <source>An image file on the host</source>
        <translation>主机上的镜像文件</translation>
    </message>
    <message>
        <source>Boot a &amp;kernel and initrd directly</source>
        <translation>直接引导内核和 initrd(&amp;K)</translation>
    </message>
    <message>
        <source>Boot from the network (&amp;PXE)</source>
        <translation>从网络引导（PXE）(&amp;P)</translation>
    </message>
    <message>
        <source>CD-ROM &amp;device:</source>
        <translation>光驱(&amp;D)：</translation>
    </message>
    <message>
        <source>CD-ROM device</source>
        <translation>光驱</translation>
    </message>
    <message>
        <source>Choose the disk image or volume on the Storage page; the VM boots it as it is.</source>
        <translation>请在“存储”页面选择磁盘镜像或卷；虚拟机会按原样直接引导。</translation>
    </message>
    <message>
        <source>Choose the host and how the operating system gets onto the VM.</source>
        <translation>请选择主机，以及操作系统安装到虚拟机上的方式。</translation>
    </message>
    <message>
        <source>Cloud image &amp;file:</source>
        <translation>云镜像文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Cloud image &amp;source:</source>
        <translation>云镜像来源(&amp;S)：</translation>
    </message>
    <message>
        <source>Cloud image file</source>
        <translation>云镜像文件</translation>
    </message>
    <message>
        <source>Cloud image format</source>
        <translation>云镜像格式</translation>
    </message>
    <message>
        <source>Cloud image source</source>
        <translation>云镜像来源</translation>
    </message>
    <message>
        <source>Cloud image vol&amp;ume:</source>
        <translation>云镜像卷(&amp;U)：</translation>
    </message>
    <message>
        <source>Cloud image volume</source>
        <translation>云镜像卷</translation>
    </message>
    <message>
        <source>Connection and install method</source>
        <translation>连接和安装方式</translation>
    </message>
    <message>
        <source>Device &amp;tree:</source>
        <translation>设备树(&amp;T)：</translation>
    </message>
    <message>
        <source>Device tree (DTB)</source>
        <translation>设备树（DTB）</translation>
    </message>
    <message>
        <source>Disk images (*.img *.qcow2 *.raw)</source>
        <translation>磁盘镜像 (*.img *.qcow2 *.raw)</translation>
    </message>
    <message>
        <source>Files on a remote host are offered through its storage pools: put ISO images and cloud images into a pool.</source>
        <translation>远程主机上的文件要通过它的存储池提供：请把 ISO 镜像和云镜像放进池中。</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Host status</source>
        <translation>主机状态</translation>
    </message>
    <message>
        <source>I&amp;mport an existing disk image</source>
        <translation>导入现有的磁盘镜像(&amp;M)</translation>
    </message>
    <message>
        <source>IS&amp;O image:</source>
        <translation>ISO 镜像(&amp;O)：</translation>
    </message>
    <message>
        <source>IS&amp;O volume:</source>
        <translation>ISO 卷(&amp;O)：</translation>
    </message>
    <message>
        <source>ISO image</source>
        <translation>ISO 镜像</translation>
    </message>
    <message>
        <source>ISO images (*.iso)</source>
        <translation>ISO 镜像 (*.iso)</translation>
    </message>
    <message>
        <source>ISO volume</source>
        <translation>ISO 卷</translation>
    </message>
    <message>
        <source>Image fo&amp;rmat:</source>
        <translation>镜像格式(&amp;R)：</translation>
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
        <translation>从 ISO 镜像安装(&amp;I)</translation>
    </message>
    <message>
        <source>Install from an ISO &amp;volume in a storage pool</source>
        <translation>从存储池中的 ISO 卷安装(&amp;V)</translation>
    </message>
    <message>
        <source>Install from the host&apos;s &amp;CD-ROM drive</source>
        <translation>从主机的光驱安装(&amp;C)</translation>
    </message>
    <message>
        <source>Install method</source>
        <translation>安装方式</translation>
    </message>
    <message>
        <source>Install method:</source>
        <translation>安装方式：</translation>
    </message>
    <message>
        <source>Install source</source>
        <translation>安装源</translation>
    </message>
    <message>
        <source>K&amp;ernel:</source>
        <translation>内核(&amp;E)：</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>内核</translation>
    </message>
    <message>
        <source>Kernel &amp;arguments:</source>
        <translation>内核参数(&amp;A)：</translation>
    </message>
    <message>
        <source>Kernel arguments</source>
        <translation>内核参数</translation>
    </message>
    <message>
        <source>Paths on the host. The VM boots this kernel directly, without firmware or boot loader.</source>
        <translation>主机上的路径。虚拟机会直接引导这个内核，不经过固件或引导加载程序。</translation>
    </message>
    <message>
        <source>Start from a c&amp;loud image, set up with cloud-init</source>
        <translation>从云镜像开始，并用 cloud-init 配置(&amp;L)</translation>
    </message>
    <message>
        <source>The VM boots from the network: its network needs a PXE (DHCP + TFTP) server.</source>
        <translation>虚拟机从网络引导：它的网络需要 PXE（DHCP + TFTP）服务器。</translation>
    </message>
    <message>
        <source>The image stays unchanged: the VM&apos;s disk is a new volume that keeps only its changes.</source>
        <translation>镜像保持不变：虚拟机的磁盘是一个只保存更改内容的新卷。</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
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
        <translation>安装前先自定义设置(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Start the VM when it is created</source>
        <translation>创建后启动虚拟机(&amp;S)</translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation>自动启动</translation>
    </message>
    <message>
        <source>Customise the settings before installing</source>
        <translation>安装前先自定义设置</translation>
    </message>
    <message>
        <source>Finish then opens the VM&apos;s settings; nothing is created until you choose Begin installation there.</source>
        <translation>点击“完成”后会打开虚拟机的设置；在那里选择“开始安装”之前，不会创建任何东西。</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>名称(&amp;M)：</translation>
    </message>
    <message>
        <source>Name and finish</source>
        <translation>名称和完成</translation>
    </message>
    <message>
        <source>Name the VM and choose what happens once it is created.</source>
        <translation>为虚拟机命名，并选择创建后要做什么。</translation>
    </message>
    <message>
        <source>Start it &amp;automatically when the host boots</source>
        <translation>主机开机时自动启动(&amp;A)</translation>
    </message>
    <message>
        <source>Start the VM when it is created</source>
        <translation>创建后启动虚拟机</translation>
    </message>
    <message>
        <source>Virtual machine name</source>
        <translation>虚拟机名称</translation>
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
        <source>Checking… (%1 of %2 steps)</source>
        <translation>检查中…（第 %1 步，共 %2 步）</translation>
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
        <source>First failing step: “%1”. %2</source>
        <translation>第一个失败的步骤：“%1”。%2</translation>
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
        <source>No step failed. If the VM still has no address, look at the skipped steps: they could not be checked from here.</source>
        <translation>没有步骤失败。如果虚拟机仍然没有地址，请查看已跳过的步骤：它们无法从这里检查。</translation>
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
        <source>Note: the address is pinned now for this card&apos;s current MAC address %1. Pinning moves it to %2, its MAC address from the next start: the card loses the address when it next renews its lease, and gets it back when the VM restarts.</source>
        <translation>注意：这个地址目前固定给这块网卡当前的 MAC 地址 %1。固定后会移给 %2（它下次启动起的 MAC 地址）：网卡下次续租时会失去这个地址，虚拟机重启后再取回。</translation>
    </message>
    <message>
        <source>Note: this card has the address now under its current MAC address %1. Pinned for %2, its MAC address from the next start, the address is kept for that one: the card loses it when it next renews its lease, and gets it back when the VM restarts.</source>
        <translation>注意：这块网卡目前以当前的 MAC 地址 %1 使用这个地址。固定给 %2（它下次启动起的 MAC 地址）后，这个地址会保留给后者：网卡下次续租时会失去它，虚拟机重启后再取回。</translation>
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
        <source>Skipped: the same check of an earlier run has not answered yet (waited %1 s); it is not started twice.</source>
        <translation>已跳过：之前运行的同一项检查尚未响应（已等待 %1 秒）；不会重复启动。</translation>
    </message>
    <message>
        <source>Skipped: “%1” is neither a host name nor an address; nothing was sent to the guest.</source>
        <translation>已跳过：“%1”既不是主机名也不是地址；没有向客户机发送任何内容。</translation>
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
        <source>The card (%2) is not plugged into the host bridge %3 that network %1 forwards to (was the bridge made again on the host?): shut the VM down and start it again to plug it in.</source>
        <translation>网卡（%2）未接入网络 %1 所转发到的主机网桥 %3（主机上的网桥是否被重新创建？）：请将虚拟机关机后再启动，以重新接入。</translation>
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
    <message>
        <source>never</source>
        <translation>永不</translation>
    </message>
</context>
<context>
    <name>NetworkAddress</name>
    <message>
        <source>%1 has host bits set: did you mean %2?</source>
        <translation>%1 的主机位不为零：你是指 %2 吗？</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a network such as %2.</source>
        <translation>“%1”不是像 %2 这样的网络。</translation>
    </message>
    <message>
        <source>Add the prefix length, such as %1.</source>
        <translation>请加上前缀长度，例如 %1。</translation>
    </message>
    <message>
        <source>Enter the network, such as %1.</source>
        <translation>请输入网络，例如 %1。</translation>
    </message>
    <message>
        <source>This is an IPv4 network; enter it on the IPv4 page.</source>
        <translation>这是 IPv4 网络；请在 IPv4 页面输入。</translation>
    </message>
    <message>
        <source>This is an IPv6 network; enter it on the IPv6 page.</source>
        <translation>这是 IPv6 网络；请在 IPv6 页面输入。</translation>
    </message>
</context>
<context>
    <name>NetworkCheck</name>
    <message>
        <source>%1 cannot be used here: it is a multicast, loopback, link-local or reserved address.</source>
        <translation>这里不能使用 %1：它是组播、回环、链路本地或保留地址。</translation>
    </message>
    <message>
        <source>%1 is a multicast address; use a unicast one.</source>
        <translation>%1 是组播地址；请使用单播地址。</translation>
    </message>
    <message>
        <source>%1 is not a host address within %2.</source>
        <translation>%1 不是 %2 内的主机地址。</translation>
    </message>
    <message>
        <source>%1 is the broadcast address of %2; use a host address such as %3.</source>
        <translation>%1 是 %2 的广播地址；请使用主机地址，例如 %3。</translation>
    </message>
    <message>
        <source>%1 is the host&apos;s own address on this network.</source>
        <translation>%1 是主机自己在这个网络上的地址。</translation>
    </message>
    <message>
        <source>%1 is the network address of %2; use a host address such as %3.</source>
        <translation>%1 是 %2 的网络地址；请使用主机地址，例如 %3。</translation>
    </message>
    <message>
        <source>%1 overlaps %2 on %3, which this machine already routes.</source>
        <translation>%1 与这台机器已经在路由的 %2（位于 %3）重叠。</translation>
    </message>
    <message>
        <source>%1 overlaps %2, which this machine already routes.</source>
        <translation>%1 与这台机器已经在路由的 %2 重叠。</translation>
    </message>
    <message>
        <source>%1 overlaps network &apos;%2&apos; (%3).</source>
        <translation>%1 与网络“%2”（%3）重叠。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a MAC address like 52:54:00:12:34:56.</source>
        <translation>“%1”不是像 52:54:00:12:34:56 这样的 MAC 地址。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid DNS domain such as example.lan.</source>
        <translation>“%1”不是有效的 DNS 域名，例如 example.lan。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid host name.</source>
        <translation>“%1”不是有效的主机名。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid interface name.</source>
        <translation>“%1”不是有效的接口名称。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address.</source>
        <translation>“%1”不是 IP 地址。</translation>
    </message>
    <message>
        <source>A %1 network needs an IPv4 or IPv6 address.</source>
        <translation>%1 网络需要 IPv4 或 IPv6 地址。</translation>
    </message>
    <message>
        <source>A bridge name has at most 15 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;.</source>
        <translation>网桥名称最多 15 个字符，只能使用字母、数字、“_”、“.”或“-”。</translation>
    </message>
    <message>
        <source>A host bridge network cannot have %1 settings: guests get their addresses from the network outside.</source>
        <translation>主机网桥网络不能有 %1 设置：客户机的地址来自外部网络。</translation>
    </message>
    <message>
        <source>A host name starts with a letter or digit and has only letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;.</source>
        <translation>主机名以字母或数字开头，且只能使用字母、数字、“_”、“.”和“-”。</translation>
    </message>
    <message>
        <source>A macvtap network cannot have %1 settings: guests get their addresses from the network outside.</source>
        <translation>macvtap 网络不能有 %1 设置：客户机的地址来自外部网络。</translation>
    </message>
    <message>
        <source>A network of this mode cannot have %1 settings: guests get their addresses from the network outside.</source>
        <translation>这种模式的网络不能有 %1 设置：客户机的地址来自外部网络。</translation>
    </message>
    <message>
        <source>Add a DHCP range (or static hosts), or turn DHCP off.</source>
        <translation>请添加 DHCP 范围（或静态主机），或关闭 DHCP。</translation>
    </message>
    <message>
        <source>An SR-IOV network cannot have %1 settings: guests get their addresses from the network outside.</source>
        <translation>SR-IOV 网络不能有 %1 设置：客户机的地址来自外部网络。</translation>
    </message>
    <message>
        <source>Bridge %1 belongs to network &apos;%2&apos;.</source>
        <translation>网桥 %1 属于网络“%2”。</translation>
    </message>
    <message>
        <source>Choose the SR-IOV physical function to use.</source>
        <translation>请选择要使用的 SR-IOV 物理功能（PF）。</translation>
    </message>
    <message>
        <source>Choose the host interface to use.</source>
        <translation>请选择要使用的主机接口。</translation>
    </message>
    <message>
        <source>DHCPv6 needs a prefix of /%1 or longer.</source>
        <translation>DHCPv6 需要 /%1 或更长的前缀。</translation>
    </message>
    <message>
        <source>Enter a name for the network.</source>
        <translation>请为网络输入名称。</translation>
    </message>
    <message>
        <source>Enter an IPv%1 address such as %2.</source>
        <translation>请输入 IPv%1 地址，例如 %2。</translation>
    </message>
    <message>
        <source>Enter at least one host name.</source>
        <translation>请至少输入一个主机名。</translation>
    </message>
    <message>
        <source>Enter the DHCPv6 range, or turn DHCPv6 off.</source>
        <translation>请输入 DHCPv6 范围，或关闭 DHCPv6。</translation>
    </message>
    <message>
        <source>Enter the IPv4 address for this host, within %1.</source>
        <translation>请输入这台主机的 IPv4 地址，须在 %1 之内。</translation>
    </message>
    <message>
        <source>Enter the first and last address of the range, both in %1.</source>
        <translation>请输入范围的第一个和最后一个地址，两者都须在 %1 之内。</translation>
    </message>
    <message>
        <source>Enter the guest&apos;s MAC address (or at least a name).</source>
        <translation>请输入客户机的 MAC 地址（或至少输入名称）。</translation>
    </message>
    <message>
        <source>Enter the name of an existing host bridge, such as br0.</source>
        <translation>请输入现有主机网桥的名称，例如 br0。</translation>
    </message>
    <message>
        <source>Give both ends of the NAT port range, or neither.</source>
        <translation>NAT 端口范围的两端请都填写，或都不填。</translation>
    </message>
    <message>
        <source>NAT ports must be between 1 and 65535.</source>
        <translation>NAT 端口必须介于 1 到 65535 之间。</translation>
    </message>
    <message>
        <source>Static host %1 already has this IP address.</source>
        <translation>静态主机 %1 已经使用这个 IP 地址。</translation>
    </message>
    <message>
        <source>Static host %1 already has this MAC address.</source>
        <translation>静态主机 %1 已经使用这个 MAC 地址。</translation>
    </message>
    <message>
        <source>Static host %1 already has this name.</source>
        <translation>静态主机 %1 已经使用这个名称。</translation>
    </message>
    <message>
        <source>The MTU must be between %1 and %2 (IPv6 needs at least %3).</source>
        <translation>MTU 必须介于 %1 到 %2 之间（IPv6 至少需要 %3）。</translation>
    </message>
    <message>
        <source>The MTU must be between %1 and %2.</source>
        <translation>MTU 必须介于 %1 到 %2 之间。</translation>
    </message>
    <message>
        <source>The NAT port range ends before it starts.</source>
        <translation>NAT 端口范围的结束值小于起始值。</translation>
    </message>
    <message>
        <source>The all-zero MAC address cannot be used.</source>
        <translation>不能使用全零的 MAC 地址。</translation>
    </message>
    <message>
        <source>The forward delay must be 0 to %1 seconds.</source>
        <translation>转发延迟必须是 0 到 %1 秒。</translation>
    </message>
    <message>
        <source>The name is too long: at most %1 characters.</source>
        <translation>名称太长：最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The prefix must be between 1 and %1.</source>
        <translation>前缀长度必须介于 1 到 %1 之间。</translation>
    </message>
    <message>
        <source>The range ends before it starts.</source>
        <translation>范围的结束地址在起始地址之前。</translation>
    </message>
    <message>
        <source>The range includes the host&apos;s own address %1.</source>
        <translation>范围包含了主机自己的地址 %1。</translation>
    </message>
    <message>
        <source>The range is too large: libvirt allows at most %1 addresses.</source>
        <translation>范围太大：libvirt 最多允许 %1 个地址。</translation>
    </message>
    <message>
        <source>The range must lie within %1 – %2.</source>
        <translation>范围必须在 %1 – %2 之内。</translation>
    </message>
    <message>
        <source>This host already has a network named &apos;%1&apos;.</source>
        <translation>这台主机已经有名为“%1”的网络。</translation>
    </message>
    <message>
        <source>This host already has an interface named %1.</source>
        <translation>这台主机已经有名为 %1 的接口。</translation>
    </message>
    <message>
        <source>This range overlaps DHCP range %1.</source>
        <translation>这个范围与 DHCP 范围 %1 重叠。</translation>
    </message>
    <message>
        <source>Use only letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;, and do not start with &apos;.&apos; or &apos;-&apos;.</source>
        <translation>只能使用字母、数字、“_”、“.”和“-”，且不能以“.”或“-”开头。</translation>
    </message>
</context>
<context>
    <name>NetworkError</name>
    <message>
        <source>nothing listens there (the connection was refused)</source>
        <translation>那里没有程序在监听（连接被拒绝）</translation>
    </message>
    <message>
        <source>the host did not answer in time</source>
        <translation>主机未在时限内响应</translation>
    </message>
    <message>
        <source>the host is down</source>
        <translation>主机已关闭或离线</translation>
    </message>
    <message>
        <source>the host name could not be looked up (no name server answered)</source>
        <translation>无法查询主机名（没有域名服务器响应）</translation>
    </message>
    <message>
        <source>the host name is not known</source>
        <translation>主机名未知（无法解析）</translation>
    </message>
    <message>
        <source>the host&apos;s key could not be verified</source>
        <translation>无法验证主机的密钥</translation>
    </message>
    <message>
        <source>the host&apos;s key differs from the one known for it</source>
        <translation>主机的密钥与已知的不同</translation>
    </message>
    <message>
        <source>the network is unreachable</source>
        <translation>网络不可达</translation>
    </message>
    <message>
        <source>the other side reset the connection</source>
        <translation>对方重置了连接</translation>
    </message>
    <message>
        <source>there is no route to the host</source>
        <translation>没有到主机的路由</translation>
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
        <source>Add DNS record</source>
        <translation>添加 DNS 记录</translation>
    </message>
    <message>
        <source>Add static host</source>
        <translation>添加静态主机</translation>
    </message>
    <message>
        <source>DNS host records</source>
        <translation>DNS 主机记录</translation>
    </message>
    <message>
        <source>Edit DNS record</source>
        <translation>编辑 DNS 记录</translation>
    </message>
    <message>
        <source>Edit static host</source>
        <translation>编辑静态主机</translation>
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
</context>
<context>
    <name>NetworkMap</name>
    <message>
        <source>%1 networking</source>
        <translation>%1 网络</translation>
    </message>
    <message>
        <source>Host bridge %1</source>
        <translation>主机网桥 %1</translation>
    </message>
    <message>
        <source>Macvtap on %1</source>
        <translation>%1 上的 Macvtap</translation>
    </message>
    <message>
        <source>Missing network %1</source>
        <translation>不存在的网络 %1</translation>
    </message>
    <message>
        <source>VM network cards: %1</source>
        <translation>虚拟机网卡：%1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>address unknown</source>
        <translation>地址未知</translation>
    </message>
    <message>
        <source>addresses come from outside libvirt</source>
        <translation>地址来自 libvirt 以外</translation>
    </message>
    <message>
        <source>bridge %1</source>
        <translation>网桥 %1</translation>
    </message>
    <message>
        <source>gateway %1</source>
        <translation>网关 %1</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>非活动</translation>
    </message>
    <message>
        <source>lease never expires</source>
        <translation>租约永不过期</translation>
    </message>
    <message>
        <source>lease until %1</source>
        <translation>租约至 %1</translation>
    </message>
    <message>
        <source>link down</source>
        <translation>链路断开</translation>
    </message>
    <message>
        <source>networks: %1</source>
        <translation>网络：%1</translation>
    </message>
    <message>
        <source>no lease</source>
        <translation>没有租约</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>未运行</translation>
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
        <source>%1: %2</source>
        <comment>a map entry and its details</comment>
        <translation>%1：%2</translation>
    </message>
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
        <source>Could not save %1: the image could not be made (%2)</source>
        <translation>无法保存 %1：无法生成图像（%2）</translation>
    </message>
    <message>
        <source>Could not save %1: the map is too large for one image (%2 × %3 pixels); export it as SVG instead</source>
        <translation>无法保存 %1：地图太大，无法放进单张图像（%2 × %3 像素）；请改为导出 SVG</translation>
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
        <source>Saving %1…</source>
        <translation>正在保存 %1…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom Ou&amp;t</source>
        <translation>缩小(&amp;T)</translation>
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
    <name>NetworkMode</name>
    <message>
        <source>Host bridge %1</source>
        <translation>主机网桥 %1</translation>
    </message>
    <message>
        <source>Isolated</source>
        <translation>隔离</translation>
    </message>
    <message>
        <source>Macvtap VEPA on %1</source>
        <translation>%1 上的 Macvtap VEPA</translation>
    </message>
    <message>
        <source>Macvtap bridge on %1</source>
        <translation>%1 上的 Macvtap 桥接</translation>
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
        <translation>经由 %1 的 NAT</translation>
    </message>
    <message>
        <source>Open (routed, no firewall rules)</source>
        <translation>开放（路由，无防火墙规则）</translation>
    </message>
    <message>
        <source>Routed</source>
        <translation>路由</translation>
    </message>
    <message>
        <source>Routed via %1</source>
        <translation>经由 %1 路由</translation>
    </message>
    <message>
        <source>SR-IOV pool of %1</source>
        <translation>%1 的 SR-IOV 池</translation>
    </message>
</context>
<context>
    <name>NetworkModel</name>
    <message>
        <source>Active</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation>自动启动</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>网桥</translation>
    </message>
    <message>
        <source>DHCP range</source>
        <translation>DHCP 范围</translation>
    </message>
    <message>
        <source>IPv4 network</source>
        <translation>IPv4 网络</translation>
    </message>
    <message>
        <source>IPv6 network</source>
        <translation>IPv6 网络</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>非活动</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>No (transient)</source>
        <translation>否（临时）</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
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
        <translation>%1（未运行）</translation>
    </message>
    <message>
        <source>%1 is running, but could not reconnect %2</source>
        <translation>%1 正在运行，但无法重新连接 %2</translation>
    </message>
    <message>
        <source>%1 is running, but could not reconnect the running VMs that use it: %2</source>
        <translation>%1 正在运行，但无法重新连接使用它的运行中虚拟机：%2</translation>
    </message>
    <message>
        <source>%1 is running.</source>
        <translation>%1 正在运行。</translation>
    </message>
    <message>
        <source>%1 is running; reconnected the running VMs that use it: %2.</source>
        <translation>%1 正在运行；已重新连接使用它的运行中虚拟机：%2。</translation>
    </message>
    <message>
        <source>&amp;Connect to:</source>
        <translation>连接到(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>Bridge: VMs on the device see each other (not the host)</source>
        <translation>桥接：同一设备上的虚拟机可以互相看见（但看不到主机）</translation>
    </message>
    <message>
        <source>Choose the &amp;MAC address</source>
        <translation>选择 MAC 地址(&amp;M)</translation>
    </message>
    <message>
        <source>Choose the MAC address</source>
        <translation>选择 MAC 地址</translation>
    </message>
    <message>
        <source>Chosen for the OS (%1)</source>
        <translation>按操作系统选择（%1）</translation>
    </message>
    <message>
        <source>Connect to</source>
        <translation>连接到</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <source>Device mo&amp;del:</source>
        <translation>设备型号(&amp;D)：</translation>
    </message>
    <message>
        <source>Device model</source>
        <translation>设备型号</translation>
    </message>
    <message>
        <source>Generate a MAC address</source>
        <translation>生成 MAC 地址</translation>
    </message>
    <message>
        <source>Host bridge</source>
        <translation>主机网桥</translation>
    </message>
    <message>
        <source>How the VM reaches the network.</source>
        <translation>虚拟机接入网络的方式。</translation>
    </message>
    <message>
        <source>MAC &amp;address:</source>
        <translation>MAC 地址(&amp;A)：</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC 地址</translation>
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
        <translation>主机设备上的 Macvtap</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Network source</source>
        <translation>网络来源</translation>
    </message>
    <message>
        <source>No network</source>
        <translation>不使用网络</translation>
    </message>
    <message>
        <source>Passthrough: this VM owns the device</source>
        <translation>直通：这台虚拟机独占该设备</translation>
    </message>
    <message>
        <source>Private: VMs cannot see each other</source>
        <translation>私有：虚拟机之间互相看不见</translation>
    </message>
    <message>
        <source>S&amp;tart it</source>
        <translation>启动它(&amp;T)</translation>
    </message>
    <message>
        <source>Start the virtual network</source>
        <translation>启动虚拟网络</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>正在启动 %1…</translation>
    </message>
    <message>
        <source>Starting the network</source>
        <translation>启动网络</translation>
    </message>
    <message>
        <source>VEPA: all traffic goes through the external switch</source>
        <translation>VEPA：所有流量都经过外部交换机</translation>
    </message>
    <message>
        <source>Virtual network</source>
        <translation>虚拟网络</translation>
    </message>
</context>
<context>
    <name>NetworkStep</name>
    <message>
        <source>Defining the network…</source>
        <translation>正在定义网络…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <source>Starting the network…</source>
        <translation>正在启动网络…</translation>
    </message>
    <message>
        <source>Turning autostart on…</source>
        <translation>正在开启自动启动…</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>正在撤销…</translation>
    </message>
</context>
<context>
    <name>NetworkWizard</name>
    <message>
        <source>%1 problem</source>
        <translation>%1 问题</translation>
    </message>
    <message>
        <source>Add Virtual Network — %1</source>
        <translation>添加虚拟网络 — %1</translation>
    </message>
    <message>
        <source>Add virtual network</source>
        <translation>添加虚拟网络</translation>
    </message>
</context>
<context>
    <name>NetworkXmlCheck</name>
    <message>
        <source>%1 overlaps %2, which this machine already routes.</source>
        <translation>%1 与这台机器已经在路由的 %2 重叠。</translation>
    </message>
    <message>
        <source>%1 overlaps network &apos;%2&apos; (%3).</source>
        <translation>%1 与网络“%2”（%3）重叠。</translation>
    </message>
    <message>
        <source>Bridge %1 belongs to network &apos;%2&apos;.</source>
        <translation>网桥 %1 属于网络“%2”。</translation>
    </message>
    <message>
        <source>Could not check the XML against libvirt&apos;s schema: %1</source>
        <translation>无法根据 libvirt 的 schema 检查 XML：%1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>The XML does not parse: %1</source>
        <translation>无法解析 XML：%1</translation>
    </message>
    <message>
        <source>The network needs a &lt;name&gt;.</source>
        <translation>网络需要 &lt;name&gt;。</translation>
    </message>
    <message>
        <source>The root element must be &lt;network&gt;, not &lt;%1&gt;.</source>
        <translation>根元素必须是 &lt;network&gt;，而不是 &lt;%1&gt;。</translation>
    </message>
    <message>
        <source>This host already has a network named &apos;%1&apos;.</source>
        <translation>这台主机已经有名为“%1”的网络。</translation>
    </message>
    <message>
        <source>This host already has an interface named %1.</source>
        <translation>这台主机已经有名为 %1 的接口。</translation>
    </message>
</context>
<context>
    <name>NetworksPanel</name>
    <message>
        <source>%1 network %2</source>
        <translation>%1（网络 %2）</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>启动(&amp;S)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is in use by running VMs: %2. Shut them down or move their network cards first.</source>
        <translation>运行中的虚拟机正在使用“%1”：%2。请先将它们关机，或移走它们的网卡。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was replaced meanwhile and was not deleted.</source>
        <translation>“%1”在此期间已被替换，未删除。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was replaced meanwhile and was not stopped.</source>
        <translation>“%1”在此期间已被替换，未停止。</translation>
    </message>
    <message>
        <source>Add network</source>
        <translation>添加网络</translation>
    </message>
    <message>
        <source>Addresses of the network</source>
        <translation>网络的地址</translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation>自动启动</translation>
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
        <source>Bridge</source>
        <translation>网桥</translation>
    </message>
    <message>
        <source>Bridge:</source>
        <translation>网桥：</translation>
    </message>
    <message>
        <source>DHCP &amp;leases</source>
        <translation>DHCP 租约(&amp;L)</translation>
    </message>
    <message>
        <source>DHCP range</source>
        <translation>DHCP 范围</translation>
    </message>
    <message>
        <source>DHCP range:</source>
        <translation>DHCP 范围：</translation>
    </message>
    <message>
        <source>DHCPv6 range</source>
        <translation>DHCPv6 范围</translation>
    </message>
    <message>
        <source>DHCPv6 range:</source>
        <translation>DHCPv6 范围：</translation>
    </message>
    <message>
        <source>DNS domain</source>
        <translation>DNS 域名</translation>
    </message>
    <message>
        <source>DNS domain:</source>
        <translation>DNS 域名：</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete network</source>
        <translation>删除网络</translation>
    </message>
    <message>
        <source>Delete network &apos;%1&apos;?</source>
        <translation>要删除网络“%1”吗？</translation>
    </message>
    <message>
        <source>Delete network &apos;%1&apos;? It is running and will be stopped first.</source>
        <translation>要删除网络“%1”吗？它正在运行，会先被停止。</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Edit &amp;XML…</source>
        <translation>编辑 XML(&amp;X)…</translation>
    </message>
    <message>
        <source>Edit network XML</source>
        <translation>编辑网络 XML</translation>
    </message>
    <message>
        <source>Forward device</source>
        <translation>转发设备</translation>
    </message>
    <message>
        <source>Forward device:</source>
        <translation>转发设备：</translation>
    </message>
    <message>
        <source>Forward mode</source>
        <translation>转发模式</translation>
    </message>
    <message>
        <source>IPv4 gateway</source>
        <translation>IPv4 网关</translation>
    </message>
    <message>
        <source>IPv4 gateway:</source>
        <translation>IPv4 网关：</translation>
    </message>
    <message>
        <source>IPv4 network</source>
        <translation>IPv4 网络</translation>
    </message>
    <message>
        <source>IPv4 network:</source>
        <translation>IPv4 网络：</translation>
    </message>
    <message>
        <source>IPv6 network</source>
        <translation>IPv6 网络</translation>
    </message>
    <message>
        <source>IPv6 network:</source>
        <translation>IPv6 网络：</translation>
    </message>
    <message>
        <source>It is transient: once stopped, it is gone for good (libvirt keeps no definition of it).</source>
        <translation>它是临时的：一旦停止就永久消失（libvirt 不会保留它的定义）。</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>模式：</translation>
    </message>
    <message>
        <source>Network message</source>
        <translation>网络消息</translation>
    </message>
    <message>
        <source>Network name</source>
        <translation>网络名称</translation>
    </message>
    <message>
        <source>Network state</source>
        <translation>网络状态</translation>
    </message>
    <message>
        <source>No network selected</source>
        <translation>未选择网络</translation>
    </message>
    <message>
        <source>Persistent</source>
        <translation>持久</translation>
    </message>
    <message>
        <source>Persistent:</source>
        <translation>持久：</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
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
        <source>Start network</source>
        <translation>启动网络</translation>
    </message>
    <message>
        <source>Start when the host &amp;boots</source>
        <translation>主机开机时启动(&amp;B)</translation>
    </message>
    <message>
        <source>Started &apos;%1&apos; and reconnected %2, but could not reconnect %3</source>
        <translation>已启动“%1”并重新连接了 %2，但无法重新连接 %3</translation>
    </message>
    <message>
        <source>Started &apos;%1&apos; and reconnected the running VMs that use it: %2.</source>
        <translation>已启动“%1”，并重新连接了使用它的运行中虚拟机：%2。</translation>
    </message>
    <message>
        <source>Started &apos;%1&apos;, but could not reconnect %2</source>
        <translation>已启动“%1”，但无法重新连接 %2</translation>
    </message>
    <message>
        <source>Started &apos;%1&apos;, but could not reconnect the running VMs that use it: %2</source>
        <translation>已启动“%1”，但无法重新连接使用它的运行中虚拟机：%2</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Static &amp;hosts and DNS</source>
        <translation>静态主机与 DNS(&amp;H)</translation>
    </message>
    <message>
        <source>Static hosts and DNS</source>
        <translation>静态主机与 DNS</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop network</source>
        <translation>停止网络</translation>
    </message>
    <message>
        <source>Stop network &apos;%1&apos;?</source>
        <translation>要停止网络“%1”吗？</translation>
    </message>
    <message>
        <source>Stop network &apos;%1&apos;?

These running VMs use it and stay connected (libvirt leaves their cards as they are), but once shut down will not start until it runs again: %2.</source>
        <translation>要停止网络“%1”吗？

下列运行中的虚拟机正在使用它，会保持连接（libvirt 不会改动它们的网卡），但关机后须等它再次运行才能启动：%2。</translation>
    </message>
    <message>
        <source>Stop network &apos;%1&apos;?

These running VMs use it and will lose their connection: %2.</source>
        <translation>要停止网络“%1”吗？

下列运行中的虚拟机正在使用它，将会断开连接：%2。</translation>
    </message>
    <message>
        <source>These VMs refer to it and will not start until changed: %1.</source>
        <translation>下列虚拟机引用了它，在更改之前将无法启动：%1。</translation>
    </message>
    <message>
        <source>Virtual networks</source>
        <translation>虚拟网络</translation>
    </message>
    <message>
        <source>Virtual networks panel</source>
        <translation>虚拟网络面板</translation>
    </message>
    <message>
        <source>change autostart</source>
        <translation>更改自动启动</translation>
    </message>
    <message>
        <source>delete &apos;%1&apos;</source>
        <translation>删除“%1”</translation>
    </message>
    <message>
        <source>list the VMs on the network</source>
        <translation>列出网络上的虚拟机</translation>
    </message>
    <message>
        <source>start &apos;%1&apos;</source>
        <translation>启动“%1”</translation>
    </message>
    <message>
        <source>stop &apos;%1&apos;</source>
        <translation>停止“%1”</translation>
    </message>
</context>
<context>
    <name>NewVm</name>
    <message>
        <source>%1 cannot be read (permission denied).</source>
        <translation>无法读取 %1（权限不足）。</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2.</source>
        <translation>无法使用 %1：%2。</translation>
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
        <source>&apos;%1&apos; is not a full path: it must start with &apos;/&apos;.</source>
        <translation>“%1”不是完整路径：必须以“/”开头。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host interface name: at most 15 characters, without spaces, &apos;/&apos; or &apos;:&apos;.</source>
        <translation>“%1”不是主机接口名称：最多 15 个字符，不能包含空格、“/”或“:”。</translation>
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
        <source>A cloud image needs a pool of image files (a directory, file system or network file system): its disk is a qcow2 overlay, which cannot be a volume of storage pool &apos;%1&apos; (%2).</source>
        <translation>云镜像需要存放镜像文件的存储池（目录、文件系统或网络文件系统）：它的磁盘是 qcow2 覆盖镜像，不能作为存储池“%1”（%2）的卷。</translation>
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
        <source>More virtual CPUs than the host has (%n) make the guest slower, not faster.</source>
        <translation>主机只有 %n 个 CPU；虚拟 CPU 比这个多只会让客户机变慢，不会变快。</translation>
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
        <source>SSH key %1 holds two keys: put each key on a line of its own.</source>
        <translation>SSH 密钥 %1 包含两个密钥：请每行只放一个密钥。</translation>
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
        <source>Storage pool &apos;%1&apos; (%2) cannot make new volumes: its volumes come from the storage itself. Choose another pool.</source>
        <translation>存储池“%1”（%2）无法创建新卷：它的卷来自存储设备本身。请选择其他存储池。</translation>
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
        <source>The cloud image is %1: the new disk gets that size, not less.</source>
        <translation>云镜像为 %1：新磁盘会是这个大小，不会更小。</translation>
    </message>
    <message>
        <source>The cloud-init seed volume is named &apos;%1&apos; too; give the disk volume another name.</source>
        <translation>cloud-init 种子卷也叫“%1”；请为磁盘另取一个卷名。</translation>
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
        <source>The extra user-data has an alias (*name) inside its own anchor (&amp;name); cloud-init user-data cannot hold a value that contains itself.</source>
        <translation>额外的 user-data 在锚点（&amp;name）自身之内使用了别名（*name）；cloud-init user-data 不能含有包含自身的值。</translation>
    </message>
    <message>
        <source>The extra user-data is not valid YAML (line %1): %2</source>
        <translation>额外的 user-data 不是有效的 YAML（第 %1 行）：%2</translation>
    </message>
    <message>
        <source>The extra user-data is too large to write out: spelt in full (each alias *name as its anchor) it would hold more than %1 values, or it is nested too deep.</source>
        <translation>额外的 user-data 太大，无法写出：把每个别名（*name）展开成它的锚点后会超过 %1 个值，或嵌套层数太深。</translation>
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
        <source>The host&apos;s libvirt refused the data of the upload.</source>
        <translation>主机的 libvirt 拒绝了上传的数据。</translation>
    </message>
    <message>
        <source>The host&apos;s libvirt sent no data for the download.</source>
        <translation>主机的 libvirt 没有发送下载的数据。</translation>
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
        <source>The operating system needs %n or more virtual CPUs.</source>
        <translation>操作系统需要至少 %n 个虚拟 CPU。</translation>
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
        <source>The operating system starts only with UEFI firmware.</source>
        <translation>操作系统只能以 UEFI 固件启动。</translation>
    </message>
    <message>
        <source>The password is not stored as a SHA-512 hash.</source>
        <translation>密码没有以 SHA-512 哈希保存。</translation>
    </message>
    <message>
        <source>This holds a control character (%1), which libvirt cannot store; remove it.</source>
        <translation>这里含有控制字符（%1），libvirt 无法存储；请将其删除。</translation>
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
        <source>This host gives a virtual machine no more virtual CPUs than %n.</source>
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
    <name>NewVmWizard</name>
    <message>
        <source>%1 (not running)</source>
        <translation>%1（未运行）</translation>
    </message>
    <message>
        <source>%1 is being created. Stop creating it and quit? What was created so far is removed.</source>
        <translation>正在创建 %1。要停止创建并退出吗？已创建的项目会被移除。</translation>
    </message>
    <message>
        <source>%1 is used by %2 already. Two VMs that write on one image wreck it. Create the VM on it anyway?</source>
        <translation>%2 已在使用 %1。两台虚拟机同时写入同一个镜像会损坏它。仍要用它创建虚拟机吗？</translation>
    </message>
    <message>
        <source>%1 problem</source>
        <translation>%1 问题</translation>
    </message>
    <message>
        <source>%1 — %2 free</source>
        <translation>%1 — 可用 %2</translation>
    </message>
    <message>
        <source>&amp;Customise…</source>
        <translation>自定义(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Discard and Quit</source>
        <translation>放弃并退出(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <source>Cancelled, but not everything created could be removed again; left on the host: %1</source>
        <translation>已取消，但已创建的项目未能全部删除；仍留在主机上：%1</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was left on the host.</source>
        <translation>已取消。主机上没有留下任何东西。</translation>
    </message>
    <message>
        <source>Could not create the virtual machine: %1
Everything created was removed again.</source>
        <translation>无法创建虚拟机：%1
已创建的所有项目都已再次删除。</translation>
    </message>
    <message>
        <source>Could not create the virtual machine: %1
Not everything created could be removed again; left on the host: %2</source>
        <translation>无法创建虚拟机：%1
已创建的项目未能全部删除；仍留在主机上：%2</translation>
    </message>
    <message>
        <source>Could not create the virtual machine: %1
Nothing was created.</source>
        <translation>无法创建虚拟机：%1
没有创建任何内容。</translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation>创建 %1</translation>
    </message>
    <message>
        <source>Discard the new virtual machine?</source>
        <translation>要放弃新的虚拟机吗？</translation>
    </message>
    <message>
        <source>Looking for other VMs that use %1…</source>
        <translation>正在查找使用 %1 的其他虚拟机…</translation>
    </message>
    <message>
        <source>New Virtual Machine</source>
        <translation>新建虚拟机</translation>
    </message>
    <message>
        <source>New virtual machine</source>
        <translation>新建虚拟机</translation>
    </message>
    <message>
        <source>Stop and &amp;Quit</source>
        <translation>停止并退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Stop creating the virtual machine?</source>
        <translation>要停止创建虚拟机吗？</translation>
    </message>
    <message>
        <source>The new virtual machine has not been created yet. Quit and discard its settings?</source>
        <translation>新的虚拟机尚未创建。要退出并放弃它的设置吗？</translation>
    </message>
</context>
<context>
    <name>NicForm</name>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1（非活动）</translation>
    </message>
    <message>
        <source>&amp;Generate a MAC address</source>
        <translation>生成 MAC 地址(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Link up (cable plugged in)</source>
        <translation>链路已启用（已插入网线）(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>型号(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host interface name</source>
        <translation>“%1”不是主机接口名称</translation>
    </message>
    <message>
        <source>52:54:00:xx:xx:xx</source>
        <translation>52:54:00:xx:xx:xx</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>桥接</translation>
    </message>
    <message>
        <source>Choose what the NIC connects to</source>
        <translation>选择网卡要连接的对象</translation>
    </message>
    <message>
        <source>Connect &amp;to:</source>
        <translation>连接到(&amp;T)：</translation>
    </message>
    <message>
        <source>Connect to</source>
        <translation>连接到</translation>
    </message>
    <message>
        <source>Device model</source>
        <translation>设备型号</translation>
    </message>
    <message>
        <source>Generate a MAC address</source>
        <translation>生成 MAC 地址</translation>
    </message>
    <message>
        <source>Host bridge</source>
        <translation>主机网桥</translation>
    </message>
    <message>
        <source>Link up</source>
        <translation>链路已启用</translation>
    </message>
    <message>
        <source>MA&amp;C address:</source>
        <translation>MAC 地址(&amp;C)：</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC 地址</translation>
    </message>
    <message>
        <source>Network %1 is not running: a VM on it cannot start, nor can a running VM take the NIC, until it is started.</source>
        <translation>网络 %1 未在运行：在它启动之前，使用它的虚拟机无法启动，运行中的虚拟机也无法接上这块网卡。</translation>
    </message>
    <message>
        <source>Network state</source>
        <translation>网络状态</translation>
    </message>
    <message>
        <source>Network, bridge or host device</source>
        <translation>网络、网桥或主机设备</translation>
    </message>
    <message>
        <source>New NIC %1</source>
        <translation>新网卡 %1</translation>
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
        <translation>先启动网络(&amp;F)</translation>
    </message>
    <message>
        <source>Start the network first</source>
        <translation>先启动网络</translation>
    </message>
    <message>
        <source>This host has no virtual network named &apos;%1&apos;</source>
        <translation>这台主机没有名为“%1”的虚拟网络</translation>
    </message>
    <message>
        <source>VEPA</source>
        <translation>VEPA</translation>
    </message>
    <message>
        <source>Virtual network</source>
        <translation>虚拟网络</translation>
    </message>
    <message>
        <source>macvtap (host device)</source>
        <translation>macvtap（主机设备）</translation>
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
        <translation>链路已启用（已插入网线）(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>型号(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Why has this VM no address?</source>
        <translation>为什么这台虚拟机没有地址(&amp;W)？</translation>
    </message>
    <message>
        <source>Choose the network, bridge or host device this NIC connects to</source>
        <translation>选择这块网卡要连接的网络、网桥或主机设备</translation>
    </message>
    <message>
        <source>Device model</source>
        <translation>设备型号</translation>
    </message>
    <message>
        <source>Its fixed address %1 moved from %2 to the new MAC address.</source>
        <translation>其固定地址 %1 已从 %2 移至新的 MAC 地址。</translation>
    </message>
    <message>
        <source>Link up</source>
        <translation>链路已启用</translation>
    </message>
    <message>
        <source>MA&amp;C address:</source>
        <translation>MAC 地址(&amp;C)：</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC 地址</translation>
    </message>
    <message>
        <source>Network interface %1</source>
        <translation>网卡 %1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Source &amp;type:</source>
        <translation>来源类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Source type</source>
        <translation>来源类型</translation>
    </message>
    <message>
        <source>Starting network %1…</source>
        <translation>正在启动网络 %1…</translation>
    </message>
    <message>
        <source>Troubleshooter: why has this VM no address</source>
        <translation>故障排除：为什么这台虚拟机没有地址</translation>
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
        <translation>固定地址 %1</translation>
    </message>
    <message>
        <source>the running card is not a macvtap card until the restart</source>
        <translation>运行中的网卡在重启前还不是 macvtap 网卡</translation>
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
        <translation>通知消息</translation>
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
        <translation>生成树协议（STP）(&amp;S)</translation>
    </message>
    <message>
        <source>Answer for the domain &amp;locally only (never ask upstream)</source>
        <translation>只在本地应答这个域的查询（从不询问上游）(&amp;L)</translation>
    </message>
    <message>
        <source>B&amp;ridge name:</source>
        <translation>网桥名称(&amp;R)：</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>网桥</translation>
    </message>
    <message>
        <source>Bridge MAC address</source>
        <translation>网桥 MAC 地址</translation>
    </message>
    <message>
        <source>Bridge name</source>
        <translation>网桥名称</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>DNS &amp;domain:</source>
        <translation>DNS 域名(&amp;D)：</translation>
    </message>
    <message>
        <source>DNS and bridge</source>
        <translation>DNS 和网桥</translation>
    </message>
    <message>
        <source>DNS domain</source>
        <translation>DNS 域名</translation>
    </message>
    <message>
        <source>DNS domain local only</source>
        <translation>DNS 域名仅限本地</translation>
    </message>
    <message>
        <source>For&amp;ward delay:</source>
        <translation>转发延迟(&amp;W)：</translation>
    </message>
    <message>
        <source>Forward delay</source>
        <translation>转发延迟</translation>
    </message>
    <message>
        <source>MA&amp;C address:</source>
        <translation>MAC 地址(&amp;C)：</translation>
    </message>
    <message>
        <source>MTU</source>
        <translation>MTU</translation>
    </message>
    <message>
        <source>Optional: a DNS domain for the guests, and details of the bridge.</source>
        <translation>可选：客户机使用的 DNS 域名，以及网桥的详细设置。</translation>
    </message>
    <message>
        <source>Spanning tree protocol</source>
        <translation>生成树协议</translation>
    </message>
    <message>
        <source>The MTU is a number of bytes, such as 9000 (or empty for the default).</source>
        <translation>MTU 是字节数，例如 9000（留空则使用默认值）。</translation>
    </message>
    <message>
        <source>Use %1 (free on this host)</source>
        <translation>使用 %1（这台主机上尚未占用）</translation>
    </message>
    <message>
        <source>Use a free bridge name</source>
        <translation>使用空闲的网桥名称</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>automatic (libvirt picks a free virbrN)</source>
        <translation>自动（libvirt 会选择未占用的 virbrN）</translation>
    </message>
    <message>
        <source>default (1500)</source>
        <translation>默认（1500）</translation>
    </message>
    <message>
        <source>none (for example: vm.lan)</source>
        <translation>无（例如：vm.lan）</translation>
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
    <name>OsPage</name>
    <message>
        <source>%1 is not an ISO image.</source>
        <translation>%1 不是 ISO 镜像。</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es).</source>
        <translation>
            <numerusform>%n 个匹配结果。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Detect it from the install media</source>
        <translation>从安装介质检测(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Operating system:</source>
        <translation>操作系统(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>Chosen operating system</source>
        <translation>已选择的操作系统</translation>
    </message>
    <message>
        <source>Chosen: %1. %2</source>
        <translation>已选择：%1。%2</translation>
    </message>
    <message>
        <source>Could not load the list of operating systems (only the generic ones are offered): %1</source>
        <translation>无法加载操作系统列表（只提供通用选项）：%1</translation>
    </message>
    <message>
        <source>Could not look at %1: %2</source>
        <translation>无法查看 %1：%2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Detect the operating system from the install media</source>
        <translation>从安装介质检测操作系统</translation>
    </message>
    <message>
        <source>Detected %1 (label &apos;%2&apos;).</source>
        <translation>检测到 %1（卷标“%2”）。</translation>
    </message>
    <message>
        <source>Detecting the operating system</source>
        <translation>正在检测操作系统</translation>
    </message>
    <message>
        <source>Detection result</source>
        <translation>检测结果</translation>
    </message>
    <message>
        <source>Guessed %1 from the label &apos;%2&apos;; check it below.</source>
        <translation>根据卷标“%2”猜测为 %1；请在下方确认。</translation>
    </message>
    <message>
        <source>It needs %1.</source>
        <translation>它需要 %1。</translation>
    </message>
    <message>
        <source>Loading the list of operating systems…</source>
        <translation>正在加载操作系统列表…</translation>
    </message>
    <message>
        <source>Looking at %1…</source>
        <translation>正在查看 %1…</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>Operating systems</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>Search operating systems</source>
        <translation>搜索操作系统</translation>
    </message>
    <message>
        <source>The media (label &apos;%1&apos;) was not recognised: choose the operating system below.</source>
        <translation>无法识别介质（卷标“%1”）：请在下方选择操作系统。</translation>
    </message>
    <message>
        <source>The operating system decides the VM&apos;s devices and its suggested memory, CPUs and disk size.</source>
        <translation>操作系统会决定虚拟机的设备，以及建议的内存、CPU 数量和磁盘大小。</translation>
    </message>
    <message numerus="yes">
        <source>Type a name to search %n operating system(s).</source>
        <translation>
            <numerusform>输入名称以搜索 %n 个操作系统。</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a name: debian, windows 11, fedora…</source>
        <translation>输入名称：debian、windows 11、fedora…</translation>
    </message>
    <message>
        <source>UEFI firmware</source>
        <translation>UEFI 固件</translation>
    </message>
    <message>
        <source>Waiting for the list of operating systems…</source>
        <translation>正在等待操作系统列表…</translation>
    </message>
    <message>
        <source>a TPM 2.0</source>
        <translation>TPM 2.0</translation>
    </message>
    <message>
        <source>a disk of %1</source>
        <translation>%1 的磁盘</translation>
    </message>
    <message>
        <source>at least %1 of memory</source>
        <translation>至少 %1 的内存</translation>
    </message>
    <message>
        <source>libosinfo does not know %1 (%2): choose the operating system below.</source>
        <translation>libosinfo 不认识 %1（%2）：请在下方选择操作系统。</translation>
    </message>
    <message>
        <source>libosinfo is not installed here: only generic choices are offered.</source>
        <translation>这里没有安装 libosinfo：只提供通用选项。</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>%1 when last seen; %2: %3</source>
        <translation>上次所见为 %1；%2：%3</translation>
    </message>
    <message>
        <source>%1 — card %2</source>
        <translation>%1 — 网卡 %2</translation>
    </message>
    <message>
        <source>%1 — card %2 on network %3</source>
        <translation>%1 — 网卡 %2，在网络 %3 上</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>A&amp;utostart:</source>
        <translation>自动启动(&amp;U)：</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>Architecture:</source>
        <translation>架构：</translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation>自动启动</translation>
    </message>
    <message>
        <source>BIOS</source>
        <comment>firmware</comment>
        <translation>BIOS</translation>
    </message>
    <message>
        <source>Could not read the addresses: %1</source>
        <translation>无法读取地址：%1</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Emulator</source>
        <translation>模拟器</translation>
    </message>
    <message>
        <source>Emulator:</source>
        <translation>模拟器：</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>固件</translation>
    </message>
    <message>
        <source>Firmware:</source>
        <translation>固件：</translation>
    </message>
    <message>
        <source>Hypervisor</source>
        <translation>虚拟化管理程序</translation>
    </message>
    <message>
        <source>Hypervisor:</source>
        <translation>虚拟化管理程序：</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <source>IP addresses:</source>
        <translation>IP 地址：</translation>
    </message>
    <message>
        <source>Machine type</source>
        <translation>机器类型</translation>
    </message>
    <message>
        <source>Machine type:</source>
        <translation>机器类型：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>None known yet</source>
        <translation>尚无已知地址</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Start this VM when the host boots</source>
        <translation>主机开机时启动这台虚拟机</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>The VM is not running</source>
        <translation>虚拟机没有在运行</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
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
        <translation>%1 没有连接</translation>
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
        <translation>繁忙</translation>
    </message>
    <message>
        <source>CPU count</source>
        <translation>CPU 数量</translation>
    </message>
    <message>
        <source>CPU model</source>
        <translation>CPU 型号</translation>
    </message>
    <message>
        <source>CPU model:</source>
        <translation>CPU 型号：</translation>
    </message>
    <message>
        <source>CPUs:</source>
        <translation>CPU 数量：</translation>
    </message>
    <message>
        <source>Connection URI</source>
        <translation>连接 URI</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>连接：</translation>
    </message>
    <message>
        <source>Could not read the host&apos;s details: %1</source>
        <translation>无法读取主机的详细信息：%1</translation>
    </message>
    <message>
        <source>Could not read the host&apos;s load: %1</source>
        <translation>无法读取主机的负载：%1</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>驱动程序</translation>
    </message>
    <message>
        <source>Driver:</source>
        <translation>驱动程序：</translation>
    </message>
    <message>
        <source>Host CPU</source>
        <translation>主机 CPU</translation>
    </message>
    <message>
        <source>Host CPU graph</source>
        <translation>主机 CPU 图表</translation>
    </message>
    <message>
        <source>Host memory</source>
        <translation>主机内存</translation>
    </message>
    <message>
        <source>Host memory graph</source>
        <translation>主机内存图表</translation>
    </message>
    <message>
        <source>Host message</source>
        <translation>主机消息</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>主机名</translation>
    </message>
    <message>
        <source>Host name:</source>
        <translation>主机名：</translation>
    </message>
    <message>
        <source>Host overview</source>
        <translation>主机概览</translation>
    </message>
    <message>
        <source>Hypervisor version</source>
        <translation>虚拟化管理程序版本</translation>
    </message>
    <message>
        <source>Hypervisor version:</source>
        <translation>虚拟化管理程序版本：</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>内存：</translation>
    </message>
    <message>
        <source>This host&apos;s driver reports no CPU load</source>
        <translation>这台主机的驱动程序没有报告 CPU 负载</translation>
    </message>
    <message>
        <source>This host&apos;s driver reports no memory use</source>
        <translation>这台主机的驱动程序没有报告内存用量</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已用</translation>
    </message>
    <message>
        <source>Waiting for samples…</source>
        <translation>正在等待采样…</translation>
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
        <translation>%1 标题</translation>
    </message>
    <message>
        <source>%1 page</source>
        <translation>%1 页面</translation>
    </message>
    <message>
        <source>%1 settings</source>
        <translation>%1 设置</translation>
    </message>
    <message>
        <source>%1: pending until restart</source>
        <translation>%1：重启后才生效</translation>
    </message>
    <message>
        <source>%1: problem</source>
        <translation>%1：问题</translation>
    </message>
    <message>
        <source>%1: result</source>
        <translation>%1：结果</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Applied in part: %1</source>
        <translation>仅部分应用：%1</translation>
    </message>
    <message>
        <source>Apply %1 changes</source>
        <translation>应用 %1 的更改</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>正在应用…</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>未应用：%1</translation>
    </message>
    <message>
        <source>Pending until the VM restarts:</source>
        <translation>虚拟机重启后才生效：</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>Revert %1 changes</source>
        <translation>还原 %1 的更改</translation>
    </message>
    <message>
        <source>The VM&apos;s settings changed meanwhile; your edits are kept (Revert shows the new settings).</source>
        <translation>虚拟机的设置在此期间已被更改；你的编辑仍会保留（点击“还原”可显示新的设置）。</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>浏览以选择 %1</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
</context>
<context>
    <name>PendingBar</name>
    <message>
        <source>&amp;Force Off and Start</source>
        <translation>强制关闭并启动(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Shut Down and Start</source>
        <translation>关机并启动(&amp;S)</translation>
    </message>
    <message>
        <source>Changes pending until restart</source>
        <translation>重启后才生效的更改</translation>
    </message>
    <message>
        <source>Force off and start the VM</source>
        <translation>强制关闭并启动虚拟机</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>待生效的更改</translation>
    </message>
    <message>
        <source>Pending changes heading</source>
        <translation>待生效的更改标题</translation>
    </message>
    <message>
        <source>Restart progress</source>
        <translation>重启进度</translation>
    </message>
    <message>
        <source>Saved, but pending until the VM restarts:</source>
        <translation>已保存，但要等虚拟机重启后才生效：</translation>
    </message>
    <message>
        <source>Shut down and start the VM</source>
        <translation>关机并启动虚拟机</translation>
    </message>
    <message>
        <source>The guest has crashed: it cannot shut down. Force it off and start it.</source>
        <translation>客户机已崩溃：它无法关机。请强制关闭并启动它。</translation>
    </message>
</context>
<context>
    <name>PendingChange</name>
    <message>
        <source>%1 changed</source>
        <translation>%1 已更改</translation>
    </message>
    <message>
        <source>Action on crash</source>
        <translation>崩溃时的操作</translation>
    </message>
    <message>
        <source>Action on power-off</source>
        <translation>关机时的操作</translation>
    </message>
    <message>
        <source>Action on reboot</source>
        <translation>重启时的操作</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>已添加 %1</translation>
    </message>
    <message>
        <source>Boot and firmware settings</source>
        <translation>引导和固件设置</translation>
    </message>
    <message>
        <source>CPU model or topology</source>
        <translation>CPU 型号或拓扑</translation>
    </message>
    <message>
        <source>CPU tuning</source>
        <translation>CPU 调优</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>已更改 %1</translation>
    </message>
    <message>
        <source>Changed %1 to %2</source>
        <translation>已将 %1 更改为 %2</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>时钟</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Hypervisor features</source>
        <translation>虚拟化管理程序功能</translation>
    </message>
    <message>
        <source>Maximum memory: %1 MiB → %2 MiB</source>
        <translation>内存上限：%1 MiB → %2 MiB</translation>
    </message>
    <message>
        <source>Maximum vCPUs: %1 → %2</source>
        <translation>虚拟 CPU 上限：%1 → %2</translation>
    </message>
    <message>
        <source>Memory backing</source>
        <translation>内存后端</translation>
    </message>
    <message>
        <source>Memory: %1 MiB → %2 MiB</source>
        <translation>内存：%1 MiB → %2 MiB</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>元数据</translation>
    </message>
    <message>
        <source>Moved %1 to %2</source>
        <translation>已将 %1 移至 %2</translation>
    </message>
    <message>
        <source>NUMA tuning</source>
        <translation>NUMA 调优</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Power management</source>
        <translation>电源管理</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>已移除 %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>vCPUs: %1 → %2</source>
        <translation>虚拟 CPU：%1 → %2</translation>
    </message>
</context>
<context>
    <name>PerformancePage</name>
    <message>
        <source>Performance</source>
        <translation>性能</translation>
    </message>
</context>
<context>
    <name>PerformancePanel</name>
    <message>
        <source>%1 is not connected</source>
        <translation>%1 没有连接</translation>
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
        <translation>CPU 图表</translation>
    </message>
    <message>
        <source>Could not read the VM&apos;s performance: %1</source>
        <translation>无法读取虚拟机的性能：%1</translation>
    </message>
    <message>
        <source>Disk I/O</source>
        <translation>磁盘 I/O</translation>
    </message>
    <message>
        <source>Disk I/O graph</source>
        <translation>磁盘 I/O 图表</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Memory graph</source>
        <translation>内存图表</translation>
    </message>
    <message>
        <source>Network I/O</source>
        <translation>网络 I/O</translation>
    </message>
    <message>
        <source>Network I/O graph</source>
        <translation>网络 I/O 图表</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>性能</translation>
    </message>
    <message>
        <source>Performance status</source>
        <translation>性能状态</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>Sampled every %1 s</source>
        <translation>每 %1 秒采样一次</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>The VM is not running</source>
        <translation>虚拟机没有在运行</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已用</translation>
    </message>
    <message>
        <source>Waiting for the first samples…</source>
        <translation>正在等待第一批采样…</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>写入</translation>
    </message>
</context>
<context>
    <name>PinBox</name>
    <message>
        <source>Address to give this VM</source>
        <translation>要给这台虚拟机的地址</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Always g&amp;ive this VM this address</source>
        <translation>总是给这台虚拟机这个地址(&amp;I)</translation>
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
        <source>Network %1 always gives this card %2 once the VM restarts with its new MAC address %3.</source>
        <translation>虚拟机以新的 MAC 地址 %3 重启后，网络 %1 总是把 %2 分配给这块网卡。</translation>
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
        <source>Network %1 gives this card %2 under its current MAC address %3; when the VM shuts down while kvmgui is connected to this host, the address moves to %4, the card&apos;s MAC address from the next start.</source>
        <translation>网络 %1 以这块网卡当前的 MAC 地址 %3 分配给它 %2；虚拟机在 kvmgui 连接到这台主机时关机，地址就会移至 %4，即网卡下次启动起的 MAC 地址。</translation>
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
        <source>Pinned for %1: the VM gets %2 when it restarts with that MAC address.</source>
        <translation>已为 %1 固定：虚拟机以这个 MAC 地址重启时会获得 %2。</translation>
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
        <source>Sh&amp;ow Command</source>
        <translation>显示命令(&amp;O)</translation>
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
        <source>%1 cannot be used: %2.</source>
        <translation>无法使用 %1：%2。</translation>
    </message>
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
    <name>PoolModel</name>
    <message>
        <source>%1 free of %2</source>
        <translation>可用 %1，共 %2</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>分配量</translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation>自动启动</translation>
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
        <translation>容量 %1，已分配 %2，可用 %3</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>非活动</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Transient</source>
        <translation>临时</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>使用情况</translation>
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
        <translation>构建：在设备上创建 ZFS 池(&amp;U)</translation>
    </message>
    <message>
        <source>B&amp;uild: create the directory (if it is not there)</source>
        <translation>构建：创建目录（如果不存在）(&amp;U)</translation>
    </message>
    <message>
        <source>B&amp;uild: create the mount point (if it is not there)</source>
        <translation>构建：创建挂载点（如果不存在）(&amp;U)</translation>
    </message>
    <message>
        <source>B&amp;uild: create the volume group on the devices</source>
        <translation>构建：在设备上创建卷组(&amp;U)</translation>
    </message>
    <message>
        <source>B&amp;uild: make the file system on the device</source>
        <translation>构建：在设备上创建文件系统(&amp;U)</translation>
    </message>
    <message>
        <source>B&amp;uild: write a new partition table on the disk</source>
        <translation>构建：在磁盘上写入新的分区表(&amp;U)</translation>
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
    <name>PoolTypePage</name>
    <message>
        <source>A ZFS pool; each volume is a zvol.</source>
        <translation>ZFS 池；每个卷都是一个 zvol。</translation>
    </message>
    <message>
        <source>A block device with a file system (ext4, XFS …) that libvirt mounts; image files on it.</source>
        <translation>带文件系统（ext4、XFS …）的块设备，由 libvirt 挂载；镜像文件存放在上面。</translation>
    </message>
    <message>
        <source>A whole disk; each volume is a partition.</source>
        <translation>整块磁盘；每个卷都是一个分区。</translation>
    </message>
    <message>
        <source>An LVM volume group; each volume is a logical volume.</source>
        <translation>LVM 卷组；每个卷都是一个逻辑卷。</translation>
    </message>
    <message>
        <source>An NFS export, a CIFS share or a GlusterFS volume that libvirt mounts; image files on it.</source>
        <translation>由 libvirt 挂载的 NFS 导出目录、CIFS 共享或 GlusterFS 卷；镜像文件存放在上面。</translation>
    </message>
    <message>
        <source>Files in a Gluster volume, reached by QEMU natively.</source>
        <translation>Gluster 卷中的文件，由 QEMU 原生访问。</translation>
    </message>
    <message>
        <source>Image files in a directory of the host.</source>
        <translation>主机上某个目录中的镜像文件。</translation>
    </message>
    <message>
        <source>Images in a Ceph pool, over the network.</source>
        <translation>Ceph 池中的镜像，通过网络访问。</translation>
    </message>
    <message>
        <source>The LUNs of a SCSI host adapter or a Fibre Channel vHBA.</source>
        <translation>SCSI 主机适配器或光纤通道 vHBA 的 LUN。</translation>
    </message>
    <message>
        <source>The LUNs of an iSCSI target, logged in by the host&apos;s initiator.</source>
        <translation>iSCSI 目标的 LUN，由主机的发起程序登录。</translation>
    </message>
    <message>
        <source>The LUNs of an iSCSI target, reached by QEMU directly (libiscsi).</source>
        <translation>iSCSI 目标的 LUN，由 QEMU 直接访问（libiscsi）。</translation>
    </message>
    <message>
        <source>The host&apos;s multipath devices.</source>
        <translation>主机的多路径设备。</translation>
    </message>
</context>
<context>
    <name>PoolWizard</name>
    <message>
        <source>Add Storage Pool — %1</source>
        <translation>添加存储池 — %1</translation>
    </message>
    <message>
        <source>Add storage pool</source>
        <translation>添加存储池</translation>
    </message>
    <message>
        <source>Could not check the XML against libvirt&apos;s schema: %1.</source>
        <translation>无法根据 libvirt 的 schema 检查 XML：%1。</translation>
    </message>
    <message>
        <source>Create pool %1</source>
        <translation>创建存储池 %1</translation>
    </message>
    <message>
        <source>Line %1: %2.</source>
        <translation>第 %1 行：%2。</translation>
    </message>
    <message>
        <source>The XML does not parse: %1.</source>
        <translation>无法解析 XML：%1。</translation>
    </message>
    <message>
        <source>The pool needs a &lt;name&gt;.</source>
        <translation>池需要 &lt;name&gt;。</translation>
    </message>
    <message>
        <source>The pool&apos;s name begins or ends with a blank, which libvirt would keep as part of it; remove it.</source>
        <translation>池名称的开头或结尾有空格，libvirt 会把它当作名称的一部分；请删除。</translation>
    </message>
    <message>
        <source>The pool&apos;s name cannot contain &apos;/&apos; or line breaks.</source>
        <translation>池名称不能包含“/”或换行。</translation>
    </message>
    <message>
        <source>The root element must be &lt;pool&gt;, not &lt;%1&gt;.</source>
        <translation>根元素必须是 &lt;pool&gt;，而不是 &lt;%1&gt;。</translation>
    </message>
    <message>
        <source>This host already has a storage pool named %1.</source>
        <translation>这台主机已经有名为 %1 的存储池。</translation>
    </message>
    <message>
        <source>This host cannot run pools of type %1.</source>
        <translation>这台主机无法运行 %1 类型的池。</translation>
    </message>
    <message>
        <source>Write the monitors as host or host:port, separated by commas.</source>
        <translation>请以 host 或 host:port 的格式填写监视器，并以逗号分隔。</translation>
    </message>
    <message>
        <source>kvmgui cannot create pools of type %1.</source>
        <translation>kvmgui 无法创建 %1 类型的池。</translation>
    </message>
</context>
<context>
    <name>PowerControl</name>
    <message>
        <source>%1 was not done: a restart of the VM began meanwhile.</source>
        <translation>未执行 %1：虚拟机在此期间开始重启。</translation>
    </message>
    <message>
        <source>%1 was not done: the VM is being deleted.</source>
        <translation>未执行 %1：虚拟机正在删除。</translation>
    </message>
    <message>
        <source>%1 was not done: the VM is being saved.</source>
        <translation>未执行 %1：虚拟机正在保存。</translation>
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
        <translation>显示“%1”列</translation>
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
        <translation>网络 %1 已启动并重新连接了 %2，但无法重新连接 %3</translation>
    </message>
    <message>
        <source>Network %1 was started, but could not reconnect %2</source>
        <translation>网络 %1 已启动，但无法重新连接 %2</translation>
    </message>
    <message>
        <source>Network %1 was started, but the running VMs on it could not be reconnected: %2</source>
        <translation>网络 %1 已启动，但无法重新连接其上运行中的虚拟机：%2</translation>
    </message>
    <message>
        <source>Network %1 was started; reconnected the running VMs on it: %2.</source>
        <translation>网络 %1 已启动；已重新连接其上运行中的虚拟机：%2。</translation>
    </message>
    <message>
        <source>its card %1 was left on bridge %2 directly, not through network &apos;%3&apos;, until the VM shuts down: %4</source>
        <translation>其网卡 %1 被留在直接连接网桥 %2，而非经由网络“%3”，直到虚拟机关机为止：%4</translation>
    </message>
    <message>
        <source>its card %1 was left on network &apos;%2&apos;, not on bridge %3 directly, until the VM shuts down: %4</source>
        <translation>其网卡 %1 被留在网络“%2”上，而非直接连接网桥 %3，直到虚拟机关机为止：%4</translation>
    </message>
    <message>
        <source>this host cannot change the card of a running VM: shut it down and start it again to reconnect it (%1)</source>
        <translation>此主机无法更改运行中虚拟机的网卡：请将其关机后再启动以重新连接（%1）</translation>
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
        <translation>调整大小(&amp;R)</translation>
    </message>
    <message>
        <source>Current capacity</source>
        <translation>当前容量</translation>
    </message>
    <message>
        <source>Current capacity:</source>
        <translation>当前容量：</translation>
    </message>
    <message>
        <source>New capacity</source>
        <translation>新容量</translation>
    </message>
    <message>
        <source>Resize Volume %1</source>
        <translation>调整卷 %1 的大小</translation>
    </message>
    <message>
        <source>Resize note</source>
        <translation>调整大小说明</translation>
    </message>
    <message>
        <source>Resize volume</source>
        <translation>调整卷大小</translation>
    </message>
    <message>
        <source>Shrink volume</source>
        <translation>缩小卷</translation>
    </message>
    <message>
        <source>Shrink volume %1 from %2 to %3? Everything stored beyond %3 is destroyed, and a guest whose file system spans it will break.</source>
        <translation>要将卷 %1 从 %2 缩小到 %3 吗？存储在 %3 之后的所有数据都会被销毁，文件系统跨越该范围的客户机将会损坏。</translation>
    </message>
    <message>
        <source>Smaller than now: shrinking destroys the data beyond the new end.</source>
        <translation>比当前小：缩小会销毁新结尾之后的数据。</translation>
    </message>
    <message>
        <source>The capacity must be more than zero.</source>
        <translation>容量必须大于零。</translation>
    </message>
    <message>
        <source>The volume was resized elsewhere: its capacity is now %1.</source>
        <translation>这个卷已在别处调整过大小：它现在的容量是 %1。</translation>
    </message>
    <message>
        <source>These running VMs use it from their next start (it is not open now): %1.</source>
        <translation>这些运行中的虚拟机要到下次启动时才会使用它（现在并未打开它）：%1。</translation>
    </message>
    <message>
        <source>These stopped VMs use it: %1.</source>
        <translation>这些已停止的虚拟机正在使用它：%1。</translation>
    </message>
    <message>
        <source>This is the volume&apos;s capacity now.</source>
        <translation>这是卷当前的容量。</translation>
    </message>
    <message>
        <source>resize %1</source>
        <translation>调整 %1 的大小</translation>
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
        <translation>已请求客户机关机；正在等待它停止…</translation>
    </message>
    <message>
        <source>Forcing the VM off and starting it again…</source>
        <translation>正在强制关闭虚拟机并重新启动…</translation>
    </message>
    <message>
        <source>Restart failed: %1</source>
        <translation>重启失败：%1</translation>
    </message>
    <message>
        <source>Restarted: the VM now runs with its saved settings.</source>
        <translation>已重启：虚拟机现在以已保存的设置运行。</translation>
    </message>
    <message>
        <source>Resuming the paused VM so that its guest can shut down…</source>
        <translation>正在继续运行已暂停的虚拟机，以便客户机能够关机…</translation>
    </message>
    <message>
        <source>Starting the VM…</source>
        <translation>正在启动虚拟机…</translation>
    </message>
    <message>
        <source>The VM is being deleted, so it was not restarted.</source>
        <translation>正在删除此虚拟机，因此没有重启它。</translation>
    </message>
    <message>
        <source>The VM is being saved, so it was not restarted. Once it is saved, Run resumes it; restart it then for the changes.</source>
        <translation>正在保存此虚拟机，因此没有重启它。保存完成后，“运行”会让它继续；之后再重启它以应用更改。</translation>
    </message>
    <message>
        <source>The VM was paused while its guest was asked to shut down, so it was not restarted. Resume it, then restart it.</source>
        <translation>客户机被要求关机时，虚拟机被暂停了，所以没有重启。请先让它继续，再重启它。</translation>
    </message>
    <message>
        <source>The connection to %1 was lost while the restart waited for the VM, so it was not restarted; the VM may be off now.</source>
        <translation>重启等待虚拟机时，与 %1 的连接断开了，所以没有重启；虚拟机现在可能已关闭。</translation>
    </message>
    <message>
        <source>The guest did not shut down within %1 s, so it was not restarted. It may ignore the power button; Force off and start works regardless.</source>
        <translation>客户机没有在 %1 秒内关机，所以没有重启。它可能会忽略电源按钮；改用“强制关闭并启动”则一定有效。</translation>
    </message>
    <message>
        <source>The guest has crashed: it cannot shut down, so the VM was not restarted. Force off and start restarts it.</source>
        <translation>客户机已崩溃：它无法关机，所以虚拟机没有重新启动。“强制关闭并启动”可以重新启动它。</translation>
    </message>
    <message>
        <source>The suspended VM did not wake up within %1 s, so it was not restarted. Force off and start works regardless.</source>
        <translation>已挂起的虚拟机没有在 %1 秒内唤醒，所以没有重启。改用“强制关闭并启动”则一定有效。</translation>
    </message>
    <message>
        <source>Waking the suspended VM so that its guest can shut down…</source>
        <translation>正在唤醒已挂起的虚拟机，以便客户机能够关机…</translation>
    </message>
</context>
<context>
    <name>RestartVm</name>
    <message>
        <source>the VM is no longer defined, so stopping it would remove it; it was left as it is</source>
        <translation>虚拟机已不再有定义，停止它会将它移除；已保持原状</translation>
    </message>
    <message>
        <source>the VM was saved meanwhile, so it was left off: started, it would resume where it was saved, without the changes. Run resumes it</source>
        <translation>虚拟机在此期间已被保存，因此保持关机：若启动，它会从保存的状态继续，而不会应用这些更改。“运行”会让它继续</translation>
    </message>
</context>
<context>
    <name>RngForm</name>
    <message>
        <source>Host &amp;source:</source>
        <translation>主机来源(&amp;S)：</translation>
    </message>
    <message>
        <source>Host entropy source</source>
        <translation>主机熵源</translation>
    </message>
    <message>
        <source>New RNG</source>
        <translation>新随机数生成器（RNG）</translation>
    </message>
    <message>
        <source>The entropy source is a host device such as /dev/urandom</source>
        <translation>熵源是主机上的设备，例如 /dev/urandom</translation>
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
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Remember in the desktop&apos;s secret store</source>
        <translation>记住在桌面的密钥存储中(&amp;R)</translation>
    </message>
    <message>
        <source>Cannot remember it: no secret store (Secret Service, such as GNOME Keyring or KWallet) is running.</source>
        <translation>无法记住：没有正在运行的密钥存储（Secret Service，例如 GNOME Keyring 或 KWallet）。</translation>
    </message>
    <message>
        <source>Cannot remember it: the Python package keyring or secretstorage is installed but failed to load.</source>
        <translation>无法记住：已安装 Python 软件包 keyring 或 secretstorage，但加载失败。</translation>
    </message>
    <message>
        <source>Cannot remember it: the Python package keyring or secretstorage is not installed, or too old.</source>
        <translation>无法记住：未安装 Python 软件包 keyring 或 secretstorage，或版本太旧。</translation>
    </message>
    <message>
        <source>Cannot remember it: the secret store could not be checked.</source>
        <translation>无法记住：无法检查密钥存储。</translation>
    </message>
    <message>
        <source>Passphrase of the key %1:</source>
        <translation>密钥 %1 的口令：</translation>
    </message>
    <message>
        <source>Password for %1 on %2:</source>
        <translation>%2 上 %1 的密码：</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Remember in the desktop&apos;s secret store</source>
        <translation>记住在桌面的密钥存储中</translation>
    </message>
    <message>
        <source>SSH login — %1</source>
        <translation>SSH 登录 — %1</translation>
    </message>
    <message>
        <source>That was not accepted. Try again.</source>
        <translation>未被接受，请重试。</translation>
    </message>
    <message>
        <source>The remembered answer was not accepted and is forgotten now. Type the right one.</source>
        <translation>记住的答案未被接受，现已忘记。请输入正确的答案。</translation>
    </message>
    <message>
        <source>The remembered answer was not accepted, and the secret store could not forget it. Type the right one.</source>
        <translation>记住的答案未被接受，且密钥存储无法将其忘记。请输入正确的答案。</translation>
    </message>
    <message>
        <source>Why it cannot be remembered</source>
        <translation>为何无法记住</translation>
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
    <name>SerialForm</name>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>New serial port %1</source>
        <translation>新串口 %1</translation>
    </message>
    <message>
        <source>New virtio console</source>
        <translation>新 virtio 控制台</translation>
    </message>
    <message>
        <source>Serial device type</source>
        <translation>串口设备类型</translation>
    </message>
    <message>
        <source>Serial port (pty)</source>
        <translation>串口（pty）</translation>
    </message>
    <message>
        <source>Virtio console (pty)</source>
        <translation>Virtio 控制台（pty）</translation>
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
        <translation>将某一行添加到选择中，或从选择中移除</translation>
    </message>
    <message>
        <source>Alt+letter</source>
        <translation>Alt+字母</translation>
    </message>
    <message>
        <source>Close a dialog</source>
        <translation>关闭对话框</translation>
    </message>
    <message>
        <source>Context menu of the selected row</source>
        <translation>所选行的右键菜单</translation>
    </message>
    <message>
        <source>Ctrl+Space, Shift+arrows</source>
        <translation>Ctrl+Space、Shift+方向键</translation>
    </message>
    <message>
        <source>Ctrl+Tab, Ctrl+Shift+Tab</source>
        <translation>Ctrl+Tab、Ctrl+Shift+Tab</translation>
    </message>
    <message>
        <source>Details window</source>
        <translation>详细信息窗口</translation>
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
        <translation>F10，或 Alt+菜单的字母</translation>
    </message>
    <message>
        <source>In every window</source>
        <translation>所有窗口通用</translation>
    </message>
    <message>
        <source>Menu, Shift+F10</source>
        <translation>Menu 键、Shift+F10</translation>
    </message>
    <message>
        <source>Next or previous control</source>
        <translation>下一个或上一个控件</translation>
    </message>
    <message>
        <source>Next or previous tab (host details)</source>
        <translation>下一个或上一个标签页（主机详细信息）</translation>
    </message>
    <message>
        <source>Open the menu bar</source>
        <translation>打开菜单栏</translation>
    </message>
    <message>
        <source>Press the underlined letter of a label, button or tab</source>
        <translation>按下标签、按钮或标签页上带下划线的字母</translation>
    </message>
    <message>
        <source>Select, or tick a check box</source>
        <translation>选择，或勾选复选框</translation>
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
        <translation>对话框的默认按钮</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Action or key</source>
        <translation>操作或按键</translation>
    </message>
    <message>
        <source>Actions and their keys</source>
        <translation>操作及其按键</translation>
    </message>
    <message>
        <source>Close the keyboard shortcuts</source>
        <translation>关闭键盘快捷键</translation>
    </message>
    <message>
        <source>Find an action or a key</source>
        <translation>查找操作或按键</translation>
    </message>
    <message>
        <source>From the menu</source>
        <translation>从菜单</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts — kvmgui</source>
        <translation>键盘快捷键 — kvmgui</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>SizeEdit</name>
    <message>
        <source>%1 unit</source>
        <translation>%1 单位</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <source>&amp;Adapter:</source>
        <translation>适配器(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Ceph pool:</source>
        <translation>Ceph 池(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Directory:</source>
        <translation>目录(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;File system:</source>
        <translation>文件系统(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Initiator IQN:</source>
        <translation>发起程序 IQN(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Log in with a user name and a libvirt secret</source>
        <translation>以用户名和 libvirt secret 登录(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;More monitors:</source>
        <translation>其他监视器(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Mount options (one per line):</source>
        <translation>挂载选项（每行一个）(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Target IQN:</source>
        <translation>目标 IQN(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;WWNN:</source>
        <translation>WWNN(&amp;W)：</translation>
    </message>
    <message>
        <source>Adapter na&amp;me:</source>
        <translation>适配器名称(&amp;M)：</translation>
    </message>
    <message>
        <source>Adapter name</source>
        <translation>适配器名称</translation>
    </message>
    <message>
        <source>Adapter type</source>
        <translation>适配器类型</translation>
    </message>
    <message>
        <source>De&amp;vice:</source>
        <translation>设备(&amp;V)：</translation>
    </message>
    <message>
        <source>De&amp;vices (one per line):</source>
        <translation>设备（每行一个）(&amp;V)：</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备列表</translation>
    </message>
    <message>
        <source>Exported &amp;directory:</source>
        <translation>导出的目录(&amp;D)：</translation>
    </message>
    <message>
        <source>Fibre Channel vHBA (NPIV)</source>
        <translation>光纤通道 vHBA（NPIV）</translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation>格式(&amp;R)：</translation>
    </message>
    <message>
        <source>Gluster &amp;volume:</source>
        <translation>Gluster 卷(&amp;V)：</translation>
    </message>
    <message>
        <source>Initiator IQN</source>
        <translation>发起程序 IQN</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>More monitors</source>
        <translation>其他监视器</translation>
    </message>
    <message>
        <source>Mount options</source>
        <translation>挂载选项</translation>
    </message>
    <message>
        <source>P&amp;rotocol:</source>
        <translation>协议(&amp;R)：</translation>
    </message>
    <message>
        <source>Parent &amp;HBA:</source>
        <translation>父 HBA(&amp;H)：</translation>
    </message>
    <message>
        <source>Parent adapter</source>
        <translation>父适配器</translation>
    </message>
    <message>
        <source>Partition &amp;table:</source>
        <translation>分区表(&amp;T)：</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>S&amp;ecret:</source>
        <translation>Secret(&amp;E)：</translation>
    </message>
    <message>
        <source>S&amp;hare:</source>
        <translation>共享(&amp;H)：</translation>
    </message>
    <message>
        <source>SCSI host adapter</source>
        <translation>SCSI 主机适配器</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>libvirt secret</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Source &amp;name:</source>
        <translation>来源名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Source format</source>
        <translation>来源格式</translation>
    </message>
    <message>
        <source>Source name</source>
        <translation>来源名称</translation>
    </message>
    <message>
        <source>Source path</source>
        <translation>来源路径</translation>
    </message>
    <message>
        <source>Sub&amp;directory (optional):</source>
        <translation>子目录（可选）(&amp;D)：</translation>
    </message>
    <message>
        <source>Target IQN</source>
        <translation>目标 IQN</translation>
    </message>
    <message>
        <source>Tell libvirt where the pool&apos;s storage is.</source>
        <translation>告诉 libvirt 池的存储在哪里。</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Volume &amp;group:</source>
        <translation>卷组(&amp;G)：</translation>
    </message>
    <message>
        <source>WW&amp;PN:</source>
        <translation>WWPN(&amp;P)：</translation>
    </message>
    <message>
        <source>World wide node name</source>
        <translation>全球节点名称（WWNN）</translation>
    </message>
    <message>
        <source>World wide port name</source>
        <translation>全球端口名称（WWPN）</translation>
    </message>
    <message>
        <source>ZFS &amp;pool:</source>
        <translation>ZFS 池(&amp;P)：</translation>
    </message>
    <message>
        <source>chosen by libvirt</source>
        <translation>由 libvirt 选择</translation>
    </message>
    <message>
        <source>the host&apos;s own</source>
        <translation>主机自身的 IQN</translation>
    </message>
    <message>
        <source>the pool&apos;s name</source>
        <translation>池的名称</translation>
    </message>
    <message>
        <source>the secret&apos;s UUID or usage name</source>
        <translation>secret 的 UUID 或用途名称</translation>
    </message>
</context>
<context>
    <name>SourceSearch</name>
    <message>
        <source>&amp;Cancel Search</source>
        <translation>取消搜索(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Find Sources</source>
        <translation>查找来源(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel search</source>
        <translation>取消搜索</translation>
    </message>
    <message>
        <source>F&amp;ound sources (choose one to fill in the fields):</source>
        <translation>找到的来源（选择一个即可自动填写）(&amp;O)：</translation>
    </message>
    <message>
        <source>Find sources</source>
        <translation>查找来源</translation>
    </message>
    <message numerus="yes">
        <source>Found %n source(s).</source>
        <translation>
            <numerusform>找到 %n 个来源。</numerusform>
        </translation>
    </message>
    <message>
        <source>Found sources</source>
        <translation>找到的来源</translation>
    </message>
    <message>
        <source>No sources found.</source>
        <translation>未找到来源。</translation>
    </message>
    <message>
        <source>Search cancelled.</source>
        <translation>已取消搜索。</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>搜索状态</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>搜索中</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
</context>
<context>
    <name>StateGroup</name>
    <message>
        <source>Active</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Crashed</source>
        <translation>已崩溃</translation>
    </message>
    <message>
        <source>Paused or suspended</source>
        <translation>已暂停或已挂起</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Shut off</source>
        <translation>已关机</translation>
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
        <source>could not resume after a job</source>
        <translation>作业结束后无法继续</translation>
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
        <source>post-copy failed</source>
        <translation>后复制失败</translation>
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
    <name>StaticHostsEditor</name>
    <message>
        <source>&amp;Add host</source>
        <translation>添加主机(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove host</source>
        <translation>移除主机(&amp;R)</translation>
    </message>
    <message>
        <source>Add static host</source>
        <translation>添加静态主机</translation>
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
    <message>
        <source>Remove static host</source>
        <translation>移除静态主机</translation>
    </message>
    <message>
        <source>Static DHCP hosts</source>
        <translation>静态 DHCP 主机</translation>
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
    <name>StorageForm</name>
    <message>
        <source>%1 problem</source>
        <translation>%1 问题</translation>
    </message>
</context>
<context>
    <name>StorageOps</name>
    <message>
        <source>%1 cannot be copied while these running VMs write on it: %2. A copy taken meanwhile may be damaged; shut them down first</source>
        <translation>这些运行中的虚拟机正在写入 %1，因此无法复制：%2。此时得到的副本可能已损坏；请先将它们关机</translation>
    </message>
    <message>
        <source>%1 cannot be deleted while a running VM uses it: %2</source>
        <translation>运行中的虚拟机正在使用 %1，因此无法删除：%2</translation>
    </message>
    <message>
        <source>%1 cannot be overwritten while these running VMs use it: %2. Shut them down first</source>
        <translation>这些运行中的虚拟机正在使用 %1，因此无法覆盖：%2。请先将它们关机</translation>
    </message>
    <message>
        <source>%1 cannot be shrunk while a running VM uses it: %2</source>
        <translation>运行中的虚拟机正在使用 %1，因此无法缩小：%2</translation>
    </message>
    <message>
        <source>%1 cannot be wiped while these running VMs use it: %2. Shut them down first</source>
        <translation>这些运行中的虚拟机正在使用 %1，因此无法擦除：%2。请先将它们关机</translation>
    </message>
    <message>
        <source>%1 is a disk of several running VMs (%2): only one guest would be told of the new size. Stop the others to grow it</source>
        <translation>%1 是多台运行中虚拟机（%2）的磁盘：只有一个客户机会得知新的大小。请先停止其他虚拟机再扩大它</translation>
    </message>
    <message>
        <source>%1 is a disk of these stopped VMs: %2</source>
        <translation>%1 是这些已停止虚拟机的磁盘：%2</translation>
    </message>
    <message>
        <source>%1 is a disk of these stopped VMs: %2. These running VMs use it from their next start (it is not open now): %3</source>
        <translation>%1 是这些已停止虚拟机的磁盘：%2。这些运行中的虚拟机要到下次启动时才会使用它（现在并未打开它）：%3</translation>
    </message>
    <message>
        <source>%1 is now a disk of %2, which opened it after the check. A copy taken while they write on it may be damaged: shut them down first</source>
        <translation>%1 现在是 %2 的磁盘，它们在检查之后才打开它。在它们写入时得到的副本可能已损坏：请先将它们关机</translation>
    </message>
    <message>
        <source>%1 is now also a disk of %2, which the question did not name</source>
        <translation>%1 现在也是 %2 的磁盘（询问时并未列出）</translation>
    </message>
    <message>
        <source>%1 is now in use by %2, which opened it after the question</source>
        <translation>%1 现在正由 %2 使用（在询问之后才打开它）</translation>
    </message>
    <message>
        <source>%1 is smaller than the volume&apos;s capacity of %2. Shrinking destroys the data beyond the new end; confirm it to go ahead.</source>
        <translation>%1 比卷的容量 %2 小。缩小会销毁新结尾之后的数据；请确认后再继续。</translation>
    </message>
    <message>
        <source>%1 is the backing file of a disk of these running VMs: %2. It cannot be resized until they are stopped</source>
        <translation>%1 是这些运行中虚拟机的磁盘所用的后备文件：%2。在它们停止之前无法调整其大小</translation>
    </message>
    <message>
        <source>Could not check which VMs use the storage: reading %1 failed: %2</source>
        <translation>无法检查哪些虚拟机使用这个存储：读取 %1 失败：%2</translation>
    </message>
    <message>
        <source>Could not check which VMs use the storage: the disk %1 of %2 is in no active pool, and its file system did not answer (is it a network mount that is down?).</source>
        <translation>无法检查哪些虚拟机使用这个存储：%2 的磁盘 %1 不在任何活动的池中，且它的文件系统没有响应（它是否位于已断开的网络挂载上？）。</translation>
    </message>
    <message>
        <source>Could not check which VMs use the storage: the disk %1 of %2 is in no active pool, and kvmgui cannot read which images lie under it.</source>
        <translation>无法检查哪些虚拟机使用这个存储：%2 的磁盘 %1 不在任何活动的池中，且 kvmgui 无法读取它下面有哪些镜像。</translation>
    </message>
    <message>
        <source>Could not check which VMs use the storage: the disk %1 of %2 is in no active pool, and kvmgui cannot read which images lie under it: %3.</source>
        <translation>无法检查哪些虚拟机使用这个存储：%2 的磁盘 %1 不在任何活动的池中，且 kvmgui 无法读取它下面有哪些镜像：%3。</translation>
    </message>
    <message>
        <source>Could not check which VMs use the storage: the disk %1 of %2 is not found, and its pool %3 is not running (is its storage not mounted?). Start the pool to check again.</source>
        <translation>无法检查哪些虚拟机使用这个存储：找不到 %2 的磁盘 %1，而它所在的池 %3 处于非活动状态（它的存储是否未挂载？）。请启动该池后再检查一次。</translation>
    </message>
    <message>
        <source>The pool&apos;s data cannot be deleted: these VMs use its storage: %1</source>
        <translation>无法删除池的数据：这些虚拟机使用它的存储：%1</translation>
    </message>
    <message>
        <source>These running VMs use %1 from their next start (it is not open now): %2</source>
        <translation>这些运行中的虚拟机要到下次启动时才会使用 %1（现在并未打开它）：%2</translation>
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
        <translation>创建新磁盘(&amp;C)</translation>
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
        <translation>卷(&amp;V)：</translation>
    </message>
    <message>
        <source>Create a new disk</source>
        <translation>创建新磁盘</translation>
    </message>
    <message>
        <source>Disk choice problem</source>
        <translation>磁盘选择问题</translation>
    </message>
    <message>
        <source>Disk format</source>
        <translation>磁盘格式</translation>
    </message>
    <message>
        <source>Disk image file</source>
        <translation>磁盘镜像文件</translation>
    </message>
    <message>
        <source>Disk images (*.qcow2 *.img *.raw)</source>
        <translation>磁盘镜像 (*.qcow2 *.img *.raw)</translation>
    </message>
    <message>
        <source>Disk size</source>
        <translation>磁盘大小</translation>
    </message>
    <message>
        <source>Existing volume</source>
        <translation>现有卷</translation>
    </message>
    <message>
        <source>Image &amp;file:</source>
        <translation>镜像文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Image forma&amp;t:</source>
        <translation>镜像格式(&amp;T)：</translation>
    </message>
    <message>
        <source>Image format</source>
        <translation>镜像格式</translation>
    </message>
    <message>
        <source>N&amp;o disk</source>
        <translation>不使用磁盘(&amp;O)</translation>
    </message>
    <message>
        <source>No disk</source>
        <translation>不使用磁盘</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Storage &amp;pool:</source>
        <translation>存储池(&amp;P)：</translation>
    </message>
    <message>
        <source>Storage pool</source>
        <translation>存储池</translation>
    </message>
    <message>
        <source>The VM boots the disk you choose here, as it is.</source>
        <translation>虚拟机会直接从你在这里选择的磁盘引导，不做任何更改。</translation>
    </message>
    <message>
        <source>The cloud image stays unchanged: the new disk (qcow2) keeps only the VM&apos;s changes, and is at least as large as the image.</source>
        <translation>云镜像保持不变：新磁盘（qcow2）只保存虚拟机的更改，大小至少与镜像相同。</translation>
    </message>
    <message>
        <source>The volumes of storage pool %1 (%2) have no file format: the new disk is raw.</source>
        <translation>存储池 %1（%2）的卷没有文件格式：新磁盘为 raw 格式。</translation>
    </message>
    <message>
        <source>Use an &amp;existing volume</source>
        <translation>使用现有的卷(&amp;E)</translation>
    </message>
    <message>
        <source>Use an existing disk &amp;image file</source>
        <translation>使用现有的磁盘镜像文件(&amp;I)</translation>
    </message>
    <message>
        <source>Use an existing disk image file</source>
        <translation>使用现有的磁盘镜像文件</translation>
    </message>
    <message>
        <source>Use an existing volume</source>
        <translation>使用现有的卷</translation>
    </message>
    <message>
        <source>Volume na&amp;me:</source>
        <translation>卷名(&amp;M)：</translation>
    </message>
    <message>
        <source>Volume name</source>
        <translation>卷名</translation>
    </message>
    <message>
        <source>Where the VM keeps its disk.</source>
        <translation>虚拟机存放磁盘的位置。</translation>
    </message>
    <message>
        <source>qcow2</source>
        <translation>qcow2</translation>
    </message>
    <message>
        <source>qcow2 (grows as the guest writes; snapshots)</source>
        <translation>qcow2（随客户机写入而增长；支持快照）</translation>
    </message>
    <message>
        <source>raw</source>
        <translation>raw</translation>
    </message>
    <message>
        <source>raw (all space at once; a little faster)</source>
        <translation>raw（一次分配全部空间；稍快一些）</translation>
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
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>启动(&amp;S)</translation>
    </message>
    <message>
        <source>Add pool</source>
        <translation>添加池</translation>
    </message>
    <message>
        <source>Also delete the pool&apos;s data</source>
        <translation>同时删除池的数据</translation>
    </message>
    <message>
        <source>Also delete the pool&apos;s directory (libvirt removes it only when it is empty)</source>
        <translation>同时删除池的目录（libvirt 只会在目录为空时删除它）</translation>
    </message>
    <message>
        <source>Also delete the pool&apos;s mount point directory</source>
        <translation>同时删除池的挂载点目录</translation>
    </message>
    <message>
        <source>Also delete the volume group and every logical volume in it</source>
        <translation>同时删除卷组及其中的所有逻辑卷</translation>
    </message>
    <message>
        <source>Also destroy the ZFS pool and every volume in it</source>
        <translation>同时销毁 ZFS 池及其中的所有卷</translation>
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
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete pool</source>
        <translation>删除池</translation>
    </message>
    <message>
        <source>Delete storage pool</source>
        <translation>删除存储池</translation>
    </message>
    <message>
        <source>Delete the data of pool %1 for good? This cannot be undone.</source>
        <translation>要永久删除池 %1 的数据吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete the pool&apos;s data</source>
        <translation>删除池的数据</translation>
    </message>
    <message>
        <source>Delete the storage pool %1? It is stopped and its definition removed; its volumes and directory stay on the host.</source>
        <translation>要删除存储池 %1 吗？它会被停止并删除定义；它的卷和目录会保留在主机上。</translation>
    </message>
    <message>
        <source>Delete with its data</source>
        <translation>连同数据一起删除</translation>
    </message>
    <message>
        <source>Edit &amp;XML…</source>
        <translation>编辑 XML(&amp;X)…</translation>
    </message>
    <message>
        <source>Edit pool XML</source>
        <translation>编辑池 XML</translation>
    </message>
    <message>
        <source>Pool autostart</source>
        <translation>池自动启动</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Refresh pool</source>
        <translation>刷新池</translation>
    </message>
    <message>
        <source>S&amp;how Command</source>
        <translation>显示命令(&amp;H)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
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
        <source>Start pool</source>
        <translation>启动池</translation>
    </message>
    <message>
        <source>Start when the host &amp;boots</source>
        <translation>主机开机时启动(&amp;B)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop pool</source>
        <translation>停止池</translation>
    </message>
    <message>
        <source>Stop storage pool</source>
        <translation>停止存储池</translation>
    </message>
    <message>
        <source>Stop the storage pool %1? It is transient: once stopped, it is gone for good (its volumes stay on the host).</source>
        <translation>要停止存储池 %1 吗？它是临时的：一旦停止就永久消失（它的卷会保留在主机上）。</translation>
    </message>
    <message>
        <source>Storage &amp;pools</source>
        <translation>存储池(&amp;P)</translation>
    </message>
    <message>
        <source>Storage message</source>
        <translation>存储消息</translation>
    </message>
    <message>
        <source>Storage panel</source>
        <translation>存储面板</translation>
    </message>
    <message>
        <source>Storage pools</source>
        <translation>存储池</translation>
    </message>
    <message>
        <source>Volume %1</source>
        <translation>卷 %1</translation>
    </message>
    <message>
        <source>change autostart of %1</source>
        <translation>更改 %1 的自动启动</translation>
    </message>
    <message>
        <source>delete pool %1</source>
        <translation>删除池 %1</translation>
    </message>
    <message>
        <source>delete pool %1 and its data</source>
        <translation>删除池 %1 及其数据</translation>
    </message>
    <message>
        <source>refresh pool %1</source>
        <translation>刷新池 %1</translation>
    </message>
    <message>
        <source>start pool %1</source>
        <translation>启动池 %1</translation>
    </message>
    <message>
        <source>stop pool %1</source>
        <translation>停止池 %1</translation>
    </message>
</context>
<context>
    <name>SubnetPage</name>
    <message>
        <source>The gateway %1 is not in %2.</source>
        <translation>网关 %1 不在 %2 之内。</translation>
    </message>
</context>
<context>
    <name>SummaryColumn</name>
    <message>
        <source>Autostart</source>
        <translation>自动启动</translation>
    </message>
    <message>
        <source>Remaining problems</source>
        <translation>尚待解决的问题</translation>
    </message>
    <message>
        <source>Start it &amp;automatically when the host boots</source>
        <translation>主机开机时自动启动(&amp;A)</translation>
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
        <translation>%1，监听于 %2</translation>
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
            <numerusform>%n 个 SSH 密钥</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Domain XML that will be defined:</source>
        <translation>将要定义的域 XML(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Start the network now</source>
        <translation>立即启动网络(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Start the pool now</source>
        <translation>立即启动池(&amp;S)</translation>
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
        <translation>&lt;!-- 还无法生成 XML：%1 --&gt;</translation>
    </message>
    <message>
        <source>&lt;!-- cannot build the XML yet: %1 --&gt;</source>
        <translation>&lt;!-- 还无法构建 XML：%1 --&gt;</translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation>自动启动</translation>
    </message>
    <message>
        <source>BIOS</source>
        <translation>BIOS</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>网桥</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>构建</translation>
    </message>
    <message>
        <source>Building the pool…</source>
        <translation>正在构建池…</translation>
    </message>
    <message>
        <source>Check the VM. Finish creates exactly what the XML tab shows.</source>
        <translation>请检查虚拟机。点击“完成”将完全按照“XML”标签页所示的内容创建。</translation>
    </message>
    <message>
        <source>Check the network. Finish defines exactly the XML shown on the right.</source>
        <translation>请检查网络。点击“完成”将完全按照右侧显示的 XML 进行定义。</translation>
    </message>
    <message>
        <source>Check the pool. Finish defines exactly the XML shown on the right.</source>
        <translation>请检查池。点击“完成”将完全按照右侧显示的 XML 进行定义。</translation>
    </message>
    <message>
        <source>Cloud-init</source>
        <translation>Cloud-init</translation>
    </message>
    <message>
        <source>Could not check the XML against libvirt&apos;s schema: %1</source>
        <translation>无法根据 libvirt 的 schema 检查 XML：%1</translation>
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
        <translation>DNS 域名</translation>
    </message>
    <message>
        <source>Defining the pool…</source>
        <translation>正在定义池…</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>显示设备</translation>
    </message>
    <message>
        <source>Domain XML</source>
        <translation>域 XML</translation>
    </message>
    <message>
        <source>Domain XML problem</source>
        <translation>域 XML 问题</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <source>Edit the XML by &amp;hand (the other pages then no longer change it)</source>
        <translation>手动编辑 XML（之后其他页面就不会再更改它）(&amp;H)</translation>
    </message>
    <message>
        <source>Edit the XML by hand</source>
        <translation>手动编辑 XML</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>固件</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
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
        <translation>ISO 镜像 %1</translation>
    </message>
    <message>
        <source>ISO volume %1 in pool %2</source>
        <translation>池 %2 中的 ISO 卷 %1</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>安装方式</translation>
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
        <translation>由 libvirt 选择的 MAC</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Network XML</source>
        <translation>网络 XML</translation>
    </message>
    <message>
        <source>Network XML problem</source>
        <translation>网络 XML 问题</translation>
    </message>
    <message>
        <source>Network summary</source>
        <translation>网络摘要</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>注意：</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Pool XML</source>
        <translation>池 XML</translation>
    </message>
    <message>
        <source>Pool XML problem</source>
        <translation>池 XML 问题</translation>
    </message>
    <message>
        <source>Pool summary</source>
        <translation>池摘要</translation>
    </message>
    <message>
        <source>QEMU emulation</source>
        <translation>QEMU 模拟</translation>
    </message>
    <message>
        <source>Result of Finish</source>
        <translation>“完成”的结果</translation>
    </message>
    <message>
        <source>SPICE</source>
        <translation>SPICE</translation>
    </message>
    <message>
        <source>Show Co&amp;mmand</source>
        <translation>显示命令(&amp;M)</translation>
    </message>
    <message>
        <source>Show command</source>
        <translation>显示命令</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>立即启动</translation>
    </message>
    <message>
        <source>Start the network now</source>
        <translation>立即启动网络</translation>
    </message>
    <message>
        <source>Start the pool now</source>
        <translation>立即启动池</translation>
    </message>
    <message>
        <source>Starting the pool…</source>
        <translation>正在启动池…</translation>
    </message>
    <message>
        <source>Still to fix</source>
        <translation>仍需修复</translation>
    </message>
    <message>
        <source>Still to fix:</source>
        <translation>仍需修复：</translation>
    </message>
    <message>
        <source>Still to fix:
%1</source>
        <translation>仍需修复：
%1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Summary and XML</source>
        <translation>摘要和 XML</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>That failed; undoing what was done…</source>
        <translation>操作失败；正在撤销已完成的步骤…</translation>
    </message>
    <message>
        <source>The CPU topology makes %1 virtual CPUs but &lt;vcpu&gt; says %2: make them agree (libvirt refuses the VM otherwise).</source>
        <translation>CPU 拓扑构成 %1 个虚拟 CPU，但 &lt;vcpu&gt; 写的是 %2：请让两者一致（否则 libvirt 会拒绝这台虚拟机）。</translation>
    </message>
    <message>
        <source>The XML does not parse: %1</source>
        <translation>无法解析 XML：%1</translation>
    </message>
    <message>
        <source>The XML holds the UUID of the virtual machine &apos;%1&apos;: remove its &lt;uuid&gt; line (libvirt then makes one).</source>
        <translation>XML 包含虚拟机“%1”的 UUID：请移除其 &lt;uuid&gt; 这一行（libvirt 会另生成一个）。</translation>
    </message>
    <message>
        <source>The XML names the VM &apos;%1&apos;, the wizard &apos;%2&apos;: the disk and seed volumes are named after &apos;%2&apos;.</source>
        <translation>XML 将虚拟机命名为“%1”，向导则命名为“%2”：磁盘和种子卷会以“%2”命名。</translation>
    </message>
    <message>
        <source>The new virtual machine</source>
        <translation>新的虚拟机</translation>
    </message>
    <message>
        <source>The root element must be &lt;domain&gt;, not &lt;%1&gt;.</source>
        <translation>根元素必须是 &lt;domain&gt;，而不是 &lt;%1&gt;。</translation>
    </message>
    <message>
        <source>Turning autostart on…</source>
        <translation>正在开启自动启动…</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>UEFI</source>
        <translation>UEFI</translation>
    </message>
    <message>
        <source>UEFI with Secure Boot</source>
        <translation>UEFI（带安全启动）</translation>
    </message>
    <message>
        <source>VNC</source>
        <translation>VNC</translation>
    </message>
    <message>
        <source>Virtual CPUs</source>
        <translation>虚拟 CPU</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Worth a look:</source>
        <translation>值得注意：</translation>
    </message>
    <message>
        <source>boot the existing disk</source>
        <translation>从现有磁盘引导</translation>
    </message>
    <message>
        <source>chosen by libvirt</source>
        <translation>由 libvirt 选择</translation>
    </message>
    <message>
        <source>cloud image %1</source>
        <translation>云镜像 %1</translation>
    </message>
    <message>
        <source>host bridge %1</source>
        <translation>主机网桥 %1</translation>
    </message>
    <message>
        <source>kernel %1</source>
        <translation>内核 %1</translation>
    </message>
    <message>
        <source>macvtap on %1</source>
        <translation>%1 上的 macvtap</translation>
    </message>
    <message>
        <source>network boot (PXE)</source>
        <translation>网络引导（PXE）</translation>
    </message>
    <message>
        <source>new %1 volume %2 of %3 in pool %4</source>
        <translation>池 %4 中新的 %1 卷 %2，大小 %3</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>no password</source>
        <translation>无密码</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no subnet</comment>
        <translation>无</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>none: serial console only</source>
        <translation>无：仅串口控制台</translation>
    </message>
    <message>
        <source>off</source>
        <comment>DHCP</comment>
        <translation>关闭</translation>
    </message>
    <message>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>seed %1 in pool %2</source>
        <translation>池 %2 中的种子 %1</translation>
    </message>
    <message>
        <source>static hosts only</source>
        <comment>DHCP</comment>
        <translation>仅静态主机</translation>
    </message>
    <message>
        <source>the host&apos;s CD-ROM %1</source>
        <translation>主机的光驱 %1</translation>
    </message>
    <message>
        <source>the image&apos;s default user</source>
        <translation>镜像的默认用户</translation>
    </message>
    <message>
        <source>the machine&apos;s own</source>
        <translation>机器自带的固件</translation>
    </message>
    <message>
        <source>user %1, %2, %3; %4</source>
        <translation>用户 %1，%2，%3；%4</translation>
    </message>
    <message>
        <source>virtual network %1</source>
        <translation>虚拟网络 %1</translation>
    </message>
    <message>
        <source>volume %1 in pool %2</source>
        <translation>池 %2 中的卷 %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>yes, overwriting</source>
        <translation>是，覆盖</translation>
    </message>
</context>
<context>
    <name>TargetPage</name>
    <message>
        <source>&amp;Overwrite what is on the devices (destroys their data)</source>
        <translation>覆盖设备上的内容（会销毁其中的数据）(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Target path:</source>
        <translation>目标路径(&amp;T)：</translation>
    </message>
    <message>
        <source>Build the pool</source>
        <translation>构建池</translation>
    </message>
    <message>
        <source>Building with overwrite destroys everything stored on %1. Turn overwrite on?</source>
        <translation>以覆盖方式构建会销毁 %1 上存储的所有数据。要开启覆盖吗？</translation>
    </message>
    <message>
        <source>Choose where the pool&apos;s volumes appear on the host, and whether libvirt prepares the storage first.</source>
        <translation>选择池中的卷在主机上出现的位置，以及 libvirt 是否要先准备存储。</translation>
    </message>
    <message>
        <source>Optional: empty lets libvirt choose.</source>
        <translation>可选：留空则由 libvirt 选择。</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Target path</source>
        <translation>目标路径</translation>
    </message>
    <message>
        <source>Target path note</source>
        <translation>目标路径说明</translation>
    </message>
    <message>
        <source>Where the host shows the pool&apos;s devices.</source>
        <translation>主机显示池设备的位置。</translation>
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
        <comment>a command&apos;s title: its verb and what it acts on</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清空(&amp;L)</translation>
    </message>
    <message>
        <source>Clear the timeline</source>
        <translation>清空时间线</translation>
    </message>
    <message>
        <source>Event kind filter</source>
        <translation>事件类别筛选</translation>
    </message>
    <message>
        <source>Event timeline</source>
        <translation>事件时间线</translation>
    </message>
    <message>
        <source>Event timeline dock</source>
        <translation>事件时间线停靠面板</translation>
    </message>
    <message>
        <source>F&amp;ind event:</source>
        <translation>查找事件(&amp;I)：</translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation>筛选事件</translation>
    </message>
    <message>
        <source>Host, name, event or detail</source>
        <translation>主机、名称、事件或详细信息</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Show &amp;Command…</source>
        <translation>显示命令(&amp;C)…</translation>
    </message>
    <message>
        <source>Storage pools</source>
        <translation>存储池</translation>
    </message>
    <message>
        <source>Timeline entry</source>
        <translation>时间线条目</translation>
    </message>
    <message>
        <source>VMs</source>
        <translation>虚拟机</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>卷</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Detail</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Storage pool</source>
        <translation>存储池</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>虚拟机</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>卷</translation>
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
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel transfer</source>
        <translation>取消传输</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Download volume</source>
        <translation>下载卷</translation>
    </message>
    <message>
        <source>Downloading volume %1 to %2</source>
        <translation>正在将卷 %1 下载到 %2</translation>
    </message>
    <message>
        <source>Nothing has moved for a while: the host or the file&apos;s disk is busy or does not answer.</source>
        <translation>已有一段时间没有任何数据传输：主机或文件所在的磁盘正忙或没有响应。</translation>
    </message>
    <message>
        <source>Nothing was kept.</source>
        <translation>没有保留任何内容。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>The download has not stopped: it was finishing when cancelled, and the file&apos;s disk does not answer. If it answers again, the download completes and the file is kept. You may close this window.</source>
        <translation>下载尚未停止：取消时它正在完成，而文件所在的磁盘没有响应。若磁盘再次响应，下载会完成并保留该文件。您可以关闭此窗口。</translation>
    </message>
    <message>
        <source>The transfer failed: %1</source>
        <translation>传输失败：%1</translation>
    </message>
    <message>
        <source>The transfer has not stopped: the file&apos;s disk or the host does not answer. If they answer again, it stops there and removes what it made. You may close this window.</source>
        <translation>传输尚未停止：文件所在的磁盘或主机没有响应。若它们再次响应，传输会在那时停止并删除已创建的内容。您可以关闭此窗口。</translation>
    </message>
    <message>
        <source>The transfer has not stopped: the file&apos;s disk or the host does not answer. If they answer again, it stops there, and volume %1 may then hold part of the file over its old data. You may close this window.</source>
        <translation>传输尚未停止：文件所在的磁盘或主机没有响应。若它们再次响应，传输会在那时停止，卷 %1 届时可能有一部分已被文件覆盖了原来的数据。您可以关闭此窗口。</translation>
    </message>
    <message>
        <source>The upload was cancelled part way.</source>
        <translation>上传在中途被取消。</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>传输</translation>
    </message>
    <message>
        <source>Transfer error</source>
        <translation>传输错误</translation>
    </message>
    <message>
        <source>Transfer progress</source>
        <translation>传输进度</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>已传输</translation>
    </message>
    <message>
        <source>Upload to volume</source>
        <translation>上传到卷</translation>
    </message>
    <message>
        <source>Uploading %1 into volume %2</source>
        <translation>正在将 %1 上传到卷 %2</translation>
    </message>
    <message>
        <source>Volume %1 now holds the first %2 of the file over its old data: what it holds is damaged.</source>
        <translation>卷 %1 现在的开头是文件的前 %2，覆盖了它原来的数据：它的内容已损坏。</translation>
    </message>
    <message>
        <source>Volume %1, made for the upload, is left in the pool: it could not be deleted: %2</source>
        <translation>为上传而创建的卷 %1 留在池中：无法删除它：%2</translation>
    </message>
    <message>
        <source>Waiting for the folder %1…</source>
        <translation>正在等待文件夹 %1…</translation>
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
        <translation>%2 上的 %1：修复“%3”失败：%4</translation>
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
        <source>Fix</source>
        <translation>修复</translation>
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
        <source>Name to ping</source>
        <translation>要 ping 的名称</translation>
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
    <message>
        <source>“%1” is neither a host name nor an IP address: the guest is not asked to ping it.</source>
        <translation>“%1”既不是主机名也不是 IP 地址：不会要求客户机 ping 它。</translation>
    </message>
    <message>
        <source>“%1”, asked for earlier, has not answered yet: it can be asked again once it has.</source>
        <translation>之前请求的“%1”尚未响应：响应后才能再次请求。</translation>
    </message>
</context>
<context>
    <name>TypePage</name>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Checking which types this host supports…</source>
        <translation>正在检查这台主机支持哪些类型…</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>名称(&amp;A)：</translation>
    </message>
    <message>
        <source>Name and type</source>
        <translation>名称和类型</translation>
    </message>
    <message>
        <source>Name the pool and choose what kind of storage it holds.</source>
        <translation>为池命名，并选择它存放哪种存储。</translation>
    </message>
    <message>
        <source>Not available on this host: %1. Its libvirt has no storage driver for them.</source>
        <translation>这台主机上不可用：%1。它的 libvirt 没有对应的存储驱动程序。</translation>
    </message>
    <message>
        <source>Pool name</source>
        <translation>池名称</translation>
    </message>
    <message>
        <source>This host does not say which pool types it supports (libvirt before 5.2, or a driver without the call): all are offered, and libvirt refuses a type it cannot run when the pool is defined.</source>
        <translation>这台主机没有说明它支持哪些池类型（libvirt 5.2 之前的版本，或驱动程序不支持此调用）：所有类型都会列出，如果定义池时类型无法运行，libvirt 会拒绝。</translation>
    </message>
    <message>
        <source>This host supports every pool type.</source>
        <translation>这台主机支持所有池类型。</translation>
    </message>
    <message>
        <source>This host&apos;s libvirt has no storage driver for this type.</source>
        <translation>这台主机的 libvirt 没有这个类型的存储驱动程序。</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Type description</source>
        <translation>类型说明</translation>
    </message>
    <message>
        <source>Types not available</source>
        <translation>不可用的类型</translation>
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
    <name>VmAction</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: not while the VM is being restarted</source>
        <translation>%1：虚拟机正在重启，请等重启结束</translation>
    </message>
    <message>
        <source>%1: not while the VM is being saved</source>
        <translation>%1：虚拟机正在保存，请等保存完成</translation>
    </message>
    <message>
        <source>&amp;Force Off</source>
        <translation>强制关闭(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Shut Down</source>
        <translation>关机(&amp;S)</translation>
    </message>
    <message>
        <source>Could not force off &apos;%1&apos; on %2: %3</source>
        <translation>无法在 %2 上强制关闭“%1”：%3</translation>
    </message>
    <message>
        <source>Could not force reset &apos;%1&apos; on %2: %3</source>
        <translation>无法在 %2 上强制重置“%1”：%3</translation>
    </message>
    <message>
        <source>Could not pause &apos;%1&apos; on %2: %3</source>
        <translation>无法在 %2 上暂停“%1”：%3</translation>
    </message>
    <message>
        <source>Could not reboot &apos;%1&apos; on %2: %3</source>
        <translation>无法在 %2 上重启“%1”：%3</translation>
    </message>
    <message>
        <source>Could not resume &apos;%1&apos; on %2: %3</source>
        <translation>无法在 %2 上让“%1”继续运行：%3</translation>
    </message>
    <message>
        <source>Could not save &apos;%1&apos; on %2: %3</source>
        <translation>无法在 %2 上保存“%1”：%3</translation>
    </message>
    <message>
        <source>Could not shut down &apos;%1&apos; on %2: %3</source>
        <translation>无法在 %2 上将“%1”关机：%3</translation>
    </message>
    <message>
        <source>Could not start &apos;%1&apos; on %2: %3</source>
        <translation>无法在 %2 上启动“%1”：%3</translation>
    </message>
    <message>
        <source>Force Rese&amp;t</source>
        <translation>强制重置(&amp;T)</translation>
    </message>
    <message>
        <source>Force off %1? This is like pulling the power cord.</source>
        <translation>要强制关闭 %1 吗？这就像拔掉电源线。</translation>
    </message>
    <message>
        <source>Force reset %1? The guest gets no chance to save its work.</source>
        <translation>要强制重置 %1 吗？客户机将没有机会保存其工作。</translation>
    </message>
    <message>
        <source>Pause %1?</source>
        <translation>要暂停 %1 吗？</translation>
    </message>
    <message>
        <source>R&amp;esume</source>
        <translation>继续(&amp;E)</translation>
    </message>
    <message>
        <source>Re&amp;boot</source>
        <translation>重启(&amp;B)</translation>
    </message>
    <message>
        <source>Reboot %1?</source>
        <translation>要重启 %1 吗？</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <source>Save the memory of %1 to disk and stop them? They resume on the next Run.</source>
        <translation>要把 %1 的内存保存到磁盘并将其停止吗？下次“运行”时会从保存的状态继续。</translation>
    </message>
    <message>
        <source>Shut down %1? The guest is asked to power off.</source>
        <translation>要将 %1 关机吗？系统会请求客户机关闭电源。</translation>
    </message>
</context>
<context>
    <name>VmList</name>
    <message>
        <source>Virtual machine list</source>
        <translation>虚拟机列表</translation>
    </message>
</context>
<context>
    <name>VmTable</name>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Virtual machines</source>
        <translation>虚拟机</translation>
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
        <source>A copy cannot be smaller than the volume it copies (%1).</source>
        <translation>克隆的卷不能小于源卷（%1）。</translation>
    </message>
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
        <source>Choose the backing store, or give the volume a capacity.</source>
        <translation>请选择后备存储，或为卷指定容量。</translation>
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
    <name>VolumeChooser</name>
    <message>
        <source>Storage pool of the %1</source>
        <translation>%1 的存储池</translation>
    </message>
</context>
<context>
    <name>VolumeDialog</name>
    <message>
        <source>&amp;Allocate now:</source>
        <translation>立即分配(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Base it on another volume (backing store)</source>
        <translation>基于另一个卷（后备存储）(&amp;B)</translation>
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
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>分配量</translation>
    </message>
    <message>
        <source>As &amp;large as the backing store</source>
        <translation>与后备存储一样大(&amp;L)</translation>
    </message>
    <message>
        <source>As large as the backing store</source>
        <translation>与后备存储一样大</translation>
    </message>
    <message>
        <source>Backing &amp;store:</source>
        <translation>后备存储(&amp;S)：</translation>
    </message>
    <message>
        <source>Backing f&amp;ormat:</source>
        <translation>后备格式(&amp;O)：</translation>
    </message>
    <message>
        <source>Backing format</source>
        <translation>后备格式</translation>
    </message>
    <message>
        <source>Backing store</source>
        <translation>后备存储</translation>
    </message>
    <message>
        <source>C&amp;lone</source>
        <translation>克隆(&amp;L)</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>创建(&amp;R)</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Clone Volume %1</source>
        <translation>克隆卷 %1</translation>
    </message>
    <message>
        <source>Clone volume</source>
        <translation>克隆卷</translation>
    </message>
    <message>
        <source>Create volume</source>
        <translation>创建卷</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>New Volume</source>
        <translation>新建卷</translation>
    </message>
    <message>
        <source>Space taken at once; 0 makes a sparse file that grows as the guest writes.</source>
        <translation>立即占用的空间；0 会创建稀疏文件，随客户机写入而增长。</translation>
    </message>
    <message>
        <source>Use a backing store</source>
        <translation>使用后备存储</translation>
    </message>
    <message>
        <source>Volume name</source>
        <translation>卷名</translation>
    </message>
    <message>
        <source>clone %1 as %2</source>
        <translation>将 %1 克隆为 %2</translation>
    </message>
    <message>
        <source>create volume %1</source>
        <translation>创建卷 %1</translation>
    </message>
</context>
<context>
    <name>VolumeModel</name>
    <message>
        <source>%1 (next start)</source>
        <translation>%1（下次启动时）</translation>
    </message>
    <message>
        <source>%1 (running)</source>
        <translation>%1（运行中）</translation>
    </message>
    <message>
        <source>%1 (unknown)</source>
        <translation>%1（未知）</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>分配量</translation>
    </message>
    <message>
        <source>Backing store: %1</source>
        <translation>后备存储：%1</translation>
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
        <translation>名称</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>使用它的虚拟机</translation>
    </message>
</context>
<context>
    <name>VolumesView</name>
    <message>
        <source>%1 (%2) is larger than volume %3 (%4), which cannot grow: the upload would fail at the volume&apos;s end, with all of it overwritten.</source>
        <translation>%1（%2）比卷 %3（%4）大，而该卷无法变大：上传会在卷末尾失败，而它已整个被覆盖。</translation>
    </message>
    <message>
        <source>%1 is a disk of these running VMs: %2. They may write on it while it is copied, and the copy may then be damaged. Shut them down first (or download the image under an external snapshot).</source>
        <translation>%1 是这些运行中虚拟机的磁盘：%2。复制期间它们可能会写入它，副本因此可能损坏。请先将它们关机（或下载外部快照下面的镜像）。</translation>
    </message>
    <message>
        <source>%1 is empty: uploading it would change nothing in volume %2.</source>
        <translation>%1 是空的：上传它不会改变卷 %2 的任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s)</source>
        <translation>
            <numerusform>%n 个卷</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Clone…</source>
        <translation>克隆(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Upload…</source>
        <translation>上传(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Volumes</source>
        <translation>卷(&amp;V)</translation>
    </message>
    <message>
        <source>Choose the file to upload</source>
        <translation>选择要上传的文件</translation>
    </message>
    <message>
        <source>Choose where to save the volume</source>
        <translation>选择卷的保存位置</translation>
    </message>
    <message>
        <source>Clone volume</source>
        <translation>克隆卷</translation>
    </message>
    <message>
        <source>Could not list the volumes: %1</source>
        <translation>无法列出卷：%1</translation>
    </message>
    <message>
        <source>Could not read the volumes&apos; formats and backing stores: %1</source>
        <translation>无法读取卷的格式和后备存储：%1</translation>
    </message>
    <message>
        <source>Created volume %1.</source>
        <translation>已创建卷 %1。</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>删除(&amp;L)…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete volume</source>
        <translation>删除卷</translation>
    </message>
    <message>
        <source>Delete volume %1? It is a disk of these stopped VMs: %2. They will not start until their disk is changed, and the volume&apos;s data is lost for good.</source>
        <translation>要删除卷 %1 吗？它是这些已停止虚拟机的磁盘：%2。在更改它们的磁盘之前，这些虚拟机将无法启动，而且卷的数据会永久丢失。</translation>
    </message>
    <message>
        <source>Delete volume %1? Its data is lost for good, and the VMs that use it will not start until their disk is changed.</source>
        <translation>要删除卷 %1 吗？它的数据会永久丢失，而使用它的虚拟机在更改磁盘之前将无法启动。</translation>
    </message>
    <message>
        <source>Delete volume %1? Its data is lost for good.</source>
        <translation>要删除卷 %1 吗？它的数据会永久丢失。</translation>
    </message>
    <message>
        <source>Do&amp;wnload…</source>
        <translation>下载(&amp;W)…</translation>
    </message>
    <message>
        <source>Download Volume %1</source>
        <translation>下载卷 %1</translation>
    </message>
    <message>
        <source>Download it anyway?</source>
        <translation>仍要下载吗？</translation>
    </message>
    <message>
        <source>Download volume</source>
        <translation>下载卷</translation>
    </message>
    <message>
        <source>Downloaded volume %1 to %2 (%3/s).</source>
        <translation>已将卷 %1 下载到 %2（%3/s）。</translation>
    </message>
    <message>
        <source>N&amp;ew…</source>
        <translation>新建(&amp;E)…</translation>
    </message>
    <message>
        <source>New volume</source>
        <translation>新建卷</translation>
    </message>
    <message>
        <source>No pool selected</source>
        <translation>未选择池</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Reading volumes…</source>
        <translation>正在读取卷…</translation>
    </message>
    <message>
        <source>Replace volume contents</source>
        <translation>替换卷内容</translation>
    </message>
    <message>
        <source>Resi&amp;ze…</source>
        <translation>调整大小(&amp;Z)…</translation>
    </message>
    <message>
        <source>Resize volume</source>
        <translation>调整卷大小</translation>
    </message>
    <message>
        <source>The new volume would be named %1, after the file, which this pool does not allow: %2</source>
        <translation>新卷会以文件命名为 %1，但此池不允许这个名称：%2</translation>
    </message>
    <message>
        <source>The new volume, as large as the file, cannot be made in this pool: %1</source>
        <translation>无法在此池中创建与文件一样大的新卷：%1</translation>
    </message>
    <message>
        <source>The pool already has a volume named %1. Replace its contents with the file? What it holds now is lost.</source>
        <translation>池已经有名为 %1 的卷。要用这个文件替换它的内容吗？它当前的内容将会丢失。</translation>
    </message>
    <message>
        <source>The pool already has a volume named %1. Write the file over its start? The file (%2) is smaller than the volume (%3): only the volume&apos;s first %2 are replaced, and the rest keeps what it holds now. To have the volume hold only the file, delete it first.</source>
        <translation>池已经有名为 %1 的卷。要将文件写入它的开头吗？文件（%2）比卷（%3）小：只有卷开头的 %2 会被替换，其余部分保留当前的内容。若要让卷只包含这个文件，请先删除它。</translation>
    </message>
    <message>
        <source>The pool is not active: start it to see its volumes</source>
        <translation>池未处于活动状态：请启动它以查看它的卷</translation>
    </message>
    <message>
        <source>These running VMs use it from their next start (it is not open now): %1.</source>
        <translation>这些运行中的虚拟机要到下次启动时才会使用它（现在并未打开它）：%1。</translation>
    </message>
    <message>
        <source>These stopped VMs use it: %1.</source>
        <translation>这些已停止的虚拟机正在使用它：%1。</translation>
    </message>
    <message>
        <source>Upload a File into the Pool</source>
        <translation>上传文件到池</translation>
    </message>
    <message>
        <source>Upload a file</source>
        <translation>上传文件</translation>
    </message>
    <message>
        <source>Uploaded %1 into volume %2 (%3/s).</source>
        <translation>已将 %1 上传到卷 %2（%3/s）。</translation>
    </message>
    <message>
        <source>Volume %1 is a folder: a file cannot be uploaded over it. Rename the file to upload it as a new volume.</source>
        <translation>卷 %1 是文件夹：无法将文件上传覆盖它。请将文件改名，以新卷上传。</translation>
    </message>
    <message>
        <source>Volume %1 is a folder: it cannot be downloaded.</source>
        <translation>卷 %1 是文件夹：无法下载。</translation>
    </message>
    <message>
        <source>Volume %1 is being downloaded in another window: wait until that transfer ends.</source>
        <translation>卷 %1 正在另一个窗口中下载：请等该传输结束。</translation>
    </message>
    <message>
        <source>Volume %1 is being uploaded in another window: wait until that transfer ends.</source>
        <translation>卷 %1 正在另一个窗口中上传：请等该传输结束。</translation>
    </message>
    <message>
        <source>Volume %1 is gone (deleted elsewhere): there is nothing to download.</source>
        <translation>卷 %1 已不存在（已在别处删除）：没有可下载的内容。</translation>
    </message>
    <message>
        <source>Volume %1 is gone (deleted elsewhere): there is nothing to wipe.</source>
        <translation>卷 %1 已不存在（已在别处删除）：没有可擦除的内容。</translation>
    </message>
    <message>
        <source>Volume %1 is still being downloaded by a transfer whose window was closed: wait until it ends.</source>
        <translation>卷 %1 仍在下载中（该传输的窗口已关闭）：请等它结束。</translation>
    </message>
    <message>
        <source>Volume %1 is still being uploaded by a transfer whose window was closed: wait until it ends.</source>
        <translation>卷 %1 仍在上传中（该传输的窗口已关闭）：请等它结束。</translation>
    </message>
    <message>
        <source>Volume status</source>
        <translation>卷状态</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>卷</translation>
    </message>
    <message>
        <source>W&amp;ipe…</source>
        <translation>擦除(&amp;I)…</translation>
    </message>
    <message>
        <source>Whether these VMs write on %1 is not known: %2. One that runs on it may write on it while it is copied, and the copy may then be damaged.</source>
        <translation>无法得知这些虚拟机是否写入 %1：%2。若其中有运行中的虚拟机使用它，复制期间可能会写入它，副本因此可能损坏。</translation>
    </message>
    <message>
        <source>Wipe</source>
        <translation>擦除</translation>
    </message>
    <message>
        <source>Wipe volume</source>
        <translation>擦除卷</translation>
    </message>
    <message>
        <source>Wipe volume %1? Every byte of it is overwritten with zeroes; its data is lost for good.</source>
        <translation>要擦除卷 %1 吗？它的每个字节都会被覆盖为零；数据会永久丢失。</translation>
    </message>
    <message>
        <source>check which VMs use %1</source>
        <translation>检查哪些虚拟机使用 %1</translation>
    </message>
    <message>
        <source>delete volume %1</source>
        <translation>删除卷 %1</translation>
    </message>
    <message>
        <source>read the format of volume %1</source>
        <translation>读取卷 %1 的格式</translation>
    </message>
    <message>
        <source>wipe volume %1</source>
        <translation>擦除卷 %1</translation>
    </message>
</context>
<context>
    <name>WizardState</name>
    <message>
        <source>%1 was removed: choose another host on the first page.</source>
        <translation>%1 已被移除：请在第一页选择其他主机。</translation>
    </message>
    <message>
        <source>Could not read what this host offers: %1</source>
        <translation>无法读取这台主机提供的功能：%1</translation>
    </message>
    <message>
        <source>Reading what %1 offers…</source>
        <translation>正在读取 %1 提供的功能…</translation>
    </message>
    <message>
        <source>The host cannot run this platform: %1</source>
        <translation>主机无法运行这个平台：%1</translation>
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
        <translation>不允许使用 DOCTYPE</translation>
    </message>
    <message>
        <source>expected &lt;%1&gt;, found &lt;%2&gt;</source>
        <translation>应为 &lt;%1&gt;，但找到 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>unknown unit &apos;%1&apos; in &lt;%2&gt;</source>
        <translation>&lt;%2&gt; 中有未知的单位“%1”</translation>
    </message>
</context>
<context>
    <name>XmlEditorDialog</name>
    <message>
        <source>%1 on %2, closed meanwhile: libvirt refused the definition: %3</source>
        <comment>the editor&apos;s name, host, libvirt&apos;s message</comment>
        <translation>%2 上的 %1（已在此期间关闭）：libvirt 拒绝了这个定义：%3</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing was applied. Fix the XML and try again.</source>
        <translation>
            <numerusform>%n 个问题：未应用任何更改。请修复 XML 后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation>应用(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>继续编辑(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>Apply: define the edited XML</source>
        <translation>应用：定义编辑后的 XML</translation>
    </message>
    <message>
        <source>Change notice</source>
        <translation>更改通知</translation>
    </message>
    <message>
        <source>Changed outside this editor</source>
        <translation>已在此编辑器之外被更改</translation>
    </message>
    <message>
        <source>Checking the XML…</source>
        <translation>正在检查 XML…</translation>
    </message>
    <message>
        <source>Close the XML editor</source>
        <translation>关闭 XML 编辑器</translation>
    </message>
    <message>
        <source>Could not check the XML: %1</source>
        <translation>无法检查 XML：%1</translation>
    </message>
    <message>
        <source>Could not read the definition: %1</source>
        <translation>无法读取定义：%1</translation>
    </message>
    <message>
        <source>Defined. This is the definition as libvirt stored it.</source>
        <translation>已定义。这是 libvirt 所保存的定义。</translation>
    </message>
    <message>
        <source>Defined. This is the definition as libvirt stored it. A running VM picks up most changes when it is next started.</source>
        <translation>已定义。这是 libvirt 所保存的定义。运行中的虚拟机会在下次启动时应用大部分更改。</translation>
    </message>
    <message>
        <source>Defined. This is the definition as libvirt stored it. The active storage pool keeps its old settings until it is restarted.</source>
        <translation>已定义。这是 libvirt 所保存的定义。活动的存储池会保留旧的设置，直到重启为止。</translation>
    </message>
    <message>
        <source>Defined. This is the definition as libvirt stored it. The running network keeps its old settings until it is restarted.</source>
        <translation>已定义。这是 libvirt 所保存的定义。运行中的网络会保留旧的设置，直到重启为止。</translation>
    </message>
    <message>
        <source>Defining…</source>
        <translation>正在定义…</translation>
    </message>
    <message>
        <source>Defining… The editor closes once libvirt has stored the definition.</source>
        <translation>正在定义… libvirt 保存定义后，编辑器就会关闭。</translation>
    </message>
    <message>
        <source>Discard your edits?</source>
        <translation>要放弃你的编辑吗？</translation>
    </message>
    <message>
        <source>Edit XML — %1</source>
        <translation>编辑 XML — %1</translation>
    </message>
    <message>
        <source>Keep editing your text</source>
        <translation>继续编辑你的文本</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>No changes to apply.</source>
        <translation>没有要应用的更改。</translation>
    </message>
    <message>
        <source>Not well-formed XML: %1</source>
        <translation>XML 格式不正确：%1</translation>
    </message>
    <message>
        <source>Nothing applied.</source>
        <translation>未应用任何更改。</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>Reload the definition, discarding your edits</source>
        <translation>重新加载定义，放弃你的编辑</translation>
    </message>
    <message>
        <source>Revert to the current definition</source>
        <translation>还原为当前的定义</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>The XML changed while it was checked: nothing was applied. Apply again.</source>
        <translation>XML 在检查期间被更改了：没有应用任何更改。请再应用一次。</translation>
    </message>
    <message>
        <source>The XML changed while it was checked: validate again.</source>
        <translation>XML 在检查期间被更改了：请再验证一次。</translation>
    </message>
    <message>
        <source>The XML has edits that were not applied. Close and discard them?</source>
        <translation>XML 有尚未应用的编辑。要关闭并放弃它们吗？</translation>
    </message>
    <message>
        <source>The XML is valid.</source>
        <translation>XML 有效。</translation>
    </message>
    <message>
        <source>The definition was changed outside this editor while you looked at the changes: nothing was applied. Check the changes against the new definition.</source>
        <translation>你在查看更改时，定义已在此编辑器之外被更改：未应用任何更改。请对照新的定义检查这些更改。</translation>
    </message>
    <message>
        <source>The network was changed outside this editor while you were editing. Reload to see the new definition (your edits are discarded), or keep editing (applying then replaces that change).</source>
        <translation>你在编辑时，网络已在此编辑器之外被更改。重新加载即可查看新的定义（你的编辑会被放弃），或继续编辑（之后应用时会替换那项更改）。</translation>
    </message>
    <message>
        <source>The network was changed outside this editor; showing the new definition.</source>
        <translation>网络已在此编辑器之外被更改；现在显示的是新的定义。</translation>
    </message>
    <message>
        <source>The root element must be &lt;%1&gt;, not &lt;%2&gt;</source>
        <translation>根元素必须是 &lt;%1&gt;，而不是 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>The storage pool was changed outside this editor while you were editing. Reload to see the new definition (your edits are discarded), or keep editing (applying then replaces that change).</source>
        <translation>你在编辑时，存储池已在此编辑器之外被更改。重新加载即可查看新的定义（你的编辑会被放弃），或继续编辑（之后应用时会替换那项更改）。</translation>
    </message>
    <message>
        <source>The storage pool was changed outside this editor; showing the new definition.</source>
        <translation>存储池已在此编辑器之外被更改；现在显示的是新的定义。</translation>
    </message>
    <message>
        <source>The virtual machine was changed outside this editor while you were editing. Reload to see the new definition (your edits are discarded), or keep editing (applying then replaces that change).</source>
        <translation>你在编辑时，虚拟机已在此编辑器之外被更改。重新加载即可查看新的定义（你的编辑会被放弃），或继续编辑（之后应用时会替换那项更改）。</translation>
    </message>
    <message>
        <source>The virtual machine was changed outside this editor; showing the new definition.</source>
        <translation>虚拟机已在此编辑器之外被更改；现在显示的是新的定义。</translation>
    </message>
    <message>
        <source>This network no longer exists on the host. Your text is kept; copy it if you need it.</source>
        <translation>主机上已不存在这个网络。你的文本会保留；如有需要，请先复制。</translation>
    </message>
    <message>
        <source>This storage pool no longer exists on the host. Your text is kept; copy it if you need it.</source>
        <translation>主机上已不存在这个存储池。你的文本会保留；如有需要，请先复制。</translation>
    </message>
    <message>
        <source>This virtual machine no longer exists on the host. Your text is kept; copy it if you need it.</source>
        <translation>主机上已不存在这台虚拟机。你的文本会保留；如有需要，请先复制。</translation>
    </message>
    <message>
        <source>Val&amp;idate</source>
        <translation>验证(&amp;I)</translation>
    </message>
    <message>
        <source>Validate the XML against libvirt&apos;s schema</source>
        <translation>根据 libvirt 的 schema 验证 XML</translation>
    </message>
    <message>
        <source>XML editor for network %1</source>
        <translation>网络 %1 的 XML 编辑器</translation>
    </message>
    <message>
        <source>XML editor for storage pool %1</source>
        <translation>存储池 %1 的 XML 编辑器</translation>
    </message>
    <message>
        <source>XML editor for virtual machine %1</source>
        <translation>虚拟机 %1 的 XML 编辑器</translation>
    </message>
    <message>
        <source>XML of the network</source>
        <translation>网络的 XML</translation>
    </message>
    <message>
        <source>XML of the storage pool</source>
        <translation>存储池的 XML</translation>
    </message>
    <message>
        <source>XML of the virtual machine</source>
        <translation>虚拟机的 XML</translation>
    </message>
    <message>
        <source>current definition</source>
        <translation>当前定义</translation>
    </message>
    <message>
        <source>libvirt refused the definition: %1
Your text is kept.</source>
        <translation>libvirt 拒绝了这个定义：%1
你的文本已保留。</translation>
    </message>
    <message>
        <source>your edit</source>
        <translation>你的编辑</translation>
    </message>
</context>
<context>
    <name>XmlPane</name>
    <message>
        <source>&amp;XML that will be defined:</source>
        <translation>将要定义的 XML(&amp;X)：</translation>
    </message>
    <message>
        <source>Edit the XML by &amp;hand</source>
        <translation>手动编辑 XML(&amp;H)</translation>
    </message>
    <message>
        <source>Edit the XML by hand</source>
        <translation>手动编辑 XML</translation>
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
        <translation>无法 %1：%2</translation>
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
</context>
<context>
    <name>_PromptDialog</name>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>连接：</translation>
    </message>
</context>
<context>
    <name>a11y</name>
    <message>
        <source>%1 choices</source>
        <translation>%1 的选项</translation>
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
        <translation>错误</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>More %1 actions</source>
        <translation>%1 的更多操作</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>询问</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>标签页</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>toolbar</source>
        <translation>工具栏</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s：错误：%(message)s
</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>选项不明确：%(option)s 可以是 %(matches)s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>需要一个值</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>忽略了明确给出的值 %r</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
</context>
</TS>
