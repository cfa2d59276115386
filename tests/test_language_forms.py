"""The forms newsrooms write, one row each: a sentence of our own and what a reader finds
in it. A form the lexicon learns is a row here."""

from __future__ import annotations

import pytest

from nghiquyet.extract.article import extract
from nghiquyet.extract.page import Page
from nghiquyet.extract.people import find_people


def people_of(text: str) -> dict[str, tuple[list[str], list[str]]]:
    found, _ = find_people(Page(text))
    return {p.name: (p.titles, p.roles) for p in found}


def meetings_of(text: str):
    return extract("a.txt", text).meetings


@pytest.mark.parametrize(("text", "name", "titles"), [
    ("Đồng chí Hà Văn Lực- Bí thư Huyện ủy phát biểu.", "Hà Văn Lực", ["Bí thư Huyện ủy"]),
    ("Ông Lò Văn Chiến, 52 tuổi, Chủ tịch UBND huyện được bầu.", "Lò Văn Chiến", ["Chủ tịch UBND huyện"]),
    ("Bà Vi Thị Hằng, Chủ tịch Ủy ban nhân dân (UBND) tỉnh dự.", "Vi Thị Hằng",
     ["Chủ tịch Ủy ban nhân dân (UBND) tỉnh"]),
    ("Ông Tạ Quang Vũ, Chủ nhiệm Ủy ban Pháp luật của Quốc hội dự.", "Tạ Quang Vũ",
     ["Chủ nhiệm Ủy ban Pháp luật của Quốc hội"]),
    ("Ông Đoàn Văn Khởi, nguyên Bí thư Tỉnh ủy, dự.", "Đoàn Văn Khởi", ["nguyên Bí thư Tỉnh ủy"]),
    ("Ông Mai Tiến Dũng được bầu giữ chức vụ Bí thư Tỉnh ủy nhiệm kỳ mới 2025-2030.", "Mai Tiến Dũng",
     ["Bí thư Tỉnh ủy nhiệm kỳ mới 2025-2030"]),
    ("Dự có Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lâm Văn Đức.", "Lâm Văn Đức",
     ["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"]),
    ("Ông Lò Văn Tám, Trưởng Đoàn đại biểu Quốc hội khóa XV đơn vị tỉnh Sơn La phát biểu.", "Lò Văn Tám",
     ["Trưởng Đoàn đại biểu Quốc hội khóa XV đơn vị tỉnh Sơn La"]),
    # a caption's verb written with a capital ends the title; an office named by a verb does not
    ("Đồng chí Hà Văn Tư - Phó Bí thư Thường trực Tỉnh ủy Báo cáo kết quả phiên trù bị.", "Hà Văn Tư",
     ["Phó Bí thư Thường trực Tỉnh ủy"]),
    ("Ông Hà Văn Tư, Giám đốc Trung tâm Thông tin xúc tiến du lịch phát biểu.", "Hà Văn Tư",
     ["Giám đốc Trung tâm Thông tin xúc tiến du lịch"]),
    ("Ông Hà Văn Tư, Phó Bí thư Tỉnh ủy khóa XV báo kết quả phiên họp thứ nhất.", "Hà Văn Tư",
     ["Phó Bí thư Tỉnh ủy khóa XV"]),
    ("Trung tướng Lê Văn Tâm, Phó Chủ nhiệm Tổng cục Chính trị phát biểu.", "Lê Văn Tâm",
     ["Trung tướng", "Phó Chủ nhiệm Tổng cục Chính trị"]),
    # a dash typed twice between two titles
    ("Về dự có Thượng tướng Lò Văn Ba – Ủy viên Trung ương Đảng –– Chủ nhiệm Tổng cục Hậu cần.", "Lò Văn Ba",
     ["Thượng tướng", "Ủy viên Trung ương Đảng", "Chủ nhiệm Tổng cục Hậu cần"]),
    # lower-case words of the offices' and agencies' names
    ("Ông Lê Văn Tâm, Giám đốc Ngân hàng Chính sách xã hội tỉnh phát biểu.", "Lê Văn Tâm",
     ["Giám đốc Ngân hàng Chính sách xã hội tỉnh"]),
    ("Bà Hà Thị Mai, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh dự.", "Hà Thị Mai", ["Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"]),
    ("Ông Lò Văn Ba, Giám đốc Bệnh viện Đa khoa tỉnh báo cáo.", "Lò Văn Ba", ["Giám đốc Bệnh viện Đa khoa tỉnh"]),
    ("Ông Lò Văn Ba, Trưởng ban Thi đua - Khen thưởng tỉnh dự.", "Lò Văn Ba",
     ["Trưởng ban Thi đua - Khen thưởng tỉnh"]),
    ("Đại tá Lò Văn Ba, Chủ nhiệm Hậu cần Quân khu 2 dự.", "Lò Văn Ba", ["Đại tá", "Chủ nhiệm Hậu cần Quân khu 2"]),
    # a city short with its dot glued to the name; an organ whose name holds a comma; a count after "và"
    ("Ông Lò Văn Ba, Bí thư Thành ủy TP.Lai Châu dự.", "Lò Văn Ba", ["Bí thư Thành ủy TP.Lai Châu"]),
    ("Ông Lò Văn Ba, Phó Trưởng ban Chính sách, chiến lược Trung ương dự.", "Lò Văn Ba",
     ["Phó Trưởng ban Chính sách, chiến lược Trung ương"]),
    # ... but a list of bodies after a comma is none of the title's
    ("Dự có bà Hà Thị Mai, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, các đoàn thể chính trị - xã hội tỉnh và các sở.",
     "Hà Thị Mai", ["Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"]),
    ("Dự có ông Lò Văn Ba, Phó Chủ nhiệm Ủy ban Kinh tế và Tài chính Quốc hội và 300 đại biểu.", "Lò Văn Ba",
     ["Phó Chủ nhiệm Ủy ban Kinh tế và Tài chính Quốc hội"]),
    # a duty over a named body, in a list of offices before the name
    ("Dự có Tỉnh ủy viên, Phó Trưởng Đoàn, phụ trách Đoàn Đại biểu Quốc hội tỉnh Lò Văn Ba.", "Lò Văn Ba",
     ["Tỉnh ủy viên", "Phó Trưởng Đoàn", "phụ trách Đoàn Đại biểu Quốc hội tỉnh"]),
    # a space typed twice before the name
    ("Dự có Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh  Hà Thị Mai.", "Hà Thị Mai",
     ["Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"]),
    # two offices held at once, joined into one title
    ("Ông Lò Văn Ba, Phó Chủ tịch UBND tỉnh kiêm Giám đốc Sở Tài chính dự.", "Lò Văn Ba",
     ["Phó Chủ tịch UBND tỉnh kiêm Giám đốc Sở Tài chính"]),
    ("Ông Lò Văn Ba, Thư ký Bí thư Tỉnh ủy dự.", "Lò Văn Ba", ["Thư ký Bí thư Tỉnh ủy"]),
    # a committee named after the papers it drafts, for a congress
    ("Ông Lê Văn Tâm, Thường trực Tiểu ban Văn kiện Đại hội 15 của Đảng phát biểu.", "Lê Văn Tâm",
     ["Thường trực Tiểu ban Văn kiện Đại hội 15 của Đảng"]),
    # the ministry a unit belongs to, after a comma; a provincial unit after an office is not
    ("Ông Lò Văn Ba, Vụ trưởng Vụ Tổ chức cán bộ, Bộ Nội vụ phát biểu.", "Lò Văn Ba",
     ["Vụ trưởng Vụ Tổ chức cán bộ, Bộ Nội vụ"]),
    ("Ông Lò Văn Ba, Chủ tịch UBND tỉnh, Bộ đội Biên phòng tỉnh dự.", "Lò Văn Ba", ["Chủ tịch UBND tỉnh"]),
    # a duty after an office closed by its level is what the person does, not the office
    ("Tỉnh ủy phân công ông Lò Văn Ba, Phó Chủ tịch UBND tỉnh phụ trách UBND tỉnh.", "Lò Văn Ba",
     ["Phó Chủ tịch UBND tỉnh"]),
    ("Ông Lò Văn Ba, Phó Giám đốc phụ trách Sở Tư pháp dự.", "Lò Văn Ba", ["Phó Giám đốc phụ trách Sở Tư pháp"]),
    # an office still to be filled is no one's
    ("Tỉnh ủy phân công ông Lò Văn Ba, Phó Chủ tịch UBND tỉnh điều hành đến khi bầu bổ sung chức danh "
     "Chủ tịch UBND tỉnh.", "Lò Văn Ba", ["Phó Chủ tịch UBND tỉnh"]),
    # a photo caption's credit after a dash is no part of the title
    ("Ông Mai Văn Hòa nhận hoa sau khi được bầu làm Bí thư Tỉnh ủy – Ảnh: Báo Tuyên Quang", "Mai Văn Hòa",
     ["Bí thư Tỉnh ủy"]),
    # other words of election
    ("Ông Hà Văn Nam, Bí thư Huyện ủy khóa XV tiếp tục trúng cử Bí thư Huyện ủy khóa XVI.", "Hà Văn Nam",
     ["Bí thư Huyện ủy khóa XV", "Bí thư Huyện ủy khóa XVI"]),
    ("Đồng chí Hà Văn Nam, Chủ tịch UBND huyện được bầu là Bí thư Huyện ủy khóa XX.", "Hà Văn Nam",
     ["Chủ tịch UBND huyện", "Bí thư Huyện ủy khóa XX"]),
    # the years of a term after its number, past a comma
    ("Ông Hà Văn Nam được bầu giữ chức Bí thư Huyện ủy nhiệm kỳ XXV, 2025-2030 với số phiếu tuyệt đối.",
     "Hà Văn Nam", ["Bí thư Huyện ủy nhiệm kỳ XXV, 2025-2030"]),
    # a note on age, birth or home town in brackets holds no office, and the titles go on after it
    ("Ông Hà Văn Nam (48 tuổi, quê Bắc Ninh), phó chủ tịch UBND tỉnh, vừa được bầu giữ chức bí thư Tỉnh ủy.",
     "Hà Văn Nam", ["phó chủ tịch UBND tỉnh", "bí thư Tỉnh ủy"]),
    # a given name of one marked letter
    ("Ông Lê Minh Ý, Giám đốc Sở Nội vụ, được bầu làm Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy.", "Lê Minh Ý",
     ["Giám đốc Sở Nội vụ", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"]),
    ("Bà Lò Thị Mai (sinh năm 1979), Trưởng Ban Dân vận Tỉnh ủy, phát biểu.", "Lò Thị Mai",
     ["Trưởng Ban Dân vận Tỉnh ủy"]),
    ("Đồng chí Hà Văn Nam, sinh năm 1970, dân tộc Tày, Phó Bí thư Huyện ủy được bầu làm Bí thư Huyện ủy.",
     "Hà Văn Nam", ["Phó Bí thư Huyện ủy", "Bí thư Huyện ủy"]),
    # lower-case words of organisation names
    ("Ông Lò Văn Ba, Trưởng Ban Công tác đại biểu phát biểu.", "Lò Văn Ba", ["Trưởng Ban Công tác đại biểu"]),
    ("Ông Hà Văn Nam, Thứ trưởng Bộ Ngoại giao dự.", "Hà Văn Nam", ["Thứ trưởng Bộ Ngoại giao"]),
    # memberships written as initials, a deputy head with "Trưởng" left out
    ("Dự có ông Hà Văn Nam, UVTVTU, Phó Ban Dân vận Tỉnh ủy.", "Hà Văn Nam", ["UVTVTU", "Phó Ban Dân vận Tỉnh ủy"]),
    ("Bà Lò Thị Mai, TUV, Chủ tịch Hội Nông dân tỉnh phát biểu.", "Lò Thị Mai", ["TUV", "Chủ tịch Hội Nông dân tỉnh"]),
    ("Dự có UV Dự khuyết TW Đảng, Phó Chủ tịch UBND tỉnh Hà Văn Nam.", "Hà Văn Nam",
     ["UV Dự khuyết TW Đảng", "Phó Chủ tịch UBND tỉnh"]),
    # a youth union's name, then the next office after a comma: no presidium
    ("Ông Hà Văn Nam, Bí thư Trung ương Đoàn, chủ tịch Hội đồng Đội trung ương dự.", "Hà Văn Nam",
     ["Bí thư Trung ương Đoàn", "chủ tịch Hội đồng Đội trung ương"]),
    ("Ông Hà Văn Nam, Phó Chánh án Tòa án nhân dân Tối cao dự.", "Hà Văn Nam",
     ["Phó Chánh án Tòa án nhân dân Tối cao"]),
    ("Ông Hà Văn Nam, Trưởng Bộ phận Thường trực Tiểu ban Kinh tế - Xã hội dự.", "Hà Văn Nam",
     ["Trưởng Bộ phận Thường trực Tiểu ban Kinh tế - Xã hội"]),
    # titles alone between semicolons after a veteran's honour are still that person's
    ("Dự có các đồng chí: Lò Văn Ba, lão thành cách mạng; nguyên Bí thư Tỉnh ủy Hà Tuyên; Hà Văn Nam, nguyên Bí thư "
     "Tỉnh ủy.", "Lò Văn Ba", ["lão thành cách mạng", "nguyên Bí thư Tỉnh ủy Hà Tuyên"]),
    # an excerpt cut in the word after a dash
    ("Đại hội bầu Đoàn Thư ký gồm 3 thành viên: Ông Lò Văn Tám, Chánh Văn phòng Tỉnh ủy - Trư", "Lò Văn Tám",
     ["Chánh Văn phòng Tỉnh ủy"]),
    # a photo gallery's caption number glued to the first title
    ("Quang cảnh đại hội ảnh 3Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Lò Văn Tám phát biểu khai mạc.", "Lò Văn Tám",
     ["Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"]),
    ("Quang cảnh đại hội ảnh 6Chủ tịch UBND huyện Hà Văn Nam phát biểu tham luận.", "Hà Văn Nam",
     ["Chủ tịch UBND huyện"]),
    # offices of the central inspectorate, the state bank, the army staff...
    ("Bộ Chính trị chỉ định đồng chí Hà Văn Nam, Phó Tổng Thanh tra Chính phủ giữ chức Bí thư Tỉnh ủy Điện Biên.",
     "Hà Văn Nam", ["Phó Tổng Thanh tra Chính phủ", "Bí thư Tỉnh ủy Điện Biên"]),
    # a body set up for a purpose keeps its purpose in lower case, up to a mark or a role verb
    ("Đồng chí Lò Văn Tám, Trưởng Ban chỉ đạo của Tỉnh ủy về thực hiện Nghị quyết 19 chủ trì hội nghị.", "Lò Văn Tám",
     ["Trưởng Ban chỉ đạo của Tỉnh ủy về thực hiện Nghị quyết 19"]),
    ("Bà Hà Thị Lan, Tổ trưởng Tổ công tác giúp việc thực hiện Quyết định số 99 của Ban Bí thư cùng dự.", "Hà Thị Lan",
     ["Tổ trưởng Tổ công tác giúp việc thực hiện Quyết định số 99 của Ban Bí thư"]),
    ("Đồng chí Lò Văn Tám, Trưởng Ban Chỉ đạo nhấn mạnh yêu cầu.", "Lò Văn Tám", ["Trưởng Ban Chỉ đạo"]),
    ("Ông Hà Văn Nam, Phó trưởng BCĐ Trung ương về tổng kết 10 năm thực hiện Nghị quyết (NQ) 26 (khóa X) về nông "
     "nghiệp, phát biểu.", "Hà Văn Nam",
     ["Phó trưởng BCĐ Trung ương về tổng kết 10 năm thực hiện Nghị quyết (NQ) 26 (khóa X) về nông nghiệp"]),
    # a heading over members whose titles are in brackets, the last after "và đồng chí"
    ("Hội nghị bầu 3 Phó Bí thư Tỉnh ủy khóa mới gồm các đồng chí: Lò Văn Tám (Trưởng Ban Tổ chức), Hà Văn Nam (Chủ "
     "tịch UBND tỉnh) và đồng chí Cầm Thị Hoa (Chủ tịch HĐND tỉnh).", "Cầm Thị Hoa",
     ["Phó Bí thư Tỉnh ủy khóa mới", "Chủ tịch HĐND tỉnh"]),
    # a heading's titles, then a note in brackets and a colon
    ("Hàng đầu gồm 2 Phó Bí thư Tỉnh ủy khóa XV (từ trái sang): UV Dự khuyết TW Đảng, Chủ tịch UBND tỉnh Lò Văn Tám, "
     "Chủ tịch HĐND tỉnh Hà Thị Lan.", "Lò Văn Tám",
     ["Phó Bí thư Tỉnh ủy khóa XV", "UV Dự khuyết TW Đảng", "Chủ tịch UBND tỉnh"]),
    ("Các Phó Bí thư Tỉnh ủy tỉnh này gồm các ông: Lò Văn Tám, Hà Văn Nam.", "Hà Văn Nam",
     ["Phó Bí thư Tỉnh ủy tỉnh này"]),
    # a member's titles written with no mark after the name, to the end of the item
    ("Dự có các đồng chí: Lò Văn Tám, Bí thư Tỉnh ủy; Hà Văn Nam Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; các đồng chí "
     "trong Ban Thường vụ Tỉnh ủy.", "Hà Văn Nam", ["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"]),
    # the last member after "; và"
    ("Hai Phó Bí thư Huyện ủy gồm các ông: Lò Văn Tám, Chủ tịch UBND huyện; và Hà Văn Nam, Trưởng ban Dân vận Huyện "
     "ủy.", "Hà Văn Nam", ["Phó Bí thư Huyện ủy", "Trưởng ban Dân vận Huyện ủy"]),
    # titles between semicolons are the person's up to what is said of them
    ("Ông Lò Văn Tám - Ủy viên Quân ủy Trung ương; Ủy viên Thường vụ Đảng ủy Bộ Tổng tham mưu; Thiếu tướng, Phó Tổng "
     "Tham mưu trưởng được Bộ Chính trị chỉ định giữ chức Bí thư Tỉnh ủy.", "Lò Văn Tám",
     ["Ủy viên Quân ủy Trung ương", "Ủy viên Thường vụ Đảng ủy Bộ Tổng tham mưu", "Thiếu tướng", "Phó Tổng Tham mưu "
      "trưởng", "Bí thư Tỉnh ủy"]),
    # abbreviations joined by "&"
    ("UBND tỉnh bổ nhiệm ông Lò Văn Tám - Phó Giám đốc Sở Thông tin và Truyền thông (TT&TT) giữ chức Giám đốc Sở "
     "TT&TT.", "Lò Văn Tám", ["Phó Giám đốc Sở Thông tin và Truyền thông (TT&TT)", "Giám đốc Sở TT&TT"]),
    # an abbreviation written with a dot inside the office's name
    ("Ông Lò Văn Tám, Phó Chủ tịch Thường trực UBND TP. Điện Biên Phủ phát biểu.", "Lò Văn Tám",
     ["Phó Chủ tịch Thường trực UBND TP. Điện Biên Phủ"]),
    ("TS. Lò Văn Tám, Giám đốc Sở Y tế phát biểu.", "Lò Văn Tám", ["TS", "Giám đốc Sở Y tế"]),
    # a comma inside a department's name
    ("Bà Cầm Thị Hoa, Giám đốc Sở Lao động, Thương binh và Xã hội phát biểu.", "Cầm Thị Hoa",
     ["Giám đốc Sở Lao động, Thương binh và Xã hội"]),
])
def test_titles_are_read_whole(text, name, titles):
    assert people_of(text)[name][0] == titles


@pytest.mark.parametrize(("text", "names"), [
    # a title before each name in a comma chain belongs to the name after it
    ("Dự có Bí thư Tỉnh ủy Hoàng Văn Sơn, Phó Bí thư Tỉnh ủy - Trưởng đoàn ĐBQH tỉnh Đinh Thị Lan.",
     {"Hoàng Văn Sơn": ["Bí thư Tỉnh ủy"], "Đinh Thị Lan": ["Phó Bí thư Tỉnh ủy", "Trưởng đoàn ĐBQH tỉnh"]}),
    # one title before several names
    ("Các Phó Chủ tịch HĐND tỉnh Lương Thị Hoa, Nông Văn Quý đồng chủ trì.",
     {"Lương Thị Hoa": ["Phó Chủ tịch HĐND tỉnh"], "Nông Văn Quý": ["Phó Chủ tịch HĐND tỉnh"]}),
    # a heading closed by 'gồm' titles the whole list
    ("Các Phó Bí thư Tỉnh ủy gồm ông Lục Văn Tám, Chủ tịch UBND tỉnh; bà Hà Thị Nhung và ông Sầm Văn Chín.",
     {"Lục Văn Tám": ["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"], "Hà Thị Nhung": ["Phó Bí thư Tỉnh ủy"],
      "Sầm Văn Chín": ["Phó Bí thư Tỉnh ủy"]}),
    # titles alone between semicolons are still those of the name before; titles that end in a name are its
    ("Dự có đồng chí Lục Văn Tám, Phó Bí thư Thường trực Tỉnh ủy; Chủ tịch HĐND tỉnh; đồng chí Hà Thị Nhung, "
     "Phó Chủ tịch UBND tỉnh.",
     {"Lục Văn Tám": ["Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"],
      "Hà Thị Nhung": ["Phó Chủ tịch UBND tỉnh"]}),
    ("Dự có đồng chí Lục Văn Tám, Bí thư Tỉnh ủy; Phó Bí thư Tỉnh ủy Hà Thị Nhung.",
     {"Lục Văn Tám": ["Bí thư Tỉnh ủy"], "Hà Thị Nhung": ["Phó Bí thư Tỉnh ủy"]}),
    # an office given after a list is given to everyone in it
    ("Hai đồng chí: Lục Văn Tám, Phó Bí thư Tỉnh ủy khóa XVI; Hà Thị Nhung, Trưởng ban Tổ chức Tỉnh ủy được bầu "
     "giữ chức Phó Bí thư Tỉnh ủy khóa XVII.",
     {"Lục Văn Tám": ["Phó Bí thư Tỉnh ủy khóa XVI", "Phó Bí thư Tỉnh ủy khóa XVII"],
      "Hà Thị Nhung": ["Trưởng ban Tổ chức Tỉnh ủy", "Phó Bí thư Tỉnh ủy khóa XVII"]}),
    # a title ends before "và" and a whole name that a role follows
    ("Dự có các đồng chí Lương Văn Khải, Bí thư Tỉnh ủy; Ma Thị Dung, Chủ tịch UBND tỉnh và Nông Quốc Bảo dự.",
     {"Ma Thị Dung": ["Chủ tịch UBND tỉnh"], "Nông Quốc Bảo": []}),
    # a member whose titles end in words no rule reads does not end the list
    ("Các đồng chí Ủy viên Trung ương Đảng: Kiều Văn An - Phó trưởng Ban Kinh tế xanh tuần hoàn Trung ương; "
     "Quách Thị Mai - Phó Chủ tịch Quốc hội.",
     {"Kiều Văn An": ["Ủy viên Trung ương Đảng"],
      "Quách Thị Mai": ["Ủy viên Trung ương Đảng", "Phó Chủ tịch Quốc hội"]}),
    # titles first, then a dash and the name, for each in turn
    ("Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh – Lương Văn Khải, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh - Ma Thị Dung đồng "
     "chủ trì hội nghị.", {"Lương Văn Khải": ["Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"],
                           "Ma Thị Dung": ["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"]}),
    # ... with a term in brackets, and whatever verb after the name
    ("Ngay sau Đại hội, Bí thư Huyện ủy khóa X (nhiệm kỳ 2020-2025) - Lương Văn Khải dành cho phóng viên cuộc phỏng "
     "vấn.", {"Lương Văn Khải": ["Bí thư Huyện ủy khóa X (nhiệm kỳ 2020-2025)"]}),
    # titles closed by a comma before a whole name
    ("Theo Bí thư Tỉnh ủy, Lương Văn Khải, trong thời gian chờ bầu, đồng chí Ma Thị Dung, Phó Chủ tịch UBND tỉnh điều "
     "hành.", {"Lương Văn Khải": ["Bí thư Tỉnh ủy"], "Ma Thị Dung": ["Phó Chủ tịch UBND tỉnh"]}),
    # ... or by a comma and a cue, where the titles open a clause or a list item
    ("Phát biểu khai mạc, Bí thư Huyện ủy nhiệm kỳ 2020-2025, đồng chí Lương Văn Khải, nhấn mạnh yêu cầu.",
     {"Lương Văn Khải": ["Bí thư Huyện ủy nhiệm kỳ 2020-2025"]}),
    ("Dự có Bí thư Tỉnh ủy, đồng chí Lương Văn Khải, Chủ tịch UBND tỉnh, đồng chí Ma Thị Dung.",
     {"Lương Văn Khải": ["Bí thư Tỉnh ủy"], "Ma Thị Dung": ["Chủ tịch UBND tỉnh"]}),
    ("Thừa ủy quyền của Ban Bí thư Trung ương Đảng, đồng chí Lương Văn Khải, Bí thư Tỉnh ủy trao quyết định.",
     {"Lương Văn Khải": ["Bí thư Tỉnh ủy"]}),
    # a heading over names alone ends where a semicolon brings a name with its own title
    ("Dự có các đồng chí nguyên Chủ tịch nước: Lò Văn Mười, Hà Văn Phiêu; nguyên Thủ tướng Chính phủ Cầm Văn Khải.",
     {"Hà Văn Phiêu": ["nguyên Chủ tịch nước"], "Cầm Văn Khải": ["nguyên Thủ tướng Chính phủ"]}),
    # a heading's titles, a word that qualifies them, then "là" and the names
    ("Ngoài ra còn có 3 Phó Bí thư khác là Đặng Văn Tám, Bùi Thắng, Lưu Văn Hai.",
     {"Đặng Văn Tám": ["Phó Bí thư"], "Bùi Thắng": ["Phó Bí thư"], "Lưu Văn Hai": ["Phó Bí thư"]}),
    # the titles after an office given are the person's too
    ("Ông Y Kim Êban được chỉ định giữ chức Bí thư Tỉnh ủy, Trưởng đoàn Đại biểu Quốc hội tỉnh Đắk Nông; ông Hồ Văn "
     "Tư - Phó Bí thư Tỉnh ủy.", {"Y Kim Êban": ["Bí thư Tỉnh ủy", "Trưởng đoàn Đại biểu Quốc hội tỉnh Đắk Nông"],
                                  "Hồ Văn Tư": ["Phó Bí thư Tỉnh ủy"]}),
    # initials of a membership go on with the list
    ("Dự có các đồng chí: Lò Văn Ba, Bí thư Huyện ủy; Hà Văn Tư, UVTVHU, Trưởng Ban Dân vận Huyện ủy; Cầm Thị Nga, "
     "UVTVHU, Chủ tịch UBND huyện.", {"Lò Văn Ba": ["Bí thư Huyện ủy"],
                                      "Hà Văn Tư": ["UVTVHU", "Trưởng Ban Dân vận Huyện ủy"],
                                      "Cầm Thị Nga": ["UVTVHU", "Chủ tịch UBND huyện"]}),
    # names alone after one honorific
    ("Ban Thường vụ Huyện ủy gồm 9 người gồm:ông Lò Văn Ba, Hà Văn Tư, Cầm Thị Nga và Vi Văn Sáng.",
     {"Lò Văn Ba": [], "Hà Văn Tư": [], "Cầm Thị Nga": [], "Vi Văn Sáng": []}),
])
def test_lists_give_each_name_its_titles(text, names):
    found = people_of(text)
    assert {name: found[name][0][:len(titles)] for name, titles in names.items()} == names
    assert all(found[name][0] == [] for name, titles in names.items() if not titles)


@pytest.mark.parametrize(("text", "not_a_person"), [
    ("Đồng chí Bí thư huyện Nông Cống dự hội nghị.", "Nông Cống"),
    ("Đồng chí Phan Văn Hai - Bí thư Huyện ủy Bắc Hà tặng hoa.", "Bắc Hà"),
    ("Bà Y Liên (Chủ tịch UBND huyện Tu Mơ Rông) phát biểu.", "Tu Mơ Rông"),
    ("Dự họp có đồng chí Vũ Văn Hòa, Ủy viên TW Đảng, Phó Trưởng ban Kinh tế Trung ương.", "TW Đảng"),
    ("Dự có các đồng chí: Hà Văn Quý (Tỉnh ủy viên, Bí thư Huyện ủy Lâm Hà); Lò Văn Lai (Chủ tịch UBND tỉnh).",
     "Lâm Hà"),
    # an excerpt cut inside a name
    ("Dự có các đồng chí: Lò Văn Tám, Bí thư Tỉnh ủy; Hà Thị", "Hà Thị"),
    # two capitals after a committee in a list of offices are where it sits
    ("Dự có Chánh Văn phòng Tỉnh ủy; Bí thư Huyện ủy Lộc Ninh, Phái viên Ban Thường vụ Tỉnh ủy; các sở, ngành.",
     "Lộc Ninh"),
    ("Dự có các đồng chí: Lò Văn Ba, lão thành cách mạng; nguyên Bí thư Tỉnh ủy Hà Tuyên; Hà Văn Nam, nguyên Bí thư "
     "Tỉnh ủy.", "Hà Tuyên"),
    # ... or the level before them, whose places no table lists
    ("Trước đó, ông từng giữ cương vị Chủ tịch UBND thành phố Tam Kỳ và Bí thư Thành ủy Tam Kỳ.", "Tam Kỳ"),
    # a place that ends with a letter
    ("Ông Lò Văn Ba từng đảm nhiệm các chức vụ như: Phó Chủ tịch UBND huyện Hà Tân A; Chánh Văn phòng Tỉnh ủy.",
     "Hà Tân A"),
    # the country
    ("Tôi xin gửi đến đồng chí Phó Chủ tịch Trung ương Hội Nông dân Việt Nam, Đoàn Chủ tịch Đại hội lời chào.",
     "Việt Nam"),
])
def test_a_place_or_an_abbreviation_is_no_person(text, not_a_person):
    assert not_a_person not in people_of(text)


@pytest.mark.parametrize(("text", "names"), [
    # "anh" and "chị" name the young as "ông" and "bà" name their elders
    ("Chị Lò Thị Hạnh được bầu làm Bí thư Huyện đoàn.", {"Lò Thị Hạnh": ["Bí thư Huyện đoàn"]}),
    ("Hai phó bí thư Huyện đoàn gồm: anh Vi Văn Sáng và chị Cầm Thị Nga.",
     {"Vi Văn Sáng": ["phó bí thư Huyện đoàn"], "Cầm Thị Nga": ["phó bí thư Huyện đoàn"]}),
    # "Ba" (three) before a heading is no "bà"
    ("Ba Phó Chủ tịch HĐND huyện gồm: ông Vi Văn Sáng, bà Cầm Thị Nga và ông Hà Văn Tư.",
     {"Vi Văn Sáng": ["Phó Chủ tịch HĐND huyện"], "Cầm Thị Nga": ["Phó Chủ tịch HĐND huyện"],
      "Hà Văn Tư": ["Phó Chủ tịch HĐND huyện"]}),
])
def test_honorifics_before_a_name(text, names):
    found = people_of(text)
    assert {name: found[name][0] for name in names} == names


@pytest.mark.parametrize("text", [
    "Anh em Cầm Văn Tú cùng dự.",
    "Chị em Lò Thị Hạnh tham gia hội thi.",
])
def test_honorifics_as_ordinary_words_name_no_one(text):
    assert not people_of(text)


@pytest.mark.parametrize(("text", "roles"), [
    ("Các đồng chí Lưu Văn Bình - Bí thư Tỉnh ủy; Phùng Thị Lan - Chủ tịch UBND tỉnh và Tô Văn Hải - Chủ tịch "
     "HĐND tỉnh đồng chủ trì hội nghị.",
     {"Lưu Văn Bình": "chủ trì", "Phùng Thị Lan": "chủ trì", "Tô Văn Hải": "chủ trì"}),
    ("Đồng chí Lưu Văn Bình, Bí thư Tỉnh ủy điều hành phiên thảo luận.", {"Lưu Văn Bình": "chủ trì"}),
    ("Bí thư Huyện ủy Lò Văn Ba điều hành bầu Đoàn Thư ký của Đại hội.", {"Lò Văn Ba": "chủ trì"}),
    ("Phát biểu khai mạc, đồng chí Lưu Văn Bình nhấn mạnh yêu cầu.", {"Lưu Văn Bình": "phát biểu"}),
    ("Dự hội nghị có các đồng chí: Lưu Văn Bình, Bí thư Tỉnh ủy; Phùng Thị Lan, Chủ tịch UBND tỉnh.",
     {"Lưu Văn Bình": "dự", "Phùng Thị Lan": "dự"}),
    ("Hội nghị có sự tham dự và chỉ đạo của Thiếu tướng Lưu Văn Bình, Phó Tư lệnh Quân khu 2.",
     {"Lưu Văn Bình": "dự"}),
    ("Dự hội nghị có đồng chí Lưu Văn Bình, Bí thư Tỉnh ủy chủ trì hội nghị.", {"Lưu Văn Bình": "chủ trì"}),
    ("Đồng chí Lưu Văn Bình trình bày báo cáo tại hội nghị.", {"Lưu Văn Bình": "báo cáo"}),
    # a long meeting name between "Tham dự" and "còn có" still leads to the list
    ("Tham dự Đại hội đại biểu Đảng bộ tỉnh Lai Châu lần thứ XV, nhiệm kỳ 2025 - 2030 còn có nguyên Chủ tịch "
     "Quốc hội Lò Văn Tám; nguyên Phó Thủ tướng Hà Thị Sáu.", {"Lò Văn Tám": "dự", "Hà Thị Sáu": "dự"}),
    # "on the side of the province there were": a list of those present
    ("Về phía tỉnh Lai Châu có các đồng chí: Lò Văn Tám - Bí thư Tỉnh ủy; Hà Thị Sáu - Chủ tịch UBND tỉnh.",
     {"Lò Văn Tám": "dự", "Hà Thị Sáu": "dự"}),
    # a line wrapped inside a sentence, as text copied from a PDF is
    ("Đồng chí Lưu Văn Bình, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh chủ\ntrì hội nghị.",
     {"Lưu Văn Bình": "chủ trì"}),
    # those a speech salutes are before it
    ("Kính thưa đồng chí Hà Văn Tư, Ủy viên Trung ương Đảng, Phó Chủ tịch Quốc hội.", {"Hà Văn Tư": "dự"}),
    # "had a speech": gave one
    ("Bà Lò Thị Hoa, Chủ tịch UBND tỉnh có bài phát biểu chỉ đạo hội nghị.", {"Lò Thị Hoa": "phát biểu"}),
    # "báo cáo" clipped before what it reports, which ends the title
    ("Thay mặt Đoàn Chủ tịch, ông Hà Văn Tư, Phó Bí thư Tỉnh ủy khóa XV báo kết quả phiên họp thứ nhất.",
     {"Hà Văn Tư": "báo cáo"}),
    # "came to attend, there were also"
    ("Về dự còn có các đồng chí: Lò Văn Tám, nguyên Bí thư Tỉnh ủy; Hà Thị Sáu, nguyên Chủ tịch UBND tỉnh.",
     {"Lò Văn Tám": "dự", "Hà Thị Sáu": "dự"}),
    # whom the person stands for, however many bodies, does not part them from their verb
    ("Đồng chí Lưu Văn Bình, Ủy viên Bộ Chính trị, Trưởng Ban Dân vận Trung ương thay mặt Bộ Chính trị, Ban Bí thư "
     "Trung ương Đảng dự và chỉ đạo Đại hội.", {"Lưu Văn Bình": "dự"}),
    ("Ông Lưu Văn Bình, Bí thư Tỉnh ủy thay mặt Ban Chấp hành Đảng bộ tỉnh khóa XV trình bày báo cáo chính trị.",
     {"Lưu Văn Bình": "báo cáo"}),
    # a list that a full stop parts from the verb that opened it goes on with it
    ("Dự Đại hội có đồng chí Lò Văn Tám, Ủy viên Trung ương Đảng. Các ông: Hà Văn Sáu - Phó Chủ tịch UBND tỉnh; "
     "Cầm Văn Tú - Giám đốc Sở Nội vụ.", {"Lò Văn Tám": "dự", "Hà Văn Sáu": "dự", "Cầm Văn Tú": "dự"}),
    # those a verb's subject does it with
    ("Đồng chí Lò Văn Ba, Bí thư Huyện ủy chủ trì hội nghị cùng các đồng chí: Hà Văn Tư, Phó Bí thư Huyện ủy; Cầm "
     "Thị Nga, Chủ tịch UBND huyện.", {"Lò Văn Ba": "chủ trì", "Hà Văn Tư": "chủ trì", "Cầm Thị Nga": "chủ trì"}),
    ("Ông Lò Văn Ba chủ trì phiên họp cùng ông Hà Văn Tư, Phó Chủ tịch HĐND tỉnh và bà Cầm Thị Nga, Phó Chủ tịch "
     "HĐND tỉnh.", {"Hà Văn Tư": "chủ trì", "Cầm Thị Nga": "chủ trì"}),
    # a verb that opens the clause after a short one saying when
    ("Trước đó, phát biểu khai mạc hội nghị, Chủ tịch UBND tỉnh Lò Văn Ba đề nghị các sở làm rõ nguyên nhân.",
     {"Lò Văn Ba": "phát biểu"}),
    # those who hold a working session with a body are at it
    ("Chiều 3/4/2024, các đồng chí: Hà Văn Tư, Bí thư Tỉnh ủy; Lò Thị Mai, Phó Bí thư Tỉnh ủy đã làm việc với Đảng "
     "ủy Khối cơ quan tỉnh.", {"Hà Văn Tư": "dự", "Lò Thị Mai": "dự"}),
    # a presidium chairs
    ("Đoàn Chủ tịch Đại hội gồm các đồng chí: Lò Văn Ba, Bí thư Huyện ủy; Hà Văn Tư, Chủ tịch UBND huyện.",
     {"Lò Văn Ba": "chủ trì", "Hà Văn Tư": "chủ trì"}),
    # a speech read out, a topic presented
    ("Diễn văn khai mạc, Bí thư Huyện ủy Lò Văn Ba cho biết đại hội là dấu mốc của cả nhiệm kỳ.",
     {"Lò Văn Ba": "phát biểu"}),
    ("Ông Hà Văn Tư, Phó Bí thư Huyện ủy thay mặt Ban Chấp hành Đảng bộ huyện khóa mới đọc diễn văn bế mạc Đại hội.",
     {"Hà Văn Tư": "phát biểu"}),
    ("Các đại biểu nghe Phó Trưởng Ban Tuyên giáo Trung ương Hà Văn Tư truyền đạt chuyên đề về chuyển đổi số.",
     {"Hà Văn Tư": "báo cáo"}),
    ("Đồng chí Hà Văn Tư, Trưởng Ban Tuyên giáo Tỉnh ủy giới thiệu nội dung cơ bản của Nghị quyết.",
     {"Hà Văn Tư": "báo cáo"}),
    # verbs one after another before the name, a comma between
    ("Tới dự, phát biểu chỉ đạo đại hội, đồng chí Lò Văn Ba, Ủy viên Bộ Chính trị, yêu cầu tỉnh đẩy mạnh cải cách.",
     {"Lò Văn Ba": "phát biểu"}),
    # what someone is said to have said
    ("Trên cương vị mới, bà Cầm Thị Nga cảm ơn các đại biểu đã tín nhiệm.", {"Cầm Thị Nga": "phát biểu"}),
    ("Chủ tịch Ủy ban MTTQ tỉnh Lò Văn Ba đã phát động phong trào ủng hộ đồng bào vùng lũ.",
     {"Lò Văn Ba": "phát biểu"}),
    ("Tại buổi lễ, Phó Chủ tịch Quốc hội Lò Văn Ba khẳng định: đây là dấu mốc quan trọng.", {"Lò Văn Ba": "phát biểu"}),
    ("Tại hội nghị, Bí thư Tỉnh ủy Lò Văn Ba đề nghị các cấp ủy sắp xếp bộ máy.", {"Lò Văn Ba": "phát biểu"}),
    # directing the meeting named is being at it
    ("Ông Lò Văn Ba được giao tiếp tục chỉ đạo Đại hội Đảng bộ tỉnh cho đến phiên bế mạc.", {"Lò Văn Ba": "dự"}),
    ("Đại hội diễn ra với sự tham dự và chỉ đạo của Thiếu tướng Lò Văn Ba, Phó Tư lệnh Quân khu 2.",
     {"Lò Văn Ba": "dự"}),
    # a working session held by those named before it
    ("Sáng 5/3, các đồng chí: Lò Văn Ba, Bí thư Tỉnh ủy; Hà Văn Tư, Phó Bí thư Tỉnh ủy đã làm việc với Ban Tuyên giáo "
     "Tỉnh ủy.", {"Lò Văn Ba": "dự", "Hà Văn Tư": "dự"}),
    # those at a conference's bridge
    ("Tại điểm cầu của Huyện ủy có các đồng chí: Lò Văn Ba, Bí thư Huyện ủy; Hà Văn Tư, Chủ tịch UBND huyện.",
     {"Lò Văn Ba": "dự", "Hà Văn Tư": "dự"}),
    # verbs joined by "và" that open the sentence, before titles and a name
    ("Chủ trì và điều hành Đại hội Bí thư Huyện ủy Cầm Văn Tú.", {"Cầm Văn Tú": "chủ trì"}),
    # where each stands in a picture, in brackets, does not part them from their verb
    ("Bí thư Tỉnh ủy Lò Văn Ba (thứ hai từ trái sang) và Chủ tịch UBND tỉnh Hà Văn Tư (thứ ba từ trái sang) dự lễ "
     "khai mạc.", {"Lò Văn Ba": "dự", "Hà Văn Tư": "dự"}),
    # those a list of those present goes on with, named by their offices alone
    ("Các đồng chí: Lò Văn Ba, Bí thư Huyện ủy; Hà Văn Tư, Chủ tịch UBND huyện, các đồng chí Ủy viên Ban Thường vụ "
     "Huyện ủy, Ủy viên Ban Chấp hành Đảng bộ huyện khóa XXI và 215 đại biểu chính thức, đại diện cho hơn 9.000 đảng "
     "viên trong toàn Đảng bộ huyện dự đại hội.", {"Lò Văn Ba": "dự", "Hà Văn Tư": "dự"}),
    # the province's leaders listed at a meeting are present
    ("Lãnh đạo tỉnh Lai Châu có Bí thư Tỉnh ủy Lò Văn Ba; Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Hà Văn Tư cùng 300 "
     "đại biểu chính thức.", {"Lò Văn Ba": "dự", "Hà Văn Tư": "dự"}),
    # those who introduce the delegates, and the delegates introduced, are present
    ("Thay mặt Ban Tổ chức, đồng chí Lò Văn Ba, Chánh Văn phòng Tỉnh ủy giới thiệu đại biểu và khách mời, gồm "
     "các đồng chí nguyên Bí thư Tỉnh ủy: Hà Văn Tư, Cầm Văn Tú; nguyên Chủ tịch UBND tỉnh Vi Thị Nga.",
     {"Lò Văn Ba": "dự", "Hà Văn Tư": "dự", "Cầm Văn Tú": "dự", "Vi Thị Nga": "dự"}),
    # the chair of a meeting's presidium chairs it
    ("Đồng chí Lò Văn Ba, Bí thư Tỉnh ủy khóa XIV là Chủ tịch Đoàn Chủ tịch Đại hội.", {"Lò Văn Ba": "chủ trì"}),
])
def test_roles_come_from_the_verbs_around_the_people(text, roles):
    found = people_of(text)
    assert all(role in found[name][1] for name, role in roles.items()), found


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Bộ Chính trị chỉ định bà Lò Thị Hoa, Chủ tịch UBND tỉnh giữ chức Phó Bí thư.", "Lò Thị Hoa", "được chỉ định"),
    ("Hội nghị đã bầu đồng chí Cầm Văn Tú giữ chức Bí thư Tỉnh ủy.", "Cầm Văn Tú", "được bầu"),
])
def test_the_person_an_appointment_names(text, name, role):
    assert role in people_of(text)[name][1]


@pytest.mark.parametrize("text", [
    "Hai ông Cầm Văn Tú (Trưởng Ban Tổ chức Tỉnh ủy) và Hà Thị Lan (Chủ tịch UBND tỉnh) được bầu giữ chức Phó Bí thư "
    "Tỉnh ủy.",
    "Đồng chí Cầm Văn Tú, Trưởng Ban Tổ chức Tỉnh ủy và đồng chí Hà Thị Lan, Chủ tịch UBND tỉnh được bầu giữ chức Phó "
    "Bí thư Tỉnh ủy.",
    "Ông Cầm Văn Tú, Trưởng Ban Tổ chức Tỉnh ủy, bà Hà Thị Lan, Chủ tịch UBND tỉnh và ông Lò Văn Ba được bầu đảm "
    "nhiệm chức danh Phó Bí thư Tỉnh ủy.",
])
def test_an_office_given_to_two_names_joined_is_each_one_s(text):
    found = people_of(text)
    assert found["Cầm Văn Tú"] == (["Trưởng Ban Tổ chức Tỉnh ủy", "Phó Bí thư Tỉnh ủy"], ["được bầu"])
    assert found["Hà Thị Lan"] == (["Chủ tịch UBND tỉnh", "Phó Bí thư Tỉnh ủy"], ["được bầu"])


def test_an_office_given_after_a_list_of_names_with_dashed_titles_is_each_one_s():
    found = people_of("Hội nghị đã bầu ông Cầm Văn Tú – Trưởng Ban Tổ chức Tỉnh ủy, bà Hà Thị Lan – Chủ tịch UBND "
                      "tỉnh, giữ chức danh Phó Bí thư Tỉnh ủy, nhiệm kỳ 2020 – 2025.")
    assert found["Cầm Văn Tú"][0] == ["Trưởng Ban Tổ chức Tỉnh ủy", "Phó Bí thư Tỉnh ủy, nhiệm kỳ 2020 – 2025"]
    assert found["Hà Thị Lan"][0] == ["Chủ tịch UBND tỉnh", "Phó Bí thư Tỉnh ủy, nhiệm kỳ 2020 – 2025"]


def test_an_office_given_after_the_bodies_joined_is_the_person_s():
    text = ("Bộ Chính trị chỉ định ông Trịnh Văn Lực tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Tỉnh ủy "
            "Tuyên Quang nhiệm kỳ 2025-2030.")
    assert people_of(text)["Trịnh Văn Lực"] == (["Bí thư Tỉnh ủy Tuyên Quang nhiệm kỳ 2025-2030"], ["được chỉ định"])


def test_an_office_left_is_held_until_now_and_given_no_one():
    found, _ = find_people(Page("Bộ Chính trị quyết định ông Lò Văn Ba, Phó Bí thư Tỉnh ủy thôi giữ chức Bí thư "
                                "Đảng ủy Khối; ông Lò Văn Tám được bầu giữ chức Bí thư Đảng ủy Khối."))
    left, given = found
    assert (left.titles, left.roles, left.given) == (["Phó Bí thư Tỉnh ủy", "Bí thư Đảng ủy Khối"], [], [])
    assert (given.titles, given.roles, given.given) == (["Bí thư Đảng ủy Khối"], ["được bầu"], ["Bí thư Đảng ủy Khối"])


@pytest.mark.parametrize(("text", "name", "titles", "roles"), [
    ("Tại kỳ họp, HĐND tỉnh đã miễn nhiệm chức vụ Chủ tịch UBND tỉnh khóa X, nhiệm kỳ 2021-2026, đối với ông Lò Văn Ba "
     "để nghỉ hưu.", "Lò Văn Ba", ["Chủ tịch UBND tỉnh khóa X, nhiệm kỳ 2021-2026"], []),
    ("Kỳ họp đã bầu bổ sung Ủy viên UBND tỉnh, nhiệm kỳ 2021-2026 đối với đồng chí Hà Thị Lan - Giám đốc Sở Tài chính.",
     "Hà Thị Lan", ["Ủy viên UBND tỉnh, nhiệm kỳ 2021-2026", "Giám đốc Sở Tài chính"], ["được bầu"]),
    ("Các đại biểu biểu quyết cho thôi làm nhiệm vụ đại biểu HĐND tỉnh khóa XI đối với bà Cầm Thị Hoa.", "Cầm Thị Hoa",
     ["đại biểu HĐND tỉnh khóa XI"], []),
    ("Thống nhất cho thôi nhiệm vụ đại biểu HĐND tỉnh khóa X đối với ông Cầm Văn Huy.", "Cầm Văn Huy",
     ["đại biểu HĐND tỉnh khóa X"], []),
    # each of the names the act concerns, however the list joins them
    ("Kỳ họp miễn nhiệm Hội thẩm nhân dân tỉnh, đối với ông Lò Văn Hiểu, ông Hà Thanh Bình và ông Cầm Văn Tú, do nghỉ "
     "việc.", "Hà Thanh Bình", ["Hội thẩm nhân dân tỉnh"], []),
    # the second of two names the act concerns
    ("Kỳ họp bầu bổ sung chức vụ Ủy viên UBND tỉnh đối với ông Lò Văn Hiểu, Giám đốc Công an tỉnh và ông Hà Thanh "
     "Bình, Giám đốc Sở Tư pháp.", "Hà Thanh Bình", ["Ủy viên UBND tỉnh", "Giám đốc Sở Tư pháp"], ["được bầu"]),
    # an election approved elsewhere
    ("Bộ Chính trị chuẩn y chức danh Bí thư Tỉnh ủy Lai Châu đối với đồng chí Lò Văn Tám.", "Lò Văn Tám",
     ["Bí thư Tỉnh ủy Lai Châu"], []),
    # an act on someone else before, with its own "đối với", gives nothing
    ("Kỳ họp miễn nhiệm chức vụ Chủ tịch UBND tỉnh đối với ông Lò Văn Tám và bầu bổ sung Ủy viên UBND tỉnh đối với "
     "ông Hà Văn Nam.", "Hà Văn Nam", ["Ủy viên UBND tỉnh"], ["được bầu"]),
    # two acts joined, each on its office
    ("Kỳ họp miễn nhiệm Chủ tịch HĐND tỉnh và cho thôi làm nhiệm vụ đại biểu HĐND tỉnh khóa XVIII đối với ông Lò "
     "Văn Tám.", "Lò Văn Tám", ["Chủ tịch HĐND tỉnh", "đại biểu HĐND tỉnh khóa XVIII"], []),
])
def test_an_office_acted_on_before_the_person_it_concerns_is_theirs(text, name, titles, roles):
    assert people_of(text)[name] == (titles, roles)


def test_the_offices_a_subjectless_sentence_gives_are_the_paragraph_s_subject_s():
    text = ("Ông Lò Văn Tám năm nay 52 tuổi, từng là giảng viên Trường Chính trị tỉnh. Tháng 3-2019 được điều động "
            "giữ chức Phó Bí thư Huyện ủy và sau đó được bầu giữ chức Chủ tịch UBND huyện.\nHội nghị đã bầu bổ sung "
            "chức danh Ủy viên Ban Thường vụ.")
    found, _ = find_people(Page(text))
    (person,) = found
    assert person.titles == ["giảng viên Trường Chính trị tỉnh", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"]


@pytest.mark.parametrize("career", [
    "Ông Tám từng kinh qua các chức vụ: Phó Giám đốc Sở Tư pháp; Bí thư Huyện ủy Mường Tè (từ tháng 6/2015), Phó Chủ "
    "tịch UBND tỉnh.",
    "\nĐồng chí từng giữ chức Phó Giám đốc Sở Tư pháp, Bí thư Huyện ủy Mường Tè (từ tháng 6/2015), Phó Chủ tịch UBND "
    "tỉnh.",
    "Từ tháng 3/2010 đến tháng 5/2015, ông là Phó Giám đốc Sở Tư pháp, Bí thư Huyện ủy Mường Tè, Phó Chủ tịch UBND "
    "tỉnh.",
    # the posts said, and where they were held, before their examples
    "Ông từng đảm nhiệm nhiều vị trí tại tỉnh Lai Châu như Phó Giám đốc Sở Tư pháp, Bí thư Huyện ủy Mường Tè, Phó "
    "Chủ tịch UBND tỉnh.",
    # told clause by clause, of a given name and then a pronoun, after a clause of when
    "Năm 2010, ông Tám được bổ nhiệm giữ chức Phó Giám đốc Sở Tư pháp, sau đó được điều động giữ chức Bí thư Huyện ủy "
    "Mường Tè. Ba năm sau, khi huyện Mường Tè chia tách, ông được phân công làm Phó Chủ tịch UBND tỉnh.",
    # the capacity one serves in
    "Năm 2010, ông Tám về Sở Tư pháp với cương vị Phó Giám đốc Sở Tư pháp, rồi được điều động giữ chức Bí thư Huyện "
    "ủy Mường Tè, sau đó được bầu làm Phó Chủ tịch UBND tỉnh.",
])
def test_a_career_told_of_the_subject_by_a_pronoun_or_given_name_is_theirs(career):
    found, _ = find_people(Page("Ông Lò Văn Tám sinh năm 1970, quê tỉnh Lai Châu. " + career))
    (person,) = found
    assert person.titles == ["Phó Giám đốc Sở Tư pháp", "Bí thư Huyện ủy Mường Tè", "Phó Chủ tịch UBND tỉnh"]


def test_an_office_a_career_tells_is_dated_by_it_not_by_the_meeting():
    text = ("Chiều 16/10/2025, Đại hội đại biểu Đảng bộ tỉnh Lai Châu lần thứ XV bầu ông Lò Văn Tám giữ chức Bí thư "
            "Tỉnh ủy.\nĐầu năm 2019, ông Tám được điều động giữ chức Phó Bí thư Tỉnh ủy Sơn La. Tháng 5/2023, ông trở "
            "lại Bộ Tư pháp với cương vị Thứ trưởng, rồi được điều động giữ chức Phó Bí thư Tỉnh ủy Lai Châu. Ông từng "
            "là giảng viên Trường Chính trị tỉnh.")
    (person,) = extract("a.txt", text).people
    assert [(t.title, t.date.value) for t in person.titles] == [
        ("Bí thư Tỉnh ủy", "2025-10-16"), ("Phó Bí thư Tỉnh ủy Sơn La", "2019"), ("Thứ trưởng", "2023-05"),
        ("Phó Bí thư Tỉnh ủy Lai Châu", "2023-05"), ("giảng viên Trường Chính trị tỉnh", None)]


def test_a_career_told_by_a_given_name_is_the_last_so_named_s():
    found, _ = find_people(Page("Kỳ họp đã bầu ông Lò Văn Tám - Phó Bí thư Tỉnh ủy, giữ chức Chủ tịch HĐND tỉnh.\n"
                                "Ông Tám từng kinh qua các chức vụ: Giám đốc Sở Tư pháp; Bí thư Huyện ủy Mường Tè."))
    (person,) = found
    assert person.titles == ["Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh", "Giám đốc Sở Tư pháp",
                             "Bí thư Huyện ủy Mường Tè"]


def test_an_office_given_after_a_semicolon_is_the_same_person_s():
    found, _ = find_people(Page("Quyết định về việc đồng chí Lò Văn Ba thôi giữ chức Phó Bí thư Tỉnh ủy Sơn La; điều "
                                "động, chỉ định giữ chức Phó Bí thư Tỉnh ủy Điện Biên nhiệm kỳ 2025-2030."))
    (person,) = found
    assert person.titles == ["Phó Bí thư Tỉnh ủy Sơn La", "Phó Bí thư Tỉnh ủy Điện Biên nhiệm kỳ 2025-2030"]


@pytest.mark.parametrize(("text", "titles"), [
    # what the person was then, or is now, before the office given
    ("Ngày 10/11/2020, ông Lò Văn Ba khi ấy đang là Phó Bí thư Tỉnh ủy đã được HĐND tỉnh Hà Giang bầu giữ chức Chủ "
     "tịch UBND tỉnh Hà Giang. Tại kỳ họp thứ nhất khóa mới, ông tái đắc cử vị trí Chủ tịch UBND tỉnh nhiệm kỳ "
     "2021 - 2026.", ["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh Hà Giang", "Chủ tịch UBND tỉnh nhiệm kỳ 2021 - 2026"]),
    ("Ông Lò Văn Ba, hiện là Phó Chủ tịch UBND tỉnh, được bầu vào vị trí Phó Bí thư Tỉnh ủy.",
     ["Phó Chủ tịch UBND tỉnh", "Phó Bí thư Tỉnh ủy"]),
    # a word of when, then an aspect
    ("Tại hội nghị, ông Lò Văn Ba hiện nay đang là Phó Chủ tịch UBND tỉnh Lai Châu được điều động giữ chức Bí thư "
     "Huyện ủy.", ["Phó Chủ tịch UBND tỉnh Lai Châu", "Bí thư Huyện ủy"]),
    # an office a meeting is about, after the one given, is not given too
    ("Ông Lò Văn Ba được bầu vào vị trí Phó Bí thư Tỉnh ủy vào sáng 8/6, tại hội nghị kiện toàn chức danh Phó Bí thư "
     "Tỉnh ủy nhiệm kỳ 2020-2025.", ["Phó Bí thư Tỉnh ủy"]),
])
def test_an_office_held_then_and_one_given_after(text, titles):
    (person,) = extract("a.txt", text).people
    assert [t.title for t in person.titles] == titles


def test_an_office_left_then_one_given_are_both_read():
    found, _ = find_people(Page("Thiếu tướng Lò Văn Ba, Ủy viên Quân ủy Trung ương thôi tham gia Quân ủy Trung ương, "
                                "thôi giữ chức Tư lệnh Quân khu 2, được điều động chỉ định tham gia Ban Chấp hành, Ban "
                                "Thường vụ và giữ chức Bí thư Tỉnh ủy Lai Châu nhiệm kỳ 2025-2030."))
    (person,) = found
    assert person.titles == ["Thiếu tướng", "Ủy viên Quân ủy Trung ương", "Tư lệnh Quân khu 2",
                             "Bí thư Tỉnh ủy Lai Châu nhiệm kỳ 2025-2030"]
    assert (person.roles, person.given) == (["được chỉ định"], ["Bí thư Tỉnh ủy Lai Châu nhiệm kỳ 2025-2030"])


@pytest.mark.parametrize("text", [
    "Đồng chí Lưu Văn Bình quán triệt bài phát biểu của đồng chí Tổng Bí thư Trần Văn Lạc.",
    "Hội nghị đã nghe báo cáo của đồng chí Trần Văn Lạc về tình hình.",
    "Về phía doanh nghiệp, ông Trần Văn Lạc cho biết sẽ mở rộng sản xuất.",
    "Về phía doanh nghiệp, ông Trần Văn Lạc cho biết công ty có kế hoạch mở rộng sản xuất.",
])
def test_a_speech_or_a_report_heard_is_no_role(text):
    assert not people_of(text)["Trần Văn Lạc"][1]


def test_a_speech_is_given_at_the_meeting_named_after_its_giver():
    own, central = meetings_of(
        "Sáng 5/4/2024, Ban Thường vụ Tỉnh ủy Lai Châu tổ chức hội nghị quán triệt các nghị quyết.\n\nTại hội nghị, "
        "đồng chí Lò Văn Ba, Bí thư Tỉnh ủy quán triệt bài phát biểu của Tổng Bí thư Trần Văn Lạc tại Hội nghị Trung "
        "ương 10 khóa XIII.\n\nĐồng chí Lò Văn Ba nhắc lại bài phát biểu của Tổng Bí thư Trần Văn Lạc tại hội nghị.")
    assert [(p.name, p.roles) for p in central.people] == [("Trần Văn Lạc", ["phát biểu"])]
    assert [p.name for p in own.people] == ["Lò Văn Ba"]  # "tại hội nghị": where it was heard


@pytest.mark.parametrize("text", [
    # the gift is the person's, the election the others'
    "Ông Trần Văn Lạc, Bí thư Tỉnh ủy thay mặt Ban Thường vụ Tỉnh ủy tặng hoa chúc mừng các đồng chí trúng cử.",
    # a list after a sentence whose verb is its own: not a list of those present
    "Đồng chí Lưu Văn Bình, Bí thư Tỉnh ủy phát biểu. Các ông: Trần Văn Lạc - Phó Chủ tịch UBND tỉnh; Cầm Văn Tú - "
    "Giám đốc Sở Nội vụ.",
    # what someone directs others to do is no meeting directed
    "Đồng chí Trần Văn Lạc chỉ đạo các cấp ủy khẩn trương triển khai.",
    "Theo sự chỉ đạo của Thủ tướng Trần Văn Lạc, các địa phương khẩn trương triển khai.",
    # thanks said to someone are not theirs; speaking for the presidium does not chair
    "Ban Tổ chức cảm ơn đồng chí Trần Văn Lạc, Bí thư Tỉnh ủy.",
    "Thay mặt Đoàn Chủ tịch, ông Trần Văn Lạc gửi lời chào các đại biểu.",
    # running an office is not running a meeting
    "Tỉnh ủy giao ông Trần Văn Lạc, Phó Chủ tịch UBND tỉnh phụ trách, điều hành hoạt động của UBND tỉnh.",
    # the leadership of someone is not a list of those present
    "Dưới sự lãnh đạo của đồng chí Trần Văn Lạc, Bí thư Tỉnh ủy có nhiều chuyển biến.",
    "Ông Trần Văn Lạc giao lãnh đạo các sở tìm giải pháp tháo gỡ.",
    "Ông Trần Văn Lạc, Giám đốc Sở Nội vụ đã ký tờ trình đề nghị khen thưởng.",
    # "để nghỉ hưu" folds as "đề nghị" does
    "Kỳ họp miễn nhiệm chức vụ Chủ tịch UBND tỉnh đối với ông Trần Văn Lạc để nghỉ hưu theo quy định.",
    "Lãnh đạo tỉnh có ý kiến về đề xuất của ông Trần Văn Lạc, Giám đốc Sở Tài chính.",
])
def test_a_verb_beyond_what_the_person_did_is_no_role(text):
    assert not people_of(text)["Trần Văn Lạc"][1]


@pytest.mark.parametrize("text", [
    "Chiều 19/7/2021, Thường trực Tỉnh ủy tổ chức cuộc họp đánh giá tình hình dịch bệnh.",
    "Sáng 1/7/2019, Ban Thường vụ Tỉnh ủy tổ chức lễ công bố quyết định về công tác cán bộ.",
    "Sáng 25/9/2024, Đoàn kiểm tra của Ban Bí thư có buổi làm việc với Ban Thường vụ Tỉnh ủy.",
    "Sáng 2/10/2025, Tỉnh ủy tổ chức họp báo công bố kết quả nhiệm kỳ.",
    "Chiều 30/6/2025, đồng chí Lò Văn Tám dự và chỉ đạo buổi lễ.",
    "Ngày 16/9/2020, tại Lạng Sơn, ông Hà Văn Tư, Phó Trưởng ban Tổ chức Trung ương công bố quyết định của Bộ "
    "Chính trị về công tác cán bộ.",
    "Sáng 12/5/2023, Thường trực Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy Bảo Thắng về công tác cán bộ.",
])
def test_meetings_known_by_their_purpose_are_meetings(text):
    assert meetings_of(text)[0].status == "held"


@pytest.mark.parametrize(("text", "title"), [
    ("Dự có Chuẩn Đô đốc Ngô Văn Thuận, Phó Tư lệnh Vùng 2 Hải quân.", "Chuẩn Đô đốc"),
    ("Dự có ThS Đoàn Thị Nga, Giảng viên Trường Chính trị tỉnh.", "ThS"),
    ("Ông Hà Văn Tâm, Tổng Biên tập Báo Lào Cai phát biểu.", "Tổng Biên tập Báo Lào Cai"),
    ("Ông Hà Văn Tâm, Tỉnh ủy viên, Giám đốc Sở Tài chính phát biểu.", "Tỉnh ủy viên"),
])
def test_title_heads(text, title):
    assert title in next(iter(people_of(text).values()))[0]


@pytest.mark.parametrize(("text", "type_", "ordinal"), [
    ("Sáng 3/4/2024, Hội nghị Tỉnh ủy lần thứ bảy, khóa XVI khai mạc.", "hoi_nghi_bch", 7),
    ("Sáng 3/4/2024, hội nghị lần thứ 12 Ban chấp hành Đảng bộ tỉnh khai mạc.", "hoi_nghi_bch", 12),
    ("Sáng 3/4/2024, Hội nghị Trung ương 10 khóa XIII khai mạc.", "hoi_nghi_bch", 10),
    ("Sáng 3/4/2025, Đại hội đại biểu Đảng bộ tỉnh lần I, nhiệm kỳ 2025 - 2030 khai mạc.", "dai_hoi", 1),
    ("Chiều 3/4/2025, Ban Chấp hành Đảng bộ tỉnh đã có phiên họp đầu tiên.", "hoi_nghi_bch", 1),
    ("Sáng 3/4/2025, Ban Thường vụ Tỉnh ủy tổ chức hội nghị công bố quyết định về công tác cán bộ.",
     "hoi_nghi", None),
    ("Sáng 3/4/2025, Ban Thường vụ Tỉnh ủy tổ chức hội nghị chuyên đề về chuyển đổi số.", "hoi_nghi_btv", None),
    ("Dự hội nghị có 50/55 Ủy viên Ban Chấp hành Đảng bộ tỉnh. Hội nghị cho ý kiến về quy hoạch.",
     "hoi_nghi_bch", None),
    ("Sáng 3/4/2025, Đại hội Đảng bộ Bộ đội Biên phòng tỉnh Lai Châu lần thứ XVI khai mạc.", "dai_hoi", 16),
    ("Chiều 15/10/2020, tại phiên thứ nhất Hội nghị Ban Chấp hành Đảng bộ tỉnh khóa XIX, Ban Chấp hành bầu "
     "Ban Thường vụ.", "hoi_nghi_bch", 1),
    # a later sitting of a plenum is no plenum's number
    ("Chiều 15/10/2020, tại phiên thứ hai Hội nghị Ban Chấp hành Đảng bộ tỉnh khóa XIX, Ban Chấp hành thảo luận "
     "văn kiện.", "hoi_nghi_bch", None),
    # a body whose place holds a dash still holds the conference
    ("Ngày 24/3/2016, Tỉnh ủy Bà Rịa - Vũng Tàu tổ chức hội nghị học tập, quán triệt Nghị quyết Đại hội XII của "
     "Đảng.", "hoi_nghi_quan_triet", None),
    # a heading typed without marks
    ("hoi nghi ban thuong vu tinh uy lan thu 18\nHội nghị Ban Thường vụ Tỉnh ủy họp sáng 3/4/2024.",
     "hoi_nghi_btv", 18),
    # the body that met, as the subject right after the meeting
    ("Tại phiên họp chiều 14/6, Ban Thường vụ Huyện ủy đã thống nhất nhân sự.", "hoi_nghi_btv", None),
    ("Tại hội nghị, Ban Chấp hành Đảng bộ tỉnh thảo luận dự thảo báo cáo.", "hoi_nghi_bch", None),
    # a title before a name there is no body
    ("Tại hội nghị ngày 2/3, Thường trực Ban Bí thư Lê Văn Phú nhấn mạnh nhiều việc.", "hoi_nghi", None),
    # a body meets: the verb names the meeting
    ("Chiều 5/6/2024, Ban Chấp hành Đảng bộ tỉnh họp cho ý kiến về nhân sự.", "hoi_nghi_bch", None),
    ("Sáng 5/6/2024, HĐND tỉnh họp kỳ họp thứ 8.", "ky_hop", 8),
    ("Chiều 3/12/2025, Ban Thường vụ Huyện ủy họp phiên thường kỳ tháng 12.", "hoi_nghi_btv", None),
    ("Chiều 15/10/2025, Ban Chấp hành Đảng bộ tỉnh Lai Châu khóa mới đã tiến hành họp lần thứ nhất bầu Ban Thường vụ "
     "Tỉnh ủy.", "hoi_nghi_bch", 1),
    # its first sitting, "phiên đầu tiên" or "phiên thứ nhất", is its first meeting
    ("Chiều 15/10/2025, Ban Chấp hành Đảng bộ tỉnh Lai Châu khóa XV đã họp phiên đầu tiên, bầu Ban Thường vụ.",
     "hoi_nghi_bch", 1),
    ("Ban Chấp hành Đảng bộ huyện Sìn Hồ khóa mới họp phiên thứ nhất để bầu Bí thư Huyện ủy.", "hoi_nghi_bch", 1),
    ("Sáng 5/6/2024, HĐND tỉnh khóa X khai mạc Kỳ\nhọp thứ 8.", "ky_hop", 8),
    # a body that does what it does only at a meeting, on the day the sentence opens with
    ("Chiều ngày 12/6/2024, dưới sự chủ trì của đồng chí Lò Văn Ba, Phó Bí thư Thường trực Huyện ủy, Ban Thường vụ "
     "Huyện ủy thảo luận về dự thảo đề án phát triển du lịch.", "hoi_nghi_btv", None),
    ("Ngày 3/10/2025, Ban Chấp hành Đảng bộ tỉnh khóa XX đã bầu đồng chí Hà Văn Tư giữ chức Bí thư Tỉnh ủy.",
     "hoi_nghi_bch", None),
    # a committee elects only at its meeting, whether or not the day is written
    ("Ban Chấp hành Đảng bộ tỉnh Lai Châu đã bầu ông Lò Văn Ba, Phó Bí thư Tỉnh ủy giữ chức Bí thư Tỉnh ủy nhiệm kỳ "
     "2020-2025.", "hoi_nghi_bch", None),
    # the body that held it, written after it
    ("Sáng 9/6/2024, tại hội nghị bàn về công tác cán bộ, do Ban Thường vụ Huyện ủy Bảo Thắng tổ chức, các đại biểu "
     "thảo luận.", "hoi_nghi_btv", None),
    # a committee's conference that elects its deputy secretary is its plenum
    ("Ông Lò Văn Ba, Bí thư Huyện ủy Phong Thổ, được bầu làm Phó Bí thư Tỉnh ủy Lai Châu vào sáng 5/3/2024, tại hội "
     "nghị kiện toàn nhân sự do Tỉnh ủy Lai Châu tổ chức.", "hoi_nghi_bch", None),
])
def test_meetings_are_typed_by_their_words(text, type_, ordinal):
    meetings = meetings_of(text)
    assert [(m.type, m.ordinal) for m in meetings] == [(type_, ordinal)]


@pytest.mark.parametrize(("text", "statuses"), [
    # a paper's source is no meeting record
    ("Sáng 3/4/2024, hội nghị quán triệt Nghị quyết Đại hội XIII của Đảng.",
     {("hoi_nghi_quan_triet", None): "held"}),
    # a session said again in brackets after its name is one session
    ("Tại Kỳ họp thứ 15 (kỳ họp chuyên đề) diễn ra chiều 2/6/2024, HĐND tỉnh Lai Châu đã bầu ông Lò Văn Ba giữ chức "
     "Chủ tịch HĐND tỉnh.", {("ky_hop", 15): "held"}),
    # a purpose that reviews, or a plan to disseminate among matters discussed, does not disseminate
    ("Sáng 8/11/2023, Ban Thường vụ Tỉnh ủy Lai Châu tổ chức hội nghị cho ý kiến về một số vấn đề quan trọng, trong "
     "đó có kế hoạch triển khai thực hiện Nghị quyết số 18-NQ/TW.", {("hoi_nghi_btv", None): "held"}),
    ("Sáng 8/11/2023, Ban Thường vụ Tỉnh ủy Lai Châu tổ chức hội nghị nhằm tổng kết 10 năm triển khai thực hiện Nghị "
     "quyết số 33-NQ/TW.", {("hoi_nghi_btv", None): "held"}),
    # an office after the meeting's name, the comma left out, is no body of another congress
    ("Đại hội là sự kiện trọng đại. Chủ trì và điều hành Đại hội Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Lò Văn Ba.\n"
     "Khai mạc phiên trù bị Đại hội đại biểu Đảng bộ tỉnh Lai Châu lần thứ I, nhiệm kỳ 2025-2030",
     {("dai_hoi", 1): "held"}),
    # a conference held for several purposes, one of them to disseminate; a later sentence's is not its purpose
    ("Sáng 8/11/2023, Ban Thường vụ Huyện ủy tổ chức hội nghị trực tuyến với các xã để thông báo kết quả Hội nghị "
     "Trung ương 8 và quán triệt một số văn bản mới.",
     {("hoi_nghi_quan_triet", None): "held", ("hoi_nghi_bch", 8): "mentioned"}),
    ("Sáng 8/11/2023, Ban Thường vụ Huyện ủy tổ chức hội nghị trực tuyến với các xã để thông báo kết quả Hội nghị "
     "Trung ương 8. Các đại biểu quán triệt một số văn bản mới.",
     {("hoi_nghi", None): "held", ("hoi_nghi_bch", 8): "mentioned"}),
    ("Sáng 3/4/2024, Hội nghị lần thứ 20 Ban Chấp hành Đảng bộ tỉnh cho ý kiến vào dự thảo Báo cáo chính trị "
     "trình Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII.", {("hoi_nghi_bch", 20): "held"}),
    # a congress that "meets in its preparatory session" is one meeting
    ("Sáng 16/9/2025, Đại hội đại biểu lần thứ I Đảng bộ thành phố Huế, nhiệm kỳ 2025 - 2030 đã họp phiên trù bị.",
     {("dai_hoi", 1): "held"}),
    # "hợp" is not "họp": bodies merging or working together hold no meeting
    ("Ngày 5/3/2025, Đảng bộ tỉnh Hà Giang hợp nhất với Đảng bộ tỉnh Tuyên Quang.", {}),
    # a decision announced on no day named is no event, nor a body's work
    ("Theo kế hoạch, Ban Thường vụ Tỉnh ủy thảo luận đề án trong quý III/2024.", {}),
    # a council's election is at a session, which the sentence does not name
    ("HĐND tỉnh đã bầu ông Lò Văn Ba giữ chức Chủ tịch UBND tỉnh.", {}),
    ("Theo quyết định, Bộ Chính trị đã công bố quyết định về nhân sự của tỉnh.", {}),
    # nor is a paper's subject, nor the meeting it leads up to
    ("Sáng 4/7/2024, Hội nghị lần thứ 20 Ban Chấp hành Đảng bộ tỉnh quán triệt Chỉ thị số 12-CT/TW, ngày 3/5/2023 "
     "của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.",
     {("hoi_nghi_bch", 20): "held"}),
    ("Sáng 4/7/2024, Hội nghị lần thứ 20 Ban Chấp hành Đảng bộ tỉnh quán triệt Chỉ thị của Bộ Chính trị về Đại hội "
     "đại biểu toàn quốc lần thứ XIV của Đảng.", {("hoi_nghi_bch", 20): "held"}),
    ("Sáng 4/7/2024, Hội nghị lần thứ 20 Ban Chấp hành Đảng bộ tỉnh quán triệt Chỉ thị số 12-CT/TW của Bộ Chính "
     "trị về đại hội đảng bộ các cấp, tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.",
     {("hoi_nghi_bch", 20): "held"}),
    ("Sáng 4/7/2024, Hội nghị lần thứ 20 Ban Chấp hành Đảng bộ tỉnh quán triệt chỉ thị 12-CT/TW ngày 3/5/2023 của "
     "Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.",
     {("hoi_nghi_bch", 20): "held"}),
    # nor the congress whose programme of action is carried out
    ("Sáng 5/6/2024, Đại hội đại biểu Hội Nông dân tỉnh lần thứ IX khai mạc. Thực hiện Chương trình hành động của "
     "Đại hội Hội Nông dân tỉnh lần thứ VIII, các cấp hội đạt nhiều kết quả.", {("dai_hoi", 9): "held"}),
    # a central plenum whose contents are relayed is an event, "TW" its body
    ("Sáng 3/7/2024, Huyện ủy tổ chức hội nghị quán triệt Nghị quyết Trung ương 9. Hội nghị đã triển khai các nội "
     "dung hội nghị TW 9 khóa XIII.", {("hoi_nghi_quan_triet", None): "held", ("hoi_nghi_bch", 9): "mentioned"}),
    # nor one named inside what a paper is about, in lower-case words; a new clause after a comma ends the subject
    ("Sáng 4/9/2025, Hội nghị lần thứ 30 Ban Chấp hành Đảng bộ tỉnh quán triệt Kết luận số 150-KL/TW (ngày "
     "2/8/2025) của Bộ Chính trị về tiếp tục lãnh đạo, chỉ đạo công tác tổ chức đại hội đảng bộ các cấp tiến tới "
     "Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.", {("hoi_nghi_bch", 30): "held"}),
    ("Tại phiên họp ngày 5/9/2025, sau khi nghe Báo cáo số 12-BC/TU của Văn phòng Tỉnh ủy về tình hình, tiến độ "
     "đại hội đảng bộ cơ sở và công tác chuẩn bị Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI, Ban Thường vụ kết luận.",
     {("hoi_nghi", None): "held"}),
    ("Để thực hiện Kế hoạch số 10-KH/TU về phát triển du lịch, Hội nghị lần thứ 9 Ban Thường vụ Tỉnh ủy họp ngày "
     "3/4/2024.", {("hoi_nghi_btv", 9): "held"}),
    # nor a meeting a paper's name runs on to: its working rules, a report on preparing it
    ("Sáng 4/7/2024, Hội nghị lần thứ 20 Ban Chấp hành Đảng bộ tỉnh cho ý kiến về các nội dung: Báo cáo công tác "
     "chuẩn bị Đại hội XVI của Đảng bộ tỉnh; Quy chế làm việc của Đại hội XVI và Quy chế bầu cử tại Đại hội XVI.",
     {("hoi_nghi_bch", 20): "held"}),
    ("Sáng 4/7/2024, Hội nghị lần thứ 20 Ban Chấp hành Đảng bộ tỉnh thảo luận về Kế hoạch tổ chức Đại hội Đảng bộ "
     "các cấp tiến tới Đại hội Đảng bộ tỉnh lần thứ XVI.", {("hoi_nghi_bch", 20): "held"}),
    # a span or an organ named after a congress is no meeting record
    ("Sáng 3/4/2024, Hội nghị lần thứ 20 Ban Chấp hành Đảng bộ tỉnh đánh giá kết quả trong nhiệm kỳ Đại hội XII "
     "của Đảng; đồng chí Trưởng Tiểu ban nhân sự Đại hội XIV của Đảng dự.", {("hoi_nghi_bch", 20): "held"}),
    # an announced meeting is upcoming, the meeting reported beside it held
    ("Chiều 27/11/2025, Thường trực HĐND tỉnh họp phiên thường kỳ. Tại phiên họp, các đại biểu cho ý kiến. "
     "Kỳ họp thứ 20, HĐND tỉnh khóa XI sẽ khai mạc ngày 9/12.",
     {("hoi_nghi", None): "held", ("ky_hop", 20): "upcoming"}),
    # the cue nearest the meeting says what it is: before and after it, it is past
    ("Sáng 8/7/2024, Kỳ họp thứ 7, HĐND tỉnh khóa XV khai mạc. Các ý kiến cử tri trước và sau Kỳ họp thứ 6 đã được "
     "trả lời.", {("ky_hop", 7): "held", ("ky_hop", 6): "mentioned"}),
    # a briefing about a congress is the briefing, the congress its subject
    ("Sáng 2/10/2025, Tỉnh ủy tổ chức họp báo thông tin về Đại hội đại biểu Đảng bộ tỉnh lần thứ nhất. "
     "Đại hội diễn ra từ ngày 9 đến 11/10.", {("hoi_nghi", None): "held", ("dai_hoi", 1): "mentioned"}),
    # a directive on the congresses of a term: its agenda ("chương trình đại hội") and every congress of the
    # term are no meeting held; the session that agreed it is
    ("Trong chương trình đại hội, các tỉnh ủy dành thời gian thảo luận văn kiện. Kết luận nêu rõ, tại phiên họp "
     "ngày 29/8/2025, Bộ Chính trị yêu cầu tổ chức thành công đại hội đảng bộ nhiệm kỳ 2025-2030 tiến tới Đại hội "
     "đại biểu toàn quốc lần thứ XIV của Đảng. Trong chương trình đại hội, tập trung thảo luận.",
     {("hoi_nghi", None): "held", ("dai_hoi", 14): "upcoming"}),
    # the meeting a body held that day, as the lead says, is the one reported, however much the article
    # then says of the congress its delegates will attend
    ("Chiều 18/8/2025, Đảng ủy phường tổ chức Hội nghị sinh hoạt đại biểu tham dự Đại hội đại biểu Đảng bộ phường "
     "lần thứ I. Tại Hội nghị, các đại biểu nghe phổ biến nội dung Đại hội. Đại hội là sự kiện chính trị quan trọng. "
     "Đại hội bầu Ban Chấp hành khóa mới.", {("hoi_nghi", None): "held", ("dai_hoi", 1): "mentioned"}),
    # ... and announced as coming, it is upcoming: its being the briefing's subject says nothing of when
    ("Sáng 25/9/2020, Tỉnh ủy tổ chức họp báo về Đại hội đại biểu Đảng bộ tỉnh lần thứ XI. Đại hội đại biểu Đảng bộ "
     "tỉnh lần thứ XI sẽ diễn ra trong 3 ngày (01 - 03/10/2020).",
     {("hoi_nghi", None): "held", ("dai_hoi", 11): "upcoming"}),
])
def test_how_an_article_speaks_of_a_meeting(text, statuses):
    assert {(m.type, m.ordinal): m.status for m in meetings_of(text)} == statuses


@pytest.mark.parametrize(("text", "value", "until"), [
    ("Khai mạc kỳ họp\nThứ Tư, 16/10/2024 - 08:15\n\nSáng nay (16/10), Kỳ họp thứ 8, HĐND tỉnh khai mạc.",
     "2024-10-16", None),
    ("Khai mạc kỳ họp\n07/12/2022\n\nHôm nay, Kỳ họp thứ 8, HĐND tỉnh khai mạc.", "2022-12-07", None),
    # the site's clock above the headline is not when the article was written
    ("Thứ Hai, 05/06/2023 09:00\nKhai mạc Đại hội Đảng bộ tỉnh Yên Bái\nThứ Năm, 15/10/2020 10:20\n\nSáng nay "
     "(15/10), Đại hội đại biểu Đảng bộ tỉnh Yên Bái lần thứ XIX khai mạc.", "2020-10-15", None),
    # a long headline, then a lead indented by a space: the lead's day is the meeting's
    ("Tỉnh triển khai Hội nghị quán triệt, học tập Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng "
     "khóa XIII\n\n Sáng ngày 06/12/2023, Bộ Chính trị tổ chức Hội nghị toàn quốc quán triệt Nghị quyết Hội nghị "
     "lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII.", "2023-12-06", None),
    # the day it opens, announced after its name; a day before "tiến tới" is another meeting's
    ("Hôm nay, Đại hội họp phiên trù bị. Đại hội đại biểu Đảng bộ tỉnh lần thứ XV, nhiệm kỳ 2020 – 2025 sẽ chính thức "
     "khai mạc vào sáng mai (14/10).", "2020-10-14", None),
    ("Ngày 5/3, Tỉnh ủy tổ chức hội nghị cán bộ tiến tới Đại hội đại biểu Đảng bộ tỉnh lần thứ XV.", "--03-05", None),
    # a page stamp run into the first line of text dates the page, not the meeting
    ("Hội nghị Tỉnh ủy lần thứ 9\n10/3/2023Ngày 9/3, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 9.",
     "2023-03-09", None),
    ("Trong hai ngày 22 – 23/9/2020, Đại hội đại biểu Đảng bộ huyện lần thứ XX diễn ra.", "2020-09-22", "2020-09-23"),
    ("Kỳ họp thứ 8, HĐND tỉnh diễn ra từ ngày 12 đến ngày 15 tháng 10 năm 2020.", "2020-10-12", "2020-10-15"),
    # the time before the date of a page's stamp
    ("09:15 02/01/2024\nChiều 30/12, Hội nghị lần thứ 9 Ban Chấp hành Đảng bộ tỉnh bế mạc.", "2023-12-30", None),
    # each day with its month, into the next month
    ("Đại hội đại biểu Đảng bộ tỉnh Lai Châu lần thứ XV diễn ra từ ngày 30/9 đến hết ngày 2/10/2020.", "2020-09-30",
     "2020-10-02"),
    # a longer span is a period, not the days of a meeting
    ("Sáng 3/7/2024, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị lần thứ 9, phát động thi đua từ ngày 5/7 đến 31/12.",
     "2024-07-03", None),
    ("Diễn ra từ 12-14/8, Đại hội đại biểu Đảng bộ huyện Mèo Vạc lần thứ XXI, nhiệm kỳ 2025-2030 bầu Ban Chấp hành.",
     "2025-08-12", "2025-08-14"),
    ("Ngày 1/7, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị lần thứ 9.", "--07-01", None),
    ("Sáng 14/2/2025, hội nghị quán triệt Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.",
     "2025-02-14", None),
    ("Ngày 26/7, HĐND tỉnh khóa XV, nhiệm kỳ 2011 - 2016 tổ chức kỳ họp thứ 2.", "2011-07-26", None),
    ("Sáng 1/12, Hội nghị lần thứ 11 Ban Chấp hành Đảng bộ tỉnh đánh giá kết quả năm 2017, dự kiến nhiệm vụ "
     "công tác năm 2018.", "2017-12-01", None),
    # the days it lasts, written beside it, over the day it opened
    ("Sáng 15/10/2025, Đại hội Đảng bộ tỉnh Lai Châu lần thứ XV khai mạc. Đại hội Đảng bộ tỉnh Lai Châu lần thứ XV "
     "diễn ra trong ba ngày (14-16/10/2025).", "2025-10-14", "2025-10-16"),
    # a paper's number and date are the paper's, not the year of the session that amends it
    ("Sáng 6/12, Kỳ họp thứ 16, HĐND tỉnh sửa đổi Nghị quyết số 05/2022/NQ-HĐND ngày 12/4/2022 của HĐND tỉnh.",
     "--12-06", None),
    # a plan for next year is made the year before
    ("Sáng 6/12, Kỳ họp thứ 16, HĐND tỉnh phân bổ kế hoạch đầu tư công năm 2024.", "2023-12-06", None),
    # ... but a plan whose results are weighed is the year's own
    ("Sáng 8/12, Kỳ họp thứ 16, HĐND tỉnh đánh giá kết quả thực hiện kế hoạch phát triển kinh tế - xã hội "
     "năm 2023.", "2023-12-08", None),
    # a conference disseminates papers just issued: on or after the latest one dated, into the next year if need be
    ("Ngày 5/9, Ban Thường vụ Huyện ủy tổ chức hội nghị quán triệt Kế hoạch số 120-KH/TU, ngày 28/8/2023 của "
     "Tỉnh ủy.", "2023-09-05", None),
    ("Ngày 10/1, Ban Thường vụ Huyện ủy tổ chức hội nghị quán triệt Chỉ thị số 12-CT/TW, ngày 20/12/2023 của "
     "Bộ Chính trị.", "2024-01-10", None),
    # a decision handed over is handed over once signed
    ("Ngày 9/5, tại Lai Châu, đồng chí Lò Văn Ba đã trao Quyết định số 120-QĐNS/TW ngày 3/5/2024 của Bộ Chính "
     "trị chuẩn y chức danh Bí thư Tỉnh ủy đối với đồng chí Hà Văn Tư.", "2024-05-09", None),
    # ... a review takes up a paper years old
    ("Sáng 3/7, Tỉnh ủy tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 10-NQ/TW ngày 18/1/2002 của Bộ "
     "Chính trị.", "--07-03", None),
    # the day written after "sáng nay" and a comma is the day, whatever the page's stamp says
    ("20/03/2021\nSáng nay, 4-3, Kỳ họp thứ 9 HĐND tỉnh Lai Châu khóa XIV khai mạc.", "2021-03-04", None),
    # ... but a count after a comma is no day, and "sáng nay" then counts from the stamp
    ("20/03/2021\nSáng nay, 500 đại biểu dự Kỳ họp thứ 9 HĐND tỉnh Lai Châu khóa XIV.", "2021-03-20", None),
    ("Tại Hội nghị lần thứ 9 Ban Chấp hành Đảng bộ tỉnh, đồng chí Lò Văn Ba cho biết trong thời gian tới, 2-3 huyện "
     "sẽ được sáp nhập.", None, None),
    # a year the session plans for is not its own: the page's stamp dates it
    ("12/12/2023\nChiều 12/12, Kỳ họp thứ 16 HĐND tỉnh Lai Châu quyết định giao chỉ tiêu biên chế năm 2024.",
     "2023-12-12", None),
    # a paper recalled in a later sentence bounds nothing
    ("Ngày 5/9, Ban Thường vụ Huyện ủy tổ chức hội nghị quán triệt Kết luận số 21-KL/TW của Hội nghị Trung ương 4 "
     "khóa XIII. Kết luận kế thừa Nghị quyết số 04-NQ/TW ngày 30/10/2016.", "--09-05", None),
    # a press conference about a congress is held days before it, in the year its term opens
    ("Chiều 10/9, Ban Tuyên giáo Tỉnh ủy Lai Châu họp báo thông tin về Đại hội Đảng bộ tỉnh lần thứ XV, nhiệm kỳ "
     "2025 – 2030.", "2025-09-10", None),
    # a birth year is none the article speaks from
    ("Sáng 17/9, Tỉnh ủy tổ chức hội nghị công bố quyết định điều động ông Lò Văn Tám (sinh năm 1977).", "--09-17",
     None),
])
def test_the_meeting_date_as_written_and_completed(text, value, until):
    date = meetings_of(text)[0].date
    assert (date.value, date.until) == (value, until)


def test_each_session_an_article_reports_takes_the_year_written_beside_it():
    text = ("Chiều 14/7, Kỳ họp thứ 9 (kỳ họp thường lệ giữa năm 2024) HĐND tỉnh Lai Châu khóa XV bế mạc.\n"
            "Sáng 13/7, HĐND tỉnh Lai Châu khóa XV khai mạc Kỳ họp thứ 9 (kỳ họp thường lệ giữa năm 2024).\n"
            "Bí thư Tỉnh ủy nhắc lại lời phát biểu tại Kỳ họp thứ 7 HĐND tỉnh Lai Châu khóa XV diễn ra sáng 6/12.\n"
            "Ngày 6/12, HĐND tỉnh Lai Châu khóa XV đã khai mạc Kỳ họp thứ 7 (kỳ họp thường lệ cuối năm 2023).")
    years = {m.ordinal: m.date.value[:4] for m in meetings_of(text)}
    assert years == {9: "2024", 7: "2023"}


@pytest.mark.parametrize("text", [
    "Trong những ngày qua, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị lần thứ 9.",
    "Ngày nay, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị lần thứ 9.",
    "Nghị quyết được vượt qua 2/3 số đại biểu tán thành tại Hội nghị lần thứ 9 Ban Thường vụ Tỉnh ủy.",
])
def test_words_that_look_like_days_are_none(text):
    assert meetings_of("Tin tức\n12/08/2024 09:15\n\n" + text)[0].date.precision != "day"


def test_offices_given_one_by_one_in_a_list_stay_each_their_own():
    found = people_of("Hội nghị đã bầu các đồng chí: Lục Văn Tám được bầu giữ chức Bí thư Tỉnh ủy; Hà Thị Nhung "
                      "được bầu giữ chức Phó Bí thư Tỉnh ủy; Lò Văn Ba được bầu giữ chức Chủ nhiệm Ủy ban Kiểm tra.")
    assert {name: titles for name, (titles, _) in found.items()} == {
        "Lục Văn Tám": ["Bí thư Tỉnh ủy"], "Hà Thị Nhung": ["Phó Bí thư Tỉnh ủy"],
        "Lò Văn Ba": ["Chủ nhiệm Ủy ban Kiểm tra"]}


def test_an_office_given_to_a_name_after_it_is_that_name_s():
    found = people_of("Đồng chí Lã Văn Hùng được bầu giữ chức Bí thư Tỉnh ủy Trần Văn Bình; các đồng chí khác dự.")
    assert "Lã Văn Hùng" in found


def test_a_committee_head_keeps_the_verb_after_him():
    assert "phát biểu" in people_of("Ông Lã Văn Hùng, Trưởng ban phát biểu tại hội nghị.")["Lã Văn Hùng"][1]


def test_a_body_stops_before_a_name():
    (meeting,) = meetings_of("Hội nghị Tỉnh ủy Phạm Văn Tư phát biểu\n\nSáng 3/4/2024, tại hội nghị, các đại biểu"
                             " thảo luận.")
    assert "Phạm" not in meeting.label


@pytest.mark.parametrize(("then", "same_day"), [
    ("Cùng ngày, Ban Chấp hành Đảng bộ tỉnh đã có phiên họp đầu tiên.", True),
    ("Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ tỉnh diễn ra ngay sau đó.", True),
    # "the day after" folds like "right after", but is not the same day
    ("Ngày sau đó, Ban Chấp hành Đảng bộ tỉnh đã có phiên họp đầu tiên.", False),
])
def test_the_same_day_is_the_day_written_before(then, same_day):
    text = "Chiều 23/9/2015, Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI bầu Ban Chấp hành. " + then
    dates = {m.type: m.date.value for m in meetings_of(text)}
    assert dates["dai_hoi"] == "2015-09-23" and (dates["hoi_nghi_bch"] == "2015-09-23") == same_day


@pytest.mark.parametrize(("text", "adopted"), [
    # "the congress's resolution" in an article about a congress is that congress's
    ("Đại hội Đảng bộ xã Tân Lập lần thứ III, nhiệm kỳ 2025-2030 khai mạc sáng 12/7. "
     "Cuối buổi, đại biểu biểu quyết thông qua Nghị quyết đại hội.", True),
    ("Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 9 khai mạc ngày 4/3. Hội nghị thông qua nghị quyết hội nghị.", True),
    # "the congress adopted the Resolution": its own, written bare
    ("Đại hội Đảng bộ tỉnh Yên Bái lần thứ XX, nhiệm kỳ 2025-2030 bế mạc chiều 2/10. Đại hội thống nhất thông qua "
     "Nghị quyết với mục tiêu phát triển nhanh và bền vững.", True),
    # nor one reviewed, nor one the words after name
    ("Đại hội Đảng bộ tỉnh Yên Bái lần thứ XX bế mạc chiều 2/10/2025. Đại hội đánh giá 5 năm thực hiện Nghị quyết "
     "đại hội nhiệm kỳ trước.", False),
    ("Kỳ họp thứ 20, HĐND tỉnh bế mạc ngày 2/10/2025. Kỳ họp đã thông qua Nghị quyết quy định mức chi.", False),
    # a resolution merely carried out names no meeting of its own
    ("Đại hội Đảng bộ tỉnh Yên Bái lần thứ XX, nhiệm kỳ 2025-2030 bế mạc chiều 2/10. Các cấp tiếp tục thực hiện "
     "Nghị quyết với quyết tâm cao.", False),
    # in an article about another kind of meeting, which congress it is the text does not say
    ("Hội nghị Ban Thường vụ Huyện ủy lần thứ 15 họp ngày 2/4 bàn việc thực hiện Nghị quyết đại hội.", False),
])
def test_a_meeting_s_own_resolution_named_by_the_meeting_word(text, adopted):
    facts = extract("a.txt", text)
    meeting = facts.meetings[0]
    own = [p for p in facts.papers if p.meeting_id == meeting.id]
    assert bool(own) == adopted and all(p.label.startswith("Nghị quyết ") and meeting.label in p.label for p in own)
    assert all(p.mentions[0].action == "thông qua" for p in own)


@pytest.mark.parametrize(("text", "plenum"), [
    # the report of a congress names the new committee's first plenum only as "the conference"
    ("Đại hội đại biểu Đảng bộ tỉnh Hà Giang lần thứ XVIII, nhiệm kỳ 2025-2030 bế mạc chiều 10/10/2025. "
     "Tiếp đó, hội nghị đã bầu Ban Thường vụ Tỉnh ủy gồm 15 đồng chí.", True),
    ("Đại hội đại biểu Đảng bộ tỉnh Hà Giang lần thứ XVIII, nhiệm kỳ 2025-2030 bế mạc chiều 10/10/2025. "
     "Tại hội nghị, Ban Chấp hành Đảng bộ tỉnh đã bầu Ban Thường vụ Tỉnh ủy gồm 15 đồng chí.", True),
    ("Đại hội đại biểu Đảng bộ tỉnh Hà Giang lần thứ XVIII, nhiệm kỳ 2025-2030 bế mạc chiều 10/10/2025. "
     "Tại hội nghị, các đại biểu thảo luận văn kiện.", False),
])
def test_a_congress_report_holds_the_plenum_it_names_as_the_conference(text, plenum):
    meetings = meetings_of(text)
    plenums = [m for m in meetings if m.type == "hoi_nghi_bch"]
    assert meetings[0].type == "dai_hoi" and len(plenums) == int(plenum)
    assert all(p.province == "Hà Giang" and p.term == "2025-2030" and p.status == "held" for p in plenums)


@pytest.mark.parametrize(("text", "label"), [
    # a conference a body holds for others is labelled by its purpose, not by the body
    ("Sáng 5/3/2024, Ban Thường vụ Huyện ủy tổ chức hội nghị thông báo nhanh kết quả Hội nghị Trung ương 9, "
     "khóa XIII. Đồng chí Hà Văn Tư chủ trì hội nghị.", "Hội nghị thông báo nhanh kết quả Hội nghị Trung ương 9"),
    # a conference known only by the word the article keeps using
    ("Chiều 4/12, Phó Chủ tịch HĐND tỉnh Lục Thị Hằng chủ trì buổi họp báo. Tại họp báo, nhiều câu hỏi được trả lời.",
     "Họp báo"),
    # a plenum named by its body but no number
    ("Sơ kết giữa nhiệm kỳ\nNgày 13/11/2023, Ban Thường vụ Tỉnh ủy triệu tập hội nghị Ban Chấp hành Đảng bộ tỉnh "
     "mở rộng. Dự hội nghị có 50 Ủy viên Ban Chấp hành Đảng bộ tỉnh.", "Hội nghị Ban Chấp hành Đảng bộ tỉnh"),
    # a body whose name holds a lower-case word
    ("Sáng 5/7/2025, Đảng bộ Ban Chỉ huy Quân sự tỉnh tổ chức Đại hội đại biểu lần thứ nhất, nhiệm kỳ 2025-2030.",
     "Đại hội Đảng bộ Ban Chỉ huy Quân sự tỉnh"),
    # a meeting named by its body and the word the article calls it by
    ("Ông Hà Văn Tư chủ trì buổi làm việc của Thường trực Tỉnh ủy Lai Châu về công tác cán bộ.",
     "Buổi làm việc Thường trực Tỉnh ủy Lai Châu"),
])
def test_a_conference_is_labelled_by_what_the_article_calls_it(text, label):
    assert meetings_of(text)[0].label.startswith(label)


def test_a_title_before_the_opening_words_is_no_body():
    text = ("Bí thư Tỉnh ủy Lai Châu Giàng Páo Mỷ phát biểu khai mạc đại hội. Đại hội đại biểu Đảng bộ tỉnh Lai Châu "
            "lần thứ XV diễn ra từ 14 đến 16/10/2025.")
    assert [m.body for m in meetings_of(text)] == ["Đảng bộ tỉnh Lai Châu"]


def test_the_party_in_a_body_is_no_surname():
    text = ("Sáng 5/12, hội nghị toàn quốc quán triệt Nghị quyết Hội nghị lần thứ tám Ban chấp hành Trung ương "
            "Đảng Khóa XIII được tổ chức trực tuyến.")
    assert [p.label for p in extract("a.txt", text).papers] == [
        "Nghị quyết Hội nghị lần thứ tám Ban chấp hành Trung ương Đảng Khóa XIII"]


def test_a_whole_name_last_on_the_page_is_kept():
    assert "Lò Văn Tám" in people_of("Chủ trì hội nghị có đồng chí Bí thư Tỉnh ủy Lò Văn Tám")


def test_words_typed_without_marks_count_only_in_a_phrase_typed_so():
    text = "Sáng 3/4/2024, Hội nghị Ban Thường vụ Tỉnh ủy thanh tra công tác cán bộ."
    assert [m.body for m in meetings_of(text)] == ["Ban Thường vụ Tỉnh ủy"]


@pytest.mark.parametrize(("text", "action"), [
    ("Sáng 5/3, Tỉnh ủy tổ chức hội nghị tổng kết 10 năm thực hiện Nghị quyết số 09-NQ/TU.", "tổng kết"),
    ("Sáng 5/3, Tỉnh ủy tổ chức hội nghị sơ kết giữa nhiệm kỳ thực hiện Nghị quyết số 09-NQ/TU.", "sơ kết"),
    ("Đoàn công tác kiểm tra việc thực hiện Nghị quyết số 09-NQ/TU.", "kiểm tra"),
    # a review of something else, then a comma: the carrying out is its own
    ("Sáng 5/3, Tỉnh ủy tổ chức hội nghị tổng kết năm 2024, thực hiện Nghị quyết số 09-NQ/TU.", "thực hiện"),
    ("Sáng 5/3, Tỉnh ủy quán triệt, triển khai thực hiện Nghị quyết số 09-NQ/TU.", "triển khai thực hiện"),
    # a rule issued with a resolution: the resolution is not issued here
    ("Kỳ họp thứ 8 sửa đổi Quy định ban hành kèm theo Nghị quyết số 03/2022/NQ-HĐND của HĐND tỉnh.", None),
])
def test_a_review_of_the_carrying_out_is_the_review(text, action):
    assert [m.action for p in extract("a.txt", text).papers for m in p.mentions] == [action]


@pytest.mark.parametrize(("text", "label"), [
    # lower-case words of the issuing body
    ("Hội nghị quán triệt Chỉ thị số 13-CT/TW của Ban Bí thư Trung ương Đảng.",
     "Chỉ thị số 13-CT/TW của Ban Bí thư Trung ương Đảng"),
    ("Hội nghị quán triệt Hướng dẫn số 07-HD/UBKTTW của Ủy ban Kiểm tra Trung ương.",
     "Hướng dẫn số 07-HD/UBKTTW của Ủy ban Kiểm tra Trung ương"),
    # the term written with another dash is not written twice
    ("Hội nghị quán triệt Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2020 – 2025.",
     "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2020 – 2025"),
    # the subject ends where the sentence goes on to how the meeting was held
    ("Hội nghị quán triệt Nghị quyết số 68-NQ/TW của Bộ Chính trị về phát triển hợp tác xã, bằng hình thức trực "
     "tiếp và trực tuyến.", "Nghị quyết số 68-NQ/TW của Bộ Chính trị về phát triển hợp tác xã"),
    # a label broken across lines is one line
    ("Hội nghị thông qua Quy chế làm\nviệc của Ủy ban Kiểm tra Tỉnh ủy khóa XIII.",
     "Quy chế làm việc của Ủy ban Kiểm tra Tỉnh ủy khóa XIII"),
    # a spaced dash goes on with the subject in lower case and ends it before a headline's tail
    ("Nghị quyết số 57 của Bộ Chính trị về phát triển kinh tế - xã hội vùng núi - Kỳ vọng ở Lào Cai\n\nHội nghị quán "
     "triệt diễn ra sáng 3/6.", "Nghị quyết số 57 của Bộ Chính trị về phát triển kinh tế - xã hội vùng núi"),
    # the type's initials in brackets before its bare number; a subject in quotes, commas and all
    ("Tỉnh ủy sơ kết 5 năm thực hiện Nghị quyết (NQ) 09 về “Phát triển du lịch, dịch vụ vùng hồ”.",
     "Nghị quyết số 09 về Phát triển du lịch, dịch vụ vùng hồ"),
    ("Tỉnh ủy quán triệt Nghị quyết số 11-NQ/TU về \"Xây dựng, chỉnh trang đô thị\" đến cán bộ chủ chốt.",
     "Nghị quyết số 11-NQ/TU về Xây dựng, chỉnh trang đô thị"),
    # named by its title in quotes alone, with the quotes inside the title
    ("Tổng Bí thư nhấn mạnh Hội nghị cần ra Nghị quyết về “Tăng cường công tác dân vận; chống biểu hiện “hình "
     "thức”, “xa dân” trong cán bộ” để thống nhất hành động.",
     "Nghị quyết về “Tăng cường công tác dân vận; chống biểu hiện “hình thức”, “xa dân” trong cán bộ”"),
    ("Tổng Bí thư nhấn mạnh Hội nghị cần ra Nghị quyết về \"Tăng cường công tác dân vận; chống biểu hiện \"hình "
     "thức\", \"xa dân\" trong cán bộ\" để thống nhất hành động.",
     "Nghị quyết về \"Tăng cường công tác dân vận; chống biểu hiện \"hình thức\", \"xa dân\" trong cán bộ\""),
    # named after the central plenum by its number alone, the meeting word left out
    ("Huyện ủy quán triệt Nghị quyết Trung ương 8 khóa XIII đến đảng viên.", "Nghị quyết Trung ương 8 khóa XIII"),
    ("Đảng ủy xã học tập Nghị quyết TW 6 khóa XI.", "Nghị quyết TW 6 khóa XI"),
])
def test_a_paper_s_label_as_written_whole(text, label):
    assert [p.label for p in extract("a.txt", text).papers] == [label]


@pytest.mark.parametrize(("text", "labels"), [
    ("Hội nghị quán triệt Kết luận số 21-KL/TW của Ban Chấp hành Trung ương. Thực hiện Kết luận số 21, Tỉnh ủy ban "
     "hành kế hoạch.", ["Kết luận số 21-KL/TW của Ban Chấp hành Trung ương"]),
    # two papers of that number: which one the bare number means, the article does not say
    ("Hội nghị quán triệt Kết luận số 21-KL/TW và Kết luận số 21-KL/TU. Thực hiện Kết luận số 21, Tỉnh ủy ban hành kế "
     "hoạch.", ["Kết luận số 21-KL/TW", "Kết luận số 21-KL/TU", "Kết luận số 21"]),
])
def test_a_number_written_bare_is_the_paper_written_whole(text, labels):
    assert [p.label for p in extract("a.txt", text).papers] == labels


@pytest.mark.parametrize(("text", "labels"), [
    # resolutions a session adopts, named by their subjects in a list or by what they do
    ("Tại kỳ họp, HĐND tỉnh Hà Nam đã thông qua các nghị quyết như: Nghị quyết về đặt tên đường phố trên địa bàn "
     "tỉnh; Nghị quyết sửa đổi, bổ sung Nghị quyết số 15/NQ-HĐND ngày 5/7/2021 của HĐND tỉnh về mức chi hỗ trợ.",
     ["Nghị quyết về đặt tên đường phố trên địa bàn tỉnh", "Nghị quyết sửa đổi, bổ sung Nghị quyết số 15/NQ-HĐND",
      "Nghị quyết số 15/NQ-HĐND của HĐND tỉnh về mức chi hỗ trợ"]),
    ("Kỳ họp đã biểu quyết thông qua Nghị quyết xác nhận kết quả bầu Phó Chủ tịch UBND tỉnh đối với ông Lò Văn Tám.",
     ["Nghị quyết xác nhận kết quả bầu Phó Chủ tịch UBND tỉnh đối với ông Lò Văn Tám"]),
    # a count of resolutions names none of them, unless their subjects are as many
    ("Tại kỳ họp, HĐND tỉnh đã thông qua 18 nghị quyết về kinh tế - xã hội và công tác cán bộ.", []),
    ("Kỳ họp biểu quyết thông qua 2 dự thảo Nghị quyết của HĐND về mức thu học phí và giá dịch vụ xe buýt.",
     ["Nghị quyết của HĐND về mức thu học phí", "Nghị quyết của HĐND về giá dịch vụ xe buýt"]),
    # one it announces, named by its subject up to the next act; announced papers not named are none
    ("Tại kỳ họp thứ nhất, HĐND tỉnh công bố Nghị quyết về xác nhận tư cách đại biểu HĐND tỉnh khóa XVI và trao "
     "Giấy chứng nhận cho các đại biểu.", ["Nghị quyết về xác nhận tư cách đại biểu HĐND tỉnh khóa XVI"]),
    ("Tại buổi lễ, ông Lò Văn Tám công bố hai Nghị quyết: Nghị quyết số 75/2025 của Quốc hội về việc sắp xếp đơn vị "
     "hành chính tỉnh.", ["Nghị quyết số 75/2025 của Quốc hội về việc sắp xếp đơn vị hành chính tỉnh"]),
    # a newsroom that writes abbreviations out writes them out in numbers too
    ("Kỳ họp sửa đổi Nghị quyết số 21/NQ-Hội đồng nhân dân của Hội đồng nhân dân tỉnh.",
     ["Nghị quyết số 21/NQ-Hội đồng nhân dân của Hội đồng nhân dân tỉnh"]),
])
def test_the_resolutions_a_session_adopts(text, labels):
    assert [p.label for p in extract("a.txt", text).papers] == labels


@pytest.mark.parametrize(("text", "term"), [
    ("Chiều nay (07/12/2023), Kỳ họp thứ 16 tiếp tục làm việc.", "2021-2026"),  # a council's, named by no body
    ("Sáng 7/12/2023, Hội nghị lần thứ 16 Ban Chấp hành Đảng bộ tỉnh khai mạc.", "2020-2025"),
])
def test_a_session_named_by_no_body_keeps_the_council_terms(text, term):
    assert meetings_of(text)[0].term == term


def test_a_closing_speech_is_no_paper_and_a_press_conference_keeps_its_name():
    chaired = meetings_of("Ông Lò Văn Ba, Phó Bí thư Tỉnh ủy phát biểu kết luận hội nghị.")
    assert [(m.status, m.people[0].roles) for m in chaired] == [("held", ["phát biểu", "kết luận"])]
    press = meetings_of("Sáng 3/10, Tỉnh ủy tổ chức họp báo về Đại hội. Tại họp báo, ông Lò Văn Ba phát biểu.")
    assert press[0].label == "Họp báo Tỉnh ủy"


def test_a_paragraph_that_reports_another_meeting_keeps_its_people():
    text = ("Đại hội Đảng bộ tỉnh Hà Giang lần thứ XVII bế mạc\n\n"
            "Sáng 16/10, Đại hội đại biểu Đảng bộ tỉnh Hà Giang lần thứ XVII bế mạc. Đồng chí Lò Văn Ba, Phó Bí thư "
            "Tỉnh ủy chủ trì phiên bế mạc.\n\n"
            "Sáng 9/10, Hội nghị lần thứ 13 Ban Chấp hành Trung ương khóa XII đã bế mạc. Đồng chí Hà Thị Mai, Ủy viên "
            "Bộ Chính trị điều hành phiên bế mạc.\n\n"
            "Hà Thị Mai.")  # a caption, naming her again with no role
    own, other = meetings_of(text)
    assert [(p.name, p.roles) for p in own.people] == [("Lò Văn Ba", ["chủ trì"])]
    assert [(p.name, p.roles) for p in other.people] == [("Hà Thị Mai", ["chủ trì"])]
    assert (other.status, other.same_as, other.date.value[-5:]) == ("held", None, "10-09")


def test_a_meeting_only_named_beside_the_article_s_keeps_no_one():
    text = ("Sáng 16/10, Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII khai mạc. Đồng chí Lò Văn Ba chủ trì. Đại hội "
            "quán triệt Nghị quyết Hội nghị lần thứ 13 Ban Chấp hành Trung ương khóa XII.")
    own, *others = meetings_of(text)
    assert [p.name for p in own.people] == ["Lò Văn Ba"] and all(not m.people for m in others)


def test_a_congress_named_in_lower_case_by_its_province_is_that_congress():
    own, *_ = meetings_of("Ngày 28/10, đại hội Đảng bộ tỉnh Lạng Sơn bầu 53 người vào Ban Chấp hành. Đại hội Đảng bộ "
                          "tỉnh Hải Dương lần thứ 16 bế mạc hôm qua.")
    assert (own.label, own.date.value) == ("Đại hội Đảng bộ tỉnh Lạng Sơn", "--10-28")


@pytest.mark.parametrize("surname", ["Bế", "Lộc", "Bạc", "Thò", "Chớ", "Ngôn"])
def test_surnames_that_fold_like_place_words_are_known_as_written(surname):
    text = f"Các đồng chí Mè Thị Hoa và {surname} Thị Bun được bầu giữ chức Phó Bí thư Tỉnh ủy."
    assert set(people_of(text)) == {"Mè Thị Hoa", f"{surname} Thị Bun"}
    assert set(people_of(f"Các đồng chí Lò Thị Hoa và Mè Thị {surname} được bầu giữ chức Phó Bí thư.")) == {
        "Lò Thị Hoa", f"Mè Thị {surname}"}  # Mè, whose name opens the second


@pytest.mark.parametrize("surname", ["Tất", "Giáp", "Chá", "Hạng", "Phàng", "Chảo", "Ka", "K'Sơ", "Rcom", "Bríu",
                                     "Cấn"])
def test_rarer_surnames_open_a_name_after_a_place(surname):
    assert people_of(f"Phó Chủ tịch UBND tỉnh {surname} Văn Páo dự.") == {
        f"{surname} Văn Páo": (["Phó Chủ tịch UBND tỉnh"], ["dự"])}


def test_a_list_on_the_lines_after_a_colon_keeps_the_verb_before_it():
    found = people_of("Hội nghị có sự hiện diện của:\n- Ủy viên Bộ Chính trị, Phó Thủ tướng Lò Văn Ba\n- Đồng chí Hà "
                      "Văn Tư, Trưởng Ban Dân vận Trung ương\n- 300 đại biểu chính thức\n- Bà Cầm Thị Nga, Phó Chủ "
                      "tịch Quốc hội\nĐồng chí Vi Văn Sáng, Bí thư Tỉnh ủy.")
    assert {name: roles for name, (_, roles) in found.items()} == {
        "Lò Văn Ba": ["dự"], "Hà Văn Tư": ["dự"], "Cầm Thị Nga": ["dự"], "Vi Văn Sáng": []}


def test_a_presidium_is_no_one_s_title():
    found = people_of("Đoàn Chủ tịch Đại hội gồm các đồng chí: Lò Văn Ba, Bí thư Huyện ủy; Hà Văn Tư, Chủ tịch UBND "
                      "huyện.")
    assert found == {"Lò Văn Ba": (["Bí thư Huyện ủy"], ["chủ trì"]),
                     "Hà Văn Tư": (["Chủ tịch UBND huyện"], ["chủ trì"])}


def test_a_role_verb_written_with_its_marks_is_not_another_word():
    found = people_of("Dự có các đồng chí: Trần Văn Lạc, Bí thư Tỉnh ủy; đại diện Văn phòng Tỉnh ủy.")
    assert found["Trần Văn Lạc"][1] == ["dự"]  # "đại diện Văn phòng" is no "diễn văn"


def test_places_written_like_those_surnames_stay_places():
    assert people_of("Đồng chí Bí thư Tỉnh ủy Bắc Ninh phát biểu.") == {}
    assert people_of("Ông Lò Văn Ba, Chủ tịch UBND thành phố Bảo Lộc dự.") == {
        "Lò Văn Ba": (["Chủ tịch UBND thành phố Bảo Lộc"], ["dự"])}


def test_a_place_named_after_someone_ends_a_title_in_a_list_of_names_first():
    found = people_of("Dự có các đồng chí: Lò Văn Ba, Bí thư Huyện ủy Trần Văn Thời; Hà Thị Mai, Phó Bí thư "
                      "Thường trực Huyện ủy Dương Minh Châu; lãnh đạo các sở dự.")
    assert {name: titles for name, (titles, _) in found.items()} == {
        "Lò Văn Ba": ["Bí thư Huyện ủy Trần Văn Thời"],
        "Hà Thị Mai": ["Phó Bí thư Thường trực Huyện ủy Dương Minh Châu"]}
    # after a title that came first, a name there is the next person's, as before
    assert "Lâm Văn Đức" in people_of("Dự có Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lâm Văn Đức; lãnh đạo các sở.")


def test_a_word_typed_twice_in_a_body_is_one_word():
    found = meetings_of("Đại hội Đảng bộ bộ Bộ đội Biên phòng tỉnh lần thứ 18\n\nSáng 23/7/2020, Đảng bộ Bộ đội "
                        "Biên phòng tỉnh tổ chức Đại hội đại biểu lần thứ 18.")
    assert [(m.body, m.date.value) for m in found] == [("Đảng bộ Bộ đội Biên phòng tỉnh", "2020-07-23")]


def test_the_plenum_a_congress_report_dates_keeps_those_it_elects_once_each():
    found = extract("a.txt", "Sáng 15/10/2020, Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX bế mạc. Đại hội bầu Ban "
                             "Chấp hành gồm 50 đồng chí.\n\n"
                             "Chiều 15/10/2020, tại Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ tỉnh khóa XIX, đồng "
                             "chí Lò Văn Ba được bầu giữ chức Bí thư Tỉnh ủy.\n\n"
                             "Hội nghị cũng bầu đồng chí Hà Thị Mai giữ chức Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy.")
    congress, plenum = found.meetings
    assert (congress.people, plenum.status) == ([], "held")
    assert [(p.name, p.roles) for p in plenum.people] == [("Lò Văn Ba", ["được bầu"]), ("Hà Thị Mai", ["được bầu"])]
    assert [[a.meeting_id for a in p.meetings] for p in found.people] == [[plenum.id], [plenum.id]]


def test_the_offices_a_biography_says_were_held_before_are_titles():
    text = ("Ông Lò Văn Ba năm nay 50 tuổi, từng là giảng viên Trường Đại học Mỏ (1996-2002), phó vụ trưởng Vụ Tổ "
            "chức cán bộ, thứ trưởng Bộ Xây dựng (2015-2017). Hội nghị bầu ông giữ chức Bí thư Tỉnh ủy.")
    assert people_of(text)["Lò Văn Ba"][0] == [
        "giảng viên Trường Đại học Mỏ", "phó vụ trưởng Vụ Tổ chức cán bộ", "thứ trưởng Bộ Xây dựng"]
    listed = ("Ông Lò Văn Ba từng đảm nhiệm các chức vụ như: Phó Chủ tịch UBND huyện Mường Tè; Phó Chánh Văn phòng, "
              "Chánh Văn phòng Tỉnh ủy; Phó Chủ tịch, Phó Chủ tịch Thường trực UBND tỉnh.")
    assert people_of(listed)["Lò Văn Ba"][0] == [
        "Phó Chủ tịch UBND huyện Mường Tè", "Phó Chánh Văn phòng", "Chánh Văn phòng Tỉnh ủy", "Phó Chủ tịch",
        "Phó Chủ tịch Thường trực UBND tỉnh"]


def test_an_office_given_to_others_named_in_the_plural_is_not_the_subject_s():
    found = people_of("Ông Lò Văn Ba và ông Hà Văn Nam tặng hoa các đại biểu vừa trúng cử Ủy viên UBND tỉnh.")
    assert (found["Lò Văn Ba"][0], found["Hà Văn Nam"][0]) == ([], [])


def test_an_office_held_before_is_not_given_here():
    found, _ = find_people(Page("Ông Lò Văn Ba, Bí thư Tỉnh ủy, từng giữ chức Chủ tịch UBND tỉnh, phát biểu."))
    (person,) = found
    assert (person.titles, person.given) == (["Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"], [])


def test_a_national_conference_followed_at_the_province_s_bridges_is_the_province_s():
    text = ("Sáng 5/3, Ban Bí thư Trung ương Đảng tổ chức Hội nghị toàn quốc nghiên cứu, học tập, quán triệt Nghị "
            "quyết Đại hội XIV của Đảng. Toàn tỉnh Lào Cai có 30 điểm cầu với 2.000 đại biểu. Đồng chí Lò Văn Tám, Bí "
            "thư Tỉnh ủy chủ trì tại điểm cầu tỉnh.")
    (meeting,) = meetings_of(text)
    assert (meeting.type, meeting.province) == ("hoi_nghi_quan_triet", "Lào Cai")
    assert meetings_of(text.replace("điểm cầu", "phòng họp"))[0].province is None


def test_a_sitting_named_by_no_body_is_the_one_a_body_is_said_to_hold():
    text = ("Sáng 3/10/2020, Đại hội đại biểu Đảng bộ tỉnh Lào Cai lần thứ XVI bế mạc, thông báo kết quả phiên họp "
            "thứ nhất. Tại phiên họp thứ nhất, Ban Chấp hành Đảng bộ tỉnh đã bầu Ban Thường vụ Tỉnh ủy. Cũng tại "
            "phiên họp thứ nhất, hội nghị đã bầu Ủy ban Kiểm tra Tỉnh ủy.")
    assert sorted((m.type, m.ordinal) for m in meetings_of(text)) == [("dai_hoi", 16), ("hoi_nghi_bch", 1)]


def test_a_dotted_abbreviation_in_a_body_goes_on_with_its_name():
    (meeting,) = meetings_of("Sáng 14/10/2020, Đại hội đại biểu Đảng bộ TP.Đà Nẵng lần thứ XXII, nhiệm kỳ 2020-2025 "
                             "khai mạc.")
    assert (meeting.body, meeting.ordinal, meeting.province) == ("Đảng bộ TP.Đà Nẵng", 22, "Đà Nẵng")


def test_a_sentence_run_into_the_next_ends_a_meeting_s_name():
    (meeting,) = meetings_of("Chiều 2/4/2021, cuộc họp bàn việc phòng, chống dịch trên địa bàn tỉnh.Các đồng chí "
                             "Lò Văn Ba và Hà Văn Tư dự.")
    assert "Các" not in meeting.label


@pytest.mark.parametrize("when", ["đầu tháng 12/2019", "vào tháng 12/2019", "vào tháng 12.2019"])
def test_a_session_announced_for_a_month_is_dated_by_it(when):
    text = (f"Chiều 2/10, Hội nghị lần thứ 20 Ban Chấp hành Đảng bộ tỉnh bế mạc. Kỳ họp thứ 12, HĐND tỉnh khóa XV dự "
            f"kiến diễn ra {when}.")
    dates = {m.type: m.date for m in meetings_of(text)}
    assert (dates["ky_hop"].value, dates["ky_hop"].precision) == ("2019-12", "month")


def test_a_central_plenum_is_of_the_term_of_its_khoa_and_not_dated_after_it():
    text = ("Ngày 19/1/2011, Đại hội đại biểu toàn quốc lần thứ XI của Đảng kết thúc tốt đẹp.\n"
            "Chiều 12/12, Hội nghị lần thứ 14 Ban Chấp hành Trung ương Đảng khóa X kết thúc.")
    (plenum,) = [m for m in meetings_of(text) if m.type == "hoi_nghi_bch"]
    assert (plenum.term, plenum.date.value) == ("2006-2011", "--12-12")


def test_a_conference_held_by_no_body_named_is_of_no_term():
    (meeting,) = meetings_of("Sáng 5/12/2018, hội nghị liên tịch bàn việc chuẩn bị Tết diễn ra. Đồng chí Lò Văn Ba "
                             "chủ trì hội nghị.")
    assert (meeting.type, meeting.date.value, meeting.term) == ("hoi_nghi", "2018-12-05", None)


def test_a_working_session_known_by_its_verb_is_called_so_and_keeps_its_chair():
    meeting, = meetings_of("Ngày 9/10/2024, Thường trực Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy Bảo Yên. Đồng chí "
                           "Hà Văn Tư, Bí thư Tỉnh ủy chủ trì.")
    assert meeting.label == "Buổi làm việc với Ban Thường vụ Huyện ủy Bảo Yên"
    assert [(p.name, p.roles) for p in meeting.people] == [("Hà Văn Tư", ["chủ trì"])]
    assert meeting.date.value == "2024-10-09"


@pytest.mark.parametrize(("text", "body", "ordinal"), [
    ("Đại hội Công đoàn tỉnh Lai Châu lần thứ 15 sẽ diễn ra vào tháng 3/2023.", "Công đoàn tỉnh Lai Châu", 15),
    ("Ngày 12-5-2023, Ban Chấp hành Liên đoàn lao động huyện Mường Tè tổ chức Đại hội Công đoàn huyện lần thứ V, "
     "nhiệm kỳ 2023-2028.", "Công đoàn huyện", 5),
    # but not with the words of no body that follow one
    ("Sáng 5/3/2024, Hội nghị lần thứ 9 Ban Thường vụ Tỉnh ủy trực tuyến diễn ra.", "Ban Thường vụ Tỉnh ủy", 9),
])
def test_a_body_s_name_goes_on_in_lower_case_words_that_open_none(text, body, ordinal):
    (meeting,) = meetings_of(text)
    assert (meeting.body, meeting.ordinal) == (body, ordinal)


@pytest.mark.parametrize(("text", "province"), [
    # a province named after a person is a place only after its level's word
    ("Sáng 4/10/2022, Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Lào Cai lần thứ XV khai mạc.", "Lào Cai"),
    ("Sáng 4/10/2022, Hội nghị lần thứ 9 Ban Chấp hành Đảng bộ tỉnh khai mạc. Hội nghị bàn việc học tập và làm theo "
     "tư tưởng, đạo đức, phong cách Hồ Chí Minh.", None),
    # provinces listed together are many places, none the meeting's
    ("Chiều 2/7/2019, Đại hội đại biểu Mặt trận Tổ quốc Việt Nam tỉnh lần thứ X khai mạc. Dự có đại diện các tỉnh "
     "Sơn La, Điện Biên và Lai Châu.", None),
    # a congress of the whole country is of no province, whoever reports it
    ("Sáng 18/9/2019, Đại hội đại biểu toàn quốc Mặt trận Tổ quốc Việt Nam lần thứ IX khai mạc. Đoàn đại biểu tỉnh "
     "Lai Châu gồm 12 đại biểu.", None),
])
def test_the_province_a_meeting_is_of(text, province):
    assert meetings_of(text)[0].province == province


def test_the_party_s_congress_named_by_the_party_alone_is_the_national_one():
    meetings = meetings_of("Sáng 17/10/2020, Đại hội đại biểu Đảng bộ tỉnh Lai Châu bế mạc. Bí thư Tỉnh ủy sẽ được "
                           "phân công sau Đại hội Đảng 13.")
    assert [(m.body, m.ordinal, m.status) for m in meetings] == [
        ("Đảng bộ tỉnh Lai Châu", None, "held"), ("Đảng", 13, "mentioned")]


def test_a_council_s_first_session_opens_its_term():
    (session,) = meetings_of("Sáng 25/6, HĐND tỉnh Lai Châu khóa XV tổ chức kỳ họp thứ nhất để nghe báo cáo về cuộc "
                             "bầu cử đại biểu HĐND tỉnh khóa XV, nhiệm kỳ 2021-2026.")
    assert (session.term, session.date.value) == ("2021-2026", "2021-06-25")


def test_a_topic_ends_at_the_day_it_was_held_and_chuyen_de_is_no_de():
    text = "Đa số đại biểu dự kỳ họp chuyên đề Hội đồng nhân dân tỉnh Lai Châu ngày 16/4/2024 đã biểu quyết thông qua."
    assert meetings_of(text)[0].label == "Kỳ họp chuyên đề Hội đồng nhân dân tỉnh Lai Châu"


@pytest.mark.parametrize(("text", "khoa", "term"), [
    ("Sáng 5/12/2023, Kỳ họp thứ 15 - HĐND tỉnh khóa XV bế mạc.", "XV", "2021-2026"),
    # its other name after a dash: what kind of session, of which council
    ("Sáng 23/9/2024, HĐND tỉnh khai mạc Kỳ họp thứ 21 - kỳ họp chuyên đề của HĐND tỉnh khóa XVI, nhiệm kỳ "
     "2021-2026.", "XVI", "2021-2026"),
])
def test_a_session_s_council_after_a_dash(text, khoa, term):
    (session,) = meetings_of(text)
    assert (session.body, session.khoa, session.term) == ("HĐND tỉnh", khoa, term)


def test_a_session_s_other_name_after_a_dash_is_announced_with_it():
    text = ("Chiều 6/8/2024, Ban Thường vụ Tỉnh ủy họp cho ý kiến các nội dung để trình kỳ họp thứ 12- kỳ họp chuyên "
            "đề của HĐND tỉnh khóa XV.")
    assert {(m.type, m.ordinal): m.status for m in meetings_of(text)} == {
        ("hoi_nghi_btv", None): "held", ("ky_hop", 12): "upcoming"}


def test_a_place_s_name_after_its_level_is_the_body_s_even_when_it_spells_a_word():
    (congress,) = meetings_of("Đại hội đại biểu Đảng bộ huyện Năm Đông khóa XIII, nhiệm kỳ 2020 – 2025 khai mạc chiều "
                              "ngày 7/8/2020.")
    assert (congress.body, congress.khoa) == ("Đảng bộ huyện Năm Đông", "XIII")


@pytest.mark.parametrize(("text", "body"), [
    # a mass organisation is a body
    ("Sáng 20/9/2023, Đại hội đại biểu Hội Nông dân tỉnh Lai Châu lần thứ XI, nhiệm kỳ 2023 – 2028 khai mạc.",
     "Hội Nông dân tỉnh Lai Châu"),
    # the province of the body holding it, after a comma
    ("Trong 3 ngày (10-12/8/2020), Đảng bộ thành phố Sầm Sơn, tỉnh Thanh Hóa tổ chức Đại hội đại biểu lần thứ XX, "
     "nhiệm kỳ 2020-2025.", "Đảng bộ thành phố Sầm Sơn, tỉnh Thanh Hóa"),
])
def test_the_body_that_holds_a_congress(text, body):
    (congress,) = meetings_of(text)
    assert congress.body == body


def test_a_khoa_written_with_its_term_gives_the_term_of_a_meeting_of_that_khoa():
    (plenum,) = meetings_of("Sáng 14/10/2020, tại Hội nghị Ban Chấp hành Đảng bộ tỉnh Lai Châu khóa XV, ông Lò Văn Ba "
                            "được bầu giữ chức Bí thư Tỉnh ủy khóa XV, nhiệm kỳ 2020 – 2025.")
    assert plenum.term == "2020-2025"


@pytest.mark.parametrize("text", [
    "Đồng chí Lò Văn Ba, Trưởng Ban Tổ chức Tỉnh ủy trình bày tờ trình về giới thiệu nhân sự bầu Phó Bí thư Tỉnh ủy "
    "khóa XV.",
    "Ông Lò Văn Ba, Phó Trưởng ban Tổ chức Trung ương đã công bố quyết định của Bộ Chính trị về điều động, chỉ định "
    "giữ chức Bí thư Tỉnh ủy Lai Châu.",
])
def test_an_office_a_paper_presented_or_announced_gives_is_not_its_presenter_s(text):
    titles, roles = people_of(text)["Lò Văn Ba"]
    assert (len(titles), [r for r in roles if r.startswith("được")]) == (1, [])


def test_a_paper_s_owner_after_a_report_verb_leads_to_no_list():
    found = people_of("Ông Lò Văn Ba trình bày tờ trình của Ban Thường vụ Tỉnh ủy về nhân sự bầu bổ sung Ủy viên Ban "
                      "Thường vụ đối với đồng chí Hà Văn Tư, Giám đốc Sở Nội vụ.")
    assert (found["Lò Văn Ba"][1], found["Hà Văn Tư"][1]) == (["báo cáo"], ["được bầu"])


def test_a_counted_group_of_office_holders_is_no_one_holder():
    found = meetings_of("Sáng 9/3/2025, Đại hội Đảng bộ tỉnh Lai Châu khai mạc. Đoàn Chủ tịch 9 đồng chí (gồm 8 đồng "
                        "chí Ủy viên Ban Thường vụ Tỉnh ủy) lên làm việc. Ông Lò Văn Ba, Ủy viên Ban Thường vụ Tỉnh ủy "
                        "giới thiệu đại biểu.")
    (meeting,) = found
    assert [(p.name, p.roles) for p in meeting.people] == [("Lò Văn Ba", ["dự"])]


def test_a_seminar_a_body_holds_is_a_meeting_and_its_co_chairs_chair_it():
    (seminar,) = meetings_of("Ngày 14-5, Ban Thường vụ Tỉnh ủy Lạng Sơn phối hợp với Học viện Chính trị khu vực I tổ "
                             "chức hội thảo khoa học: “Phát triển kinh tế cửa khẩu”. Các đồng chí: Hà Văn Sơn, Bí thư "
                             "Tỉnh ủy; Lê Thị Hoa, Giám đốc Học viện đồng chủ trì.")
    assert (seminar.type, seminar.label, seminar.province) == ("hoi_nghi", "Hội thảo", "Lạng Sơn")
    assert {p.name: p.roles for p in seminar.people} == {"Hà Văn Sơn": ["chủ trì"], "Lê Thị Hoa": ["chủ trì"]}


def test_sports_games_that_fold_as_a_seminar_are_no_meeting():
    assert meetings_of("Sáng 3/4, Công đoàn huyện khai mạc Hội thao công nhân viên chức năm 2024.") == []


@pytest.mark.parametrize(("text", "ordinals"), [
    # "ĐH" abbreviates "Đại hội" where a congress's name follows
    ("Sáng 9-10, ĐH đại biểu Đảng bộ tỉnh Hà Giang lần thứ XVII nhiệm kỳ 2020-2025 khai mạc. Phát biểu tại ĐH, ông "
     "Lò Văn Ba nhấn mạnh.", [17]),
    # and "Đại học" where a school's does
    ("Ông Lò Văn Ba từng là giảng viên Trường ĐH Công đoàn, rồi làm việc ở ĐH Quốc gia Hà Nội.", []),
])
def test_a_congress_abbreviated(text, ordinals):
    assert [m.ordinal for m in meetings_of(text)] == ordinals


def test_a_conference_named_bare_where_its_attendees_study_and_disseminate_a_resolution():
    (conference,) = meetings_of("Hội nghị được truyền trực tuyến tới 900 điểm cầu; hơn 30.000 đảng viên tham dự nghiên "
                                "cứu, học tập, quán triệt Nghị quyết. Dự Hội nghị tại điểm cầu tỉnh có ông Lò Văn Ba.")
    assert conference.type == "hoi_nghi_quan_triet"


def test_a_city_written_short_with_a_dot_keeps_its_congress_whole():
    (congress,) = meetings_of("Sáng 12/10, Đại hội đại biểu Đảng bộ TP. Đà Nẵng lần thứ XXIII, nhiệm kỳ 2025-2030 khai "
                              "mạc.")
    assert (congress.body, congress.ordinal, congress.province) == ("Đảng bộ TP. Đà Nẵng", 23, "Đà Nẵng")


@pytest.mark.parametrize("text", [
    "Ngày 9/3, HĐND tỉnh Bến Tre khóa X tổ chức kỳ họp đột xuất lần thứ ba.",
    "Ngày 9/3, HĐND tỉnh Bến Tre khóa X tổ chức kỳ họp bất thường thứ 3.",
])
def test_a_session_s_kind_before_its_number(text):
    (session,) = meetings_of(text)
    assert (session.ordinal, session.body) == (3, "HĐND tỉnh Bến Tre")


def test_the_party_named_in_full_holds_the_national_congress_named_by_its_number_alone():
    (congress,) = meetings_of("Chiều 1/2/2021, Đại hội đã nghe báo cáo các điện mừng gửi Đại hội đại biểu lần thứ XIII "
                              "Đảng Cộng sản Việt Nam. Tiếp đó, Đại hội XIII đã bầu Ban Chấp hành Trung ương.")
    assert (congress.body, congress.ordinal, congress.province) == ("Đảng Cộng sản Việt Nam", 13, None)


def test_a_programme_s_name_is_no_cue_of_the_words_it_ends_in():
    text = ("Sáng 4/9/2025, Hội nghị Trung ương 12 khóa XIII thảo luận các tờ trình; Chương trình Đại hội XIV của "
            "Đảng; Quy chế bầu cử tại Đại hội XIV.")
    assert [(m.type, m.ordinal) for m in meetings_of(text)] == [("hoi_nghi_bch", 12)]


def test_a_mention_with_a_term_goes_with_the_meeting_of_that_term():
    text = ("Ngày 20-10, Đại hội đại biểu Đảng bộ tỉnh Kon Tum lần XVI, nhiệm kỳ 2020-2025 khai mạc. Năm năm trước, "
            "Đại hội Đảng bộ tỉnh lần thứ XV đã bầu 50 Ủy viên. Đại hội Đảng bộ tỉnh Kon Tum nhiệm kỳ 2020-2025 đặt ra "
            "5 nhiệm vụ.")
    assert [(m.ordinal, m.body) for m in meetings_of(text)] == [(16, "Đảng bộ tỉnh Kon Tum"), (15, "Đảng bộ tỉnh")]


@pytest.mark.parametrize("source", [
    "các chỉ tiêu mà Đại hội Đảng bộ tỉnh lần thứ XV đã đề ra",
    "các nhiệm vụ do Đại hội Đảng bộ tỉnh lần thứ XV đặt ra",
])
def test_a_meeting_cited_as_the_source_of_goals_is_no_event(source):
    text = f"Sáng 20-10-2020, Đại hội đại biểu Đảng bộ tỉnh Kon Tum lần thứ XVI khai mạc, đánh giá {source}."
    assert [m.ordinal for m in meetings_of(text)] == [16]


def test_a_meeting_named_in_a_writing_s_quoted_title_is_what_it_is_about():
    text = ("Ngày 5/9, Tỉnh ủy Yên Bái tổ chức hội nghị quán triệt Chỉ thị số 45-CT/TW. Các đại biểu nghe giới thiệu "
            "bài viết của Tổng Bí thư: “Chuẩn bị thật tốt đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc "
            "lần thứ XIV của Đảng”.")
    assert [m.type for m in meetings_of(text)] == ["hoi_nghi_quan_triet"]


def test_a_briefing_a_standing_office_holds_is_its_meeting_dated_by_the_new_school_year():
    (briefing,) = meetings_of("Sáng 15/9, Thường trực Tỉnh ủy Bạc Liêu tổ chức họp giao ban. Tại cuộc họp, các đại "
                              "biểu nghe báo cáo các hoạt động từ ngày 1/9 đến nay như dự lễ khai giảng năm học mới "
                              "2023 - 2024.")
    assert (briefing.type, briefing.body, briefing.date.value) == ("hoi_nghi", "Thường trực Tỉnh ủy Bạc Liêu",
                                                                   "2023-09-15")


def test_the_lead_that_writes_the_day_tells_the_article_s_meeting_after_a_long_headline():
    text = ("Tỉnh ủy Quảng Trị họp báo thông tin về kết quả Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ "
            "2020 - 2025\n"
            "Sáng 20/10, Tỉnh ủy Quảng Trị tổ chức họp báo thông tin về kết quả Đại hội đại biểu Đảng bộ tỉnh lần thứ "
            "XVII. Ông Lê Văn Sơn, Bí thư Tỉnh ủy chủ trì họp báo.\n"
            "Đại hội đại biểu Đảng bộ tỉnh Quảng Trị lần thứ XVII diễn ra ngày 15/10/2020. Đại hội đã bầu 50 đồng chí "
            "vào Ban Chấp hành. Đại hội cũng bầu 13 đồng chí vào Ban Thường vụ.\n")
    meetings = meetings_of(text)
    assert [(m.type, m.status) for m in meetings] == [("hoi_nghi", "held"), ("dai_hoi", "held")]
    assert [p.roles for p in meetings[0].people] == [["chủ trì"]]


@pytest.mark.parametrize("caption", [
    "Quang cảnh Đại hội đại biểu Đảng bộ thành phố Lai Châu lần thứ XV, nhiệm kỳ 2025-2033",  # a slip in the term
    "Trước đó, Đại hội đại biểu lần thứ XV Đảng bộ TP. Lai Châu đã thông qua Đề án nhân sự.",
])
def test_a_meeting_written_again_with_a_slip_or_a_short_form_is_the_same_meeting(caption):
    text = ("Sáng 15-10, Đại hội đại biểu Đảng bộ thành phố Lai Châu lần thứ XV, nhiệm kỳ 2025-2030 khai mạc.\n\n"
            + caption)
    assert len(meetings_of(text)) == 1
