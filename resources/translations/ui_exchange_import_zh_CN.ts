<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ExchangeImport</name>
    <message>
        <location filename="../../healthdesk/ui/exchange_import.py" line="55" />
        <source>New response</source>
        <translation>新答卷</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange_import.py" line="56" />
        <location filename="../../healthdesk/ui/exchange_import.py" line="67" />
        <source>Nothing to do</source>
        <translation>无需处理</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange_import.py" line="57" />
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange_import.py" line="58" />
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange_import.py" line="59" />
        <location filename="../../healthdesk/ui/exchange_import.py" line="70" />
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange_import.py" line="60" />
        <location filename="../../healthdesk/ui/exchange_import.py" line="71" />
        <source>Replaced by the file</source>
        <translation>已用文件版本替换</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange_import.py" line="66" />
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange_import.py" line="68" />
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange_import.py" line="69" />
        <source>Conflict: current kept</source>
        <translation>冲突：保留现有版本</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange_import.py" line="77" />
        <source>The same answers are already here.</source>
        <translation>相同的答案已在此处。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange_import.py" line="78" />
        <source>This file was imported before.</source>
        <translation>此文件之前已导入。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange_import.py" line="79" />
        <source>Older than the response already here.</source>
        <translation>比此处已有的答卷更旧。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange_import.py" line="80" />
        <source>A newer file for the same person is in this batch.</source>
        <translation>本批中有同一人更新的文件。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange_import.py" line="81" />
        <source>The file holds no answers yet.</source>
        <translation>文件中还没有答案。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange_import.py" line="87" />
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange_import.py" line="88" />
        <source>in progress</source>
        <translation>作答中</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange_import.py" line="138" />
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange_import.py" line="139" />
        <source>In the database (kept)</source>
        <translation>数据库中（保留）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange_import.py" line="140" />
        <source>In the file</source>
        <translation>文件中</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange_import.py" line="143" />
        <source>Keep current</source>
        <translation>保留现有版本</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange_import.py" line="144" />
        <source>Use imported</source>
        <translation>使用导入版本</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange_import.py" line="147" />
        <source>One person's answers are shown here only to settle this conflict. Keep them confidential. What is in the database stays unless you choose the file's version.</source>
        <translation>此处显示个人答案仅用于解决此冲突，请注意保密。除非您选择文件中的版本，否则数据库中的内容保持不变。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange_import.py" line="160" />
        <source>{name} ({side}) submitted a response here; this newer file says something else.</source>
        <translation>{name}（{side}）已在此提交答卷；这个更新的文件内容不同。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange_import.py" line="178" />
        <source>(no answer)</source>
        <translation>（未回答）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange_import.py" line="180" />
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange_import.py" line="189" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange_import.py" line="204" />
        <source>Overall comment</source>
        <translation>总体意见</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange_import.py" line="296" />
        <location filename="../../healthdesk/ui/exchange_import.py" line="337" />
        <source>Import responses</source>
        <translation>导入答卷</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange_import.py" line="297" />
        <source>HealthDesk response files ({patterns})</source>
        <translation>HealthDesk 答卷文件 ({patterns})</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange_import.py" line="338" />
        <source>Import response files</source>
        <translation>导入答卷文件</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange_import.py" line="340" />
        <source>Nothing has been written yet. Check what each file will do, settle any conflict, then press Import. A backup is taken before anything is written.</source>
        <translation>尚未写入任何内容。请查看每个文件将如何处理，解决冲突后点击“导入”。写入前会先备份。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange_import.py" line="346" />
        <source>Done. The table shows what each file did.</source>
        <translation>完成。表格显示了每个文件的处理结果。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange_import.py" line="350" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange_import.py" line="351" />
        <source>Respondent</source>
        <translation>答卷人</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange_import.py" line="352" />
        <source>Round</source>
        <translation>评估轮次</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange_import.py" line="353" />
        <source>What happens</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange_import.py" line="354" />
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange_import.py" line="357" />
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange_import.py" line="358" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange_import.py" line="359" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange_import.py" line="367" />
        <source>{answered} of {total} answered, {status}</source>
        <translation>已回答 {answered}/{total}，{status}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange_import.py" line="376" />
        <source>Choose below which version to keep.</source>
        <translation>请在下方选择保留哪个版本。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange_import.py" line="391" />
        <source>Conflict: use the file</source>
        <translation>冲突：使用文件版本</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange_import.py" line="430" />
        <source>This data folder is open read-only: nothing can be imported.</source>
        <translation>此数据文件夹以只读方式打开：无法导入。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange_import.py" line="474" />
        <source>The import stopped: {error}</source>
        <translation>导入已中止：{error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/exchange_import.py" line="481" />
        <source>%n file(s) written to the database.</source>
        <translation>
            <numerusform>已将 %n 个文件写入数据库。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange_import.py" line="483" />
        <source>A backup was taken first: {name}</source>
        <translation>写入前已备份：{name}</translation>
    </message>
</context>
</TS>