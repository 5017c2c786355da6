<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>kt</name>
    <message>
        <source>A folder needs a name.</source>
        <translation>Thư mục cần có tên.</translation>
    </message>
    <message>
        <source>A folder name cannot contain “/”: “%1”.</source>
        <translation>Tên thư mục không được chứa “/”: “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a folder path.</source>
        <translation>“%1” không phải là đường dẫn thư mục.</translation>
    </message>
</context>
<context>
    <name>kt::AddBaselineDialog</name>
    <message>
        <source>Add Baseline to “%1”</source>
        <translation>Thêm mốc phiên bản cho “%1”</translation>
    </message>
    <message>
        <source>A baseline names a state of the model for everyone using the repository; it is never moved.</source>
        <translation>Mốc phiên bản đặt tên cho một trạng thái của mô hình, dùng chung cho mọi người làm việc trên kho mô hình; mốc không bao giờ bị dời đi.</translation>
    </message>
    <message>
        <source>e.g. Version 2.0 approved</source>
        <translation>chẳng hạn: Phiên bản 2.0 đã phê duyệt</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>The model&apos;s last commit (now commit %1)</source>
        <translation>Lần ghi mới nhất của mô hình (hiện là lần ghi %1)</translation>
    </message>
    <message>
        <source>The chosen commit %1</source>
        <translation>Lần ghi đang chọn %1</translation>
    </message>
    <message>
        <source>&amp;At:</source>
        <translation>&amp;Tại:</translation>
    </message>
    <message>
        <source>&amp;Add Baseline</source>
        <translation>&amp;Thêm mốc phiên bản</translation>
    </message>
</context>
<context>
    <name>kt::ArchiCsvReader</name>
    <message>
        <source>a quoted field is not closed</source>
        <translation>một trường trong dấu ngoặc kép chưa được đóng</translation>
    </message>
    <message>
        <source>text after the closing quote of a field</source>
        <translation>có văn bản sau dấu ngoặc kép đóng của một trường</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, dòng %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>không đọc được: %1</translation>
    </message>
    <message>
        <source>the file is empty; the first row must be the header %1</source>
        <translation>tệp trống; dòng đầu tiên phải là dòng tiêu đề %1</translation>
    </message>
    <message>
        <source>the header must be %1</source>
        <translation>dòng tiêu đề phải là %1</translation>
    </message>
    <message>
        <source>the row has %1 fields; %2 are needed</source>
        <translation>dòng có %1 trường; cần %2 trường</translation>
    </message>
    <message>
        <source>the id “%1” is used twice</source>
        <translation>mã định danh “%1” được dùng hai lần</translation>
    </message>
    <message>
        <source>a second row of type %1</source>
        <translation>dòng thứ hai có loại %1</translation>
    </message>
    <message>
        <source>“%1” is not an ArchiMate element type</source>
        <translation>“%1” không phải là loại phần tử ArchiMate</translation>
    </message>
    <message>
        <source>the id “%1” is a relationship of the model</source>
        <translation>mã định danh “%1” là một quan hệ của mô hình</translation>
    </message>
    <message>
        <source>the element “%1” is of type %2 in the model, not %3</source>
        <translation>phần tử “%1” trong mô hình có loại %2, không phải %3</translation>
    </message>
    <message>
        <source>“%1” is not an ArchiMate relationship type</source>
        <translation>“%1” không phải là loại quan hệ ArchiMate</translation>
    </message>
    <message>
        <source>the id “%1” is an element of the set or the model</source>
        <translation>mã định danh “%1” là một phần tử của bộ tệp hoặc của mô hình</translation>
    </message>
    <message>
        <source>the relationship “%1” is of type %2 in the model, not %3</source>
        <translation>quan hệ “%1” trong mô hình có loại %2, không phải %3</translation>
    </message>
    <message>
        <source>the property “%1” belongs to “%2”, which is neither in the set nor in the model</source>
        <translation>thuộc tính “%1” thuộc về “%2”, không có trong bộ tệp hay trong mô hình</translation>
    </message>
    <message>
        <source>a property without a key</source>
        <translation>một thuộc tính không có khóa</translation>
    </message>
    <message>
        <source>cannot be read: no such file</source>
        <translation>không đọc được: tệp không tồn tại</translation>
    </message>
    <message>
        <source>%1: the model has no framework to import into.</source>
        <translation>%1: mô hình chưa có khung kiến trúc để nhập vào.</translation>
    </message>
    <message>
        <source>the relationship “%1” joins “%2”, which is neither an element nor an earlier relationship of the set or the model</source>
        <translation>quan hệ “%1” nối với “%2”, không phải phần tử hay quan hệ đứng trước trong bộ tệp hoặc trong mô hình</translation>
    </message>
</context>
<context>
    <name>kt::ArchiCsvWriter</name>
    <message>
        <source>the model has no framework</source>
        <translation>mô hình chưa có khung kiến trúc</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot write the CSV set %1: %2.</source>
        <translation>Không thể ghi bộ tệp CSV %1: %2.</translation>
    </message>
</context>
<context>
    <name>kt::ArchimatePackage</name>
    <message>
        <source>%1 is not a readable zip file (error %2).</source>
        <translation>%1 không phải tệp zip đọc được (lỗi %2).</translation>
    </message>
    <message>
        <source>%1 is a zip file without model.xml: it is not a zipped Archi model.</source>
        <translation>%1 là tệp zip không có model.xml: không phải mô hình Archi nén.</translation>
    </message>
    <message>
        <source>%1: model.xml cannot be unpacked (error %2).</source>
        <translation>%1: không giải nén được model.xml (lỗi %2).</translation>
    </message>
    <message>
        <source>%1: model.xml cannot be unpacked: %2.</source>
        <translation>%1: không giải nén được model.xml: %2.</translation>
    </message>
    <message>
        <source>%1: model.xml unpacks to more than %2 MB, which is refused.</source>
        <translation>%1: model.xml giải nén ra hơn %2 MB, không được chấp nhận.</translation>
    </message>
    <message>
        <source>%1: model.xml is damaged (error %2).</source>
        <translation>%1: model.xml bị hỏng (lỗi %2).</translation>
    </message>
</context>
<context>
    <name>kt::ArchimateReader</name>
    <message>
        <source>the object “%1” is nested more than %2 levels deep (in the view “%3”).</source>
        <translation>đối tượng “%1” lồng sâu hơn %2 mức (trong sơ đồ “%3”).</translation>
    </message>
    <message>
        <source>the object “%1” of the unknown type %2 is not imported.</source>
        <translation>đối tượng “%1” thuộc loại không biết %2 không được nhập.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, dòng %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: further findings left out.</source>
        <translation>%1: các vấn đề khác được bỏ qua.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) not imported: the model has no place for images.</source>
        <translation>
            <numerusform>%n hình ảnh không được nhập: mô hình không có chỗ cho hình ảnh.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not well-formed XML: %2 (line %3, column %4).</source>
        <translation>%1 không phải XML hợp cú pháp: %2 (dòng %3, cột %4).</translation>
    </message>
    <message>
        <source>%1 contains a document type declaration (DTD), which is not accepted for safety.</source>
        <translation>%1 có khai báo kiểu tài liệu (DTD), không được chấp nhận vì lý do an toàn.</translation>
    </message>
    <message>
        <source>%1 is not an Archi model: its root element is “%2” of namespace “%3”, not “model” of namespace %4.</source>
        <translation>%1 không phải mô hình Archi: phần tử gốc là “%2” thuộc không gian tên “%3”, không phải “model” thuộc không gian tên %4.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 rỗng.</translation>
    </message>
    <message>
        <source>a text of “%1” %2.</source>
        <translation>một văn bản của “%1” %2.</translation>
    </message>
    <message>
        <source>“%1” is not a valid identifier.</source>
        <translation>“%1” không phải mã định danh hợp lệ.</translation>
    </message>
    <message>
        <source>the identifier “%1” is used twice.</source>
        <translation>mã định danh “%1” được dùng hai lần.</translation>
    </message>
    <message>
        <source>the coordinate %1=&quot;%2&quot; of “%3” is not a number from -%4 to %4.</source>
        <translation>tọa độ %1=&quot;%2&quot; của “%3” không phải số từ -%4 đến %4.</translation>
    </message>
    <message>
        <source>a property of “%1” has no name: left out.</source>
        <translation>một thuộc tính của “%1” không có tên: bỏ qua.</translation>
    </message>
    <message>
        <source>folders are nested more than %1 levels deep.</source>
        <translation>thư mục lồng sâu hơn %1 mức.</translation>
    </message>
    <message>
        <source>the %1 view “%2” is not imported: only ArchiMate views are.</source>
        <translation>sơ đồ %1 “%2” không được nhập: chỉ nhập sơ đồ ArchiMate.</translation>
    </message>
    <message>
        <source>“%1” of the unknown type %2 is not imported.</source>
        <translation>“%1” thuộc loại không biết %2 không được nhập.</translation>
    </message>
    <message>
        <source>the relationship “%1” joins the relationship “%2”; relationships on relationships are not supported: left out.</source>
        <translation>quan hệ “%1” nối với quan hệ “%2”; quan hệ nối với quan hệ chưa được hỗ trợ: bỏ qua.</translation>
    </message>
    <message>
        <source>the relationship “%1” joins “%2”, which is not an imported element: left out.</source>
        <translation>quan hệ “%1” nối với “%2”, không phải phần tử đã nhập: bỏ qua.</translation>
    </message>
    <message>
        <source>the diagram object “%1” in the view “%2” shows “%3”, which is not an imported element: left out.</source>
        <translation>đối tượng “%1” trong sơ đồ “%2” thể hiện “%3”, không phải phần tử đã nhập: bỏ qua.</translation>
    </message>
    <message>
        <source>the view reference “%1” in the view “%2” shows no imported view.</source>
        <translation>tham chiếu sơ đồ “%1” trong sơ đồ “%2” không trỏ tới sơ đồ nào đã nhập.</translation>
    </message>
    <message>
        <source>the connection “%1” in the view “%2” ends on the connection “%3”, which is not supported: left out.</source>
        <translation>đường nối “%1” trong sơ đồ “%2” kết thúc trên đường nối “%3”, chưa được hỗ trợ: bỏ qua.</translation>
    </message>
    <message>
        <source>the connection “%1” in the view “%2” ends on “%3”, which is not in the view: left out.</source>
        <translation>đường nối “%1” trong sơ đồ “%2” kết thúc tại “%3”, không có trong sơ đồ: bỏ qua.</translation>
    </message>
    <message>
        <source>the connection “%1” in the view “%2” shows “%3”, which is not an imported relationship: left out.</source>
        <translation>đường nối “%1” trong sơ đồ “%2” thể hiện “%3”, không phải quan hệ đã nhập: bỏ qua.</translation>
    </message>
    <message>
        <source>%1, line %2: an XML tag has more than %3 attributes, which no tag of an Archi model has.</source>
        <translation>%1, dòng %2: một thẻ XML có hơn %3 thuộc tính, không thẻ nào của mô hình Archi có như vậy.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>Không đọc được %1: %2.</translation>
    </message>
    <message>
        <source>%1 is a zipped Archi model, which this program cannot unpack.</source>
        <translation>%1 là mô hình Archi nén, chương trình này không giải nén được.</translation>
    </message>
</context>
<context>
    <name>kt::Arrangement</name>
    <message>
        <source>Align left</source>
        <translation>Căn trái</translation>
    </message>
    <message>
        <source>Align centre</source>
        <translation>Căn giữa theo chiều ngang</translation>
    </message>
    <message>
        <source>Align right</source>
        <translation>Căn phải</translation>
    </message>
    <message>
        <source>Align top</source>
        <translation>Căn trên</translation>
    </message>
    <message>
        <source>Align middle</source>
        <translation>Căn giữa theo chiều dọc</translation>
    </message>
    <message>
        <source>Align bottom</source>
        <translation>Căn dưới</translation>
    </message>
    <message>
        <source>Distribute horizontally</source>
        <translation>Phân bố đều theo chiều ngang</translation>
    </message>
    <message>
        <source>Distribute vertically</source>
        <translation>Phân bố đều theo chiều dọc</translation>
    </message>
    <message>
        <source>Make same width</source>
        <translation>Làm cùng chiều rộng</translation>
    </message>
    <message>
        <source>Make same height</source>
        <translation>Làm cùng chiều cao</translation>
    </message>
    <message>
        <source>Make same size</source>
        <translation>Làm cùng kích thước</translation>
    </message>
</context>
<context>
    <name>kt::BandHeadings</name>
    <message>
        <source>Number Band Headings</source>
        <translation>Đánh số tiêu đề các dải</translation>
    </message>
    <message>
        <source>Plain Band Headings</source>
        <translation>Bỏ đánh số tiêu đề các dải</translation>
    </message>
</context>
<context>
    <name>kt::BaselineCodec</name>
    <message>
        <source>the data is cut short.</source>
        <translation>dữ liệu bị cắt cụt.</translation>
    </message>
    <message>
        <source>a text alignment is not valid.</source>
        <translation>một kiểu căn lề văn bản không hợp lệ.</translation>
    </message>
    <message>
        <source>a reference leads nowhere.</source>
        <translation>một tham chiếu không trỏ tới đối tượng nào.</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used twice.</source>
        <translation>mã &quot;%1&quot; bị dùng hai lần.</translation>
    </message>
    <message>
        <source>it refers to &quot;%1&quot;, which the model does not hold.</source>
        <translation>có tham chiếu đến &quot;%1&quot; nhưng mô hình không chứa đối tượng này.</translation>
    </message>
    <message>
        <source>the data is not compressed data of a model.</source>
        <translation>dữ liệu không phải là dữ liệu nén của một mô hình.</translation>
    </message>
    <message>
        <source>the data is not a model.</source>
        <translation>dữ liệu không phải là một mô hình.</translation>
    </message>
    <message>
        <source>the data is of form %1, which this program does not read.</source>
        <translation>dữ liệu có định dạng %1, chương trình này không đọc được.</translation>
    </message>
    <message>
        <source>the kind of the view &quot;%1&quot; is not valid.</source>
        <translation>loại của sơ đồ &quot;%1&quot; không hợp lệ.</translation>
    </message>
    <message>
        <source>the kind of the node &quot;%1&quot; is not valid.</source>
        <translation>loại của hình &quot;%1&quot; không hợp lệ.</translation>
    </message>
    <message>
        <source>the data goes on after the model.</source>
        <translation>sau mô hình vẫn còn dữ liệu thừa.</translation>
    </message>
</context>
<context>
    <name>kt::BaselineStore</name>
    <message>
        <source>%1 is not a .ktm model file: baselines are kept only in .ktm files.</source>
        <translation>%1 không phải là tệp mô hình .ktm: mốc phiên bản chỉ được lưu trong tệp .ktm.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 bị hỏng: %2</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>Không mở được %1: %2</translation>
    </message>
    <message>
        <source>%1 has no baseline “%2”.</source>
        <translation>%1 không có mốc phiên bản “%2”.</translation>
    </message>
    <message>
        <source>Cannot add a baseline to %1: give it a name.</source>
        <translation>Không thêm được mốc phiên bản vào %1: hãy đặt tên cho mốc phiên bản.</translation>
    </message>
    <message>
        <source>Cannot add the baseline “%1” to %2: %3</source>
        <translation>Không thêm được mốc phiên bản “%1” vào %2: %3</translation>
    </message>
    <message>
        <source>a baseline of that name exists.</source>
        <translation>đã có mốc phiên bản trùng tên.</translation>
    </message>
    <message>
        <source>The baseline “%1” of %2 is kept in a form this program does not read (%3).</source>
        <translation>Mốc phiên bản “%1” của %2 được lưu ở dạng chương trình này không đọc được (%3).</translation>
    </message>
    <message>
        <source>The baseline “%1” of %2 is damaged: %3</source>
        <translation>Mốc phiên bản “%1” của %2 bị hỏng: %3</translation>
    </message>
    <message>
        <source>The baseline “%1” of %2 cannot be opened: %3</source>
        <translation>Không mở được mốc phiên bản “%1” của %2: %3</translation>
    </message>
    <message>
        <source>Cannot remove the baseline “%1” from %2: %3</source>
        <translation>Không xóa được mốc phiên bản “%1” khỏi %2: %3</translation>
    </message>
</context>
<context>
    <name>kt::BaselinesDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Thêm…</translation>
    </message>
    <message>
        <source>&amp;Compare With</source>
        <translation>&amp;So sánh với</translation>
    </message>
    <message>
        <source>&amp;Extract as New Model</source>
        <translation>Trích xuất thành &amp;mô hình mới</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Xóa…</translation>
    </message>
    <message>
        <source>Baselines</source>
        <translation>Mốc phiên bản</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Người tạo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>Phần tử</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Quan hệ</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Sơ đồ</translation>
    </message>
    <message>
        <source>Named snapshots of the model kept in its file, to compare the model with later.</source>
        <translation>Các bản chụp có đặt tên của mô hình, lưu ngay trong tệp, để sau này so sánh mô hình với chúng.</translation>
    </message>
    <message>
        <source>Save the model as a .ktm file first: baselines are kept in it.</source>
        <translation>Hãy lưu mô hình thành tệp .ktm trước: mốc phiên bản được lưu trong tệp này.</translation>
    </message>
    <message>
        <source>A baseline needs a name.</source>
        <translation>Mốc phiên bản cần có tên.</translation>
    </message>
    <message>
        <source>The model is no longer open.</source>
        <translation>Mô hình không còn mở.</translation>
    </message>
    <message>
        <source>Add Baseline</source>
        <translation>Thêm mốc phiên bản</translation>
    </message>
    <message>
        <source>A baseline is kept in the model&apos;s .ktm file. Save the model first?</source>
        <translation>Mốc phiên bản được lưu trong tệp .ktm của mô hình. Lưu mô hình trước?</translation>
    </message>
    <message>
        <source>e.g. Version 1.0, as approved</source>
        <translation>chẳng hạn: Phiên bản 1.0, như đã phê duyệt</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>Remove Baseline</source>
        <translation>Xóa mốc phiên bản</translation>
    </message>
    <message>
        <source>Remove the baseline “%1” from %2? This cannot be undone.</source>
        <translation>Xóa mốc phiên bản “%1” khỏi %2? Không thể hoàn tác thao tác này.</translation>
    </message>
</context>
<context>
    <name>kt::CompareActions</name>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;So sánh…</translation>
    </message>
    <message>
        <source>&amp;Baselines…</source>
        <translation>&amp;Mốc phiên bản…</translation>
    </message>
    <message>
        <source>&amp;End Comparison</source>
        <translation>&amp;Kết thúc so sánh</translation>
    </message>
    <message>
        <source>Show &amp;Changes</source>
        <translation>&amp;Hiển thị thay đổi</translation>
    </message>
    <message>
        <source>Compare &amp;Side by Side</source>
        <translation>&amp;So sánh song song</translation>
    </message>
    <message>
        <source>Compare the model with a baseline of its file or with another file</source>
        <translation>So sánh mô hình với một mốc phiên bản trong tệp của mô hình hoặc với một tệp khác</translation>
    </message>
    <message>
        <source>Named snapshots of the model kept in its file</source>
        <translation>Các bản chụp có đặt tên của mô hình, lưu ngay trong tệp</translation>
    </message>
    <message>
        <source>Mark what changed on the diagram: added green, removed as red ghosts, changed amber</source>
        <translation>Đánh dấu các thay đổi trên sơ đồ: thêm mới màu xanh lá, loại bỏ dạng bóng mờ màu đỏ, thay đổi màu hổ phách</translation>
    </message>
    <message>
        <source>The old and the new version of the view side by side</source>
        <translation>Sơ đồ ở phiên bản cũ và phiên bản mới đặt song song</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Mô hình</translation>
    </message>
    <message>
        <source>Comparing with %1…</source>
        <translation>Đang so sánh với %1…</translation>
    </message>
    <message>
        <source>The two versions are the same.</source>
        <translation>Hai phiên bản giống nhau.</translation>
    </message>
    <message numerus="yes">
        <source>Elements: %1 added, %2 removed, %3 renamed, %4 changed; %n relationship change(s)</source>
        <translation>
            <numerusform>Phần tử: %1 thêm mới, %2 loại bỏ, %3 đổi tên, %4 thay đổi; %n thay đổi về quan hệ</numerusform>
        </translation>
    </message>
    <message>
        <source>The two versions have no view in common.</source>
        <translation>Hai phiên bản không có sơ đồ chung nào.</translation>
    </message>
</context>
<context>
    <name>kt::CompareDialog</name>
    <message>
        <source>A &amp;baseline of this file:</source>
        <translation>&amp;Mốc phiên bản của tệp này:</translation>
    </message>
    <message>
        <source>Another &amp;file:</source>
        <translation>&amp;Tệp khác:</translation>
    </message>
    <message>
        <source>&amp;Swap: the open model is the older version</source>
        <translation>Đả&amp;o chiều: mô hình đang mở là phiên bản cũ hơn</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>So sánh</translation>
    </message>
    <message>
        <source>Compare the open model (the newer version) with:</source>
        <translation>So sánh mô hình đang mở (phiên bản mới hơn) với:</translation>
    </message>
    <message>
        <source>A .ktm model or an ArchiMate exchange .xml file</source>
        <translation>Mô hình .ktm hoặc tệp trao đổi ArchiMate .xml</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Duyệt…</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;So sánh</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>This file has no baselines yet: Model ▸ Baselines… saves the model as one.</source>
        <translation>Tệp này chưa có mốc phiên bản nào: Mô hình ▸ Mốc phiên bản… lưu mô hình thành một mốc phiên bản.</translation>
    </message>
    <message>
        <source>Baselines are kept in a .ktm file: save the model as one to keep baselines.</source>
        <translation>Mốc phiên bản được lưu trong tệp .ktm: hãy lưu mô hình thành tệp .ktm để lưu mốc phiên bản.</translation>
    </message>
    <message>
        <source>Compare the open model (the older version) with:</source>
        <translation>So sánh mô hình đang mở (phiên bản cũ hơn) với:</translation>
    </message>
    <message>
        <source>Compare With</source>
        <translation>So sánh với</translation>
    </message>
    <message>
        <source>Models (*.ktm *.xml);;Kien Truc models (*.ktm);;ArchiMate Open Exchange (*.xml);;All files (*)</source>
        <translation>Mô hình (*.ktm *.xml);;Mô hình Kiến Trúc (*.ktm);;ArchiMate Open Exchange (*.xml);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Choose a baseline to compare with.</source>
        <translation>Hãy chọn mốc phiên bản để so sánh.</translation>
    </message>
    <message>
        <source>baseline “%1”</source>
        <translation>mốc phiên bản “%1”</translation>
    </message>
    <message>
        <source>Choose a file to compare with.</source>
        <translation>Hãy chọn tệp để so sánh.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: there is no such file.</source>
        <translation>Không mở được “%1”: tệp không tồn tại.</translation>
    </message>
</context>
<context>
    <name>kt::ComparisonPanel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Only in the other version</source>
        <translation>Chỉ có trong phiên bản kia</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Filter (accents optional)</source>
        <translation>Lọc (gõ có dấu hoặc không dấu)</translation>
    </message>
    <message>
        <source>Which kind of change to list</source>
        <translation>Loại thay đổi cần liệt kê</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Tất cả thay đổi</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Thêm mới</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Loại bỏ</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>Đổi tên</translation>
    </message>
    <message>
        <source>Retyped</source>
        <translation>Đổi loại</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Chuyển thành phần</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>No comparison yet.

Compare the open model with a baseline of its file or with another file: Model ▸ Compare… (%1), or Model ▸ Baselines….</source>
        <translation>Chưa so sánh.

So sánh mô hình đang mở với một mốc phiên bản trong tệp của mô hình hoặc với một tệp khác: Mô hình ▸ So sánh… (%1), hoặc Mô hình ▸ Mốc phiên bản….</translation>
    </message>
    <message>
        <source>Compared with %1 (the older version)</source>
        <translation>Đã so sánh với %1 (phiên bản cũ hơn)</translation>
    </message>
    <message>
        <source>Compared with %1 (the newer version)</source>
        <translation>Đã so sánh với %1 (phiên bản mới hơn)</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Đang so sánh…</translation>
    </message>
    <message>
        <source>The two versions are the same.</source>
        <translation>Hai phiên bản giống nhau.</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Quan hệ</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Sơ đồ</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 removed, %4 moved or resized, %5 connection(s)</source>
        <translation>%1: %2 hình thêm mới, %3 hình loại bỏ, %4 hình di chuyển hoặc đổi kích thước, %5 đường nối thay đổi</translation>
    </message>
</context>
<context>
    <name>kt::ComponentDiagram</name>
    <message>
        <source>The framework has no component architecture “%1” (known: %2).</source>
        <translation>Khung kiến trúc không có kiến trúc thành phần “%1” (có: %2).</translation>
    </message>
    <message>
        <source>Refresh the component architecture “%1”</source>
        <translation>Cập nhật kiến trúc thành phần “%1”</translation>
    </message>
    <message>
        <source>Create the component architecture “%1”</source>
        <translation>Tạo kiến trúc thành phần “%1”</translation>
    </message>
</context>
<context>
    <name>kt::ConflictDialog</name>
    <message>
        <source>(you changed it; they deleted it)</source>
        <translation>(bạn đã thay đổi; người khác đã xóa)</translation>
    </message>
    <message>
        <source>(you deleted it; they changed it)</source>
        <translation>(bạn đã xóa; người khác đã thay đổi)</translation>
    </message>
    <message>
        <source>(both added it, differently)</source>
        <translation>(cả hai cùng thêm, khác nhau)</translation>
    </message>
    <message>
        <source>Commit Conflicts: %1 @ %2</source>
        <translation>Xung đột khi ghi: %1 @ %2</translation>
    </message>
    <message>
        <source>Others changed these properties since you opened the model; nothing of these objects was committed, and your values are still in the model. Choose per row: keep yours, take theirs, or edit the value. The rest of your changes were committed.</source>
        <translation>Người khác đã thay đổi các thuộc tính này từ khi bạn mở mô hình; không phần nào của các đối tượng này được ghi, và giá trị của bạn vẫn còn trong mô hình. Hãy chọn cho từng dòng: giữ giá trị của bạn, lấy giá trị của người khác, hoặc chỉnh sửa giá trị. Các thay đổi khác của bạn đã được ghi.</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Thuộc tính</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Gốc</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Của tôi</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Của người khác</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Giữ</translation>
    </message>
    <message>
        <source>Value to commit</source>
        <translation>Giá trị sẽ ghi</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Chỉnh sửa</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Nội dung:</translation>
    </message>
    <message>
        <source>&amp;Commit Again</source>
        <translation>&amp;Ghi lại</translation>
    </message>
    <message>
        <source>&amp;Later (keep mine in the model)</source>
        <translation>Để &amp;sau (giữ giá trị của tôi trong mô hình)</translation>
    </message>
</context>
<context>
    <name>kt::ContextMenus</name>
    <message>
        <source>&amp;Show in Diagram</source>
        <translation>Hiển thị trên &amp;sơ đồ</translation>
    </message>
    <message>
        <source>&amp;Open View</source>
        <translation>Mở &amp;sơ đồ</translation>
    </message>
</context>
<context>
    <name>kt::DateField</name>
    <message>
        <source>Clear the date</source>
        <translation>Xóa ngày</translation>
    </message>
</context>
<context>
    <name>kt::DiagramActions</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Xem</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Phóng to</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Thu nhỏ</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Vừa khít cửa sổ</translation>
    </message>
    <message>
        <source>&amp;Actual Size (100%)</source>
        <translation>&amp;Kích thước thực (100%)</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>Các &amp;ngăn</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>N&amp;gôn ngữ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>The new language is used from the next start of the program.</source>
        <translation>Ngôn ngữ mới sẽ được áp dụng từ lần khởi động chương trình tiếp theo.</translation>
    </message>
    <message>
        <source>&amp;Diagram</source>
        <translation>&amp;Sơ đồ</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Sơ đồ</translation>
    </message>
    <message>
        <source>&amp;Select</source>
        <translation>C&amp;họn</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Nối</translation>
    </message>
    <message>
        <source>Connect: drag from one element to another (C)</source>
        <translation>Nối: kéo từ một phần tử sang phần tử khác (C)</translation>
    </message>
    <message>
        <source>Create/Update &amp;Overall Diagram</source>
        <translation>Tạo/cập nhật sơ đồ &amp;tổng thể</translation>
    </message>
    <message>
        <source>Security Column on the &amp;Left</source>
        <translation>Cột an toàn thông tin bên trá&amp;i</translation>
    </message>
    <message>
        <source>&amp;New View…</source>
        <translation>Sơ đồ &amp;mới…</translation>
    </message>
    <message>
        <source>&amp;Delete View</source>
        <translation>Xó&amp;a sơ đồ</translation>
    </message>
    <message>
        <source>&amp;Align</source>
        <translation>Căn &amp;lề</translation>
    </message>
    <message>
        <source>&amp;Left Edges</source>
        <translation>Mép &amp;trái</translation>
    </message>
    <message>
        <source>&amp;Centres</source>
        <translation>&amp;Giữa theo chiều ngang</translation>
    </message>
    <message>
        <source>&amp;Right Edges</source>
        <translation>Mép &amp;phải</translation>
    </message>
    <message>
        <source>&amp;Top Edges</source>
        <translation>Mép t&amp;rên</translation>
    </message>
    <message>
        <source>&amp;Middles</source>
        <translation>Giữa theo chiều &amp;dọc</translation>
    </message>
    <message>
        <source>&amp;Bottom Edges</source>
        <translation>Mép dướ&amp;i</translation>
    </message>
    <message>
        <source>D&amp;istribute</source>
        <translation>&amp;Phân bố đều</translation>
    </message>
    <message>
        <source>&amp;Horizontally</source>
        <translation>Theo chiều &amp;ngang</translation>
    </message>
    <message>
        <source>&amp;Vertically</source>
        <translation>Theo chiều &amp;dọc</translation>
    </message>
    <message>
        <source>Same Si&amp;ze</source>
        <translation>&amp;Kích thước</translation>
    </message>
    <message>
        <source>Same &amp;Width</source>
        <translation>Cùng chiều &amp;rộng</translation>
    </message>
    <message>
        <source>Same &amp;Height</source>
        <translation>Cùng chiều &amp;cao</translation>
    </message>
    <message>
        <source>Same &amp;Size</source>
        <translation>Cùng &amp;kích thước</translation>
    </message>
    <message>
        <source>Bring to &amp;Front</source>
        <translation>Đưa lên t&amp;rên cùng</translation>
    </message>
    <message>
        <source>Send to &amp;Back</source>
        <translation>Đưa xuống dưới &amp;cùng</translation>
    </message>
    <message>
        <source>Overall diagram created.</source>
        <translation>Đã tạo sơ đồ tổng thể.</translation>
    </message>
    <message>
        <source>Overall diagram updated.</source>
        <translation>Đã cập nhật sơ đồ tổng thể.</translation>
    </message>
    <message>
        <source>New view</source>
        <translation>Sơ đồ mới</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Tên sơ đồ:</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Xóa sơ đồ</translation>
    </message>
    <message>
        <source>Delete the view “%1”? The elements stay in the model.</source>
        <translation>Xóa sơ đồ “%1”? Các phần tử vẫn được giữ lại trong mô hình.</translation>
    </message>
    <message>
        <source>Show &amp;Relationships in Overall Diagram</source>
        <translation>Hiển thị &amp;quan hệ trong sơ đồ tổng thể</translation>
    </message>
    <message>
        <source>Insert &amp;Title Block</source>
        <translation>Chèn khung tên &amp;sơ đồ</translation>
    </message>
    <message>
        <source>Component architecture created.</source>
        <translation>Đã tạo kiến trúc thành phần.</translation>
    </message>
    <message>
        <source>Component architecture updated.</source>
        <translation>Đã cập nhật kiến trúc thành phần.</translation>
    </message>
    <message>
        <source>Create Co&amp;mponent Architecture</source>
        <translation>Tạ&amp;o kiến trúc thành phần</translation>
    </message>
    <message>
        <source>N&amp;umbered Band Headings</source>
        <translation>Đánh số tiêu đề &amp;dải</translation>
    </message>
    <message>
        <source>Show Relationships Among Selected &amp;Elements</source>
        <translation>Hiển thị q&amp;uan hệ giữa các phần tử đang chọn</translation>
    </message>
    <message>
        <source>Insert Le&amp;gend</source>
        <translation>Chèn &amp;bảng chú giải</translation>
    </message>
    <message>
        <source>Route Orthogonall&amp;y</source>
        <translation>Đường nối gấp khúc &amp;vuông góc</translation>
    </message>
    <message>
        <source>Straig&amp;ht Lines</source>
        <translation>Đường nối thẳn&amp;g</translation>
    </message>
    <message>
        <source>Dra&amp;w in ArchiMate Notation</source>
        <translation>Vẽ th&amp;eo ký hiệu ArchiMate</translation>
    </message>
    <message>
        <source>Draw this view with ArchiMate&apos;s shapes, icons and lines instead of the framework&apos;s look.</source>
        <translation>Vẽ sơ đồ này bằng hình, biểu tượng và đường nối theo ký hiệu ArchiMate thay cho kiểu vẽ của khung kiến trúc.</translation>
    </message>
</context>
<context>
    <name>kt::DiagramClipboard</name>
    <message>
        <source>The copied part of a diagram is damaged.</source>
        <translation>Phần sơ đồ đã sao chép bị hỏng.</translation>
    </message>
    <message>
        <source>The copied part of a diagram is empty.</source>
        <translation>Phần sơ đồ đã sao chép không có nội dung.</translation>
    </message>
    <message>
        <source>Cannot paste: the framework %1 has no type %2.</source>
        <translation>Không thể dán: khung kiến trúc %1 không có loại %2.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (bản sao)</translation>
    </message>
    <message>
        <source>The clipboard holds no part of a diagram.</source>
        <translation>Bộ nhớ tạm không chứa phần nào của sơ đồ.</translation>
    </message>
    <message>
        <source>There is no view with id %1.</source>
        <translation>Không có sơ đồ nào có mã %1.</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Dán</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Nhân bản</translation>
    </message>
    <message>
        <source>clipboard</source>
        <translation>bộ nhớ tạm</translation>
    </message>
    <message>
        <source>the node “%1” has a font size or line width out of range</source>
        <translation>hình “%1” có cỡ chữ hoặc độ dày nét nằm ngoài giới hạn</translation>
    </message>
    <message>
        <source>the connection “%1” has a font size or line width out of range</source>
        <translation>đường nối “%1” có cỡ chữ hoặc độ dày nét nằm ngoài giới hạn</translation>
    </message>
    <message>
        <source>The copied part of a diagram cannot be pasted: %1.</source>
        <translation>Không dán được phần sơ đồ đã sao chép: %1.</translation>
    </message>
</context>
<context>
    <name>kt::DiagramComposer</name>
    <message>
        <source>No view is open to put it on.</source>
        <translation>Chưa mở sơ đồ nào để đặt vào.</translation>
    </message>
    <message>
        <source>The shape is no longer on the diagram.</source>
        <translation>Hình này không còn trên sơ đồ.</translation>
    </message>
    <message>
        <source>The point is too far from the origin of the diagram.</source>
        <translation>Điểm này ở quá xa gốc tọa độ của sơ đồ.</translation>
    </message>
    <message>
        <source>The framework has no element type “%1”.</source>
        <translation>Khung kiến trúc không có loại phần tử “%1”.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Thêm %1</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Add to view</source>
        <translation>Thêm vào sơ đồ</translation>
    </message>
    <message>
        <source>None of the dragged elements is in this model.</source>
        <translation>Không phần tử nào đang kéo thuộc mô hình này.</translation>
    </message>
    <message>
        <source>Connect two shapes of the diagram.</source>
        <translation>Hãy nối hai hình trên sơ đồ.</translation>
    </message>
    <message>
        <source>A note cannot be connected to itself.</source>
        <translation>Không thể nối một ghi chú với chính nó.</translation>
    </message>
    <message>
        <source>Only elements are connected by relationships; a group is not.</source>
        <translation>Chỉ phần tử mới được nối bằng quan hệ; nhóm thì không.</translation>
    </message>
    <message>
        <source>The framework allows no relationship between “%1” and “%2”.</source>
        <translation>Khung kiến trúc không cho phép quan hệ nào giữa “%1” và “%2”.</translation>
    </message>
    <message>
        <source>The framework does not allow “%1” from “%2” to “%3”.</source>
        <translation>Khung kiến trúc không cho phép quan hệ “%1” từ “%2” đến “%3”.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Nối</translation>
    </message>
    <message>
        <source>The move would take a shape too far from the origin of the diagram.</source>
        <translation>Thao tác di chuyển sẽ đưa hình ra quá xa gốc tọa độ của sơ đồ.</translation>
    </message>
    <message>
        <source>Delete from view</source>
        <translation>Xóa khỏi sơ đồ</translation>
    </message>
    <message>
        <source>Show relationships</source>
        <translation>Hiển thị quan hệ</translation>
    </message>
    <message>
        <source>The selected elements have no relationships that the view does not show.</source>
        <translation>Các phần tử đang chọn không có quan hệ nào mà sơ đồ chưa thể hiện.</translation>
    </message>
    <message>
        <source>A legend or a title block is not connected.</source>
        <translation>Không nối bảng chú giải hoặc khung tên với hình khác.</translation>
    </message>
    <message>
        <source>A relationship can end on a relationship, not on a plain line.</source>
        <translation>Một quan hệ có thể kết thúc ở một quan hệ, không ở một đường vẽ thường.</translation>
    </message>
    <message>
        <source>ArchiMate lets only an association end on a relationship (and an aggregation or composition from a grouping or plateau); the framework has none from “%1”.</source>
        <translation>ArchiMate chỉ cho phép quan hệ liên kết (association) kết thúc ở một quan hệ (và quan hệ tập hợp hoặc hợp thành từ một nhóm hoặc một giai đoạn); khung kiến trúc không có quan hệ nào như vậy từ “%1”.</translation>
    </message>
    <message>
        <source>“%1” cannot end on a relationship; only an association can (and an aggregation or composition from a grouping or plateau).</source>
        <translation>“%1” không thể kết thúc ở một quan hệ; chỉ quan hệ liên kết (association) mới được (và quan hệ tập hợp hoặc hợp thành từ một nhóm hoặc một giai đoạn).</translation>
    </message>
</context>
<context>
    <name>kt::DiagramExporter</name>
    <message>
        <source>The scale must be greater than zero.</source>
        <translation>Tỉ lệ phải lớn hơn 0.</translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation>Không xuất được ra %1: %2</translation>
    </message>
    <message>
        <source>None of the selected items is on the view “%1”.</source>
        <translation>Không đối tượng nào đang chọn nằm trên sơ đồ “%1”.</translation>
    </message>
</context>
<context>
    <name>kt::DiagramPainter</name>
    <message>
        <source>Security level %1</source>
        <translation>Cấp độ an toàn %1</translation>
    </message>
    <message>
        <source>Security level not given</source>
        <translation>Chưa xác định cấp độ an toàn</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Chú giải</translation>
    </message>
    <message>
        <source>Lists the states, security levels and lines this diagram uses.</source>
        <translation>Liệt kê trạng thái, cấp độ an toàn và loại đường nối sơ đồ này dùng.</translation>
    </message>
    <message>
        <source>Figure %1. Overall diagram of the e-Government architecture</source>
        <translation>Hình %1. Sơ đồ tổng thể Kiến trúc CQĐT</translation>
    </message>
    <message>
        <source>Figure %1. Overall diagram of the e-Government architecture of %2 province</source>
        <translation>Hình %1. Sơ đồ tổng thể Kiến trúc CQĐT tỉnh %2</translation>
    </message>
    <message>
        <source>Figure %1. %2</source>
        <translation>Hình %1. %2</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Phiên bản %1</translation>
    </message>
    <message>
        <source>Approving decision No. %1 of %2</source>
        <translation>Quyết định phê duyệt số %1 ngày %2</translation>
    </message>
    <message>
        <source>Approving decision No. %1</source>
        <translation>Quyết định phê duyệt số %1</translation>
    </message>
    <message>
        <source>Approving decision of %1</source>
        <translation>Quyết định phê duyệt ngày %1</translation>
    </message>
</context>
<context>
    <name>kt::DiagramPrinter</name>
    <message>
        <source>The page has no room for the diagram: check the paper margins.</source>
        <translation>Trang không còn chỗ cho sơ đồ: hãy kiểm tra lề giấy.</translation>
    </message>
    <message>
        <source>The view would take %1 pages; choose a smaller scale.</source>
        <translation>Sơ đồ sẽ chiếm %1 trang; hãy chọn tỉ lệ nhỏ hơn.</translation>
    </message>
    <message>
        <source>Cannot start printing.</source>
        <translation>Không bắt đầu in được.</translation>
    </message>
    <message>
        <source>Cannot start page %1.</source>
        <translation>Không bắt đầu được trang %1.</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation>Trang %1 / %2</translation>
    </message>
    <message>
        <source>Cannot finish printing.</source>
        <translation>Không hoàn tất được việc in.</translation>
    </message>
    <message>
        <source>None of the selected items is on the view “%1”.</source>
        <translation>Không đối tượng nào đang chọn nằm trên sơ đồ “%1”.</translation>
    </message>
    <message>
        <source>Row %1, column %2 of %3 × %4</source>
        <translation>Hàng %1, cột %2 trong %3 × %4</translation>
    </message>
    <message>
        <source>→ row %1, column %2</source>
        <translation>→ hàng %1, cột %2</translation>
    </message>
    <message>
        <source>↓ row %1, column %2</source>
        <translation>↓ hàng %1, cột %2</translation>
    </message>
</context>
<context>
    <name>kt::DiagramScene</name>
    <message>
        <source>Relationship</source>
        <translation>Quan hệ</translation>
    </message>
    <message>
        <source>Click an element or a note, then the one to connect it with (or drag from one to the other).</source>
        <translation>Nhấp vào một phần tử hoặc ghi chú, rồi nhấp vào đối tượng cần nối với nó (hoặc kéo từ đối tượng này sang đối tượng kia).</translation>
    </message>
    <message>
        <source>A plain line</source>
        <translation>Đường nối thường</translation>
    </message>
    <message>
        <source>Only the other way round: %1</source>
        <translation>Chỉ theo chiều ngược lại: %1</translation>
    </message>
    <message>
        <source>Now click the element or note to connect it with.</source>
        <translation>Bây giờ hãy nhấp vào phần tử hoặc ghi chú cần nối.</translation>
    </message>
    <message>
        <source>Reverse: “%1” %2 “%3”</source>
        <translation>Đảo chiều: “%1” %2 “%3”</translation>
    </message>
</context>
<context>
    <name>kt::Document</name>
    <message>
        <source>Untitled</source>
        <translation>Chưa đặt tên</translation>
    </message>
    <message>
        <source>%1 (repaired).ktm</source>
        <extracomment>The file name proposed for a repaired copy of NAME.ktm</extracomment>
        <translation>%1 (bản sửa).ktm</translation>
    </message>
    <message>
        <source>%1 @ %2</source>
        <extracomment>A model opened from a team repository: MODEL @ REPOSITORY</extracomment>
        <translation>%1 @ %2</translation>
    </message>
    <message>
        <source>“%1” was not undone or redone: %2 changed %3 since, and that newer change stays. The step left the undo history.</source>
        <translation>“%1” không được hoàn tác hay làm lại: từ đó %2 đã thay đổi %3, và thay đổi mới hơn đó được giữ. Bước này đã được bỏ khỏi lịch sử hoàn tác.</translation>
    </message>
    <message>
        <source>the element “%1”</source>
        <translation>phần tử “%1”</translation>
    </message>
    <message>
        <source>the relationship “%1”</source>
        <translation>quan hệ “%1”</translation>
    </message>
    <message>
        <source>the view “%1”</source>
        <translation>sơ đồ “%1”</translation>
    </message>
    <message>
        <source>the node of “%1” in the view “%2”</source>
        <translation>hình của “%1” trong sơ đồ “%2”</translation>
    </message>
    <message>
        <source>a node (%1)</source>
        <translation>một hình (%1)</translation>
    </message>
    <message>
        <source>a connection (%1)</source>
        <translation>một đường nối (%1)</translation>
    </message>
    <message>
        <source>the model&apos;s information</source>
        <translation>thông tin của mô hình</translation>
    </message>
</context>
<context>
    <name>kt::DocumentController</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Tự động lưu không thành công: %1</translation>
    </message>
    <message>
        <source>Restore unsaved work</source>
        <translation>Khôi phục nội dung chưa lưu</translation>
    </message>
    <message>
        <source>Kien Truc Studio did not close normally. Unsaved changes to “%1” were kept. Restore them?</source>
        <translation>Kiến Trúc Studio đã không đóng bình thường. Các thay đổi chưa lưu của “%1” vẫn được giữ lại. Khôi phục các thay đổi này?</translation>
    </message>
    <message>
        <source>Unsaved work restored.</source>
        <translation>Đã khôi phục nội dung chưa lưu.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them before closing?</source>
        <translation>“%1” có thay đổi chưa lưu. Lưu lại trước khi đóng?</translation>
    </message>
    <message>
        <source>New model</source>
        <translation>Mô hình mới</translation>
    </message>
    <message>
        <source>New architecture</source>
        <translation>Kiến trúc mới</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Open model</source>
        <translation>Mở mô hình</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Mô hình mẫu</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Đã lưu %1</translation>
    </message>
    <message>
        <source>Save model as</source>
        <translation>Lưu mô hình với tên khác</translation>
    </message>
    <message>
        <source>Kien Truc models (*.ktm)</source>
        <translation>Mô hình Kiến Trúc (*.ktm)</translation>
    </message>
    <message>
        <source>Framework the architecture follows:</source>
        <translation>Khung kiến trúc áp dụng:</translation>
    </message>
    <message>
        <source>Overall diagram (framework %1)</source>
        <translation>Sơ đồ tổng thể (khung kiến trúc %1)</translation>
    </message>
    <message>
        <source>Import Archi CSV</source>
        <translation>Nhập CSV của Archi</translation>
    </message>
    <message>
        <source>Archi CSV elements file (*elements.csv);;All files (*)</source>
        <translation>Tệp phần tử CSV của Archi (*elements.csv);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Kien Truc models (*.ktm);;ArchiMate Open Exchange (*.xml);;Archi models (*.archimate);;All files (*)</source>
        <translation>Mô hình Kiến Trúc (*.ktm);;ArchiMate Open Exchange (*.xml);;Mô hình Archi (*.archimate);;Mọi tệp (*)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… và %n mục nữa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The damage is local: a repaired copy can be opened. The file stays as it is; the copy is saved only where you choose. The repair leaves out or changes %n thing(s):</source>
        <translation>
            <numerusform>Chỗ hỏng chỉ cục bộ: có thể mở một bản sửa. Tệp gốc được giữ nguyên; bản sửa chỉ được lưu vào nơi bạn chọn. Việc sửa bỏ đi hoặc thay đổi %n mục:</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a Repaired Copy</source>
        <translation>Mở bản sửa</translation>
    </message>
    <message>
        <source>A repaired copy of %1 is open; it is in no file yet.</source>
        <translation>Đang mở bản sửa của %1; bản này chưa được lưu vào tệp nào.</translation>
    </message>
    <message>
        <source>Uncommitted changes</source>
        <translation>Thay đổi chưa ghi</translation>
    </message>
    <message>
        <source>“%1” has changes not committed to the repository %2. Close it and discard them? (Cancel, then File ▸ Commit… sends them.)</source>
        <translation>“%1” có thay đổi chưa ghi lên kho mô hình %2. Đóng và bỏ các thay đổi đó? (Chọn Hủy, rồi Tệp ▸ Ghi lên kho… để gửi chúng.)</translation>
    </message>
    <message numerus="yes">
        <source>%1: the model is open; %n thing(s) in the file could not be imported (listed in the Validation panel).</source>
        <translation>
            <numerusform>%1: mô hình đã mở; %n mục trong tệp không nhập được (liệt kê trong ngăn Kiểm tra mô hình).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 @ %2</source>
        <extracomment>A restored autosave copy of a repository model: MODEL @ REPOSITORY</extracomment>
        <translation>%1 @ %2</translation>
    </message>
</context>
<context>
    <name>kt::DocxBody</name>
    <message>
        <source>Cannot write the document text.</source>
        <translation>Không ghi được nội dung văn bản.</translation>
    </message>
</context>
<context>
    <name>kt::DocxReportWriter</name>
    <message>
        <source>Cannot write the DOCX report: %1</source>
        <translation>Không ghi được báo cáo DOCX: %1</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Đã hủy việc tạo báo cáo.</translation>
    </message>
</context>
<context>
    <name>kt::Edit</name>
    <message>
        <source>There is no view with id %1.</source>
        <translation>Không có sơ đồ nào có mã %1.</translation>
    </message>
    <message>
        <source>The view has no node with id %1.</source>
        <translation>Sơ đồ không có hình nào có mã %1.</translation>
    </message>
    <message>
        <source>The node&apos;s size or position is out of range.</source>
        <translation>Kích thước hoặc vị trí của hình vượt quá giới hạn cho phép.</translation>
    </message>
    <message>
        <source>Move into group</source>
        <translation>Chuyển vào nhóm</translation>
    </message>
    <message>
        <source>A group cannot be put inside itself.</source>
        <translation>Không thể đặt một nhóm vào bên trong chính nó.</translation>
    </message>
    <message>
        <source>Bring to front</source>
        <translation>Đưa lên trên cùng</translation>
    </message>
    <message>
        <source>Send to back</source>
        <translation>Đưa xuống dưới cùng</translation>
    </message>
    <message>
        <source>A name of %1 characters is too long (the limit is %2).</source>
        <translation>Tên quá dài (%1 ký tự; tối đa %2 ký tự).</translation>
    </message>
    <message>
        <source>There is no element with id %1.</source>
        <translation>Không có phần tử nào có mã %1.</translation>
    </message>
    <message>
        <source>The framework %1 has no element type “%2”.</source>
        <translation>Khung kiến trúc %1 không có loại phần tử “%2”.</translation>
    </message>
    <message>
        <source>Add element</source>
        <translation>Thêm phần tử</translation>
    </message>
    <message>
        <source>An element with id %1 exists already.</source>
        <translation>Đã tồn tại phần tử có mã %1.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n element(s) from the model</source>
        <translation>
            <numerusform>Xóa %n phần tử khỏi mô hình</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename element</source>
        <translation>Đổi tên phần tử</translation>
    </message>
    <message>
        <source>Change documentation</source>
        <translation>Thay đổi mô tả</translation>
    </message>
    <message>
        <source>The documentation is too long (%1 characters; the limit is %2).</source>
        <translation>Phần mô tả quá dài (%1 ký tự; tối đa %2 ký tự).</translation>
    </message>
    <message>
        <source>Change element type</source>
        <translation>Thay đổi loại phần tử</translation>
    </message>
    <message>
        <source>Change property “%1”</source>
        <translation>Thay đổi thuộc tính “%1”</translation>
    </message>
    <message>
        <source>Change properties</source>
        <translation>Thay đổi các thuộc tính</translation>
    </message>
    <message>
        <source>Change model information</source>
        <translation>Thay đổi thông tin mô hình</translation>
    </message>
    <message>
        <source>The framework and the id of a model cannot be changed this way.</source>
        <translation>Không thể thay đổi khung kiến trúc và mã của mô hình theo cách này.</translation>
    </message>
    <message>
        <source>The framework %1 has no relationship type “%2”.</source>
        <translation>Khung kiến trúc %1 không có loại quan hệ “%2”.</translation>
    </message>
    <message>
        <source>Relationship %1 names the element %2, which does not exist.</source>
        <translation>Quan hệ %1 tham chiếu đến phần tử %2 không tồn tại.</translation>
    </message>
    <message>
        <source>Add relationship</source>
        <translation>Thêm quan hệ</translation>
    </message>
    <message>
        <source>A relationship with id %1 exists already.</source>
        <translation>Đã tồn tại quan hệ có mã %1.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n relationship(s) from the model</source>
        <translation>
            <numerusform>Xóa %n quan hệ khỏi mô hình</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no relationship with id %1.</source>
        <translation>Không có quan hệ nào có mã %1.</translation>
    </message>
    <message>
        <source>Rename relationship</source>
        <translation>Đổi tên quan hệ</translation>
    </message>
    <message>
        <source>Change relationship type</source>
        <translation>Thay đổi loại quan hệ</translation>
    </message>
    <message>
        <source>Create/refresh the overall diagram</source>
        <translation>Tạo/cập nhật sơ đồ tổng thể</translation>
    </message>
    <message>
        <source>The view has two nodes with id %1.</source>
        <translation>Sơ đồ có hai hình cùng mã %1.</translation>
    </message>
    <message>
        <source>Node %1 shows the element %2, which does not exist.</source>
        <translation>Hình %1 thể hiện phần tử %2 không tồn tại.</translation>
    </message>
    <message>
        <source>The view has two connections with id %1.</source>
        <translation>Sơ đồ có hai đường nối cùng mã %1.</translation>
    </message>
    <message>
        <source>The connection&apos;s nodes do not show the ends of its relationship.</source>
        <translation>Các hình của đường nối không thể hiện hai đầu của quan hệ tương ứng.</translation>
    </message>
    <message>
        <source>There is no object with id %1.</source>
        <translation>Không có đối tượng nào có mã %1.</translation>
    </message>
    <message>
        <source>Add view</source>
        <translation>Thêm sơ đồ</translation>
    </message>
    <message>
        <source>A view with id %1 exists already.</source>
        <translation>Đã tồn tại sơ đồ có mã %1.</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Xóa sơ đồ</translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation>Đổi tên sơ đồ</translation>
    </message>
    <message>
        <source>Change view setting</source>
        <translation>Thay đổi thiết lập sơ đồ</translation>
    </message>
    <message>
        <source>Add to view</source>
        <translation>Thêm vào sơ đồ</translation>
    </message>
    <message>
        <source>The view has a node with id %1 already.</source>
        <translation>Sơ đồ đã có hình với mã %1.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n node(s) from the view</source>
        <translation>
            <numerusform>Xóa %n hình khỏi sơ đồ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n node(s)</source>
        <translation>
            <numerusform>Di chuyển %n hình</numerusform>
        </translation>
    </message>
    <message>
        <source>The move takes a node out of range.</source>
        <translation>Thao tác di chuyển đưa hình ra ngoài giới hạn cho phép.</translation>
    </message>
    <message>
        <source>Resize node</source>
        <translation>Đổi kích thước hình</translation>
    </message>
    <message>
        <source>Change appearance</source>
        <translation>Thay đổi cách hiển thị</translation>
    </message>
    <message>
        <source>Change label</source>
        <translation>Thay đổi nhãn</translation>
    </message>
    <message>
        <source>Add connection</source>
        <translation>Thêm đường nối</translation>
    </message>
    <message>
        <source>The view has a connection with id %1 already.</source>
        <translation>Sơ đồ đã có đường nối với mã %1.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n connection(s) from the view</source>
        <translation>
            <numerusform>Xóa %n đường nối khỏi sơ đồ</numerusform>
        </translation>
    </message>
    <message>
        <source>The view has no connection with id %1.</source>
        <translation>Sơ đồ không có đường nối nào có mã %1.</translation>
    </message>
    <message>
        <source>Change connection route</source>
        <translation>Thay đổi hướng đi của đường nối</translation>
    </message>
    <message>
        <source>The font size or line width is out of range.</source>
        <translation>Cỡ chữ hoặc độ dày nét vượt quá giới hạn cho phép.</translation>
    </message>
    <message>
        <source>The name %1.</source>
        <translation>Tên %1.</translation>
    </message>
    <message>
        <source>The documentation %1.</source>
        <translation>Mô tả %1.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n element(s) and relationship(s)</source>
        <translation>
            <numerusform>Nhập %n phần tử và quan hệ</numerusform>
        </translation>
    </message>
    <message>
        <source>The element id “%1” cannot be used.</source>
        <translation>Không thể dùng mã định danh phần tử “%1”.</translation>
    </message>
    <message>
        <source>The framework has no element type %1.</source>
        <translation>Khung kiến trúc không có loại phần tử %1.</translation>
    </message>
    <message>
        <source>The relationship id “%1” cannot be used.</source>
        <translation>Không thể dùng mã định danh quan hệ “%1”.</translation>
    </message>
    <message>
        <source>The framework has no relationship type %1.</source>
        <translation>Khung kiến trúc không có loại quan hệ %1.</translation>
    </message>
    <message>
        <source>The relationship %1 joins %2, which does not exist.</source>
        <translation>Quan hệ %1 nối tới %2, vốn không tồn tại.</translation>
    </message>
    <message>
        <source>A bend point of the connection is out of range.</source>
        <translation>Một điểm gấp của đường nối nằm ngoài phạm vi.</translation>
    </message>
    <message>
        <source>Relationship %1 names the relationship %2, which does not exist.</source>
        <translation>Quan hệ %1 nêu quan hệ %2, quan hệ này không tồn tại.</translation>
    </message>
</context>
<context>
    <name>kt::EditActions</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Chỉnh sửa</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Chỉnh sửa</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cắ&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>&amp;Delete from View</source>
        <translation>&amp;Xóa khỏi sơ đồ</translation>
    </message>
    <message>
        <source>Delete from &amp;Model</source>
        <translation>Xóa khỏi &amp;mô hình</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Chọn tất cả</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Đổ&amp;i tên</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Hoàn tác: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Làm lại: %1</translation>
    </message>
    <message>
        <source>Delete from model</source>
        <translation>Xóa khỏi mô hình</translation>
    </message>
    <message numerus="yes">
        <source>The selected elements also appear in other views (%n place(s)). Delete them from the model and every view?</source>
        <translation>
            <numerusform>Các phần tử đang chọn còn xuất hiện trong các sơ đồ khác (%n vị trí). Xóa chúng khỏi mô hình và khỏi mọi sơ đồ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation>&amp;Nhân bản</translation>
    </message>
</context>
<context>
    <name>kt::ElementEditor</name>
    <message>
        <source>Properties</source>
        <translation>Thuộc tính</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>Other properties</source>
        <translation>Thuộc tính khác</translation>
    </message>
    <message>
        <source>Element: %1</source>
        <translation>Phần tử: %1</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Phần tử</translation>
    </message>
</context>
<context>
    <name>kt::ExchangeReader</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, dòng %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML: %2 (line %3, column %4).</source>
        <translation>%1 không phải là tài liệu XML đúng cú pháp: %2 (dòng %3, cột %4).</translation>
    </message>
    <message>
        <source>%1 contains a document type declaration (DTD), which is not accepted for safety.</source>
        <translation>%1 chứa khai báo kiểu tài liệu (DTD); vì lý do an toàn, chương trình không chấp nhận khai báo này.</translation>
    </message>
    <message>
        <source>%1 is not an ArchiMate exchange file: its root element is “%2” of namespace “%3”, not “model” of namespace %4.</source>
        <translation>%1 không phải là tệp trao đổi ArchiMate: phần tử gốc của tệp là “%2” thuộc không gian tên “%3”, không phải “model” thuộc không gian tên %4.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 không có nội dung.</translation>
    </message>
    <message>
        <source>“%1” is not a valid identifier.</source>
        <translation>“%1” không phải là mã định danh hợp lệ.</translation>
    </message>
    <message>
        <source>the identifier “%1” is used twice.</source>
        <translation>mã định danh “%1” bị dùng hai lần.</translation>
    </message>
    <message>
        <source>the coordinate %1=&quot;%2&quot; of “%3” is not a number from -%4 to %4.</source>
        <translation>tọa độ %1=&quot;%2&quot; của “%3” không phải là số trong khoảng từ -%4 đến %4.</translation>
    </message>
    <message>
        <source>%1 cannot be read: it is not open.</source>
        <translation>Không đọc được %1: tệp chưa được mở.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>Không đọc được %1: %2.</translation>
    </message>
    <message>
        <source>the name of “%1” %2.</source>
        <translation>tên của “%1” %2.</translation>
    </message>
    <message>
        <source>the documentation of “%1” %2.</source>
        <translation>mô tả của “%1” %2.</translation>
    </message>
    <message>
        <source>a text of “%1” %2.</source>
        <translation>một văn bản của “%1” %2.</translation>
    </message>
    <message>
        <source>the node “%1” is nested more than %2 levels deep (in the view “%3”).</source>
        <translation>hình “%1” lồng sâu quá %2 cấp (trong sơ đồ “%3”).</translation>
    </message>
    <message>
        <source>%1, line %2: an XML tag has more than %3 attributes, which no tag of an exchange file has.</source>
        <translation>%1, dòng %2: một thẻ XML có hơn %3 thuộc tính, điều không thẻ nào của tệp trao đổi có.</translation>
    </message>
    <message>
        <source>%1 is an ArchiMate 2.x exchange file (namespace “%2”); the 2.x format is not supported. Archi and other tools export ArchiMate 3.1 exchange files, which are.</source>
        <translation>%1 là tệp trao đổi ArchiMate 2.x (không gian tên “%2”); định dạng 2.x chưa được hỗ trợ. Archi và các công cụ khác xuất được tệp trao đổi ArchiMate 3.1, định dạng được hỗ trợ.</translation>
    </message>
    <message numerus="yes">
        <source>%1: and %n more thing(s) left out.</source>
        <translation>
            <numerusform>%1: và %n mục nữa bị bỏ đi.</numerusform>
        </translation>
    </message>
    <message>
        <source>a folder (organization) holds “%1”, which is not an element, relationship or view of the file; it is left out of the folder.</source>
        <translation>một thư mục (organization) chứa “%1”, không phải phần tử, quan hệ hay sơ đồ của tệp; mục này bị bỏ khỏi thư mục.</translation>
    </message>
    <message>
        <source>a property of “%1” refers to the property definition “%2”, which the file does not define; the property is left out.</source>
        <translation>một thuộc tính của “%1” tham chiếu định nghĩa thuộc tính “%2” mà tệp không định nghĩa; thuộc tính này bị bỏ đi.</translation>
    </message>
    <message>
        <source>framework %1 has no element type for “%2” of type %3; the element is left out.</source>
        <translation>khung kiến trúc %1 không có loại phần tử cho “%2” thuộc loại %3; phần tử này bị bỏ đi.</translation>
    </message>
    <message>
        <source>the element “%1” is of the type “%2”, which is no ArchiMate 3.1 element type; it is kept as “%3”.</source>
        <translation>phần tử “%1” thuộc loại “%2”, không phải loại phần tử của ArchiMate 3.1; phần tử được giữ với loại “%3”.</translation>
    </message>
    <message>
        <source>the relationship “%1” joins “%2”, which is not an element or relationship of the file; it is left out.</source>
        <translation>quan hệ “%1” nối với “%2”, không phải phần tử hay quan hệ của tệp; quan hệ này bị bỏ đi.</translation>
    </message>
    <message>
        <source>the relationship “%1” joins the element “%2”, which is left out; it is left out too.</source>
        <translation>quan hệ “%1” nối với phần tử “%2” đã bị bỏ đi; quan hệ này cũng bị bỏ đi.</translation>
    </message>
    <message>
        <source>framework %1 has no relationship type for “%2” of type %3; the relationship is left out.</source>
        <translation>khung kiến trúc %1 không có loại quan hệ cho “%2” thuộc loại %3; quan hệ này bị bỏ đi.</translation>
    </message>
    <message>
        <source>the relationship “%1” is of the type “%2”, which is no ArchiMate 3.1 relationship type; it is kept as “%3”.</source>
        <translation>quan hệ “%1” thuộc loại “%2”, không phải loại quan hệ của ArchiMate 3.1; quan hệ được giữ với loại “%3”.</translation>
    </message>
    <message>
        <source>the relationship “%1” ends on relationships that end on it again (a circle); it is left out.</source>
        <translation>quan hệ “%1” kết thúc ở những quan hệ lại kết thúc ở chính nó (một vòng tròn); quan hệ này bị bỏ đi.</translation>
    </message>
    <message>
        <source>the relationship “%1” ends on the relationship “%2”, which is left out; it is left out too.</source>
        <translation>quan hệ “%1” kết thúc ở quan hệ “%2” đã bị bỏ đi; quan hệ này cũng bị bỏ đi.</translation>
    </message>
    <message>
        <source>it shows the element “%1”, which is not in the file or is left out</source>
        <translation>hình thể hiện phần tử “%1”, không có trong tệp hoặc đã bị bỏ đi</translation>
    </message>
    <message>
        <source>the node “%1” of the view “%2” is left out: %3.</source>
        <translation>hình “%1” của sơ đồ “%2” bị bỏ đi: %3.</translation>
    </message>
    <message>
        <source>the node “%1” of the view “%2” links to the view “%3”, which is not in the file; the link is left out.</source>
        <translation>hình “%1” của sơ đồ “%2” liên kết tới sơ đồ “%3” không có trong tệp; liên kết bị bỏ đi.</translation>
    </message>
    <message>
        <source>the connection “%1” of the view “%2” is left out: %3.</source>
        <translation>đường nối “%1” của sơ đồ “%2” bị bỏ đi: %3.</translation>
    </message>
    <message>
        <source>it shows the relationship “%1”, which is not in the file or is left out</source>
        <translation>đường nối thể hiện quan hệ “%1”, không có trong tệp hoặc đã bị bỏ đi</translation>
    </message>
    <message>
        <source>it joins “%1”, which is not a node or connection of the view, or is left out</source>
        <translation>đường nối nối với “%1”, không phải hình hay đường nối của sơ đồ, hoặc đã bị bỏ đi</translation>
    </message>
    <message>
        <source>it ends on connections that end on it again (a circle)</source>
        <translation>đường nối kết thúc ở những đường nối lại kết thúc ở chính nó (một vòng tròn)</translation>
    </message>
    <message>
        <source>it ends on the connection “%1”, which is left out</source>
        <translation>đường nối kết thúc ở đường nối “%1” đã bị bỏ đi</translation>
    </message>
    <message>
        <source>a property of “%1” names no property definition; it is left out.</source>
        <translation>một thuộc tính của “%1” không nêu định nghĩa thuộc tính nào; thuộc tính này bị bỏ đi.</translation>
    </message>
    <message>
        <source>the folders (organizations) are nested more than %1 levels deep.</source>
        <translation>các thư mục (organization) lồng nhau sâu quá %1 mức.</translation>
    </message>
    <message>
        <source>it is of the kind “%1”, which is no kind of node of the exchange format</source>
        <translation>hình thuộc kiểu “%1”, không phải kiểu hình nào của định dạng trao đổi</translation>
    </message>
    <message>
        <source>it shows no element (it has no elementRef)</source>
        <translation>hình không thể hiện phần tử nào (không có elementRef)</translation>
    </message>
    <message>
        <source>it shows no relationship (it has no relationshipRef)</source>
        <translation>đường nối không thể hiện quan hệ nào (không có relationshipRef)</translation>
    </message>
</context>
<context>
    <name>kt::ExchangeWriter</name>
    <message>
        <source>the node “%1” of view “%2” is nested in “%3”, which is not a node of that view</source>
        <translation>hình “%1” của sơ đồ “%2” nằm lồng trong “%3”, nhưng đây không phải là hình của sơ đồ đó</translation>
    </message>
    <message>
        <source>the nodes of view “%1” are nested in a circle</source>
        <translation>các hình của sơ đồ “%1” lồng nhau thành vòng khép kín</translation>
    </message>
    <message>
        <source>the model has no framework profile</source>
        <translation>mô hình không có cấu hình khung kiến trúc</translation>
    </message>
    <message>
        <source>the output is not open for writing</source>
        <translation>đầu ra chưa được mở để ghi</translation>
    </message>
    <message>
        <source>the output could not be written (%1)</source>
        <translation>không ghi được đầu ra (%1)</translation>
    </message>
    <message>
        <source>Cannot write the exchange file: %1.</source>
        <translation>Không ghi được tệp trao đổi: %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Không ghi được %1: %2.</translation>
    </message>
    <message>
        <source>The model cannot be written to %1: %2.</source>
        <translation>Không thể ghi mô hình vào %1: %2.</translation>
    </message>
</context>
<context>
    <name>kt::ExportActions</name>
    <message>
        <source>Export Diagram</source>
        <translation>Xuất sơ đồ</translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation>%1 đã tồn tại. Ghi đè lên tệp này?</translation>
    </message>
    <message>
        <source>Exported “%1” to %2.</source>
        <translation>Đã xuất “%1” ra %2.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in %1 will be replaced. Go on?</source>
        <translation>
            <numerusform>%n tệp trong %1 sẽ bị ghi đè. Tiếp tục?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n view(s) to %1.</source>
        <translation>
            <numerusform>Đã xuất %n sơ đồ vào %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print Preview: %1</source>
        <translation>Xem trước khi in: %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Copied the view “%1” as an image.</source>
        <translation>Đã sao chép sơ đồ “%1” dưới dạng ảnh.</translation>
    </message>
    <message>
        <source>Copied the selection as an image.</source>
        <translation>Đã sao chép các đối tượng đang chọn dưới dạng ảnh.</translation>
    </message>
    <message>
        <source>E&amp;xport Diagram…</source>
        <translation>&amp;Xuất sơ đồ…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Copy as Ima&amp;ge</source>
        <translation>S&amp;ao chép dưới dạng ảnh</translation>
    </message>
</context>
<context>
    <name>kt::ExportDialog</name>
    <message>
        <source>Only the selected elements</source>
        <translation>Chỉ các phần tử đang chọn</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>Xuất sơ đồ</translation>
    </message>
    <message>
        <source>SVG: vector image for web pages and editing</source>
        <translation>SVG: ảnh vectơ dùng cho trang web và để chỉnh sửa</translation>
    </message>
    <message>
        <source>PNG: picture for documents and slides</source>
        <translation>PNG: ảnh dùng cho văn bản và bài trình chiếu</translation>
    </message>
    <message>
        <source>PDF: vector document for printing</source>
        <translation>PDF: tài liệu vectơ để in</translation>
    </message>
    <message>
        <source>All views, one file each, into a folder</source>
        <translation>Tất cả sơ đồ, mỗi sơ đồ một tệp, vào một thư mục</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Trắng</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>Trong suốt</translation>
    </message>
    <message>
        <source>Page fitted to the diagram</source>
        <translation>Trang vừa khít sơ đồ</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>A3</source>
        <translation>A3</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Khổ ngang</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Khổ dọc</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Duyệt…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>Định &amp;dạng:</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Sơ đồ:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Kích thước:</translation>
    </message>
    <message>
        <source>&amp;Resolution (PNG):</source>
        <translation>Độ &amp;phân giải (PNG):</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>&amp;Nền:</translation>
    </message>
    <message>
        <source>&amp;Paper (PDF):</source>
        <translation>Khổ &amp;giấy (PDF):</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Hướng giấy:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <source>Export All Views To</source>
        <translation>Xuất tất cả sơ đồ vào thư mục</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Ảnh SVG (*.svg)</translation>
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
        <source>Choose a folder to export to.</source>
        <translation>Hãy chọn thư mục để xuất ra.</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Hãy chọn tệp để xuất ra.</translation>
    </message>
    <message>
        <source>Fol&amp;der:</source>
        <translation>&amp;Thư mục:</translation>
    </message>
    <message>
        <source>Fi&amp;le:</source>
        <translation>&amp;Tệp:</translation>
    </message>
</context>
<context>
    <name>kt::ExtraPropertiesTable</name>
    <message>
        <source>Key</source>
        <translation>Thuộc tính</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Add a property</source>
        <translation>Thêm thuộc tính</translation>
    </message>
    <message>
        <source>Remove the selected properties</source>
        <translation>Xóa các thuộc tính đang chọn</translation>
    </message>
</context>
<context>
    <name>kt::FileActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>&amp;New Model</source>
        <translation>Tạo mô &amp;hình mới</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <source>&amp;Examples</source>
        <translation>Mô hình mẫ&amp;u</translation>
    </message>
    <message>
        <source>Vinh Phuc, architecture version 2.0</source>
        <translation>Vĩnh Phúc, kiến trúc phiên bản 2.0</translation>
    </message>
    <message>
        <source>Vinh Phuc, architecture version 1.0</source>
        <translation>Vĩnh Phúc, kiến trúc phiên bản 1.0</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Lưu với tên &amp;khác…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>Xóa danh sách</translation>
    </message>
    <message>
        <source>Import Archi CS&amp;V…</source>
        <translation>Nhập &amp;CSV của Archi…</translation>
    </message>
</context>
<context>
    <name>kt::FileChecks</name>
    <message>
        <source>%1 is not a regular file (it may be a pipe or a device); give a file.</source>
        <translation>%1 không phải là tệp thông thường (có thể là đường ống hoặc thiết bị); hãy chỉ định một tệp.</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>không có quyền ghi</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>ổ đĩa chỉ cho phép đọc</translation>
    </message>
    <message>
        <source>no space left on the disk (%1)</source>
        <translation>ổ đĩa đã hết chỗ trống (%1)</translation>
    </message>
    <message>
        <source>the disk quota is exceeded (%1)</source>
        <translation>đã vượt hạn mức dung lượng đĩa (%1)</translation>
    </message>
    <message>
        <source>the data was not written</source>
        <translation>dữ liệu chưa được ghi</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder.</source>
        <translation>Không thể ghi %1: đây là một thư mục.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is not a regular file (it may be a pipe or a device).</source>
        <translation>Không thể ghi %1: đây không phải là tệp thông thường (có thể là đường ống hoặc thiết bị).</translation>
    </message>
    <message>
        <source>Cannot write %1: the file is read-only (permission denied).</source>
        <translation>Không thể ghi %1: tệp chỉ cho phép đọc (không có quyền ghi).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2 is not a folder.</source>
        <translation>Không thể ghi %1: %2 không phải là thư mục.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>Không thể ghi %1: thư mục %2 không tồn tại.</translation>
    </message>
    <message>
        <source>cannot create a file in the folder %1 (permission denied)</source>
        <translation>không tạo được tệp trong thư mục %1 (không có quyền)</translation>
    </message>
    <message>
        <source>Cannot write %1: the disk is read-only.</source>
        <translation>Không ghi được %1: ổ đĩa chỉ cho đọc.</translation>
    </message>
</context>
<context>
    <name>kt::FindingModel</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Phần tử</translation>
    </message>
    <message>
        <source>Import</source>
        <extracomment>The kind of a finding: something the opened file held that was left out</extracomment>
        <translation>Nhập</translation>
    </message>
</context>
<context>
    <name>kt::FrameworkUpgrade</name>
    <message>
        <source>No framework to upgrade to.</source>
        <translation>Không có khung kiến trúc nào để nâng cấp lên.</translation>
    </message>
    <message>
        <source>The framework “%1” has no mapping from “%2”, the framework of the model: the model cannot be upgraded to it.</source>
        <translation>Khung kiến trúc “%1” không có bảng ánh xạ từ “%2” (khung kiến trúc của mô hình): không thể nâng cấp mô hình lên khung kiến trúc này.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>The framework “%1” has no generic element type for “%2”.</source>
        <translation>Khung kiến trúc “%1” không có loại phần tử chung (generic) cho “%2”.</translation>
    </message>
    <message>
        <source>“%1” has no counterpart in %2; the element became “%3”.</source>
        <translation>“%1” không có loại tương ứng trong %2; phần tử được chuyển thành “%3”.</translation>
    </message>
    <message>
        <source>“%1” is not a type of %2; the element became “%3”.</source>
        <translation>“%1” không phải là một loại của %2; phần tử được chuyển thành “%3”.</translation>
    </message>
    <message>
        <source>“%1” has no counterpart in %2; the relationship became “%3”.</source>
        <translation>“%1” không có loại tương ứng trong %2; quan hệ được chuyển thành “%3”.</translation>
    </message>
    <message>
        <source>“%1” is not a relationship type of %2; the relationship became “%3”.</source>
        <translation>“%1” không phải là một loại quan hệ của %2; quan hệ được chuyển thành “%3”.</translation>
    </message>
    <message>
        <source>%1 does not allow “%2” from “%3” to “%4”; the relationship became “%5”.</source>
        <translation>%1 không cho phép “%2” từ “%3” đến “%4”; quan hệ được chuyển thành “%5”.</translation>
    </message>
    <message>
        <source>The framework “%1” has no generic relationship type.</source>
        <translation>Khung kiến trúc “%1” không có loại quan hệ chung (generic).</translation>
    </message>
</context>
<context>
    <name>kt::HelpActions</name>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>Your &amp;First Diagram</source>
        <translation>&amp;Hướng dẫn vẽ sơ đồ đầu tiên</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>&amp;Giới thiệu %1</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Giới thiệu &amp;Qt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Your first diagram&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Start a model.&lt;/b&gt; File ▸ New Model (%1) opens an empty overall diagram of the framework, ready to draw on. To look around first, open File ▸ Examples ▸ Vinh Phuc.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Place elements.&lt;/b&gt; In the Palette panel, drag an element type onto the canvas, or click the type and then click the canvas. Each type belongs to a layer of the framework.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Name them.&lt;/b&gt; Type the name at once, or select an element and press F2. The Properties panel holds its owner agency, security level, lifecycle status and the other properties of its type.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Connect them.&lt;/b&gt; Press C (Diagram ▸ Connect) and drag from one element to another: only the relationships the framework allows between the two are offered. Press S to select again.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Arrange.&lt;/b&gt; Right-click the selection for align, distribute and same size; Diagram ▸ Create/Update Overall Diagram (%2) lays every element out in its layer.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Check.&lt;/b&gt; The Validation panel lists what the framework&apos;s rules find; double-click a line to go to the element.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Save and share.&lt;/b&gt; File ▸ Save (%3) writes a .ktm file; File ▸ Export Diagram (%4) writes SVG, PNG or PDF; File ▸ Print prints it.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Every change can be undone (%5) and redone (%6). Help ▸ Keyboard Shortcuts lists all the keys.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Vẽ sơ đồ đầu tiên&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Tạo mô hình.&lt;/b&gt; Tệp ▸ Tạo mô hình mới (%1) mở một sơ đồ tổng thể trống theo khung kiến trúc, sẵn sàng để vẽ. Nếu muốn xem thử trước, hãy mở Tệp ▸ Mô hình mẫu ▸ Vĩnh Phúc.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Thêm phần tử.&lt;/b&gt; Trong ngăn Bảng công cụ, kéo một loại phần tử vào vùng vẽ, hoặc nhấp vào loại phần tử rồi nhấp vào vùng vẽ. Mỗi loại phần tử thuộc một thành phần của khung kiến trúc.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Đặt tên.&lt;/b&gt; Gõ tên ngay, hoặc chọn một phần tử rồi nhấn F2. Ngăn Thuộc tính chứa cơ quan chủ quản, cấp độ an toàn, trạng thái và các thuộc tính khác của loại phần tử đó.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Nối các phần tử.&lt;/b&gt; Nhấn C (Sơ đồ ▸ Nối) rồi kéo từ phần tử này sang phần tử khác: chương trình chỉ đưa ra những quan hệ mà khung kiến trúc cho phép giữa hai phần tử. Nhấn S để trở lại chế độ chọn.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Sắp xếp.&lt;/b&gt; Nhấp chuột phải vào các đối tượng đang chọn để căn lề, phân bố đều hoặc làm cùng kích thước; Sơ đồ ▸ Tạo/cập nhật sơ đồ tổng thể (%2) bố trí mọi phần tử vào đúng thành phần của nó.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Kiểm tra.&lt;/b&gt; Ngăn Kiểm tra mô hình liệt kê các vấn đề mà quy tắc của khung kiến trúc phát hiện; nhấp đúp vào một dòng để đi đến phần tử liên quan.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Lưu và chia sẻ.&lt;/b&gt; Tệp ▸ Lưu (%3) ghi mô hình ra tệp .ktm; Tệp ▸ Xuất sơ đồ (%4) xuất ra SVG, PNG hoặc PDF; Tệp ▸ In để in sơ đồ.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Mọi thay đổi đều có thể hoàn tác (%5) và làm lại (%6). Trợ giúp ▸ Phím tắt liệt kê tất cả các phím tắt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Your First Diagram</source>
        <translation>Hướng dẫn vẽ sơ đồ đầu tiên</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Trình đơn</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Lệnh</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Phím</translation>
    </message>
    <message>
        <source>On the canvas also: arrow keys move the selection (with Shift, by one point); Space and drag, or the middle mouse button, pans; Ctrl and the wheel zooms; Escape goes back to selecting.</source>
        <translation>Trên vùng vẽ còn có: các phím mũi tên di chuyển các đối tượng đang chọn (giữ Shift để di chuyển từng điểm một); giữ phím cách (Space) và kéo, hoặc kéo bằng nút giữa của chuột, để cuộn sơ đồ; giữ Ctrl và lăn con lăn chuột để phóng to, thu nhỏ; Esc để trở lại chế độ chọn.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;An editor for provincial e-Government architectures that follow the Vietnam e-Government Architecture Framework: the overall diagram, component architectures, validation, export and printing.&lt;/p&gt;&lt;p&gt;Built with Qt %3 (running on Qt %4).&lt;/p&gt;&lt;p&gt;Licence: %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Trình soạn thảo kiến trúc Chính quyền điện tử cấp tỉnh theo Khung Kiến trúc Chính phủ điện tử Việt Nam: sơ đồ tổng thể, kiến trúc thành phần, kiểm tra mô hình, xuất và in.&lt;/p&gt;&lt;p&gt;Biên dịch với Qt %3 (đang chạy trên Qt %4).&lt;/p&gt;&lt;p&gt;Giấy phép: %5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Giới thiệu %1</translation>
    </message>
</context>
<context>
    <name>kt::HistoryDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <source>added</source>
        <translation>đã thêm</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>đã xóa</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Lịch sử của %1</translation>
    </message>
    <message>
        <source>No commit changed %1 yet.</source>
        <translation>Chưa lần ghi nào thay đổi %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s) changed %1, oldest first.</source>
        <translation>
            <numerusform>%n lần ghi đã thay đổi %1, cũ nhất trước.</numerusform>
        </translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Lần ghi</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người ghi</translation>
    </message>
    <message>
        <source>Message / change</source>
        <translation>Nội dung / thay đổi</translation>
    </message>
</context>
<context>
    <name>kt::HtmlReportWriter</name>
    <message>
        <source>Cannot write the HTML report.</source>
        <translation>Không ghi được báo cáo HTML.</translation>
    </message>
    <message>
        <source>The figure &quot;%1&quot; is not valid SVG: %2</source>
        <translation>Hình &quot;%1&quot; không phải là SVG hợp lệ: %2</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Đã hủy việc tạo báo cáo.</translation>
    </message>
</context>
<context>
    <name>kt::InventoryCsv</name>
    <message>
        <source>ID</source>
        <translation>Mã định danh</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>Cannot write the inventory into %1: the model has no framework.</source>
        <translation>Không thể ghi danh mục vào %1: mô hình chưa có khung kiến trúc.</translation>
    </message>
    <message>
        <source>Cannot write the inventory into %1: the folder cannot be made.</source>
        <translation>Không thể ghi danh mục vào %1: không tạo được thư mục.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Không thể ghi %1: %2.</translation>
    </message>
</context>
<context>
    <name>kt::KtmReader</name>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 bị hỏng: %2</translation>
    </message>
    <message>
        <source>%1 refers to %2, which the file does not hold.</source>
        <translation>%1 tham chiếu đến %2 không có trong tệp.</translation>
    </message>
    <message>
        <source>it holds no model information.</source>
        <translation>tệp không chứa thông tin mô hình.</translation>
    </message>
    <message>
        <source>the decision date &quot;%1&quot; is not a date.</source>
        <translation>ngày ban hành &quot;%1&quot; không phải là ngày hợp lệ.</translation>
    </message>
    <message>
        <source>a view has the unknown kind &quot;%1&quot;.</source>
        <translation>một sơ đồ có loại không xác định &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>a node has the unknown kind &quot;%1&quot;.</source>
        <translation>một hình có loại không xác định &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>a node lies in a group of another view.</source>
        <translation>một hình nằm trong nhóm thuộc sơ đồ khác.</translation>
    </message>
    <message>
        <source>a connection joins a node of another view.</source>
        <translation>một đường nối nối với hình thuộc sơ đồ khác.</translation>
    </message>
    <message>
        <source>SQLite finds it corrupt: “%1”</source>
        <translation>SQLite phát hiện tệp bị hỏng: “%1”</translation>
    </message>
    <message>
        <source>%1 of “%2” holds NULL, which is not a number.</source>
        <translation>%1 của “%2” chứa NULL, không phải là số.</translation>
    </message>
    <message>
        <source>%1 of “%2” holds “%3”, which is not a number.</source>
        <translation>%1 của “%2” chứa “%3”, không phải là số.</translation>
    </message>
    <message>
        <source>the id “%1” is used twice.</source>
        <translation>mã định danh “%1” được dùng hai lần.</translation>
    </message>
    <message>
        <source>a connection joins a connection of another view.</source>
        <translation>một đường nối nối với đường nối của sơ đồ khác.</translation>
    </message>
    <message>
        <source>A row of %1 that belongs to %2, which the file does not hold, is left out.</source>
        <translation>Một dòng của %1 thuộc về %2, mà tệp không có, bị bỏ đi.</translation>
    </message>
    <message>
        <source>The element “%1” (row %2) is left out: an earlier row has its id.</source>
        <translation>Phần tử “%1” (dòng %2) bị bỏ đi: một dòng trước đã có mã định danh này.</translation>
    </message>
    <message>
        <source>The relationship “%1” is left out: %2</source>
        <translation>Quan hệ “%1” bị bỏ đi: %2</translation>
    </message>
    <message>
        <source>an earlier row has its id.</source>
        <translation>một dòng trước đã có mã định danh này.</translation>
    </message>
    <message>
        <source>it has no %1.</source>
        <translation>thiếu %1.</translation>
    </message>
    <message>
        <source>source</source>
        <translation>điểm đầu</translation>
    </message>
    <message>
        <source>target</source>
        <translation>điểm cuối</translation>
    </message>
    <message>
        <source>the element it joins is left out.</source>
        <translation>phần tử mà nó nối tới đã bị bỏ đi.</translation>
    </message>
    <message>
        <source>the relationship it ends on is left out.</source>
        <translation>quan hệ mà nó kết thúc ở đó đã bị bỏ đi.</translation>
    </message>
    <message>
        <source>The view “%1” (row %2) is left out with its nodes and connections: an earlier row has its id.</source>
        <translation>Sơ đồ “%1” (dòng %2) bị bỏ đi cùng các hình và đường nối của nó: một dòng trước đã có mã định danh này.</translation>
    </message>
    <message>
        <source>The node “%1” is left out: %2</source>
        <translation>Hình “%1” bị bỏ đi: %2</translation>
    </message>
    <message>
        <source>nodes.view refers to %1, which the file does not hold.</source>
        <translation>Cột nodes.view (sơ đồ của hình) tham chiếu %1, mà tệp không có.</translation>
    </message>
    <message>
        <source>the element it shows is left out.</source>
        <translation>phần tử mà hình thể hiện đã bị bỏ đi.</translation>
    </message>
    <message>
        <source>nodes.element refers to %1, which the file does not hold.</source>
        <translation>Cột nodes.element (phần tử mà hình thể hiện) tham chiếu %1, mà tệp không có.</translation>
    </message>
    <message>
        <source>it shows no element.</source>
        <translation>hình không thể hiện phần tử nào.</translation>
    </message>
    <message>
        <source>The node “%1”: a coordinate or size that was not a number from -%2 to %2 is now at (%3, %4), %5 × %6.</source>
        <translation>Hình “%1”: tọa độ hoặc kích thước không phải là số trong khoảng -%2 đến %2 nay ở (%3, %4), %5 × %6.</translation>
    </message>
    <message>
        <source>The node “%1” no longer links to a view: the view it linked to is not in the file.</source>
        <translation>Hình “%1” không còn liên kết tới sơ đồ: sơ đồ được liên kết không có trong tệp.</translation>
    </message>
    <message>
        <source>The node “%1”: a font size or line width that was not a number within the limits is now the default.</source>
        <translation>Hình “%1”: cỡ chữ hoặc độ dày nét không phải là số trong giới hạn nay lấy giá trị mặc định.</translation>
    </message>
    <message>
        <source>The node “%1” is now at the top of its view: the group it lay in is left out.</source>
        <translation>Hình “%1” nay nằm ở cấp ngoài cùng của sơ đồ: nhóm chứa nó đã bị bỏ đi.</translation>
    </message>
    <message>
        <source>The node “%1” is now at the top of its view: the group it lay in is not in that view.</source>
        <translation>Hình “%1” nay nằm ở cấp ngoài cùng của sơ đồ: nhóm chứa nó không thuộc sơ đồ đó.</translation>
    </message>
    <message>
        <source>The connection “%1” is left out: %2</source>
        <translation>Đường nối “%1” bị bỏ đi: %2</translation>
    </message>
    <message>
        <source>the relationship it shows is left out.</source>
        <translation>quan hệ mà nó thể hiện đã bị bỏ đi.</translation>
    </message>
    <message>
        <source>the node it joins is left out.</source>
        <translation>hình mà nó nối tới đã bị bỏ đi.</translation>
    </message>
    <message>
        <source>it joins a node of another view.</source>
        <translation>nó nối tới một hình của sơ đồ khác.</translation>
    </message>
    <message>
        <source>The connection “%1”: a font size or line width that was not a number within the limits is now the default.</source>
        <translation>Đường nối “%1”: cỡ chữ hoặc độ dày nét không phải là số trong giới hạn nay lấy giá trị mặc định.</translation>
    </message>
    <message>
        <source>it joins a connection of another view.</source>
        <translation>nó nối tới một đường nối của sơ đồ khác.</translation>
    </message>
    <message>
        <source>the connection it joins is left out.</source>
        <translation>đường nối mà nó nối tới đã bị bỏ đi.</translation>
    </message>
    <message>
        <source>A bendpoint of %1, which the file does not hold, is left out.</source>
        <translation>Một điểm gấp của %1, mà tệp không có, bị bỏ đi.</translation>
    </message>
    <message>
        <source>The connection “%1”: a bendpoint that was not a point within the limits is left out.</source>
        <translation>Đường nối “%1”: một điểm gấp không nằm trong giới hạn bị bỏ đi.</translation>
    </message>
</context>
<context>
    <name>kt::KtmSchema</name>
    <message>
        <source>there is no migration from file format %1</source>
        <translation>không có cách nâng cấp từ định dạng tệp %1</translation>
    </message>
</context>
<context>
    <name>kt::KtmStore</name>
    <message>
        <source>Could not save the model: no file name was given.</source>
        <translation>Không lưu được mô hình: chưa có tên tệp.</translation>
    </message>
    <message>
        <source>a row of the table %1 refers to a row of the table %2 that is missing.</source>
        <translation>một dòng của bảng %1 tham chiếu tới một dòng không có của bảng %2.</translation>
    </message>
    <message>
        <source>Could not save %1: it is a folder.</source>
        <translation>Không lưu được %1: đây là một thư mục.</translation>
    </message>
    <message>
        <source>Could not save %1: %2 is not a folder.</source>
        <translation>Không lưu được %1: %2 không phải là thư mục.</translation>
    </message>
    <message>
        <source>Could not save %1: the folder %2 does not exist.</source>
        <translation>Không lưu được %1: thư mục %2 không tồn tại.</translation>
    </message>
    <message>
        <source>Could not save %1: the model names no framework.</source>
        <translation>Không lưu được %1: mô hình chưa xác định khung kiến trúc.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Không lưu được %1: %2</translation>
    </message>
    <message>
        <source>Could not open a model: no file name was given.</source>
        <translation>Không mở được mô hình: chưa có tên tệp.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>Không mở được %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2 beside it holds a change that a program left unfinished.</source>
        <translation>Không mở được %1: tệp %2 nằm cùng thư mục còn chứa một thay đổi mà chương trình chưa ghi xong.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 bị hỏng: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not a %2 model.</source>
        <translation>%1 là cơ sở dữ liệu SQLite của ứng dụng khác, không phải mô hình %2.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of %2 (file format %3; this program reads up to %4).</source>
        <translation>%1 được lưu bằng phiên bản mới hơn của %2 (định dạng tệp %3; chương trình này chỉ đọc được đến định dạng %4).</translation>
    </message>
    <message>
        <source>%1 is damaged: its file format number (%2) is not valid.</source>
        <translation>%1 bị hỏng: số hiệu định dạng tệp (%2) không hợp lệ.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 không tồn tại.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a model file.</source>
        <translation>%1 là thư mục, không phải tệp mô hình.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 không có nội dung.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a %2 model (it is not an SQLite database).</source>
        <translation>%1 không phải là mô hình %2 (không phải cơ sở dữ liệu SQLite).</translation>
    </message>
    <message>
        <source>%1 is incomplete (truncated): it is %2 bytes long but should be %3 bytes. It may have been copied or downloaded only in part.</source>
        <translation>%1 không đầy đủ (bị cắt cụt): tệp dài %2 byte nhưng lẽ ra phải dài %3 byte. Có thể tệp mới chỉ được sao chép hoặc tải xuống một phần.</translation>
    </message>
    <message>
        <source>%1 is damaged: its header gives the invalid page size %2.</source>
        <translation>%1 bị hỏng: phần đầu tệp ghi kích thước trang là %2, không hợp lệ.</translation>
    </message>
    <message>
        <source>%1 could not be upgraded from file format %2: %3</source>
        <translation>Không nâng cấp được %1 từ định dạng tệp %2: %3</translation>
    </message>
    <message>
        <source>cannot create a temporary copy: %1</source>
        <translation>không tạo được bản sao tạm: %1</translation>
    </message>
    <message>
        <source>cannot give the new file the permissions of the old one.</source>
        <translation>không gán được cho tệp mới các quyền truy cập của tệp cũ.</translation>
    </message>
    <message>
        <source>cannot write it to the disk: %1</source>
        <translation>không ghi được ra đĩa: %1</translation>
    </message>
    <message>
        <source>cannot replace the file: %1</source>
        <translation>không thay thế được tệp: %1</translation>
    </message>
    <message>
        <source>cannot keep the baselines of %1: %2</source>
        <translation>không giữ được các mốc phiên bản của %1: %2</translation>
    </message>
    <message>
        <source>Could not save %1: it is not a regular file.</source>
        <translation>Không thể lưu %1: đây không phải là tệp thông thường.</translation>
    </message>
    <message>
        <source>Could not save %1: the file is read-only (permission denied).</source>
        <translation>Không thể lưu %1: tệp chỉ cho phép đọc (không có quyền ghi).</translation>
    </message>
    <message>
        <source>Could not save %1: %2.</source>
        <translation>Không thể lưu %1: %2.</translation>
    </message>
    <message>
        <source>Could not save %1: cannot create a file in the folder %2: %3</source>
        <translation>Không thể lưu %1: không tạo được tệp trong thư mục %2: %3</translation>
    </message>
    <message>
        <source>Could not save %1: it is being saved by another process. Try again when that save has finished.</source>
        <translation>Không thể lưu %1: một tiến trình khác đang lưu tệp này. Hãy thử lại khi việc lưu đó hoàn tất.</translation>
    </message>
    <message>
        <source>Could not save %1: the disk is read-only.</source>
        <translation>Không lưu được %1: ổ đĩa chỉ cho đọc.</translation>
    </message>
    <message>
        <source>%1 needs no repair.</source>
        <translation>%1 không cần sửa.</translation>
    </message>
</context>
<context>
    <name>kt::KtmWriter</name>
    <message>
        <source>the relationship &quot;%1&quot; joins the element &quot;%2&quot;, which the model does not hold.</source>
        <translation>quan hệ &quot;%1&quot; nối với phần tử &quot;%2&quot; không có trong mô hình.</translation>
    </message>
    <message>
        <source>the node &quot;%1&quot; of the view &quot;%2&quot; shows the element &quot;%3&quot;, which the model does not hold.</source>
        <translation>hình &quot;%1&quot; của sơ đồ &quot;%2&quot; thể hiện phần tử &quot;%3&quot; không có trong mô hình.</translation>
    </message>
    <message>
        <source>the node &quot;%1&quot; of the view &quot;%2&quot; lies in the group &quot;%3&quot;, which the view does not hold.</source>
        <translation>hình &quot;%1&quot; của sơ đồ &quot;%2&quot; nằm trong nhóm &quot;%3&quot; không có trong sơ đồ.</translation>
    </message>
    <message>
        <source>the node &quot;%1&quot; of the view &quot;%2&quot; links to the view &quot;%3&quot;, which the model does not hold.</source>
        <translation>hình &quot;%1&quot; của sơ đồ &quot;%2&quot; liên kết đến sơ đồ &quot;%3&quot; không có trong mô hình.</translation>
    </message>
    <message>
        <source>the connection &quot;%1&quot; of the view &quot;%2&quot; shows the relationship &quot;%3&quot;, which the model does not hold.</source>
        <translation>đường nối &quot;%1&quot; của sơ đồ &quot;%2&quot; thể hiện quan hệ &quot;%3&quot; không có trong mô hình.</translation>
    </message>
    <message>
        <source>the connection &quot;%1&quot; of the view &quot;%2&quot; joins the node &quot;%3&quot;, which the view does not hold.</source>
        <translation>đường nối &quot;%1&quot; của sơ đồ &quot;%2&quot; nối với hình &quot;%3&quot; không có trong sơ đồ.</translation>
    </message>
    <message>
        <source>the relationship &quot;%1&quot; has two ends at one side.</source>
        <translation>quan hệ &quot;%1&quot; có hai đầu ở cùng một phía.</translation>
    </message>
    <message>
        <source>the relationship &quot;%1&quot; joins the relationship &quot;%2&quot;, which the model does not hold.</source>
        <translation>quan hệ &quot;%1&quot; nối với quan hệ &quot;%2&quot;, quan hệ này không có trong mô hình.</translation>
    </message>
    <message>
        <source>the connection &quot;%1&quot; of the view &quot;%2&quot; has two ends at one side.</source>
        <translation>đường nối &quot;%1&quot; của sơ đồ &quot;%2&quot; có hai đầu ở cùng một phía.</translation>
    </message>
    <message>
        <source>the connection &quot;%1&quot; of the view &quot;%2&quot; joins the connection &quot;%3&quot;, which the view does not hold.</source>
        <translation>đường nối &quot;%1&quot; của sơ đồ &quot;%2&quot; nối với đường nối &quot;%3&quot;, đường nối này không có trong sơ đồ.</translation>
    </message>
</context>
<context>
    <name>kt::MainWindow</name>
    <message>
        <source>&lt;original&gt;</source>
        <translation>&lt;ban đầu&gt;</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Bảng công cụ</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Thuộc tính</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Toàn cảnh</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Kiểm tra mô hình</translation>
    </message>
    <message>
        <source>The element is in no view.</source>
        <translation>Phần tử không có trong sơ đồ nào.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n lỗi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n cảnh báo</numerusform>
        </translation>
    </message>
    <message>
        <source>No diagram is open.

Double-click a view in the Model panel to open it, or create one with Diagram ▸ New View… or Diagram ▸ Create/Update Overall Diagram.</source>
        <translation>Chưa mở sơ đồ nào.

Nhấp đúp vào một sơ đồ trong ngăn Mô hình để mở sơ đồ đó, hoặc tạo sơ đồ bằng Sơ đồ ▸ Sơ đồ mới… hoặc Sơ đồ ▸ Tạo/cập nhật sơ đồ tổng thể.</translation>
    </message>
    <message>
        <source>No model is open.

Start a new one with File ▸ New Model (%1), open a file with File ▸ Open… (%2), or look at an example under File ▸ Examples. Help ▸ Your First Diagram shows the way.</source>
        <translation>Chưa mở mô hình nào.

Tạo mô hình mới bằng Tệp ▸ Tạo mô hình mới (%1), mở một tệp bằng Tệp ▸ Mở… (%2), hoặc xem một mô hình mẫu trong Tệp ▸ Mô hình mẫu. Xem Trợ giúp ▸ Hướng dẫn vẽ sơ đồ đầu tiên để làm quen từng bước.</translation>
    </message>
    <message>
        <source>(illustrative example)</source>
        <translation>(mô hình mẫu minh họa)</translation>
    </message>
    <message>
        <source>Report Texts</source>
        <translation>Nội dung báo cáo</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>So sánh</translation>
    </message>
</context>
<context>
    <name>kt::ModelActions</name>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Mô hình</translation>
    </message>
    <message>
        <source>&amp;Upgrade to Framework…</source>
        <translation>&amp;Nâng cấp lên khung kiến trúc…</translation>
    </message>
    <message>
        <source>Make a model of the newer framework from this one, keeping its ids, and list what could not be mapped</source>
        <translation>Tạo mô hình theo khung kiến trúc mới hơn từ mô hình này, giữ nguyên các mã, và liệt kê những gì không ánh xạ được</translation>
    </message>
    <message>
        <source>&amp;Upgrade to Framework %1…</source>
        <translation>&amp;Nâng cấp lên khung kiến trúc %1…</translation>
    </message>
    <message>
        <source>Upgrade to framework %1</source>
        <translation>Nâng cấp lên khung kiến trúc %1</translation>
    </message>
    <message>
        <source>Every element and relationship of “%1” was mapped to %2. The upgraded model is open as a new, unsaved document.</source>
        <translation>Mọi phần tử và quan hệ của “%1” đều đã được ánh xạ sang %2. Mô hình sau nâng cấp được mở thành một tài liệu mới, chưa lưu.</translation>
    </message>
    <message numerus="yes">
        <source>The upgraded model of “%1” is open as a new, unsaved document. %n element(s) or relationship(s) could not be mapped to %2: they became generic types.</source>
        <translation>
            <numerusform>Mô hình sau nâng cấp của “%1” được mở thành một tài liệu mới, chưa lưu. Có %n phần tử hoặc quan hệ không ánh xạ được sang %2: chúng được chuyển thành loại chung (generic).</numerusform>
        </translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Phần tử</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Quan hệ</translation>
    </message>
</context>
<context>
    <name>kt::ModelCheck</name>
    <message>
        <source>%1 has the font size %2 or line width %3, which is not a number from 0 to %4 or %5.</source>
        <translation>%1 có cỡ chữ %2 hoặc độ dày nét %3 không phải là số trong khoảng từ 0 đến %4 hoặc %5.</translation>
    </message>
    <message>
        <source>node %1 of view %2 is nested in itself: its groups make a circle (%3).</source>
        <translation>hình %1 của sơ đồ %2 lồng trong chính nó: các nhóm của nó tạo thành vòng (%3).</translation>
    </message>
    <message>
        <source>the identifier %1 of %2 is not an XML name.</source>
        <translation>mã định danh %1 của %2 không phải là tên XML hợp lệ.</translation>
    </message>
    <message>
        <source>the identifier %1 of %2 is empty or holds control characters.</source>
        <translation>mã định danh %1 của %2 trống hoặc chứa ký tự điều khiển.</translation>
    </message>
    <message>
        <source>the identifier %1 is used twice.</source>
        <translation>mã định danh %1 được dùng hai lần.</translation>
    </message>
    <message>
        <source>the model</source>
        <translation>mô hình</translation>
    </message>
    <message>
        <source>an element</source>
        <translation>một phần tử</translation>
    </message>
    <message>
        <source>a relationship</source>
        <translation>một quan hệ</translation>
    </message>
    <message>
        <source>the relationship %1 joins %2, which is not an element of the model.</source>
        <translation>quan hệ %1 nối tới %2, không phải là phần tử của mô hình.</translation>
    </message>
    <message>
        <source>a view</source>
        <translation>một sơ đồ</translation>
    </message>
    <message>
        <source>a node</source>
        <translation>một hình</translation>
    </message>
    <message>
        <source>the node %1 of view %2 shows no element.</source>
        <translation>hình %1 của sơ đồ %2 không thể hiện phần tử nào.</translation>
    </message>
    <message>
        <source>the node %1 of view %2 shows element %3, which is not in the model.</source>
        <translation>hình %1 của sơ đồ %2 thể hiện phần tử %3 không có trong mô hình.</translation>
    </message>
    <message>
        <source>the node %1 of view %2 links to view %3, which is not in the model.</source>
        <translation>hình %1 của sơ đồ %2 liên kết đến sơ đồ %3 không có trong mô hình.</translation>
    </message>
    <message>
        <source>the node %1 of view %2 lies in %3, which is not a node of that view.</source>
        <translation>hình %1 của sơ đồ %2 nằm trong %3, không phải là hình của sơ đồ đó.</translation>
    </message>
    <message>
        <source>the node %1 of view %2</source>
        <translation>hình %1 của sơ đồ %2</translation>
    </message>
    <message>
        <source>a connection</source>
        <translation>một đường nối</translation>
    </message>
    <message>
        <source>the connection %1 of view %2 shows relationship %3, which is not in the model.</source>
        <translation>đường nối %1 của sơ đồ %2 thể hiện quan hệ %3 không có trong mô hình.</translation>
    </message>
    <message>
        <source>the connection %1 of view %2 joins %3, which is not a node of that view.</source>
        <translation>đường nối %1 của sơ đồ %2 nối tới %3, không phải là hình của sơ đồ đó.</translation>
    </message>
    <message>
        <source>the connection %1 of view %2</source>
        <translation>đường nối %1 của sơ đồ %2</translation>
    </message>
    <message>
        <source>the relationship %1 has two %2: %3 and %4.</source>
        <translation>quan hệ %1 có hai %2: %3 và %4.</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>đầu nguồn</translation>
    </message>
    <message>
        <source>targets</source>
        <translation>đầu đích</translation>
    </message>
    <message>
        <source>the relationship %1 joins %2, which is not an element or relationship of the model.</source>
        <translation>quan hệ %1 nối với %2, không phải phần tử hay quan hệ của mô hình.</translation>
    </message>
    <message>
        <source>the relationship %1 ends on itself: its ends make a circle (%2).</source>
        <translation>quan hệ %1 kết thúc trên chính nó: các đầu của nó tạo thành vòng (%2).</translation>
    </message>
    <message>
        <source>the connection %1 of view %2 has two %3: %4 and %5.</source>
        <translation>đường nối %1 của sơ đồ %2 có hai %3: %4 và %5.</translation>
    </message>
    <message>
        <source>the connection %1 of view %2 joins %3, which is not a node or connection of that view.</source>
        <translation>đường nối %1 của sơ đồ %2 nối với %3, không phải hình hay đường nối của sơ đồ đó.</translation>
    </message>
    <message>
        <source>the connection %1 of view %2 ends on itself: its ends make a circle (%3).</source>
        <translation>đường nối %1 của sơ đồ %2 kết thúc trên chính nó: các đầu của nó tạo thành vòng (%3).</translation>
    </message>
</context>
<context>
    <name>kt::ModelDeletion</name>
    <message>
        <source>Nothing selected is in the model.</source>
        <translation>Không đối tượng nào đang chọn thuộc mô hình.</translation>
    </message>
    <message>
        <source>Delete from model</source>
        <translation>Xóa khỏi mô hình</translation>
    </message>
</context>
<context>
    <name>kt::ModelFile</name>
    <message>
        <source>%1: unknown file type; use .ktm (model), .xml (Open Exchange), PREFIXelements.csv (Archi CSV) or, to read, .archimate (Archi).</source>
        <translation>%1: loại tệp không biết; hãy dùng .ktm (mô hình), .xml (Open Exchange), PREFIXelements.csv (Archi CSV) hoặc, để đọc, .archimate (Archi).</translation>
    </message>
    <message>
        <source>%1: Archi&apos;s .archimate files are read, not written; save as .ktm or as .xml (Open Exchange), which Archi opens.</source>
        <translation>%1: tệp .archimate của Archi chỉ được đọc, không được ghi; hãy lưu thành .ktm hoặc .xml (Open Exchange), Archi mở được tệp này.</translation>
    </message>
</context>
<context>
    <name>kt::ModelInfoEditor</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Province or agency</source>
        <translation>Tỉnh, thành phố hoặc bộ, ngành</translation>
    </message>
    <message>
        <source>Architecture version</source>
        <translation>Phiên bản kiến trúc</translation>
    </message>
    <message>
        <source>Approving decision number</source>
        <translation>Số, ký hiệu quyết định phê duyệt</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <source>Developing agency</source>
        <translation>Cơ quan, đơn vị xây dựng</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Khung kiến trúc</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <source>An illustrative example bundled with the program: its agencies, systems and figures are samples, not an approved architecture.</source>
        <translation>Mô hình mẫu minh họa đi kèm chương trình: các cơ quan, hệ thống và số liệu trong đó chỉ là mẫu, không phải kiến trúc đã được phê duyệt.</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Mô hình mẫu</translation>
    </message>
</context>
<context>
    <name>kt::ModelLimits</name>
    <message>
        <source>the id of %1 is longer than %2 characters (it has %3)</source>
        <translation>mã định danh của %1 dài quá %2 ký tự (có %3 ký tự)</translation>
    </message>
    <message>
        <source>the name of %1 %2</source>
        <translation>tên của %1 %2</translation>
    </message>
    <message>
        <source>the documentation of %1 %2</source>
        <translation>mô tả của %1 %2</translation>
    </message>
    <message>
        <source>a text of %1 %2</source>
        <translation>một văn bản của %1 %2</translation>
    </message>
    <message>
        <source>%1 has a coordinate or size that is not a number from -%2 to %2</source>
        <translation>%1 có tọa độ hoặc kích thước không phải là số trong khoảng từ -%2 đến %2</translation>
    </message>
    <message>
        <source>the view “%1”</source>
        <translation>sơ đồ “%1”</translation>
    </message>
    <message>
        <source>the node “%1” of the view “%2”</source>
        <translation>hình “%1” của sơ đồ “%2”</translation>
    </message>
    <message>
        <source>%1 is nested more than %2 levels deep</source>
        <translation>%1 lồng sâu quá %2 cấp</translation>
    </message>
    <message>
        <source>the connection “%1” of the view “%2”</source>
        <translation>đường nối “%1” của sơ đồ “%2”</translation>
    </message>
    <message>
        <source>the model</source>
        <translation>mô hình</translation>
    </message>
    <message>
        <source>the element “%1”</source>
        <translation>phần tử “%1”</translation>
    </message>
    <message>
        <source>the relationship “%1”</source>
        <translation>quan hệ “%1”</translation>
    </message>
</context>
<context>
    <name>kt::ModelTreeModel</name>
    <message>
        <source>Relationships</source>
        <translation>Quan hệ</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Sơ đồ</translation>
    </message>
    <message>
        <source>Unknown type</source>
        <translation>Loại không xác định</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(chưa đặt tên)</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>relationship %1</source>
        <translation>quan hệ %1</translation>
    </message>
</context>
<context>
    <name>kt::ModelTreePanel</name>
    <message>
        <source>Rename</source>
        <translation>Đổi tên</translation>
    </message>
    <message>
        <source>Delete from Model</source>
        <translation>Xóa khỏi mô hình</translation>
    </message>
    <message>
        <source>Filter (accents optional)</source>
        <translation>Lọc (gõ có dấu hoặc không dấu)</translation>
    </message>
    <message>
        <source>“%1” appears in diagrams. Deleting it from the model also removes it from every diagram.</source>
        <translation>“%1” có trong các sơ đồ. Xóa phần tử này khỏi mô hình cũng sẽ xóa nó khỏi mọi sơ đồ.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected elements appear in diagrams. Deleting them from the model also removes them from every diagram.</source>
        <translation>
            <numerusform>Có %n phần tử đang chọn xuất hiện trong các sơ đồ. Xóa các phần tử này khỏi mô hình cũng sẽ xóa chúng khỏi mọi sơ đồ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Show Folders</source>
        <translation>Hiện thư mục</translation>
    </message>
    <message>
        <source>Show the folders of models from other tools as a tree</source>
        <translation>Hiện các thư mục của mô hình từ công cụ khác dưới dạng cây</translation>
    </message>
    <message>
        <source>&amp;New Folder…</source>
        <translation>Thư mục &amp;mới…</translation>
    </message>
    <message>
        <source>&amp;Move to Folder…</source>
        <translation>&amp;Chuyển vào thư mục…</translation>
    </message>
    <message>
        <source>Delete &amp;Folder</source>
        <translation>Xóa &amp;thư mục</translation>
    </message>
    <message>
        <source>A new folder in the current one, holding the selected objects</source>
        <translation>Một thư mục mới trong thư mục hiện tại, chứa các đối tượng đang chọn</translation>
    </message>
    <message>
        <source>Delete the folder; what it holds moves to the folder around it</source>
        <translation>Xóa thư mục; những gì nó chứa chuyển ra thư mục bao quanh</translation>
    </message>
    <message>
        <source>Move to Folder</source>
        <translation>Chuyển vào thư mục</translation>
    </message>
    <message>
        <source>Folder (folders inside folders are separated by “/”; empty: no folder):</source>
        <translation>Thư mục (các thư mục lồng nhau ngăn cách bằng “/”; để trống: không thuộc thư mục nào):</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Thư mục mới</translation>
    </message>
    <message>
        <source>Name of the folder for the selected objects:</source>
        <translation>Tên thư mục cho các đối tượng đang chọn:</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Thư mục mới</translation>
    </message>
</context>
<context>
    <name>kt::MoveFolder</name>
    <message>
        <source>Rename folder %1</source>
        <translation>Đổi tên thư mục %1</translation>
    </message>
    <message>
        <source>Delete folder %1</source>
        <translation>Xóa thư mục %1</translation>
    </message>
    <message>
        <source>There is no folder to change.</source>
        <translation>Không có thư mục nào để thay đổi.</translation>
    </message>
    <message>
        <source>“%1” is not a folder name.</source>
        <translation>“%1” không phải là tên thư mục.</translation>
    </message>
    <message>
        <source>There is no folder “%1”.</source>
        <translation>Không có thư mục “%1”.</translation>
    </message>
</context>
<context>
    <name>kt::MoveToFolder</name>
    <message>
        <source>Take out of folder</source>
        <translation>Đưa ra khỏi thư mục</translation>
    </message>
    <message>
        <source>Move to folder %1</source>
        <translation>Chuyển vào thư mục %1</translation>
    </message>
    <message>
        <source>There is no object with id %1.</source>
        <translation>Không có đối tượng nào có mã %1.</translation>
    </message>
</context>
<context>
    <name>kt::ObjectEditor</name>
    <message>
        <source>%1 *:</source>
        <translation>%1 *:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Bắt buộc</translation>
    </message>
</context>
<context>
    <name>kt::OdtBody</name>
    <message>
        <source>Cannot write the document text.</source>
        <translation>Không ghi được nội dung văn bản.</translation>
    </message>
</context>
<context>
    <name>kt::OdtReportWriter</name>
    <message>
        <source>Cannot write the ODT report: %1</source>
        <translation>Không ghi được báo cáo ODT: %1</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Đã hủy việc tạo báo cáo.</translation>
    </message>
</context>
<context>
    <name>kt::OrthogonalRouter</name>
    <message>
        <source>Route connections orthogonally</source>
        <translation>Vẽ đường nối gấp khúc vuông góc</translation>
    </message>
    <message>
        <source>Straighten connections</source>
        <translation>Làm thẳng đường nối</translation>
    </message>
</context>
<context>
    <name>kt::OverallDiagram</name>
    <message>
        <source>Overall diagram</source>
        <translation>Sơ đồ tổng thể</translation>
    </message>
</context>
<context>
    <name>kt::OverallLayout</name>
    <message>
        <source>Overall diagram</source>
        <translation>Sơ đồ tổng thể</translation>
    </message>
    <message>
        <source>Component architecture</source>
        <translation>Kiến trúc thành phần</translation>
    </message>
</context>
<context>
    <name>kt::PaletteModel</name>
    <message>
        <source>ArchiMate type: %1</source>
        <translation>Loại ArchiMate: %1</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Quan hệ</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Sơ đồ</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>A frame that holds shapes: they move with it.</source>
        <translation>Khung chứa các hình: các hình di chuyển cùng khung.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Free text on the diagram, attached to shapes by plain lines (Connect).</source>
        <translation>Văn bản tự do trên sơ đồ, gắn với các hình bằng đường nối thường (Nối).</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Chú giải</translation>
    </message>
    <message>
        <source>Lists the lifecycle states, security levels and lines that the diagram shows.</source>
        <translation>Liệt kê trạng thái, cấp độ an toàn và loại đường nối có trên sơ đồ.</translation>
    </message>
    <message>
        <source>Title block</source>
        <translation>Khung tên</translation>
    </message>
    <message>
        <source>The model&apos;s name, version, approving decision and the figure&apos;s caption.</source>
        <translation>Tên mô hình, phiên bản, quyết định phê duyệt và tên hình.</translation>
    </message>
</context>
<context>
    <name>kt::PalettePanel</name>
    <message>
        <source>Find a type (accents optional)</source>
        <translation>Tìm loại (gõ có dấu hoặc không dấu)</translation>
    </message>
</context>
<context>
    <name>kt::PasswordDialog</name>
    <message>
        <source>Repository Password</source>
        <translation>Mật khẩu kho mô hình</translation>
    </message>
    <message>
        <source>The server of the repository %1 asks for a password:
%2</source>
        <translation>Máy chủ của kho mô hình %1 yêu cầu mật khẩu:
%2</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>&amp;Remember it in the system keyring</source>
        <translation>&amp;Ghi nhớ trong kho khóa của hệ thống</translation>
    </message>
    <message>
        <source>The program never writes the password in a file.</source>
        <translation>Chương trình không bao giờ ghi mật khẩu vào tệp.</translation>
    </message>
</context>
<context>
    <name>kt::PastStatesDialog</name>
    <message>
        <source>Commit</source>
        <translation>Lần ghi</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người ghi</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nội dung ghi chú</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Mốc phiên bản</translation>
    </message>
    <message>
        <source>Named by</source>
        <translation>Người đặt</translation>
    </message>
    <message>
        <source>&amp;Open Read-Only</source>
        <translation>&amp;Mở chỉ để xem</translation>
    </message>
    <message>
        <source>Co&amp;mpare with Current</source>
        <translation>So &amp;sánh với hiện tại</translation>
    </message>
    <message>
        <source>Add &amp;Baseline…</source>
        <translation>Thêm &amp;mốc phiên bản…</translation>
    </message>
    <message>
        <source>Past States of “%1” — %2</source>
        <translation>Các trạng thái trước đây của “%1” — %2</translation>
    </message>
    <message>
        <source>&amp;Commits (the newest last):</source>
        <translation>&amp;Các lần ghi (mới nhất ở cuối):</translation>
    </message>
    <message>
        <source>Base&amp;lines:</source>
        <translation>Mốc &amp;phiên bản:</translation>
    </message>
    <message>
        <source>Open the model as it was then in a window of its own; it cannot be changed, Save As keeps a copy</source>
        <translation>Mở mô hình như nó đã có lúc đó trong một cửa sổ riêng; không sửa được, Lưu với tên khác giữ lại một bản sao</translation>
    </message>
    <message>
        <source>Compare the open model with the model as it was then</source>
        <translation>So sánh mô hình đang mở với mô hình như nó đã có lúc đó</translation>
    </message>
    <message>
        <source>Model “%1”: %2</source>
        <translation>Mô hình “%1”: %2</translation>
    </message>
    <message>
        <source>Reading the commits and baselines of “%1” from %2…</source>
        <translation>Đang đọc các lần ghi và mốc phiên bản của “%1” từ %2…</translation>
    </message>
    <message>
        <source>The commit the open model is based on</source>
        <translation>Lần ghi mà mô hình đang mở dựa trên</translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s), </source>
        <translation>
            <numerusform>%n lần ghi, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n baseline(s).</source>
        <translation>
            <numerusform>%n mốc phiên bản.</numerusform>
        </translation>
    </message>
    <message>
        <source>commit %1</source>
        <extracomment>A past state of a repository model, for titles: &quot;baseline “v1” (commit 4)&quot;</extracomment>
        <translation>lần ghi %1</translation>
    </message>
    <message>
        <source>baseline “%1” (commit %2)</source>
        <translation>mốc phiên bản “%1” (lần ghi %2)</translation>
    </message>
    <message>
        <source>Reading “%1” as of %2 from %3…</source>
        <translation>Đang đọc “%1” tại %2 từ %3…</translation>
    </message>
    <message>
        <source>Comparing with %1.</source>
        <translation>Đang so sánh với %1.</translation>
    </message>
    <message>
        <source>%1 opened read-only.</source>
        <translation>Đã mở %1 chỉ để xem.</translation>
    </message>
    <message>
        <source>Naming the baseline “%1” of “%2”…</source>
        <translation>Đang đặt mốc phiên bản “%1” cho “%2”…</translation>
    </message>
    <message>
        <source>The baseline “%1” names commit %2 of “%3”.</source>
        <translation>Mốc phiên bản “%1” chỉ lần ghi %2 của “%3”.</translation>
    </message>
</context>
<context>
    <name>kt::PdfExporter</name>
    <message>
        <source>Cannot start the PDF output.</source>
        <translation>Không khởi tạo được đầu ra PDF.</translation>
    </message>
    <message>
        <source>Cannot finish the PDF output.</source>
        <translation>Không hoàn tất được đầu ra PDF.</translation>
    </message>
</context>
<context>
    <name>kt::PdfReportWriter</name>
    <message>
        <source>The report was cancelled.</source>
        <translation>Đã hủy việc tạo báo cáo.</translation>
    </message>
    <message>
        <source>Cannot start the PDF output.</source>
        <translation>Không bắt đầu được việc ghi PDF.</translation>
    </message>
    <message>
        <source>Cannot finish the PDF output.</source>
        <translation>Không hoàn tất được việc ghi PDF.</translation>
    </message>
    <message>
        <source>Cannot write the PDF: %1</source>
        <translation>Không ghi được tệp PDF: %1</translation>
    </message>
</context>
<context>
    <name>kt::PngExporter</name>
    <message>
        <source>The image would be %1 × %2 pixels, too large; choose a smaller scale or DPI.</source>
        <translation>Ảnh sẽ có kích thước %1 × %2 điểm ảnh, quá lớn; hãy chọn tỉ lệ hoặc DPI nhỏ hơn.</translation>
    </message>
    <message>
        <source>Not enough memory for an image of %1 × %2 pixels.</source>
        <translation>Không đủ bộ nhớ cho ảnh %1 × %2 điểm ảnh.</translation>
    </message>
</context>
<context>
    <name>kt::PrintOptionsDialog</name>
    <message>
        <source>&amp;Fit to one page</source>
        <translation>&amp;Vừa khít một trang</translation>
    </message>
    <message>
        <source>&amp;Tile across pages at</source>
        <translation>&amp;Chia ra nhiều trang theo tỉ lệ</translation>
    </message>
    <message>
        <source>Only the selected elements</source>
        <translation>Chỉ các phần tử đang chọn</translation>
    </message>
    <message>
        <source>Print Diagram</source>
        <translation>In sơ đồ</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>A3</source>
        <translation>A3</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Khổ ngang</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Khổ dọc</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Kích thước:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>Khổ &amp;giấy:</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Hướng giấy:</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Xem trước khi in…</translation>
    </message>
</context>
<context>
    <name>kt::Product</name>
    <message>
        <source>proprietary; all rights reserved by its authors.</source>
        <translation>phần mềm độc quyền; tác giả giữ mọi quyền.</translation>
    </message>
</context>
<context>
    <name>kt::Profile</name>
    <message>
        <source>“%1” is not a property of framework %2.</source>
        <translation>“%1” không phải là thuộc tính của khung kiến trúc %2.</translation>
    </message>
    <message>
        <source>Elements of type “%1” have no property “%2”.</source>
        <translation>Phần tử loại “%1” không có thuộc tính “%2”.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not “%4”.</source>
        <translation>%1 phải là số nguyên từ %2 đến %3, không phải “%4”.</translation>
    </message>
    <message>
        <source>%1 must be one of %2, not “%3”.</source>
        <translation>%1 phải là một trong các giá trị %2, không phải “%3”.</translation>
    </message>
    <message>
        <source>%1 must be a date written as yyyy-mm-dd, not “%2”.</source>
        <translation>%1 phải là ngày viết theo dạng yyyy-mm-dd, không phải “%2”.</translation>
    </message>
    <message>
        <source>%1 must be one or more of %2, each once, separated by commas, not “%3”.</source>
        <translation>%1 phải là một hoặc nhiều giá trị trong %2, mỗi giá trị một lần, cách nhau bằng dấu phẩy, không phải “%3”.</translation>
    </message>
</context>
<context>
    <name>kt::ProfileLoader</name>
    <message>
        <source>Framework profile %1: %2</source>
        <translation>Cấu hình khung kiến trúc %1: %2</translation>
    </message>
    <message>
        <source>%1 needs a text “%2”.</source>
        <translation>%1 cần có chuỗi văn bản “%2”.</translation>
    </message>
    <message>
        <source>%1 needs “%2” in Vietnamese (vi) and English (en).</source>
        <translation>%1 cần có “%2” bằng tiếng Việt (vi) và tiếng Anh (en).</translation>
    </message>
    <message>
        <source>%1: “%2” must be a list.</source>
        <translation>%1: “%2” phải là một danh sách.</translation>
    </message>
    <message>
        <source>%1: “%2” must be a list of texts.</source>
        <translation>%1: “%2” phải là một danh sách chuỗi văn bản.</translation>
    </message>
    <message>
        <source>the %1 id “%2” is used twice.</source>
        <translation>mã %1 “%2” bị dùng hai lần.</translation>
    </message>
    <message>
        <source>%1: unknown value “%2”.</source>
        <translation>%1: giá trị không xác định “%2”.</translation>
    </message>
    <message>
        <source>Framework profile %1 cannot be read: %2</source>
        <translation>Không đọc được cấu hình khung kiến trúc %1: %2</translation>
    </message>
    <message>
        <source>Framework profile %1 is not valid JSON: %2 (at character %3).</source>
        <translation>Cấu hình khung kiến trúc %1 không phải là JSON hợp lệ: %2 (tại ký tự thứ %3).</translation>
    </message>
    <message>
        <source>The profile</source>
        <translation>Cấu hình</translation>
    </message>
    <message>
        <source>A property</source>
        <translation>Một thuộc tính</translation>
    </message>
    <message>
        <source>Property “%1”</source>
        <translation>Thuộc tính “%1”</translation>
    </message>
    <message>
        <source>property</source>
        <translation>thuộc tính</translation>
    </message>
    <message>
        <source>%1: min is greater than max.</source>
        <translation>%1: giá trị min lớn hơn max.</translation>
    </message>
    <message>
        <source>value of %1</source>
        <translation>giá trị của %1</translation>
    </message>
    <message>
        <source>%1 is an enumeration without values.</source>
        <translation>%1 là kiểu liệt kê nhưng không có giá trị nào.</translation>
    </message>
    <message>
        <source>%1 names the unknown property “%2”.</source>
        <translation>%1 tham chiếu đến thuộc tính không xác định “%2”.</translation>
    </message>
    <message>
        <source>commonProperties</source>
        <translation>commonProperties</translation>
    </message>
    <message>
        <source>A layer</source>
        <translation>Một thành phần</translation>
    </message>
    <message>
        <source>Layer “%1”</source>
        <translation>Thành phần “%1”</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>thành phần</translation>
    </message>
    <message>
        <source>%1: the colour must be written #rrggbb.</source>
        <translation>%1: màu phải được viết theo dạng #rrggbb.</translation>
    </message>
    <message>
        <source>band of layer %1</source>
        <translation>dải của thành phần %1</translation>
    </message>
    <message>
        <source>it declares no layers.</source>
        <translation>cấu hình không khai báo thành phần nào.</translation>
    </message>
    <message>
        <source>An element type</source>
        <translation>Một loại phần tử</translation>
    </message>
    <message>
        <source>Element type “%1”</source>
        <translation>Loại phần tử “%1”</translation>
    </message>
    <message>
        <source>element type</source>
        <translation>loại phần tử</translation>
    </message>
    <message>
        <source>%1 names the unknown layer “%2”.</source>
        <translation>%1 tham chiếu đến thành phần không xác định “%2”.</translation>
    </message>
    <message>
        <source>%1 names the unknown band “%2” of layer “%3”.</source>
        <translation>%1 tham chiếu đến dải không xác định “%2” của thành phần “%3”.</translation>
    </message>
    <message>
        <source>%1 requires the property “%2” that it does not have.</source>
        <translation>%1 yêu cầu thuộc tính “%2” nhưng lại không có thuộc tính này.</translation>
    </message>
    <message>
        <source>A relationship type</source>
        <translation>Một loại quan hệ</translation>
    </message>
    <message>
        <source>Relationship type “%1”</source>
        <translation>Loại quan hệ “%1”</translation>
    </message>
    <message>
        <source>relationship type</source>
        <translation>loại quan hệ</translation>
    </message>
    <message>
        <source>the id “%1” names both an element type and a relationship type.</source>
        <translation>mã “%1” được dùng cho cả loại phần tử và loại quan hệ.</translation>
    </message>
    <message>
        <source>%1 names the unknown element type “%2”.</source>
        <translation>%1 tham chiếu đến loại phần tử không xác định “%2”.</translation>
    </message>
    <message>
        <source>%1 has an end with neither layers nor types.</source>
        <translation>%1 có một đầu không chỉ định thành phần cũng không chỉ định loại nào.</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Quy tắc %1</translation>
    </message>
    <message>
        <source>Rule %1 (%2)</source>
        <translation>Quy tắc %1 (%2)</translation>
    </message>
    <message>
        <source>%1 names the unknown relationship type “%2”.</source>
        <translation>%1 tham chiếu đến loại quan hệ không xác định “%2”.</translation>
    </message>
    <message>
        <source>The import of ArchiMate type “%1” names the unknown element type “%2”.</source>
        <translation>Quy tắc nhập loại ArchiMate “%1” tham chiếu đến loại phần tử không xác định “%2”.</translation>
    </message>
    <message>
        <source>The import of ArchiMate relationship “%1” names the unknown relationship type “%2”.</source>
        <translation>Quy tắc nhập quan hệ ArchiMate “%1” tham chiếu đến loại quan hệ không xác định “%2”.</translation>
    </message>
    <message>
        <source>the import fallback layer “%1” has no generic element type.</source>
        <translation>thành phần dự phòng khi nhập “%1” không có loại phần tử chung (generic).</translation>
    </message>
    <message>
        <source>no relationship type is marked generic.</source>
        <translation>không có loại quan hệ nào được đánh dấu là chung (generic).</translation>
    </message>
    <message>
        <source>“diagram”: “%1” must be [width, height], each from 10 to 10000.</source>
        <translation>“diagram”: “%1” phải có dạng [rộng, cao], mỗi giá trị từ 10 đến 10000.</translation>
    </message>
    <message>
        <source>%1: the value id “%2” contains a comma.</source>
        <translation>%1: mã giá trị “%2” có dấu phẩy.</translation>
    </message>
    <message>
        <source>%1: the generic type cannot be reversed.</source>
        <translation>%1: loại quan hệ chung không thể đảo chiều.</translation>
    </message>
    <message>
        <source>A component architecture</source>
        <translation>Một kiến trúc thành phần</translation>
    </message>
    <message>
        <source>Component architecture “%1”</source>
        <translation>Kiến trúc thành phần “%1”</translation>
    </message>
    <message>
        <source>component architecture</source>
        <translation>kiến trúc thành phần</translation>
    </message>
    <message>
        <source>%1 names the unknown band “%2” (write “&lt;layer&gt;/&lt;band&gt;”).</source>
        <translation>%1 nêu dải “%2” không có (viết “&lt;thành phần&gt;/&lt;dải&gt;”).</translation>
    </message>
    <message>
        <source>%1 shows nothing: give it layers, bands or element types.</source>
        <translation>%1 không thể hiện gì: hãy nêu thành phần, dải hoặc loại phần tử.</translation>
    </message>
    <message>
        <source>“abbreviations” must be a list of {&quot;abbreviation&quot;, &quot;expansion&quot;}.</source>
        <translation>“abbreviations” phải là danh sách các {&quot;abbreviation&quot;, &quot;expansion&quot;}.</translation>
    </message>
    <message>
        <source>An abbreviation</source>
        <translation>Một chữ viết tắt</translation>
    </message>
    <message>
        <source>abbreviation</source>
        <translation>chữ viết tắt</translation>
    </message>
    <message>
        <source>Abbreviation “%1”</source>
        <translation>Chữ viết tắt “%1”</translation>
    </message>
    <message>
        <source>“upgrades” must be a list of {&quot;from&quot;, &quot;elementTypes&quot;, &quot;relationshipTypes&quot;}.</source>
        <translation>“upgrades” phải là một danh sách các {&quot;from&quot;, &quot;elementTypes&quot;, &quot;relationshipTypes&quot;}.</translation>
    </message>
    <message>
        <source>An upgrade</source>
        <translation>Một mục nâng cấp</translation>
    </message>
    <message>
        <source>upgrade</source>
        <translation>mục nâng cấp</translation>
    </message>
    <message>
        <source>The upgrade from “%1” maps the element type “%2” to the unknown element type “%3”.</source>
        <translation>Mục nâng cấp từ “%1” ánh xạ loại phần tử “%2” sang loại phần tử không xác định “%3”.</translation>
    </message>
    <message>
        <source>The upgrade from “%1” maps the relationship type “%2” to the unknown relationship type “%3”.</source>
        <translation>Mục nâng cấp từ “%1” ánh xạ loại quan hệ “%2” sang loại quan hệ không xác định “%3”.</translation>
    </message>
</context>
<context>
    <name>kt::ProfileRegistry</name>
    <message>
        <source>The framework “%1” is not known to this program (known: %2).</source>
        <translation>Chương trình không hỗ trợ khung kiến trúc “%1” (các khung kiến trúc được hỗ trợ: %2).</translation>
    </message>
</context>
<context>
    <name>kt::PropertiesPanel</name>
    <message>
        <source>Select an element, a relationship or a view to see its properties.</source>
        <translation>Chọn một phần tử, quan hệ hoặc sơ đồ để xem thuộc tính.</translation>
    </message>
</context>
<context>
    <name>kt::PropertyValueEditor</name>
    <message>
        <source>The stored value “%1” is not valid for this property.</source>
        <translation>Giá trị đã lưu “%1” không hợp lệ đối với thuộc tính này.</translation>
    </message>
    <message>
        <source>%1 (not valid)</source>
        <translation>%1 (không hợp lệ)</translation>
    </message>
</context>
<context>
    <name>kt::RelationshipEditor</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Đích</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Relationship: %1</source>
        <translation>Quan hệ: %1</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Quan hệ</translation>
    </message>
    <message>
        <source>relationship %1</source>
        <translation>quan hệ %1</translation>
    </message>
</context>
<context>
    <name>kt::RepoActions</name>
    <message>
        <source>Open from Repositor&amp;y…</source>
        <translation>Mở từ kh&amp;o mô hình…</translation>
    </message>
    <message>
        <source>Open a model of a team repository on PostgreSQL</source>
        <translation>Mở một mô hình của kho mô hình dùng chung trên PostgreSQL</translation>
    </message>
    <message>
        <source>Publish to Repository…</source>
        <translation>Đưa lên kho mô hình…</translation>
    </message>
    <message>
        <source>Store this model in a team repository for others to work on</source>
        <translation>Lưu mô hình này vào kho mô hình dùng chung để người khác cùng làm</translation>
    </message>
    <message>
        <source>Commit…</source>
        <translation>Ghi lên kho…</translation>
    </message>
    <message>
        <source>Send your changes to the repository as one commit</source>
        <translation>Gửi các thay đổi của bạn lên kho mô hình thành một lần ghi</translation>
    </message>
    <message>
        <source>Clai&amp;m View</source>
        <translation>G&amp;iữ sơ đồ</translation>
    </message>
    <message>
        <source>Tell the others you are reorganising this view: until you release it, their changes to it are refused</source>
        <translation>Báo cho người khác rằng bạn đang sắp xếp lại sơ đồ này: đến khi bạn thôi giữ, thay đổi của họ trên sơ đồ bị từ chối</translation>
    </message>
    <message>
        <source>&amp;Release Claim</source>
        <translation>&amp;Bỏ giữ sơ đồ</translation>
    </message>
    <message>
        <source>Repository: commit %1, %2</source>
        <translation>Kho mô hình: lần ghi %1, %2</translation>
    </message>
    <message>
        <source>local changes</source>
        <translation>có thay đổi chưa ghi</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>đã cập nhật</translation>
    </message>
    <message>
        <source>%1 @ %2</source>
        <translation>%1 @ %2</translation>
    </message>
    <message>
        <source>claimed by you</source>
        <translation>bạn đang giữ</translation>
    </message>
    <message>
        <source>claimed by %1</source>
        <translation>%1 đang giữ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Lịch sử…</translation>
    </message>
    <message>
        <source>Reading the history from %1…</source>
        <translation>Đang đọc lịch sử từ %1…</translation>
    </message>
    <message>
        <source>Team Repository</source>
        <translation>Kho mô hình dùng chung</translation>
    </message>
    <message>
        <source>Others&apos; commits will not arrive live: %1</source>
        <translation>Các lần ghi của người khác sẽ không tự đến: %1</translation>
    </message>
    <message>
        <source>“%1” is open from the repository; your changes stay local until you commit them (%2).</source>
        <translation>“%1” được mở từ kho mô hình; các thay đổi của bạn chỉ ở máy này cho đến khi bạn ghi lên kho (%2).</translation>
    </message>
    <message>
        <source>Repository…</source>
        <translation>Kho mô hình…</translation>
    </message>
    <message>
        <source>Nothing left to commit: the model is as the repository %1 holds it.</source>
        <translation>Không còn gì để ghi: mô hình giống như kho mô hình %1 đang lưu.</translation>
    </message>
    <message numerus="yes">
        <source>Committed to %1 as commit %2: %n object(s) written, of them %3 merged with others&apos; changes.</source>
        <translation>
            <numerusform>Đã ghi lên %1 thành lần ghi %2: %n đối tượng được ghi, trong đó %3 được hợp nhất với thay đổi của người khác.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Committed to %1 as commit %2: %n object(s) written.</source>
        <translation>
            <numerusform>Đã ghi lên %1 thành lần ghi %2: %n đối tượng được ghi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) by %1 arrived from the repository.</source>
        <translation>
            <numerusform>%n thay đổi của %1 đã đến từ kho mô hình.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s) changed %1 in %2.</source>
        <translation>
            <numerusform>%n lần ghi đã thay đổi %1 trong %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Commit to %1</source>
        <translation>Ghi lên %1</translation>
    </message>
    <message>
        <source>What you changed (for the history):</source>
        <translation>Bạn đã thay đổi gì (để ghi vào lịch sử):</translation>
    </message>
    <message>
        <source>Committing to %1…</source>
        <translation>Đang ghi lên %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): others changed the same properties since. Your other changes were committed.</source>
        <translation>
            <numerusform>%n xung đột: người khác đã thay đổi cùng các thuộc tính đó từ trước. Các thay đổi khác của bạn đã được ghi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Past States and Baselines…</source>
        <translation>Trạng thái trước đây và mốc phiên bản…</translation>
    </message>
    <message>
        <source>The model&apos;s commits and baselines: open one read-only, compare with it, or name a baseline</source>
        <translation>Các lần ghi và mốc phiên bản của mô hình: mở một trạng thái chỉ để xem, so sánh với nó, hoặc đặt mốc phiên bản</translation>
    </message>
    <message>
        <source>%1 at %2 (read-only)</source>
        <extracomment>A past state&apos;s window title: MODEL at commit 4 (read-only)</extracomment>
        <translation>%1 tại %2 (chỉ để xem)</translation>
    </message>
    <message>
        <source>“%1” at %2 is a past state of the repository&apos;s model: it cannot be changed. Save As keeps a copy of it as a file.</source>
        <translation>“%1” tại %2 là một trạng thái trước đây của mô hình trong kho mô hình: không thể thay đổi. Lưu với tên khác giữ lại một bản sao thành tệp.</translation>
    </message>
    <message>
        <source>Read-only: “%1” at %2</source>
        <translation>Chỉ để xem: “%1” tại %2</translation>
    </message>
    <message>
        <source>“%1” at %2 opened read-only in a window of its own.</source>
        <translation>Đã mở “%1” tại %2 chỉ để xem trong một cửa sổ riêng.</translation>
    </message>
    <message>
        <source>“%1” at %2</source>
        <extracomment>The other side of a comparison: MODEL at commit 4</extracomment>
        <translation>“%1” tại %2</translation>
    </message>
    <message>
        <source>Tying the restored “%1” to %2 again…</source>
        <translation>Đang gắn lại “%1” đã khôi phục với %2…</translation>
    </message>
    <message>
        <source>The restored model is not tied to the repository again (it stays a model of its own; Save As keeps it): %1</source>
        <translation>Mô hình đã khôi phục không gắn lại được với kho mô hình (nó vẫn là một mô hình riêng; Lưu với tên khác để giữ lại): %1</translation>
    </message>
    <message>
        <source>The restored “%1” is tied to %2 again: its unsaved changes are local changes, to commit (%3).</source>
        <translation>“%1” đã khôi phục được gắn lại với %2: các thay đổi chưa lưu là thay đổi cục bộ, chờ ghi lên kho (%3).</translation>
    </message>
</context>
<context>
    <name>kt::RepoAutosave</name>
    <message>
        <source>The autosaved copy says it came from a team repository, but where (repository “%1”, model “%2”, commit “%3”) cannot be read: it is restored as a model of its own.</source>
        <translation>Bản tự động lưu cho biết nó lấy từ kho mô hình của nhóm, nhưng không đọc được nơi lấy (kho “%1”, mô hình “%2”, lần ghi “%3”): bản này được khôi phục thành một mô hình riêng.</translation>
    </message>
    <message>
        <source>%1, model “%2”: the autosaved copy&apos;s base of the %3 %4 cannot be put back: %5</source>
        <translation>%1, mô hình “%2”: không khôi phục được trạng thái gốc của %3 %4 trong bản tự động lưu: %5</translation>
    </message>
</context>
<context>
    <name>kt::RepoCredentials</name>
    <message>
        <source>The password for %1 was not remembered: the system keyring refused it (%2). %3</source>
        <translation>Mật khẩu cho %1 chưa được ghi nhớ: kho khóa của hệ thống đã từ chối (%2). %3</translation>
    </message>
    <message>
        <source>This build has no system keyring support. %1</source>
        <translation>Bản dựng này không hỗ trợ kho khóa của hệ thống. %1</translation>
    </message>
    <message>
        <source>To connect without typing it, put the password in the PostgreSQL password file ~/.pgpass (a line host:port:database:user:password, the file readable only by you), which the PostgreSQL client reads itself.</source>
        <translation>Để kết nối mà không phải gõ mật khẩu, hãy ghi mật khẩu vào tệp mật khẩu của PostgreSQL ~/.pgpass (một dòng host:port:database:user:password, tệp chỉ mình bạn đọc được); trình khách PostgreSQL tự đọc tệp này.</translation>
    </message>
</context>
<context>
    <name>kt::RepoLink</name>
    <message>
        <source>The view “%1” is claimed by %2, who is reorganising it: your change was not made. Ask them to release it (View ▸ Release Claim).</source>
        <translation>Sơ đồ “%1” đang được %2 giữ để sắp xếp lại: thay đổi của bạn không được thực hiện. Hãy đề nghị họ thôi giữ (Xem ▸ Bỏ giữ sơ đồ).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Changes by %1</source>
        <translation>Thay đổi của %1</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>một người dùng khác</translation>
    </message>
    <message>
        <source>%1, model “%2”: the conflicts cannot be settled so: %3</source>
        <translation>%1, mô hình “%2”: không giải quyết được các xung đột theo cách này: %3</translation>
    </message>
    <message>
        <source>Take their values</source>
        <translation>Lấy giá trị của người khác</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>“%1” (%2)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>view</source>
        <translation>sơ đồ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Place in its collection</source>
        <translation>Vị trí trong danh sách</translation>
    </message>
</context>
<context>
    <name>kt::RepoMerge</name>
    <message>
        <source>The model “%1” cannot take the repository&apos;s changes: %2</source>
        <translation>Mô hình “%1” không nhận được các thay đổi từ kho mô hình: %2</translation>
    </message>
</context>
<context>
    <name>kt::RepoObjects</name>
    <message>
        <source>The repository&apos;s %1 %2 cannot be read (a field of it is not valid).</source>
        <translation>Không đọc được %1 %2 trong kho mô hình (có một trường không hợp lệ).</translation>
    </message>
    <message>
        <source>The repository holds no model information.</source>
        <translation>Kho mô hình không có thông tin mô hình.</translation>
    </message>
</context>
<context>
    <name>kt::RepoUrl</name>
    <message>
        <source>“%1” is not a PostgreSQL connection URI (postgresql://user@host:port/database).</source>
        <translation>“%1” không phải URI kết nối PostgreSQL (postgresql://user@host:port/database).</translation>
    </message>
    <message>
        <source>The parameter “%1” of the URI %2 is not valid.</source>
        <translation>Tham số “%1” của URI %2 không hợp lệ.</translation>
    </message>
    <message>
        <source>The URI %1 names no database (postgresql://user@host/database).</source>
        <translation>URI %1 không nêu cơ sở dữ liệu (postgresql://user@host/database).</translation>
    </message>
</context>
<context>
    <name>kt::RepoWatcher</name>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Không kết nối được tới %1: %2</translation>
    </message>
    <message>
        <source>%1: listening to the commits failed: %2</source>
        <translation>%1: không theo dõi được các lần ghi: %2</translation>
    </message>
</context>
<context>
    <name>kt::ReportActions</name>
    <message>
        <source>Re&amp;port…</source>
        <translation>&amp;Báo cáo…</translation>
    </message>
    <message>
        <source>The architecture document, the approving decision or the inventory: preview, export and print</source>
        <translation>Toàn văn kiến trúc, quyết định phê duyệt hoặc danh mục hệ thống thông tin: xem trước, xuất và in</translation>
    </message>
</context>
<context>
    <name>kt::ReportBuilder</name>
    <message>
        <source>(Issued with Decision No. %1 %2 of the People&apos;s Committee of %3 Province)</source>
        <translation>(Ban hành kèm theo Quyết định số %1 %2 của Ủy ban nhân dân tỉnh %3)</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Căn cứ pháp lý</translation>
    </message>
    <message>
        <source>Current information systems</source>
        <translation>Hiện trạng hệ thống thông tin</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Hệ thống</translation>
    </message>
    <message>
        <source>Owner agency</source>
        <translation>Đơn vị chủ quản</translation>
    </message>
    <message>
        <source>Deployment level</source>
        <translation>Cấp triển khai</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Security level</source>
        <translation>Cấp độ ATTT</translation>
    </message>
    <message>
        <source>The province operates %1 information systems (%2).</source>
        <translation>Hiện nay, tỉnh đang vận hành %1 hệ thống thông tin (%2).</translation>
    </message>
    <message>
        <source>The model has no overall diagram yet (Diagram ▸ Overall diagram makes it).</source>
        <translation>Mô hình chưa có sơ đồ tổng thể (tạo bằng Sơ đồ ▸ Sơ đồ tổng thể).</translation>
    </message>
    <message>
        <source>Overall diagram of the %1</source>
        <translation>Sơ đồ tổng thể %1</translation>
    </message>
    <message>
        <source>The overall diagram (%1) shows the components of the architecture and how they are connected.</source>
        <translation>Sơ đồ tổng thể (%1) thể hiện các thành phần của Kiến trúc và mối liên kết giữa các thành phần.</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>Chữ viết tắt</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>The model has no view of this component yet (Diagram ▸ Component architecture makes it).</source>
        <translation>Mô hình chưa có sơ đồ của thành phần này (tạo bằng Sơ đồ ▸ Kiến trúc thành phần).</translation>
    </message>
    <message>
        <source>Security levels of the information systems</source>
        <translation>Cấp độ an toàn thông tin của các hệ thống thông tin</translation>
    </message>
    <message>
        <source>Operating unit</source>
        <translation>Đơn vị vận hành</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp độ</translation>
    </message>
    <message>
        <source>Level dossier</source>
        <translation>Hồ sơ đề xuất cấp độ</translation>
    </message>
    <message>
        <source>Connections through the platforms</source>
        <translation>Kết nối, liên thông qua các nền tảng</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Đích</translation>
    </message>
    <message>
        <source>Through platform</source>
        <translation>Qua nền tảng</translation>
    </message>
    <message>
        <source>Data exchanged</source>
        <translation>Dữ liệu trao đổi</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>trực tiếp</translation>
    </message>
    <message>
        <source>The model has no connection through a platform.</source>
        <translation>Mô hình chưa có kết nối nào qua nền tảng tích hợp, chia sẻ dữ liệu.</translation>
    </message>
    <message>
        <source>Period not yet set</source>
        <translation>Chưa xác định thời gian</translation>
    </message>
    <message>
        <source>Period %1</source>
        <translation>Giai đoạn %1</translation>
    </message>
    <message>
        <source>Tasks of the period %1</source>
        <translation>Nhiệm vụ giai đoạn %1</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <source>Partner units</source>
        <translation>Phối hợp</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Estimated budget (million VND)</source>
        <translation>Kinh phí dự kiến (triệu đồng)</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Nguồn vốn</translation>
    </message>
    <message>
        <source>Build %1</source>
        <translation>Xây dựng %1</translation>
    </message>
    <message>
        <source>Upgrade %1</source>
        <translation>Nâng cấp %1</translation>
    </message>
    <message>
        <source>Estimated budget of the period: %1 million VND.</source>
        <translation>Tổng kinh phí dự kiến của giai đoạn: %1 triệu đồng.</translation>
    </message>
    <message>
        <source>No element of the model is to be built or upgraded.</source>
        <translation>Mô hình không có phần tử nào được xây mới hoặc nâng cấp.</translation>
    </message>
    <message>
        <source>Appendix %1</source>
        <translation>Phụ lục %1</translation>
    </message>
    <message>
        <source>Inventory of the elements</source>
        <translation>Danh mục các phần tử của Kiến trúc</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Elements of unknown types</source>
        <translation>Phần tử có loại chưa xác định</translation>
    </message>
    <message>
        <source>Findings of the validation</source>
        <translation>Các vấn đề phát hiện khi kiểm tra mô hình</translation>
    </message>
    <message>
        <source>The validation finds no problem in the model.</source>
        <translation>Kiểm tra mô hình không phát hiện vấn đề nào.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>Decision approving the %1</source>
        <translation>Quyết định phê duyệt %1</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Approving the %1</source>
        <translation>Phê duyệt %1</translation>
    </message>
    <message>
        <source>Pursuant to the Law on the Organisation of Local Government of 19 June 2015;</source>
        <translation>Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;</translation>
    </message>
    <message>
        <source>Pursuant to %1;</source>
        <translation>Căn cứ %1;</translation>
    </message>
    <message>
        <source>At the proposal of the Director of the Department of Information and Communications.</source>
        <translation>Theo đề nghị của Giám đốc Sở Thông tin và Truyền thông.</translation>
    </message>
    <message>
        <source>Decides:</source>
        <translation>Quyết định:</translation>
    </message>
    <message>
        <source>Article %1.</source>
        <translation>Điều %1.</translation>
    </message>
    <message>
        <source>To approve the %1 (in the document issued with this Decision).</source>
        <translation>Phê duyệt %1 (chi tiết tại văn bản ban hành kèm theo Quyết định này).</translation>
    </message>
    <message>
        <source>The Department of Information and Communications shall lead and guide the departments, agencies and the People&apos;s Committees of the districts and cities in implementing the Architecture, keep it up to date, and make it the basis of the plans and investments in information technology of the agencies of the province.</source>
        <translation>Sở Thông tin và Truyền thông chủ trì, hướng dẫn các sở, ban, ngành, Ủy ban nhân dân các huyện, thành phố triển khai Kiến trúc; cập nhật, duy trì Kiến trúc; sử dụng Kiến trúc làm căn cứ xây dựng kế hoạch, đầu tư ứng dụng công nghệ thông tin của các cơ quan nhà nước trên địa bàn tỉnh.</translation>
    </message>
    <message>
        <source>This Decision takes effect from the date of its signing. The Chief of the Office of the Provincial People&apos;s Committee, the Directors of the provincial departments and agencies, the Chairs of the People&apos;s Committees of the districts and cities and the organisations and individuals concerned shall implement this Decision.</source>
        <translation>Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở, Thủ trưởng các ban, ngành thuộc tỉnh, Chủ tịch Ủy ban nhân dân các huyện, thành phố và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này.</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>Nơi nhận:</translation>
    </message>
    <message>
        <source>Information systems of %1 Province and their security levels</source>
        <translation>Danh mục hệ thống thông tin và cấp độ an toàn thông tin tỉnh %1</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>The architecture of the province has %1 information systems; %2 of them have a security level determined under Decree 85/2016/ND-CP.</source>
        <translation>Kiến trúc Chính quyền điện tử của tỉnh có %1 hệ thống thông tin, trong đó %2 hệ thống đã được xác định cấp độ an toàn thông tin theo Nghị định số 85/2016/NĐ-CP.</translation>
    </message>
    <message>
        <source>Systems without a security level</source>
        <translation>Hệ thống chưa xác định cấp độ an toàn</translation>
    </message>
    <message>
        <source>Systems of security level %1</source>
        <translation>Hệ thống thông tin cấp độ %1</translation>
    </message>
    <message>
        <source>No system.</source>
        <translation>Không có hệ thống.</translation>
    </message>
    <message>
        <source>Information systems without a level</source>
        <translation>Hệ thống thông tin chưa xác định cấp độ</translation>
    </message>
    <message>
        <source>Information systems of level %1</source>
        <translation>Hệ thống thông tin cấp độ %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Mục lục</translation>
    </message>
    <message>
        <source>Abbreviations</source>
        <translation>Chữ viết tắt</translation>
    </message>
    <message>
        <source>General information</source>
        <translation>Thông tin chung</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>Hiện trạng</translation>
    </message>
    <message>
        <source>Vision and principles</source>
        <translation>Tầm nhìn, nguyên tắc</translation>
    </message>
    <message>
        <source>Overall diagram</source>
        <translation>Sơ đồ tổng thể</translation>
    </message>
    <message>
        <source>Component architectures</source>
        <translation>Kiến trúc thành phần</translation>
    </message>
    <message>
        <source>Connection and interoperability</source>
        <translation>Kết nối, liên thông</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Lộ trình</translation>
    </message>
    <message>
        <source>Organisation of implementation</source>
        <translation>Tổ chức thực hiện</translation>
    </message>
    <message>
        <source>Appendices</source>
        <translation>Phụ lục</translation>
    </message>
    <message>
        <source>Socialist Republic of Vietnam</source>
        <translation>Cộng hòa xã hội chủ nghĩa Việt Nam</translation>
    </message>
    <message>
        <source>Independence - Freedom - Happiness</source>
        <translation>Độc lập - Tự do - Hạnh phúc</translation>
    </message>
    <message>
        <source>No.: %1</source>
        <translation>Số: %1</translation>
    </message>
    <message>
        <source>As in Article 3;</source>
        <translation>Như Điều 3;</translation>
    </message>
    <message>
        <source>Ministry of Information and Communications (for report);</source>
        <translation>Bộ Thông tin và Truyền thông (b/c);</translation>
    </message>
    <message>
        <source>Standing Board of the Provincial Party Committee (for report);</source>
        <translation>TTTU, TTHĐND tỉnh (b/c);</translation>
    </message>
    <message>
        <source>Chair and Vice Chairs of the Provincial People&apos;s Committee;</source>
        <translation>Chủ tịch, các PCT UBND tỉnh;</translation>
    </message>
    <message>
        <source>Archived: clerical office.</source>
        <translation>Lưu: VT.</translation>
    </message>
    <message>
        <source>E-Government Architecture of %1 Province, version %2</source>
        <translation>Kiến trúc Chính quyền điện tử tỉnh %1, phiên bản %2</translation>
    </message>
    <message>
        <source>Table %1. %2</source>
        <translation>Bảng %1. %2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Figure %1. %2</source>
        <translation>Hình %1. %2</translation>
    </message>
    <message>
        <source>[To be written by the architect: %1.]</source>
        <translation>[Nội dung cần bổ sung: %1.]</translation>
    </message>
    <message>
        <source>%1, date %2/%3/%4</source>
        <translation>%1, ngày %2 tháng %3 năm %4</translation>
    </message>
    <message>
        <source>of %1/%2/%3</source>
        <translation>ngày %1 tháng %2 năm %3</translation>
    </message>
    <message>
        <source>People&apos;s Committee of %1 Province</source>
        <translation>Ủy ban nhân dân tỉnh %1</translation>
    </message>
    <message>
        <source>BC-UBND</source>
        <translation>BC-UBND</translation>
    </message>
    <message>
        <source>QD-UBND</source>
        <translation>QĐ-UBND</translation>
    </message>
    <message>
        <source>On behalf of the People&apos;s Committee</source>
        <translation>TM. Ủy ban nhân dân</translation>
    </message>
    <message>
        <source>For the Chair</source>
        <translation>KT. Chủ tịch</translation>
    </message>
    <message>
        <source>Vice Chair</source>
        <translation>Phó Chủ tịch</translation>
    </message>
    <message>
        <source>Necessity</source>
        <translation>Sự cần thiết</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Mục đích</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Phạm vi</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Tầm nhìn</translation>
    </message>
    <message>
        <source>Principles</source>
        <translation>Nguyên tắc</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Tổ chức thực hiện</translation>
    </message>
    <message>
        <source>Business functions by domain</source>
        <translation>Nghiệp vụ theo lĩnh vực</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Business function</source>
        <translation>Nghiệp vụ</translation>
    </message>
    <message>
        <source>Performed by</source>
        <translation>Cơ quan thực hiện</translation>
    </message>
    <message>
        <source>Supporting applications</source>
        <translation>Ứng dụng hỗ trợ</translation>
    </message>
    <message>
        <source>Databases and the sharing of their data</source>
        <translation>Cơ sở dữ liệu và chia sẻ dữ liệu</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dữ liệu</translation>
    </message>
    <message>
        <source>Shared through</source>
        <translation>Chia sẻ qua</translation>
    </message>
    <message>
        <source>not shared</source>
        <translation>Chưa chia sẻ</translation>
    </message>
    <message>
        <source>A dash under “Through platform” marks a row whose source or target is the platform itself.</source>
        <translation>Dấu gạch ngang tại cột “Qua nền tảng”: nguồn hoặc đích của dòng đó chính là nền tảng.</translation>
    </message>
    <message>
        <source>(no component)</source>
        <translation>(không thuộc thành phần nào)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>the e-Government architecture of %1 Province</source>
        <translation>Kiến trúc Chính quyền điện tử tỉnh %1</translation>
    </message>
    <message>
        <source>Comparison of %1, version %2 and version %3</source>
        <translation>So sánh %1, phiên bản %2 và phiên bản %3</translation>
    </message>
    <message>
        <source>Comparison of %1,</source>
        <translation>So sánh %1,</translation>
    </message>
    <message>
        <source>version %1 and version %2</source>
        <translation>phiên bản %1 và phiên bản %2</translation>
    </message>
    <message>
        <source>This report compares version %1 (%2) with version %3 (%4) of %5. From one version to the other, %6 elements were added, %7 removed, %8 renamed, %9 given another type, %10 moved to another component and %11 changed in their properties.</source>
        <translation>Báo cáo này so sánh phiên bản %1 (%2) với phiên bản %3 (%4) của %5. Từ phiên bản trước sang phiên bản sau, có %6 phần tử được thêm mới, %7 phần tử bị loại bỏ, %8 phần tử được đổi tên, %9 phần tử được đổi loại, %10 phần tử được chuyển sang thành phần khác và %11 phần tử có thay đổi về thuộc tính.</translation>
    </message>
    <message>
        <source>Version %1 follows the %2 and version %3 the %4; the types of the %5 are compared through their counterparts in the %6.</source>
        <translation>Phiên bản %1 áp dụng %2, phiên bản %3 áp dụng %4; các loại của %5 được so sánh thông qua các loại tương ứng trong %6.</translation>
    </message>
    <message>
        <source>Summary of the changes</source>
        <translation>Tổng hợp thay đổi</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Thành phần</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Thêm mới</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Loại bỏ</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>Đổi tên</translation>
    </message>
    <message>
        <source>Retyped</source>
        <translation>Đổi loại</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Chuyển thành phần</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Changes of the elements by component</source>
        <translation>Thay đổi của các phần tử theo thành phần</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>Relationships: %1 added, %2 removed, %3 changed. Diagrams: %4 added, %5 removed, %6 renamed, %7 with changed content.</source>
        <translation>Quan hệ: %1 thêm mới, %2 loại bỏ, %3 thay đổi. Sơ đồ: %4 thêm mới, %5 loại bỏ, %6 đổi tên, %7 thay đổi nội dung.</translation>
    </message>
    <message>
        <source>The overall diagrams</source>
        <translation>Sơ đồ tổng thể</translation>
    </message>
    <message>
        <source>Neither version has an overall diagram.</source>
        <translation>Cả hai phiên bản đều chưa có sơ đồ tổng thể.</translation>
    </message>
    <message>
        <source>The figures below show the overall diagram of each version, then the changes marked on the diagram of version %1: elements added since version %2 are outlined in green with a solid line, changed ones in amber with a dotted line, renamed ones carry their former name, and what version %2 had and version %1 no longer has is drawn in red, dashed, where it stood.</source>
        <translation>Các hình dưới đây thể hiện sơ đồ tổng thể của từng phiên bản, sau đó là các thay đổi được đánh dấu trên sơ đồ của phiên bản %1: phần tử thêm mới so với phiên bản %2 có viền màu xanh lá, nét liền; phần tử thay đổi có viền màu hổ phách, nét chấm; phần tử đổi tên có ghi kèm tên cũ; những gì có ở phiên bản %2 nhưng không còn ở phiên bản %1 được vẽ màu đỏ, nét đứt, tại vị trí cũ.</translation>
    </message>
    <message>
        <source>Overall diagram, version %1</source>
        <translation>Sơ đồ tổng thể, phiên bản %1</translation>
    </message>
    <message>
        <source>Version %1 has no overall diagram.</source>
        <translation>Phiên bản %1 chưa có sơ đồ tổng thể.</translation>
    </message>
    <message>
        <source>Changes from version %1 on the overall diagram of version %2</source>
        <translation>Thay đổi so với phiên bản %1 trên sơ đồ tổng thể phiên bản %2</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Không có.</translation>
    </message>
    <message>
        <source>Changes in detail</source>
        <translation>Chi tiết thay đổi</translation>
    </message>
    <message>
        <source>Added elements</source>
        <translation>Phần tử thêm mới</translation>
    </message>
    <message>
        <source>Elements added</source>
        <translation>Danh sách phần tử thêm mới</translation>
    </message>
    <message>
        <source>Removed elements</source>
        <translation>Phần tử loại bỏ</translation>
    </message>
    <message>
        <source>Elements removed</source>
        <translation>Danh sách phần tử loại bỏ</translation>
    </message>
    <message>
        <source>Renamed elements</source>
        <translation>Phần tử đổi tên</translation>
    </message>
    <message>
        <source>Former name</source>
        <translation>Tên cũ</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Tên mới</translation>
    </message>
    <message>
        <source>Elements renamed</source>
        <translation>Danh sách phần tử đổi tên</translation>
    </message>
    <message>
        <source>Elements of another type</source>
        <translation>Phần tử đổi loại</translation>
    </message>
    <message>
        <source>Former type</source>
        <translation>Loại cũ</translation>
    </message>
    <message>
        <source>New type</source>
        <translation>Loại mới</translation>
    </message>
    <message>
        <source>Elements given another type</source>
        <translation>Danh sách phần tử đổi loại</translation>
    </message>
    <message>
        <source>Elements moved to another component</source>
        <translation>Phần tử chuyển sang thành phần khác</translation>
    </message>
    <message>
        <source>Former component</source>
        <translation>Thành phần cũ</translation>
    </message>
    <message>
        <source>New component</source>
        <translation>Thành phần mới</translation>
    </message>
    <message>
        <source>Changed properties</source>
        <translation>Thuộc tính thay đổi</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Thuộc tính</translation>
    </message>
    <message>
        <source>Former value</source>
        <translation>Giá trị cũ</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Giá trị mới</translation>
    </message>
    <message>
        <source>Properties changed</source>
        <translation>Danh sách thuộc tính thay đổi</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Thay đổi: %1</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Quan hệ</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Quan hệ</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Relationships added, removed and changed</source>
        <translation>Danh sách quan hệ thêm mới, loại bỏ và thay đổi</translation>
    </message>
    <message>
        <source>renamed from “%1”</source>
        <translation>đổi tên từ “%1”</translation>
    </message>
    <message>
        <source>shapes: %1 added, %2 removed, %3 moved or resized</source>
        <translation>hình: %1 thêm mới, %2 loại bỏ, %3 di chuyển hoặc đổi kích thước</translation>
    </message>
    <message>
        <source>lines: %1 added, %2 removed</source>
        <translation>đường nối: %1 thêm mới, %2 loại bỏ</translation>
    </message>
    <message>
        <source>Diagrams</source>
        <translation>Sơ đồ</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Sơ đồ</translation>
    </message>
    <message>
        <source>Diagrams added, removed and changed</source>
        <translation>Danh sách sơ đồ thêm mới, loại bỏ và thay đổi</translation>
    </message>
    <message>
        <source>[The column %1 of the table above is empty in every row: fill it in in the model, or the final document leaves it out.]</source>
        <translation>[Cột %1 của bảng trên để trống ở mọi dòng: hãy bổ sung trong mô hình, nếu không bản chính thức sẽ bỏ cột này.]</translation>
    </message>
    <message>
        <source>[The columns %1 of the table above are empty in every row: fill them in in the model, or the final document leaves them out.]</source>
        <translation>[Các cột %1 của bảng trên để trống ở mọi dòng: hãy bổ sung trong mô hình, nếu không bản chính thức sẽ bỏ các cột này.]</translation>
    </message>
    <message>
        <source>[Full name of the signer]</source>
        <translation>[Họ và tên người ký]</translation>
    </message>
</context>
<context>
    <name>kt::ReportDialog</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Văn bản Word (*.docx)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>Văn bản OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Web page (*.html *.htm)</source>
        <translation>Trang web (*.html *.htm)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Xuất…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>The report options could not be stored in the model: %1</source>
        <translation>Không lưu được tùy chọn báo cáo vào mô hình: %1</translation>
    </message>
    <message>
        <source>architecture</source>
        <translation>kien-truc</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>quyet-dinh</translation>
    </message>
    <message>
        <source>inventory</source>
        <translation>danh-muc-httt</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Xuất báo cáo</translation>
    </message>
    <message>
        <source>Cannot write %1: a report is written as .pdf, .docx, .odt or .html.</source>
        <translation>Không ghi được %1: báo cáo chỉ ghi dưới dạng .pdf, .docx, .odt hoặc .html.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Đang ghi %1…</translation>
    </message>
    <message>
        <source>The report was not written: cancelled.</source>
        <translation>Báo cáo chưa được ghi: đã hủy.</translation>
    </message>
    <message>
        <source>Could not write the report to %1.

%2</source>
        <translation>Không ghi được báo cáo vào %1.

%2</translation>
    </message>
    <message>
        <source>Wrote the report to %1.</source>
        <translation>Đã ghi báo cáo vào %1.</translation>
    </message>
    <message>
        <source>Laying out pages…</source>
        <translation>Đang dàn trang…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>The printer %1 could not be started.</source>
        <translation>Không khởi động được máy in %1.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Đã gửi %n trang tới máy in.</numerusform>
        </translation>
    </message>
    <message>
        <source>comparison</source>
        <translation>so-sanh</translation>
    </message>
    <message>
        <source>The report was not printed: cancelled.</source>
        <translation>Báo cáo chưa được in: đã hủy.</translation>
    </message>
    <message>
        <source>Could not lay out the report.

%1</source>
        <translation>Không dàn trang được báo cáo.

%1</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Đang in…</translation>
    </message>
</context>
<context>
    <name>kt::ReportExportJob</name>
    <message>
        <source>A report is written as .pdf, .docx, .odt or .html.</source>
        <translation>Báo cáo được ghi dưới dạng .pdf, .docx, .odt hoặc .html.</translation>
    </message>
</context>
<context>
    <name>kt::ReportFigureRenderer</name>
    <message>
        <source>The figure &quot;%1&quot; shows a view that is not in the model.</source>
        <translation>Hình &quot;%1&quot; thể hiện một sơ đồ không có trong mô hình.</translation>
    </message>
    <message>
        <source>The figure &quot;%1&quot; shows an empty view.</source>
        <translation>Hình &quot;%1&quot; thể hiện một sơ đồ trống.</translation>
    </message>
    <message>
        <source>The figure &quot;%1&quot;: %2</source>
        <translation>Hình &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>kt::ReportOptions</name>
    <message>
        <source>“%1” must be a text.</source>
        <translation>“%1” phải là một chuỗi văn bản.</translation>
    </message>
    <message>
        <source>“%1” must be a list of texts.</source>
        <translation>“%1” phải là một danh sách văn bản.</translation>
    </message>
    <message>
        <source>“%1” must be true or false.</source>
        <translation>“%1” phải là true hoặc false.</translation>
    </message>
    <message>
        <source>“%1” must be a number of millimetres from %2 to %3 (Decree 30/2020).</source>
        <translation>“%1” phải là số milimét từ %2 đến %3 (Nghị định 30/2020).</translation>
    </message>
    <message>
        <source>“%1” must be architecture, decision or inventory.</source>
        <translation>“%1” phải là architecture, decision hoặc inventory.</translation>
    </message>
    <message>
        <source>“%1” must be a date written YYYY-MM-DD, “today” or empty.</source>
        <translation>“%1” phải là ngày viết theo dạng YYYY-MM-DD, “today” hoặc để trống.</translation>
    </message>
    <message>
        <source>“%1”: “%2” is not a date written YYYY-MM-DD.</source>
        <translation>“%1”: “%2” không phải là ngày viết theo dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>“%1”: there is no chapter “%2” (known: %3).</source>
        <translation>“%1”: không có chương “%2” (các chương: %3).</translation>
    </message>
    <message>
        <source>“%1” must be vi or en.</source>
        <translation>“%1” phải là vi hoặc en.</translation>
    </message>
    <message>
        <source>“%1” must be A4 or A3.</source>
        <translation>“%1” phải là A4 hoặc A3.</translation>
    </message>
    <message>
        <source>“%1” must be 13 or 14 (points, Decree 30/2020).</source>
        <translation>“%1” phải là 13 hoặc 14 (cỡ chữ, Nghị định 30/2020).</translation>
    </message>
    <message>
        <source>“%1” is not a report option.</source>
        <translation>“%1” không phải là tùy chọn của báo cáo.</translation>
    </message>
    <message>
        <source>The report options are not valid JSON: %1 (at character %2).</source>
        <translation>Tệp tùy chọn báo cáo không phải JSON hợp lệ: %1 (tại ký tự %2).</translation>
    </message>
    <message>
        <source>The report options must be one JSON object of options.</source>
        <translation>Tùy chọn báo cáo phải là một đối tượng JSON.</translation>
    </message>
    <message>
        <source>Report option %1</source>
        <translation>Tùy chọn báo cáo %1</translation>
    </message>
</context>
<context>
    <name>kt::ReportOptionsForm</name>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Architecture document</source>
        <translation>Toàn văn kiến trúc</translation>
    </message>
    <message>
        <source>Approving decision (draft)</source>
        <translation>Dự thảo quyết định phê duyệt</translation>
    </message>
    <message>
        <source>Inventory of information systems</source>
        <translation>Danh mục hệ thống thông tin</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Loại báo cáo:</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Tiếng Anh</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Ngôn n&amp;gữ:</translation>
    </message>
    <message>
        <source>Draft: reminders for empty sections</source>
        <translation>Dự thảo: nhắc các mục còn trống</translation>
    </message>
    <message>
        <source>Final: empty sections left out</source>
        <translation>Chính thức: bỏ các mục còn trống</translation>
    </message>
    <message>
        <source>Draft or &amp;final:</source>
        <translation>&amp;Dự thảo hay chính thức:</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Parent &amp;body:</source>
        <translation>Cơ quan cấ&amp;p trên:</translation>
    </message>
    <message>
        <source>&amp;Issuing body:</source>
        <translation>Cơ quan &amp;ban hành:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Số:</translation>
    </message>
    <message>
        <source>blank, to be filled in</source>
        <translation>để trống, điền sau</translation>
    </message>
    <message>
        <source>S&amp;ymbol:</source>
        <translation>Ký hiệ&amp;u:</translation>
    </message>
    <message>
        <source>Plac&amp;e:</source>
        <translation>Đị&amp;a danh:</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>để trống</translation>
    </message>
    <message>
        <source>The date printed in the header; “blank” leaves it to be filled in by hand.</source>
        <translation>Ngày in ở phần đầu văn bản; “để trống” để điền bằng tay.</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>Hô&amp;m nay</translation>
    </message>
    <message>
        <source>The day the report is made. Otherwise the same model and options always give the same file.</source>
        <translation>Ngày tạo báo cáo. Nếu không chọn, cùng mô hình và tùy chọn luôn cho cùng một tệp.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Ngà&amp;y:</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>&amp;Authority:</source>
        <translation>Thẩm &amp;quyền ký:</translation>
    </message>
    <message>
        <source>Dep&amp;uty:</source>
        <translation>Ký &amp;thay:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Chức &amp;vụ:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>One recipient per line</source>
        <translation>Mỗi dòng một nơi nhận</translation>
    </message>
    <message>
        <source>Recipient&amp;s:</source>
        <translation>Nơi &amp;nhận:</translation>
    </message>
    <message>
        <source>C&amp;hapters</source>
        <translation>&amp;Các chương</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Trang</translation>
    </message>
    <message>
        <source>Paper si&amp;ze:</source>
        <translation>&amp;Khổ giấy:</translation>
    </message>
    <message>
        <source>Top mar&amp;gin:</source>
        <translation>Lề t&amp;rên:</translation>
    </message>
    <message>
        <source>Bottom margin:</source>
        <translation>Lề dưới:</translation>
    </message>
    <message>
        <source>Left margin:</source>
        <translation>Lề trái:</translation>
    </message>
    <message>
        <source>Right margin:</source>
        <translation>Lề phải:</translation>
    </message>
    <message>
        <source>13 pt</source>
        <translation>13 pt</translation>
    </message>
    <message>
        <source>14 pt</source>
        <translation>14 pt</translation>
    </message>
    <message>
        <source>Body text:</source>
        <translation>Cỡ chữ nội dung:</translation>
    </message>
    <message>
        <source>Left empty, the report prints “%1”.</source>
        <translation>Để trống thì báo cáo in “%1”.</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Decree 30/2020: from %1 to %2 mm.</source>
        <translation>Nghị định 30/2020: từ %1 đến %2 mm.</translation>
    </message>
</context>
<context>
    <name>kt::ReportPreview</name>
    <message>
        <source>Previous page (Ctrl+Page Up)</source>
        <translation>Trang trước (Ctrl+Page Up)</translation>
    </message>
    <message>
        <source>Next page (Ctrl+Page Down)</source>
        <translation>Trang sau (Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Thu phóng</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Cả trang</translation>
    </message>
    <message>
        <source>Page width</source>
        <translation>Vừa chiều rộng trang</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Laying out pages… %p%</source>
        <translation>Đang dàn trang… %p%</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Trang %1/%2</translation>
    </message>
    <message>
        <source>No pages yet</source>
        <translation>Chưa có trang nào</translation>
    </message>
</context>
<context>
    <name>kt::ReportTextPanel</name>
    <message>
        <source>The texts of the architecture document that the model does not hold. Separate paragraphs by an empty line; a line starting with “- ” is an item of a list. An empty section prints a reminder in a draft and is left out of the final text.</source>
        <translation>Các nội dung của toàn văn kiến trúc mà mô hình không có. Các đoạn cách nhau bởi một dòng trống; dòng bắt đầu bằng “- ” là một ý của danh sách. Mục để trống được in lời nhắc trong bản dự thảo và được bỏ ra khỏi bản chính thức.</translation>
    </message>
</context>
<context>
    <name>kt::ReportWriter</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>Không ghi được %1.</translation>
    </message>
</context>
<context>
    <name>kt::ReportZip</name>
    <message>
        <source>cannot start the package (zip error %1)</source>
        <translation>không tạo được gói tệp (lỗi zip %1)</translation>
    </message>
    <message>
        <source>cannot add %1 to the package (zip error %2)</source>
        <translation>không thêm được %1 vào gói tệp (lỗi zip %2)</translation>
    </message>
    <message>
        <source>cannot write %1 into the package (zip error %2)</source>
        <translation>không ghi được %1 vào gói tệp (lỗi zip %2)</translation>
    </message>
    <message>
        <source>cannot write %1 into the package</source>
        <translation>không ghi được %1 vào gói tệp</translation>
    </message>
    <message>
        <source>cannot finish the package (zip error %1)</source>
        <translation>không hoàn tất được gói tệp (lỗi zip %1)</translation>
    </message>
</context>
<context>
    <name>kt::Repository</name>
    <message>
        <source>writing the history</source>
        <translation>ghi lịch sử</translation>
    </message>
    <message>
        <source>checking the model “%1”</source>
        <translation>kiểm tra mô hình “%1”</translation>
    </message>
    <message>
        <source>%1, model “%2”: nothing was committed: the %3 %4 would refer to %5, which the repository no longer holds (deleted by this commit or by another). Check the model out again and redo the change.</source>
        <translation>%1, mô hình “%2”: chưa ghi gì: %3 %4 sẽ tham chiếu %5, mà kho mô hình không còn (đã bị xóa trong lần ghi này hoặc lần ghi khác). Hãy lấy mô hình về lại và thực hiện lại thay đổi.</translation>
    </message>
    <message>
        <source>committing to the model “%1”</source>
        <translation>ghi vào mô hình “%1”</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>bắt đầu giao dịch</translation>
    </message>
    <message>
        <source>Cannot connect to %1: Qt&apos;s PostgreSQL driver (QPSQL, the Debian package libqt6sql6-psql) is not installed.</source>
        <translation>Không kết nối được tới %1: chưa cài trình điều khiển PostgreSQL của Qt (QPSQL, gói Debian libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Không kết nối được tới %1: %2</translation>
    </message>
    <message>
        <source>reading the user</source>
        <translation>đọc người dùng</translation>
    </message>
    <message>
        <source>this user</source>
        <translation>người dùng này</translation>
    </message>
    <message>
        <source>%1: the server refused %2: %3 may not do this in the repository (its role is not enough: an administrator grants kt_reader to those who read the models, kt_editor to those who change them).</source>
        <translation>%1: máy chủ từ chối %2: %3 không được làm việc này trong kho mô hình (vai trò không đủ: quản trị viên cấp kt_reader cho người đọc mô hình, kt_editor cho người thay đổi mô hình).</translation>
    </message>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation>%1: %2 không thành công: %3</translation>
    </message>
    <message>
        <source>reading the repository&apos;s version</source>
        <translation>đọc phiên bản của kho mô hình</translation>
    </message>
    <message>
        <source>%1 holds no Kiến Trúc repository: create it with `kientruc repo init`.</source>
        <translation>%1 không chứa kho mô hình Kiến Trúc: hãy tạo bằng `kientruc repo init`.</translation>
    </message>
    <message>
        <source>The repository %1 is of version %2, newer than this program knows (%3): update Kiến Trúc Studio.</source>
        <translation>Kho mô hình %1 có phiên bản %2, mới hơn phiên bản chương trình này biết (%3): hãy cập nhật Kiến Trúc Studio.</translation>
    </message>
    <message>
        <source>The repository %1 is of the older version %2: an administrator upgrades it with `kientruc repo init`.</source>
        <translation>Kho mô hình %1 có phiên bản cũ %2: quản trị viên nâng cấp bằng `kientruc repo init`.</translation>
    </message>
    <message>
        <source>creating the repository</source>
        <translation>tạo kho mô hình</translation>
    </message>
    <message>
        <source>creating the roles and their rights</source>
        <translation>tạo các vai trò và quyền của chúng</translation>
    </message>
    <message>
        <source>listing the models</source>
        <translation>liệt kê các mô hình</translation>
    </message>
    <message>
        <source>finding the model “%1”</source>
        <translation>tìm mô hình “%1”</translation>
    </message>
    <message>
        <source>The repository %1 holds no model “%2”.</source>
        <translation>Kho mô hình %1 không có mô hình “%2”.</translation>
    </message>
    <message>
        <source>%1: a model needs a name to be published.</source>
        <translation>%1: mô hình cần có tên để đưa lên.</translation>
    </message>
    <message>
        <source>publishing the model “%1”</source>
        <translation>đưa mô hình “%1” lên</translation>
    </message>
    <message>
        <source>The repository %1 already holds a model “%2”: check it out and commit changes, or publish under another name with --model.</source>
        <translation>Kho mô hình %1 đã có mô hình “%2”: hãy lấy về rồi ghi các thay đổi, hoặc đưa lên dưới tên khác bằng --model.</translation>
    </message>
    <message>
        <source>publishing the model</source>
        <translation>đưa mô hình lên</translation>
    </message>
    <message>
        <source>reading the %1s</source>
        <translation>đọc các %1</translation>
    </message>
    <message>
        <source>%1: the repository holds nodes or connections of a view it does not hold.</source>
        <translation>%1: kho mô hình có hình hoặc đường nối của một sơ đồ mà kho không có.</translation>
    </message>
    <message>
        <source>reading the model “%1”</source>
        <translation>đọc mô hình “%1”</translation>
    </message>
    <message>
        <source>%1, model “%2”: %3</source>
        <translation>%1, mô hình “%2”: %3</translation>
    </message>
    <message>
        <source>reading the history of “%1”</source>
        <translation>đọc lịch sử của “%1”</translation>
    </message>
    <message>
        <source>listing the users</source>
        <translation>liệt kê người dùng</translation>
    </message>
    <message>
        <source>naming the baseline “%1” of the model “%2”</source>
        <translation>đặt tên mốc phiên bản “%1” của mô hình “%2”</translation>
    </message>
    <message>
        <source>%1: a baseline of the model “%2” needs a name.</source>
        <translation>%1: mốc phiên bản của mô hình “%2” cần có tên.</translation>
    </message>
    <message>
        <source>%1: the model “%2” has a baseline “%3” already (commit %4): a baseline is not moved; choose another name.</source>
        <translation>%1: mô hình “%2” đã có mốc phiên bản “%3” (lần ghi %4): mốc phiên bản không được dời; hãy chọn tên khác.</translation>
    </message>
    <message>
        <source>reading the baselines of the model “%1”</source>
        <translation>đọc các mốc phiên bản của mô hình “%1”</translation>
    </message>
    <message>
        <source>%1: the model “%2” has no baseline “%3” (`kientruc repo baseline URL MODEL list` lists them).</source>
        <translation>%1: mô hình “%2” không có mốc phiên bản “%3” (`kientruc repo baseline URL MODEL list` liệt kê các mốc).</translation>
    </message>
    <message>
        <source>claiming the view %1 of the model “%2”</source>
        <translation>giữ sơ đồ %1 của mô hình “%2”</translation>
    </message>
    <message>
        <source>%1: the model “%2” holds no view %3 to claim.</source>
        <translation>%1: mô hình “%2” không có sơ đồ %3 để giữ.</translation>
    </message>
    <message>
        <source>%1: the view %2 of the model “%3” is claimed by %4 since %5: it can be changed once they release it.</source>
        <translation>%1: sơ đồ %2 của mô hình “%3” đang được %4 giữ từ %5: chỉ thay đổi được khi họ thôi giữ.</translation>
    </message>
    <message>
        <source>releasing the view %1 of the model “%2”</source>
        <translation>thôi giữ sơ đồ %1 của mô hình “%2”</translation>
    </message>
    <message>
        <source>%1: the view %2 of the model “%3” is claimed by %4: only they or an administrator (kt_admin) may release it.</source>
        <translation>%1: sơ đồ %2 của mô hình “%3” đang được %4 giữ: chỉ họ hoặc người quản trị (kt_admin) mới thôi giữ được.</translation>
    </message>
    <message>
        <source>reading the claims of the model “%1”</source>
        <translation>đọc các sơ đồ đang được giữ của mô hình “%1”</translation>
    </message>
    <message>
        <source>writing the model&apos;s objects</source>
        <translation>ghi các đối tượng của mô hình</translation>
    </message>
    <message>
        <source>%1, model “%2”: the commit %3 was written, but the model could not be brought up to it: %4 Check the model out again.</source>
        <translation>%1, mô hình “%2”: lần ghi %3 đã được ghi, nhưng mô hình không cập nhật theo được: %4 Hãy lấy mô hình về lại.</translation>
    </message>
    <message>
        <source>The changes of the model “%1” are older (commit %2) than the model they are applied to (commit %3).</source>
        <translation>Các thay đổi của mô hình “%1” cũ hơn (lần ghi %2) mô hình được áp dụng (lần ghi %3).</translation>
    </message>
    <message>
        <source>reading the changes of the model “%1”</source>
        <translation>đọc các thay đổi của mô hình “%1”</translation>
    </message>
    <message>
        <source>%1: %2 failed: the model is gone.</source>
        <translation>%1: %2 không thành công: mô hình không còn nữa.</translation>
    </message>
    <message>
        <source>reading the history of the %1 %2 of the model “%3”</source>
        <translation>đọc lịch sử của %1 %2 thuộc mô hình “%3”</translation>
    </message>
    <message>
        <source>reading the model “%1” as of commit %2</source>
        <translation>đọc mô hình “%1” tại lần ghi %2</translation>
    </message>
    <message>
        <source>%1: the history of the model “%2” cannot be read (its %3 %4).</source>
        <translation>%1: không đọc được lịch sử của mô hình “%2” (%3 %4 của nó).</translation>
    </message>
    <message>
        <source>%1: the model “%2” cannot be shown as of commit %3: the history written before the repository&apos;s upgrade to version 2 does not say which view the %4 %5 was on.</source>
        <translation>%1: không hiển thị được mô hình “%2” tại lần ghi %3: lịch sử ghi trước khi kho mô hình được nâng cấp lên phiên bản 2 không cho biết %4 %5 nằm trên sơ đồ nào.</translation>
    </message>
    <message>
        <source>%1, model “%2” as of commit %3: %4</source>
        <translation>%1, mô hình “%2” tại lần ghi %3: %4</translation>
    </message>
    <message>
        <source>Cannot connect to %1: the URL requires an encrypted connection (sslmode=%2) and the server refused it or does not offer it (%3). The server&apos;s administrator turns TLS on (ssl = on in postgresql.conf, with its certificate).</source>
        <translation>Không kết nối được tới %1: URL yêu cầu kết nối mã hóa (sslmode=%2) nhưng máy chủ từ chối hoặc không hỗ trợ (%3). Người quản trị máy chủ bật TLS (ssl = on trong postgresql.conf, kèm chứng thư của máy chủ).</translation>
    </message>
    <message>
        <source>The repository %1 holds no commit %2 of the model “%3” (`kientruc repo log` lists them).</source>
        <translation>Kho mô hình %1 không có lần ghi %2 của mô hình “%3” (`kientruc repo log` liệt kê các lần ghi).</translation>
    </message>
    <message>
        <source>upgrading the repository from version %1</source>
        <translation>nâng cấp kho mô hình từ phiên bản %1</translation>
    </message>
    <message>
        <source>reading the commits of the model “%1”</source>
        <translation>đọc các lần ghi của mô hình “%1”</translation>
    </message>
    <message>
        <source>Cannot connect to %1: the server needs a password for %2 and none was given (%3). Give it in the environment variable PGPASSWORD or in the PostgreSQL password file ~/.pgpass (host:port:database:user:password, readable only by you).</source>
        <translation>Không kết nối được với %1: máy chủ cần mật khẩu của %2 nhưng chưa có mật khẩu nào được đưa ra (%3). Hãy đặt mật khẩu trong biến môi trường PGPASSWORD hoặc trong tệp mật khẩu ~/.pgpass của PostgreSQL (host:port:database:user:password, chỉ bạn đọc được).</translation>
    </message>
    <message>
        <source>Cannot connect to %1: the server refused the password given for %2: it is wrong, or the role has none (%3).</source>
        <translation>Không kết nối được với %1: máy chủ từ chối mật khẩu đã đưa cho %2: mật khẩu sai, hoặc vai trò này không có mật khẩu (%3).</translation>
    </message>
</context>
<context>
    <name>kt::RepositoryDialog</name>
    <message>
        <source>&amp;List Models</source>
        <translation>&amp;Liệt kê mô hình</translation>
    </message>
    <message>
        <source>Open from Repository</source>
        <translation>Mở từ kho mô hình</translation>
    </message>
    <message>
        <source>Publish to Repository</source>
        <translation>Đưa lên kho mô hình</translation>
    </message>
    <message>
        <source>The PostgreSQL connection URI: postgresql://user@host:port/database, or postgresql://user@/database?host=/socket/folder for a local socket. Add ?sslmode=require to insist on TLS.</source>
        <translation>URI kết nối PostgreSQL: postgresql://user@host:port/database, hoặc postgresql://user@/database?host=/thư/mục/socket cho socket cục bộ. Thêm ?sslmode=require để bắt buộc dùng TLS.</translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation>&amp;Kho mô hình:</translation>
    </message>
    <message>
        <source>&amp;Models:</source>
        <translation>&amp;Mô hình:</translation>
    </message>
    <message>
        <source>Models already there:</source>
        <translation>Mô hình đã có:</translation>
    </message>
    <message>
        <source>Model &amp;name:</source>
        <translation>&amp;Tên mô hình:</translation>
    </message>
    <message>
        <source>What this publication is (for the history)</source>
        <translation>Lần đưa lên này là gì (để ghi vào lịch sử)</translation>
    </message>
    <message>
        <source>M&amp;essage:</source>
        <translation>Nội &amp;dung:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>Đưa lê&amp;n</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Đang kết nối…</translation>
    </message>
    <message>
        <source>Connecting to the repository…</source>
        <translation>Đang kết nối tới kho mô hình…</translation>
    </message>
    <message>
        <source>The repository holds no model yet.</source>
        <translation>Kho mô hình chưa có mô hình nào.</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) in the repository.</source>
        <translation>
            <numerusform>Kho mô hình có %n mô hình.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening the model “%1” from the repository…</source>
        <translation>Đang mở mô hình “%1” từ kho mô hình…</translation>
    </message>
    <message>
        <source>Publishing the model as “%1”…</source>
        <translation>Đang đưa mô hình lên thành “%1”…</translation>
    </message>
</context>
<context>
    <name>kt::SavedOutput</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
</context>
<context>
    <name>kt::SideBySideWindow</name>
    <message>
        <source>Compare Side by Side</source>
        <translation>So sánh song song</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Sơ đồ:</translation>
    </message>
    <message>
        <source>Zoom out both</source>
        <translation>Thu nhỏ cả hai</translation>
    </message>
    <message>
        <source>Zoom in both</source>
        <translation>Phóng to cả hai</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Vừa khít</translation>
    </message>
    <message>
        <source>Fit both to the window</source>
        <translation>Thu phóng cả hai cho vừa khít cửa sổ</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>the open model</source>
        <translation>mô hình đang mở</translation>
    </message>
    <message>
        <source>Old: %1 — %2</source>
        <translation>Cũ: %1 — %2</translation>
    </message>
    <message>
        <source>New: %1 — %2</source>
        <translation>Mới: %1 — %2</translation>
    </message>
</context>
<context>
    <name>kt::SqliteConnection</name>
    <message>
        <source>The SQLite driver (QSQLITE) is not available.</source>
        <translation>Không có trình điều khiển SQLite (QSQLITE).</translation>
    </message>
</context>
<context>
    <name>kt::StyleEditor</name>
    <message>
        <source>Appearance</source>
        <translation>Cách hiển thị</translation>
    </message>
    <message>
        <source>Reset to type style</source>
        <translation>Trở về kiểu mặc định của loại</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Mặc định</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Trái</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Giữa</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Phải</translation>
    </message>
    <message>
        <source>Fill colour:</source>
        <translation>Màu nền:</translation>
    </message>
    <message>
        <source>Line colour:</source>
        <translation>Màu nét:</translation>
    </message>
    <message>
        <source>Line width:</source>
        <translation>Độ dày nét:</translation>
    </message>
    <message>
        <source>Text colour:</source>
        <translation>Màu chữ:</translation>
    </message>
    <message>
        <source>Font size:</source>
        <translation>Cỡ chữ:</translation>
    </message>
    <message>
        <source>Text alignment:</source>
        <translation>Căn lề chữ:</translation>
    </message>
    <message>
        <source>Fill colour</source>
        <translation>Màu nền</translation>
    </message>
    <message>
        <source>Line colour</source>
        <translation>Màu nét</translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation>Màu chữ</translation>
    </message>
    <message>
        <source>Change appearance</source>
        <translation>Thay đổi cách hiển thị</translation>
    </message>
</context>
<context>
    <name>kt::SvgExporter</name>
    <message>
        <source>Cannot start the SVG output.</source>
        <translation>Không khởi tạo được đầu ra SVG.</translation>
    </message>
</context>
<context>
    <name>kt::Text</name>
    <message>
        <source>is longer than %1 characters (it has %2)</source>
        <translation>dài quá %1 ký tự (có %2 ký tự)</translation>
    </message>
    <message>
        <source>has a run of %1 combining marks on one letter (more than %2, which no real text has)</source>
        <translation>có %1 dấu kết hợp liền nhau trên một chữ (hơn %2, điều không văn bản thực nào có)</translation>
    </message>
</context>
<context>
    <name>kt::ValidationPanel</name>
    <message>
        <source>All problems</source>
        <translation>Tất cả vấn đề</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Cảnh báo</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n lỗi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n cảnh báo</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Không phát hiện vấn đề nào.</translation>
    </message>
    <message>
        <source>&amp;Show in Diagram</source>
        <translation>Hiển thị trên &amp;sơ đồ</translation>
    </message>
    <message>
        <source>&amp;Copy Message</source>
        <translation>Sao &amp;chép thông báo</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>&amp;Kiểm tra lại</translation>
    </message>
    <message>
        <source>Import findings</source>
        <translation>Vấn đề khi nhập</translation>
    </message>
    <message numerus="yes">
        <source>%n import finding(s)</source>
        <translation>
            <numerusform>%n vấn đề khi nhập</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between the parts of the summary: &quot;3 errors, 12 warnings&quot;</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>&amp;Dismiss Import Findings</source>
        <translation>&amp;Bỏ qua các vấn đề khi nhập</translation>
    </message>
</context>
<context>
    <name>kt::Validator</name>
    <message>
        <source>“%1” has the type “%2”, which framework %3 does not know.</source>
        <translation>“%1” thuộc loại “%2”, loại này không có trong khung kiến trúc %3.</translation>
    </message>
    <message>
        <source>The information system “%1” has no security level.</source>
        <translation>Hệ thống thông tin “%1” chưa được xác định cấp độ an toàn.</translation>
    </message>
    <message>
        <source>“%1” has no value for “%2”.</source>
        <translation>“%1” chưa có giá trị cho “%2”.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is in no view.</source>
        <translation>“%1” không có trong sơ đồ nào.</translation>
    </message>
    <message>
        <source>“%1” has the same name as another element of the layer “%2” (%3).</source>
        <translation>“%1” trùng tên với một phần tử khác thuộc thành phần “%2” (%3).</translation>
    </message>
    <message>
        <source>The relationship %1 joins an element that does not exist.</source>
        <translation>Quan hệ %1 nối với một phần tử không tồn tại.</translation>
    </message>
    <message>
        <source>The relationship from “%1” to “%2” has the type “%3”, which framework %4 does not know.</source>
        <translation>Quan hệ từ “%1” đến “%2” thuộc loại “%3”, loại này không có trong khung kiến trúc %4.</translation>
    </message>
    <message>
        <source>Framework %1 does not allow “%2” from “%3” to “%4”.</source>
        <translation>Khung kiến trúc %1 không cho phép quan hệ “%2” từ “%3” đến “%4”.</translation>
    </message>
    <message>
        <source>A node of the view “%1” shows the element %2, which does not exist.</source>
        <translation>Một hình của sơ đồ “%1” thể hiện phần tử %2 không tồn tại.</translation>
    </message>
    <message>
        <source>The information system “%1” processes personal data but is at security level %2; such a system is at least at level 2 (Decree 85/2016/ND-CP, Art. 7–8).</source>
        <translation>Hệ thống thông tin “%1” xử lý dữ liệu cá nhân nhưng ở cấp độ an toàn %2; hệ thống như vậy phải từ cấp độ 2 trở lên (Nghị định 85/2016/NĐ-CP, Điều 7–8).</translation>
    </message>
    <message>
        <source>“%1” is linked directly to the national system “%2”; under the framework a provincial system connects to national systems through the LGSP and the NDXP.</source>
        <translation>“%1” kết nối trực tiếp với hệ thống quốc gia “%2”; theo Khung kiến trúc, hệ thống của tỉnh kết nối với hệ thống quốc gia qua LGSP và NDXP.</translation>
    </message>
    <message>
        <source>The relationship %1 joins a relationship that does not exist.</source>
        <translation>Quan hệ %1 nối với một quan hệ không tồn tại.</translation>
    </message>
    <message>
        <source>ArchiMate 3.1 does not allow “%1” from “%2” to “%3”: only an association may end on a relationship, and an aggregation or composition from a grouping or plateau.</source>
        <translation>ArchiMate 3.1 không cho phép “%1” từ “%2” đến “%3”: chỉ quan hệ liên kết (association) được kết thúc trên một quan hệ, và quan hệ tập hợp hoặc hợp thành xuất phát từ một nhóm (grouping) hoặc giai đoạn (plateau).</translation>
    </message>
</context>
<context>
    <name>kt::ViewEditor</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Overall diagram</source>
        <translation>Sơ đồ tổng thể</translation>
    </message>
    <message>
        <source>Component architecture</source>
        <translation>Kiến trúc thành phần</translation>
    </message>
    <message>
        <source>Free diagram</source>
        <translation>Sơ đồ tự do</translation>
    </message>
    <message numerus="yes">
        <source>%n element(s)</source>
        <translation>
            <numerusform>%n phần tử</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n đường nối</numerusform>
        </translation>
    </message>
    <message>
        <source>View</source>
        <translation>Sơ đồ</translation>
    </message>
</context>
<context>
    <name>kt::cli::BaselineCommand</name>
    <message>
        <source>Keep the model of a .ktm file as a named baseline inside it, list its baselines, extract one as a model file, or remove one.</source>
        <translation>Lưu mô hình của tệp .ktm thành một mốc phiên bản có đặt tên ngay trong tệp, liệt kê các mốc phiên bản, trích xuất một mốc phiên bản thành tệp mô hình, hoặc xóa một mốc phiên bản.</translation>
    </message>
    <message>
        <source>The name of the new baseline.</source>
        <translation>Tên của mốc phiên bản mới.</translation>
    </message>
    <message>
        <source>A note kept with the baseline.</source>
        <translation>Ghi chú lưu kèm mốc phiên bản.</translation>
    </message>
    <message>
        <source>Who takes the baseline (default: the user).</source>
        <translation>Người tạo mốc phiên bản (mặc định: người dùng hiện tại).</translation>
    </message>
    <message>
        <source>List the baselines as JSON.</source>
        <translation>Liệt kê các mốc phiên bản dưới dạng JSON.</translation>
    </message>
    <message>
        <source>The model file to write.</source>
        <translation>Tệp mô hình cần ghi.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Hiển thị trợ giúp này.</translation>
    </message>
    <message>
        <source>say which file and what to do: add, list, extract or remove.</source>
        <translation>hãy cho biết tệp và việc cần làm: add (thêm), list (liệt kê), extract (trích xuất) hoặc remove (xóa).</translation>
    </message>
    <message>
        <source>--%1 goes with %2, not with %3.</source>
        <translation>--%1 đi cùng %2, không đi cùng %3.</translation>
    </message>
    <message>
        <source>unknown action “%1”: use add, list, extract or remove.</source>
        <translation>không có thao tác “%1”: hãy dùng add (thêm), list (liệt kê), extract (trích xuất) hoặc remove (xóa).</translation>
    </message>
    <message>
        <source>%1 needs the name of one baseline.</source>
        <translation>%1 cần tên của một mốc phiên bản.</translation>
    </message>
    <message>
        <source>%1 takes no further argument (“%2”).</source>
        <translation>%1 không nhận thêm tham số nào (“%2”).</translation>
    </message>
    <message>
        <source>%1 is not a .ktm model file: baselines are kept only in .ktm files.</source>
        <translation>%1 không phải là tệp mô hình .ktm: mốc phiên bản chỉ được lưu trong tệp .ktm.</translation>
    </message>
    <message>
        <source>give the baseline a name with --name N.</source>
        <translation>hãy đặt tên cho mốc phiên bản bằng --name N.</translation>
    </message>
    <message>
        <source>say where to write the baseline&apos;s model with -o OUT.</source>
        <translation>hãy cho biết nơi ghi mô hình của mốc phiên bản bằng -o OUT.</translation>
    </message>
    <message>
        <source>Added the baseline “%1” to %2: %3 elements, %4 relationships, %5 views in %6 KiB.</source>
        <translation>Đã thêm mốc phiên bản “%1” vào %2: %3 phần tử, %4 quan hệ, %5 sơ đồ, dung lượng %6 KiB.</translation>
    </message>
    <message>
        <source>%1 has no baselines.</source>
        <translation>%1 không có mốc phiên bản nào.</translation>
    </message>
    <message>
        <source>%1 by %2; %3 elements, %4 relationships, %5 views; %6 KiB</source>
        <translation>%1, người tạo: %2; %3 phần tử, %4 quan hệ, %5 sơ đồ; %6 KiB</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(không rõ)</translation>
    </message>
    <message>
        <source>%1: use the extension .ktm or .xml.</source>
        <translation>%1: hãy dùng phần mở rộng .ktm hoặc .xml.</translation>
    </message>
    <message>
        <source>%1 would replace the model of the file itself; write the baseline to another file.</source>
        <translation>%1 sẽ ghi đè mô hình của chính tệp đó; hãy ghi mốc phiên bản ra tệp khác.</translation>
    </message>
    <message>
        <source>Wrote %1: the baseline “%2” of %3 (%4 elements, %5 relationships, %6 views).</source>
        <translation>Đã ghi %1: mốc phiên bản “%2” của %3 (%4 phần tử, %5 quan hệ, %6 sơ đồ).</translation>
    </message>
    <message>
        <source>Removed the baseline “%1” from %2.</source>
        <translation>Đã xóa mốc phiên bản “%1” khỏi %2.</translation>
    </message>
</context>
<context>
    <name>kt::cli::CommandLine</name>
    <message>
        <source>Usage: kientruc [FILE]           open the editor
       kientruc COMMAND ARGS...  run a command without a window

Commands:
</source>
        <translation>Cách dùng: kientruc [FILE]           mở trình soạn thảo
           kientruc COMMAND ARGS...  chạy một lệnh mà không mở cửa sổ

Các lệnh:
</translation>
    </message>
    <message>
        <source>kientruc: unknown command “%1”.</source>
        <translation>kientruc: không có lệnh “%1”.</translation>
    </message>
    <message>
        <source>
Exit codes: 0 success, 1 findings (validate) or differences (diff), 2 unusable input or usage.
</source>
        <translation>
Mã thoát: 0 thành công, 1 có vấn đề (validate) hoặc có khác biệt (diff), 2 đầu vào không dùng được hoặc dùng lệnh sai cách.
</translation>
    </message>
</context>
<context>
    <name>kt::cli::ConvertCommand</name>
    <message numerus="yes">
        <source>Wrote %1: %n element(s)</source>
        <translation>
            <numerusform>Đã ghi %1: %n phần tử</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n relationship(s)</source>
        <translation>
            <numerusform>, %n quan hệ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n view(s).</source>
        <translation>
            <numerusform>, %n sơ đồ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write a spreadsheet inventory instead: one CSV file per component architecture (ID, name, type, the framework&apos;s properties, documentation; UTF-8 with BOM) into the folder OUT.</source>
        <translation>Thay vào đó, ghi danh mục dạng bảng tính: mỗi kiến trúc thành phần một tệp CSV (mã định danh, tên, loại, các thuộc tính của khung kiến trúc, mô tả; UTF-8 có BOM) vào thư mục OUT.</translation>
    </message>
    <message>
        <source>kientruc convert: %1: use the extension .ktm or .xml, or a name ending in elements.csv.</source>
        <translation>kientruc convert: %1: hãy dùng phần mở rộng .ktm hoặc .xml, hoặc tên tệp phần tử kết thúc bằng elements.csv.</translation>
    </message>
    <message>
        <source>kientruc convert: %1 is a file; --inventory writes into a folder.</source>
        <translation>kientruc convert: %1 là một tệp; --inventory ghi vào một thư mục.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n element(s).</source>
        <translation>
            <numerusform>Đã ghi %1: %n phần tử.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no elements: no inventory written.</source>
        <translation>%1 không có phần tử nào: không ghi danh mục.</translation>
    </message>
    <message>
        <source>Convert between .ktm, Open Exchange .xml and Archi CSV sets (PREFIXelements.csv, with PREFIXrelations.csv and PREFIXproperties.csv beside it), by the file names, or from Archi&apos;s .archimate; or write an inventory of the elements, one CSV per component architecture, into a folder.</source>
        <translation>Chuyển đổi giữa .ktm, .xml Open Exchange và bộ tệp CSV của Archi (PREFIXelements.csv, cùng PREFIXrelations.csv và PREFIXproperties.csv bên cạnh), theo tên tệp, hoặc từ tệp .archimate của Archi; hoặc ghi danh mục phần tử, mỗi kiến trúc thành phần một tệp CSV, vào một thư mục.</translation>
    </message>
    <message>
        <source>kientruc convert: %1: the input and the output are the same file.</source>
        <translation>kientruc convert: %1: tệp vào và tệp ra là cùng một tệp.</translation>
    </message>
    <message numerus="yes">
        <source>%1: the CSV format has no views: %n view(s) of %2 not written.</source>
        <translation>
            <numerusform>%1: định dạng CSV không có sơ đồ: %n sơ đồ của %2 không được ghi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kt::cli::DiffCommand</name>
    <message>
        <source>Compare two versions of a model (.ktm or .xml), or a .ktm with one of its baselines; exit code 1 when they differ.</source>
        <translation>So sánh hai phiên bản của một mô hình (.ktm hoặc .xml), hoặc một tệp .ktm với một mốc phiên bản của tệp đó; trả về mã thoát 1 khi có khác biệt.</translation>
    </message>
    <message>
        <source>Print the changes as JSON.</source>
        <translation>In các thay đổi dưới dạng JSON.</translation>
    </message>
    <message>
        <source>Compare the model of NEW with its baseline NAME.</source>
        <translation>So sánh mô hình của NEW với mốc phiên bản NAME của tệp đó.</translation>
    </message>
    <message>
        <source>Write a comparison report to OUT.</source>
        <translation>Ghi báo cáo so sánh vào OUT.</translation>
    </message>
    <message>
        <source>The report&apos;s format: pdf, docx, odt or html.</source>
        <translation>Định dạng của báo cáo: pdf, docx, odt hoặc html.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Hiển thị trợ giúp này.</translation>
    </message>
    <message>
        <source>Exit codes: 0 the models are the same, 1 they differ, 2 an error.</source>
        <translation>Mã thoát: 0 hai mô hình giống nhau, 1 có khác biệt, 2 có lỗi.</translation>
    </message>
    <message>
        <source>with --baseline, give one .ktm file: its model is compared with the baseline.</source>
        <translation>với --baseline, hãy chỉ định một tệp .ktm: mô hình của tệp được so sánh với mốc phiên bản.</translation>
    </message>
    <message>
        <source>give the old and the new model: two files.</source>
        <translation>hãy chỉ định mô hình cũ và mô hình mới: hai tệp.</translation>
    </message>
    <message>
        <source>--format is the format of the report: give --report OUT too.</source>
        <translation>--format là định dạng của báo cáo: hãy dùng kèm --report OUT.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Đã ghi %1.</translation>
    </message>
</context>
<context>
    <name>kt::cli::DiffText</name>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>(no component)</source>
        <translation>(không thuộc thành phần nào)</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Thêm mới: %1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Loại bỏ: %1</translation>
    </message>
    <message>
        <source>Renamed: %1</source>
        <translation>Đổi tên: %1</translation>
    </message>
    <message>
        <source>Retyped: %1</source>
        <translation>Đổi loại: %1</translation>
    </message>
    <message>
        <source>Moved: %1</source>
        <translation>Chuyển thành phần: %1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Thay đổi: %1</translation>
    </message>
    <message>
        <source>nodes: %1 added, %2 removed, %3 moved or resized; connections: %4 added, %5 removed</source>
        <translation>hình: %1 thêm mới, %2 loại bỏ, %3 di chuyển hoặc đổi kích thước; đường nối: %4 thêm mới, %5 loại bỏ</translation>
    </message>
    <message>
        <source>Summary: elements %1 added, %2 removed, %3 renamed, %4 retyped, %5 moved, %6 changed; relationships %7 added, %8 removed, %9 changed; views %10 added, %11 removed, %12 renamed, %13 changed.</source>
        <translation>Tổng hợp: phần tử %1 thêm mới, %2 loại bỏ, %3 đổi tên, %4 đổi loại, %5 chuyển thành phần, %6 thay đổi; quan hệ %7 thêm mới, %8 loại bỏ, %9 thay đổi; sơ đồ %10 thêm mới, %11 loại bỏ, %12 đổi tên, %13 thay đổi.</translation>
    </message>
    <message>
        <source>The two models are the same.</source>
        <translation>Hai mô hình giống nhau.</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Quan hệ</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Sơ đồ</translation>
    </message>
    <message>
        <source>documentation</source>
        <translation>mô tả</translation>
    </message>
    <message>
        <source>name</source>
        <translation>tên</translation>
    </message>
    <message>
        <source>type</source>
        <translation>loại</translation>
    </message>
    <message>
        <source>source</source>
        <translation>nguồn</translation>
    </message>
    <message>
        <source>target</source>
        <translation>đích</translation>
    </message>
</context>
<context>
    <name>kt::cli::ExportCommand</name>
    <message>
        <source>Export a diagram (or, with --all, every diagram into the folder OUT) as SVG, PNG or PDF.</source>
        <translation>Xuất một sơ đồ (hoặc, với --all, mọi sơ đồ vào thư mục OUT) dưới dạng SVG, PNG hoặc PDF.</translation>
    </message>
    <message>
        <source>%1 has no views.</source>
        <translation>%1 không có sơ đồ nào.</translation>
    </message>
    <message>
        <source>no view “%1” in %2. Its views are:</source>
        <translation>không có sơ đồ “%1” trong %2. Các sơ đồ có trong tệp:</translation>
    </message>
    <message>
        <source>%1 is a file; --all writes into a folder.</source>
        <translation>%1 là một tệp; --all chỉ ghi vào thư mục.</translation>
    </message>
    <message>
        <source>cannot create the folder %1.</source>
        <translation>không tạo được thư mục %1.</translation>
    </message>
    <message>
        <source>Wrote %1 (“%2”).</source>
        <translation>Đã ghi %1 (“%2”).</translation>
    </message>
    <message>
        <source>The file to write (with --all: the folder).</source>
        <translation>Tệp cần ghi (với --all: thư mục).</translation>
    </message>
    <message>
        <source>The view to export, by name or id.</source>
        <translation>Sơ đồ cần xuất, theo tên hoặc mã.</translation>
    </message>
    <message>
        <source>Export every view into the folder OUT.</source>
        <translation>Xuất mọi sơ đồ vào thư mục OUT.</translation>
    </message>
    <message>
        <source>svg, png or pdf (else OUT&apos;s extension).</source>
        <translation>svg, png hoặc pdf (nếu không có thì theo phần mở rộng của OUT).</translation>
    </message>
    <message>
        <source>PNG resolution in dots per inch (96 is 100%).</source>
        <translation>Độ phân giải PNG, tính bằng điểm trên inch (96 là 100%).</translation>
    </message>
    <message>
        <source>Size, 1 being 100%.</source>
        <translation>Kích thước, 1 là 100%.</translation>
    </message>
    <message>
        <source>white or transparent.</source>
        <translation>white (trắng) hoặc transparent (trong suốt).</translation>
    </message>
    <message>
        <source>Space around the diagram (1/96 inch).</source>
        <translation>Khoảng trống quanh sơ đồ (đơn vị 1/96 inch).</translation>
    </message>
    <message>
        <source>PDF paper size (A4, A3, ...) instead of a page fitted to the diagram.</source>
        <translation>Khổ giấy PDF (A4, A3, ...) thay cho trang vừa khít sơ đồ.</translation>
    </message>
    <message>
        <source>PDF paper in landscape.</source>
        <translation>Đặt giấy PDF theo khổ ngang.</translation>
    </message>
    <message>
        <source>Usage: kientruc %1</source>
        <translation>Cách dùng: kientruc %1</translation>
    </message>
    <message>
        <source>say where to write with -o OUT.</source>
        <translation>hãy chỉ định nơi ghi bằng -o OUT.</translation>
    </message>
    <message>
        <source>give either --view or --all, not both.</source>
        <translation>chỉ dùng --view hoặc --all, không dùng cả hai.</translation>
    </message>
    <message>
        <source>say which format with --format svg, png or pdf.</source>
        <translation>hãy chỉ định định dạng bằng --format svg, png hoặc pdf.</translation>
    </message>
    <message>
        <source>unknown format “%1”: use svg, png or pdf.</source>
        <translation>không hỗ trợ định dạng “%1”: hãy dùng svg, png hoặc pdf.</translation>
    </message>
    <message>
        <source>--dpi needs a whole number from 1 to 2400.</source>
        <translation>--dpi cần một số nguyên từ 1 đến 2400.</translation>
    </message>
    <message>
        <source>--scale needs a number above 0 and up to 25.</source>
        <translation>--scale cần một số lớn hơn 0 và không quá 25.</translation>
    </message>
    <message>
        <source>--margin needs a number from 0 to 1000.</source>
        <translation>--margin cần một số từ 0 đến 1000.</translation>
    </message>
    <message>
        <source>--background is white or transparent, not “%1”.</source>
        <translation>--background phải là white hoặc transparent, không phải “%1”.</translation>
    </message>
    <message>
        <source>unknown paper “%1”: use A3, A4, A5, Letter or Legal.</source>
        <translation>không hỗ trợ khổ giấy “%1”: hãy dùng A3, A4, A5, Letter hoặc Legal.</translation>
    </message>
    <message>
        <source>warning: the diagram font %1 is not installed (Debian package fonts-noto-core); another font is used.</source>
        <translation>cảnh báo: phông chữ sơ đồ %1 chưa được cài đặt (gói Debian fonts-noto-core); đang dùng phông chữ khác.</translation>
    </message>
    <message>
        <source>%1 ends in .%2, but --format is %3: the file would hold another format than its name says. Change the extension or the format.</source>
        <translation>%1 có phần mở rộng .%2 nhưng --format là %3: tệp sẽ chứa định dạng khác với định dạng mà tên tệp cho biết. Hãy thay đổi phần mở rộng hoặc định dạng.</translation>
    </message>
    <message>
        <source>%1 views of %2 are named “%3”; give the id of one:</source>
        <translation>%1 sơ đồ của %2 có tên “%3”; hãy cho mã định danh của một sơ đồ:</translation>
    </message>
    <message>
        <source>framework or archimate: draw in the framework&apos;s look or in ArchiMate&apos;s notation (else as each view says).</source>
        <translation>framework hoặc archimate: vẽ theo kiểu của khung kiến trúc hoặc theo ký hiệu ArchiMate (nếu không nêu, theo thiết lập của từng sơ đồ).</translation>
    </message>
    <message>
        <source>--notation is framework or archimate, not “%1”.</source>
        <translation>--notation là framework (kiểu của khung kiến trúc) hoặc archimate, không phải “%1”.</translation>
    </message>
</context>
<context>
    <name>kt::cli::InfoCommand</name>
    <message>
        <source>Print the summary as JSON.</source>
        <translation>In bản tóm tắt dưới dạng JSON.</translation>
    </message>
    <message>
        <source>(unnamed model)</source>
        <translation>(mô hình chưa đặt tên)</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Tệp: %1</translation>
    </message>
    <message>
        <source>Framework: %1 (%2)</source>
        <translation>Khung kiến trúc: %1 (%2)</translation>
    </message>
    <message>
        <source>Province or agency: %1</source>
        <translation>Tỉnh, thành phố hoặc bộ, ngành: %1</translation>
    </message>
    <message>
        <source>Architecture version: %1</source>
        <translation>Phiên bản kiến trúc: %1</translation>
    </message>
    <message>
        <source>Approved by decision: %1 of %2</source>
        <translation>Phê duyệt theo Quyết định số %1 ngày %2</translation>
    </message>
    <message>
        <source>Elements: %1   Relationships: %2   Views: %3</source>
        <translation>Phần tử: %1   Quan hệ: %2   Sơ đồ: %3</translation>
    </message>
    <message>
        <source>Elements by component:</source>
        <translation>Phần tử theo thành phần:</translation>
    </message>
    <message>
        <source>of unknown type</source>
        <translation>thuộc loại không xác định</translation>
    </message>
    <message>
        <source>Information systems: %1</source>
        <translation>Hệ thống thông tin: %1</translation>
    </message>
    <message>
        <source>Security level %1</source>
        <translation>Cấp độ an toàn %1</translation>
    </message>
    <message>
        <source>No security level</source>
        <translation>Chưa xác định cấp độ an toàn</translation>
    </message>
    <message>
        <source>Approved by decision: %1</source>
        <translation>Phê duyệt theo quyết định: %1</translation>
    </message>
    <message>
        <source>Print a summary of a model (.ktm, Open Exchange .xml, Archi .archimate or CSV).</source>
        <translation>In tóm tắt một mô hình (.ktm, .xml Open Exchange, .archimate của Archi hoặc CSV).</translation>
    </message>
</context>
<context>
    <name>kt::cli::LayoutCommand</name>
    <message>
        <source>Where to write the model.</source>
        <translation>Nơi ghi mô hình.</translation>
    </message>
    <message>
        <source>Lay everything out afresh instead of keeping placed nodes.</source>
        <translation>Bố trí lại toàn bộ từ đầu thay vì giữ nguyên các hình đã đặt.</translation>
    </message>
    <message>
        <source>kientruc layout: %1: use the extension .ktm or .xml.</source>
        <translation>kientruc layout: %1: hãy dùng phần mở rộng .ktm hoặc .xml.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: overall diagram “%2” with %n node(s).</source>
        <translation>
            <numerusform>Đã ghi %1: sơ đồ tổng thể “%2” gồm %n hình.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connections in the overall diagram: none, or all relationships among the shown elements (default: as the diagram has it, else none).</source>
        <translation>Đường nối trong sơ đồ tổng thể: none (không có), hoặc all (mọi quan hệ giữa các phần tử được hiển thị); mặc định: như sơ đồ đang có, nếu chưa có thì none.</translation>
    </message>
    <message>
        <source>kientruc layout: --connections: “%1” is neither none nor all.</source>
        <translation>kientruc layout: --connections: “%1” không phải none hay all.</translation>
    </message>
    <message>
        <source>Create or update the overall diagram, or with --component a component architecture (written to OUT, else back to FILE).</source>
        <translation>Tạo hoặc cập nhật sơ đồ tổng thể, hoặc với --component một kiến trúc thành phần (ghi vào OUT, nếu không thì ghi lại vào FILE).</translation>
    </message>
    <message>
        <source>Create or update the view of a component architecture of the framework instead (business, data, applications, technology, security in framework 2.0).</source>
        <translation>Thay vào đó, tạo hoặc cập nhật sơ đồ một kiến trúc thành phần của khung kiến trúc (business, data, applications, technology, security trong khung kiến trúc 2.0).</translation>
    </message>
    <message>
        <source>Band headings: numbered in capitals as the framework documents write them, or plain (default: as the diagram has it, else numbered).</source>
        <translation>Tiêu đề các dải: đánh số và viết hoa như văn bản khung kiến trúc (numbered), hoặc để nguyên (plain); mặc định: như sơ đồ đang có, nếu chưa có thì đánh số.</translation>
    </message>
    <message>
        <source>kientruc layout: --headings: “%1” is neither numbered nor plain.</source>
        <translation>kientruc layout: --headings: “%1” không phải numbered hay plain.</translation>
    </message>
    <message>
        <source>kientruc layout: --connections applies to the overall diagram only; a component architecture shows all relationships among its elements.</source>
        <translation>kientruc layout: --connections chỉ dùng cho sơ đồ tổng thể; kiến trúc thành phần luôn thể hiện mọi quan hệ giữa các phần tử của nó.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: component architecture “%2” with %n node(s).</source>
        <translation>
            <numerusform>Đã ghi %1: kiến trúc thành phần “%2” gồm %n hình.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kt::cli::NewCommand</name>
    <message>
        <source>Create an empty model (.ktm or .xml).</source>
        <translation>Tạo một mô hình trống (.ktm hoặc .xml).</translation>
    </message>
    <message>
        <source>The file to create.</source>
        <translation>Tệp cần tạo.</translation>
    </message>
    <message>
        <source>The framework the model follows.</source>
        <translation>Khung kiến trúc mà mô hình áp dụng.</translation>
    </message>
    <message>
        <source>The model&apos;s name.</source>
        <translation>Tên mô hình.</translation>
    </message>
    <message>
        <source>The province or agency.</source>
        <translation>Tỉnh, thành phố hoặc bộ, ngành.</translation>
    </message>
    <message>
        <source>Replace the file if it exists.</source>
        <translation>Ghi đè nếu tệp đã tồn tại.</translation>
    </message>
    <message>
        <source>kientruc new: say which file to create with -o FILE.</source>
        <translation>kientruc new: hãy chỉ định tệp cần tạo bằng -o FILE.</translation>
    </message>
    <message>
        <source>kientruc new: %1: use the extension .ktm or .xml.</source>
        <translation>kientruc new: %1: hãy dùng phần mở rộng .ktm hoặc .xml.</translation>
    </message>
    <message>
        <source>kientruc new: %1 exists already; use --force to replace it.</source>
        <translation>kientruc new: %1 đã tồn tại; dùng --force để ghi đè.</translation>
    </message>
    <message>
        <source>Created %1 (framework %2).</source>
        <translation>Đã tạo %1 (khung kiến trúc %2).</translation>
    </message>
</context>
<context>
    <name>kt::cli::Options</name>
    <message numerus="yes">
        <source>%1 needs %n file argument(s).</source>
        <translation>
            <numerusform>%1 cần %n tham số tệp.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: kientruc %1</source>
        <translation>Cách dùng: kientruc %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Tùy chọn:</translation>
    </message>
</context>
<context>
    <name>kt::cli::RepoCommand</name>
    <message>
        <source>The model&apos;s name in the repository (default: the file&apos;s name).</source>
        <translation>Tên của mô hình trong kho (mặc định: tên tệp).</translation>
    </message>
    <message>
        <source>The message kept with the publication.</source>
        <translation>Lời nhắn lưu kèm lần đưa lên.</translation>
    </message>
    <message>
        <source>The model file to write.</source>
        <translation>Tệp mô hình cần ghi.</translation>
    </message>
    <message>
        <source>Write the result as JSON.</source>
        <translation>Ghi kết quả dưới dạng JSON.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Hiện trợ giúp này.</translation>
    </message>
    <message>
        <source>--%1 goes with %2, not with %3.</source>
        <translation>--%1 đi với %2, không đi với %3.</translation>
    </message>
    <message>
        <source>%1 takes %2 argument(s): %3</source>
        <translation>%1 nhận %2 tham số: %3</translation>
    </message>
    <message>
        <source>give the model a name with --model NAME.</source>
        <translation>hãy đặt tên cho mô hình bằng --model NAME.</translation>
    </message>
    <message>
        <source>say where to write the model with -o FILE.</source>
        <translation>hãy nêu nơi ghi mô hình bằng -o FILE.</translation>
    </message>
    <message>
        <source>The repository in %1 is ready (version %2); its roles: kt_reader (read), kt_editor (change models), kt_admin (manage users).</source>
        <translation>Kho mô hình tại %1 đã sẵn sàng (phiên bản %2); các vai trò: kt_reader (đọc), kt_editor (thay đổi mô hình), kt_admin (quản lý người dùng).</translation>
    </message>
    <message>
        <source>Published from %1</source>
        <translation>Đưa lên từ %1</translation>
    </message>
    <message>
        <source>Published %1 to %2 as the model “%3”: %4 elements, %5 relationships, %6 views.</source>
        <translation>Đã đưa %1 lên %2 thành mô hình “%3”: %4 phần tử, %5 quan hệ, %6 sơ đồ.</translation>
    </message>
    <message>
        <source>%1: use the extension .ktm or .xml.</source>
        <translation>%1: hãy dùng phần mở rộng .ktm hoặc .xml.</translation>
    </message>
    <message numerus="yes">
        <source>commit %1 by %2 at %3: %n change(s)</source>
        <translation>
            <numerusform>lần ghi %1 của %2 lúc %3: %n thay đổi</numerusform>
        </translation>
    </message>
    <message>
        <source>No user of %1 holds a repository role.</source>
        <translation>Không người dùng nào của %1 có vai trò trong kho mô hình.</translation>
    </message>
    <message>
        <source>Work with a team repository on PostgreSQL (URL: postgresql://user@host:port/database, ?host=/socket/dir for a Unix socket; the password from PGPASSWORD or ~/.pgpass; ?sslmode=require to require TLS over TCP): create it, publish a model file to it, check a model out to a file (as it is, as of a commit or a baseline), show a model&apos;s or an object&apos;s history, name baselines shared by everyone, list the repository&apos;s users.</source>
        <translation>Làm việc với kho mô hình dùng chung trên PostgreSQL (URL: postgresql://user@host:port/database, ?host=/thư/mục/socket cho socket Unix; mật khẩu lấy từ PGPASSWORD hoặc ~/.pgpass; ?sslmode=require để bắt buộc TLS qua TCP): tạo kho, đưa một tệp mô hình lên, lấy một mô hình về thành tệp (như hiện tại, tại một lần ghi hoặc một mốc phiên bản), xem lịch sử của một mô hình hoặc một đối tượng, đặt tên các mốc phiên bản dùng chung, liệt kê người dùng của kho.</translation>
    </message>
    <message>
        <source>A commit of the model (its number in `repo log`): checkout writes the model as it was after it; baseline add names it (default: the last).</source>
        <translation>Một lần ghi của mô hình (số của nó trong `repo log`): checkout ghi mô hình như sau lần ghi đó; baseline add đặt tên cho nó (mặc định: lần cuối).</translation>
    </message>
    <message>
        <source>checkout: write the model as of this baseline.</source>
        <translation>checkout: ghi mô hình tại mốc phiên bản này.</translation>
    </message>
    <message>
        <source>baseline add: the baseline&apos;s name.</source>
        <translation>baseline add: tên của mốc phiên bản.</translation>
    </message>
    <message>
        <source>log: only the changes of the object of this id.</source>
        <translation>log: chỉ các thay đổi của đối tượng có mã này.</translation>
    </message>
    <message>
        <source>say what to do: init, publish, checkout, log, baseline or users.</source>
        <translation>hãy cho biết việc cần làm: init, publish, checkout, log, baseline hoặc users.</translation>
    </message>
    <message>
        <source>unknown action “%1”: use init, publish, checkout, log, baseline or users.</source>
        <translation>việc “%1” không rõ: dùng init, publish, checkout, log, baseline hoặc users.</translation>
    </message>
    <message>
        <source>--at takes a commit&apos;s number (see `repo log`), not “%1”.</source>
        <translation>--at nhận số của một lần ghi (xem `repo log`), không phải “%1”.</translation>
    </message>
    <message>
        <source>give --at or --baseline, not both.</source>
        <translation>chỉ dùng --at hoặc --baseline, không dùng cả hai.</translation>
    </message>
    <message>
        <source>name the baseline with --name NAME.</source>
        <translation>đặt tên mốc phiên bản bằng --name NAME.</translation>
    </message>
    <message>
        <source>--json goes with baseline list, not with baseline add.</source>
        <translation>--json đi với baseline list, không đi với baseline add.</translation>
    </message>
    <message>
        <source>baseline takes add or list, not “%1”.</source>
        <translation>baseline nhận add hoặc list, không phải “%1”.</translation>
    </message>
    <message>
        <source>--name and --at go with baseline add, not with baseline list.</source>
        <translation>--name và --at đi với baseline add, không đi với baseline list.</translation>
    </message>
    <message>
        <source>as of its baseline “%1” (commit %2)</source>
        <translation>tại mốc phiên bản “%1” (lần ghi %2)</translation>
    </message>
    <message>
        <source>as of commit %1</source>
        <translation>tại lần ghi %1</translation>
    </message>
    <message>
        <source>as of its last commit %1</source>
        <translation>tại lần ghi cuối %1</translation>
    </message>
    <message>
        <source>Wrote %1: the model “%2” of %3 %4 (%5 elements, %6 relationships, %7 views).</source>
        <translation>Đã ghi %1: mô hình “%2” của %3 %4 (%5 phần tử, %6 quan hệ, %7 sơ đồ).</translation>
    </message>
    <message>
        <source>%1: the model “%2” has no object %3 in its history.</source>
        <translation>%1: mô hình “%2” không có đối tượng %3 trong lịch sử.</translation>
    </message>
    <message>
        <source>The baseline “%1” of the model “%2” in %3 is commit %4.</source>
        <translation>Mốc phiên bản “%1” của mô hình “%2” trong %3 là lần ghi %4.</translation>
    </message>
    <message>
        <source>The model “%1” of %2 has no baseline.</source>
        <translation>Mô hình “%1” của %2 chưa có mốc phiên bản.</translation>
    </message>
</context>
<context>
    <name>kt::cli::ReportCommand</name>
    <message>
        <source>Write the architecture document, the draft approving decision or the inventory of information systems as PDF, DOCX, ODT or HTML.</source>
        <translation>Ghi toàn văn kiến trúc, dự thảo quyết định phê duyệt hoặc danh mục hệ thống thông tin ra PDF, DOCX, ODT hoặc HTML.</translation>
    </message>
    <message>
        <source>Usage: kientruc %1</source>
        <translation>Cách dùng: kientruc %1</translation>
    </message>
    <message>
        <source>The options start from those stored in the model (the editor&apos;s Report dialog stores them), then the JSON file of --options over them, then the flags.</source>
        <translation>Tùy chọn lấy trước hết từ mô hình (hộp thoại Báo cáo của trình soạn thảo lưu chúng), sau đó tệp JSON của --options ghi đè lên, cuối cùng là các cờ dòng lệnh.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Tệp cần ghi.</translation>
    </message>
    <message>
        <source>architecture, decision or inventory (default: the model&apos;s stored choice, else architecture).</source>
        <translation>architecture, decision hoặc inventory (mặc định: lựa chọn đã lưu trong mô hình, nếu không có thì architecture).</translation>
    </message>
    <message>
        <source>pdf, docx, odt or html (else OUT&apos;s extension).</source>
        <translation>pdf, docx, odt hoặc html (nếu không có thì theo phần mở rộng của OUT).</translation>
    </message>
    <message>
        <source>The report&apos;s language: vi or en.</source>
        <translation>Ngôn ngữ của báo cáo: vi hoặc en.</translation>
    </message>
    <message>
        <source>A JSON file of report options (see README.md).</source>
        <translation>Tệp JSON chứa tùy chọn báo cáo (xem README.md).</translation>
    </message>
    <message>
        <source>The final text: empty sections left out, no draft placeholders.</source>
        <translation>Bản chính thức: bỏ các mục còn trống, không in lời nhắc của bản dự thảo.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Hiển thị trợ giúp này.</translation>
    </message>
    <message>
        <source>say where to write with -o OUT.</source>
        <translation>hãy cho biết nơi ghi bằng -o OUT.</translation>
    </message>
    <message>
        <source>unknown report “%1”: use architecture, decision or inventory.</source>
        <translation>không có loại báo cáo “%1”: dùng architecture, decision hoặc inventory.</translation>
    </message>
    <message>
        <source>unknown language “%1”: use vi or en.</source>
        <translation>không có ngôn ngữ “%1”: dùng vi hoặc en.</translation>
    </message>
    <message>
        <source>cannot read the options file %1: %2.</source>
        <translation>không đọc được tệp tùy chọn %1: %2.</translation>
    </message>
    <message>
        <source>in the options file %1: %2</source>
        <translation>trong tệp tùy chọn %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Đã ghi %1.</translation>
    </message>
</context>
<context>
    <name>kt::cli::UpgradeCommand</name>
    <message>
        <source>Make a model of a later framework (e.g. vn-egov-2.0) from a model of an earlier one, keeping its ids; list what could not be mapped.</source>
        <translation>Tạo mô hình theo khung kiến trúc mới hơn (chẳng hạn vn-egov-2.0) từ mô hình theo khung kiến trúc cũ hơn, giữ nguyên các mã; liệt kê những gì không ánh xạ được.</translation>
    </message>
    <message>
        <source>The file to write (.ktm or .xml).</source>
        <translation>Tệp cần ghi (.ktm hoặc .xml).</translation>
    </message>
    <message>
        <source>The framework to upgrade to.</source>
        <translation>Khung kiến trúc cần nâng cấp lên.</translation>
    </message>
    <message>
        <source>Usage: kientruc %1</source>
        <translation>Cách dùng: kientruc %1</translation>
    </message>
    <message>
        <source>say which framework to upgrade to with --framework ID (known: %1).</source>
        <translation>hãy cho biết khung kiến trúc cần nâng cấp lên bằng --framework ID (hiện có: %1).</translation>
    </message>
    <message>
        <source>say where to write with -o OUT.</source>
        <translation>hãy cho biết nơi ghi bằng -o OUT.</translation>
    </message>
    <message>
        <source>%1: use the extension .ktm or .xml.</source>
        <translation>%1: hãy dùng phần mở rộng .ktm hoặc .xml.</translation>
    </message>
    <message>
        <source>Every element and relationship was mapped to %1.</source>
        <translation>Mọi phần tử và quan hệ đều đã được ánh xạ sang %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n element(s) or relationship(s) could not be mapped to %1:</source>
        <translation>
            <numerusform>%n phần tử hoặc quan hệ không ánh xạ được sang %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>element</source>
        <translation>phần tử</translation>
    </message>
    <message>
        <source>relationship</source>
        <translation>quan hệ</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%2): %n element(s)</source>
        <translation>
            <numerusform>Đã ghi %1 (%2): %n phần tử</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n relationship(s)</source>
        <translation>
            <numerusform>, %n quan hệ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n view(s).</source>
        <translation>
            <numerusform>, %n sơ đồ.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the input and the output are the same file.</source>
        <translation>%1: tệp vào và tệp ra là cùng một tệp.</translation>
    </message>
</context>
<context>
    <name>kt::cli::ValidateCommand</name>
    <message>
        <source>Check a model against its framework; exit code 1 when something is found.</source>
        <translation>Kiểm tra mô hình theo khung kiến trúc của mô hình; trả về mã thoát 1 khi phát hiện vấn đề.</translation>
    </message>
    <message>
        <source>Print the findings as JSON.</source>
        <translation>In các vấn đề phát hiện được dưới dạng JSON.</translation>
    </message>
    <message>
        <source>Report errors only, not warnings.</source>
        <translation>Chỉ báo cáo lỗi, bỏ qua cảnh báo.</translation>
    </message>
    <message>
        <source>error</source>
        <translation>lỗi</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>cảnh báo</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n error(s)</source>
        <translation>
            <numerusform>%1: %n lỗi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s).</source>
        <translation>
            <numerusform>, %n cảnh báo.</numerusform>
        </translation>
    </message>
</context>
</TS>
