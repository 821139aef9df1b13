<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Partnerships</name>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="85" />
        <source>{label}: {submitted} of {invited} submitted</source>
        <translation>{label}：{invited} 人中 {submitted} 人已提交</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="91" />
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="136" />
        <source>Partnership</source>
        <translation>合作关系</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="137" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="138" />
        <source>Partners</source>
        <translation>合作双方</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="139" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="140" />
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="141" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="142" />
        <source>Rounds</source>
        <translation>评估轮次</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="143" />
        <source>Latest round</source>
        <translation>最近一轮</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="174" />
        <source>(archived)</source>
        <translation>（已归档）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="180" />
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="372" />
        <source>Partnerships</source>
        <translation>合作关系</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="373" />
        <source>Search names, codes, partners…  (Ctrl+F)</source>
        <translation>搜索名称、代码、合作方…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="374" />
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="375" />
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="376" />
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="377" />
        <location filename="../../healthdesk/ui/partnerships/page.py" line="920" />
        <source>New partnership</source>
        <translation>新建合作关系</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="378" />
        <source>Create a partnership record (Ctrl+N)</source>
        <translation>创建合作关系档案（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="379" />
        <source>Open rounds</source>
        <translation>打开评估轮次</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="380" />
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="382" />
        <source>Delete the selected partnership (Del); only possible before any round</source>
        <translation>删除所选合作关系（Del）；仅在尚无评估轮次时可以删除</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="490" />
        <source>1 partnership</source>
        <translation>1 个合作关系</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="490" />
        <source>{n} partnerships</source>
        <translation>{n} 个合作关系</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="492" />
        <source>{shown} of {total} partnerships shown</source>
        <translation>显示 {total} 个中的 {shown} 个合作关系</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="494" />
        <source>{n} archived hidden</source>
        <translation>{n} 个已归档未显示</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="504" />
        <source>No partnerships yet</source>
        <translation>还没有合作关系</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="506" />
        <source>A partnership record holds the two partners, their joint committee and what they agreed. With it you open assessment rounds, ask executives of both sides, and follow up on the results.</source>
        <translation>合作关系档案记录合作双方、联合委员会及双方的约定。有了它，就可以开启评估轮次、请双方高管作答，并跟进评估结果。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="510" />
        <source>Create a partnership</source>
        <translation>新建合作关系</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="511" />
        <source>Explore with demo data</source>
        <translation>使用示例数据体验</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="518" />
        <source>No partnership matches</source>
        <translation>没有匹配的合作关系</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="519" />
        <source>Nothing matches the search and filters above.</source>
        <translation>没有符合上方搜索和筛选条件的合作关系。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="520" />
        <source>Show all partnerships</source>
        <translation>显示全部合作关系</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="602" />
        <source>Unarchive</source>
        <translation>取消归档</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="602" />
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="616" />
        <source>Archived “{name}”.</source>
        <translation>已归档“{name}”。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="616" />
        <source>“{name}” is active again.</source>
        <translation>“{name}”已恢复为活跃。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="629" />
        <source>Cannot delete</source>
        <translation>无法删除</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="632" />
        <source>Delete the partnership “{name}” and its record?

You can undo this right after (Ctrl+Z).</source>
        <translation>删除合作关系“{name}”及其档案吗？

删除后可以立即撤销（Ctrl+Z）。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="634" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="634" />
        <source>Delete partnership</source>
        <translation>删除合作关系</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="870" />
        <source>The partnership</source>
        <translation>合作关系</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="874" />
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="875" />
        <source>Short &amp;code</source>
        <translation>简码(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="876" />
        <source>&amp;Type</source>
        <translation>类型(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="877" />
        <source>St&amp;age</source>
        <translation>阶段(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="878" />
        <source>Stat&amp;us</source>
        <translation>状态(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="879" />
        <source>Start &amp;date</source>
        <translation>开始日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="880" />
        <source>Descri&amp;ption</source>
        <translation>描述(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="885" />
        <source>e.g. Cloud software × hardware joint solution</source>
        <translation>例如：云软件 × 硬件 联合解决方案</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="886" />
        <source>e.g. SWHW</source>
        <translation>例如：SWHW</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="887" />
        <source>Known</source>
        <translation>已知</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="891" />
        <source>The partners</source>
        <translation>合作双方</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="892" />
        <location filename="../../healthdesk/ui/partnerships/page.py" line="943" />
        <source>Partner A</source>
        <translation>甲方</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="893" />
        <location filename="../../healthdesk/ui/partnerships/page.py" line="943" />
        <source>Partner B</source>
        <translation>乙方</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="896" />
        <source>Company name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="896" />
        <source>Name in the other language</source>
        <translation>另一语言名称</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="896" />
        <source>Short label</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="901" />
        <source>Full company name</source>
        <translation>公司全称</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="902" />
        <source>Optional: Chinese or English name</source>
        <translation>可选：中文或英文名称</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="903" />
        <source>Shown in charts, e.g. “Soft”</source>
        <translation>用于图表，例如“云启”</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="905" />
        <source>Agreement terms</source>
        <translation>协议条款</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="909" />
        <source>What the agreement says (free text)</source>
        <translation>协议的约定（自由文本）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="910" />
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="911" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="912" />
        <source>Save the record (Ctrl+S)</source>
        <translation>保存档案（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="915" />
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="915" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="1096" />
        <source>Created “{name}”.</source>
        <translation>已创建“{name}”。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="1096" />
        <source>Saved “{name}”.</source>
        <translation>已保存“{name}”。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="1106" />
        <source>“{name}” is saved. Next: open its first assessment round, then add the executives of both partners who will answer.</source>
        <translation>“{name}”已保存。下一步：开启第一轮评估，再添加双方要作答的高管。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="1109" />
        <source>Open a round…</source>
        <translation>开启一轮评估…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="1115" />
        <source>Discard the changes you made to this record?</source>
        <translation>放弃对此档案所做的修改吗？</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="1115" />
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="1115" />
        <location filename="../../healthdesk/ui/partnerships/page.py" line="1139" />
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="1137" />
        <source>This record has changes that are not saved yet. Discard them?</source>
        <translation>此档案有尚未保存的修改。要放弃这些修改吗？</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/page.py" line="1138" />
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
</context>
</TS>