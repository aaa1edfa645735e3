"""One-off for the merge of branch `remote` (the ssh login strings): fills in their
Chinese translations. After merging: `make translations` (adds them, unfinished), then
`python tools/zh-remote-login.py resources/translations/kvmgui_zh_Han?.ts`, then
`make translations` again (compiles the .qm); then delete this file.
"""

# ruff: noqa: E501 - the table holds whole sentences, as lupdate keys them

from __future__ import annotations

import html
import re
import sys

# (context, source): (zh_Hans, zh_Hant)
T: dict[tuple[str, str], tuple[str, str]] = {
 ("Connection", "%1 (%2)"): ("%1（%2）", "%1（%2）"),
 ("Connection", "The host's key was not accepted, so ssh did not log in."):
  ("未接受该主机的密钥，因此 ssh 没有登录。", "未接受該主機的金鑰，因此 ssh 沒有登入。"),
 ("Connection", "The host's key differs from the one known for it: ssh refused to log in. If the host was reinstalled, remove its old key from known_hosts."):
  ("该主机的密钥与已知的不同：ssh 拒绝登录。如果该主机重新安装过，请从 known_hosts 中删除它的旧密钥。",
   "該主機的金鑰與已知的不同：ssh 拒絕登入。如果該主機重新安裝過，請從 known_hosts 中刪除它的舊金鑰。"),
 ("Connection", "The host refused the login: no password, key or ssh-agent identity was accepted."):
  ("主机拒绝登录：密码、密钥和 ssh-agent 身份均未被接受。", "主機拒絕登入：密碼、金鑰和 ssh-agent 身分均未被接受。"),
 ("Connection", "No ssh server answered at this address."):
  ("此地址上没有 ssh 服务器应答。", "此位址上沒有 ssh 伺服器回應。"),
 ("Connection", "Logged in, but libvirt is not running on the host (or not installed there): start libvirtd or virtqemud on it."):
  ("已登录，但该主机上没有运行 libvirt（或未安装）：请在该主机上启动 libvirtd 或 virtqemud。",
   "已登入，但該主機上沒有執行 libvirt（或未安裝）：請在該主機上啟動 libvirtd 或 virtqemud。"),
 ("_PromptDialog", "Connection"): ("连接", "連線"),
 ("_PromptDialog", "Connection:"): ("连接：", "連線："),
 ("HostKeyDialog", "Unknown host key"): ("未知的主机密钥", "未知的主機金鑰"),
 ("HostKeyDialog", "SSH question"): ("SSH 询问", "SSH 詢問"),
 ("HostKeyDialog", "The host %1 is not known to ssh yet. Before you trust it, make sure this is the host you mean: compare the fingerprint below with the one the host itself shows (on the host: ssh-keygen -lf /etc/ssh/ssh_host_%2_key.pub)."):
  ("ssh 尚不认识主机 %1。信任它之前，请确认这就是您要连接的主机：将下面的指纹与该主机自己显示的指纹比较（在该主机上运行：ssh-keygen -lf /etc/ssh/ssh_host_%2_key.pub）。",
   "ssh 尚不認識主機 %1。信任它之前，請確認這就是您要連線的主機：將下面的指紋與該主機自己顯示的指紋比較（在該主機上執行：ssh-keygen -lf /etc/ssh/ssh_host_%2_key.pub）。"),
 ("HostKeyDialog", "Key type"): ("密钥类型", "金鑰類型"),
 ("HostKeyDialog", "Key type:"): ("密钥类型：", "金鑰類型："),
 ("HostKeyDialog", "Fingerprint"): ("指纹", "指紋"),
 ("HostKeyDialog", "&Fingerprint:"): ("指纹(&F)：", "指紋(&F)："),
 ("HostKeyDialog", "&Trust this key and connect"): ("信任此密钥并连接(&T)", "信任此金鑰並連線(&T)"),
 ("HostKeyDialog", "&Yes"): ("是(&Y)", "是(&Y)"),
 ("SecretDialog", "SSH login"): ("SSH 登录", "SSH 登入"),
 ("SecretDialog", "Password for %1 on %2:"): ("%2 上 %1 的密码：", "%2 上 %1 的密碼："),
 ("SecretDialog", "&Password:"): ("密码(&P)：", "密碼(&P)："),
 ("SecretDialog", "Passphrase of the key %1:"): ("密钥 %1 的口令：", "金鑰 %1 的密語："),
 ("SecretDialog", "&Passphrase:"): ("口令(&P)：", "密語(&P)："),
 ("SecretDialog", "&Answer:"): ("回答(&A)：", "回答(&A)："),
 ("SecretDialog", "Problem"): ("问题", "問題"),
 ("SecretDialog", "That was not accepted. Try again."): ("未被接受，请重试。", "未被接受，請重試。"),
 ("SecretDialog", "&Remember in the desktop's secret store"): ("记住在桌面的密钥存储中(&R)", "記住在桌面的金鑰儲存中(&R)"),
 ("SecretDialog", "Remember in the desktop's secret store"): ("记住在桌面的密钥存储中", "記住在桌面的金鑰儲存中"),
 ("SecretDialog", "Why it cannot be remembered"): ("为何无法记住", "為何無法記住"),
 ("SecretDialog", "Cannot remember it: the Python package keyring is not installed."):
  ("无法记住：未安装 Python 软件包 keyring。", "無法記住：未安裝 Python 套件 keyring。"),
 ("SecretDialog", "Cannot remember it: no secret store (Secret Service, such as GNOME Keyring or KWallet) is running."):
  ("无法记住：没有正在运行的密钥存储（Secret Service，例如 GNOME Keyring 或 KWallet）。",
   "無法記住：沒有正在執行的金鑰儲存（Secret Service，例如 GNOME Keyring 或 KWallet）。"),
 ("SecretDialog", "Cannot remember it: the secret store could not be checked."):
  ("无法记住：无法检查密钥存储。", "無法記住：無法檢查金鑰儲存。"),
}


_CONTEXT = re.compile(r"<name>(.*?)</name>(.*?)(?=</context>)", re.S)
_MESSAGE = re.compile(r"<message>\s*<source>(.*?)</source>.*?</message>", re.S)
_UNFINISHED = re.compile(r'<translation type="unfinished">.*?</translation>', re.S)


def fill(text: str, which: int) -> str:
    """``text`` (a .ts file) with this table's unfinished messages translated."""
    def context(m: re.Match[str]) -> str:
        name = html.unescape(m[1])

        def message(mm: re.Match[str]) -> str:
            words = T.get((name, html.unescape(mm[1])))
            if words is None:
                return mm[0]
            done = "<translation>" + html.escape(words[which], quote=False) + "</translation>"
            return _UNFINISHED.sub(lambda _m: done, mm[0])

        return f"<name>{m[1]}</name>" + _MESSAGE.sub(message, m[2])

    return _CONTEXT.sub(context, text)


if __name__ == "__main__":
    for path in sys.argv[1:]:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        with open(path, "w", encoding="utf-8") as f:
            f.write(fill(text, 0 if "Hans" in path else 1))
