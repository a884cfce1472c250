<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>vt::AboutDialog</name>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>&lt;p&gt;This program is free software, licensed under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Đây là phần mềm tự do, cấp phép theo Giấy phép Công cộng GNU (GNU General Public License) phiên bản 3 hoặc (tùy chọn) phiên bản mới hơn (GPL-3.0-or-later). Chương trình được cung cấp không kèm bất kỳ bảo đảm nào.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>vt::AddFollowUpUpdateDialog</name>
    <message>
        <source>Add follow-up update</source>
        <translation>Thêm cập nhật tiến độ</translation>
    </message>
    <message>
        <source>%1
Visit: %2 — %3
Responsible unit: %4
Status: %5</source>
        <translation>%1
Buổi làm việc: %2 — %3
Đơn vị chủ trì: %4
Trạng thái: %5</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>What was done since the last update</source>
        <translation>Những việc đã làm từ lần cập nhật trước</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>không ghi</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>e.g. Report No. 12-BC/TU of 30/9/2023</source>
        <translation>ví dụ: Báo cáo số 12-BC/TU ngày 30/9/2023</translation>
    </message>
    <message>
        <source>Keep “%1”</source>
        <translation>Giữ nguyên “%1”</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>&amp;Progress:</source>
        <translation>&amp;Tiến độ:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Minh chứng:</translation>
    </message>
    <message>
        <source>New &amp;status:</source>
        <translation>Trạng thái mớ&amp;i:</translation>
    </message>
    <message>
        <source>&amp;Add update</source>
        <translation>Thêm &amp;cập nhật</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Attac&amp;hments:</source>
        <translation>Tài liệu đính &amp;kèm:</translation>
    </message>
</context>
<context>
    <name>vt::AttachmentInterchange</name>
    <message>
        <source>must be an array of attachments</source>
        <translation>phải là một mảng các tệp đính kèm</translation>
    </message>
    <message>
        <source>attachments can only be imported from a file, whose folder holds them</source>
        <translation>chỉ nhập được tệp đính kèm từ một tệp JSON, thư mục chứa tệp đó giữ các tệp đính kèm</translation>
    </message>
    <message>
        <source>needs a name, a path and a sha256 (64 lower-case hexadecimal digits)</source>
        <translation>cần có name, path và sha256 (64 chữ số thập lục phân viết thường)</translation>
    </message>
    <message>
        <source>“%1” must be relative to the document and stay in its folder</source>
        <translation>“%1” phải là đường dẫn tương đối so với tài liệu và nằm trong thư mục của nó</translation>
    </message>
    <message>
        <source>the file “%1” is missing</source>
        <translation>thiếu tệp “%1”</translation>
    </message>
    <message>
        <source>cannot read “%1”: %2</source>
        <translation>không đọc được “%1”: %2</translation>
    </message>
    <message>
        <source>the file “%1” was altered: it has %2 bytes, the document says %3</source>
        <translation>tệp “%1” đã bị thay đổi: tệp có %2 byte, tài liệu ghi %3</translation>
    </message>
    <message>
        <source>the file “%1” was altered: its SHA-256 is %2, the document says %3</source>
        <translation>tệp “%1” đã bị thay đổi: SHA-256 của tệp là %2, tài liệu ghi %3</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Không ghi được “%1”: %2</translation>
    </message>
    <message>
        <source>a finding with attachments needs a key</source>
        <translation>nội dung đánh giá có tệp đính kèm phải có mã (key)</translation>
    </message>
    <message>
        <source>%1: cannot read “%2”: %3</source>
        <translation>%1: không đọc được “%2”: %3</translation>
    </message>
    <message>
        <source>%1: “%2” changed while it was imported</source>
        <translation>%1: “%2” đã thay đổi trong lúc nhập</translation>
    </message>
</context>
<context>
    <name>vt::AttachmentListModel</name>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Print this photo with its caption and credit at the end of the minutes</source>
        <translation>In ảnh này kèm chú thích và nguồn ảnh ở cuối biên bản</translation>
    </message>
    <message>
        <source>Only photos are printed in the minutes</source>
        <translation>Chỉ ảnh mới được in vào biên bản</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Chú thích</translation>
    </message>
    <message>
        <source>Credit / source</source>
        <translation>Tác giả / nguồn</translation>
    </message>
    <message>
        <source>In minutes</source>
        <translation>In vào biên bản</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>Thuộc về</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ngày thêm</translation>
    </message>
    <message>
        <source>Finding %1: %2</source>
        <translation>Nội dung đánh giá %1: %2</translation>
    </message>
    <message>
        <source>Finding %1 (no longer in the visit)</source>
        <translation>Nội dung đánh giá %1 (không còn trong buổi làm việc)</translation>
    </message>
    <message>
        <source>Follow-up update %1 (%2)</source>
        <translation>Cập nhật tiến độ %1 (%2)</translation>
    </message>
    <message>
        <source>Follow-up update %1 (no longer in the visit)</source>
        <translation>Cập nhật tiến độ %1 (không còn trong buổi làm việc)</translation>
    </message>
    <message>
        <source>The visit</source>
        <translation>Buổi làm việc</translation>
    </message>
</context>
<context>
    <name>vt::AttachmentService</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1” không tồn tại.</translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation>“%1” không phải là tệp.</translation>
    </message>
    <message>
        <source>“%1” is empty (0 bytes): there is nothing to attach.</source>
        <translation>“%1” rỗng (0 byte): không có gì để đính kèm.</translation>
    </message>
    <message>
        <source>“%1” is %2, more than the limit of %3 per file. The limit can be changed in Preferences.</source>
        <translation>“%1” có dung lượng %2, vượt giới hạn %3 cho mỗi tệp. Có thể đổi giới hạn trong Tùy chọn.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Không đọc được “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” changed while it was being read. Wait until it is complete and attach it again.</source>
        <translation>“%1” đã thay đổi trong lúc đang đọc. Hãy chờ tệp hoàn tất rồi đính kèm lại.</translation>
    </message>
    <message>
        <source>“%1” cannot be attached: it is empty, too large or not the file that was read.</source>
        <translation>Không đính kèm được “%1”: tệp rỗng, quá lớn hoặc không còn là tệp đã đọc.</translation>
    </message>
    <message>
        <source>Could not attach “%1”: %2</source>
        <translation>Không đính kèm được “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is not a name every file system accepts: it must not be empty, end with a dot or a space, or contain / \ : * ? &quot; &lt; &gt; |. For example: “%2”.</source>
        <translation>“%1” không phải là tên mọi hệ thống tệp đều chấp nhận: tên không được để trống, kết thúc bằng dấu chấm hay dấu cách, hoặc chứa / \ : * ? &quot; &lt; &gt; |. Ví dụ: “%2”.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Không ghi được “%1”: %2</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Không tạo được thư mục tạm: %1</translation>
    </message>
    <message>
        <source>The database “%1” is open read-only.</source>
        <translation>Cơ sở dữ liệu “%1” đang mở ở chế độ chỉ đọc.</translation>
    </message>
    <message>
        <source>The attachment “%1” was changed after this step, and undoing or redoing the step would overwrite that change. Nothing was changed.</source>
        <translation>Tệp đính kèm “%1” đã được thay đổi sau bước này; hoàn tác hoặc làm lại bước này sẽ ghi đè lên thay đổi đó. Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>“%1” cannot be put back: the visit, finding or follow-up update it was attached to is no longer there. Nothing was changed.</source>
        <translation>Không thể khôi phục “%1”: buổi làm việc, nội dung đánh giá hoặc lần cập nhật theo dõi mà tệp được đính kèm không còn nữa. Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>“%1” cannot be put back: its content was not kept.</source>
        <translation>Không thể khôi phục “%1”: nội dung của tệp không được lưu giữ.</translation>
    </message>
</context>
<context>
    <name>vt::AttachmentsDialog</name>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
</context>
<context>
    <name>vt::AttachmentsPanel</name>
    <message>
        <source>Attachments</source>
        <translation>Tài liệu đính kèm</translation>
    </message>
    <message>
        <source>Attachments of this finding…</source>
        <translation>Tài liệu đính kèm của nội dung đánh giá này…</translation>
    </message>
    <message>
        <source>Attachments of a finding</source>
        <translation>Tài liệu đính kèm của nội dung đánh giá</translation>
    </message>
    <message>
        <source>Select a finding that has a key, in a visit that has been saved.</source>
        <translation>Hãy chọn một nội dung đánh giá có mã (key), trong buổi làm việc đã được lưu.</translation>
    </message>
    <message>
        <source>Attachments of finding %1</source>
        <translation>Tài liệu đính kèm của nội dung đánh giá %1</translation>
    </message>
    <message>
        <source>Attach new files &amp;to:</source>
        <translation>Đính kèm tệp mới &amp;vào:</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>Đính &amp;kèm tệp…</translation>
    </message>
    <message>
        <source>Attach photos or documents; you can also drop files here</source>
        <translation>Đính kèm ảnh hoặc tài liệu; cũng có thể kéo thả tệp vào đây</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>Open a copy with the desktop&apos;s application for this type</source>
        <translation>Mở một bản sao bằng ứng dụng mặc định của máy cho loại tệp này</translation>
    </message>
    <message>
        <source>Sa&amp;ve a copy…</source>
        <translation>Lưu &amp;bản sao…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Xó&amp;a</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>Not attached: %1</source>
        <translation>Chưa đính kèm: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached.</source>
        <translation>
            <numerusform>Đã đính kèm %n tệp.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Đính kèm tệp</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.pdf *.doc *.docx *.odt *.xls *.xlsx *.ods);;All files (*)</source>
        <translation>Ảnh và tài liệu (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.pdf *.doc *.docx *.odt *.xls *.xlsx *.ods);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>“%1” was removed.</source>
        <translation>Đã xóa “%1”.</translation>
    </message>
    <message>
        <source>“%1” is back.</source>
        <translation>Đã khôi phục “%1”.</translation>
    </message>
    <message>
        <source>No application opens “%1” (%2). Save a copy and open it from there.</source>
        <translation>Không có ứng dụng nào mở được “%1” (%2). Hãy lưu một bản sao rồi mở từ đó.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Lưu bản sao</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Đã lưu thành %1.</translation>
    </message>
    <message>
        <source>Photos and documents kept in the database with the visit (limit %1 per file). Drop files here to attach them.</source>
        <translation>Ảnh và tài liệu được lưu trong cơ sở dữ liệu cùng buổi làm việc (tối đa %1 mỗi tệp). Kéo thả tệp vào đây để đính kèm.</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Là&amp;m lại</translation>
    </message>
    <message>
        <source>This visit is not saved yet: the files below are attached to it when you save it. Drop files here or choose them.</source>
        <translation>Buổi làm việc này chưa được lưu: các tệp dưới đây sẽ được đính kèm khi bạn lưu. Hãy thả tệp vào đây hoặc chọn tệp.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will be attached when the visit is saved.</source>
        <translation>
            <numerusform>%n tệp sẽ được đính kèm khi lưu buổi làm việc.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vt::AttendeeTableModel</name>
    <message>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Thành phần</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Note / reason for absence</source>
        <translation>Ghi chú / lý do vắng</translation>
    </message>
</context>
<context>
    <name>vt::AutomaticBackups</name>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Sao lưu tự động không thành công: %1</translation>
    </message>
    <message>
        <source>Writing the automatic backup…</source>
        <translation>Đang ghi bản sao lưu tự động…</translation>
    </message>
    <message numerus="yes">
        <source>Automatic backup written: %1 (%Ln visit(s)).</source>
        <translation>
            <numerusform>Đã sao lưu tự động: %1 (%Ln buổi làm việc).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vt::BackupActions</name>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <source>List the automatic backups of this database and put one back</source>
        <translation>Liệt kê các bản sao lưu tự động của cơ sở dữ liệu này và khôi phục một bản</translation>
    </message>
</context>
<context>
    <name>vt::BackupRotation</name>
    <message>
        <source>Could not create the backup folder “%1”.</source>
        <translation>Không thể tạo thư mục sao lưu “%1”.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Chưa mở cơ sở dữ liệu nào.</translation>
    </message>
    <message>
        <source>“%1” is open read-only (%2), so it cannot be replaced.</source>
        <translation>“%1” đang mở ở chế độ chỉ đọc (%2) nên không thể thay thế.</translation>
    </message>
    <message>
        <source>The backup “%1” failed its check and was not restored; the current database is unchanged. %2</source>
        <translation>Bản sao lưu “%1” không qua được kiểm tra nên không được khôi phục; cơ sở dữ liệu hiện tại không thay đổi. %2</translation>
    </message>
    <message>
        <source>The current database could not be kept as a backup, so nothing was restored: %1</source>
        <translation>Không thể giữ cơ sở dữ liệu hiện tại thành bản sao lưu nên chưa khôi phục gì: %1</translation>
    </message>
    <message>
        <source>The backup was not restored: %1. The current database is unchanged (and also kept as “%2”).</source>
        <translation>Chưa khôi phục được bản sao lưu: %1. Cơ sở dữ liệu hiện tại không thay đổi (và cũng đã được giữ lại thành “%2”).</translation>
    </message>
</context>
<context>
    <name>vt::BackupSettingsBox</name>
    <message>
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>Back up the open database automatically every &amp;day</source>
        <translation>&amp;Tự động sao lưu cơ sở dữ liệu đang mở mỗi ngày</translation>
    </message>
    <message>
        <source>Number of backups kept</source>
        <translation>Số bản sao lưu được giữ lại</translation>
    </message>
    <message>
        <source>Backups are verified and kept in %1; the oldest are deleted. File ▸ Restore from backup puts one back.</source>
        <translation>Bản sao lưu được kiểm tra và lưu trong %1; các bản cũ nhất sẽ bị xóa. Tệp ▸ Khôi phục từ bản sao lưu để đưa một bản trở lại.</translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation>Giữ &amp;lại số bản gần nhất:</translation>
    </message>
</context>
<context>
    <name>vt::CarryOverPage</name>
    <message>
        <source>Visit</source>
        <translation>Buổi làm việc</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Đề nghị</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Đơn vị chủ trì</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Kết quả kiểm tra</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Verdict on recommendation %1</source>
        <translation>Kết quả kiểm tra đề nghị %1</translation>
    </message>
    <message>
        <source>— not verified —</source>
        <translation>— chưa kiểm tra —</translation>
    </message>
    <message>
        <source>Note on the verdict on recommendation %1</source>
        <translation>Ghi chú kết quả kiểm tra đề nghị %1</translation>
    </message>
    <message>
        <source>What the delegation found</source>
        <translation>Đoàn ghi nhận</translation>
    </message>
    <message>
        <source>Earlier recommendations are listed when the visit is edited with a database open.</source>
        <translation>Các đề nghị trước đây được liệt kê khi soạn buổi làm việc với cơ sở dữ liệu đang mở.</translation>
    </message>
    <message>
        <source>Enter the host organisation and the date to list the recommendations still open from earlier visits to that host.</source>
        <translation>Nhập đơn vị làm việc và ngày để liệt kê các đề nghị chưa hoàn thành từ các buổi làm việc trước với đơn vị đó.</translation>
    </message>
    <message>
        <source>No recommendation from earlier visits to %1 is still open.</source>
        <translation>Không còn đề nghị nào chưa hoàn thành từ các buổi làm việc trước với %1.</translation>
    </message>
    <message>
        <source>Recommendations still open from earlier visits to %1. Record what the delegation found for each: saving the visit adds the verdict to the recommendation&apos;s follow-up.</source>
        <translation>Các đề nghị chưa hoàn thành từ các buổi làm việc trước với %1. Ghi kết quả Đoàn kiểm tra cho từng đề nghị: khi lưu buổi làm việc, kết quả được thêm vào nhật ký theo dõi của đề nghị.</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %Ln day(s) on the date of this visit</source>
        <translation>
            <numerusform>Quá hạn %Ln ngày tính đến ngày làm việc này</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vt::ChangeHistoryDialog</name>
    <message>
        <source>History of this visit</source>
        <translation>Lịch sử thay đổi của buổi làm việc này</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Lịch sử thay đổi</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Trước</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sau</translation>
    </message>
    <message>
        <source>The history is kept in the database file and cannot be changed.</source>
        <translation>Lịch sử được lưu trong tệp cơ sở dữ liệu và không thể sửa.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Visit or organisation</source>
        <translation>Buổi làm việc hoặc tổ chức</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln thay đổi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vt::ChangeValueText</name>
    <message>
        <source>The visit</source>
        <translation>Buổi làm việc</translation>
    </message>
    <message>
        <source>The organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>Attendee %1</source>
        <translation>Người dự %1</translation>
    </message>
    <message>
        <source>Report figure %1</source>
        <translation>Số liệu báo cáo %1</translation>
    </message>
    <message>
        <source>Finding %1</source>
        <translation>Nội dung đánh giá %1</translation>
    </message>
    <message>
        <source>Indicator %1</source>
        <translation>Chỉ tiêu %1</translation>
    </message>
    <message>
        <source>Recommendation %1</source>
        <translation>Đề nghị %1</translation>
    </message>
    <message>
        <source>follow-up update %1</source>
        <translation>cập nhật tiến độ %1</translation>
    </message>
    <message>
        <source>Verdict on an earlier recommendation %1</source>
        <translation>Kết quả kiểm tra đề nghị kỳ trước %1</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Mã tham chiếu</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Ngày kết thúc</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Đoàn công tác</translation>
    </message>
    <message>
        <source>Host organisation</source>
        <translation>Đơn vị làm việc</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tóm tắt kết quả</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Thành phần tham dự</translation>
    </message>
    <message>
        <source>Report figures</source>
        <translation>Số liệu báo cáo</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Nội dung đánh giá</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Đề nghị</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>Under</source>
        <translation>Trực thuộc</translation>
    </message>
    <message>
        <source>Report figure</source>
        <translation>Số liệu báo cáo</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Đề nghị</translation>
    </message>
    <message>
        <source>Recommendation no.</source>
        <translation>Đề nghị số</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Thành phần</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Unit of measure</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Tính đến ngày</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Kết quả thực hiện</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Đơn vị chủ trì</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Ngày hoàn thành</translation>
    </message>
    <message>
        <source>Limitations addressed</source>
        <translation>Hạn chế liên quan</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Kết quả kiểm tra</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Loại tệp</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>In the minutes</source>
        <translation>In vào biên bản</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Chú thích</translation>
    </message>
    <message>
        <source>Credit / source</source>
        <translation>Tác giả / nguồn</translation>
    </message>
    <message>
        <source>Of the finding</source>
        <translation>Thuộc nội dung đánh giá</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>Thuộc</translation>
    </message>
</context>
<context>
    <name>vt::ChartPane</name>
    <message>
        <source>Save as PNG…</source>
        <translation>Lưu thành PNG…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Lưu thành PDF…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Lưu biểu đồ</translation>
    </message>
    <message>
        <source>Cannot save the chart</source>
        <translation>Không lưu được biểu đồ</translation>
    </message>
</context>
<context>
    <name>vt::DashboardFilterBar</name>
    <message>
        <source>Host organisation</source>
        <translation>Đơn vị làm việc</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Đoàn công tác</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>Indicator compared</source>
        <translation>Chỉ tiêu so sánh</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Tính đến ngày</translation>
    </message>
    <message>
        <source>On track from</source>
        <translation>Đạt từ</translation>
    </message>
    <message>
        <source>Near from</source>
        <translation>Gần đạt từ</translation>
    </message>
    <message>
        <source>Progress from which an indicator is on track (green)</source>
        <translation>Tiến độ từ mức này trở lên là đạt (xanh lá)</translation>
    </message>
    <message>
        <source>Progress from which an indicator is near its plan (amber); below it is behind (red)</source>
        <translation>Tiến độ từ mức này trở lên là gần đạt (vàng); thấp hơn là chậm (đỏ)</translation>
    </message>
    <message>
        <source>&amp;Delegation:</source>
        <translation>Đ&amp;oàn:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Kỳ:</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>Tính đến ngà&amp;y:</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Chỉ tiêu:</translation>
    </message>
    <message>
        <source>On &amp;track ≥</source>
        <translation>&amp;Mức đạt ≥</translation>
    </message>
    <message>
        <source>&amp;Near ≥</source>
        <translation>Gầ&amp;n đạt ≥</translation>
    </message>
    <message>
        <source>All hosts</source>
        <translation>Tất cả đơn vị</translation>
    </message>
    <message>
        <source>All delegations</source>
        <translation>Tất cả đoàn</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Mới nhất</translation>
    </message>
    <message>
        <source>Latest (%1)</source>
        <translation>Mới nhất (%1)</translation>
    </message>
    <message>
        <source>Most measured</source>
        <translation>Nhiều đơn vị báo cáo nhất</translation>
    </message>
    <message>
        <source>H&amp;ost:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
</context>
<context>
    <name>vt::DashboardView</name>
    <message>
        <source>Period %1, as of %2: %3 of %4 indicators behind plan; %5 of %6 planned visits held.</source>
        <translation>Kỳ %1, tính đến %2: %3/%4 chỉ tiêu chậm so với kế hoạch; đã làm việc %5/%6 buổi theo kế hoạch.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Đang đọc số liệu…</translation>
    </message>
</context>
<context>
    <name>vt::Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>Chưa chỉ định tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The database file “%1” does not exist.</source>
        <translation>Tệp cơ sở dữ liệu “%1” không tồn tại.</translation>
    </message>
    <message>
        <source>Could not create the folder for the database file “%1”.</source>
        <translation>Không thể tạo thư mục cho tệp cơ sở dữ liệu “%1”.</translation>
    </message>
    <message>
        <source>The database file “%1” is empty.</source>
        <translation>Tệp cơ sở dữ liệu “%1” rỗng.</translation>
    </message>
    <message>
        <source>The database file “%1” cannot be read.</source>
        <translation>Không đọc được tệp cơ sở dữ liệu “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a Visit Tracker database (it is not an SQLite file).</source>
        <translation>“%1” không phải cơ sở dữ liệu của Theo dõi đoàn công tác (không phải tệp SQLite).</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a database file.</source>
        <translation>“%1” là thư mục, không phải tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Could not open the database file “%1”: %2</source>
        <translation>Không mở được tệp cơ sở dữ liệu “%1”: %2</translation>
    </message>
    <message>
        <source>Could not switch “%1” to write-ahead logging: %2</source>
        <translation>Không chuyển được “%1” sang chế độ ghi nhật ký trước (WAL): %2</translation>
    </message>
    <message>
        <source>Could not prepare the database file “%1”: %2</source>
        <translation>Không chuẩn bị được tệp cơ sở dữ liệu “%1”: %2</translation>
    </message>
    <message>
        <source>Could not configure “%1”</source>
        <translation>Không cấu hình được “%1”</translation>
    </message>
    <message>
        <source>“%1” is not a readable Visit Tracker database: %2</source>
        <translation>“%1” không phải cơ sở dữ liệu Theo dõi đoàn công tác đọc được: %2</translation>
    </message>
    <message>
        <source>Could not read the identity of “%1”.</source>
        <translation>Không đọc được định danh của “%1”.</translation>
    </message>
    <message>
        <source>Could not read the schema version of “%1”.</source>
        <translation>Không đọc được phiên bản lược đồ của “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a Visit Tracker database.</source>
        <translation>“%1” không phải cơ sở dữ liệu của Theo dõi đoàn công tác.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Visit Tracker (schema %2); this version reads up to %3.</source>
        <translation>“%1” được ghi bởi phiên bản Theo dõi đoàn công tác mới hơn (lược đồ %2); phiên bản này chỉ đọc đến lược đồ %3.</translation>
    </message>
    <message>
        <source>“%1” uses an older schema (%2) and must be opened for writing once to be upgraded.</source>
        <translation>“%1” dùng lược đồ cũ (%2), cần mở ở chế độ ghi một lần để nâng cấp.</translation>
    </message>
    <message>
        <source>Could not save the carry-over verdicts of visit %1</source>
        <translation>Không lưu được kết quả kiểm tra đề nghị trước của buổi làm việc %1</translation>
    </message>
    <message>
        <source>Could not read the carry-over verdicts of visit %1</source>
        <translation>Không đọc được kết quả kiểm tra đề nghị trước của buổi làm việc %1</translation>
    </message>
    <message>
        <source>%1: unknown value “%2” in the database</source>
        <translation>%1: giá trị không hợp lệ “%2” trong cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Could not keep the carry-over verdicts on visit %1</source>
        <translation>Không giữ được kết quả kiểm tra đề nghị trước của buổi làm việc %1</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Cơ sở dữ liệu chưa được mở.</translation>
    </message>
    <message>
        <source>Could not save: no transaction is active (%1).</source>
        <translation>Không lưu được: chưa mở giao dịch (%1).</translation>
    </message>
    <message>
        <source>Could not save the changes: %1</source>
        <translation>Không lưu được thay đổi: %1</translation>
    </message>
    <message>
        <source>Could not create schema version %1</source>
        <translation>Không tạo được lược đồ phiên bản %1</translation>
    </message>
    <message>
        <source>Could not start the schema upgrade of “%1”: %2</source>
        <translation>Không bắt đầu được việc nâng cấp lược đồ của “%1”: %2</translation>
    </message>
    <message>
        <source>Could not record the schema version</source>
        <translation>Không ghi được phiên bản lược đồ</translation>
    </message>
    <message>
        <source>Could not record the file identity</source>
        <translation>Không ghi được định danh tệp</translation>
    </message>
    <message>
        <source>Could not read the follow-up list</source>
        <translation>Không đọc được danh sách theo dõi</translation>
    </message>
    <message>
        <source>There is no recommendation %1.</source>
        <translation>Không có đề nghị %1.</translation>
    </message>
    <message>
        <source>Could not add the follow-up update</source>
        <translation>Không thêm được cập nhật tiến độ</translation>
    </message>
    <message>
        <source>Could not change the status of recommendation %1</source>
        <translation>Không đổi được trạng thái của đề nghị %1</translation>
    </message>
    <message>
        <source>%1: there is no such recommendation.</source>
        <translation>%1: không có đề nghị này.</translation>
    </message>
    <message>
        <source>Could not update the search index</source>
        <translation>Không cập nhật được chỉ mục tìm kiếm</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not save the visit “%1”: the database “%2” is open read-only.</source>
        <translation>Không lưu được buổi làm việc “%1”: cơ sở dữ liệu “%2” đang mở ở chế độ chỉ đọc.</translation>
    </message>
    <message>
        <source>Could not read visit %1: %2</source>
        <translation>Không thể đọc buổi làm việc %1: %2</translation>
    </message>
    <message>
        <source>unknown value “%1” in the database</source>
        <translation>giá trị không hợp lệ “%1” trong cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>damaged extension fields</source>
        <translation>các trường mở rộng bị hỏng</translation>
    </message>
    <message>
        <source>There is no visit %1.</source>
        <translation>Không có buổi làm việc %1.</translation>
    </message>
    <message>
        <source>Could not delete visit %1</source>
        <translation>Không xóa được buổi làm việc %1</translation>
    </message>
    <message>
        <source>Could not delete visit %1: there is no such visit.</source>
        <translation>Không xóa được buổi làm việc %1: không có buổi làm việc này.</translation>
    </message>
    <message>
        <source>Could not record the name “%1”</source>
        <translation>Không ghi được tên “%1”</translation>
    </message>
    <message>
        <source>Could not save the visit “%1”: it has no valid date.</source>
        <translation>Không lưu được buổi làm việc “%1”: chưa có ngày hợp lệ.</translation>
    </message>
    <message>
        <source>Could not save the visit “%1”</source>
        <translation>Không lưu được buổi làm việc “%1”</translation>
    </message>
    <message>
        <source>Could not save the visit “%1”: there is no visit %2 to update.</source>
        <translation>Không lưu được buổi làm việc “%1”: không có buổi làm việc %2 để cập nhật.</translation>
    </message>
    <message>
        <source>Could not replace the records of visit %1</source>
        <translation>Không thay thế được dữ liệu của buổi làm việc %1</translation>
    </message>
    <message>
        <source>Could not save the attendees of “%1”</source>
        <translation>Không lưu được thành phần tham dự của “%1”</translation>
    </message>
    <message>
        <source>Could not save the report figures of “%1”</source>
        <translation>Không lưu được số liệu báo cáo của “%1”</translation>
    </message>
    <message>
        <source>Could not save the findings of “%1”</source>
        <translation>Không lưu được nội dung đánh giá của “%1”</translation>
    </message>
    <message>
        <source>Could not save the indicators of “%1”</source>
        <translation>Không lưu được chỉ tiêu của “%1”</translation>
    </message>
    <message>
        <source>Could not save the recommendations of “%1”</source>
        <translation>Không lưu được đề nghị của “%1”</translation>
    </message>
    <message>
        <source>Could not link the recommendation “%1” to its findings</source>
        <translation>Không liên kết được đề nghị “%1” với nội dung đánh giá</translation>
    </message>
    <message>
        <source>Could not save the recommendation “%1”: it addresses the finding “%2”, which the visit does not have.</source>
        <translation>Không lưu được đề nghị “%1”: đề nghị tham chiếu nội dung đánh giá “%2” mà buổi làm việc không có.</translation>
    </message>
    <message>
        <source>Could not save the follow-up of the recommendation “%1”</source>
        <translation>Không lưu được nhật ký theo dõi của đề nghị “%1”</translation>
    </message>
    <message>
        <source>it was opened read-only on request</source>
        <translation>tệp được mở ở chế độ chỉ đọc theo yêu cầu</translation>
    </message>
    <message>
        <source>the file cannot be written (it is read-only, or you have no permission to change it)</source>
        <translation>không ghi được vào tệp (tệp chỉ đọc, hoặc không có quyền sửa)</translation>
    </message>
    <message>
        <source>its folder “%1” cannot be written</source>
        <translation>không ghi được vào thư mục “%1”</translation>
    </message>
    <message>
        <source>the lock file cannot be created</source>
        <translation>không tạo được tệp khóa</translation>
    </message>
    <message>
        <source>Could not open “%1” for writing: %2.</source>
        <translation>Không mở được “%1” để ghi: %2.</translation>
    </message>
    <message>
        <source>“%1” is damaged (%2). It was not opened and not changed. Restore it from a backup, or keep a copy and ask for help to recover it.</source>
        <translation>“%1” bị hỏng (%2). Tệp không được mở và không bị thay đổi. Hãy khôi phục từ bản sao lưu, hoặc giữ một bản sao và nhờ hỗ trợ khôi phục.</translation>
    </message>
    <message>
        <source>“%1” needs a schema upgrade, but the safety copy could not be written, so it was not upgraded: %2</source>
        <translation>“%1” cần nâng cấp lược đồ nhưng không ghi được bản sao an toàn, nên chưa nâng cấp: %2</translation>
    </message>
    <message>
        <source>Could not upgrade the database file “%1”: %2. The file was left as it was; a copy made before the upgrade is in “%3”.</source>
        <translation>Không nâng cấp được tệp cơ sở dữ liệu “%1”: %2. Tệp được giữ nguyên; bản sao tạo trước khi nâng cấp nằm ở “%3”.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Chưa mở cơ sở dữ liệu nào.</translation>
    </message>
    <message>
        <source>A copy cannot replace the open database file “%1”.</source>
        <translation>Bản sao không thể ghi đè tệp cơ sở dữ liệu đang mở “%1”.</translation>
    </message>
    <message>
        <source>Could not write the copy “%1”: %2</source>
        <translation>Không ghi được bản sao “%1”: %2</translation>
    </message>
    <message>
        <source>Could not replace “%1”.</source>
        <translation>Không thay thế được “%1”.</translation>
    </message>
    <message>
        <source>the copy has %1 visits, the database %2</source>
        <translation>bản sao có %1 buổi làm việc, cơ sở dữ liệu có %2</translation>
    </message>
    <message>
        <source>No backup file was given.</source>
        <translation>Chưa chỉ định tệp sao lưu.</translation>
    </message>
    <message>
        <source>Cannot back up “%1” onto itself: choose another file name.</source>
        <translation>Không thể sao lưu “%1” đè lên chính nó: hãy chọn tên tệp khác.</translation>
    </message>
    <message>
        <source>“%1” is a folder: give the name of the backup file.</source>
        <translation>“%1” là thư mục: hãy cho tên tệp sao lưu.</translation>
    </message>
    <message>
        <source>“%1” is in use (“%2” exists beside it): close the program using it or choose another file name.</source>
        <translation>“%1” đang được dùng (có “%2” bên cạnh): hãy đóng chương trình đang dùng hoặc chọn tên tệp khác.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist: create it or choose another place for the backup.</source>
        <translation>Thư mục “%1” không tồn tại: hãy tạo thư mục hoặc chọn nơi khác để sao lưu.</translation>
    </message>
    <message>
        <source>Could not read the database “%1”: %2</source>
        <translation>Không đọc được cơ sở dữ liệu “%1”: %2</translation>
    </message>
    <message>
        <source>Could not write the backup “%1”: %2. Check that the folder can be written and has free space.</source>
        <translation>Không ghi được bản sao lưu “%1”: %2. Hãy kiểm tra thư mục có ghi được và còn dung lượng trống.</translation>
    </message>
    <message>
        <source>Could not write the backup “%1”: %2</source>
        <translation>Không ghi được bản sao lưu “%1”: %2</translation>
    </message>
    <message>
        <source>Could not write the backup “%1” to the disk.</source>
        <translation>Không ghi được bản sao lưu “%1” xuống đĩa.</translation>
    </message>
    <message>
        <source>The backup “%1” failed its verification (%2); nothing was written. Try again, and run `check` on the database.</source>
        <translation>Bản sao lưu “%1” không qua được kiểm tra (%2); không có gì được ghi. Hãy thử lại và chạy lệnh `check` với cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Could not replace “%1” with the backup: %2</source>
        <translation>Không thay được “%1” bằng bản sao lưu: %2</translation>
    </message>
    <message>
        <source>the check could not run: %1</source>
        <translation>không chạy được việc kiểm tra: %1</translation>
    </message>
    <message>
        <source>the check stopped: %1</source>
        <translation>việc kiểm tra bị dừng: %1</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>toàn vẹn: %1</translation>
    </message>
    <message>
        <source>the foreign key check could not run: %1</source>
        <translation>không chạy được việc kiểm tra khóa ngoại: %1</translation>
    </message>
    <message>
        <source>foreign key: row %1 of table %2 refers to a missing row of table %3</source>
        <translation>khóa ngoại: dòng %1 của bảng %2 tham chiếu dòng không tồn tại của bảng %3</translation>
    </message>
    <message>
        <source>identity: application_id is %1, expected %2 (not a Visit Tracker database)</source>
        <translation>định danh: application_id là %1, cần %2 (không phải cơ sở dữ liệu Theo dõi đoàn công tác)</translation>
    </message>
    <message>
        <source>schema: version %1, expected %2</source>
        <translation>lược đồ: phiên bản %1, cần %2</translation>
    </message>
    <message>
        <source>schema: the table list cannot be read: %1</source>
        <translation>lược đồ: không đọc được danh sách bảng: %1</translation>
    </message>
    <message>
        <source>schema: table %1 is missing</source>
        <translation>lược đồ: thiếu bảng %1</translation>
    </message>
    <message>
        <source>it is already open for writing in another Visit Tracker window (process %1)</source>
        <translation>tệp đang được mở để ghi trong một cửa sổ Theo dõi đoàn công tác khác (tiến trình %1)</translation>
    </message>
    <message>
        <source>it is already open for writing in another Visit Tracker window (process %1 on %2)</source>
        <translation>tệp đang được mở để ghi trong một cửa sổ Theo dõi đoàn công tác khác (tiến trình %1 trên máy %2)</translation>
    </message>
    <message>
        <source>the lock file “%1” cannot be created</source>
        <translation>không tạo được tệp khóa “%1”</translation>
    </message>
    <message>
        <source>the disk is full, so nothing was saved; free some space and try again, or save a copy elsewhere</source>
        <translation>đĩa đã đầy nên chưa lưu được gì; hãy giải phóng dung lượng rồi thử lại, hoặc lưu bản sao ở nơi khác</translation>
    </message>
    <message>
        <source>the disk could not be read or written, so nothing was saved; check the drive and try again</source>
        <translation>không đọc hoặc ghi được đĩa nên chưa lưu được gì; hãy kiểm tra ổ đĩa rồi thử lại</translation>
    </message>
    <message>
        <source>the database file is damaged; restore it from a backup</source>
        <translation>tệp cơ sở dữ liệu bị hỏng; hãy khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Could not record the change history</source>
        <translation>Không ghi được lịch sử thay đổi</translation>
    </message>
    <message>
        <source>Could not read the change history</source>
        <translation>Không đọc được lịch sử thay đổi</translation>
    </message>
    <message>
        <source>Could not read the remembered document fields</source>
        <translation>Không đọc được các thông tin văn bản đã ghi nhớ</translation>
    </message>
    <message>
        <source>Could not remember the document fields</source>
        <translation>Không ghi nhớ được các thông tin văn bản</translation>
    </message>
    <message>
        <source>Could not read the organisations</source>
        <translation>Không đọc được danh sách tổ chức</translation>
    </message>
    <message>
        <source>Could not change the parent organisation</source>
        <translation>Không đổi được tổ chức cấp trên</translation>
    </message>
    <message>
        <source>An organisation cannot be placed under itself or under one of its own subordinate units.</source>
        <translation>Không thể đặt một tổ chức trực thuộc chính nó hoặc trực thuộc một đơn vị cấp dưới của nó.</translation>
    </message>
    <message>
        <source>There is no organisation %1.</source>
        <translation>Không có tổ chức %1.</translation>
    </message>
    <message>
        <source>Could not change the kind of organisation</source>
        <translation>Không đổi được loại tổ chức</translation>
    </message>
    <message>
        <source>Could not read the progress figures</source>
        <translation>Không đọc được số liệu tiến độ</translation>
    </message>
    <message>
        <source>An organisation needs a name.</source>
        <translation>Tổ chức phải có tên.</translation>
    </message>
    <message>
        <source>Could not read the attachments</source>
        <translation>Không đọc được các tệp đính kèm</translation>
    </message>
    <message>
        <source>Attachment %1 is not in the database.</source>
        <translation>Tệp đính kèm %1 không có trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The content of the attachment is missing from the database.</source>
        <translation>Nội dung của tệp đính kèm không còn trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Could not store the content of the attachment</source>
        <translation>Không lưu được nội dung của tệp đính kèm</translation>
    </message>
    <message>
        <source>Could not store the thumbnail of the attachment</source>
        <translation>Không lưu được ảnh thu nhỏ của tệp đính kèm</translation>
    </message>
    <message>
        <source>Could not store the attachment “%1”</source>
        <translation>Không lưu được tệp đính kèm “%1”</translation>
    </message>
    <message>
        <source>Could not change the attachment</source>
        <translation>Không sửa được tệp đính kèm</translation>
    </message>
    <message>
        <source>Could not remove the attachment</source>
        <translation>Không xóa được tệp đính kèm</translation>
    </message>
    <message>
        <source>Could not remove the attachments</source>
        <translation>Không xóa được các tệp đính kèm</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>tệp không tồn tại</translation>
    </message>
    <message>
        <source>not a Visit Tracker database</source>
        <translation>không phải cơ sở dữ liệu của Visit Tracker</translation>
    </message>
    <message>
        <source>it was written by a newer version of Visit Tracker (schema %1; this version reads up to %2)</source>
        <translation>tệp do phiên bản Visit Tracker mới hơn ghi (lược đồ %1; phiên bản này chỉ đọc được đến %2)</translation>
    </message>
    <message>
        <source>Could not write beside “%1”: %2</source>
        <translation>Không thể ghi tệp cạnh “%1”: %2</translation>
    </message>
    <message>
        <source>Could not copy “%1”: %2</source>
        <translation>Không thể sao chép “%1”: %2</translation>
    </message>
    <message>
        <source>Could not write “%1” to the disk.</source>
        <translation>Không thể ghi “%1” xuống đĩa.</translation>
    </message>
    <message>
        <source>The copy of “%1” failed its check: %2</source>
        <translation>Bản sao của “%1” không qua được kiểm tra: %2</translation>
    </message>
    <message>
        <source>Could not replace “%1”: %2</source>
        <translation>Không thể thay thế “%1”: %2</translation>
    </message>
    <message>
        <source>Could not read recommendation %1</source>
        <translation>Không đọc được đề nghị %1</translation>
    </message>
    <message>
        <source>Could not read the recommendations of visit %1</source>
        <translation>Không đọc được các đề nghị của buổi làm việc %1</translation>
    </message>
    <message>
        <source>Could not read the carry-over verdicts on visit %1</source>
        <translation>Không đọc được kết quả kiểm tra các đề nghị của buổi làm việc %1</translation>
    </message>
    <message>
        <source>Could not build the list of indexed words</source>
        <translation>Không lập được danh sách từ của chỉ mục tìm kiếm</translation>
    </message>
    <message>
        <source>Could not restore the visit “%1”</source>
        <translation>Không khôi phục được buổi làm việc “%1”</translation>
    </message>
    <message>
        <source>The backup “%1” was stopped before it was finished; nothing was written.</source>
        <translation>Việc sao lưu “%1” đã dừng trước khi xong; không có tệp nào được ghi.</translation>
    </message>
    <message>
        <source>search index: the check could not run: %1</source>
        <translation>chỉ mục tìm kiếm: không chạy được phép kiểm tra: %1</translation>
    </message>
    <message>
        <source>search index: %1 entries index no record</source>
        <translation>chỉ mục tìm kiếm: %1 mục không ứng với bản ghi nào</translation>
    </message>
    <message>
        <source>search index: %1 records are not indexed</source>
        <translation>chỉ mục tìm kiếm: %1 bản ghi chưa được lập chỉ mục</translation>
    </message>
    <message>
        <source>Could not read the verdicts of visit %1</source>
        <translation>Không đọc được các kết quả kiểm tra đề nghị do buổi làm việc %1 đưa ra</translation>
    </message>
    <message>
        <source>follow-up: the check could not run: %1</source>
        <translation>theo dõi kiến nghị: không chạy được phép kiểm tra: %1</translation>
    </message>
    <message>
        <source>follow-up: %1 recommendations show a latest update date their updates do not have</source>
        <translation>theo dõi kiến nghị: %1 kiến nghị ghi ngày cập nhật mới nhất không khớp với các lần cập nhật của chúng</translation>
    </message>
</context>
<context>
    <name>vt::DatabaseFileDialogs</name>
    <message>
        <source>New database</source>
        <translation>Tạo cơ sở dữ liệu mới</translation>
    </message>
    <message>
        <source>Visit Tracker databases (*.sqlite *.db)</source>
        <translation>Cơ sở dữ liệu Theo dõi đoàn công tác (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>“%1” is the database that is open now. Choose another name.</source>
        <translation>“%1” là cơ sở dữ liệu đang mở. Hãy chọn tên khác.</translation>
    </message>
    <message>
        <source>Cannot replace “%1”.</source>
        <translation>Không thay thế được “%1”.</translation>
    </message>
    <message>
        <source>Save a copy of the database</source>
        <translation>Lưu bản sao cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation>Chưa lưu được bản sao</translation>
    </message>
</context>
<context>
    <name>vt::DatabaseSession</name>
    <message>
        <source>Add visit “%1”</source>
        <translation>Thêm buổi làm việc “%1”</translation>
    </message>
    <message>
        <source>Edit visit “%1”</source>
        <translation>Sửa buổi làm việc “%1”</translation>
    </message>
    <message>
        <source>Delete visit “%1”</source>
        <translation>Xóa buổi làm việc “%1”</translation>
    </message>
    <message>
        <source>Load sample visits</source>
        <translation>Nạp dữ liệu mẫu</translation>
    </message>
    <message>
        <source>Follow-up update on “%1”</source>
        <translation>Cập nhật tiến độ đề nghị “%1”</translation>
    </message>
    <message>
        <source>Place “%1” in the hierarchy</source>
        <translation>Đặt “%1” trực thuộc tổ chức khác</translation>
    </message>
    <message>
        <source>Set the kind of “%1”</source>
        <translation>Đặt loại tổ chức của “%1”</translation>
    </message>
    <message>
        <source>The organisation “%1” was changed after this step, and undoing or redoing the step would overwrite that change. Nothing was changed.</source>
        <translation>Tổ chức “%1” đã được thay đổi sau bước này; hoàn tác hoặc làm lại bước này sẽ ghi đè lên thay đổi đó. Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Attach “%1”</source>
        <translation>Đính kèm “%1”</translation>
    </message>
    <message>
        <source>Remove attachment “%1”</source>
        <translation>Xóa tệp đính kèm “%1”</translation>
    </message>
    <message>
        <source>Describe attachment “%1”</source>
        <translation>Sửa chú thích tệp đính kèm “%1”</translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln visit(s)</source>
        <translation>
            <numerusform>Nhập %Ln buổi làm việc</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was done and saved, but it cannot be undone: %2</source>
        <translation>Đã thực hiện và lưu “%1”, nhưng không thể hoàn tác thao tác này: %2</translation>
    </message>
    <message>
        <source>Undoing “%1”…</source>
        <translation>Đang hoàn tác “%1”…</translation>
    </message>
    <message>
        <source>Redoing “%1”…</source>
        <translation>Đang làm lại “%1”…</translation>
    </message>
    <message>
        <source>Undo and redo</source>
        <translation>Hoàn tác và làm lại</translation>
    </message>
</context>
<context>
    <name>vt::DatabaseUpgrade</name>
    <message>
        <source>Upgrading the database</source>
        <translation>Nâng cấp cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Upgrading “%1” for this version of Visit Tracker…
A copy of the file as it was is kept first. A large file takes a few minutes.</source>
        <translation>Đang nâng cấp “%1” cho phiên bản Visit Tracker này…
Một bản sao của tệp ở trạng thái hiện tại được lưu giữ trước. Tệp lớn có thể mất vài phút.</translation>
    </message>
</context>
<context>
    <name>vt::DocumentOutput</name>
    <message>
        <source>Print preview — %1</source>
        <translation>Xem trước khi in — %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Không in được</translation>
    </message>
    <message>
        <source>The document could not be sent to the printer.</source>
        <translation>Không gửi được văn bản tới máy in.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>Văn bản OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>Trang web (*.html *.htm)</translation>
    </message>
    <message>
        <source>Export the document</source>
        <translation>Xuất văn bản</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Không xuất được tệp</translation>
    </message>
</context>
<context>
    <name>vt::EditHistory</name>
    <message>
        <source>The database “%1” is open read-only.</source>
        <translation>Cơ sở dữ liệu “%1” đang mở ở chế độ chỉ đọc.</translation>
    </message>
    <message>
        <source>Could not change the database: %1</source>
        <translation>Không thay đổi được cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>The visit “%1” was changed after this step, and undoing or redoing the step would overwrite that change. Nothing was changed.</source>
        <translation>Buổi làm việc “%1” đã được thay đổi sau bước này; hoàn tác hoặc làm lại bước này sẽ ghi đè lên thay đổi đó. Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation>Thư mục không tồn tại.</translation>
    </message>
    <message>
        <source>Could not keep the undo step in “%1”: %2</source>
        <translation>Không thể lưu bước hoàn tác vào “%1”: %2</translation>
    </message>
    <message>
        <source>The undo step&apos;s copy of a visit was damaged on disk.</source>
        <translation>Bản sao buổi làm việc của bước hoàn tác đã bị hỏng trên đĩa.</translation>
    </message>
</context>
<context>
    <name>vt::Enums</name>
    <message>
        <source>Implemented</source>
        <translation>Đã thực hiện</translation>
    </message>
    <message>
        <source>Partly implemented</source>
        <translation>Thực hiện một phần</translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation>Chưa thực hiện</translation>
    </message>
    <message>
        <source>Working visit</source>
        <translation>Làm việc</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Giám sát</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Khảo sát</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Đã làm việc</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>Đã kết luận</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đã kết thúc</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Đoàn công tác</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Đơn vị làm việc</translation>
    </message>
    <message>
        <source>Invited guest</source>
        <translation>Đại biểu mời</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>Trưởng đoàn</translation>
    </message>
    <message>
        <source>Deputy head</source>
        <translation>Phó trưởng đoàn</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Thành viên đoàn</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Người chủ trì</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Đại biểu dự</translation>
    </message>
    <message>
        <source>Minute-taker</source>
        <translation>Người ghi biên bản</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>Báo chí</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Kết quả đạt được</translation>
    </message>
    <message>
        <source>Good model</source>
        <translation>Mô hình, cách làm hay</translation>
    </message>
    <message>
        <source>Limitation</source>
        <translation>Hạn chế</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Nhận xét khác</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Chưa thực hiện</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Đã hoàn thành</translation>
    </message>
    <message>
        <source>Central body</source>
        <translation>Cơ quan Trung ương</translation>
    </message>
    <message>
        <source>Provincial Party committee</source>
        <translation>Tỉnh ủy, Thành ủy</translation>
    </message>
    <message>
        <source>District Party committee</source>
        <translation>Huyện ủy, Thị ủy, Quận ủy</translation>
    </message>
    <message>
        <source>Party committee of an agency</source>
        <translation>Đảng ủy cơ quan, khối</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Ban, sở, ngành</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
</context>
<context>
    <name>vt::FindingListModel</name>
    <message>
        <source>(no area)</source>
        <translation>(chưa phân lĩnh vực)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Host organisation</source>
        <translation>Đơn vị làm việc</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Unit concerned</source>
        <translation>Đơn vị liên quan</translation>
    </message>
    <message>
        <source>Good model</source>
        <translation>Mô hình, cách làm hay</translation>
    </message>
    <message>
        <source>Limitation</source>
        <translation>Hạn chế</translation>
    </message>
    <message>
        <source>Recommendations and their status</source>
        <translation>Đề nghị và tình hình thực hiện</translation>
    </message>
</context>
<context>
    <name>vt::FindingReview</name>
    <message numerus="yes">
        <source>Overdue %n day(s)</source>
        <translation>
            <numerusform>Quá hạn %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>Done on time</source>
        <translation>Hoàn thành đúng hạn</translation>
    </message>
    <message>
        <source>Done late</source>
        <translation>Hoàn thành quá hạn</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>vt::FindingTableModel</name>
    <message>
        <source>Category</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Unit concerned</source>
        <translation>Đơn vị liên quan</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Mã</translation>
    </message>
</context>
<context>
    <name>vt::FindingTables</name>
    <message>
        <source>Limitations</source>
        <translation>Hạn chế</translation>
    </message>
    <message>
        <source>Good models</source>
        <translation>Mô hình, cách làm hay</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Host organisation</source>
        <translation>Đơn vị làm việc</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Unit concerned</source>
        <translation>Đơn vị liên quan</translation>
    </message>
    <message>
        <source>Limitation</source>
        <translation>Hạn chế</translation>
    </message>
    <message>
        <source>Good model</source>
        <translation>Mô hình, cách làm hay</translation>
    </message>
    <message>
        <source>Recommendations and their status</source>
        <translation>Đề nghị và tình hình thực hiện</translation>
    </message>
</context>
<context>
    <name>vt::FollowUp</name>
    <message>
        <source>%1 (verified at the visit “%2” of %3)</source>
        <translation>%1 (kiểm tra tại buổi làm việc “%2” ngày %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Visit %1</source>
        <translation>Buổi làm việc %1</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>là bắt buộc</translation>
    </message>
    <message>
        <source>is before the last update (%1): the log is kept in date order</source>
        <translation>sớm hơn lần cập nhật trước (%1): nhật ký được ghi theo thứ tự ngày</translation>
    </message>
    <message>
        <source>is after today (%1)</source>
        <translation>muộn hơn hôm nay (%1)</translation>
    </message>
    <message>
        <source>is required: say what was done</source>
        <translation>là bắt buộc: ghi rõ việc đã làm</translation>
    </message>
    <message>
        <source>is too long (%1 characters, at most %2)</source>
        <translation>quá dài (%1 ký tự, tối đa %2)</translation>
    </message>
    <message>
        <source>must be between 0 and 100</source>
        <translation>phải từ 0 đến 100</translation>
    </message>
    <message>
        <source>Could not add the follow-up update: %1</source>
        <translation>Không thêm được cập nhật tiến độ: %1</translation>
    </message>
    <message>
        <source>A visit cannot verify its own recommendation “%1”.</source>
        <translation>Buổi làm việc không thể tự kiểm tra đề nghị của chính mình “%1”.</translation>
    </message>
</context>
<context>
    <name>vt::FollowUpRules</name>
    <message>
        <source>1–30 days overdue</source>
        <translation>Quá hạn 1–30 ngày</translation>
    </message>
    <message>
        <source>31–60 days overdue</source>
        <translation>Quá hạn 31–60 ngày</translation>
    </message>
    <message>
        <source>61–90 days overdue</source>
        <translation>Quá hạn 61–90 ngày</translation>
    </message>
    <message>
        <source>Over 90 days overdue</source>
        <translation>Quá hạn trên 90 ngày</translation>
    </message>
    <message>
        <source>Not overdue</source>
        <translation>Chưa quá hạn</translation>
    </message>
</context>
<context>
    <name>vt::FollowUpUpdateTableModel</name>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Progress (%)</source>
        <translation>Tiến độ (%)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Minh chứng</translation>
    </message>
</context>
<context>
    <name>vt::FollowUpView</name>
    <message>
        <source>Host organisation</source>
        <translation>Đơn vị làm việc</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Đơn vị chủ trì</translation>
    </message>
    <message>
        <source>Search recommendations (accents optional)</source>
        <translation>Tìm đề nghị (gõ có dấu hoặc không dấu)</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Lọc theo trạng thái</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tất cả trạng thái</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>&amp;Add follow-up update…</source>
        <translation>Thêm &amp;cập nhật tiến độ…</translation>
    </message>
    <message>
        <source>%1, %2 overdue</source>
        <translation>%1, %2 quá hạn</translation>
    </message>
    <message>
        <source>Cannot add a follow-up update</source>
        <translation>Không thể thêm cập nhật tiến độ</translation>
    </message>
    <message>
        <source>Follow-up update not saved</source>
        <translation>Chưa lưu được cập nhật tiến độ</translation>
    </message>
    <message>
        <source>&amp;Open visit</source>
        <translation>&amp;Mở buổi làm việc</translation>
    </message>
    <message>
        <source>and &amp;subordinate units</source>
        <translation>và các đơn vị trực th&amp;uộc</translation>
    </message>
    <message>
        <source>Also the recommendations to units under the host (Edit ▸ Organisations)</source>
        <translation>Gồm cả các đề nghị đối với đơn vị trực thuộc đơn vị làm việc (Sửa ▸ Tổ chức)</translation>
    </message>
    <message>
        <source>Preview and print the listed recommendations</source>
        <translation>Xem trước và in các đề nghị trong danh sách</translation>
    </message>
    <message>
        <source>Print previe&amp;w…</source>
        <translation>Xem trước khi &amp;in…</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Xem trước khi in</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recommendation(s)</source>
        <translation>
            <numerusform>%Ln đề nghị</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The list has %Ln recommendation(s). Narrow it with the filters to at most %1 to print it.</source>
        <translation>
            <numerusform>Danh sách có %Ln đề nghị. Hãy lọc bớt còn tối đa %1 đề nghị để in.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the recommendations…</source>
        <translation>Đang đọc danh sách đề nghị…</translation>
    </message>
    <message>
        <source>The list is still being read. Print it once it is shown.</source>
        <translation>Danh sách đang được đọc. Hãy in khi danh sách đã hiện ra.</translation>
    </message>
</context>
<context>
    <name>vt::GeneralPage</name>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tiêu đề:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Hình thức:</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Chưa đặt</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Ngà&amp;y:</translation>
    </message>
    <message>
        <source>Lasts se&amp;veral days, until</source>
        <translation>&amp;Kéo dài nhiều ngày, đến ngày</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Ngày kết thúc</translation>
    </message>
    <message>
        <source>End date:</source>
        <translation>Ngày kết thúc:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>Đị&amp;a điểm:</translation>
    </message>
    <message>
        <source>De&amp;legation:</source>
        <translation>Đoàn &amp;công tác:</translation>
    </message>
    <message>
        <source>The visiting organisation, as named on the visit date</source>
        <translation>Cơ quan cử đoàn, theo tên gọi tại ngày làm việc</translation>
    </message>
    <message>
        <source>&amp;Host organisation:</source>
        <translation>Đơn vị làm &amp;việc:</translation>
    </message>
    <message>
        <source>The host organisation, as named on the visit date</source>
        <translation>Đơn vị làm việc, theo tên gọi tại ngày làm việc</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>Nội &amp;dung:</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>Tóm tắt kết &amp;quả:</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Reference %1</source>
        <translation>Mã tham chiếu %1</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>Trạn&amp;g thái:</translation>
    </message>
</context>
<context>
    <name>vt::ImportExport</name>
    <message>
        <source>Could not start the import: %1</source>
        <translation>Không thể bắt đầu nhập dữ liệu: %1</translation>
    </message>
    <message>
        <source>Could not store %1: %2</source>
        <translation>Không thể lưu %1: %2</translation>
    </message>
    <message>
        <source>Could not read visit %1: %2</source>
        <translation>Không thể đọc buổi làm việc %1: %2</translation>
    </message>
    <message>
        <source>Could not read the document again: %1</source>
        <translation>Không thể đọc lại tài liệu: %1</translation>
    </message>
</context>
<context>
    <name>vt::ImportWithProgress</name>
    <message>
        <source>Reading the file…</source>
        <translation>Đang đọc tệp…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Import visits</source>
        <translation>Nhập buổi làm việc</translation>
    </message>
    <message numerus="yes">
        <source>Checking and saving %Ln visit(s)…</source>
        <translation>
            <numerusform>Đang kiểm tra và lưu %Ln buổi làm việc…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing… %Ln visit(s) so far</source>
        <translation>
            <numerusform>Đang nhập… đã có %Ln buổi làm việc</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vt::IndicatorTableModel</name>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Kết quả thực hiện</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Tính đến ngày</translation>
    </message>
    <message>
        <source>% of plan</source>
        <translation>Tỷ lệ đạt so với kế hoạch</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>vt::JsonInterchange</name>
    <message>
        <source>expected an object</source>
        <translation>cần một đối tượng</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at line %2, column %3 (byte offset %4)</source>
        <translation>không phải JSON hợp lệ: %1 tại dòng %2, cột %3 (byte %4)</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;, found &quot;%2&quot;</source>
        <translation>cần &quot;%1&quot;, nhưng có &quot;%2&quot;</translation>
    </message>
    <message>
        <source>unsupported version %1, this program reads version %2</source>
        <translation>phiên bản %1 không được hỗ trợ, chương trình này đọc phiên bản %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is also the ref of visits[%2]</source>
        <translation>&quot;%1&quot; cũng là ref của visits[%2]</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>là bắt buộc</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>cần một chuỗi ký tự</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>cần một số</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>cần một số nguyên</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>cần true hoặc false</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>cần một mảng</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD</source>
        <translation>cần ngày dạng YYYY-MM-DD</translation>
    </message>
    <message>
        <source>unknown value %1</source>
        <translation>giá trị không hợp lệ %1</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD, found %1</source>
        <translation>cần ngày dạng YYYY-MM-DD, nhưng có %1</translation>
    </message>
    <message>
        <source>impossible date %1</source>
        <translation>ngày không tồn tại %1</translation>
    </message>
    <message>
        <source>must be between 0 and 100</source>
        <translation>phải từ 0 đến 100</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>trường không hợp lệ</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation>không đọc được: %1</translation>
    </message>
</context>
<context>
    <name>vt::LimitationReviewView</name>
    <message>
        <source>Search limitations (accents optional)</source>
        <translation>Tìm hạn chế (gõ có dấu hoặc không dấu)</translation>
    </message>
    <message>
        <source>Search good models (accents optional)</source>
        <translation>Tìm mô hình, cách làm hay (gõ có dấu hoặc không dấu)</translation>
    </message>
    <message>
        <source>Host organisation</source>
        <translation>Đơn vị làm việc</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Đoàn công tác</translation>
    </message>
    <message>
        <source>Filter by area</source>
        <translation>Lọc theo lĩnh vực</translation>
    </message>
    <message>
        <source>Filter by the status of the recommendations</source>
        <translation>Lọc theo tình hình thực hiện đề nghị</translation>
    </message>
    <message>
        <source>Any follow-up</source>
        <translation>Mọi tình hình thực hiện</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>No recommendation</source>
        <translation>Chưa có đề nghị</translation>
    </message>
    <message>
        <source>Group the list</source>
        <translation>Nhóm danh sách</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>Không nhóm</translation>
    </message>
    <message>
        <source>Group by host</source>
        <translation>Nhóm theo đơn vị làm việc</translation>
    </message>
    <message>
        <source>Group by area</source>
        <translation>Nhóm theo lĩnh vực</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Xuất…</translation>
    </message>
    <message>
        <source>Save the listed findings as CSV, Excel (XLSX) or PDF</source>
        <translation>Lưu danh sách ra tệp CSV, Excel (XLSX) hoặc PDF</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Tất cả lĩnh vực</translation>
    </message>
    <message>
        <source>host: %1</source>
        <translation>đơn vị: %1</translation>
    </message>
    <message>
        <source>delegation: %1</source>
        <translation>đoàn: %1</translation>
    </message>
    <message>
        <source>area: %1</source>
        <translation>lĩnh vực: %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>từ %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>đến %1</translation>
    </message>
    <message>
        <source>follow-up: %1</source>
        <translation>thực hiện: %1</translation>
    </message>
    <message>
        <source>text: “%1”</source>
        <translation>nội dung: “%1”</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>tính đến %1</translation>
    </message>
    <message>
        <source>Choose a file name ending in .csv, .xlsx or .pdf.</source>
        <translation>Hãy chọn tên tệp có đuôi .csv, .xlsx hoặc .pdf.</translation>
    </message>
    <message>
        <source>limitations</source>
        <translation>han-che</translation>
    </message>
    <message>
        <source>good-models</source>
        <translation>mo-hinh-cach-lam-hay</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Xuất danh sách</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv);;PDF document (*.pdf)</source>
        <translation>Bảng tính Excel (*.xlsx);;CSV, UTF-8 (*.csv);;Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Xuất dữ liệu không thành công</translation>
    </message>
    <message>
        <source>and &amp;subordinate units</source>
        <translation>và các đơn vị trực th&amp;uộc</translation>
    </message>
    <message>
        <source>Also the visits to units under the host (Edit ▸ Organisations)</source>
        <translation>Gồm cả các buổi làm việc tại đơn vị trực thuộc nơi làm việc (Sửa ▸ Tổ chức)</translation>
    </message>
    <message>
        <source>Preview and print the listed findings</source>
        <translation>Xem trước và in các nội dung trong danh sách</translation>
    </message>
    <message>
        <source>Print previe&amp;w…</source>
        <translation>Xem trước khi &amp;in…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln limitation(s)</source>
        <translation>
            <numerusform>%Ln hạn chế</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln good model(s)</source>
        <translation>
            <numerusform>%Ln mô hình, cách làm hay</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vt::MainWindow</name>
    <message>
        <source>… and %1 more</source>
        <translation>… và %1 lỗi khác</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Buổi làm việc</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Theo dõi, đôn đốc</translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation>Hạn chế</translation>
    </message>
    <message>
        <source>Good models</source>
        <translation>Mô hình, cách làm hay</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <source>Search everything…</source>
        <translation>Tìm trong toàn bộ dữ liệu…</translation>
    </message>
    <message>
        <source>&amp;New visit</source>
        <translation>&amp;Thêm buổi làm việc</translation>
    </message>
    <message>
        <source>&amp;Open visit</source>
        <translation>&amp;Mở buổi làm việc</translation>
    </message>
    <message>
        <source>&amp;Delete visit…</source>
        <translation>&amp;Xóa buổi làm việc…</translation>
    </message>
    <message>
        <source>Open &amp;database…</source>
        <translation>Mở &amp;cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>&amp;Import visits from JSON…</source>
        <translation>&amp;Nhập buổi làm việc từ JSON…</translation>
    </message>
    <message>
        <source>&amp;Export all visits to JSON…</source>
        <translation>&amp;Xuất tất cả buổi làm việc ra JSON…</translation>
    </message>
    <message>
        <source>Load &amp;sample visits</source>
        <translation>Nạp &amp;dữ liệu mẫu</translation>
    </message>
    <message>
        <source>&amp;Find visits</source>
        <translation>Tìm &amp;kiếm buổi làm việc</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;About Visit Tracker</source>
        <translation>&amp;Giới thiệu chương trình</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Visit</source>
        <translation>&amp;Buổi làm việc</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Không mở được cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>%1 — Visit Tracker</source>
        <translation>%1 — Theo dõi đoàn công tác</translation>
    </message>
    <message>
        <source>Welcome to Visit Tracker</source>
        <translation>Chào mừng đến với Theo dõi đoàn công tác</translation>
    </message>
    <message>
        <source>The database is empty. Load the sample visits (the working visit of the Central Propaganda Department to Long An on 7 June 2023 and a few more) to see how records look?

You can delete them later, or load them again from the File menu.</source>
        <translation>Cơ sở dữ liệu đang trống. Nạp dữ liệu mẫu (buổi làm việc của Đoàn công tác Ban Tuyên giáo Trung ương với Tỉnh ủy Long An ngày 7/6/2023 và một số buổi khác) để xem cách ghi chép?

Có thể xóa dữ liệu mẫu sau, hoặc nạp lại từ trình đơn Tệp.</translation>
    </message>
    <message>
        <source>Cannot open the visit</source>
        <translation>Không mở được buổi làm việc</translation>
    </message>
    <message>
        <source>Delete visit</source>
        <translation>Xóa buổi làm việc</translation>
    </message>
    <message>
        <source>Delete the visit &quot;%1&quot; of %2 with all its attendees, figures, findings, indicators and recommendations?</source>
        <translation>Xóa buổi làm việc &quot;%1&quot; ngày %2 cùng toàn bộ thành phần tham dự, số liệu, nội dung đánh giá, chỉ tiêu và đề nghị?</translation>
    </message>
    <message>
        <source>Visit not deleted</source>
        <translation>Chưa xóa được buổi làm việc</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Visit Tracker databases (*.sqlite *.db);;All files (*)</source>
        <translation>Cơ sở dữ liệu Theo dõi đoàn công tác (*.sqlite *.db);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Import visits</source>
        <translation>Nhập buổi làm việc</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Tệp JSON (*.json);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Nhập dữ liệu không thành công</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation>Không có dữ liệu nào được nhập từ %1.</translation>
    </message>
    <message>
        <source>Export visits</source>
        <translation>Xuất buổi làm việc</translation>
    </message>
    <message>
        <source>visits.json</source>
        <translation>buoi-lam-viec.json</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Tệp JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Xuất dữ liệu không thành công</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Đã xuất ra %1.</translation>
    </message>
    <message>
        <source>Sample visits not loaded</source>
        <translation>Chưa nạp được dữ liệu mẫu</translation>
    </message>
    <message>
        <source>Sample visits loaded.</source>
        <translation>Đã nạp dữ liệu mẫu.</translation>
    </message>
    <message>
        <source>About Visit Tracker</source>
        <translation>Giới thiệu Theo dõi đoàn công tác</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Visit Tracker %1&lt;/h3&gt;&lt;p&gt;Records of working, inspection and supervision delegations, their findings and the follow-up of their recommendations.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Schema version: %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Theo dõi đoàn công tác %1&lt;/h3&gt;&lt;p&gt;Ghi chép các đoàn công tác, đoàn kiểm tra, đoàn giám sát, nội dung đánh giá và việc theo dõi, đôn đốc thực hiện các đề nghị.&lt;/p&gt;&lt;p&gt;Cơ sở dữ liệu: %2&lt;br&gt;Phiên bản lược đồ: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 of %2 visits</source>
        <translation>%1 / %2 buổi làm việc</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Tìm trong toàn bộ dữ liệu</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>Tạo cơ sở dữ liệu &amp;mới…</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Lưu &amp;bản sao…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Tùy &amp;chọn…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>Copy saved to %1.</source>
        <translation>Đã lưu bản sao vào %1.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>&amp;Organisations…</source>
        <translation>&amp;Tổ chức…</translation>
    </message>
    <message>
        <source>Change &amp;history…</source>
        <translation>&amp;Lịch sử thay đổi…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Là&amp;m lại</translation>
    </message>
    <message>
        <source>Cannot undo or redo</source>
        <translation>Không thể hoàn tác hoặc làm lại</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Hoàn tác: %1</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>Là&amp;m lại: %1</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Đã hủy nhập: không có dữ liệu nào được nhập.</translation>
    </message>
    <message>
        <source>Exporting the visits…</source>
        <translation>Đang xuất các buổi làm việc…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit(s)</source>
        <translation>
            <numerusform>%Ln buổi làm việc</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln visit(s) (%1 added, %2 replaced).</source>
        <translation>
            <numerusform>Đã nhập %Ln buổi làm việc (thêm mới %1, thay thế %2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vt::OptionalDateEdit</name>
    <message>
        <source>None</source>
        <translation>Không có</translation>
    </message>
</context>
<context>
    <name>vt::OrganisationService</name>
    <message>
        <source>Could not change the organisations: %1</source>
        <translation>Không thay đổi được tổ chức: %1</translation>
    </message>
    <message>
        <source>The organisation no longer exists.</source>
        <translation>Tổ chức này không còn trong cơ sở dữ liệu.</translation>
    </message>
</context>
<context>
    <name>vt::OrganisationsDialog</name>
    <message>
        <source>Organisations</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>Find an organisation (accents optional)</source>
        <translation>Tìm tổ chức (gõ có dấu hoặc không dấu)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Visits hosted</source>
        <translation>Số buổi làm việc</translation>
    </message>
    <message>
        <source>Under</source>
        <translation>Trực thuộc</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Chưa xác định</translation>
    </message>
    <message>
        <source>&amp;Under:</source>
        <translation>&amp;Trực thuộc:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>Visits to the units under an organisation are included when a list is filtered by that organisation with &quot;and subordinate units&quot;.</source>
        <translation>Khi lọc danh sách theo một tổ chức và chọn &quot;và các đơn vị trực thuộc&quot;, các buổi làm việc tại những đơn vị trực thuộc tổ chức đó cũng được tính.</translation>
    </message>
    <message>
        <source>%1, under %2</source>
        <translation>%1, trực thuộc %2</translation>
    </message>
    <message>
        <source>— none (top level) —</source>
        <translation>— không (cấp cao nhất) —</translation>
    </message>
</context>
<context>
    <name>vt::OverdueIndicator</name>
    <message>
        <source>Overdue recommendations: %1</source>
        <translation>Đề nghị quá hạn: %1</translation>
    </message>
    <message>
        <source>Show the overdue recommendations</source>
        <translation>Xem các đề nghị quá hạn</translation>
    </message>
    <message>
        <source>No overdue recommendations</source>
        <translation>Không có đề nghị quá hạn</translation>
    </message>
    <message>
        <source>Show the follow-up of recommendations</source>
        <translation>Xem tình hình thực hiện đề nghị</translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue recommendation(s)</source>
        <translation>
            <numerusform>%Ln đề nghị quá hạn</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vt::PendingAttachments</name>
    <message>
        <source>Files to attach</source>
        <translation>Các tệp sẽ đính kèm</translation>
    </message>
    <message>
        <source>Attach &amp;files…</source>
        <translation>Đính kèm tệ&amp;p…</translation>
    </message>
    <message>
        <source>Photos or documents proving the progress; you can also drop files here</source>
        <translation>Ảnh hoặc tài liệu minh chứng tiến độ; cũng có thể kéo thả tệp vào đây</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Bỏ</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Đính kèm tệp</translation>
    </message>
</context>
<context>
    <name>vt::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Ngôn ngữ của hệ thống</translation>
    </message>
    <message>
        <source>A new language takes effect after Visit Tracker is restarted.</source>
        <translation>Ngôn ngữ mới có hiệu lực sau khi khởi động lại chương trình.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>Language changed</source>
        <translation>Đã đổi ngôn ngữ</translation>
    </message>
    <message>
        <source>The new language will be used the next time Visit Tracker starts. Restart now?</source>
        <translation>Ngôn ngữ mới sẽ được dùng từ lần khởi động tiếp theo. Khởi động lại ngay?</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Khởi động lại ngay</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Để &amp;sau</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Giao diện</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Theo hệ thống</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Sáng</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tối</translation>
    </message>
    <message>
        <source>Colours of the windows. &quot;Follow the system&quot; uses dark colours when the desktop&apos;s theme is dark.</source>
        <translation>Màu của các cửa sổ. &quot;Theo hệ thống&quot; dùng màu tối khi chủ đề của màn hình nền là tối.</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Giao diện:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Larger files are refused when attached to a visit: the database holds every attachment.</source>
        <translation>Tệp lớn hơn sẽ không được đính kèm: cơ sở dữ liệu lưu mọi tệp đính kèm.</translation>
    </message>
    <message>
        <source>Attachment si&amp;ze limit per file:</source>
        <translation>Giới hạn dung lượng mỗi tệp đính &amp;kèm:</translation>
    </message>
</context>
<context>
    <name>vt::PrintDocumentDialog</name>
    <message>
        <source>Print a meeting document</source>
        <translation>In văn bản của buổi làm việc</translation>
    </message>
    <message>
        <source>e.g. 45-TB/BTGTW (party) or 12/TB-UBND (state)</source>
        <translation>ví dụ 45-TB/BTGTW (Đảng) hoặc 12/TB-UBND (Nhà nước)</translation>
    </message>
    <message>
        <source>In own name</source>
        <translation>Ký trực tiếp</translation>
    </message>
    <message>
        <source>T/M — on behalf of</source>
        <translation>T/M — thay mặt</translation>
    </message>
    <message>
        <source>K/T — signing for</source>
        <translation>K/T — ký thay</translation>
    </message>
    <message>
        <source>T/L — by order of</source>
        <translation>T/L — thừa lệnh</translation>
    </message>
    <message>
        <source>e.g. BAN THƯỜNG VỤ, ĐOÀN CÔNG TÁC, TRƯỞNG BAN</source>
        <translation>ví dụ BAN THƯỜNG VỤ, ĐOÀN CÔNG TÁC, TRƯỞNG BAN</translation>
    </message>
    <message>
        <source>Remember these fields for %1</source>
        <translation>Ghi nhớ các thông tin này cho %1</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Văn bản:</translation>
    </message>
    <message>
        <source>&amp;Style:</source>
        <translation>&amp;Thể thức:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Số:</translation>
    </message>
    <message>
        <source>S&amp;uperior body:</source>
        <translation>Cơ quan &amp;cấp trên:</translation>
    </message>
    <message>
        <source>&amp;Issuing body:</source>
        <translation>Cơ quan &amp;ban hành:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>Đị&amp;a danh:</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>Si&amp;gner:</source>
        <translation>Người &amp;ký:</translation>
    </message>
    <message>
        <source>Signer&apos;s p&amp;osition:</source>
        <translation>C&amp;hức vụ người ký:</translation>
    </message>
    <message>
        <source>Signing &amp;capacity:</source>
        <translation>Thẩm &amp;quyền ký:</translation>
    </message>
    <message>
        <source>On &amp;behalf of:</source>
        <translation>Ký th&amp;ay mặt cho:</translation>
    </message>
    <message>
        <source>&amp;Recipients (one a line):</source>
        <translation>&amp;Nơi nhận (mỗi dòng một nơi):</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Xem trước</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Xuất &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;ODT…</source>
        <translation>Xuất &amp;ODT…</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>Xuất &amp;HTML…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Fields not remembered</source>
        <translation>Chưa ghi nhớ được thông tin</translation>
    </message>
    <message>
        <source>The document is printed, but its fields could not be remembered for next time:
%1</source>
        <translation>Văn bản đã được in, nhưng không ghi nhớ được các thông tin cho lần sau:
%1</translation>
    </message>
    <message numerus="yes">
        <source>Print the %n photo(s) marked “In minutes” in the Attachments tab</source>
        <translation>
            <numerusform>In %n ảnh được đánh dấu “In vào biên bản” trong thẻ Tài liệu đính kèm</numerusform>
        </translation>
    </message>
    <message>
        <source>No photo is marked “In minutes” in the Attachments tab</source>
        <translation>Chưa có ảnh nào được đánh dấu “In vào biên bản” trong thẻ Tài liệu đính kèm</translation>
    </message>
</context>
<context>
    <name>vt::ReadOnlyBanner</name>
    <message>
        <source>the file cannot be written</source>
        <translation>không ghi được vào tệp</translation>
    </message>
    <message>
        <source>This database is open read-only: %1. Changes cannot be saved.</source>
        <translation>Cơ sở dữ liệu đang mở ở chế độ chỉ đọc: %1. Không thể lưu thay đổi.</translation>
    </message>
</context>
<context>
    <name>vt::RecentDatabases</name>
    <message>
        <source>The file no longer exists.</source>
        <translation>Tệp không còn tồn tại.</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Chưa có cơ sở dữ liệu mở gần đây</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;Xóa danh sách</translation>
    </message>
</context>
<context>
    <name>vt::RecommendationListModel</name>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — quá hạn</translation>
    </message>
    <message>
        <source>Done on time</source>
        <translation>Hoàn thành đúng hạn</translation>
    </message>
    <message>
        <source>Done late</source>
        <translation>Hoàn thành quá hạn</translation>
    </message>
    <message>
        <source>No update yet</source>
        <translation>Chưa có cập nhật</translation>
    </message>
    <message>
        <source> (%1%)</source>
        <translation> (%1%)</translation>
    </message>
    <message>
        <source>%1: %2%3</source>
        <translation>%1: %2%3</translation>
    </message>
    <message>
        <source>Host organisation</source>
        <translation>Đơn vị làm việc</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Buổi làm việc</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Đề nghị</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Đơn vị chủ trì</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Số ngày quá hạn</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Cập nhật gần nhất</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %Ln day(s): the deadline was %1</source>
        <translation>
            <numerusform>Quá hạn %Ln ngày: thời hạn là %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Đang tải…</translation>
    </message>
</context>
<context>
    <name>vt::RecommendationTableModel</name>
    <message>
        <source>Recommendation</source>
        <translation>Đề nghị</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Đơn vị chủ trì</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Ngày hoàn thành</translation>
    </message>
    <message>
        <source>Last progress</source>
        <translation>Tiến độ gần nhất</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Limitations addressed</source>
        <translation>Hạn chế liên quan</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Theo dõi, đôn đốc</translation>
    </message>
</context>
<context>
    <name>vt::RecommendationsPage</name>
    <message>
        <source>Recommendations</source>
        <translation>Đề nghị</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Thêm</translation>
    </message>
    <message>
        <source>Add a recommendation</source>
        <translation>Thêm đề nghị</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Xó&amp;a</translation>
    </message>
    <message>
        <source>Remove the selected recommendation with its follow-up</source>
        <translation>Xóa đề nghị đang chọn cùng nhật ký theo dõi</translation>
    </message>
    <message>
        <source>Move the selected recommendation up</source>
        <translation>Chuyển đề nghị đang chọn lên trên</translation>
    </message>
    <message>
        <source>Move the selected recommendation down</source>
        <translation>Chuyển đề nghị đang chọn xuống dưới</translation>
    </message>
    <message>
        <source>Limitations addressed</source>
        <translation>Hạn chế liên quan</translation>
    </message>
    <message>
        <source>Limitations addressed by the selected recommendation</source>
        <translation>Các hạn chế mà đề nghị đang chọn hướng tới khắc phục</translation>
    </message>
    <message>
        <source>Tick the limitations of this visit that the recommendation addresses</source>
        <translation>Đánh dấu các hạn chế của buổi làm việc mà đề nghị này hướng tới khắc phục</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Theo dõi, đôn đốc</translation>
    </message>
    <message>
        <source>Follow-up updates</source>
        <translation>Cập nhật tiến độ</translation>
    </message>
    <message>
        <source>Add f&amp;ollow-up</source>
        <translation>Thêm cập nhật tiến đ&amp;ộ</translation>
    </message>
    <message>
        <source>Add a dated progress report at the end of the log</source>
        <translation>Thêm một báo cáo tiến độ có ngày vào cuối nhật ký</translation>
    </message>
    <message>
        <source>Remo&amp;ve follow-up</source>
        <translation>Xóa cập nhật tiến &amp;độ</translation>
    </message>
    <message>
        <source>Remove the selected progress report</source>
        <translation>Xóa báo cáo tiến độ đang chọn</translation>
    </message>
    <message>
        <source>Follow-up of recommendation %1</source>
        <translation>Theo dõi đề nghị %1</translation>
    </message>
    <message>
        <source>(no text yet)</source>
        <translation>(chưa có nội dung)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This visit has no findings of category Limitation yet</source>
        <translation>Buổi làm việc này chưa có nội dung đánh giá loại Hạn chế</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Row %1, follow-up %2: %3</source>
        <translation>Dòng %1, cập nhật %2: %3</translation>
    </message>
</context>
<context>
    <name>vt::RecordItemDelegate</name>
    <message>
        <source>None</source>
        <translation>Không có</translation>
    </message>
</context>
<context>
    <name>vt::RecordTablePage</name>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Chuyển lên</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Chuyển &amp;xuống</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Dòng %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… và %n mục khác</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vt::ReportFigureTableModel</name>
    <message>
        <source>Label</source>
        <translation>Chỉ tiêu báo cáo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Tính đến ngày</translation>
    </message>
</context>
<context>
    <name>vt::RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày giờ</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Số buổi làm việc</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Khôi phục…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sao lưu ngay</translation>
    </message>
    <message>
        <source>Backups of “%1” in %2, newest first. Restoring one keeps the current file as a backup first, so nothing is lost.</source>
        <translation>Các bản sao lưu của “%1” trong %2, mới nhất ở trên. Khi khôi phục, tệp hiện tại được giữ lại thành một bản sao lưu trước nên không mất gì.</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>không đọc được: %1</translation>
    </message>
    <message>
        <source>The backup was put in place but could not be opened: %1. The previous file is kept as “%2”.</source>
        <translation>Đã đưa bản sao lưu vào nhưng không mở được: %1. Tệp trước đó được giữ lại thành “%2”.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <source>Writing a backup of the database…</source>
        <translation>Đang ghi bản sao lưu cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Checking the backup and keeping the current file…</source>
        <translation>Đang kiểm tra bản sao lưu và giữ lại tệp hiện tại…</translation>
    </message>
    <message>
        <source>Putting the backup in place…</source>
        <translation>Đang đặt bản sao lưu vào chỗ tệp hiện tại…</translation>
    </message>
    <message numerus="yes">
        <source>Replace the open database (%Ln visit(s)) with the backup of %1? The current file is kept as a backup first.</source>
        <translation>
            <numerusform>Thay cơ sở dữ liệu đang mở (%Ln buổi làm việc) bằng bản sao lưu lúc %1? Tệp hiện tại sẽ được giữ lại thành bản sao lưu trước.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The backup of %1 was restored (%Ln visit(s)). The file it replaced is kept as “%2”.</source>
        <translation>
            <numerusform>Đã khôi phục bản sao lưu lúc %1 (%Ln buổi làm việc). Tệp bị thay thế được giữ lại thành “%2”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vt::SearchResultsModel</name>
    <message>
        <source>Visit</source>
        <translation>Buổi làm việc</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Nội dung đánh giá</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Đề nghị</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Host organisation</source>
        <translation>Đơn vị làm việc</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Nội dung khớp</translation>
    </message>
</context>
<context>
    <name>vt::SearchView</name>
    <message>
        <source>Search visits, findings and recommendations (accents optional: “han che”)</source>
        <translation>Tìm buổi làm việc, nội dung đánh giá và đề nghị (có dấu hoặc không dấu: “han che”)</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Tìm trong toàn bộ dữ liệu</translation>
    </message>
    <message>
        <source>Type words to search for; accents and case do not matter.</source>
        <translation>Gõ các từ cần tìm; không phân biệt dấu và chữ hoa, chữ thường.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Không tìm thấy “%1”.</translation>
    </message>
    <message>
        <source>Showing the newest %1 of %2 matches; add words to narrow the search.</source>
        <translation>Hiển thị %1 kết quả mới nhất trong %2 kết quả; thêm từ để thu hẹp tìm kiếm.</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>hơn %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln kết quả</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the newest %1 matches; counting the others…</source>
        <translation>Hiển thị %1 kết quả mới nhất; đang đếm các kết quả còn lại…</translation>
    </message>
</context>
<context>
    <name>vt::SyntheticVisits</name>
    <message>
        <source>Could not start writing synthetic visits: %1</source>
        <translation>Không bắt đầu ghi được dữ liệu tổng hợp: %1</translation>
    </message>
</context>
<context>
    <name>vt::TableExport</name>
    <message>
        <source>Page %1/%2</source>
        <translation>Trang %1/%2</translation>
    </message>
    <message>
        <source>Cannot write %1: PDF output needs the graphics system.</source>
        <translation>Không ghi được %1: xuất PDF cần hệ thống đồ họa.</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be drawn.</source>
        <translation>Không ghi được %1: không vẽ được tệp PDF.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the finished file could not replace it.</source>
        <translation>Không ghi được %1: không thay thế được tệp cũ bằng tệp mới.</translation>
    </message>
    <message>
        <source>the spreadsheet could not be created</source>
        <translation>không tạo được bảng tính</translation>
    </message>
</context>
<context>
    <name>vt::UserGuideDialog</name>
    <message>
        <source>Visit Tracker User Guide</source>
        <translation>Hướng dẫn sử dụng Theo dõi đoàn công tác</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Hướng dẫn sử dụng</translation>
    </message>
</context>
<context>
    <name>vt::Validation</name>
    <message>
        <source>is required</source>
        <translation>là bắt buộc</translation>
    </message>
    <message>
        <source>is too long (%1 characters, at most %2)</source>
        <translation>quá dài (%1 ký tự, tối đa %2)</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>phải là một số hữu hạn</translation>
    </message>
    <message>
        <source>has too many entries (%1, at most %2)</source>
        <translation>có quá nhiều mục (%1, tối đa %2)</translation>
    </message>
    <message>
        <source>is before the date of the visit</source>
        <translation>sớm hơn ngày làm việc</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by another finding</source>
        <translation>&quot;%1&quot; đã được dùng cho nội dung đánh giá khác</translation>
    </message>
    <message>
        <source>must be between 0 and 100</source>
        <translation>phải từ 0 đến 100</translation>
    </message>
    <message>
        <source>is only for recommendations that are done</source>
        <translation>chỉ dùng cho đề nghị đã hoàn thành</translation>
    </message>
    <message>
        <source>refers to &quot;%1&quot;, which is not a finding of this visit</source>
        <translation>tham chiếu &quot;%1&quot;, không phải nội dung đánh giá của buổi làm việc này</translation>
    </message>
</context>
<context>
    <name>vt::VisitEditor</name>
    <message>
        <source>General</source>
        <translation>Thông tin chung</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Thành phần tham dự</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Thêm</translation>
    </message>
    <message>
        <source>Add an attendee</source>
        <translation>Thêm người tham dự</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Xó&amp;a</translation>
    </message>
    <message>
        <source>Remove the selected attendee</source>
        <translation>Xóa người tham dự đang chọn</translation>
    </message>
    <message>
        <source>Move the selected attendee up</source>
        <translation>Chuyển người tham dự đang chọn lên trên</translation>
    </message>
    <message>
        <source>Move the selected attendee down</source>
        <translation>Chuyển người tham dự đang chọn xuống dưới</translation>
    </message>
    <message>
        <source>Report figures</source>
        <translation>Số liệu báo cáo</translation>
    </message>
    <message>
        <source>Add a report figure</source>
        <translation>Thêm số liệu báo cáo</translation>
    </message>
    <message>
        <source>Remove the selected report figure</source>
        <translation>Xóa số liệu báo cáo đang chọn</translation>
    </message>
    <message>
        <source>Move the selected report figure up</source>
        <translation>Chuyển số liệu đang chọn lên trên</translation>
    </message>
    <message>
        <source>Move the selected report figure down</source>
        <translation>Chuyển số liệu đang chọn xuống dưới</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Nội dung đánh giá</translation>
    </message>
    <message>
        <source>Add a finding</source>
        <translation>Thêm nội dung đánh giá</translation>
    </message>
    <message>
        <source>Remove the selected finding</source>
        <translation>Xóa nội dung đánh giá đang chọn</translation>
    </message>
    <message>
        <source>Move the selected finding up</source>
        <translation>Chuyển nội dung đánh giá đang chọn lên trên</translation>
    </message>
    <message>
        <source>Move the selected finding down</source>
        <translation>Chuyển nội dung đánh giá đang chọn xuống dưới</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Add an indicator</source>
        <translation>Thêm chỉ tiêu</translation>
    </message>
    <message>
        <source>Remove the selected indicator</source>
        <translation>Xóa chỉ tiêu đang chọn</translation>
    </message>
    <message>
        <source>Move the selected indicator up</source>
        <translation>Chuyển chỉ tiêu đang chọn lên trên</translation>
    </message>
    <message>
        <source>Move the selected indicator down</source>
        <translation>Chuyển chỉ tiêu đang chọn xuống dưới</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Đề nghị</translation>
    </message>
    <message>
        <source>Earlier recommendations</source>
        <translation>Đề nghị các lần trước</translation>
    </message>
    <message>
        <source>Earlier recommendations (%1)</source>
        <translation>Đề nghị các lần trước (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to correct</source>
        <translation>
            <numerusform>%n lỗi cần sửa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vt::VisitEditorWindow</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <source>Correct the marked fields before saving.</source>
        <translation>Hãy sửa các ô được đánh dấu trước khi lưu.</translation>
    </message>
    <message>
        <source>Visit not saved</source>
        <translation>Chưa lưu được buổi làm việc</translation>
    </message>
    <message>
        <source>The visit could not be saved. Your changes are still in the editor: you can correct them and save again.

%1</source>
        <translation>Không lưu được buổi làm việc. Các thay đổi vẫn còn trong cửa sổ soạn thảo: có thể sửa và lưu lại.

%1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <source>Visit changed elsewhere</source>
        <translation>Buổi làm việc đã được thay đổi ở nơi khác</translation>
    </message>
    <message>
        <source>The visit &quot;%1&quot; was changed elsewhere after you opened it (for example a follow-up update was added). Saving replaces those changes with the content of this editor.

Save anyway?</source>
        <translation>Buổi làm việc &quot;%1&quot; đã được thay đổi ở nơi khác sau khi mở (ví dụ có thêm cập nhật tiến độ). Nếu lưu, những thay đổi đó sẽ bị thay bằng nội dung trong cửa sổ này.

Vẫn lưu?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>The visit &quot;%1&quot; has changes that are not saved. Save them before closing?</source>
        <translation>Buổi làm việc &quot;%1&quot; có thay đổi chưa lưu. Lưu trước khi đóng?</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>Buổi làm việc mới</translation>
    </message>
    <message>
        <source>%1[*] — Visit Tracker</source>
        <translation>%1[*] — Theo dõi đoàn công tác</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Xem trước khi in…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Xuất P&amp;DF…</translation>
    </message>
    <message>
        <source>Export &amp;ODT…</source>
        <translation>Xuất &amp;ODT…</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>Xuất &amp;HTML…</translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation>Lịch &amp;sử…</translation>
    </message>
    <message>
        <source>Pri&amp;nt</source>
        <translation>&amp;In</translation>
    </message>
</context>
<context>
    <name>vt::VisitFilterBar</name>
    <message>
        <source>Search visits (accents optional)</source>
        <translation>Tìm buổi làm việc (gõ có dấu hoặc không dấu)</translation>
    </message>
    <message>
        <source>Search visits</source>
        <translation>Tìm buổi làm việc</translation>
    </message>
    <message>
        <source>Host organisation</source>
        <translation>Đơn vị làm việc</translation>
    </message>
    <message>
        <source>Filter by host organisation</source>
        <translation>Lọc theo đơn vị làm việc</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Đoàn công tác</translation>
    </message>
    <message>
        <source>Filter by delegation</source>
        <translation>Lọc theo đoàn công tác</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tất cả hình thức</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Lọc theo hình thức</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tất cả trạng thái</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Lọc theo trạng thái</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>Đế&amp;n ngày</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Bỏ &amp;lọc</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>Từ ngà&amp;y</translation>
    </message>
</context>
<context>
    <name>vt::VisitListModel</name>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Host organisation</source>
        <translation>Đơn vị làm việc</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Đoàn công tác</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>vt::VisitListView</name>
    <message>
        <source>Visits</source>
        <translation>Buổi làm việc</translation>
    </message>
</context>
<context>
    <name>vt::VisitService</name>
    <message>
        <source>Could not save: %1</source>
        <translation>Không lưu được: %1</translation>
    </message>
    <message>
        <source>Could not delete: %1</source>
        <translation>Không xóa được: %1</translation>
    </message>
</context>
<context>
    <name>vt::charts::ChartText</name>
    <message>
        <source>Could not write the chart to “%1”: %2</source>
        <translation>Không ghi được biểu đồ vào “%1”: %2</translation>
    </message>
    <message>
        <source>use a file ending in .png or .pdf</source>
        <translation>hãy dùng tệp có đuôi .png hoặc .pdf</translation>
    </message>
    <message>
        <source>On track (≥ %1)</source>
        <translation>Đạt (≥ %1)</translation>
    </message>
    <message>
        <source>Near (%1 – %2)</source>
        <translation>Gần đạt (%1 – %2)</translation>
    </message>
    <message>
        <source>Behind (under %1)</source>
        <translation>Chậm (dưới %1)</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Không có chỉ tiêu</translation>
    </message>
    <message>
        <source>%1%2, no target</source>
        <translation>%1%2, không có chỉ tiêu</translation>
    </message>
    <message>
        <source>%1 of %2%3</source>
        <translation>%1/%2%3</translation>
    </message>
    <message>
        <source>Actual: %1%2 (as of %3)</source>
        <translation>Kết quả thực hiện: %1%2 (tính đến %3)</translation>
    </message>
    <message>
        <source>Target for %1: %2%3</source>
        <translation>Chỉ tiêu năm %1: %2%3</translation>
    </message>
    <message>
        <source>Plan to date: %1%2</source>
        <translation>Kế hoạch đến thời điểm: %1%2</translation>
    </message>
    <message>
        <source>Progress: %1 of plan</source>
        <translation>Tiến độ: đạt %1 so với kế hoạch</translation>
    </message>
    <message>
        <source>Indicators: no measurements</source>
        <translation>Chỉ tiêu: chưa có số liệu</translation>
    </message>
    <message>
        <source>Indicators of %1, %2: progress against plan</source>
        <translation>Chỉ tiêu của %1, %2: tiến độ so với kế hoạch</translation>
    </message>
    <message>
        <source>% of plan to date</source>
        <translation>Tỷ lệ đạt so với kế hoạch đến thời điểm</translation>
    </message>
    <message>
        <source>%1: hosts ranked by progress</source>
        <translation>%1: xếp hạng đơn vị theo tiến độ</translation>
    </message>
    <message>
        <source>%1: the %2 best and %2 last of %3 hosts</source>
        <translation>%1: %2 đơn vị dẫn đầu và %2 đơn vị cuối trong %3 đơn vị</translation>
    </message>
    <message>
        <source>Hosts on track, near and behind plan, %1</source>
        <translation>Số đơn vị đạt, gần đạt và chậm so với kế hoạch, %1</translation>
    </message>
    <message>
        <source>%1
%2: %3 hosts</source>
        <translation>%1
%2: %3 đơn vị</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Số đơn vị</translation>
    </message>
    <message>
        <source>%1 — %2, %3: actual against plan</source>
        <translation>%1 — %2, %3: kết quả thực hiện so với kế hoạch</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Kết quả thực hiện</translation>
    </message>
    <message>
        <source>%1
Actual: %2%3 (as of %4)</source>
        <translation>%1
Kết quả thực hiện: %2%3 (tính đến %4)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2: %3</translation>
    </message>
    <message>
        <source>Visit plan: planned and held visits, cumulative</source>
        <translation>Kế hoạch làm việc: số buổi theo kế hoạch và đã làm việc, cộng dồn</translation>
    </message>
    <message>
        <source>%1 of %2 visits held</source>
        <translation>đã làm việc %1/%2 buổi</translation>
    </message>
    <message>
        <source>planned visits past their date: %1</source>
        <translation>buổi theo kế hoạch đã quá ngày: %1</translation>
    </message>
    <message>
        <source>cancelled: %1</source>
        <translation>hủy bỏ: %1</translation>
    </message>
    <message>
        <source>Held (cumulative)</source>
        <translation>Đã làm việc (cộng dồn)</translation>
    </message>
    <message>
        <source>Planned (cumulative)</source>
        <translation>Theo kế hoạch (cộng dồn)</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Số buổi làm việc</translation>
    </message>
    <message>
        <source>Recommendations by status at the end of each month</source>
        <translation>Đề nghị theo trạng thái vào cuối mỗi tháng</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Chưa thực hiện</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Số đề nghị</translation>
    </message>
    <message>
        <source>Overdue recommendations by age, as of %1: %2</source>
        <translation>Đề nghị quá hạn theo thời gian quá hạn, tính đến %1: %2</translation>
    </message>
    <message>
        <source>the %1 hosts with the most, of %2 with overdue recommendations</source>
        <translation>%1 đơn vị có nhiều đề nghị quá hạn nhất, trong số %2 đơn vị có đề nghị quá hạn</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 ngày</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 ngày</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 ngày</translation>
    </message>
    <message>
        <source>over 90 days</source>
        <translation>trên 90 ngày</translation>
    </message>
    <message>
        <source>Overdue recommendations</source>
        <translation>Số đề nghị quá hạn</translation>
    </message>
</context>
<context>
    <name>vt::cli</name>
    <message>
        <source>option %1 needs a value</source>
        <translation>tùy chọn %1 cần một giá trị</translation>
    </message>
    <message>
        <source>--lang must be vi or en, not &quot;%1&quot;</source>
        <translation>--lang phải là vi hoặc en, không phải &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>tùy chọn không hợp lệ %1</translation>
    </message>
    <message>
        <source>Try visit-tracker --help.</source>
        <translation>Xem visit-tracker --help.</translation>
    </message>
    <message>
        <source>%1 takes no arguments</source>
        <translation>%1 không nhận tham số</translation>
    </message>
    <message>
        <source>%1 needs exactly one file</source>
        <translation>%1 cần đúng một tệp</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>không ghi được ra đầu ra chuẩn</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>không ghi được %1: %2</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>lệnh không hợp lệ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Number of visits to generate.</source>
        <translation>Số buổi làm việc cần tạo.</translation>
    </message>
    <message>
        <source>Seed of the data set (default 1).</source>
        <translation>Hạt giống của bộ dữ liệu (mặc định 1).</translation>
    </message>
    <message>
        <source>generate needs --visits N</source>
        <translation>generate cần --visits N</translation>
    </message>
    <message>
        <source>--visits must be a whole number of at least 1, not &quot;%1&quot;</source>
        <translation>--visits phải là số nguyên từ 1 trở lên, không phải &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--seed must be a non-negative whole number, not &quot;%1&quot;</source>
        <translation>--seed phải là số nguyên không âm, không phải &quot;%1&quot;</translation>
    </message>
    <message>
        <source>could not generate the visits: %1</source>
        <translation>không tạo được dữ liệu: %1</translation>
    </message>
    <message>
        <source>%1 visits generated (%2 added, %3 replaced) in %4 s: %5 visits/s</source>
        <translation>Đã tạo %1 buổi làm việc (thêm mới %2, thay thế %3) trong %4 giây: %5 buổi/giây</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>không đọc được %1: %2</translation>
    </message>
    <message>
        <source>%1 was not imported: nothing was written</source>
        <translation>chưa nhập được %1: không có dữ liệu nào được ghi</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>chưa nhập được %1: %2</translation>
    </message>
    <message>
        <source>Imported %1 visits (%2 added, %3 replaced).</source>
        <translation>Đã nhập %1 buổi làm việc (thêm mới %2, thay thế %3).</translation>
    </message>
    <message>
        <source>export failed: %1</source>
        <translation>xuất dữ liệu không thành công: %1</translation>
    </message>
    <message>
        <source>the sample visits could not be added: %1</source>
        <translation>không thêm được dữ liệu mẫu: %1</translation>
    </message>
    <message>
        <source>Sample visits: %1 added, %2 already present.</source>
        <translation>Dữ liệu mẫu: thêm mới %1, đã có %2.</translation>
    </message>
    <message>
        <source>Follow-up of recommendations</source>
        <translation>Theo dõi, đôn đốc thực hiện đề nghị</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Buổi làm việc</translation>
    </message>
    <message>
        <source>Host organisation</source>
        <translation>Đơn vị làm việc</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Đề nghị</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Đơn vị chủ trì</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Số ngày quá hạn</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — quá hạn</translation>
    </message>
    <message>
        <source>Only recommendations with this status: open, in-progress, done, cancelled or overdue.</source>
        <translation>Chỉ các đề nghị có trạng thái này: open, in-progress, done, cancelled hoặc overdue.</translation>
    </message>
    <message>
        <source>Only hosts whose name contains NAME (accents optional).</source>
        <translation>Chỉ các đơn vị có tên chứa NAME (có dấu hoặc không dấu).</translation>
    </message>
    <message>
        <source>Count overdue days as of DATE (YYYY-MM-DD) instead of today.</source>
        <translation>Tính số ngày quá hạn đến ngày DATE (YYYY-MM-DD) thay cho hôm nay.</translation>
    </message>
    <message>
        <source>Write to FILE (.csv, .xlsx or .pdf) instead of standard output.</source>
        <translation>Ghi ra tệp FILE (.csv, .xlsx hoặc .pdf) thay cho đầu ra chuẩn.</translation>
    </message>
    <message>
        <source>--status must be one of %1 or overdue, not &quot;%2&quot;</source>
        <translation>--status phải là một trong %1 hoặc overdue, không phải &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--as-of must be a date written YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--as-of phải là ngày dạng YYYY-MM-DD, không phải &quot;%1&quot;</translation>
    </message>
    <message>
        <source>-o needs a file ending in .csv, .xlsx or .pdf, not &quot;%1&quot;</source>
        <translation>-o cần tệp có đuôi .csv, .xlsx hoặc .pdf, không phải &quot;%1&quot;</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>trạng thái: %1</translation>
    </message>
    <message>
        <source>host: %1</source>
        <translation>đơn vị: %1</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>tính đến %1</translation>
    </message>
    <message>
        <source>--%1 must be a date written YYYY-MM-DD, not &quot;%2&quot;</source>
        <translation>--%1 phải là ngày dạng YYYY-MM-DD, không phải &quot;%2&quot;</translation>
    </message>
    <message>
        <source>csv (default) or json.</source>
        <translation>csv (mặc định) hoặc json.</translation>
    </message>
    <message>
        <source>At most N matches, newest records first (default: all).</source>
        <translation>Tối đa N kết quả, mới nhất trước (mặc định: tất cả).</translation>
    </message>
    <message>
        <source>search needs the text to search for</source>
        <translation>search cần nội dung cần tìm</translation>
    </message>
    <message>
        <source>--format must be csv or json, not &quot;%1&quot;</source>
        <translation>--format phải là csv hoặc json, không phải &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--limit must be a positive number</source>
        <translation>--limit phải là số dương</translation>
    </message>
    <message>
        <source>the search text has no word to search for</source>
        <translation>nội dung tìm kiếm không có từ nào</translation>
    </message>
    <message>
        <source>Only visits to hosts whose name contains NAME.</source>
        <translation>Chỉ các buổi làm việc với đơn vị có tên chứa NAME.</translation>
    </message>
    <message>
        <source>Only limitations matching TEXT.</source>
        <translation>Chỉ các hạn chế khớp với TEXT.</translation>
    </message>
    <message>
        <source>Only visits on or after DATE.</source>
        <translation>Chỉ các buổi làm việc từ ngày DATE.</translation>
    </message>
    <message>
        <source>Only visits on or before DATE.</source>
        <translation>Chỉ các buổi làm việc đến ngày DATE.</translation>
    </message>
    <message>
        <source>The day for overdue recommendations (default: today).</source>
        <translation>Ngày tính quá hạn (mặc định: hôm nay).</translation>
    </message>
    <message>
        <source>Write to FILE: .csv, .xlsx or .pdf.</source>
        <translation>Ghi ra tệp FILE: .csv, .xlsx hoặc .pdf.</translation>
    </message>
    <message>
        <source>--from must not be after --to</source>
        <translation>--from không được sau --to</translation>
    </message>
    <message>
        <source>cannot tell the format of %1: use .csv, .xlsx or .pdf</source>
        <translation>không xác định được định dạng của %1: hãy dùng .csv, .xlsx hoặc .pdf</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Tính đến ngày %1</translation>
    </message>
    <message>
        <source>Only visits matching TEXT.</source>
        <translation>Chỉ các buổi làm việc khớp với TEXT.</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) backed up to %1</source>
        <translation>
            <numerusform>Đã sao lưu %n buổi làm việc vào %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in %1</source>
        <translation>
            <numerusform>Phát hiện %n vấn đề trong %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no %1 named &quot;%2&quot;</source>
        <translation>không có %1 nào tên là &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches several: %2</source>
        <translation>&quot;%1&quot; khớp với nhiều tên: %2</translation>
    </message>
    <message>
        <source>Only this host (whole name or a unique part, accents optional).</source>
        <translation>Chỉ đơn vị làm việc này (tên đầy đủ hoặc một phần duy nhất, có dấu hoặc không).</translation>
    </message>
    <message>
        <source>Only visits of this delegation.</source>
        <translation>Chỉ các buổi làm việc của đoàn này.</translation>
    </message>
    <message>
        <source>The period, a year such as 2024 (default: the latest year with measurements).</source>
        <translation>Kỳ, là một năm như 2024 (mặc định: năm gần nhất có số liệu).</translation>
    </message>
    <message>
        <source>Compute progress and overdue as of DATE (YYYY-MM-DD).</source>
        <translation>Tính tiến độ và quá hạn tính đến ngày DATE (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>hosts: the indicator compared (default: the one most hosts measured); indicators with --host: draw this indicator&apos;s history.</source>
        <translation>hosts: chỉ tiêu được so sánh (mặc định: chỉ tiêu có nhiều đơn vị báo cáo nhất); indicators với --host: vẽ diễn biến của chỉ tiêu này.</translation>
    </message>
    <message>
        <source>Percent of plan counted as on track (default 100).</source>
        <translation>Tỷ lệ so với kế hoạch được coi là đạt (mặc định 100).</translation>
    </message>
    <message>
        <source>Percent of plan counted as near (default 90).</source>
        <translation>Tỷ lệ so với kế hoạch được coi là gần đạt (mặc định 90).</translation>
    </message>
    <message>
        <source>Write to FILE (.png or .pdf).</source>
        <translation>Ghi vào FILE (.png hoặc .pdf).</translation>
    </message>
    <message>
        <source>chart needs one of: %1</source>
        <translation>chart cần một trong các loại: %1</translation>
    </message>
    <message>
        <source>chart needs one of %1, not &quot;%2&quot;</source>
        <translation>chart cần một trong các loại %1, không phải &quot;%2&quot;</translation>
    </message>
    <message>
        <source>chart needs -o FILE (.png or .pdf)</source>
        <translation>chart cần -o FILE (.png hoặc .pdf)</translation>
    </message>
    <message>
        <source>-o needs a file ending in .png or .pdf, not &quot;%1&quot;</source>
        <translation>-o cần tệp có đuôi .png hoặc .pdf, không phải &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--%1 must be a percentage such as 90, not &quot;%2&quot;</source>
        <translation>--%1 phải là một tỷ lệ phần trăm như 90, không phải &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--near must not be above --on-track</source>
        <translation>--near không được lớn hơn --on-track</translation>
    </message>
    <message>
        <source>host</source>
        <translation>đơn vị làm việc</translation>
    </message>
    <message>
        <source>delegation</source>
        <translation>đoàn công tác</translation>
    </message>
    <message>
        <source>no indicators were measured by %1 for this choice</source>
        <translation>không có chỉ tiêu nào được báo cáo đến %1 theo lựa chọn này</translation>
    </message>
    <message>
        <source>no indicators were measured for period &quot;%1&quot; by %2 for this choice</source>
        <translation>không có chỉ tiêu nào của kỳ &quot;%1&quot; được báo cáo đến %2 theo lựa chọn này</translation>
    </message>
    <message>
        <source>the period of a %1 chart is a year such as 2024, not &quot;%2&quot;</source>
        <translation>kỳ của biểu đồ %1 là một năm như 2024, không phải &quot;%2&quot;</translation>
    </message>
    <message>
        <source>no indicator &quot;%1&quot; was measured for period %2</source>
        <translation>không có chỉ tiêu &quot;%1&quot; nào được báo cáo cho kỳ %2</translation>
    </message>
    <message>
        <source>no indicator &quot;%1&quot; was measured at %2 for period %3</source>
        <translation>%2 không có chỉ tiêu &quot;%1&quot; được báo cáo cho kỳ %3</translation>
    </message>
    <message>
        <source>Only recommendations overdue by 1-30, 31-60, 61-90 or over-90 days.</source>
        <translation>Chỉ các đề nghị quá hạn 1-30, 31-60, 61-90 hoặc trên 90 ngày (over-90).</translation>
    </message>
    <message>
        <source>With --host, also the units under the matching hosts (district committees, departments).</source>
        <translation>Dùng với --host: gồm cả các đơn vị trực thuộc nơi làm việc tìm được (huyện ủy, các ban, sở).</translation>
    </message>
    <message>
        <source>--age must be one of 1-30, 31-60, 61-90 or over-90, not &quot;%1&quot;</source>
        <translation>--age phải là một trong 1-30, 31-60, 61-90 hoặc over-90, không phải &quot;%1&quot;</translation>
    </message>
    <message>
        <source>minutes or conclusion (default: conclusion).</source>
        <translation>minutes hoặc conclusion (mặc định: conclusion).</translation>
    </message>
    <message>
        <source>party, state or plain (default: party).</source>
        <translation>party, state hoặc plain (mặc định: party).</translation>
    </message>
    <message>
        <source>Take DATE (YYYY-MM-DD) as today.</source>
        <translation>Lấy ngày DATE (YYYY-MM-DD) làm ngày hôm nay.</translation>
    </message>
    <message>
        <source>Date of the document (YYYY-MM-DD); the visit&apos;s date by default.</source>
        <translation>Ngày của văn bản (YYYY-MM-DD); mặc định là ngày của buổi làm việc.</translation>
    </message>
    <message>
        <source>Write to FILE (.pdf, .odt or .html).</source>
        <translation>Ghi ra tệp FILE (.pdf, .odt hoặc .html).</translation>
    </message>
    <message>
        <source>summary needs exactly one visit id</source>
        <translation>summary cần đúng một mã buổi làm việc</translation>
    </message>
    <message>
        <source>the visit id must be a positive number, not &quot;%1&quot;</source>
        <translation>mã buổi làm việc phải là số dương, không phải &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--document must be minutes or conclusion, not &quot;%1&quot;</source>
        <translation>--document phải là minutes hoặc conclusion, không phải &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--style must be party, state or plain, not &quot;%1&quot;</source>
        <translation>--style phải là party, state hoặc plain, không phải &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--date must be a date written YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--date phải là ngày dạng YYYY-MM-DD, không phải &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--capacity must be T/M, K/T, T/L or none, not &quot;%1&quot;</source>
        <translation>--capacity phải là T/M, K/T, T/L hoặc none, không phải &quot;%1&quot;</translation>
    </message>
    <message>
        <source>summary needs -o FILE (.pdf, .odt or .html)</source>
        <translation>summary cần -o FILE (.pdf, .odt hoặc .html)</translation>
    </message>
    <message>
        <source>-o needs a file ending in .pdf, .odt or .html, not &quot;%1&quot;</source>
        <translation>-o cần một tệp có đuôi .pdf, .odt hoặc .html, không phải &quot;%1&quot;</translation>
    </message>
    <message>
        <source>there is no visit with id %1</source>
        <translation>không có buổi làm việc mã %1</translation>
    </message>
    <message>
        <source>the fields cannot be remembered: %1</source>
        <translation>không ghi nhớ được các thông tin: %1</translation>
    </message>
    <message>
        <source>Document number, without &quot;Số&quot; (e.g. 45-TB/BTGTW).</source>
        <translation>Số văn bản, không có chữ &quot;Số&quot; (ví dụ 45-TB/BTGTW).</translation>
    </message>
    <message>
        <source>Issuing body, in capitals.</source>
        <translation>Cơ quan ban hành, viết hoa.</translation>
    </message>
    <message>
        <source>Superior body above the issuing body.</source>
        <translation>Cơ quan cấp trên của cơ quan ban hành.</translation>
    </message>
    <message>
        <source>Place of the place-and-date line.</source>
        <translation>Địa danh ghi trước ngày tháng.</translation>
    </message>
    <message>
        <source>Name of the signer.</source>
        <translation>Họ tên người ký.</translation>
    </message>
    <message>
        <source>Position of the signer (e.g. TRƯỞNG ĐOÀN).</source>
        <translation>Chức vụ người ký (ví dụ TRƯỞNG ĐOÀN).</translation>
    </message>
    <message>
        <source>Signing capacity: T/M, K/T, T/L or none.</source>
        <translation>Thẩm quyền ký: T/M, K/T, T/L hoặc none.</translation>
    </message>
    <message>
        <source>On whose behalf the signer signs (e.g. BAN THƯỜNG VỤ).</source>
        <translation>Người ký thay mặt cho ai (ví dụ BAN THƯỜNG VỤ).</translation>
    </message>
    <message>
        <source>A recipient (&quot;Nơi nhận&quot;); repeat for each.</source>
        <translation>Một nơi nhận; lặp lại cho mỗi nơi.</translation>
    </message>
    <message>
        <source>Remember the given fields for the delegation&apos;s next documents of this kind.</source>
        <translation>Ghi nhớ các thông tin đã nhập cho các văn bản cùng loại sau này của đoàn.</translation>
    </message>
    <message>
        <source>Usage:
  visit-tracker [--database FILE] [--lang vi|en]          open the main window
  visit-tracker [--database FILE] COMMAND [ARGUMENTS]     run a command headless

Options:
  --database FILE   the database to use (default: %1)
  --lang vi|en      the language of the interface and messages
  --help            show this help
  --version         show the version

Commands:
  import FILE.json                       import visits (all or nothing)
  export FILE.json                       export all visits (- for standard output)
  demo                                   add the sample visits
  visits [--search TEXT] [--format csv|json]
                                         list visits
  search TEXT [--format csv|json]        search visits, findings and recommendations
  limitations [--host NAME] [--search TEXT] [--from DATE] [--to DATE] [-o FILE]
                                         list limitations (.csv .xlsx .pdf)
  recommendations [--status STATUS] [--host NAME] [--age DAYS] [--as-of DATE]
                  [-o FILE]              follow-up list; STATUS: open, in-progress,
                                         done, cancelled or overdue
  summary VISIT_ID [--document minutes|conclusion] [--style party|state|plain]
                  [--as-of DATE] -o FILE print a meeting document (.pdf .odt .html)
  chart plan|indicators|hosts|recommendations [--host NAME] [--period P]
                  [--as-of DATE] -o FILE draw a progress chart (.png .pdf)
  backup FILE                            write a verified copy of the database
  check                                  check the database; prints ok or the problems
  generate --visits N [--seed S]         add synthetic visits (for benchmarks)

With --host NAME, --subordinates also covers the units under the host
(limitations, recommendations).

Exit codes: 0 success, 1 failure, 2 wrong usage.
</source>
        <translation>Cách dùng:
  visit-tracker [--database FILE] [--lang vi|en]          mở cửa sổ chương trình
  visit-tracker [--database FILE] COMMAND [ARGUMENTS]     chạy lệnh không cần cửa sổ

Tùy chọn:
  --database FILE   cơ sở dữ liệu sử dụng (mặc định: %1)
  --lang vi|en      ngôn ngữ giao diện và thông báo
  --help            hiện hướng dẫn này
  --version         hiện phiên bản

Các lệnh:
  import FILE.json                       nhập buổi làm việc (toàn bộ hoặc không gì cả)
  export FILE.json                       xuất tất cả buổi làm việc (- để ghi ra đầu ra chuẩn)
  demo                                   thêm dữ liệu mẫu
  visits [--search TEXT] [--format csv|json]
                                         danh sách buổi làm việc
  search TEXT [--format csv|json]        tìm buổi làm việc, nội dung đánh giá và đề nghị
  limitations [--host NAME] [--search TEXT] [--from DATE] [--to DATE] [-o FILE]
                                         danh sách hạn chế (.csv .xlsx .pdf)
  recommendations [--status STATUS] [--host NAME] [--age DAYS] [--as-of DATE]
                  [-o FILE]              danh sách theo dõi đề nghị; STATUS: open,
                                         in-progress, done, cancelled hoặc overdue
  summary VISIT_ID [--document minutes|conclusion] [--style party|state|plain]
                  [--as-of DATE] -o FILE in văn bản cuộc họp (.pdf .odt .html)
  chart plan|indicators|hosts|recommendations [--host NAME] [--period P]
                  [--as-of DATE] -o FILE vẽ biểu đồ tiến độ (.png .pdf)
  backup FILE                            ghi bản sao đã kiểm tra của cơ sở dữ liệu
  check                                  kiểm tra cơ sở dữ liệu; in ok hoặc các lỗi
  generate --visits N [--seed S]         thêm dữ liệu tổng hợp (để đo hiệu năng)

Với --host NAME, --subordinates gồm cả các đơn vị trực thuộc nơi làm việc
(limitations, recommendations).

Mã thoát: 0 thành công, 1 lỗi, 2 dùng sai lệnh.
</translation>
    </message>
    <message>
        <source>Upgrading “%1” for this version of Visit Tracker (a copy of the file as it was is kept first)…</source>
        <translation>Đang nâng cấp “%1” cho phiên bản Visit Tracker này (một bản sao của tệp ở trạng thái hiện tại được lưu giữ trước)…</translation>
    </message>
</context>
<context>
    <name>vt::documents::Text</name>
    <message>
        <source>, at %1</source>
        <translation>, tại %1</translation>
    </message>
    <message>
        <source>, the %1 of %2</source>
        <translation>, %1 %2</translation>
    </message>
    <message>
        <source> led by %1</source>
        <translation> do đồng chí %1 làm Trưởng đoàn</translation>
    </message>
    <message>
        <source> worked with %1</source>
        <translation> đã làm việc với %1</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> về %1</translation>
    </message>
    <message>
        <source>Attending for the host and as guests: %1.</source>
        <translation>Tham dự buổi làm việc có: %1.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Having heard the report of %1 and the views of those present, the head of the delegation concluded as follows:</source>
        <translation>Sau khi nghe báo cáo của %1 và ý kiến của các đại biểu dự buổi làm việc, Trưởng đoàn kết luận như sau:</translation>
    </message>
    <message>
        <source>CONCLUSION NOTICE</source>
        <translation>THÔNG BÁO KẾT LUẬN</translation>
    </message>
    <message>
        <source>Conclusions of the head of the %1 of %2 at the meeting with %3</source>
        <translation>Kết luận của Trưởng %1 %2 tại buổi làm việc với %3</translation>
    </message>
    <message>
        <source>Results achieved</source>
        <translation>Kết quả đạt được</translation>
    </message>
    <message>
        <source>Good models and practices:</source>
        <translation>Mô hình, cách làm hay:</translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation>Hạn chế</translation>
    </message>
    <message>
        <source>Tasks for the coming period</source>
        <translation>Nhiệm vụ, đề nghị trong thời gian tới</translation>
    </message>
    <message>
        <source>The delegation asks %1 to carry out:</source>
        <translation>Đề nghị %1 tập trung thực hiện:</translation>
    </message>
    <message>
        <source>Recommendations of earlier visits</source>
        <translation>Kết quả thực hiện các đề nghị tại buổi làm việc trước</translation>
    </message>
    <message>
        <source>The %2 sends this notice to %1 and the units concerned for their information and action.</source>
        <translation>%2 thông báo để %1 và các đơn vị liên quan biết, thực hiện.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Trang %1/%2</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>Không ghi được “%1”: %2</translation>
    </message>
    <message>
        <source>Could not write “%1”: the PDF could not be drawn</source>
        <translation>Không ghi được “%1”: không vẽ được tệp PDF</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Biên bản làm việc</translation>
    </message>
    <message>
        <source>Conclusion notice</source>
        <translation>Thông báo kết luận</translation>
    </message>
    <message>
        <source>Limitation list</source>
        <translation>Danh sách hạn chế</translation>
    </message>
    <message>
        <source>Follow-up report</source>
        <translation>Báo cáo theo dõi, đôn đốc</translation>
    </message>
    <message>
        <source>Party (Hướng dẫn 36-HD/VPTW)</source>
        <translation>Đảng (Hướng dẫn 36-HD/VPTW)</translation>
    </message>
    <message>
        <source>State (Nghị định 30/2020/NĐ-CP)</source>
        <translation>Nhà nước (Nghị định 30/2020/NĐ-CP)</translation>
    </message>
    <message>
        <source>Plain, in the interface language</source>
        <translation>Thông thường, theo ngôn ngữ giao diện</translation>
    </message>
    <message>
        <source>Follow-up of recommendations</source>
        <translation>Theo dõi, đôn đốc thực hiện đề nghị</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>tính đến ngày %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>TT</translation>
    </message>
    <message>
        <source>Host organisation</source>
        <translation>Đơn vị làm việc</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Buổi làm việc</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Đề nghị</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Đơn vị chủ trì</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Latest update</source>
        <translation>Cập nhật gần nhất</translation>
    </message>
    <message>
        <source>Deputy head of the delegation</source>
        <translation>Phó Trưởng đoàn</translation>
    </message>
    <message>
        <source>Head of the delegation</source>
        <translation>Trưởng đoàn</translation>
    </message>
    <message>
        <source>File copy: %1</source>
        <translation>Lưu: %1</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Thời gian:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Địa điểm:</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>Nội dung:</translation>
    </message>
    <message>
        <source>Chair:</source>
        <translation>Chủ trì:</translation>
    </message>
    <message>
        <source>Minute-taker:</source>
        <translation>Người ghi biên bản:</translation>
    </message>
    <message>
        <source>I. ATTENDANCE</source>
        <translation>I. THÀNH PHẦN THAM DỰ</translation>
    </message>
    <message>
        <source>The %1 of %2:</source>
        <translation>%1 %2:</translation>
    </message>
    <message>
        <source>Invited guests:</source>
        <translation>Đại biểu mời:</translation>
    </message>
    <message>
        <source>Absent:</source>
        <translation>Vắng mặt:</translation>
    </message>
    <message>
        <source>II. PROCEEDINGS</source>
        <translation>II. NỘI DUNG BUỔI LÀM VIỆC</translation>
    </message>
    <message>
        <source>%1 reported.</source>
        <translation>%1 báo cáo.</translation>
    </message>
    <message>
        <source>Figures of the report:</source>
        <translation>Số liệu báo cáo:</translation>
    </message>
    <message>
        <source>Indicators against plan:</source>
        <translation>Kết quả thực hiện chỉ tiêu so với kế hoạch:</translation>
    </message>
    <message>
        <source>Discussion:</source>
        <translation>Ý kiến trao đổi, thảo luận:</translation>
    </message>
    <message>
        <source>III. CONCLUSIONS</source>
        <translation>III. KẾT LUẬN</translation>
    </message>
    <message>
        <source>Results achieved:</source>
        <translation>Kết quả đạt được:</translation>
    </message>
    <message>
        <source>Limitations:</source>
        <translation>Hạn chế:</translation>
    </message>
    <message>
        <source>Other observations:</source>
        <translation>Ý kiến khác:</translation>
    </message>
    <message>
        <source>Recommendations:</source>
        <translation>Đề nghị:</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>BIÊN BẢN</translation>
    </message>
    <message>
        <source>Meeting of the %1 of %2 with %3</source>
        <translation>Làm việc của %1 %2 với %3</translation>
    </message>
    <message>
        <source>The meeting ended on the same day. The minutes were read to those present, who agreed with them.</source>
        <translation>Buổi làm việc kết thúc cùng ngày. Biên bản đã được đọc lại cho các thành phần dự họp cùng nghe và thống nhất.</translation>
    </message>
    <message>
        <source>MINUTE-TAKER</source>
        <translation>NGƯỜI GHI BIÊN BẢN</translation>
    </message>
    <message>
        <source>CHAIR</source>
        <translation>CHỦ TRÌ</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>Số: %1</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>Nơi nhận:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>place, date</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>working delegation</source>
        <translation>Đoàn công tác</translation>
    </message>
    <message>
        <source>inspection delegation</source>
        <translation>Đoàn kiểm tra</translation>
    </message>
    <message>
        <source>supervision delegation</source>
        <translation>Đoàn giám sát</translation>
    </message>
    <message>
        <source>survey delegation</source>
        <translation>Đoàn khảo sát</translation>
    </message>
    <message>
        <source> — reason: %1</source>
        <translation> — lý do: %1</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>từ ngày %1 đến ngày %2</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>ngày %1</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Tính đến ngày</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Thực hiện</translation>
    </message>
    <message>
        <source>% of plan</source>
        <translation>Tỷ lệ đạt so với kế hoạch</translation>
    </message>
    <message>
        <source>Earlier recommendation</source>
        <translation>Đề nghị tại buổi làm việc trước</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source> (visit of %1</source>
        <translation> (buổi làm việc ngày %1</translation>
    </message>
    <message>
        <source>, deadline %1</source>
        <translation>, thời hạn %1</translation>
    </message>
    <message>
        <source>PHOTOGRAPHS</source>
        <translation>ẢNH TƯ LIỆU</translation>
    </message>
    <message numerus="yes">
        <source>%1, overdue %Ln day(s)</source>
        <translation>
            <numerusform>%1, quá hạn %Ln ngày</numerusform>
        </translation>
    </message>
</context>
</TS>
