"""Words of the Vietnamese political vocabulary that both extraction and search rely on.

Every entry is language knowledge (how Party news writes offices, bodies, places and
abbreviations), never a fact about one article. Keys are folded forms (see text.fold).
"""

from __future__ import annotations

import re

from .text import fold, normalise

# Abbreviation -> what it stands for, both folded. A query or text that writes either
# finds the other.
ABBREVIATIONS = {
    "bch": "ban chap hanh",
    "btv": "ban thuong vu",
    "bct": "bo chinh tri",
    "ubnd": "uy ban nhan dan",
    "hdnd": "hoi dong nhan dan",
    "ubmttq": "uy ban mat tran to quoc",
    "mttq": "mat tran to quoc",
    "dbqh": "dai bieu quoc hoi",
    "ubtvqh": "uy ban thuong vu quoc hoi",
    "qh": "quoc hoi",
    "nq": "nghi quyet",
    "tw": "trung uong",
    "uvtw": "uy vien trung uong",
    "uvt u": "uy vien trung uong",  # UVT.Ư
    "uv": "uy vien",
    "uvbtv": "uy vien ban thuong vu",
    "dh": "dai hoi",
    "tp": "thanh pho",
    "ubkt": "uy ban kiem tra",
    "bcs": "ban can su",
    "kt xh": "kinh te xa hoi",
    "cnh hdh": "cong nghiep hoa hien dai hoa",
    "xhcn": "xa hoi chu nghia",
    "cand": "cong an nhan dan",
    "qdnd": "quan doi nhan dan",
    "chqs": "chi huy quan su",
    "bchqs": "bo chi huy quan su",
    "ct": "chu tich",
    "pct": "pho chu tich",
    "pbt": "pho bi thu",
}

# Initials after which a final i and y are the same syllable, both spellings in use
# (folded): Sĩ = Sỹ, Kì = Kỳ, Lí = Lý, Quí = Quý. A query typed either way finds both.
I_Y_INITIALS = ("h", "k", "l", "m", "s", "t", "qu")
# Provinces and centrally governed cities, as written; keys are normalised, not folded,
# so that "diễn biến" is not Điện Biên.
PROVINCES = (
    "An Giang", "Bà Rịa - Vũng Tàu", "Bà Rịa – Vũng Tàu", "Bạc Liêu", "Bắc Giang", "Bắc Kạn",
    "Bắc Ninh", "Bến Tre", "Bình Dương", "Bình Định", "Bình Phước", "Bình Thuận", "Cà Mau",
    "Cao Bằng", "Cần Thơ", "Đà Nẵng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai",
    "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương",
    "Hải Phòng", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum",
    "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An", "Nam Định", "Nghệ An",
    "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam",
    "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh",
    "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Thừa Thiên - Huế", "Huế",
    "Hồ Chí Minh", "Tiền Giang", "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc",
    "Yên Bái", "Đăk Lăk", "Đăk Nông", "Bắc Cạn",
)
# Short forms a page writes for a province -> its name.
PROVINCE_ALIASES = {"TPHCM": "Hồ Chí Minh", "TP.HCM": "Hồ Chí Minh", "TP HCM": "Hồ Chí Minh"}
PROVINCE_BY_KEY = {normalise(name): name for name in PROVINCES} | {
    normalise(short): name for short, name in PROVINCE_ALIASES.items()}
# Words for a province's level written before its name (normalised): "tỉnh Lai Châu", "TP Cần Thơ".
PROVINCE_CUES = tuple(normalise(w) for w in ("tỉnh", "tỉnh ủy", "thành phố", "thành ủy", "tp"))
# Provinces named after a person, so a place only after such a word (normalised): "Thành phố Hồ
# Chí Minh"; "Đoàn TNCS Hồ Chí Minh", "Học viện Chính trị quốc gia Hồ Chí Minh" are his.
PROVINCES_NAMED_AFTER_PEOPLE = frozenset(normalise(w) for w in ("Hồ Chí Minh",))

# Abbreviations that Vietnamese news writes with a dot, which ends no sentence and no
# office's name (folded): "TP. Hồ Chí Minh", "Chủ tịch UBND TP. Đà Nẵng", "TS. Lê Văn A".
DOTTED_ABBREVIATIONS = ("tp", "ts", "ths", "gs", "pgs", "bs", "nxb", "th")
# Places that capitals after an office may name, besides the provinces (normalised):
# "Phó Chủ tịch Trung ương Hội Nông dân Việt Nam" is no one's name.
PLACES_NOT_PROVINCES = frozenset(normalise(w) for w in ("Việt Nam",))
# Written words that never belong to a personal name, normalised.
NOT_IN_NAMES = frozenset(normalise(w) for w in (
    "Đảng", "Ủy", "Tỉnh", "Huyện", "Hội", "Ban", "Ương", "Nhà", "Nước", "Phủ", "Sở", "Bộ",
    "Thường", "Vụ", "Biểu", "Kỳ", "Họp", "Khóa", "Nhiệm", "Mặt", "Trận", "Sự", "Tại", "Theo",
    "Với", "Các", "Những", "Ngày", "Chiều", "Tướng", "Chủ", "Tịch", "Trưởng", "UBND", "HĐND",
))
# Honorifics written before a name (normalised, so that "Ba", three, is not "bà"), which
# name whoever a capital follows: "ông", "bà", and "anh", "chị" for the young ("Chị Lò Thị
# B được bầu ..."), which are ordinary words before lower case ("anh em", "chị em", "Anh
# hùng Lao động"). Two of them after "các" head a list: "các ông, bà", "các anh, chị".
HONORIFICS = ("ông", "bà", "anh", "chị")
# What opens a byline or a photo credit, before a colon: "Bài và ảnh: ...".
BYLINE_OPENERS = ("bài", "ảnh", "bài và ảnh", "bài, ảnh", "tin", "nhóm pv")

# Surnames of the Kinh majority and of ethnic minorities (Hmong, Thái, Tày, Nùng, Dao,
# Mường, Ê Đê, Jrai, Bahnar, Khmer...). They help decide where a name starts after a
# title; a name is found without them where the context says it is a name.
SURNAMES = frozenset(fold(s) for s in (
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
    "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đào", "Đoàn", "Vương", "Trịnh", "Trương", "Lâm",
    "Phùng", "Mai", "Tô", "Hà", "Tạ", "Lưu", "Đinh", "Cao", "Chu", "Lương", "Thái", "Châu",
    "Quách", "Hứa", "Kiều", "Tăng", "Lại", "Nghiêm", "Giang", "Doãn", "Khúc", "Mạc", "Tống",
    "Triệu", "Thân", "La", "Lục", "Nông", "Ma", "Lò", "Lường", "Cầm", "Sầm", "Quàng", "Vi",
    "Hầu", "Giàng", "Sùng", "Vàng", "Thào", "Mùa", "Lầu", "Lù", "Chẻo", "Tẩn", "Phàn", "Bàn",
    "Đèo", "Điêu", "Tòng", "Khổng", "Hờ", "Cứ", "Ly", "Ksor", "Siu", "Nay", "Kpă", "Puih",
    "Rmah", "Rơ", "Rah", "Thạch", "Kim", "Danh", "Âu", "Bạch", "Khuất", "Phí", "Ninh",
    "Ứng", "Từ", "Cù", "Diệp", "Đàm", "Đồng", "Hàn", "Kha", "Khương", "Lạc", "Liêu", "Mẫn",
        "Nhữ", "Ôn", "Quan", "Thiều", "Tiêu", "Trang", "Ưng", "Xa", "Mông", "Sơn", "Tôn", "Vy",
    "Hùng", "Lữ", "Lã", "Đậu", "Trình", "Viên", "Văn", "Kơ", "Cà", "Lìu", "Mã", "Sa", "Pờ",
    "Lèo", "Sình",
    # rarer Kinh and Hoa surnames
    "Tất", "Chung", "Giáp", "Khiếu", "Trác", "Lều", "Bành",
    "Phàng",  # Hmong
    "Rcom", "Rahlan", "Kpuih", "Hiao",  # Jrai
    "Ka",  # Cơ Ho women
    "Pinăng", "Chamaléa", "Katơr",  # Raglai
    "Bríu", "Alăng", "Zơ", "Pơloong", "Coor", "Ating", "Riah", "Blúp", "Clâu", "Bhling", "Arất", "Hốih",  # Cơ Tu
    "Kăn",  # Tà Ôi
    "Y", "A",  # Ê Đê and Bahnar/Sedang names open with Y (men) or A; H' and K' open theirs (NAME_PREFIXES)
))
# Surnames that fold like words of places and offices ("Bạc" like Bắc, "Lộc" like the
# Lộc of Bảo Lộc, "Chớ" like chờ), so known only as written, with their marks.
SURNAMES_AS_WRITTEN = frozenset(normalise(s) for s in (
    "Bạc", "Lộc", "Bế", "Chớ", "Thò", "Mè", "Ngôn",
    "Cấn", "Đới", "Nhâm", "Sử", "Biện", "Cồ", "Đái", "Nhan", "Tào", "Vòng", "Lăng", "Mạch", "Chế",  # Kinh, Hoa
    "Chá", "Hạng", "Chảo", "Chìu", "Khằm", "Phù", "Sần",  # Hmong, Dao, Thái, Hà Nhì, Giáy
    "Mấu", "Căn",  # Raglai, Tà Ôi
))
# What opens a name glued to the next syllable: an Ê Đê woman's H' ("H'Hen Niê"), a Cơ Ho
# man's K' ("K'Mák"). Folded.
NAME_PREFIXES = ("h'", "h’", "k'", "k’")

# Lower-case words a body may hold: "Ban Chấp hành Đảng bộ tỉnh", "đảng bộ các cơ quan",
# "Ban Bí thư", "Ủy ban Kiểm tra".
# Normalised, not folded: "La" (Sơn La) is not "là".
BODY_WORDS = frozenset(normalise(w) for w in (
    "ban chấp hành thường vụ đảng bộ ủy tỉnh thành phố huyện xã quận phường thị trấn trung ương "
    "toàn quốc khối cơ quan doanh nghiệp các cấp nhân dân hội đồng mặt trận tổ chính trị công an sự "
    "bch btv ubnd hđnd mttq tw đại biểu tham mưu quân đội biên phòng huy thư tra"
).split())
# Names of bodies whose words after the first are lower-case words of no body (normalised): they
# go on a body's name only after the words before them there, "Đại hội Công đoàn huyện",
# "Thường trực Tỉnh ủy", "Liên đoàn lao động tỉnh", "Đảng Cộng sản Việt Nam"; not "hội nghị
# đoàn kết", "Hội nghị Ban Thường vụ Tỉnh ủy trực tuyến".
BODY_COMPOUNDS = tuple(tuple(normalise(c).split()) for c in ("công đoàn", "liên đoàn lao động", "thường trực",
                                                               "đảng cộng sản"))
# Names of the Party itself (folded): "Đại hội đại biểu lần thứ XIII Đảng Cộng sản Việt Nam" is
# the national congress, "Đại hội Đảng 12" too.
PARTY_NAMES = ("dang", "dang cong san viet nam")
# Words that begin an office or a rank, as normalised syllables, longest first.
TITLE_HEADS = tuple(sorted({tuple(re.findall(r"[^\W_]+", normalise(s))) for s in (
    "Tổng Bí thư", "Bí thư", "Phó Bí thư", "Chủ tịch nước", "Chủ tịch", "Phó Chủ tịch",
    "Thủ tướng", "Phó Thủ tướng", "Bộ trưởng", "Thứ trưởng", "Ủy viên", "Uỷ viên", "Trưởng ban",
    "Phó Trưởng ban", "Trưởng Đoàn", "Phó Trưởng Đoàn", "Trưởng phòng", "Giám đốc",
    "Phó Giám đốc", "Tổng Giám đốc", "Chánh Văn phòng", "Phó Chánh Văn phòng", "Chủ nhiệm",
    "Phó Chủ nhiệm", "Viện trưởng", "Phó Viện trưởng", "Chánh án", "Phó Chánh án",
    "Tư lệnh", "Phó Tư lệnh", "Chính ủy", "Phó Chính ủy", "Chỉ huy trưởng", "Hiệu trưởng",
    "Đại biểu Quốc hội", "đại biểu", "ĐBQH", "UVTW", "UVT.Ư", "UVBTV", "Trưởng", "Phó Trưởng",
    "Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng", "Đại tá", "Thượng tá",
    "Trung tá", "Thiếu tá", "Tổng cục trưởng", "Cục trưởng", "Vụ trưởng", "Chánh Thanh tra",
    "Phó Tổng cục trưởng", "Phó Cục trưởng", "Phó Vụ trưởng",
    "Tổng Thư ký", "Phó Tổng Thư ký", "Trợ lý", "Bí thư Thường trực", "Báo cáo viên",
    "Chủ tịch UBMTTQ", "Phó Chủ tịch UBMTTQ", "Tỉnh ủy viên", "Thành ủy viên", "Huyện ủy viên",
    "Đảng ủy viên", "Thường trực Ban Bí thư", "Thường trực Tiểu ban", "UVTƯ", "UVTV", "UVBCH", "UV",
    "Đô đốc", "Phó Đô đốc", "Chuẩn Đô đốc", "Đại úy", "TS", "ThS", "PGS.TS", "GS.TS", "PGS", "GS",
    "Tổng Biên tập", "Phó Tổng Biên tập", "Phó trưởng Ban", "Giảng viên", "Chủ nhiệm Ủy ban",
    "Lão thành cách mạng", "Tổng Thanh tra", "Phó Tổng Thanh tra", "Phó Chánh Thanh tra", "Tổng Kiểm toán",
    "Phó Tổng Kiểm toán", "Thống đốc", "Phó Thống đốc", "Tham mưu trưởng", "Phó Tham mưu trưởng",
    "Tổng Tham mưu trưởng", "Phó Tổng Tham mưu trưởng", "Đại sứ", "Phó Tổng Giám đốc", "Phó Hiệu trưởng",
    "Phó Trưởng phòng", "Thẩm phán", "Kiểm sát viên", "Tổ trưởng", "Tổ phó", "Hội thẩm nhân dân", "Hội thẩm",
    "Phó Ban",  # "Phó Ban Tổ chức Trung ương": a deputy head, the "Trưởng" left out
    "Chuyên viên", "Thư ký",
    # memberships written as initials: Ủy viên (Ban) Thường vụ Tỉnh ủy / Huyện ủy, Ủy viên Bộ
    # Chính trị, Tỉnh ủy viên, Huyện ủy viên, Đảng ủy viên
    "UVTVTU", "UVBTVTU", "UVTVHU", "UVBTVHU", "UVBCT", "TUV", "HUV", "ĐUV",
)}, key=len, reverse=True))
# Words written before an office that stay part of it: "nguyên Bí thư", "Quyền Giám đốc".
TITLE_PREFIXES = frozenset(normalise(w) for w in ("nguyên", "quyền", "tân"))

TITLE_HEADS_BY_FIRST: dict[str, tuple[tuple[str, ...], ...]] = {}
for _head in TITLE_HEADS:
    TITLE_HEADS_BY_FIRST[_head[0]] = TITLE_HEADS_BY_FIRST.get(_head[0], ()) + (_head,)

# Lower-case syllables an office may carry after its head word: places ("tỉnh"), the
# second syllables of organisation names ("Ban Dân tộc", "Sở Du lịch") and the words
# of names written in lower case ("Ủy ban nhân dân", "Phát triển nông thôn"). Normalised,
# since folding would let verbs in ("nhấn" folds like "nhân").
TITLE_LOWER_WORDS = frozenset(normalise(w) for w in """
    tỉnh thành phố huyện xã thị phường trấn quận đại biểu nhân dân thường trực ban đảng ủy
    cơ quan các và khóa nhiệm kỳ phụ trách đoàn hội đồng khối doanh nghiệp bộ quốc phòng
    chính trị chấp hành vụ sở trung ương kiểm tra tuyên giáo tổ chức dân vận nội văn mặt trận
    tộc lịch tế triển thôn nông giáo dục tạo nguyên trường dựng thông tải học nghệ binh xã
    động pháp tin hóa thao hoạch tư vụ tra chế giáo sách sự phòng sát ninh chính hợp viên
    niên nữ sản minh hiểm thuế bạc lực án đạo lý nghiệp huy đội ngoại tịch trực thuộc
    quân trưởng thư ký lao cứu trợ thiểu số miền núi biên giới hải cảng môi an phủ
    chuyên trách đặc trách thuộc cũ mới khu vực cán nguyện khí nước viện gia luận chiến lược báo luật
    tâm xúc tiến du đơn vị kiện cục hàng hiệp khoa kỹ thuật hậu cần đua thưởng này
""".split())
# Lower-case phrases inside an office's name, taken whole so that their words do not
# let a verb in: "Ủy viên dự khuyết", "nước Cộng hòa xã hội chủ nghĩa Việt Nam", "Ban Công
# tác ...", "Bộ Ngoại giao", "Tòa án nhân dân Tối cao", "Bộ phận ...". Folded.
TITLE_PHRASES = ("du khuyet", "xa hoi chu nghia", "cong hoa", "chu nghia", "cong tac", "ngoai giao", "toi cao",
                 "bo phan", "tham muu")
# Bodies named by what they are set up to do (folded), whose name goes on in lower case
# after a word that opens that purpose: "Trưởng Ban Chỉ đạo tổng kết thực hiện Nghị quyết
# số 10-NQ/TW", "Tổ trưởng Tổ công tác giúp việc thực hiện Quyết định số 284", "Trưởng
# Ban chỉ đạo của Thành ủy về thực hiện Nghị quyết 28".
PURPOSE_BODIES = ("ban chi dao", "bcd", "to cong tac", "to giup viec")
PURPOSE_OPENERS = ("cua", "ve", "tong ket", "so ket", "thuc hien", "trien khai", "giup viec", "xay dung",
                   "phong chong", "phong")
# Bodies an office may belong to after "của" (normalised): "Ủy ban ... của Quốc hội", "Tiểu
# ban ... của Đảng".
TITLE_OWNERS = frozenset(normalise(w) for w in ("Quốc hội", "Đảng", "Chính phủ", "Trung ương", "Bộ Chính trị"))
# Words that join two offices one person holds at once into one title written whole:
# "Phó Chủ tịch UBND tỉnh kiêm Giám đốc Sở Tài chính".
TITLE_JOINS = frozenset(normalise(w) for w in ("kiêm",))  # normalised: not "kiểm", "kiếm"
# What goes on after a comma as part of the same office, folded: "Sở Văn hóa, Thể thao
# và Du lịch", "Sở Lao động, Thương binh và Xã hội", "Ban Chính sách, chiến lược Trung ương",
# "Bí thư Tỉnh ủy, nhiệm kỳ 2020-2025", "Trưởng đoàn ĐBQH, đơn vị tỉnh X". Not "các đoàn
# thể", which after "Ủy ban MTTQ tỉnh," goes on with a list of bodies far more often than
# with "Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh".
TITLE_CONTINUATIONS = ("the thao va du lich", "thuong binh va xa hoi", "chien luoc", "nhiem ky", "khoa", "don vi")
# A ministry after a comma, written with a capital, is the one the unit of the office
# before it belongs to (folded): "Vụ trưởng Vụ Tổ chức cán bộ, Bộ Nội vụ"; a unit is
# named by one of these words.
PARENT_BODIES = {"bo": ("tong cuc", "cuc", "vu", "vien")}
# Words after which a number belongs to the office: "khóa XIV", "nhiệm kỳ 2020-2025",
# "Quân khu 7", "Đại hội 14". Folded.
TITLE_NUMBERED = frozenset(("khoa", "ky", "khu", "hoi", "doan", "so"))
# A word in brackets that qualifies an office after a merger: "Chủ tịch UBND tỉnh X (mới)". Folded.
TITLE_BRACKETED = frozenset(("moi", "cu"))
# Lower-case words after which capitals name a place, not a person: "Bí thư huyện Nông Cống".
PLACE_WORDS = frozenset(normalise(w) for w in "tỉnh huyện xã phường quận thị trấn thành phố tp khu vực".split())
# Of those, the short forms written with a dot before the place's name, which goes on after
# it (folded): "Đại hội đại biểu Đảng bộ TP. Đà Nẵng lần thứ XXIII", "Chủ tịch UBND TP. Đà Nẵng".
PLACE_ABBREVIATIONS = ("tp",)
# The last words of the levels below a province, whose places no table lists: two capitals
# after them are the place even where an office ends there ("Chủ tịch UBND thành phố Đông
# Hà"), as they may be a person after "tỉnh", whose places are known.
LOCAL_LEVEL_ENDS = frozenset(normalise(w) for w in "huyện xã phường quận trấn phố tp".split())
# Words that close a heading a title gives a list, with or without a colon (folded):
# "Các Phó Bí thư Tỉnh ủy gồm: ...", "Các Phó Bí thư gồm ông A, ...".
HEADING_WORDS = frozenset(("gom", "la", "co"))
# Words between a heading's titles and the word that closes it, in brackets or not (folded):
# "3 Phó Bí thư khác là A, B, C", "4 Phó Bí thư (từ trái sang): A, B, ...".
HEADING_QUALIFIERS = ("khac", "tu trai sang", "tu trai qua phai")
# The verb that tells what a person did at a meeting -> the role it gives. Folded.
ROLE_VERBS = {
    "chu tri": "chủ trì", "dong chu tri": "chủ trì", "dieu hanh": "chủ trì", "chu toa": "chủ trì",
    "tham du": "dự", "du": "dự", "cung du": "dự", "ve phia": "dự", "doan chu tich": "chủ trì", "lam viec voi": "dự",
    "chi dao": "dự",  # VERBS_OF_A_MEETING
    "hien dien": "dự",  # "Đại hội có sự hiện diện của: ..."
    "tai diem cau": "dự",  # a bridge of a conference held online: "Tại điểm cầu tỉnh có các đồng chí: ..."
    "phat bieu": "phát biểu", "khai mac": "phát biểu", "be mac": "phát biểu", "phat bieu chi dao": "phát biểu",
    # a speech read out: "Diễn văn khai mạc, Bí thư Tỉnh ủy X cho biết", "X đọc diễn văn bế mạc"
    # (ROLE_VERBS_AS_WRITTEN)
    "dien van": "phát biểu", "doc dien van": "phát biểu",
    "khang dinh": "phát biểu", "nhan manh": "phát biểu", "cam on": "phát biểu", "phat dong": "phát biểu",
    "keu goi": "phát biểu", "de nghi": "phát biểu",
    "ket luan": "kết luận",
    "bao cao": "báo cáo", "trinh bay": "báo cáo", "thong bao": "báo cáo", "quan triet": "báo cáo",
    "thong tin": "báo cáo", "gioi thieu noi dung": "báo cáo",
    "truyen dat": "báo cáo",  # a topic presented: "X truyền đạt chuyên đề ...", "truyền đạt nội dung Nghị quyết"
    # "báo cáo" clipped, only with what it reports: "ông X, Phó Bí thư Tỉnh ủy báo kết quả phiên
    # họp"; "báo" alone is also a newspaper or the "báo" of "họp báo"
    "bao ket qua": "báo cáo",
    "duoc bau": "được bầu", "trung cu": "được bầu", "duoc chi dinh": "được chỉ định",
    # a speech's salute to those before it, who are present: "Kính thưa đồng chí X, Phó Chủ tịch Quốc hội"
    # (not "thưa" alone, which an interviewer says too)
    "kinh thua": "dự",
    "lanh dao": "dự",  # a province's leaders listed (LIST_ONLY_VERBS): "Lãnh đạo tỉnh có A; B; C"
    # those who introduce the delegates, and the delegates introduced, are there: "X giới thiệu
    # đại biểu và khách mời, gồm các đồng chí: ..."
    "gioi thieu dai bieu": "dự",
    # the chair of a meeting's presidium (VERBS_OF_A_MEETING): "X là Chủ tịch Đoàn Chủ tịch Đại hội"
    "chu tich doan chu tich": "chủ trì",
}
# Role verbs that fold like other words, so known only as written, with their marks
# (normalised): "diễn văn", not the "diện Văn" of "đại diện Văn phòng Trung ương"; "đề
# nghị", not "để nghỉ hưu".
ROLE_VERBS_AS_WRITTEN = frozenset(normalise(w) for w in ("diễn văn", "đọc diễn văn", "đề nghị"))
# Verbs that give their role only to their subject, before them (folded): what someone
# said ("Trên cương vị mới, ông X cảm ơn ...", "Bí thư Tỉnh ủy X khẳng định: ...", "X đề nghị
# ...", not "cảm ơn đồng chí Y", "theo đề nghị của Y"), a working session held ("các đồng chí: A, TITLE; B, TITLE đã làm
# việc với Ban Tuyên giáo ...").
SUBJECT_ONLY_VERBS = ("khang dinh", "nhan manh", "cam on", "phat dong", "keu goi", "de nghi", "lam viec voi")
# Words that give their role only to a list right after the words they open it with (folded)
# -> those words (normalised: "có", not the "cơ" of "cơ quan"), never to a subject before them:
# "Về phía tỉnh Gia Lai có các đồng chí: ..."
# lists those present; "Về phía doanh nghiệp, ông X cho biết" does not; "Tại điểm cầu tỉnh có
# ..." as "Về phía"; so do a province's leaders listed ("Lãnh đạo tỉnh Hà Giang có Bí thư Tỉnh
# ủy A; Chủ tịch UBND tỉnh B"), not "dưới sự lãnh đạo của đồng chí X". A presidium chairs: "Đoàn
# Chủ tịch Đại hội gồm các đồng chí: A, ...; B, ...", not "Thay mặt Đoàn Chủ tịch, ông X ...".
LIST_ONLY_VERBS = {verb: tuple(normalise(w) for w in openers) for verb, openers in (
    ("ve phia", ("có",)), ("tai diem cau", ("có",)), ("lanh dao", ("có",)), ("doan chu tich", ("gồm", "có")))}
# Bodies whose names hold an office's words (folded), which are then no one's title: "Đoàn
# Chủ tịch Đại hội gồm ..." heads no list with the title "Chủ tịch Đại hội".
BODIES_NAMED_BY_OFFICES = ("doan chu tich",)
# Role verbs that also name offices, so never end a title written in capitals (folded):
# "Sở Thông tin và Truyền thông", "Trung tâm Thông tin xúc tiến du lịch", "Trưởng Ban Chỉ đạo".
VERBS_IN_OFFICE_NAMES = ("thong tin", "chi dao")
# "dự" attends only before these (folded): "dự Hội nghị", "dự và phát biểu", "dự, chỉ đạo",
# "Về dự còn có các đồng chí: ..."; elsewhere it opens dự thảo, dự kiến, dự án.
ATTEND_OBJECTS = ("hoi nghi", "dai hoi", "ky hop", "buoi", "phien", "le", "co", "con co", "va", "tai", "hop",
                  "khai mac", "be mac", "chi dao", "cuoc")
# Verbs that give their role only before the meeting they name (folded) -> those words: "X
# được giao tiếp tục chỉ đạo Đại hội" is there, as one who "dự và chỉ đạo" is; "chỉ đạo các
# cấp ủy ..." is what is asked, and "sự tham dự và chỉ đạo của X" the attending's. One runs a
# meeting, its programme or a part of it ("điều hành phiên thảo luận", "điều hành bầu Ban
# Kiểm phiếu", "điều hành chương trình Hội nghị"), not an office's work ("phụ trách, điều hành
# hoạt động của UBND tỉnh"); one chairs a meeting's presidium ("Chủ tịch Đoàn Chủ tịch Đại hội"),
# not a standing one ("Chủ tịch Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam").
VERBS_OF_A_MEETING = {"chi dao": ("hoi nghi", "dai hoi", "ky hop", "phien", "buoi"),
                      "chu tich doan chu tich": ("dai hoi", "hoi nghi", "ky hop"),
                      "dieu hanh": ("hoi nghi", "dai hoi", "ky hop", "phien", "buoi", "noi dung", "phan",
                                    "chuong trinh", "thao luan", "cho y kien", "xem xet", "bau")}
# A role verb after these (normalised) is what others did or a thing: "nghe báo cáo",
# "theo kết luận", "bản báo cáo", "bài phát biểu", "đơn đề nghị", "tờ trình đề nghị".
NOT_ROLE_BEFORE = tuple(normalise(w) for w in ("nghe", "theo", "bản", "bài", "các", "dự thảo", "nội dung", "đơn",
                                               "tờ trình", "công văn", "văn bản"))
# ... unless these stand before it, which make the speech the subject's (normalised): "Bà X,
# Chủ tịch UBND tỉnh có bài phát biểu chỉ đạo hội nghị".
SPEECH_GIVEN = tuple(normalise(w) for w in ("có bài",))
# The words of those that name a speech or report as a text (normalised), and what comes
# between its giver and the meeting it was given at (folded): "quán triệt bài phát biểu của
# Tổng Bí thư X tại Hội nghị Trung ương 10" is X's speech there; "tại hội nghị", the
# article's own meeting, says only where it was heard.
SPEECH_TEXTS = tuple(normalise(w) for w in ("bài", "bản"))
GIVEN_AT = ("tai",)
# Words right before an office that a person is given, longest first (folded): "được bầu
# giữ chức Bí thư", "tái đắc cử Bí thư", "tiếp tục trúng cử Bí thư", "được bầu là Bí thư",
# "được chỉ định làm Trưởng ban".
OFFICE_GIVING = ("giu chuc danh", "giu chuc vu", "chuc danh", "chuc vu", "giu chuc", "chuc", "lam", "cuong vi",
                 "vi tri", "tai dac cu", "dac cu", "tai cu", "trung cu", "duoc bau la", "duoc bau", "bau")
# Acts on an office named before the person they concern, with "đối với" (folded) -> the
# role they imply, none for an office left: "miễn nhiệm chức vụ Chủ tịch UBND tỉnh đối với ông
# X", "bầu bổ sung Ủy viên UBND tỉnh đối với bà Y", "cho thôi làm nhiệm vụ đại biểu HĐND tỉnh
# đối với đồng chí Z", "chuẩn y chức danh Bí thư Tỉnh ủy đối với đồng chí T" (an election
# approved elsewhere).
OFFICE_ACTS_TOWARD = {"mien nhiem": "", "cho thoi": "", "bau": "được bầu", "bau bo sung": "được bầu",
                      "bau cu bo sung": "được bầu", "chuan y": ""}
# Words between such an act and the office (folded): "miễn nhiệm chức vụ ...", "cho thôi làm nhiệm vụ ...".
OFFICE_NOUNS = ("chuc vu", "chuc danh", "lam nhiem vu", "nhiem vu")
# What joins the office to the person it concerns (folded).
TOWARD = "doi voi"
# Words before the giving of an office that leave it unfilled (folded): "phụ trách UBND
# tỉnh đến khi bầu bổ sung chức danh Chủ tịch UBND tỉnh" gives no one the chair.
OFFICE_NOT_YET_GIVEN = ("den khi",)
# Words right before the giving words that make it an office left or held before
# (normalised, since "thời" of "đồng thời giữ chức" folds the same): "thôi giữ chức Bí
# thư Tỉnh ủy", "từng giữ chức Chủ tịch UBND tỉnh".
OFFICE_LEFT = frozenset(normalise(w) for w in ("thôi", "từng"))
# Duties an office holder is put in charge of: after an office closed by its level they
# say what the person does, not what the office is (folded): "Phó Chủ tịch UBND tỉnh phụ
# trách UBND tỉnh" (standing in for the chair), where "Phó Chủ tịch phụ trách" names one.
DUTY_VERBS = ("phu trach",)
# Words after a name (and its age) or a pronoun that open a list of the offices held, before
# or then (folded): "Ông X năm nay 50 tuổi, từng là giảng viên ..., phó vụ trưởng ...", "Từ
# tháng 11/2014 đến ngày 14/10/2020 đồng chí là Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh".
CAREER_OPENERS = ("la", "tung la", "tung giu chuc", "tung giu", "tung dam nhiem", "tung kinh qua", "trai qua",
                  "da trai qua")
# Words of when between a name and the words that open its offices, each of them or none
# then an aspect (folded): "ông X hiện là Phó Chủ tịch UBND tỉnh", "ông X khi ấy đang là Phó
# Bí thư Tỉnh ủy", "ông X đang là ...".
CAREER_WHEN = ("hien", "hien nay", "nay", "khi ay", "khi do", "luc ay", "luc do", "truoc do", "truoc day")
CAREER_ASPECTS = ("dang",)
# The posts such a list is said to be, between the words that open it and the offices
# (folded): "từng đảm nhiệm nhiều vị trí tại Bộ Nội vụ như chuyên viên, ...".
CAREER_POSTS = ("cac chuc vu", "cac chuc danh", "cac vi tri", "nhieu chuc vu", "nhieu chuc danh", "nhieu vi tri",
                "nhieu cuong vi", "nhieu chuc vu quan trong", "nhieu vi tri quan trong")
# Words after those posts (and where they were held) that open their examples (folded).
CAREER_EXAMPLES = ("nhu", "gom")
# What may stand between a name and its titles without being one (folded): "Ông X, 55 tuổi,
# Chủ tịch UBND tỉnh".
AGE_WORDS = ("tuoi",)
# Words that open a note after a name saying who the person is, not what office they
# hold, in brackets or between commas (folded): "Ông X (sinh năm 1975, quê Thái
# Bình), Chủ tịch UBND tỉnh", "Ông X, sinh năm 1968, dân tộc Dao, Chủ tịch UBND tỉnh";
# an age opens one too: "(50 tuổi, quê ...)".
PERSONAL_NOTES = ("sinh nam", "sn", "que", "dan toc")
# Words of when that may open a sentence whose subject is the one before's (folded): "Tháng
# 2-2017 được điều động ...", "Năm 2015, được bầu ...".
TIME_LEAD_WORDS = frozenset(("thang", "nam", "ngay", "tu", "den", "sau", "do", "truoc", "dau", "cuoi"))
# Words that open what is said of a person, past their name and titles, or past the "when"
# of a sentence that leaves the person out (folded): "..., Thượng tướng, Phó Tổng Tham mưu
# trưởng được Bộ Chính trị chỉ định ...", "Tháng 2-2017 được điều động ...".
PREDICATE_OPENERS = frozenset(("duoc",))
# Words before an age told after a name (folded): "Ông X năm nay 50 tuổi, từng là ...".
AGE_LEADS = ("nam nay",)
# Verbs whose object is the person appointed or elected, right before the name (folded):
# "Bộ Chính trị chỉ định bà X", "Hội nghị bầu đồng chí Y".
APPOINTING_VERBS = {"chi dinh": "được chỉ định", "bo nhiem": "được chỉ định", "bau": "được bầu",
                    "bau ra": "được bầu", "bau lai": "được bầu"}
# Acts that open a clause after a semicolon still about the person named before it (folded):
# "... thôi giữ chức Phó Bí thư Tỉnh ủy A; điều động, chỉ định ... giữ chức Phó Bí thư Tỉnh ủy B".
ACTS_GOING_ON = ("dieu dong", "chi dinh", "phan cong", "bo nhiem")
# What the words before a given office say happened (folded) -> the role.
GIVING_ROLES = {"bau": "được bầu", "tai cu": "được bầu", "dac cu": "được bầu", "trung cu": "được bầu",
                "chi dinh": "được chỉ định"}
# Verbs that announce a paper (folded): an office it gives is not the announcer's, as one a
# report speaks of is not the reporter's ("X trình bày tờ trình về nhân sự bầu Bí thư Tỉnh ủy"):
# "X công bố quyết định của Bộ Chính trị về điều động, chỉ định giữ chức Bí thư Tỉnh ủy".
ANNOUNCING_VERBS = ("cong bo",)
# Acts on papers just issued (folded): a meeting that announces or hands over a decision
# ("trao Quyết định số 120-QĐNS/TW ngày 3/5/2024") is held on or after the day it was signed.
HANDING_OVER = ("cong bo", "trao")
# Words that go on with a list of those present after its named people (folded):
# "X; Y; các Ủy viên Ban Thường vụ ..., lãnh đạo các sở, ngành tham dự".
LIST_CONTINUATIONS = ("cac", "cung", "va", "lanh dao", "dai dien", "nguyen", "nhieu")
# Words after a person that open an aside saying whom they stand for, up to the bodies
# named after them; it does not part the person from their verb (folded): "ông X, Chủ tịch
# UBND tỉnh, thay mặt Ban Thường vụ Tỉnh ủy, Ban Chấp hành Đảng bộ tỉnh phát biểu".
ASIDE_OPENERS = ("thay mat", "thay mat cho")
# Between a role verb before a list and the list: "Dự hội nghị có các đồng chí: ...",
# "với sự tham dự và chỉ đạo của Thiếu tướng X". Folded.
ROLE_LIST_OPENERS = ("co", "con co", "gom", "cua")
# Words after a role verb that give it to the list right after them too (folded): "X chủ trì
# hội nghị cùng các đồng chí: A, ...; B, ..." (A and B chair with X).
SHARED_WITH = ("cung", "cung voi")

# Words that name a meeting (folded) -> its family: a congress, a council session, or a
# conference of some kind (a plenum, a standing-committee meeting, a briefing...).
MEETING_WORDS = {
    "hoi nghi": "hoi nghi", "phien hop": "hoi nghi", "cuoc hop": "hoi nghi", "hop bao": "hoi nghi",
    "hop giao ban": "hoi nghi",
    "buoi lam viec": "hoi nghi", "le cong bo": "hoi nghi", "buoi le": "hoi nghi",
    "dai hoi": "dai hoi", "ky hop": "ky hop", "hoi thao": "hoi thao",
}
# Meeting words that fold to another word too -> how they are written (normalised); typed with
# other marks they are that word: "Hội thao công nhân viên chức" (sports games) is no "hội thảo".
MEETING_WORD_SPELLINGS = {"hoi thao": normalise("hội thảo")}
# Abbreviations of meeting words, written in capitals (folded) -> the family: "ĐH đại biểu Đảng
# bộ tỉnh Hà Giang lần thứ XVII". "ĐH" is also "Đại học": it names a congress only where a
# body, an ordinal or a term follows it, and not after the words for a school ("Trường ĐH Công
# đoàn").
MEETING_ABBREVIATIONS = {"dh": "dai hoi"}
SCHOOL_WORDS = ("truong",)
# Verbs by which a body that holds meetings (MEETING_HOLDERS) meets, as a conference
# (normalised): "Ban Chấp hành Trung ương Đảng họp xem xét ...".
MEETING_VERBS = ("họp",)  # with its mark: "hợp" (hợp nhất, phối hợp) is not "họp"
# Words right after that verb that make it no body's meeting (folded): "họp báo", "họp mặt".
NOT_A_BODY_MEETING = ("bao", "mat")
# Words after a meeting's name that give the body holding it, before the verb (folded): "tại
# hội nghị bàn về nhân sự, do Ban Thường vụ Tỉnh ủy tổ chức".
HELD_BY_AFTER = ("do",)
HOLDING_VERBS = ("to chuc", "trieu tap")
# Words of time and aspect between a body and the verb of its meeting (folded): "Ban Thường
# vụ đã tổ chức", "sẽ họp", "tiếp tục họp", "đã tiến hành họp".
ASPECT_WORDS = ("da", "vua", "se", "tiep tuc", "tien hanh", "da tien hanh")
# Acts that are an event of their own when the sentence opens with their day (folded) -> the
# noun that names the event before the act, if one does: "Ngày 16/9, tại Cao Bằng, ông X
# công bố quyết định của Bộ Chính trị ...", "Sáng 4/5, Thường trực Tỉnh ủy làm việc với Ban
# Thường vụ Huyện ủy Mường Khương" (a "buổi làm việc").
DATED_EVENTS = {"cong bo quyet dinh": "", "cong bo cac quyet dinh": "", "trao quyet dinh": "", "lam viec voi": "buổi"}
# What a body that holds meetings (MEETING_HOLDERS) does only at one, as the subject of a
# sentence that opens with its day and names no meeting (folded): "Chiều 20/5, Ban Thường vụ
# Huyện ủy thảo luận về đề án ...", "Ngày 3/10, Ban Chấp hành Đảng bộ tỉnh khóa XX đã bầu ...".
BODY_DELIBERATIONS = ("thao luan", "cho y kien", "xem xet", "bau")
# Of those, what a Party committee does only at its meeting, whether or not a day is written:
# "Ban Chấp hành Đảng bộ tỉnh đã bầu ông X giữ chức Bí thư Tỉnh ủy".
COMMITTEE_ELECTIONS = ("bau",)
# The type a family gives whatever the body; a conference's type depends on its body.
FAMILY_TYPES = {"dai hoi": "dai_hoi", "ky hop": "ky_hop", "hoi thao": "hoi_nghi"}
# The body that holds a conference -> its type, read from the start of the body (folded).
# "Hội nghị Tỉnh ủy lần thứ 7" is a plenum of the provincial executive committee; "Hội nghị
# TW 10" one of the Central Committee.
BODY_TYPES = (
    ("ban chap hanh", "hoi_nghi_bch"), ("bch", "hoi_nghi_bch"), ("trung uong", "hoi_nghi_bch"), ("tw", "hoi_nghi_bch"),
    ("ban thuong vu", "hoi_nghi_btv"), ("btv", "hoi_nghi_btv"),
)
# Bodies that hold meetings, as their names start (folded): "Ban Thường vụ Tỉnh ủy tổ
# chức hội nghị", "Tại phiên họp, Ban Thường vụ Tỉnh ủy thống nhất ...".
MEETING_HOLDERS = ("ban chap hanh", "bch", "ban thuong vu", "btv", "thuong truc", "hdnd", "hoi dong nhan dan",
                   "tinh uy", "thanh uy", "huyen uy", "dang uy", "dang bo")
# What a sentence about "the conference" shows of a plenum of the executive committee
# (folded): its members present ("Dự hội nghị có 49/54 Ủy viên Ban Chấp hành"), or its
# election (COMMITTEE_ELECTIONS) of the offices only the committee elects, a few words on
# ("hội nghị đã bầu Ban Thường vụ", "số phiếu bầu vào vị trí Phó Bí thư Tỉnh ủy").
PLENUM_SIGNS = ("uy vien ban chap hanh", "uy vien bch")
COMMITTEE_OFFICES = ("bi thu", "ban thuong vu")
# Bodies named by no level or place (canonical keys): "đại hội đảng bộ các cấp nhiệm kỳ
# 2025-2030" is every congress of a term, no one meeting to record.
GENERIC_BODIES = ("", "dang bo", "dang bo cac cap")
# The body of a session (kỳ họp) named by none (canonical key): a council's, or the
# National Assembly's, whose terms run in the same cycle (2016, 2021, 2026).
SESSION_HOLDER = "hoi dong nhan dan"
# Party committees whose numbered conferences are plenums: "Hội nghị Tỉnh ủy lần thứ bảy".
COMMITTEES = ("tinh uy", "thanh uy", "huyen uy", "quan uy", "thi uy", "dang uy")
# Mass organisations whose national congresses are not the Party's (folded):
# "Đại hội đại biểu toàn quốc MTTQ Việt Nam lần thứ X".
MASS_ORGANISATIONS = ("mttq", "mat tran", "cong doan", "doan thanh nien", "hoi lien hiep phu nu", "hoi nong dan",
                      "hoi cuu chien binh", "hoi phu nu")
# Words that may follow a bare number after a meeting's name when the number is its
# ordinal (folded): "Đại hội 13 của Đảng", "Hội nghị Trung ương 10 khóa XIII".
BARE_NUMBER_AFTER = ("cua", "khoa", "nhiem", "ban", "da", "se", "va", "dien", "la")
# Words before a meeting's name that carry its ordinal (folded): "phiên thứ nhất Hội nghị
# Ban Chấp hành Đảng bộ tỉnh khóa XIX".
ORDINAL_BEFORE = ("phien", "phien hop")
# Words after a meeting's name that make it the first (folded): "phiên họp đầu tiên".
FIRST_WORDS = ("dau tien",)
# What a conference named by its purpose is about, as its first words (folded): "Hội nghị
# tổng kết công tác năm 2023", "hội nghị thông tin báo chí", "Hội nghị tọa đàm ...".
MEETING_TOPICS = ("tong ket", "so ket", "xuc tien", "quan triet", "hoc tap", "trien khai", "can bo", "truc tuyen",
                  "toa dam", "gop y", "bao cao vien", "doi thoai", "giao ban", "chuyen de", "lay y kien",
                  "hiep thuong", "thong tin", "thong bao", "gap mat", "danh gia", "ky niem", "bieu duong", "cong bo")
# Words that end such a topic, going on with something else (normalised, since "để" is no "đề"
# of "kỳ họp chuyên đề"): "Hội nghị tổng kết công tác năm 2023 và triển khai ...", "nhằm", "đã".
TOPIC_ENDS = tuple(normalise(w) for w in ("và", "với", "nhằm", "để", "đã", "sẽ", "được"))
# Words that lead the day a meeting was held, left off its topic with it (folded): "kỳ họp
# chuyên đề HĐND tỉnh vào sáng 28/4".
DATE_LEADS = ("vao",)
# Two-syllable words that say what kind of meeting it is, between its word and "của" its body
# or its number (folded): "kỳ họp chuyên đề của HĐND tỉnh", "phiên họp thường kỳ của Thường trực
# HĐND", "kỳ họp đột xuất lần thứ ba".
MEETING_KINDS = ("chuyen de", "bat thuong", "thuong le", "thuong ky", "dinh ky", "dot xuat")
# Dashes that join a meeting's number to its body: "Kỳ họp thứ 17 - HĐND tỉnh khóa XIX".
DASHES = ("-", "–")
# Topics of a body's own sessions (folded): "Ban Thường vụ tổ chức hội nghị chuyên đề" is a
# standing-committee meeting, where "... tổ chức hội nghị công bố quyết định" is a conference
# it holds for others.
SESSION_TOPICS = ("chuyen de", "giao ban", "can bo", "danh gia")
# The words a meeting's label opens with; for plenums and standing committees the body follows.
MEETING_LABEL_WORDS = {
    "dai_hoi": "Đại hội", "hoi_nghi_bch": "Hội nghị", "hoi_nghi_btv": "Hội nghị",
    "hoi_nghi_quan_triet": "Hội nghị quán triệt", "ky_hop": "Kỳ họp", "hoi_nghi": "Hội nghị",
}
# Words that say a national conference was followed at local bridges (folded): "Toàn
# tỉnh có 48 điểm cầu"; an article that names them reports the bridge of its province.
LOCAL_BRIDGES = ("diem cau",)
# What a conference that disseminates a resolution says it does (folded).
DISSEMINATES = ("quan triet", "trien khai thuc hien nghi quyet", "trien khai nghi quyet")
# Words that open what a meeting is held for (normalised: "để", not the "đề" of "vấn đề"): a
# body's conference held "để thông báo nhanh kết quả ... và quán triệt ..." disseminates.
PURPOSE_LEADS = ("để", "nhằm")
# Words right before a meeting's name (folded) that say how the article speaks of it:
# as a paper's source (not an event), as coming, as past, or as what something is about.
MEETING_CUES = {
    # a paper's source or a span named after it, not an event: "Nghị quyết Đại hội XIII",
    # "trong nhiệm kỳ Đại hội XII", "Tiểu ban nhân sự Đại hội XIV", "chương trình đại hội"
    "document": ("nghi quyet", "bao cao chinh tri", "van kien", "du thao", "ket luan", "chi thi", "nhiem ky",
                 "nhan su", "chuong trinh"),
    "upcoming": ("chuan bi cho", "chuan bi", "trinh", "di du", "tien toi", "huong toi", "chao mung", "phuc vu", "truoc",
                 "du kien", "se", "ke hoach to chuc", "sap toi", "sap"),
    "past": ("sau", "thanh cong", "tuyen truyen ve", "tuyen truyen", "ky niem", "thoi gian", "ket qua"),
    # "họp báo Kỳ họp thứ 23", "thông tin về Đại hội": its subject
    "about": ("ve", "thong tin ve", "hop bao"),
}
# Words between two meetings that make the second the one the first leads up to (folded):
# "đại hội đảng bộ các cấp tiến tới Đại hội XIV".
LEADING_UP_TO = ("tien toi", "huong toi")
# Papers whose mention earlier in a clause makes "trình Đại hội" their destination, not an
# event the article announces (folded): "Báo cáo chính trị ... trình Đại hội".
PAPERS_SUBMITTED = ("bao cao chinh tri", "van kien", "du thao", "to trinh")
# Writings whose title is quoted after them in the sentence (folded): a meeting named in the
# title is what they are about, no event: 'bài viết của đồng chí Tổng Bí thư: "Chuẩn bị thật tốt
# đại hội đảng bộ các cấp tiến tới Đại hội XIV"'.
TITLED_WRITINGS = ("bai viet", "cuon sach", "tac pham")
# Words that name a paper only when a number follows (folded): "Báo cáo số 447-BC/VPTW về ...",
# where "báo cáo về" alone is someone reporting.
PAPERS_WHEN_NUMBERED = ("bao cao", "to trinh")
# Papers whose names run on to the meeting they serve, a few words on, when written as a name
# (with a capital, inside a sentence): "thông qua Quy chế làm việc của Đại hội XV", "Quy chế
# bầu cử tại Đại hội XV", "Báo cáo công tác chuẩn bị Đại hội XV của Đảng", "thảo luận về Kế hoạch
# tổ chức Đại hội Đảng bộ các cấp", "thực hiện Chương trình hành động của Đại hội Hội Nông dân
# tỉnh lần thứ VIII" (folded).
PAPERS_NAMING_A_MEETING = ("quy che", "noi quy", "bao cao", "to trinh", "de an", "huong dan", "ke hoach",
                           "chuong trinh hanh dong", "chuong trinh lam viec")
# A meeting named between these words is cited as the source of the goals the clause speaks of,
# no event of the article (folded): "các chỉ tiêu mà Đại hội Đảng bộ huyện lần thứ IX đề ra",
# "nhiệm vụ do Đại hội XIII đặt ra".
GOALS_SET_BY = ("ma", "do")
GOALS_SET = ("de ra", "dat ra")
# Words that end like a cue but are none (folded): "quy trình" is no "trình", "phát biểu
# kết luận hội nghị" (the closing speech) no Kết luận.
NOT_CUES = ("quy trinh", "lo trinh", "hanh trinh", "phat bieu ket luan")
# Cues that may stand a verb away from the meeting's name: "sẽ khai mạc Kỳ họp", "sau khi
# bế mạc Đại hội".
CUES_BEFORE_A_VERB = ("upcoming", "past")
# Words after a meeting's name that announce it (folded): "Kỳ họp thứ 20 sẽ xem xét ...".
UPCOMING_AFTER = ("se", "du kien", "sap")

# What a meeting does with its own resolution, as written before it: "Đại hội thông qua
# Nghị quyết với ...", "biểu quyết thông qua Nghị quyết đại hội". A resolution it adopts
# named by its subject is one: "thông qua Nghị quyết về phát triển du lịch".
ADOPTING_ACTIONS = ("thông qua",)
# What a meeting does with a resolution it issues, by which one named by its subject is one
# paper: adopts it, or announces it ("công bố Nghị quyết về xác nhận tư cách đại biểu").
ISSUING_ACTIONS = (*ADOPTING_ACTIONS, "công bố")
# What a council's resolution does, written right after "Nghị quyết" as its subject (folded):
# "thông qua Nghị quyết xác nhận kết quả bầu cử Chủ tịch UBND tỉnh", "Nghị quyết sửa đổi, bổ
# sung Nghị quyết số 12/NQ-HĐND".
SUBJECT_VERBS = ("sua doi", "bo sung", "xac nhan", "quy dinh", "phe duyet", "bai bo", "thanh lap", "sap nhap",
                 "sap xep", "dieu chinh", "giai the", "phe chuan", "mien nhiem")
# Words after "và" that open another act or paper, so that a paper's subject ends before
# "và" (normalised): "Nghị quyết về chương trình giám sát và thông qua ...", "Nghị quyết về xác
# nhận tư cách đại biểu và trao Giấy chứng nhận ...".
SUBJECT_ENDS_AFTER_AND = (
    "một số", "các", "những", "việc", "cho", "thông qua", "thảo luận", "xem xét", "quyết định", "ban hành", "nghe",
    "góp ý", "đánh giá", "triển khai", "thực hiện", "trao", "đề án", "kế hoạch", "chương trình", "chỉ thị", "kết luận",
    "quy định", "nghị quyết",
)
# Words before papers that make them many, none named (folded): "các nghị quyết", "một số
# nghị quyết"; a count does too ("24 nghị quyết về ...").
PAPER_PLURALS = ("cac", "nhung", "moi", "mot so", "nhieu")
# Words between a count and the papers it counts (folded): "2 dự thảo Nghị quyết của HĐND về A
# và B" are two, A and B, as "2 nghị quyết về A và B" are.
PAPER_DRAFTS = ("du thao",)
# Words after papers that open a list of them, each of which is done what was done to all
# (folded): "thông qua một số nghị quyết như: Nghị quyết về ...; Nghị quyết ...".
PAPER_LIST_OPENERS = ("nhu", "gom", "bao gom")
# Words after a comma that open a new clause, so a paper's subject ends at the comma
# (folded): "về phát triển kinh tế tư nhân, bằng hình thức trực tiếp ...". Any other
# comma goes on with the subject: "về xây dựng, phát triển tỉnh ...".
SUBJECT_CLAUSE_OPENERS = (
    "dong thoi", "trong do", "nham", "de", "qua do", "tu do", "gop phan", "tao", "giup", "dat", "phan dau",
    "yeu cau", "de nghi", "nhan manh", "khang dinh", "theo do", "sau do", "cung", "va", "bang hinh thuc",
    "theo hinh thuc", "voi su", "duoi su",
)
# Words between an action and a paper that make the action another paper's (folded): "Quy
# định ... ban hành kèm theo Nghị quyết số 03" was issued with that resolution, which is
# not issued here.
ATTACHED_TO = ("kem theo",)
# Reviews that govern the carrying out written after them: "tổng kết 10 năm thực hiện
# Nghị quyết", "sơ kết giữa nhiệm kỳ thực hiện Nghị quyết" are a tổng kết and a sơ kết.
REVIEWING_ACTIONS = ("sơ kết", "tổng kết", "đánh giá", "kiểm tra", "giám sát", "rà soát")
CARRYING_OUT = ("thực hiện", "tổ chức thực hiện", "triển khai thực hiện", "lãnh đạo thực hiện")
# Words after "Nghị quyết đại hội" that make it an earlier meeting's (folded).
EARLIER_MEETING = ("nhiem ky truoc", "khoa truoc", "lan truoc")
# The committee a resolution is named after by its plenum's number alone, with no meeting
# word, written with a capital (folded): "Nghị quyết Trung ương 4 khóa XII", "Nghị quyết TW 10".
PLENUM_NAMED_BY = ("trung uong", "tw", "t.w", "t.u", "tu")
# What a meeting does with a resolution, as written before it; longest first.
RESOLUTION_ACTIONS = tuple(sorted((
    "ban hành", "thông qua", "công bố", "quán triệt", "thực hiện", "triển khai", "sơ kết", "tổng kết",
    "cụ thể hóa", "học tập", "báo cáo kết quả thực hiện", "tổ chức thực hiện",
    "triển khai thực hiện", "sửa đổi", "bổ sung", "xây dựng", "đánh giá", "kiểm tra",
    "giám sát", "rà soát", "lãnh đạo thực hiện",
), key=len, reverse=True))

# The steps of a resolution's life, in order, and the actions (as RESOLUTION_ACTIONS gives
# them) that are each.
RESOLUTION_STEPS = {
    "ban hành": ("ban hành", "thông qua", "công bố"),
    "quán triệt": ("quán triệt", "học tập"),
    "thực hiện": CARRYING_OUT + ("triển khai", "cụ thể hóa", "báo cáo kết quả thực hiện"),
    "sơ kết": ("sơ kết",),
    "tổng kết": ("tổng kết",),
}

DOCUMENT_TYPES = (
    "Đề án", "Kế hoạch", "Chương trình hành động", "Chương trình", "Chỉ thị", "Kết luận",
    "Quy định", "Quyết định", "Báo cáo chính trị", "Quy chế", "Hướng dẫn", "Thông báo",
)

# Date cues, folded, kept as dateparser keeps a language's words. What may stand before a
# day and month: a time of day, alone or with a relative day ("sáng 12/1", "sáng nay (16/10)",
# "hôm qua (23/9)", "ngày mai (28/10)").
TIMES_OF_DAY = ("sang", "chieu", "toi", "trua", "dem", "hom")
RELATIVE_DAYS = ("nay", "qua", "mai")  # today, yesterday, tomorrow
# "ngày 5/8", and "ngày mai" but not "ngày nay" (nowadays) or "những ngày qua" (lately).
DAY_WORD, DAY_RELATIVE = "ngay", ("mai",)
# What may open a span of days with no day word (folded): "diễn ra từ 12-14/10".
SPAN_OPENERS = ("tu",)
# What joins the first day of a span to its last, each with its month (folded): "từ ngày 18/9
# đến hết ngày 20/9/2019", "30/9 - 2/10".
SPAN_JOINS = ("den", "den het", "-")
# "Cùng ngày": the day of the date written last before it.
SAME_DAY = ("cung ngay",)
# The same with their marks (normalised), where folding makes them another phrase: "ngay sau
# đó" (right after) is not "ngày sau đó" (the day after).
SAME_DAY_MARKED = ("ngay sau đó",)
# What stands before a page's own date stamp: "Thứ Hai, 12/08/2024".
WEEKDAYS = ("thu hai", "thu ba", "thu tu", "thu nam", "thu sau", "thu bay", "chu nhat")
# Words right before a date that say it is not when a meeting met: a deadline or target
# ("trước ngày 30/11"), the present year ("từ nay đến hết năm 2021"), a year planned for
# ("phương hướng, nhiệm vụ năm 2022") or under review ("tổng kết ... năm 2021").
# Periods named by the two years they span, opening at the time of writing (folded): "dự lễ khai
# giảng năm học mới 2023 - 2024" is written in the autumn of 2023, the first year.
NEW_PERIODS = ("nam hoc moi",)
DATE_CONTEXTS = {
    "deadline": ("truoc", "den", "tu", "ke tu", "cham nhat", "han"),
    "target": ("den", "vao", "toi", "tam nhin", "truoc", "sau"),
    "current": ("tu nay den het", "tu nay den cuoi", "con lai cua"),
    # the present only before a year: "6 tháng đầu năm 2021", but "đầu tháng 12/2021" is when
    "current_year": ("thang dau", "dau"),
    "planned": ("phuong huong", "phuong huong, nhiem vu", "phuong huong, nhiem vu de ra",
                "phuong huong de ra", "phuong huong trong", "phuong huong, nhiem vu trong"),
    # "dự kiến nhiệm vụ công tác năm 2018", "kế hoạch đầu tư công năm 2024", "dự toán ngân sách
    # năm 2024": a plan or a budget, a few words from the year it is for
    "planned_ahead": ("du kien nhiem vu", "phuong huong nhiem vu", "ke hoach", "du toan"),
    "reviewed": ("tong ket", "so ket", "ket qua", "tinh hinh thuc hien", "danh gia", "thuc hien ke hoach"),
    # a birth, which dates no meeting and is no year the article speaks from: "ông X (sinh năm 1968)"
    "birth": ("sinh", "sinh nam", "sinh ngay", "sn"),
}


def is_surname(folded: str, normalised: str) -> bool:
    """A surname, compared folded (names are typed any way), but not a body's word that folds
    like one ("Ban" / Bàn, "Đảng" / Đặng); some names open with a glued H' or K'."""
    if normalised in NOT_IN_NAMES:
        return False
    return folded in SURNAMES or normalised in SURNAMES_AS_WRITTEN or folded.startswith(NAME_PREFIXES)


WORD_CHAR, LETTER = r"\w", r"[^\W\d_]"
_END = ""  # the key that marks where a phrase of a trie ends


def alternation(phrases, not_after: str | None = None, space: str = r"\ ") -> str:
    """A regular expression for any of ``phrases`` (folded), the longest that matches:
    how a rule turns a table into a pattern.

    The phrases are laid out as a trie, one branch a character, so that the engine follows
    the text's letters instead of trying each phrase in turn. With ``not_after``
    (``WORD_CHAR``: a phrase that starts a word), no such character may stand before the
    phrase; the check follows the phrase's first letters instead of opening the pattern: a
    pattern that opens on letters lets Python's regex engine jump to where they occur,
    where a leading ``\\b`` makes it try every position of a page. ``space`` is what a
    space between words of a phrase may be in the text."""
    trie: dict[str, dict] = {}
    for phrase in phrases:
        if not phrase or phrase[0] == " ":
            raise ValueError(f"a phrase of a table is empty or opens with a space: {phrase!r}")
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[_END] = {}
    heads = []
    for char, node in sorted(trie.items()):
        while len(node) == 1 and _END not in node and " " not in node:  # the letters its phrases share
            letter, node = next(iter(node.items()))
            char += letter
        head = re.escape(char)
        heads.append(head + (f"(?<!{not_after}{head})" if not_after else "") + _trie_tail(node, space))
    return "(?:" + "|".join(heads) + ")"


def _trie_tail(node: dict[str, dict], space: str) -> str:
    """The rest of a trie below a character; where a phrase may end there, the longer
    phrases are tried first (greedy), as longest-first alternation would."""
    children = sorted((char, child) for char, child in node.items() if char != _END)
    if not children:
        return ""
    inner = "|".join((space if char == " " else re.escape(char)) + _trie_tail(child, space)
                     for char, child in children)
    if _END in node:
        return f"(?:{inner})?"
    return inner if len(children) == 1 else f"(?:{inner})"


def phrase_index(phrases) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Folded phrases by their first word, longest first: a rule looks up only the phrases
    that can start at a word, as spaCy's matchers do."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        words = tuple(phrase.split())
        index.setdefault(words[0], []).append(words)
    return {first: tuple(sorted(found, key=len, reverse=True)) for first, found in index.items()}
