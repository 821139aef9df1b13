<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Workshop</name>
    <message>
        <location filename="../../healthdesk/ui/workshop/overlays.py" line="35" />
        <source>Step {n} of {total}: {title}</source>
        <translation>第 {n} 步，共 {total} 步：{title}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/overlays.py" line="40" />
        <source>The scores are still hidden: press R to reveal them.</source>
        <translation>分数尚未揭晓：按 R 揭⁠晓。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/overlays.py" line="41" />
        <source>(end)</source>
        <translation>（结束）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/overlays.py" line="42" />
        <source>Next: {title}</source>
        <translation>下一步：{title}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/overlays.py" line="90" />
        <source>Facilitator notes – {name}</source>
        <translation>主持人备注 – {name}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/overlays.py" line="95" />
        <source>Captured in this workshop</source>
        <translation>本次工作坊已记录</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/overlays.py" line="97" />
        <source>Nothing yet.</source>
        <translation>暂无。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/overlays.py" line="109" />
        <source>→ Space PgDn next</source>
        <translation>→ 空格 PgDn 下一页</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/overlays.py" line="110" />
        <source>← PgUp back</source>
        <translation>← PgUp 上一页</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/overlays.py" line="111" />
        <source>R reveal</source>
        <translation>R 揭晓</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/overlays.py" line="112" />
        <source>B blank screen</source>
        <translation>B 黑屏</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/overlays.py" line="113" />
        <source>A new action</source>
        <translation>A 新行动</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/overlays.py" line="114" />
        <source>G new goal</source>
        <translation>G 新目标</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/overlays.py" line="115" />
        <source>E correct the last capture</source>
        <translation>E 修改最近记录</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/overlays.py" line="116" />
        <source>Ctrl+Z undo</source>
        <translation>Ctrl+Z 撤销</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/overlays.py" line="117" />
        <source>N notes</source>
        <translation>N 备注</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/overlays.py" line="118" />
        <source>? or F1 all keys</source>
        <translation>? 或 F1 全部按键</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/overlays.py" line="119" />
        <source>L 中文/English</source>
        <translation>L 中文/English</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/overlays.py" line="120" />
        <source>Esc leave</source>
        <translation>Esc 退出</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/overlays.py" line="129" />
        <source>Next screen</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/overlays.py" line="130" />
        <source>Previous screen</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/overlays.py" line="131" />
        <source>First · last screen</source>
        <translation>第一页 · 最后一页</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/overlays.py" line="132" />
        <source>Reveal the scores of this screen (again: hide them)</source>
        <translation>揭晓本页得分（再按一次：隐藏）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/overlays.py" line="133" />
        <source>Blank the screen (again, or → ←: back)</source>
        <translation>黑屏（再按一次，或按 → ←：恢复）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/overlays.py" line="134" />
        <source>Facilitator notes (one screen: the room sees them too)</source>
        <translation>主持人备注（只有一块屏幕时，全场都会看到）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/overlays.py" line="135" />
        <source>This help</source>
        <translation>本帮助</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/overlays.py" line="136" />
        <source>English ⇄ 中文</source>
        <translation>English ⇄ 中文</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/overlays.py" line="137" />
        <source>Capture an action for the dimension on screen</source>
        <translation>为当前维度记录一项行动</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/overlays.py" line="138" />
        <source>Capture a goal (top-level, mid-term or short-term)</source>
        <translation>记录一个目标（顶层、中期或短期）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/overlays.py" line="139" />
        <source>Correct the last capture (or the row picked)</source>
        <translation>修改最近一条记录（或所选的行）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/overlays.py" line="140" />
        <source>“Goals and actions agreed”: pick a row</source>
        <translation>“达成的目标与行动”：选择一行</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/overlays.py" line="141" />
        <source>“Goals and actions agreed”: delete the row picked</source>
        <translation>“达成的目标与行动”：删除所选的行</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/overlays.py" line="142" />
        <source>Undo the last capture, correction or delete</source>
        <translation>撤销最近一次记录、修改或删除</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/overlays.py" line="143" />
        <source>In the capture bar: next field · save</source>
        <translation>在记录栏中：下一栏 · 保存</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/overlays.py" line="144" />
        <source>Close this help or the notes; otherwise leave (asks first)</source>
        <translation>关闭本帮助或备注；否则退出（会先确认）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/overlays.py" line="178" />
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/overlays.py" line="179" />
        <source>? · F1 · Esc close this help</source>
        <translation>? · F1 · Esc 关闭本帮助</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/overlays.py" line="242" />
        <source>Only you should see this — the projector shows it too. N or Esc hides it.</source>
        <translation>这些内容只应给您看——但投影上也会显示。按 N 或 Esc 隐⁠藏。</translation>
    </message>
</context>
</TS>