<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Partnerships</name>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="79" />
        <source>{label}: {submitted} of {invited} submitted</source>
        <translation>{label}：{invited} 人中 {submitted} 人已提交</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="85" />
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="123" />
        <source>Partnership</source>
        <translation>合作关系</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="124" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="125" />
        <source>Partners</source>
        <translation>合作双方</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="126" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="127" />
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="128" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="129" />
        <source>Rounds</source>
        <translation>评估轮次</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="130" />
        <source>Latest round</source>
        <translation>最近一轮</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="160" />
        <source>(archived)</source>
        <translation>（已归档）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="165" />
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="378" />
        <source>Partnerships</source>
        <translation>合作关系</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="379" />
        <source>Search names, codes, partners…  (Ctrl+F)</source>
        <translation>搜索名称、代码、合作方…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="380" />
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="381" />
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="382" />
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="383" />
        <location filename="../../healthdesk/ui/partnerships.py" line="864" />
        <source>New partnership</source>
        <translation>新建合作关系</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="384" />
        <source>Create a partnership record (Ctrl+N)</source>
        <translation>创建合作关系档案（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="385" />
        <source>Open rounds</source>
        <translation>打开评估轮次</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="386" />
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="388" />
        <source>Delete the selected partnership (Del); only possible before any round</source>
        <translation>删除所选合作关系（Del）；仅在尚无评估轮次时可以删除</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="395" />
        <source>No partnerships yet. Create one with “New partnership” (Ctrl+N), or load the demo data from the File menu to look around.</source>
        <translation>还没有合作关系。点击“新建合作关系”（Ctrl+N）创建一个，或从“文件”菜单加载示例数据看一看。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="462" />
        <source>1 partnership</source>
        <translation>1 个合作关系</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="462" />
        <source>{n} partnerships</source>
        <translation>{n} 个合作关系</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="464" />
        <source>{shown} of {total} partnerships shown</source>
        <translation>显示 {total} 个中的 {shown} 个合作关系</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="466" />
        <source>{n} archived hidden</source>
        <translation>{n} 个已归档未显示</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="533" />
        <source>Unarchive</source>
        <translation>取消归档</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="533" />
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="547" />
        <source>Archived “{name}”.</source>
        <translation>已归档“{name}”。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="547" />
        <source>“{name}” is active again.</source>
        <translation>“{name}”已恢复为活跃。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="560" />
        <source>Cannot delete</source>
        <translation>无法删除</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="563" />
        <source>Delete the partnership “{name}” and its record?

You can undo this right after (Ctrl+Z).</source>
        <translation>删除合作关系“{name}”及其档案吗？

删除后可以立即撤销（Ctrl+Z）。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="565" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="565" />
        <source>Delete partnership</source>
        <translation>删除合作关系</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="809" />
        <source>The partnership</source>
        <translation>合作关系</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="813" />
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="814" />
        <source>Short &amp;code</source>
        <translation>简码(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="815" />
        <source>&amp;Type</source>
        <translation>类型(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="816" />
        <source>St&amp;age</source>
        <translation>阶段(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="817" />
        <source>Stat&amp;us</source>
        <translation>状态(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="818" />
        <source>Start &amp;date</source>
        <translation>开始日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="819" />
        <source>Descri&amp;ption</source>
        <translation>描述(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="824" />
        <source>e.g. Cloud software × hardware joint solution</source>
        <translation>例如：云软件 × 硬件 联合解决方案</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="825" />
        <source>e.g. SWHW</source>
        <translation>例如：SWHW</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="826" />
        <source>Known</source>
        <translation>已知</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="830" />
        <source>The partners</source>
        <translation>合作双方</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="831" />
        <location filename="../../healthdesk/ui/partnerships.py" line="887" />
        <source>Partner A</source>
        <translation>甲方</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="832" />
        <location filename="../../healthdesk/ui/partnerships.py" line="887" />
        <source>Partner B</source>
        <translation>乙方</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="835" />
        <source>Company name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="835" />
        <source>Name in the other language</source>
        <translation>另一语言名称</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="835" />
        <source>Short label</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="840" />
        <source>Full company name</source>
        <translation>公司全称</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="841" />
        <source>Optional: Chinese or English name</source>
        <translation>可选：中文或英文名称</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="842" />
        <source>Shown in charts, e.g. “Soft”</source>
        <translation>用于图表，例如“云启”</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="843" />
        <source>Governance members</source>
        <translation>治理成员</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="845" />
        <source>The joint management committee (JMC) and joint project team (JPT) members of both sides.</source>
        <translation>双方的联合管理委员会（JMC）和联合项目组（JPT）成员。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="847" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="847" />
        <source>Side</source>
        <translation>所属方</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="847" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="849" />
        <source>Add member</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="850" />
        <source>Remove member</source>
        <translation>移除成员</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="851" />
        <source>Agreement terms</source>
        <translation>协议条款</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="855" />
        <source>What the agreement says (free text)</source>
        <translation>协议的约定（自由文本）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="856" />
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="857" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="858" />
        <source>Save the record (Ctrl+S)</source>
        <translation>保存档案（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="859" />
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="859" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="1085" />
        <source>Created “{name}”.</source>
        <translation>已创建“{name}”。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="1085" />
        <source>Saved “{name}”.</source>
        <translation>已保存“{name}”。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="1092" />
        <source>Discard the changes you made to this record?</source>
        <translation>放弃对此档案所做的修改吗？</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="1092" />
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="1092" />
        <location filename="../../healthdesk/ui/partnerships.py" line="1116" />
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="1114" />
        <source>This record has changes that are not saved yet. Discard them?</source>
        <translation>此档案有尚未保存的修改。要放弃这些修改吗？</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships.py" line="1115" />
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
</context>
</TS>