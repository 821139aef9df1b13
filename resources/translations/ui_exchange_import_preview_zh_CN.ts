<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ExchangeImport</name>
    <message>
        <location filename="../../healthdesk/ui/exchange/import_preview.py" line="63" />
        <source>New response</source>
        <translation>新答卷</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/import_preview.py" line="64" />
        <location filename="../../healthdesk/ui/exchange/import_preview.py" line="75" />
        <source>Nothing to do</source>
        <translation>无需处理</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/import_preview.py" line="65" />
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/import_preview.py" line="66" />
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/import_preview.py" line="67" />
        <location filename="../../healthdesk/ui/exchange/import_preview.py" line="78" />
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/import_preview.py" line="68" />
        <location filename="../../healthdesk/ui/exchange/import_preview.py" line="79" />
        <source>Replaced by the file</source>
        <translation>已用文件版本替换</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/import_preview.py" line="74" />
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/import_preview.py" line="76" />
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/import_preview.py" line="77" />
        <source>Conflict: current kept</source>
        <translation>冲突：保留现有版本</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/import_preview.py" line="85" />
        <source>The same answers are already here.</source>
        <translation>相同的答案已在此处。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/import_preview.py" line="86" />
        <source>This file was imported before.</source>
        <translation>此文件之前已导入。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/import_preview.py" line="87" />
        <source>Older than the response already here.</source>
        <translation>比此处已有的答卷更旧。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/import_preview.py" line="88" />
        <source>A newer file for the same person is in this batch.</source>
        <translation>本批中有同一人更新的文件。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/import_preview.py" line="89" />
        <source>The file holds no answers yet.</source>
        <translation>文件中还没有答案。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/import_preview.py" line="95" />
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/import_preview.py" line="96" />
        <source>in progress</source>
        <translation>作答中</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/import_preview.py" line="146" />
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/import_preview.py" line="147" />
        <source>In the database (kept)</source>
        <translation>数据库中（保留）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/import_preview.py" line="148" />
        <source>In the file</source>
        <translation>文件中</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/import_preview.py" line="151" />
        <source>Keep current</source>
        <translation>保留现有版本</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/import_preview.py" line="152" />
        <source>Use imported</source>
        <translation>使用导入版本</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/import_preview.py" line="155" />
        <source>One person's answers are shown here only to settle this conflict. Keep them confidential. What is in the database stays unless you choose the file's version.</source>
        <translation>此处显示个人答案仅用于解决此冲突，请注意保密。除非您选择文件中的版本，否则数据库中的内容保持不变。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/import_preview.py" line="168" />
        <source>{name} ({side}) submitted a response here; this newer file says something else.</source>
        <translation>{name}（{side}）已在此提交答卷；这个更新的文件内容不同。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/import_preview.py" line="191" />
        <source>(no answer)</source>
        <translation>（未回答）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/import_preview.py" line="193" />
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/import_preview.py" line="201" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/import_preview.py" line="202" />
        <source>Overall comment</source>
        <translation>总体意见</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/import_preview.py" line="296" />
        <location filename="../../healthdesk/ui/exchange/import_preview.py" line="384" />
        <source>Import responses</source>
        <translation>导入答卷</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/import_preview.py" line="297" />
        <source>HealthDesk response files ({patterns})</source>
        <translation>HealthDesk 答卷文件 ({patterns})</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/import_preview.py" line="337" />
        <source>Reading the files…</source>
        <translation>正在读取文件……</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/import_preview.py" line="364" />
        <source>Reading the files was cancelled: the files not yet shown were left out.</source>
        <translation>读取文件已取消：尚未显示的文件未加入。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/import_preview.py" line="385" />
        <source>Import response files</source>
        <translation>导入答卷文件</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/import_preview.py" line="387" />
        <source>Nothing has been written yet. Check what each file will do, settle any conflict, then press Import. A backup is taken before anything is written.</source>
        <translation>尚未写入任何内容。请查看每个文件将如何处理，解决冲突后点击“导入”。写入前会先备份。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/import_preview.py" line="393" />
        <source>Done. The table shows what each file did.</source>
        <translation>完成。表格显示了每个文件的处理结果。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/import_preview.py" line="397" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/import_preview.py" line="398" />
        <source>Respondent</source>
        <translation>答卷人</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/import_preview.py" line="399" />
        <source>Round</source>
        <translation>评估轮次</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/import_preview.py" line="400" />
        <source>What happens</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/import_preview.py" line="401" />
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/import_preview.py" line="404" />
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/import_preview.py" line="405" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/import_preview.py" line="406" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/import_preview.py" line="420" />
        <source>{answered} of {total} answered, {status}</source>
        <translation>已回答 {answered}/{total}，{status}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/import_preview.py" line="427" />
        <source>Choose below which version to keep.</source>
        <translation>请在下方选择保留哪个版本。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/import_preview.py" line="433" />
        <source>Conflict: use the file</source>
        <translation>冲突：使用文件版本</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/import_preview.py" line="439" />
        <source>{name} ({side})</source>
        <translation>{name}（{side}）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/import_preview.py" line="450" />
        <source>Technical detail: {reason}</source>
        <translation>技术细节：{reason}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/import_preview.py" line="470" />
        <source>{outcome}: {count}</source>
        <translation>{outcome}：{count}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/import_preview.py" line="475" />
        <source>This data folder is open read-only: nothing can be imported.</source>
        <translation>此数据文件夹以只读方式打开：无法导入。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/import_preview.py" line="521" />
        <source>Importing…</source>
        <translation>正在导入……</translation>
    </message>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/exchange/import_preview.py" line="534" />
        <source>Import cancelled: %n file(s) written to the database; the others were not imported. Press Import to import them.</source>
        <translation>
            <numerusform>导入已取消：已将 %n 个文件写入数据库，其余文件未导入。按“导入”可继续导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/exchange/import_preview.py" line="542" />
        <source>%n file(s) written to the database.</source>
        <translation>
            <numerusform>已将 %n 个文件写入数据库。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/import_preview.py" line="544" />
        <source>A backup was taken first: {name}</source>
        <translation>写入前已备份：{name}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/import_preview.py" line="562" />
        <source>The import stopped: {error}</source>
        <translation>导入已中止：{error}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/import_preview.py" line="569" />
        <source>Import cancelled: nothing was written.</source>
        <translation>导入已取消：没有写入任何内容。</translation>
    </message>
</context>
</TS>