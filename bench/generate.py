"""Generate synthetic Vietnamese provincial party-news articles for benchmarks.

Usage:
    python bench/generate.py N OUTDIR [--seed 1] [--truth truth.jsonl] [--force]

Writes N UTF-8 text files (NFC, LF line ends, 2-5 KB each) into OUTDIR, one
subfolder per province: OUTDIR/bac-giang/000123.txt. Each article reports one
meeting of a provincial party organisation (congress, executive-committee or
standing-committee meeting, resolution-dissemination conference, council
session or an ordinary conference) in the style of provincial news sites: a
headline, an optional photo caption, a blank line, paragraphs, an optional
byline.

Article i depends only on (seed, i): the same N and seed always give
byte-identical files, and a smaller N gives a prefix of a larger run. Every
province has a deterministic roster of office holders per term, so people
recur across the articles of their province, with their titles changing from
one term to the next.

With --truth FILE.jsonl, one JSON object per article records what was
generated: the file (relative to OUTDIR), the meeting (type, body, ordinal,
khóa, term, date with ISO value and precision), the people named with the
titles written beside them and their roles, office holders named only by
title, authors, resolutions, documents and upcoming meetings mentioned, each
with the 1-based line of its first mention. It is meant for measuring
extraction recall.

Standard library only; Python 3.11.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import NamedTuple

# --------------------------------------------------------------------- calendar

FIRST_DAY = date(2010, 11, 1)       # earliest ordinary meeting
LAST_DAY = date(2025, 6, 30)        # latest meeting: before the 2025 province mergers
PARTY_TERMS = (2005, 2010, 2015, 2020, 2025)    # first year of each nhiệm kỳ
ROSTER_TERMS = (2005, 2010, 2015, 2020)         # terms whose office holders are modelled
COUNCIL_TERMS = (2011, 2016, 2021)              # HĐND nhiệm kỳ (elections in May)
NATIONAL_CONGRESSES = ((date(2011, 1, 19), 11), (date(2016, 1, 28), 12),
                       (date(2021, 2, 1), 13), (date(2026, 1, 19), 14))
MIN_BYTES, MAX_BYTES = 2100, 5000

# -------------------------------------------------------------------- provinces


class ProvinceSpec(NamedTuple):
    name: str                   # as written standalone: "Thái Nguyên", "TP Hồ Chí Minh"
    unit: str                   # "tỉnh" or "thành phố"
    districts: tuple[str, ...]  # "huyện Phú Bình", "thị xã Sa Pa", ...
    ethnic: tuple[tuple[str, int], ...] = ()    # (name group, percent) besides Kinh

    @property
    def bare(self) -> str:
        return self.name.removeprefix("TP ")

    @property
    def committee(self) -> str:
        return "Tỉnh ủy" if self.unit == "tỉnh" else "Thành ủy"

    @property
    def slug(self) -> str:
        return slugify(self.bare)


def _p(name, districts, ethnic=(), unit="tỉnh"):
    return ProvinceSpec(name, unit, tuple(districts.split(", ")), ethnic)


PROVINCES = (
    _p("An Giang", "huyện Chợ Mới, huyện Tri Tôn, thị xã Tịnh Biên, huyện Châu Phú"),
    _p("Bà Rịa - Vũng Tàu", "huyện Xuyên Mộc, huyện Châu Đức, huyện Long Điền, huyện Đất Đỏ"),
    _p("Bạc Liêu", "huyện Hồng Dân, huyện Phước Long, huyện Vĩnh Lợi, huyện Đông Hải"),
    _p("Bắc Giang", "huyện Yên Thế, huyện Lục Ngạn, huyện Sơn Động, huyện Hiệp Hòa",
       (("nung", 5), ("tay", 3))),
    _p("Bắc Kạn", "huyện Ba Bể, huyện Chợ Đồn, huyện Na Rì, huyện Ngân Sơn",
       (("tay", 45), ("nung", 10), ("hmong", 5))),
    _p("Bắc Ninh", "huyện Quế Võ, huyện Gia Bình, huyện Lương Tài, huyện Tiên Du"),
    _p("Bến Tre", "huyện Ba Tri, huyện Mỏ Cày Nam, huyện Giồng Trôm, huyện Thạnh Phú"),
    _p("Bình Định", "thị xã Hoài Nhơn, huyện Phù Mỹ, huyện Tây Sơn, huyện Vân Canh"),
    _p("Bình Dương", "huyện Dầu Tiếng, huyện Phú Giáo, huyện Bắc Tân Uyên, huyện Bàu Bàng"),
    _p("Bình Phước", "huyện Đồng Phú, huyện Bù Đăng, huyện Lộc Ninh, huyện Bù Gia Mập"),
    _p("Bình Thuận", "huyện Tuy Phong, huyện Hàm Thuận Bắc, huyện Đức Linh, huyện Bắc Bình"),
    _p("Cà Mau", "huyện Trần Văn Thời, huyện Năm Căn, huyện U Minh, huyện Ngọc Hiển"),
    _p("Cần Thơ", "huyện Phong Điền, huyện Cờ Đỏ, huyện Thới Lai, quận Ninh Kiều",
       unit="thành phố"),
    _p("Cao Bằng", "huyện Bảo Lạc, huyện Trùng Khánh, huyện Hòa An, huyện Nguyên Bình",
       (("tay", 35), ("nung", 30), ("hmong", 5))),
    _p("Đà Nẵng", "huyện Hòa Vang, quận Liên Chiểu, quận Cẩm Lệ, quận Sơn Trà",
       unit="thành phố"),
    _p("Đắk Lắk", "huyện Krông Pắc, huyện Cư M'gar, huyện Ea Kar, thị xã Buôn Hồ",
       (("ede", 25), ("jrai", 5))),
    _p("Đắk Nông", "huyện Cư Jút, huyện Đắk Mil, huyện Krông Nô, huyện Tuy Đức",
       (("ede", 10), ("nung", 5), ("tay", 5))),
    _p("Điện Biên", "huyện Mường Chà, huyện Tủa Chùa, huyện Tuần Giáo, huyện Mường Nhé",
       (("thai", 30), ("hmong", 30))),
    _p("Đồng Nai", "huyện Trảng Bom, huyện Vĩnh Cửu, huyện Định Quán, thành phố Long Khánh"),
    _p("Đồng Tháp", "huyện Lai Vung, huyện Tháp Mười, huyện Tam Nông, thành phố Sa Đéc"),
    _p("Gia Lai", "huyện Chư Sê, huyện Chư Prông, huyện Ia Grai, huyện Kbang",
       (("jrai", 35),)),
    _p("Hà Giang", "huyện Đồng Văn, huyện Mèo Vạc, huyện Yên Minh, huyện Quản Bạ",
       (("hmong", 30), ("tay", 25), ("nung", 5))),
    _p("Hà Nam", "huyện Lý Nhân, huyện Thanh Liêm, huyện Bình Lục, thị xã Duy Tiên"),
    _p("Hà Nội", "huyện Sóc Sơn, huyện Đông Anh, huyện Gia Lâm, quận Hoàn Kiếm",
       unit="thành phố"),
    _p("Hà Tĩnh", "huyện Hương Khê, huyện Can Lộc, huyện Đức Thọ, huyện Nghi Xuân"),
    _p("Hải Dương", "huyện Thanh Miện, huyện Gia Lộc, thị xã Kinh Môn, huyện Tứ Kỳ"),
    _p("Hải Phòng", "huyện Thủy Nguyên, huyện Kiến Thụy, huyện Tiên Lãng, quận Lê Chân",
       unit="thành phố"),
    _p("Hậu Giang", "huyện Phụng Hiệp, huyện Vị Thủy, huyện Long Mỹ, thành phố Ngã Bảy"),
    _p("Hòa Bình", "huyện Lạc Sơn, huyện Mai Châu, huyện Tân Lạc, huyện Kim Bôi",
       (("muong", 50), ("thai", 5))),
    _p("Hưng Yên", "huyện Văn Giang, huyện Khoái Châu, huyện Kim Động, huyện Ân Thi"),
    _p("Khánh Hòa", "thị xã Ninh Hòa, huyện Diên Khánh, huyện Vạn Ninh, huyện Khánh Vĩnh"),
    _p("Kiên Giang",
       "huyện U Minh Thượng, huyện Giồng Riềng, thành phố Phú Quốc, huyện Kiên Lương"),
    _p("Kon Tum", "huyện Đắk Hà, huyện Sa Thầy, huyện Ngọc Hồi, huyện Đắk Glei",
       (("jrai", 20),)),
    _p("Lai Châu", "huyện Sìn Hồ, huyện Phong Thổ, huyện Than Uyên, huyện Tân Uyên",
       (("hmong", 30), ("thai", 25))),
    _p("Lâm Đồng", "huyện Đức Trọng, huyện Di Linh, huyện Bảo Lâm, huyện Lâm Hà",
       (("jrai", 5),)),
    _p("Lạng Sơn", "huyện Tràng Định, huyện Văn Lãng, huyện Cao Lộc, huyện Lộc Bình",
       (("nung", 35), ("tay", 30))),
    _p("Lào Cai", "huyện Bảo Yên, huyện Bắc Hà, thị xã Sa Pa, huyện Bát Xát",
       (("hmong", 20), ("tay", 15))),
    _p("Long An", "huyện Cần Giuộc, huyện Đức Hòa, huyện Bến Lức, thị xã Kiến Tường"),
    _p("Nam Định", "huyện Hải Hậu, huyện Giao Thủy, huyện Nghĩa Hưng, huyện Ý Yên"),
    _p("Nghệ An", "huyện Quỳ Châu, huyện Con Cuông, huyện Tương Dương, huyện Kỳ Sơn",
       (("thai", 10),)),
    _p("Ninh Bình", "huyện Kim Sơn, huyện Nho Quan, huyện Gia Viễn, huyện Yên Mô",
       (("muong", 5),)),
    _p("Ninh Thuận", "huyện Ninh Phước, huyện Ninh Hải, huyện Bác Ái, huyện Thuận Bắc"),
    _p("Phú Thọ", "huyện Yên Lập, huyện Tân Sơn, huyện Thanh Sơn, huyện Hạ Hòa",
       (("muong", 15),)),
    _p("Phú Yên", "huyện Tuy An, huyện Sơn Hòa, huyện Đồng Xuân, thị xã Sông Cầu"),
    _p("Quảng Bình", "huyện Quảng Trạch, huyện Bố Trạch, huyện Lệ Thủy, huyện Minh Hóa"),
    _p("Quảng Nam", "huyện Đại Lộc, huyện Duy Xuyên, huyện Thăng Bình, huyện Núi Thành"),
    _p("Quảng Ngãi", "huyện Bình Sơn, huyện Sơn Tịnh, huyện Mộ Đức, huyện Ba Tơ"),
    _p("Quảng Ninh", "thành phố Đông Triều, huyện Vân Đồn, huyện Tiên Yên, huyện Bình Liêu",
       (("tay", 3),)),
    _p("Quảng Trị", "huyện Gio Linh, huyện Hải Lăng, huyện Hướng Hóa, huyện Triệu Phong"),
    _p("Sóc Trăng", "huyện Long Phú, huyện Mỹ Tú, huyện Trần Đề, thị xã Vĩnh Châu"),
    _p("Sơn La", "huyện Mộc Châu, huyện Thuận Châu, huyện Quỳnh Nhai, huyện Sông Mã",
       (("thai", 40), ("hmong", 15))),
    _p("Tây Ninh", "huyện Tân Biên, huyện Dương Minh Châu, huyện Châu Thành, thị xã Trảng Bàng"),
    _p("Thái Bình", "huyện Tiền Hải, huyện Quỳnh Phụ, huyện Thái Thụy, huyện Kiến Xương"),
    _p("Thái Nguyên", "huyện Phú Bình, huyện Đại Từ, huyện Định Hóa, huyện Võ Nhai",
       (("tay", 10), ("nung", 5))),
    _p("Thanh Hóa", "huyện Cẩm Thủy, huyện Ngọc Lặc, huyện Thường Xuân, huyện Quan Hóa",
       (("muong", 10), ("thai", 8))),
    _p("Thừa Thiên Huế", "huyện Phong Điền, huyện Quảng Điền, huyện Phú Vang, huyện A Lưới"),
    _p("Tiền Giang", "huyện Cái Bè, huyện Chợ Gạo, huyện Gò Công Tây, huyện Tân Phước"),
    _p("TP Hồ Chí Minh", "huyện Củ Chi, huyện Hóc Môn, huyện Cần Giờ, quận Gò Vấp",
       unit="thành phố"),
    _p("Trà Vinh", "huyện Càng Long, huyện Cầu Kè, huyện Trà Cú, huyện Duyên Hải"),
    _p("Tuyên Quang", "huyện Chiêm Hóa, huyện Na Hang, huyện Hàm Yên, huyện Sơn Dương",
       (("tay", 30), ("hmong", 5))),
    _p("Vĩnh Long", "huyện Trà Ôn, huyện Long Hồ, huyện Vũng Liêm, huyện Tam Bình"),
    _p("Vĩnh Phúc", "huyện Tam Dương, huyện Lập Thạch, huyện Sông Lô, huyện Yên Lạc"),
    _p("Yên Bái", "huyện Văn Chấn, huyện Lục Yên, huyện Mù Cang Chải, huyện Trạm Tấu",
       (("tay", 20), ("hmong", 15), ("thai", 10))),
)

DISTRICT_COMMITTEE = {"huyện": "Huyện ủy", "quận": "Quận ủy",
                      "thị xã": "Thị ủy", "thành phố": "Thành ủy"}

# ------------------------------------------------------------------------ names


class NameStyle(NamedTuple):
    surnames: tuple[str, ...]
    male_middles: tuple[str, ...]
    male_givens: tuple[str, ...]
    female_middles: tuple[str, ...]
    female_givens: tuple[str, ...]
    common: tuple[str, ...] = ()    # surnames drawn half of the time


def _w(text: str) -> tuple[str, ...]:
    return tuple(text.split())


def _c(text: str) -> tuple[str, ...]:
    return tuple(text.split(", "))


KINH_MALE_GIVENS = _w(
    "Hải Bình Sơn Hùng Dũng Tuấn Lâm Long Minh Nam Phong Quang Thắng Thành Toàn "
    "Trung Tú Việt Vinh Cường Đức Giang Hiếu Hòa Hoàng Huy Khánh Khoa Kiên Lợi Lực "
    "Mạnh Nghĩa Phúc Quân Sáng Tâm Tân Thái Thanh Thịnh Thọ Tiến Tín Trí Trường Tùng "
    "Vũ Xuân Chiến Công Định Đông Hưng Kỳ Lộc Luận Ninh Phương Quyết Sinh Tài Thuận "
    "Tỏ Triều Tường Vượng Hậu Bảo Biên Châu Cương Diện Hiển Kha Lai Liêm Mẫn Nhân "
    "Phát Quý Sỹ Thiện Thông Thức Toản Tuyên Út Vân Đạt Hạnh Khải Lương Nhật Sang")
KINH_FEMALE_GIVENS = _w(
    "Hoa Lan Hương Nga Hà Thủy Hằng Huyền Hạnh Hiền Hồng Liên Linh Loan Mai Nhung "
    "Oanh Phương Quyên Tâm Thảo Thắm Thoa Trang Tuyết Vân Yến Dung Giang Hải Hậu "
    "Hòa Hường Khuyên Lệ Ngân Nguyệt Quế Sen Thanh Thúy Trâm Uyên Xuân Chi Duyên Bình")

NAME_STYLES = {
    "kinh": NameStyle(
        _w("Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý "
           "Đinh Lâm Trịnh Mai Đoàn Lương Cao Tạ Hà Chu Quách Tô Lưu Thái Nghiêm "
           "Kiều Triệu Khổng Châu Tôn La Giang Âu Văn Đào Lại Hứa Mạc Trương"),
        _w("Văn Quốc Thanh Minh Hữu Đức Xuân Hồng Ngọc Thế Công Đình Anh Trọng Hoàng "
           "Tiến Mạnh Bá Duy Khắc Việt Quang Huy Trung Tuấn Hải Chí Phú Kim Sỹ Tất "
           "Đăng Như Trí Thành Văn Văn Văn"),
        KINH_MALE_GIVENS,
        _c("Thị, Thị, Thị, Thu, Thanh, Ngọc, Kim, Hồng, Minh, Phương, Thúy, Bích, "
           "Diệu, Thị Thu, Thị Kim, Thị Minh, Thị Thanh, Thị Hồng, Thị Ngọc"),
        KINH_FEMALE_GIVENS,
        _w("Nguyễn Nguyễn Nguyễn Nguyễn Trần Trần Lê Lê Phạm Hoàng Vũ Đỗ Bùi")),
    "hmong": NameStyle(
        _w("Giàng Sùng Vàng Thào Lầu Mùa Hờ Lý Vừ Hạng Sình Tráng Chớ Cứ Má Thò"),
        _w("A A A Seo Mí Chứ Văn Páo Súa Xuân"),
        _w("Chu Hồ Dính Pó Sì Lử Cở Dế Páo Sểnh Tủa Chống Xá Sử Chang Chua Dìa Hừ "
           "Khua Lềnh Nủ Pao Phử Sà Say Sùng Tông Vư Xìa Vảng Thề Chúng"),
        _w("Thị Thị Thị"),
        _w("Mỷ Mai Dung Chi Dợ Khu Say Pà Sua Xua Cở Lan Dính Pằng Chở Dua Mỉ")),
    "thai": NameStyle(
        _w("Lò Lường Cầm Quàng Tòng Điêu Lù Vì Bạc Cà Mè Lự Hà Sầm Lèo Khằm Lộc"),
        _w("Văn Văn Văn Văn Đức Minh Xuân"),
        _w("Ún Muôn Pọm Chung Lả Pâng Xôm Inh Ơn Biên Nhất Tiến Hặc Thịnh Mừng Phong "
           "Sơn Đôi Lún Panh Piên Kim Hom Thương Chiến Lợi Toán Nọi Bun Tuấn Ọi Xiêng"),
        _w("Thị Thị Thị"),
        _w("Phanh Thoa Hương Hoa Thanh Xuân Ín Ánh Hom Chon Nga Pâng Kim Bun Hiên Thiêm Ọn")),
    "muong": NameStyle(
        _w("Bùi Đinh Quách Bạch Hà Xa Cao Đinh Bùi Bùi"),
        _w("Văn Văn Văn Đức Công Xuân Tất Trọng"),
        _w("Tỉnh Chiến Ngái Tờn Lót Thắng Cường Khánh Pẩy Thư Đoàn Lăng Thi Xuyên "
           "Liêm Hòa Nhân Chương Dũng Mừng Thạch Vượng"),
        _w("Thị Thị Thị"),
        _w("Hoa Nhung Thơm Đào Lựu Hồng Thủy Mến Nguyệt Hằng Xuân Ưng Lý")),
    "tay": NameStyle(
        _w("Hoàng Nông Lương Ma Hà Lục Triệu Bế Đàm Nịnh Mông Hứa La Ngôn Phùng Lâm"),
        _w("Văn Văn Văn Đức Quốc Ngọc Xuân Thanh Thế"),
        _w("Thuận Thiệu Tín Sửu Mạnh Thắng Luyến Chuyên Quỳnh Sơn Tư Điền Lịch Khoa "
           "Nhình Thao Bình Chức Lừu Pẻ Thưởng Vịnh Tằng Hợi Cảnh"),
        _w("Thị Thị Thị"),
        _w("Nguyệt Luyến Quỳnh Xuân Trà Nhình Lả Thao Hoa Pẻ Thuận Chuyên Hiền")),
    "nung": NameStyle(
        _w("Hoàng Nông Lăng Mã Chu Vi Lộc Hứa Lương Lục Mông Sằm Chẩu Nông"),
        _w("Văn Văn Văn Đình Xuân Quốc"),
        _w("Chiến Thành Dương Thái Hiệp Cương Vẻ Pỉn Sình Khẩu Nhật Mìu Phìn Sèn "
           "Thống Hoan Quân Đoàn Lạn"),
        _w("Thị Thị Thị"),
        _w("Mìu Phìn Xuân Lả Sinh Hoan Thu Dinh Cúc Làn")),
}
EDE_SURNAMES = _c("Niê, Niê Kđăm, Êban, Mlô, Byă, Ktla, Adrơng, Hwing, Knul, Êñuôl, "
                  "Buôn Yă, Kbuôr, Kđoh, Ayŭn, Êya")
EDE_MALE = _w("Biêr Ngông Khoa Jôn Thanh Blốc Wai Dhăm Kren Phu Nguôn Ghi Suôl Yơn "
              "Kô Mung Krăn Siêng Bhiông Mô Dơng Huê Wang Tlam")
EDE_FEMALE = _w("Yim Mai Bia Hen Ngơn Wơn Jeh Bre Lan Hương Năm Loan Nuôn Ru Blưm Yơn")
JRAI_SURNAMES = _c("Ksor, Rơ Mah, Siu, Rah Lan, Nay, Kpă, Puih, Rơ Ô, Rcom, Rơ Châm, Kơ Pă")
JRAI_MALE = _w("Phước Tuân Chung Blin Thoang Hin Kueng Lửi Ui Aly Đoan Byưh Hiếu "
               "Dương Luân Bưch Hyin Tih Djuih Hơn Kiên Yik")
JRAI_FEMALE = _w("Mai Bơ Juin Jen Lan Kly Hương Thuyên Luyến Hyương Nhung Tuyết")

PEN_NAMES = _c(
    "Minh Anh, Quốc Huy, Thu Trà, Bá Hoàng, Thu Hà, Hồng Nhung, Văn Thắng, Ngọc Lan, "
    "Thanh Hương, Đức Anh, Hải Yến, Trung Kiên, Lan Anh, Mạnh Hùng, Thùy Linh, Quang Minh, "
    "Phương Thảo, Tuấn Anh, Bảo Ngọc, Hoàng Long, Mai Phương, Việt Hà, Kim Oanh, Đăng Khoa, "
    "Hà Linh, Thanh Tùng, Ngọc Ánh, Minh Đức, Thu Hằng, Xuân Trường, Hồng Vân, Tiến Dũng, "
    "Khánh Ly, Văn Đông, Thế Bình, Hoài Thu, Duy Khánh, Nguyệt Minh, Lê Hà, Thái Sơn")

# ----------------------------------------------------------------------- offices


class Post(NamedTuple):
    key: str
    titles: tuple[str, ...]     # templates over the article vocabulary
    main: int = 0               # the title used in "TITLE NAME"


def _post(key, *titles, main=None):
    if main is None:
        main = 1 if len(titles) > 1 and titles[0].startswith("Ủy viên") else 0
    return Post(key, titles, main)


STANDING = "Ủy viên Ban Thường vụ {uy}"
EXECUTIVE = "Ủy viên Ban Chấp hành Đảng bộ {tinh}"

POSTS = (       # provincial offices, most senior first
    _post("bi_thu", "Ủy viên Trung ương Đảng", "Bí thư {uy}", "Trưởng {doan} {tinh}"),
    _post("pbt_tt", "Phó Bí thư Thường trực {uy}"),
    _post("ct_ubnd", "Phó Bí thư {uy}", "Chủ tịch {ubnd} {tinh}", main=1),
    _post("ct_hdnd", "Phó Bí thư {uy}", "Chủ tịch {hdnd} {tinh}", main=1),
    _post("tc", STANDING, "Trưởng Ban Tổ chức {uy}"),
    _post("ubkt", STANDING, "Chủ nhiệm Ủy ban Kiểm tra {uy}"),
    _post("tg", STANDING, "Trưởng Ban Tuyên giáo {uy}"),
    _post("pct_tt", STANDING, "Phó Chủ tịch Thường trực {ubnd} {tinh}"),
    _post("dv", STANDING, "Trưởng Ban Dân vận {uy}"),
    _post("nc", STANDING, "Trưởng Ban Nội chính {uy}"),
    _post("mttq", STANDING, "Chủ tịch {mttq} {tinh}"),
    _post("pct_hdnd", STANDING, "Phó Chủ tịch Thường trực {hdnd} {tinh}"),
    _post("bt_d0", STANDING, "Bí thư {d0_uy}"),
    _post("chqs", STANDING, "Chỉ huy trưởng Bộ Chỉ huy Quân sự {tinh}"),
    _post("ca", STANDING, "Giám đốc Công an {tinh}"),
    _post("pct", EXECUTIVE, "Phó Chủ tịch {ubnd} {tinh}"),
    _post("pct2", "Phó Chủ tịch {ubnd} {tinh}"),
    _post("khoi_cq", "Bí thư Đảng ủy Khối các cơ quan {tinh}"),
    _post("khoi_dn", "Bí thư Đảng ủy Khối Doanh nghiệp {tinh}"),
    _post("pdoan", "Phó Trưởng {doan} {tinh}"),
    _post("bt_d1", EXECUTIVE, "Bí thư {d1_uy}"),
    _post("bt_d2", "Bí thư {d2_uy}"),
    _post("khdt", "Giám đốc Sở Kế hoạch và Đầu tư"),
    _post("taichinh", "Giám đốc Sở Tài chính"),
    _post("ptc", "Phó Trưởng Ban Thường trực Ban Tổ chức {uy}"),
    _post("ptg", "Phó Trưởng Ban Tuyên giáo {uy}"),
    _post("vp", "Chánh Văn phòng {uy}"),
    _post("ct_d3", "Chủ tịch {ubnd} {d3}"),
)
POST_INDEX = {post.key: i for i, post in enumerate(POSTS)}

CENTRAL_POSTS = (   # guests from Hà Nội, shared by all provinces
    _post("c_tc", "Ủy viên Bộ Chính trị", "Bí thư Trung ương Đảng",
          "Trưởng Ban Tổ chức Trung ương", main=2),
    _post("c_tg", "Ủy viên Bộ Chính trị", "Trưởng Ban Tuyên giáo Trung ương", main=1),
    _post("c_kt", "Ủy viên Bộ Chính trị", "Chủ nhiệm Ủy ban Kiểm tra Trung ương", main=1),
    _post("c_ptt", "Ủy viên Bộ Chính trị", "Phó Thủ tướng Thường trực Chính phủ", main=1),
    _post("c_qh", "Ủy viên Bộ Chính trị", "Phó Chủ tịch Thường trực Quốc hội", main=1),
    _post("c_dv", "Bí thư Trung ương Đảng", "Trưởng Ban Dân vận Trung ương", main=1),
    _post("c_ktw", "Ủy viên Trung ương Đảng", "Trưởng Ban Kinh tế Trung ương", main=1),
    _post("c_nc", "Ủy viên Trung ương Đảng",
          "Phó Trưởng Ban Thường trực Ban Nội chính Trung ương", main=1),
    _post("c_ptc", "Ủy viên Trung ương Đảng", "Phó Trưởng Ban Tổ chức Trung ương", main=1),
    _post("c_nn", "Ủy viên Trung ương Đảng",
          "Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn", main=1),
    _post("c_khdt", "Ủy viên Trung ương Đảng", "Bộ trưởng Bộ Kế hoạch và Đầu tư", main=1),
    _post("c_pqh", "Ủy viên Trung ương Đảng", "Phó Chủ tịch Quốc hội", main=1),
    _post("c_mt", "Ủy viên Trung ương Đảng",
          "Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", main=1),
    _post("c_ptg", "Phó Trưởng Ban Tuyên giáo Trung ương"),
    _post("c_pkt", "Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương"),
    _post("c_nv", "Thứ trưởng Bộ Nội vụ"),
)
CENTRAL_INDEX = {post.key: i for i, post in enumerate(CENTRAL_POSTS)}

# ------------------------------------------------------- resolutions, documents


class Resolution(NamedTuple):
    number: str             # "01-NQ/TU", "18-NQ/TW"
    issued: date
    issuer: str             # template: "Ban Chấp hành Đảng bộ {tinh}", "Bộ Chính trị"
    khoa: str | None
    subject: str            # "về ..."
    scope: str              # "local" or "central"
    term: str | None = None
    plenum: int | None = None


def _central(number, issued, issuer, khoa, plenum, subject):
    return Resolution(number, date(*issued), issuer, khoa, subject, "central", None, plenum)


BCH_TW = "Ban Chấp hành Trung ương Đảng"
BCT = "Bộ Chính trị"

CENTRAL_RESOLUTIONS = (
    _central("12-NQ/TW", (2012, 1, 16), BCH_TW, "XI", 4,
             "về một số vấn đề cấp bách về xây dựng Đảng hiện nay"),
    _central("13-NQ/TW", (2012, 1, 16), BCH_TW, "XI", 4,
             "về xây dựng hệ thống kết cấu hạ tầng đồng bộ nhằm đưa nước ta cơ bản trở "
             "thành nước công nghiệp theo hướng hiện đại vào năm 2020"),
    _central("19-NQ/TW", (2012, 10, 31), BCH_TW, "XI", 6,
             "về tiếp tục đổi mới chính sách, pháp luật về đất đai trong thời kỳ đẩy mạnh "
             "toàn diện công cuộc đổi mới"),
    _central("29-NQ/TW", (2013, 11, 4), BCH_TW, "XI", 8,
             "về đổi mới căn bản, toàn diện giáo dục và đào tạo"),
    _central("33-NQ/TW", (2014, 6, 9), BCH_TW, "XI", 9,
             "về xây dựng và phát triển văn hóa, con người Việt Nam đáp ứng yêu cầu phát "
             "triển bền vững đất nước"),
    _central("39-NQ/TW", (2015, 4, 17), BCT, "XI", None,
             "về tinh giản biên chế và cơ cấu lại đội ngũ cán bộ, công chức, viên chức"),
    _central("04-NQ/TW", (2016, 10, 30), BCH_TW, "XII", 4,
             "về tăng cường xây dựng, chỉnh đốn Đảng; ngăn chặn, đẩy lùi sự suy thoái về "
             "tư tưởng chính trị, đạo đức, lối sống, những biểu hiện “tự diễn biến”, "
             "“tự chuyển hóa” trong nội bộ"),
    _central("10-NQ/TW", (2017, 6, 3), BCH_TW, "XII", 5,
             "về phát triển kinh tế tư nhân trở thành một động lực quan trọng của nền kinh "
             "tế thị trường định hướng xã hội chủ nghĩa"),
    _central("11-NQ/TW", (2017, 6, 3), BCH_TW, "XII", 5,
             "về hoàn thiện thể chế kinh tế thị trường định hướng xã hội chủ nghĩa"),
    _central("18-NQ/TW", (2017, 10, 25), BCH_TW, "XII", 6,
             "về một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống "
             "chính trị tinh gọn, hoạt động hiệu lực, hiệu quả"),
    _central("19-NQ/TW", (2017, 10, 25), BCH_TW, "XII", 6,
             "về tiếp tục đổi mới hệ thống tổ chức và quản lý, nâng cao chất lượng và hiệu "
             "quả hoạt động của các đơn vị sự nghiệp công lập"),
    _central("20-NQ/TW", (2017, 10, 25), BCH_TW, "XII", 6,
             "về tăng cường công tác bảo vệ, chăm sóc và nâng cao sức khỏe nhân dân trong "
             "tình hình mới"),
    _central("21-NQ/TW", (2017, 10, 25), BCH_TW, "XII", 6,
             "về công tác dân số trong tình hình mới"),
    _central("26-NQ/TW", (2018, 5, 19), BCH_TW, "XII", 7,
             "về tập trung xây dựng đội ngũ cán bộ các cấp, nhất là cấp chiến lược, đủ phẩm "
             "chất, năng lực và uy tín, ngang tầm nhiệm vụ"),
    _central("27-NQ/TW", (2018, 5, 21), BCH_TW, "XII", 7,
             "về cải cách chính sách tiền lương đối với cán bộ, công chức, viên chức, lực "
             "lượng vũ trang và người lao động trong doanh nghiệp"),
    _central("28-NQ/TW", (2018, 5, 23), BCH_TW, "XII", 7,
             "về cải cách chính sách bảo hiểm xã hội"),
    _central("36-NQ/TW", (2018, 10, 22), BCH_TW, "XII", 8,
             "về Chiến lược phát triển bền vững kinh tế biển Việt Nam đến năm 2030, tầm "
             "nhìn đến năm 2045"),
    _central("37-NQ/TW", (2018, 12, 24), BCT, "XII", None,
             "về việc sắp xếp các đơn vị hành chính cấp huyện và cấp xã"),
    _central("18-NQ/TW", (2022, 6, 16), BCH_TW, "XIII", 5,
             "về tiếp tục đổi mới, hoàn thiện thể chế, chính sách, nâng cao hiệu lực, hiệu "
             "quả quản lý và sử dụng đất"),
    _central("19-NQ/TW", (2022, 6, 16), BCH_TW, "XIII", 5,
             "về nông nghiệp, nông dân, nông thôn đến năm 2030, tầm nhìn đến năm 2045"),
    _central("20-NQ/TW", (2022, 6, 16), BCH_TW, "XIII", 5,
             "về tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể trong "
             "giai đoạn mới"),
    _central("21-NQ/TW", (2022, 6, 16), BCH_TW, "XIII", 5,
             "về tăng cường củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đội "
             "ngũ đảng viên trong giai đoạn mới"),
    _central("27-NQ/TW", (2022, 11, 9), BCH_TW, "XIII", 6,
             "về tiếp tục xây dựng và hoàn thiện Nhà nước pháp quyền xã hội chủ nghĩa Việt "
             "Nam trong giai đoạn mới"),
    _central("29-NQ/TW", (2022, 11, 17), BCH_TW, "XIII", 6,
             "về tiếp tục đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước đến năm 2030, "
             "tầm nhìn đến năm 2045"),
    _central("41-NQ/TW", (2023, 10, 10), BCT, "XIII", None,
             "về xây dựng và phát huy vai trò của đội ngũ doanh nhân Việt Nam trong thời kỳ mới"),
    _central("44-NQ/TW", (2023, 11, 24), BCH_TW, "XIII", 8,
             "về Chiến lược bảo vệ Tổ quốc trong tình hình mới"),
    _central("45-NQ/TW", (2023, 11, 24), BCH_TW, "XIII", 8,
             "về tiếp tục xây dựng và phát huy vai trò của đội ngũ trí thức đáp ứng yêu cầu "
             "phát triển đất nước nhanh và bền vững trong giai đoạn mới"),
    _central("57-NQ/TW", (2024, 12, 22), BCT, "XIII", None,
             "về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số "
             "quốc gia"),
)

LOCAL_SUBJECTS = (
    "về chuyển đổi số {tinh} {bare} đến năm {y1}, định hướng đến năm {y2}",
    "về phát triển du lịch trở thành ngành kinh tế mũi nhọn giai đoạn {y0}-{y1}",
    "về xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu giai đoạn {y0}-{y1}",
    "về phát triển nông nghiệp hàng hóa tập trung, ứng dụng công nghệ cao",
    "về nâng cao chất lượng nguồn nhân lực đáp ứng yêu cầu phát triển kinh tế - xã hội",
    "về phát triển kết cấu hạ tầng giao thông giai đoạn {y0}-{y1}, tầm nhìn đến năm {y2}",
    "về đẩy mạnh cải cách hành chính, cải thiện môi trường đầu tư kinh doanh",
    "về phát triển đô thị {bare} đến năm {y1}, định hướng đến năm {y2}",
    "về phát triển công nghiệp, tiểu thủ công nghiệp giai đoạn {y0}-{y1}",
    "về giảm nghèo bền vững ở vùng đồng bào dân tộc thiểu số và miền núi",
    "về xây dựng đội ngũ cán bộ các cấp, nhất là cán bộ lãnh đạo chủ chốt",
    "về nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng",
    "về phát triển văn hóa, con người {bare} đáp ứng yêu cầu phát triển bền vững",
    "về tăng cường quốc phòng, an ninh, bảo đảm trật tự, an toàn xã hội trong tình hình mới",
    "về phát triển kinh tế tư nhân giai đoạn {y0}-{y1}",
    "về thu hút đầu tư vào các khu công nghiệp, cụm công nghiệp",
    "về phát triển giáo dục và đào tạo giai đoạn {y0}-{y1}, định hướng đến năm {y2}",
    "về nâng cao chất lượng chăm sóc sức khỏe nhân dân",
    "về tăng cường quản lý đất đai, tài nguyên và bảo vệ môi trường",
    "về phát triển thương mại, dịch vụ và logistics đến năm {y1}",
    "về phát triển kinh tế lâm nghiệp bền vững",
    "về phát triển sản phẩm OCOP gắn với xây dựng thương hiệu nông sản",
    "về tăng cường công tác phòng, chống tham nhũng, tiêu cực",
    "về phát triển khoa học, công nghệ và đổi mới sáng tạo đến năm {y1}",
    "về công tác dân vận của hệ thống chính trị trong tình hình mới",
)

COUNCIL_SUBJECTS = (
    "về dự toán ngân sách địa phương và phân bổ ngân sách cấp tỉnh năm {next}",
    "về kế hoạch phát triển kinh tế - xã hội năm {next}",
    "về kế hoạch đầu tư công trung hạn giai đoạn 2021-2025",
    "quy định mức hỗ trợ đối với người hoạt động không chuyên trách ở cấp xã",
    "về việc đặt tên đường, phố trên địa bàn {tinh}",
    "quy định chính sách hỗ trợ phát triển sản xuất nông nghiệp",
    "về chương trình giám sát của {hdnd} {tinh} năm {next}",
    "quy định mức thu học phí đối với cơ sở giáo dục công lập năm học {year}-{next}",
    "về điều chỉnh chủ trương đầu tư một số dự án nhóm B",
    "phê chuẩn quyết toán ngân sách địa phương năm {prev}",
)

DOCUMENT_KINDS = (("Kế hoạch", "KH"), ("Chương trình hành động", "CTr"), ("Đề án", "ĐA"),
                  ("Chỉ thị", "CT"), ("Kết luận", "KL"), ("Quy định", "QĐi"), ("Quyết định", "QĐ"))

DOCUMENT_SUBJECTS = (
    "về tăng cường sự lãnh đạo của Đảng đối với công tác cải cách hành chính",
    "về nâng cao chất lượng sinh hoạt chi bộ",
    "về phát triển đảng viên ở thôn, bản, tổ dân phố chưa có chi bộ",
    "về đẩy mạnh phòng, chống tác hại của ma túy trên địa bàn",
    "về tổ chức đại hội đảng bộ các cấp",
    "về xây dựng đội ngũ cán bộ cấp xã",
    "về phát triển hợp tác xã kiểu mới",
    "về sắp xếp, tinh gọn tổ chức bộ máy các cơ quan, đơn vị",
    "về bảo vệ nền tảng tư tưởng của Đảng",
    "về nâng cao hiệu quả công tác tiếp công dân",
    "về kiểm tra, giám sát năm {year}",
    "về tuyên truyền kỷ niệm các ngày lễ lớn năm {year}",
)

CENTRAL_DOCUMENTS = (   # (kind, number, issued, issuer, subject)
    ("Chỉ thị", "03-CT/TW", date(2011, 5, 14), BCT,
     "về tiếp tục đẩy mạnh việc học tập và làm theo tấm gương đạo đức Hồ Chí Minh"),
    ("Quy định", "101-QĐ/TW", date(2012, 6, 7), "Ban Bí thư",
     "về trách nhiệm nêu gương của cán bộ, đảng viên, nhất là cán bộ lãnh đạo chủ chốt các cấp"),
    ("Chỉ thị", "36-CT/TW", date(2014, 5, 30), BCT,
     "về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XII của Đảng"),
    ("Chỉ thị", "05-CT/TW", date(2016, 5, 15), BCT,
     "về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"),
    ("Quy định", "08-QĐi/TW", date(2018, 10, 25), BCH_TW,
     "về trách nhiệm nêu gương của cán bộ, đảng viên"),
    ("Chỉ thị", "35-CT/TW", date(2019, 5, 30), BCT,
     "về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"),
    ("Quy định", "205-QĐ/TW", date(2019, 9, 23), BCT,
     "về việc kiểm soát quyền lực trong công tác cán bộ và chống chạy chức, chạy quyền"),
    ("Kết luận", "01-KL/TW", date(2021, 5, 18), BCT,
     "về tiếp tục thực hiện Chỉ thị số 05-CT/TW"),
    ("Kết luận", "21-KL/TW", date(2021, 10, 25), BCH_TW,
     "về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị"),
    ("Chỉ thị", "45-CT/TW", date(2025, 4, 14), BCT,
     "về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng"),
)

# ------------------------------------------------------------------- text pools

ECONOMY = (
    "tập trung tháo gỡ khó khăn, vướng mắc cho sản xuất, kinh doanh",
    "đẩy nhanh tiến độ giải ngân vốn đầu tư công, nhất là các dự án trọng điểm",
    "cải thiện mạnh mẽ môi trường đầu tư kinh doanh, nâng cao chỉ số năng lực cạnh tranh cấp tỉnh",
    "thu hút các dự án đầu tư có hàm lượng công nghệ cao, thân thiện với môi trường",
    "phát triển nông nghiệp ứng dụng công nghệ cao gắn với xây dựng nông thôn mới",
    "khai thác hiệu quả tiềm năng, lợi thế về du lịch sinh thái, văn hóa, tâm linh",
    "hoàn thiện hạ tầng các khu công nghiệp, cụm công nghiệp",
    "đẩy mạnh xúc tiến thương mại, mở rộng thị trường tiêu thụ nông sản",
    "tăng cường quản lý thu ngân sách, chống thất thu, nợ đọng thuế",
    "triển khai đồng bộ các giải pháp phát triển kinh tế số, kinh tế tuần hoàn",
    "nâng cao giá trị sản phẩm OCOP và các sản phẩm chủ lực của địa phương",
    "đẩy nhanh công tác bồi thường, giải phóng mặt bằng các công trình trọng điểm",
    "phát triển kết cấu hạ tầng giao thông kết nối liên vùng",
    "quản lý chặt chẽ đất đai, tài nguyên, khoáng sản, bảo vệ môi trường",
    "chủ động phòng, chống thiên tai, ứng phó với biến đổi khí hậu",
    "phát triển kinh tế tập thể, hợp tác xã kiểu mới",
    "hỗ trợ doanh nghiệp nhỏ và vừa tiếp cận nguồn vốn tín dụng",
    "thực hiện hiệu quả các chương trình mục tiêu quốc gia",
    "phát triển đô thị theo hướng xanh, thông minh, bền vững",
    "tái cơ cấu ngành nông nghiệp theo hướng nâng cao giá trị gia tăng",
    "khuyến khích khởi nghiệp, đổi mới sáng tạo trong thanh niên",
    "rà soát, tháo gỡ vướng mắc cho các dự án chậm tiến độ",
)
SOCIETY = (
    "chăm lo tốt đời sống vật chất, tinh thần của nhân dân",
    "thực hiện đầy đủ, kịp thời các chính sách an sinh xã hội, chính sách đối với người có công",
    "nâng cao chất lượng giáo dục toàn diện, đổi mới căn bản giáo dục và đào tạo",
    "sắp xếp mạng lưới trường, lớp phù hợp với điều kiện thực tế",
    "nâng cao chất lượng khám, chữa bệnh và chăm sóc sức khỏe ban đầu cho nhân dân",
    "chủ động phòng, chống dịch bệnh, không để dịch lây lan trên diện rộng",
    "giải quyết việc làm, nâng cao chất lượng đào tạo nghề cho lao động nông thôn",
    "thực hiện hiệu quả công tác giảm nghèo bền vững, nhất là ở vùng đồng bào dân tộc thiểu số",
    "bảo tồn, phát huy giá trị di sản văn hóa và bản sắc văn hóa các dân tộc",
    "đẩy mạnh phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”",
    "xóa nhà tạm, nhà dột nát cho hộ nghèo, hộ cận nghèo",
    "phát triển phong trào thể dục, thể thao quần chúng",
    "làm tốt công tác bảo vệ, chăm sóc trẻ em và bình đẳng giới",
    "nâng cao tỷ lệ người dân tham gia bảo hiểm y tế, bảo hiểm xã hội",
    "phát huy hiệu quả các thiết chế văn hóa ở cơ sở",
)
PARTY_BUILDING = (
    "tăng cường xây dựng, chỉnh đốn Đảng và hệ thống chính trị trong sạch, vững mạnh",
    "nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng và chất lượng đội ngũ "
    "đảng viên",
    "đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    "kiên quyết ngăn chặn, đẩy lùi sự suy thoái về tư tưởng chính trị, đạo đức, lối sống",
    "thực hiện nghiêm nguyên tắc tập trung dân chủ, tự phê bình và phê bình",
    "làm tốt công tác quy hoạch, đào tạo, bồi dưỡng, luân chuyển cán bộ",
    "tiếp tục sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả",
    "tăng cường công tác kiểm tra, giám sát và thi hành kỷ luật đảng",
    "đẩy mạnh công tác phòng, chống tham nhũng, tiêu cực, lãng phí",
    "bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch",
    "nâng cao chất lượng sinh hoạt chi bộ",
    "chú trọng công tác phát triển đảng viên ở thôn, bản, tổ dân phố chưa có chi bộ",
    "phát huy vai trò nêu gương của cán bộ, đảng viên, trước hết là người đứng đầu",
    "thực hiện tốt công tác dân vận, củng cố niềm tin của nhân dân đối với Đảng",
    "đổi mới nội dung, phương thức hoạt động của Mặt trận Tổ quốc và các đoàn thể chính trị - "
    "xã hội",
    "đẩy mạnh cải cách hành chính, nâng cao mức độ hài lòng của người dân, doanh nghiệp",
    "tiếp công dân, giải quyết kịp thời đơn thư khiếu nại, tố cáo ngay từ cơ sở",
    "thực hiện tinh giản biên chế gắn với cơ cấu lại đội ngũ cán bộ, công chức, viên chức",
    "đẩy mạnh chuyển đổi số trong hoạt động của các cơ quan đảng, chính quyền",
    "nâng cao chất lượng công tác tham mưu, giúp việc của các cơ quan chuyên trách",
)
DEFENCE = (
    "giữ vững quốc phòng, an ninh, bảo đảm trật tự, an toàn xã hội",
    "xây dựng nền quốc phòng toàn dân gắn với thế trận an ninh nhân dân vững chắc",
    "xây dựng khu vực phòng thủ ngày càng vững chắc",
    "tổ chức tốt công tác tuyển quân, huấn luyện lực lượng dân quân tự vệ",
    "nắm chắc tình hình, xử lý kịp thời các tình huống phức tạp ngay từ cơ sở",
    "đấu tranh phòng, chống tội phạm, tệ nạn xã hội, nhất là tội phạm ma túy",
    "kiềm chế tai nạn giao thông trên cả ba tiêu chí",
    "bảo vệ vững chắc chủ quyền, an ninh biên giới quốc gia",
    "mở rộng, nâng cao hiệu quả hoạt động đối ngoại",
    "tổ chức thành công diễn tập khu vực phòng thủ cấp huyện",
    "làm tốt công tác phòng cháy, chữa cháy và cứu nạn, cứu hộ",
)
CLAUSE_POOLS = (ECONOMY, SOCIETY, PARTY_BUILDING, DEFENCE)

OPENERS = (     # per clause pool: phrases that end before a verb phrase
    ("Về phát triển kinh tế, các cấp, các ngành đã",
     "Thời gian tới, {tinh} cần tiếp tục",
     "Các đại biểu đề nghị cần",
     "Nhiều ý kiến đề nghị {ubnd} {tinh} chỉ đạo các sở, ngành"),
    ("Trong lĩnh vực văn hóa - xã hội, các địa phương đã",
     "Bên cạnh đó, các cấp, các ngành cần",
     "Đồng thời, cần quan tâm",
     "Các ý kiến thảo luận cũng đề nghị"),
    ("Về công tác xây dựng Đảng, Ban Thường vụ {uy} đã",
     "Công tác xây dựng Đảng và hệ thống chính trị tiếp tục được chú trọng; các cấp ủy đã",
     "Các cấp ủy, tổ chức đảng cần",
     "Đối với công tác xây dựng Đảng, cần tiếp tục"),
    ("Công tác quốc phòng, an ninh tiếp tục được tăng cường; các lực lượng chức năng đã",
     "Về quốc phòng, an ninh, cần",
     "Các lực lượng vũ trang {tinh} tiếp tục",
     "Lực lượng công an, quân sự đã phối hợp chặt chẽ để"),
)

SHORTCOMINGS = (
    "một số chỉ tiêu đạt thấp so với kế hoạch đề ra",
    "tiến độ giải ngân vốn đầu tư công ở một số dự án còn chậm",
    "công tác giải phóng mặt bằng còn gặp nhiều khó khăn, vướng mắc",
    "chất lượng sinh hoạt chi bộ ở một số nơi chưa cao",
    "đời sống của một bộ phận nhân dân vùng sâu, vùng xa còn nhiều khó khăn",
    "tình hình an ninh trật tự ở một số địa bàn còn tiềm ẩn yếu tố phức tạp",
    "thủ tục hành chính trong một số lĩnh vực còn rườm rà",
    "việc thu hút đầu tư chưa tương xứng với tiềm năng, lợi thế",
    "sự phối hợp giữa một số cơ quan, đơn vị có lúc chưa chặt chẽ",
    "một bộ phận cán bộ, đảng viên còn né tránh, sợ trách nhiệm",
)

ADDRESSEES = (
    "các cấp ủy, tổ chức đảng",
    "các sở, ban, ngành, đoàn thể và các địa phương",
    "cấp ủy, chính quyền các cấp",
    "các đồng chí Ủy viên Ban Chấp hành Đảng bộ {tinh}",
    "người đứng đầu các cơ quan, đơn vị",
    "các cơ quan tham mưu, giúp việc của {uy}",
)

CONGRESS_ADDRESSEES = (
    "Ban Chấp hành Đảng bộ khóa mới",
    "các cấp ủy, tổ chức đảng trong toàn Đảng bộ",
    "cán bộ, đảng viên trong toàn Đảng bộ",
)

FIGURES = (
    "tốc độ tăng trưởng kinh tế (GRDP) ước đạt {pct}%",
    "tổng thu ngân sách nhà nước trên địa bàn ước đạt {money} tỷ đồng, bằng {share}% dự toán",
    "giá trị sản xuất công nghiệp tăng {pct}% so với cùng kỳ",
    "kim ngạch xuất khẩu đạt {usd} triệu USD",
    "thu nhập bình quân đầu người đạt {income} triệu đồng/người/năm",
    "tỷ lệ hộ nghèo giảm còn {poor}%",
    "toàn {tinh} có thêm {small} xã đạt chuẩn nông thôn mới",
    "đã kết nạp {members} đảng viên mới",
    "giải ngân vốn đầu tư công đạt {share}% kế hoạch",
    "thu hút {small} dự án đầu tư với tổng vốn đăng ký hơn {money} tỷ đồng",
    "tỷ lệ lao động qua đào tạo đạt {trained}%",
    "tỷ lệ bao phủ bảo hiểm y tế đạt {cover}%",
)
TERM_FIGURES = (    # a congress reviews the five years behind it
    "tốc độ tăng trưởng kinh tế bình quân đạt {pct}%/năm",
    "thu nhập bình quân đầu người năm {year} đạt {income} triệu đồng",
    "tỷ lệ hộ nghèo giảm bình quân {drop}%/năm",
    "đã kết nạp {members} đảng viên mới",
    "có thêm {small} xã đạt chuẩn nông thôn mới",
    "tổng vốn đầu tư toàn xã hội đạt hơn {money} tỷ đồng",
    "100% tổ chức cơ sở đảng hoàn thành nhiệm vụ, trong đó {trained}% hoàn thành tốt nhiệm vụ",
)

PLACES = (
    "tại Hội trường {uy}",
    "tại Trung tâm Hội nghị {tinh}",
    "tại Nhà khách {uy}",
    "tại Hội trường Trung tâm Chính trị {tinh}",
    "tại Trung tâm Hội nghị - Văn hóa {tinh}",
    "theo hình thức trực tiếp kết hợp trực tuyến",
)

SLOGANS = (
    "Tập trung lãnh đạo thực hiện thắng lợi các chỉ tiêu, nhiệm vụ năm {year}",
    "Quyết tâm hoàn thành toàn diện các mục tiêu, nhiệm vụ năm {year}",
    "Thống nhất cao các giải pháp phát triển kinh tế - xã hội năm {next}",
    "Khơi dậy khát vọng, phát triển nhanh và bền vững",
    "Đoàn kết, đổi mới, sáng tạo, phát triển",
    "Tạo chuyển biến mạnh mẽ trong công tác xây dựng Đảng",
    "{bare}: Tháo gỡ điểm nghẽn, thúc đẩy tăng trưởng",
)

GOAL_ENDS = (
    "trở thành tỉnh phát triển khá của khu vực",
    "trở thành một trong những trung tâm kinh tế công nghiệp hiện đại của vùng",
    "phát triển nhanh, bền vững, giàu bản sắc",
    "trở thành địa phương đáng sống, giàu mạnh, văn minh",
)

DEPARTMENTS = _c(
    "Sở Nội vụ, Sở Tư pháp, Sở Công Thương, Sở Giáo dục và Đào tạo, Sở Y tế, "
    "Sở Nông nghiệp và Phát triển nông thôn, Sở Tài nguyên và Môi trường, Sở Giao thông vận tải, "
    "Sở Xây dựng, Sở Văn hóa, Thể thao và Du lịch, Sở Lao động - Thương binh và Xã hội, "
    "Sở Khoa học và Công nghệ, Sở Thông tin và Truyền thông")
LOCAL_OFFICES = (   # one-off officials: district leaders and heads of departments
    "Bí thư {district_uy}", "Chủ tịch {ubnd} {district}", "Phó Bí thư Thường trực {district_uy}",
    "Giám đốc {department}", "Bí thư Đảng ủy xã {commune}",
)
COMMUNES = _c("Tân Lập, Hòa Bình, Yên Lạc, Phú Xuân, Đồng Tâm, Quyết Thắng, Tân Tiến, "
              "Minh Đức, Thanh Bình, Hưng Đạo, Quang Trung, Hợp Thành, Xuân Phương, Tiên Phong")

CAPTIONS = ("Toàn cảnh {noun}", "Quang cảnh {noun}.", "Toàn cảnh {noun}.",
            "Các đại biểu dự {noun}.", "Đại biểu tham dự {noun}.")

# ------------------------------------------------------------- small utilities


def slugify(text: str) -> str:
    text = text.replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def roman(n: int) -> str:
    out = []
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"),
                           (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"),
                           (5, "V"), (4, "IV"), (1, "I")):
        count, n = divmod(n, value)
        out.append(letters * count)
    return "".join(out)


DIGIT_WORDS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")


def number_words(n: int) -> str:
    """Vietnamese cardinal for 1..999: 21 -> 'hai mươi mốt', 105 -> 'một trăm linh năm'."""
    if n < 10:
        return DIGIT_WORDS[n]
    if n < 100:
        tens, unit = divmod(n, 10)
        head = "mười" if tens == 1 else f"{DIGIT_WORDS[tens]} mươi"
        if unit == 0:
            return head
        tail = {5: "lăm", 1: "mốt" if tens > 1 else "một", 4: "tư" if tens > 1 else "bốn"}
        return f"{head} {tail.get(unit, DIGIT_WORDS[unit])}"
    hundreds, rest = divmod(n, 100)
    head = f"{DIGIT_WORDS[hundreds]} trăm"
    if rest == 0:
        return head
    return f"{head} linh {DIGIT_WORDS[rest]}" if rest < 10 else f"{head} {number_words(rest)}"


def ordinal_words(n: int) -> str:
    return {1: "nhất", 4: "tư"}.get(n) or number_words(n)


def decimal(value: float, places: int = 1) -> str:
    return f"{value:.{places}f}".replace(".", ",")


def thousands(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def months_between(start: date, end: date) -> int:
    return (end.year - start.year) * 12 + end.month - start.month


def days_in_month(year: int, month: int) -> int:
    following = date(year + (month == 12), month % 12 + 1, 1)
    return (following - timedelta(days=1)).day


def random_day(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randrange(max(1, (end - start).days + 1)))


def term_label(start: int) -> str:
    return f"{start}-{start + 5}"


def stable_int(*parts) -> int:
    """A small deterministic integer from strings (hash() is salted per process)."""
    return random.Random(":".join(map(str, parts))).randrange(1 << 30)


# ----------------------------------------------------------- people and rosters


@dataclass(frozen=True)
class Person:
    name: str
    female: bool


class Holder(NamedTuple):
    person: Person
    post: Post


def make_name(rng: random.Random, group: str, female: bool) -> str:
    if group == "ede":
        return (f"H'{rng.choice(EDE_FEMALE)}" if female else f"Y {rng.choice(EDE_MALE)}") \
            + f" {rng.choice(EDE_SURNAMES)}"
    if group == "jrai":
        given = f"H'{rng.choice(JRAI_FEMALE)}" if female else rng.choice(JRAI_MALE)
        return f"{rng.choice(JRAI_SURNAMES)} {given}"
    style = NAME_STYLES[group]
    surnames = style.common if style.common and rng.random() < 0.5 else style.surnames
    middle = rng.choice(style.female_middles if female else style.male_middles)
    given = rng.choice(style.female_givens if female else style.male_givens)
    while given in middle.split():
        given = rng.choice(style.female_givens if female else style.male_givens)
    return f"{rng.choice(surnames)} {middle} {given}"


def name_group(rng: random.Random, spec: ProvinceSpec) -> str:
    roll = rng.randrange(100)
    for group, percent in spec.ethnic:
        if roll < percent:
            return group
        roll -= percent
    return "kinh"


def new_person(rng: random.Random, spec: ProvinceSpec | None, taken: set[str]) -> Person:
    """A person whose name is not yet in `taken` (people of one province never share one)."""
    while True:
        female = rng.random() < 0.22
        group = name_group(rng, spec) if spec else "kinh"
        name = make_name(rng, group, female)
        if name not in taken:
            taken.add(name)
            return Person(name, female)


def build_roster(rng, posts, spec, taken) -> dict[int, tuple[Person, ...]]:
    """Office holders per term: some keep their post, some are promoted, others are new."""
    roster: dict[int, tuple[Person, ...]] = {}
    previous: tuple[Person, ...] = ()
    for term in ROSTER_TERMS:
        chosen: list[Person] = []
        for i in range(len(posts)):
            person = None
            if previous:
                roll = rng.random()
                junior = i + rng.randint(1, 8)
                if roll < 0.3 and previous[i] not in chosen:
                    person = previous[i]
                elif roll < 0.75 and junior < len(posts) and previous[junior] not in chosen:
                    person = previous[junior]
            chosen.append(person or new_person(rng, spec, taken))
        roster[term] = previous = tuple(chosen)
    return roster


# ------------------------------------------------------------------ the world


@dataclass
class World:
    """Everything about one province that must agree across its articles."""
    spec: ProvinceSpec
    congress_2020: int              # ordinal of the 2020 provincial congress
    council_2021: int               # khóa of the HĐND elected in 2021
    congress_dates: dict[int, date]
    roster: dict[int, tuple[Person, ...]]
    resolutions: tuple[Resolution, ...]
    taken: set[str]

    def congress_ordinal(self, term: int) -> int:
        return self.congress_2020 + (term - 2020) // 5

    def party_term(self, day: date) -> int:
        return max(t for t in PARTY_TERMS if self.congress_dates[t] <= day)

    def district_congress_ordinal(self, district: str, term: int) -> int:
        return 16 + stable_int(self.spec.slug, district) % 12 + (term - 2020) // 5

    def council_khoa(self, election: int) -> int:
        return self.council_2021 + (election - 2021) // 5


def build_world(seed: int, spec: ProvinceSpec) -> World:
    rng = random.Random(f"{seed}:province:{spec.slug}")
    congress_dates = {t: date(t, rng.choice((9, 10)), rng.randint(10, 28)) for t in PARTY_TERMS}
    congress_2020 = rng.randint(14, 22)
    taken: set[str] = set()
    roster = build_roster(rng, POSTS, spec, taken)
    resolutions = []
    for term in PARTY_TERMS[1:-1]:
        subjects = rng.sample(LOCAL_SUBJECTS, rng.randint(6, 10))
        days = sorted(random_day(rng, congress_dates[term] + timedelta(days=60),
                                 congress_dates[term] + timedelta(days=1500))
                      for _ in subjects)
        for number, (subject, issued) in enumerate(zip(subjects, days, strict=True), start=1):
            issuer = rng.choice(("Ban Chấp hành Đảng bộ {tinh}", "Ban Chấp hành Đảng bộ {tinh}",
                                 "Ban Thường vụ {uy}"))
            fields = {"y0": issued.year, "y1": term + 5 if term + 5 > issued.year else term + 10,
                      "y2": term + 15, "tinh": spec.unit, "bare": spec.bare}
            resolutions.append(Resolution(
                f"{number:02d}-NQ/TU", issued, issuer, roman(congress_2020 + (term - 2020) // 5),
                subject.format(**fields), "local", term_label(term)))
    return World(spec, congress_2020, rng.randint(13, 17) if spec.ethnic else rng.randint(14, 18),
                 congress_dates, roster, tuple(resolutions), taken)


def build_central_roster(seed: int) -> dict[int, tuple[Person, ...]]:
    return build_roster(random.Random(f"{seed}:central"), CENTRAL_POSTS, None, set())


# -------------------------------------------------------------- article model


@dataclass
class Mention:
    kind: str       # meeting, date, person, unnamed, resolution, document, upcoming
    data: dict


@dataclass
class Block:
    text: str
    mentions: list[Mention] = field(default_factory=list)
    optional: bool = False      # may be dropped to keep the file under MAX_BYTES


@dataclass
class DateInfo:
    phrase: str             # as written, lower case: "chiều 16 và sáng 17.10", "" if none
    truth: dict


@dataclass
class Plan:
    """What a meeting type contributes; the rest of the article is shared."""
    meeting: dict
    noun: str               # "Hội nghị", "Đại hội", "Kỳ họp"
    headline: Block
    lead: Block
    agenda: list[Block]
    closer: Holder | None   # who speaks last; None: an office holder left unnamed
    closer_title: str = ""  # title template used when the closer is unnamed
    closer_role: str = "kết luận"
    chair_key: str = ""     # the chair's post, kept out of the list of those attending


@dataclass
class Ctx:
    """One article being written: its random stream, province and vocabulary."""
    rng: random.Random
    world: World
    central: dict[int, tuple[Person, ...]]
    vocab: dict[str, str]
    when: date = FIRST_DAY
    roster_term: int = 2020
    named: dict[str, Holder] = field(default_factory=dict)
    titles: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)

    @property
    def spec(self) -> ProvinceSpec:
        return self.world.spec

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def pick(self, options):
        return self.rng.choice(options)

    def fresh(self, pool, k: int = 1) -> list[str]:
        """k phrases from pool not yet used in this article (so no paragraph repeats another)."""
        unused = [x for x in pool if x not in self.used]
        chosen = self.rng.sample(unused if len(unused) >= k else pool, k)
        self.used.update(chosen)
        return chosen

    def fmt(self, template: str, **extra) -> str:
        return template.format(**self.vocab, **extra) if extra else template.format(**self.vocab)

    def holder(self, key: str, term: int | None = None) -> Holder:
        people = self.world.roster[term or self.roster_term]
        return Holder(people[POST_INDEX[key]], POSTS[POST_INDEX[key]])

    def guest(self, key: str) -> Holder:
        index = CENTRAL_INDEX[key]
        return Holder(self.central[self.roster_term][index], CENTRAL_POSTS[index])

    def one_off(self, *titles: str) -> Holder:
        """Someone who appears in this article only (district and agency officials)."""
        return Holder(new_person(self.rng, self.spec, set(self.world.taken)),
                      _post("adhoc", *titles))

    def local_official(self) -> Holder:
        district = self.pick(self.spec.districts)
        unit, name = split_district(district)
        office = self.fmt(self.pick(LOCAL_OFFICES), district=district,
                          district_uy=f"{DISTRICT_COMMITTEE[unit]} {name}",
                          department=self.pick(DEPARTMENTS), commune=self.pick(COMMUNES))
        return self.one_off(office)

    def titles_for(self, holder: Holder) -> list[str]:
        key = (holder.person.name, holder.post.key)
        if key not in self.titles:
            self.titles[key] = [self.render_title(t) for t in holder.post.titles]
        return self.titles[key]

    def render_title(self, template: str) -> str:
        title = self.fmt(template)
        if self.chance(0.2):
            if title.endswith(" " + self.spec.unit):
                title += " " + self.spec.bare
            elif title.endswith(self.spec.committee):
                title += " " + self.spec.name
        return title


def split_district(district: str) -> tuple[str, str]:
    """'thị xã Sa Pa' -> ('thị xã', 'Sa Pa')."""
    for unit in DISTRICT_COMMITTEE:
        if district.startswith(unit + " "):
            return unit, district[len(unit) + 1:]
    raise ValueError(district)


def vocabulary(rng: random.Random, spec: ProvinceSpec) -> dict[str, str]:
    abbreviate = rng.random() < 0.6
    vocab = {
        "P": spec.name, "bare": spec.bare, "tinh": spec.unit, "uy": spec.committee,
        "ubnd": "UBND" if abbreviate else "Ủy ban nhân dân",
        "hdnd": "HĐND" if abbreviate else "Hội đồng nhân dân",
        "mttq": "Ủy ban MTTQ Việt Nam" if abbreviate else "Ủy ban Mặt trận Tổ quốc Việt Nam",
        "doan": "Đoàn ĐBQH" if abbreviate and rng.random() < 0.4 else "Đoàn đại biểu Quốc hội",
        "khoa": rng.choice(("khóa", "khóa", "khoá")),
    }
    for i, district in enumerate(spec.districts):
        unit, name = split_district(district)
        vocab[f"d{i}"] = district
        vocab[f"d{i}_uy"] = f"{DISTRICT_COMMITTEE[unit]} {name}"
    return vocab


# ---------------------------------------------------- written forms of values


def write_ordinal(rng: random.Random, n: int, weights=(5, 2, 3)) -> str:
    """n as digits, roman numerals or words: 25 -> '25' | 'XXV' | 'hai mươi lăm'."""
    form = rng.choices(("digits", "roman", "words"), weights)[0]
    if form == "digits":
        return str(n)
    if form == "roman":
        return roman(n)
    spelled = ordinal_words(n)
    return cap(spelled) if rng.random() < (0.6 if n == 1 else 0.2) else spelled


def write_term(rng: random.Random, start: int) -> str:
    dash = rng.choices(("-", " - ", " – ", " -"), (10, 5, 3, 1))[0]
    return f"{start}{dash}{start + 5}"


def day_month(rng: random.Random, day: date, sep: str = "/") -> str:
    if rng.random() < 0.15:
        return f"{day.day:02d}{sep}{day.month:02d}"
    return f"{day.day}{sep}{day.month}"


def dmy(day: date) -> str:
    return f"{day.day}/{day.month}/{day.year}"


DATE_FORMS = ("day", "part_of_day", "dash", "dot", "two_days", "full_dash", "full_slash",
              "full_words", "today", "month", "quarter", "year", "none")
DATE_WEIGHTS = (14, 12, 5, 4, 7, 6, 7, 5, 3, 9, 4, 5, 9)
QUARTERS = ("I", "II", "III", "IV")


def write_date(rng: random.Random, day: date, multi_day: bool = False) -> DateInfo:
    """The meeting date in one of the ways papers write it, with what it establishes."""
    form = rng.choices(DATE_FORMS, DATE_WEIGHTS)[0]
    if form == "two_days" and (not multi_day or day.day == days_in_month(day.year, day.month)):
        form = "day"
    part = rng.choice(("sáng", "chiều"))
    y, end = day.year, None
    if form == "day":
        phrase = f"ngày {day_month(rng, day)}"
    elif form == "part_of_day":
        phrase = f"{part} {day_month(rng, day, rng.choice('//-'))}"
    elif form == "dash":
        phrase = f"ngày {day.day}-{day.month}"
    elif form == "dot":
        phrase = f"{part} {day.day}.{day.month}"
    elif form == "two_days":
        end = day + timedelta(days=1)
        phrase = rng.choice((f"chiều {day.day} và sáng {end.day}.{day.month}",
                             f"trong hai ngày {day.day} và {end.day}/{day.month}",
                             f"ngày {day.day} và {end.day}-{day.month}",
                             f"từ ngày {day.day} đến ngày {end.day}/{day.month}"))
    elif form == "full_dash":
        phrase = f"ngày {day.day}-{day.month}-{y}"
    elif form == "full_slash":
        phrase = f"{rng.choice(('ngày', 'sáng', 'chiều'))} {day_month(rng, day)}/{y}"
    elif form == "full_words":
        phrase = f"ngày {day.day} tháng {day.month} năm {y}"
    elif form == "today":
        phrase = f"{rng.choice(('sáng nay', 'chiều nay', 'hôm nay'))} ({dmy(day)})"
    elif form == "month":
        phrase = rng.choice((f"trong tháng {day.month}/{y}", f"vào tháng {day.month} năm {y}"))
    elif form == "quarter":
        quarter = QUARTERS[(day.month - 1) // 3]
        phrase = rng.choice((f"trong quý {quarter}/{y}", f"trong quý {quarter} năm {y}"))
    elif form == "year":
        phrase = f"trong năm {y}"
    else:
        phrase = ""
    return DateInfo(phrase, date_truth(form, phrase, day, end))


def date_truth(form: str, phrase: str, day: date, end: date | None) -> dict:
    iso = day.isoformat()
    year_written = str(day.year) in phrase
    if form in ("month",):
        precision, value, accept = "month", iso[:7], [iso[:7]]
    elif form == "quarter":
        first = (day.month - 1) // 3 * 3 + 1
        precision, value = "year", iso[:4]
        accept = [value] + [f"{day.year}-{m:02d}" for m in range(first, first + 3)]
    elif form == "year":
        precision, value, accept = "year", iso[:4], [iso[:4]]
    elif form == "none":
        precision, value, accept = "unknown", None, [None, iso[:4], iso[:7]]
    else:
        precision, value, accept = "day", iso, [iso] + ([end.isoformat()] if end else [])
    truth = {"value": value, "precision": precision, "written": phrase or None,
             "stated": year_written, "inferred": value is not None and not year_written,
             "accept": accept, "actual": iso}
    if end:
        truth["end"] = end.isoformat()
    if truth["inferred"]:
        truth["basis"] = ("year not written with the date; "
                          "given by the years and the term named in the article")
    if form == "quarter":
        truth["quarter"] = (day.month - 1) // 3 + 1
    return truth


def period_phrase(day: date) -> str:
    """The reporting period a meeting on `day` reviews; always names the year."""
    y, m = day.year, day.month
    if m <= 2:
        return f"năm {y - 1}, phương hướng, nhiệm vụ năm {y}"
    if m <= 5:
        return f"quý I năm {y}"
    if m <= 8:
        return f"6 tháng đầu năm {y}"
    if m <= 11:
        return f"9 tháng đầu năm {y}, phương hướng, nhiệm vụ quý IV năm {y}"
    return f"năm {y}, phương hướng, nhiệm vụ năm {y + 1}"


def sentence(*parts: str) -> str:
    """Join the non-empty clauses with commas into one capitalised sentence."""
    return cap(", ".join(p for p in parts if p)) + "."


def dated_sentence(date_info: DateInfo, *parts: str) -> str:
    """A sentence opening with the date; the truth keeps the date as written, capitalised."""
    if date_info.phrase:
        date_info.truth["written"] = cap(date_info.phrase)
    return sentence(date_info.phrase, *parts)


def words(*parts: str) -> str:
    return " ".join(p for p in parts if p)


# ------------------------------------------------------------ citing people


def cite(ctx: Ctx, holder: Holder, role: str, form: str = "full",
         prefix: str = "đồng chí") -> tuple[str, Mention]:
    """Write a person the way papers do, and what it tells about them.

    Forms: 'full' NAME, TITLE, TITLE; 'title' TITLE NAME; 'paren' NAME (TITLE, ...);
    'name' NAME alone. Prefix 'đồng chí', 'honorific' (ông/bà) or ''.
    """
    titles = ctx.titles_for(holder)
    main = titles[holder.post.main]
    name = holder.person.name
    if form == "name":
        shown, text = [], name
    elif form == "title":
        shown, text = [main], f"{main} {name}"
    else:
        shown = titles if ctx.chance(0.6) else titles[holder.post.main:]
        joined = ", ".join(shown)
        text = f"{name} ({joined})" if form == "paren" else f"{name}, {joined}"
    if prefix == "honorific":
        prefix = "bà" if holder.person.female else "ông"
    ctx.named[name] = holder
    return words(prefix, text), Mention("person", {"name": name, "titles": shown, "role": role})


def cite_subject(ctx: Ctx, holder: Holder, role: str, forms=("full", "full", "title"),
                 prefix: str = "đồng chí") -> tuple[str, Mention]:
    """A person as the subject of a verb: an apposition may close with a comma."""
    form = ctx.pick(forms)
    text, mention = cite(ctx, holder, role, form, prefix)
    if form == "full" and ctx.chance(0.5):
        text += ","
    return text, mention


def refer(ctx: Ctx, holder: Holder | None, title: str, role: str) -> tuple[str, Mention]:
    """A later mention by title alone: the named holder again, or an unnamed office holder."""
    text = f"đồng chí {title}"
    if holder is not None and holder.person.name in ctx.named:
        return text, Mention("person", {"name": holder.person.name, "titles": [], "role": role})
    return text, Mention("unnamed", {"title": title, "role": role})


def people_list(ctx: Ctx, holders: list[Holder], role: str) -> tuple[str, list[Mention]]:
    form = ctx.pick(("full", "paren"))
    cited = [cite(ctx, h, role, form, prefix="") for h in holders]
    return "; ".join(text for text, _ in cited), [m for _, m in cited]


# ------------------------------------------------ citing resolutions, documents


def resolution_issuer(ctx: Ctx, res: Resolution) -> str:
    issuer = ctx.fmt(res.issuer)
    if res.scope == "central" and (res.issuer == BCH_TW or ctx.chance(0.3)):
        issuer += f" {ctx.vocab['khoa']} {res.khoa}"
    return issuer


def canonical_issuer(ctx: Ctx, res: Resolution) -> str:
    issuer = ctx.fmt(res.issuer)
    return f"{issuer} khóa {res.khoa}" if res.issuer == BCH_TW else issuer


def resolution_key(ctx: Ctx, res: Resolution) -> str:
    if res.scope == "central":
        return f"TW/{res.khoa}/{res.number}"
    return f"{ctx.spec.slug}/{res.term}/{res.number}"


def resolution_mention(ctx: Ctx, res: Resolution, label: str, number: str, issuer: str | None,
                       subject: str | None, action: str) -> Mention:
    return Mention("resolution", {
        "key": resolution_key(ctx, res), "label": label, "number": number,
        "full_number": res.number, "issuer": issuer, "issuer_actual": canonical_issuer(ctx, res),
        "subject": subject, "term": res.term, "khoa": res.khoa,
        "issued": res.issued.isoformat(), "action": action})


def cite_resolution(ctx: Ctx, res: Resolution, action: str,
                    with_subject: bool | None = None) -> tuple[str, Mention]:
    short = res.number.split("-")[0]
    issuer = resolution_issuer(ctx, res)
    style = ctx.rng.randrange(5)
    if style == 0:
        label, number, by = f"Nghị quyết số {res.number}", res.number, None
    elif style == 1:
        label, number, by = f"Nghị quyết {res.number}", res.number, None
    elif style == 2:
        label, number, by = (f"Nghị quyết số {res.number} ngày {dmy(res.issued)} của {issuer}",
                             res.number, issuer)
    elif style == 3:
        label, number, by = f"Nghị quyết số {short} của {issuer}", short, issuer
    else:
        label, number, by = f"Nghị quyết số {res.number} của {issuer}", res.number, issuer
    if with_subject is None:
        with_subject = ctx.chance(0.55)
    text = f"{label} {res.subject}" if with_subject else label
    return text, resolution_mention(ctx, res, label, number, by,
                                    res.subject if with_subject else None, action)


def cite_resolution_pair(ctx: Ctx, first: Resolution, second: Resolution,
                         action: str) -> tuple[str, list[Mention]]:
    """'nghị quyết số 18 và 19 của Ban Chấp hành Trung ương Đảng khóa XII' and kin."""
    issuer = f"{ctx.fmt(first.issuer)} {ctx.vocab['khoa']} {first.khoa}"
    a, b = first.number.split("-")[0], second.number.split("-")[0]
    style = ctx.rng.randrange(3)
    if style == 0:
        text, numbers = f"nghị quyết số {a} và {b} của {issuer}", (a, b)
    elif style == 1:
        text = f"Nghị quyết số {first.number} và Nghị quyết số {second.number} của {issuer}"
        numbers = (first.number, second.number)
    else:
        text = f"các Nghị quyết số {first.number}, {second.number} của {issuer}"
        numbers = (first.number, second.number)
    mentions = [resolution_mention(ctx, res, text, number, issuer, None, action)
                for res, number in zip((first, second), numbers, strict=True)]
    return text, mentions


def congress_resolution(ctx: Ctx, body: str, ordinal: int, term: int, action: str,
                        key: str) -> tuple[str, Mention]:
    written = write_ordinal(ctx.rng, ordinal, (1, 8, 1))
    issuer = f"{ctx.pick(('Đại hội đại biểu', 'Đại hội'))} {body} lần thứ {written}"
    label = f"Nghị quyết {issuer}"
    if ctx.chance(0.5):
        label += f", nhiệm kỳ {write_term(ctx.rng, term)}"
    return label, Mention("resolution", {
        "key": key, "label": label, "number": None, "full_number": None, "issuer": issuer,
        "issuer_actual": issuer, "subject": None, "term": term_label(term),
        "khoa": roman(ordinal), "issued": None, "action": action})


def cite_congress_resolution(ctx: Ctx, term: int, action: str) -> tuple[str, Mention]:
    body = words(f"Đảng bộ {ctx.spec.unit}", ctx.spec.bare if ctx.chance(0.25) else "")
    ordinal = ctx.world.congress_ordinal(term)
    return congress_resolution(ctx, body, ordinal, term, action,
                               f"{ctx.spec.slug}/dai-hoi/{ordinal}")


def cite_national_resolution(ctx: Ctx, ordinal: int, action: str) -> tuple[str, Mention]:
    issuer = ctx.pick((f"Đại hội {roman(ordinal)} của Đảng",
                       f"Đại hội đại biểu toàn quốc lần thứ {roman(ordinal)} của Đảng"))
    label = f"Nghị quyết {issuer}"
    return label, Mention("resolution", {
        "key": f"TW/dai-hoi/{ordinal}", "label": label, "number": None, "full_number": None,
        "issuer": issuer, "issuer_actual": issuer, "subject": None, "term": None,
        "khoa": roman(ordinal), "issued": None, "action": action})


def cite_council_resolution(ctx: Ctx, action: str) -> tuple[str, Mention]:
    year = ctx.when.year
    subject = ctx.fmt(ctx.pick(COUNCIL_SUBJECTS), year=year, next=year + 1, prev=year - 1)
    number = f"{ctx.rng.randint(1, 45):02d}/{year}/NQ-HĐND"
    label = f"Nghị quyết số {number}" if ctx.chance(0.6) else "Nghị quyết"
    council = f"{ctx.fmt('{hdnd} {tinh}')} {ctx.spec.bare}"
    return f"{label} {subject}", Mention("resolution", {
        "key": f"{ctx.spec.slug}/hdnd/{number}" if label != "Nghị quyết" else None,
        "label": label, "number": number if label != "Nghị quyết" else None,
        "full_number": number, "issuer": None, "issuer_actual": council, "subject": subject,
        "term": None, "khoa": None, "issued": ctx.when.isoformat(), "action": action})


def document_mention(ctx: Ctx, kind: str, label: str, number: str | None, full: str | None,
                     issuer: str | None, subject: str | None, action: str, key: str | None):
    return Mention("document", {"key": key, "kind": kind, "label": label, "number": number,
                                "full_number": full, "issuer": issuer, "subject": subject,
                                "action": action})


def cite_local_document(ctx: Ctx, action: str, subject: str | None = None,
                        kinds=DOCUMENT_KINDS, short: bool | None = None,
                        issuer: str | None = None, dated: bool = True) -> tuple[str, Mention]:
    kind, code = ctx.pick(kinds)
    term = ctx.world.party_term(ctx.when)
    elapsed = max(1, months_between(ctx.world.congress_dates[term], ctx.when))
    n = ctx.rng.randint(100, 2400) if code == "QĐ" else ctx.rng.randint(1, 10 + elapsed * 4)
    full = f"{n:02d}-{code}/TU"
    if short is None:
        short = ctx.chance(0.3)
    label = f"{kind} số {n:02d}" if short else f"{kind} số {full}"
    if dated and not short and ctx.chance(0.3):
        issued = max(ctx.world.congress_dates[term], ctx.when - timedelta(ctx.rng.randint(20, 600)))
        label += f" ngày {dmy(issued)}"
    if issuer is None and ctx.chance(0.4):
        issuer = ctx.fmt(ctx.pick(("Ban Thường vụ {uy}", "Ban Chấp hành Đảng bộ {tinh}", "{uy}")))
    if issuer:
        label += f" của {issuer}"
    if subject is None and ctx.chance(0.6):
        subject = ctx.fmt(ctx.pick(DOCUMENT_SUBJECTS), year=ctx.when.year)
    text = words(label, subject)
    return text, document_mention(ctx, kind, label, f"{n:02d}" if short else full, full,
                                  issuer or None, subject or None, action,
                                  f"{ctx.spec.slug}/{term_label(term)}/{full}")


def cite_central_document(ctx: Ctx, document, action: str) -> tuple[str, Mention]:
    kind, number, issued, issuer, subject = document
    label = ctx.pick((f"{kind} số {number}", f"{kind} {number}",
                      f"{kind} số {number} ngày {dmy(issued)} của {issuer}",
                      f"{kind} số {number} của {issuer}"))
    with_subject = ctx.chance(0.6)
    text = words(label, subject if with_subject else "")
    return text, document_mention(ctx, kind, label, number, number,
                                  issuer if issuer in label else None,
                                  subject if with_subject else None, action, f"TW/{number}")


# ------------------------------------------------------------- agenda items

Item = tuple[str, list[Mention]]


def local_resolutions_before(ctx: Ctx, days: int = 120) -> list[Resolution]:
    return [r for r in ctx.world.resolutions if r.issued + timedelta(days) <= ctx.when]


def central_resolutions_before(ctx: Ctx, days: int = 20) -> list[Resolution]:
    return [r for r in CENTRAL_RESOLUTIONS if r.issued + timedelta(days) <= ctx.when]


def progress_words(ctx: Ctx, res: Resolution) -> tuple[str, str]:
    """('báo cáo sơ kết 3 năm thực hiện', 'sơ kết') depending on the resolution's age."""
    years = (ctx.when - res.issued).days // 365
    if years >= 5 and ctx.chance(0.6):
        return f"báo cáo tổng kết {years} năm thực hiện", "tổng kết"
    if years >= 2 and ctx.chance(0.6):
        return f"báo cáo sơ kết {years} năm thực hiện", "sơ kết"
    return ctx.pick(("báo cáo kết quả thực hiện", "kết quả triển khai thực hiện")), "thực hiện"


def item_local_progress(ctx: Ctx) -> Item | None:
    candidates = local_resolutions_before(ctx)
    if not candidates:
        return None
    res = ctx.pick(candidates)
    lead, action = progress_words(ctx, res)
    text, mention = cite_resolution(ctx, res, action)
    return f"{lead} {text}", [mention]


def item_central_progress(ctx: Ctx) -> Item | None:
    candidates = central_resolutions_before(ctx, 90)
    if not candidates:
        return None
    res = ctx.pick(candidates)
    if ctx.chance(0.35):
        doc, doc_mention = cite_local_document(ctx, "thực hiện", subject="",
                                               kinds=DOCUMENT_KINDS[:3], issuer="")
        text, mention = cite_resolution(ctx, res, "thực hiện", with_subject=False)
        doc_mention.data["subject"] = f"về thực hiện {text}"
        return f"kết quả thực hiện {doc} về thực hiện {text}", [doc_mention, mention]
    lead, action = progress_words(ctx, res)
    text, mention = cite_resolution(ctx, res, action)
    return f"{lead} {text}", [mention]


def resolution_pairs(ctx: Ctx) -> list[tuple[Resolution, Resolution]]:
    issued = [r for r in central_resolutions_before(ctx, 60) if r.plenum]
    return [(a, b) for i, a in enumerate(issued) for b in issued[i + 1:]
            if (a.khoa, a.plenum) == (b.khoa, b.plenum)]


def item_pair(ctx: Ctx) -> Item | None:
    """Seed-like: 'kết quả thực hiện Đề án số 09 và Kế hoạch số 79 của BTV ... về việc thực hiện
    nghị quyết số 18 và 19 của Ban Chấp hành Trung ương Đảng khóa XII'."""
    pairs = resolution_pairs(ctx)
    if not pairs:
        return None
    first, second = ctx.pick(pairs)
    pair_text, pair_mentions = cite_resolution_pair(ctx, first, second, "thực hiện")
    issuer = ctx.fmt("Ban Thường vụ {uy}")
    subject = f"về việc thực hiện {pair_text}"
    doc_a, mention_a = cite_local_document(ctx, "thực hiện", subject="", kinds=DOCUMENT_KINDS[2:3],
                                           short=True, issuer="")
    doc_b, mention_b = cite_local_document(ctx, "thực hiện", subject="", kinds=DOCUMENT_KINDS[:1],
                                           short=True, issuer="")
    for mention in (mention_a, mention_b):
        mention.data.update(issuer=issuer, subject=subject)
    return (f"kết quả thực hiện {doc_a} và {doc_b} của {issuer} {subject}",
            [mention_a, mention_b, *pair_mentions])


def item_new_resolution(ctx: Ctx) -> Item | None:
    upcoming = [r for r in ctx.world.resolutions
                if timedelta(0) <= r.issued - ctx.when <= timedelta(45)]
    if not upcoming:
        return None
    res = upcoming[0]
    action = ctx.pick(("thông qua", "ban hành"))
    text = f"Nghị quyết {res.subject}"
    mention = resolution_mention(ctx, res, "Nghị quyết", None, None, res.subject, action)
    return f"dự thảo {text}", [mention]


def item_new_document(ctx: Ctx) -> Item | None:
    action = ctx.pick(("thông qua", "ban hành", "cho ý kiến"))
    text, mention = cite_local_document(ctx, action, kinds=DOCUMENT_KINDS[:3] + DOCUMENT_KINDS[5:6],
                                        short=False, dated=False)
    return f"dự thảo {text}" if action == "cho ý kiến" else f"việc ban hành {text}", [mention]


def item_central_document(ctx: Ctx) -> Item | None:
    candidates = [d for d in CENTRAL_DOCUMENTS if d[2] + timedelta(300) <= ctx.when]
    if not candidates:
        return None
    document = ctx.pick(candidates)
    years = (ctx.when - document[2]).days // 365
    action = "sơ kết" if years < 5 else "tổng kết"
    text, mention = cite_central_document(ctx, document, action)
    lead = f"báo cáo {action} {years} năm thực hiện" if years else "báo cáo kết quả thực hiện"
    return f"{lead} {text}", [mention]


def item_congress_progress(ctx: Ctx) -> Item | None:
    term = ctx.world.party_term(ctx.when)
    years = (ctx.when - ctx.world.congress_dates[term]).days // 365
    if years < 1:
        return None
    midterm = years in (2, 3)
    text, mention = cite_congress_resolution(ctx, term, "sơ kết" if midterm else "thực hiện")
    lead = "báo cáo sơ kết giữa nhiệm kỳ thực hiện" if midterm else "kết quả thực hiện"
    return f"{lead} {text}", [mention]


ITEM_MAKERS = (item_local_progress, item_central_progress, item_pair, item_new_resolution,
               item_new_document, item_central_document, item_congress_progress)


def policy_items(ctx: Ctx, count: int) -> list[Item]:
    makers = list(ITEM_MAKERS)
    ctx.rng.shuffle(makers)
    items = []
    for maker in makers:
        item = maker(ctx)
        if item:
            items.append(item)
        if len(items) == count:
            break
    return items


def agenda_block(ctx: Ctx, intro: str, items: list[Item], closing: str = "") -> Block:
    text = f"{intro} {'; '.join(text for text, _ in items)}{closing}."
    return Block(text, [m for _, ms in items for m in ms])


# ----------------------------------------------------------- upcoming meetings


def upcoming_meeting(ctx: Ctx) -> Item | None:
    """A later meeting the article looks forward to, as a noun phrase."""
    rng, w, when = ctx.rng, ctx.world, ctx.when
    term = w.party_term(when)
    options = ["bch", "council"]
    if (w.congress_dates[term + 5] - when).days < 540 and term + 5 <= 2025:
        options.append("congress")
    national = next((o for d, o in NATIONAL_CONGRESSES if d > when and (d - when).days < 540), None)
    if national:
        options.append("national")
    election = max((e for e in COUNCIL_TERMS if date(e, 6, 1) <= when), default=None)
    if election is None:
        options.remove("council")
    choice = rng.choice(options)
    record: dict = {"type": None, "label": "", "ordinal": None, "khoa": None, "term": None}
    if choice == "congress":
        ordinal = w.congress_ordinal(term + 5)
        written = write_ordinal(rng, ordinal, (1, 8, 1))
        label = (f"Đại hội đại biểu Đảng bộ {ctx.spec.unit} lần thứ {written}, "
                 f"nhiệm kỳ {write_term(rng, term + 5)}")
        record.update(type="dai_hoi", ordinal=ordinal, khoa=roman(ordinal),
                      term=term_label(term + 5))
    elif choice == "national":
        label = f"Đại hội đại biểu toàn quốc lần thứ {roman(national)} của Đảng"
        record.update(type="dai_hoi", ordinal=national, khoa=roman(national))
    elif choice == "council":
        ordinal = 2 + months_between(date(election, 6, 1), when) // 2
        khoa = roman(w.council_khoa(election))
        label = (f"Kỳ họp thứ {write_ordinal(rng, ordinal, (6, 1, 3))}, "
                 f"{ctx.fmt('{hdnd} {tinh}')} {ctx.vocab['khoa']} {khoa}")
        record.update(type="ky_hop", ordinal=ordinal, khoa=khoa, term=f"{election}-{election + 5}")
    else:
        ordinal = 2 + months_between(w.congress_dates[term], when) // 2
        written = write_ordinal(rng, ordinal, (7, 1, 2))
        label = f"Hội nghị Ban Chấp hành Đảng bộ {ctx.spec.unit} lần thứ {written}"
        record.update(type="hoi_nghi_bch", ordinal=ordinal, khoa=roman(w.congress_ordinal(term)),
                      term=term_label(term))
        if rng.random() < 0.5:
            later = when + timedelta(days=rng.randint(30, 75))
            label += f" dự kiến tổ chức vào tháng {later.month}/{later.year}"
            record["date"] = {"value": later.isoformat()[:7], "precision": "month"}
    record["label"] = label
    return label, [Mention("upcoming", record)]


# ------------------------------------------------------------- meeting plans

PURPOSES = (
    "thảo luận, cho ý kiến vào một số nội dung quan trọng",
    "đánh giá kết quả thực hiện nhiệm vụ {period} và bàn phương hướng, nhiệm vụ thời gian tới",
    "xem xét, cho ý kiến vào các dự thảo văn bản trình {noun}",
)
AGENDA_INTROS = (
    "Tại {noun}, các đại biểu đã tập trung thảo luận, cho ý kiến vào {n} nội dung, gồm:",
    "{noun} đã thảo luận, cho ý kiến vào {n} nội dung quan trọng, trong đó có:",
    "Tại {noun}, các đại biểu đã nghiên cứu, thảo luận, đóng góp ý kiến vào các báo cáo:",
)
STAFF_ITEMS = (
    "công tác cán bộ",
    "một số nội dung về công tác tổ chức, cán bộ",
    "chương trình kiểm tra, giám sát năm {next} của Ban Chấp hành Đảng bộ {tinh}",
    "công tác chuẩn bị các kỳ họp của {hdnd} {tinh}",
)
BTV_HEADLINES = (
    "Ban Thường vụ {uy} cho ý kiến vào nhiều nội dung quan trọng",
    "Ban Thường vụ {uy} {P} cho ý kiến vào {n} nội dung",
    "Thường trực {uy}, Ban Thường vụ {uy} họp phiên thường kỳ tháng {month}",
)
INVESTMENT_TOPICS = (
    "chủ trương đầu tư và việc điều chỉnh một số dự án tại địa phương",
    "quy hoạch, sử dụng đất và thu hút đầu tư",
    "phân bổ vốn đầu tư công và tháo gỡ vướng mắc cho các dự án",
)
AGENCIES = (    # body, leading post, ordinal of its 2020 congress is base + 0..4, set up in 2025
    ("Đảng bộ Khối các cơ quan {tinh}", "khoi_cq", 5, False),
    ("Đảng bộ Khối Doanh nghiệp {tinh}", "khoi_dn", 4, False),
    ("Đảng bộ Quân sự {tinh}", "chqs", 14, False),
    ("Đảng bộ Công an {tinh}", "ca", 20, False),
    ("Đảng bộ {ubnd} {tinh}", "ct_ubnd", 1, True),
    ("Đảng bộ các cơ quan Đảng {tinh}", "pbt_tt", 1, True),
)
ORDINARY = (    # name, organiser, chairing post, months it is held in
    ("Hội nghị tổng kết công tác xây dựng Đảng năm {prev}, triển khai nhiệm vụ năm {year}",
     "{uy}", "bi_thu", (1, 2)),
    ("Hội nghị tổng kết công tác tổ chức xây dựng Đảng năm {prev}", "Ban Tổ chức {uy}", "tc",
     (1, 2)),
    ("Hội nghị tổng kết công tác kiểm tra, giám sát năm {prev}", "Ủy ban Kiểm tra {uy}", "ubkt",
     (1, 2)),
    ("Hội nghị tổng kết công tác dân vận năm {prev}", "Ban Dân vận {uy}", "dv", (1, 2, 3)),
    ("Hội nghị báo cáo viên tháng {month}/{year}", "Ban Tuyên giáo {uy}", "tg",
     tuple(range(1, 13))),
    ("Hội nghị cán bộ chủ chốt {tinh} {bare}", "{uy}", "bi_thu", tuple(range(1, 13))),
    ("Hội nghị sơ kết công tác 6 tháng đầu năm {year}", "{uy}", "pbt_tt", (7,)),
)
NEW_AGENCY_TITLES = {"ct_ubnd": "Bí thư Đảng ủy {ubnd} {tinh}",
                     "pbt_tt": "Bí thư Đảng ủy các cơ quan Đảng {tinh}"}


def meeting_record(ctx: Ctx, kind: str, body: str, label: str, ordinal: int | None = None,
                   written: str | None = None, khoa: str | None = None, khoa_stated: bool = False,
                   term: str | None = None, term_stated: bool = False) -> dict:
    return {"type": kind, "body": body, "province": ctx.spec.name, "label": label,
            "ordinal": ordinal, "ordinal_written": written,
            "khoa": khoa if khoa_stated else None, "khoa_actual": khoa,
            "term": term, "term_stated": term_stated}


def headline_block(ctx: Ctx, name: str, alternatives=(), prefixes=("Khai mạc", "Bế mạc"),
                   **fields) -> Block:
    """Line 1: the meeting's name, maybe behind 'Khai mạc', or another headline."""
    roll = ctx.rng.random()
    if roll < 0.7 and prefixes and roll >= 0.45:
        prefix = ctx.pick(prefixes)
        ctx.used.add(prefix)    # the lead must not contradict a "Bế mạc" headline
        return Block(f"{prefix} {name}", [Mention("meeting", {})])
    if roll >= 0.7 and alternatives:
        return Block(ctx.fmt(ctx.pick(alternatives), **fields))
    return Block(cap(name), [Mention("meeting", {})])


def chair_phrase(ctx: Ctx, holder: Holder, title: str, named: bool, subject: bool = True):
    if not named:
        return refer(ctx, None, ctx.fmt(title), "chủ trì")
    if subject:
        return cite_subject(ctx, holder, "chủ trì")
    return cite(ctx, holder, "chủ trì", ctx.pick(("full", "full", "title")))


def lead_verb(ctx: Ctx, verbs: tuple[str, ...]) -> str:
    """A verb for the lead that agrees with a 'Khai mạc'/'Bế mạc' headline."""
    for prefix, clash in (("Khai mạc", "bế mạc"), ("Bế mạc", "khai mạc")):
        if prefix in ctx.used:
            verbs = tuple(v for v in verbs if clash not in v)
    return ctx.pick(verbs)


def lead_block(ctx: Ctx, name: str, date_info: DateInfo, chair: Holder, chair_title: str,
               named: bool, noun: str) -> Block:
    """The opening paragraph: when and where the meeting met, and who chaired it."""
    place = ctx.fmt(ctx.pick(PLACES)) if ctx.chance(0.6) else ""
    verb = lead_verb(ctx, ("đã diễn ra", "đã được tổ chức", "đã khai mạc"))
    purpose = ctx.fmt(ctx.pick(PURPOSES), period=period_phrase(ctx.when), noun=noun)
    style = ctx.rng.randrange(3)
    chair_text, chair_mention = chair_phrase(ctx, chair, chair_title, named, subject=style != 0)
    if style == 0:
        text = sentence(f"dưới sự chủ trì của {chair_text}", date_info.phrase,
                        words(name, verb, place, f"nhằm {purpose}"))
    elif style == 1:
        text = (dated_sentence(date_info, place, words(name, verb, f"để {purpose}"))
                + f" {cap(chair_text)} chủ trì {noun}.")
    else:
        text = (dated_sentence(date_info, words(name, verb, place))
                + f" {cap(chair_text)} chủ trì {noun}. {cap(noun)} tập trung {purpose}.")
    return Block(text, [Mention("meeting", {}), Mention("date", date_info.truth), chair_mention])


def plan_bch(ctx: Ctx) -> Plan:
    """Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ N (a plenum, about every two months)."""
    rng, w, spec = ctx.rng, ctx.world, ctx.spec
    ctx.when = random_day(rng, FIRST_DAY, LAST_DAY)
    term = ctx.roster_term = w.party_term(ctx.when)
    ordinal = 1 + months_between(w.congress_dates[term], ctx.when) // 2
    khoa = roman(w.congress_ordinal(term))
    written = write_ordinal(rng, ordinal, (6, 1, 3))
    body = words(f"Ban Chấp hành Đảng bộ {spec.unit}", spec.bare if ctx.chance(0.3) else "")
    name = (f"Hội nghị {body} lần thứ {written}" if ctx.chance(0.55)
            else f"Hội nghị lần thứ {written} {body}")
    khoa_stated, term_stated = ctx.chance(0.6), ctx.chance(0.45)
    if khoa_stated:
        name += f"{ctx.pick((', ', ' '))}{ctx.vocab['khoa']} {khoa}"
    if term_stated:
        name += f", nhiệm kỳ {write_term(rng, term)}"
    meeting = meeting_record(ctx, "hoi_nghi_bch", f"Ban Chấp hành Đảng bộ {spec.unit} {spec.bare}",
                             name, ordinal, f"lần thứ {written}", khoa, khoa_stated,
                             term_label(term), term_stated)
    chair, named = ctx.holder("bi_thu"), ctx.chance(0.7)
    headline = headline_block(ctx, name, SLOGANS, year=ctx.when.year, next=ctx.when.year + 1)
    lead = lead_block(ctx, name, write_date(rng, ctx.when, multi_day=True), chair,
                      "Bí thư {uy}", named, "Hội nghị")
    items = ([(f"báo cáo kết quả thực hiện nhiệm vụ {period_phrase(ctx.when)}", [])]
             + policy_items(ctx, rng.randint(1, 3))
             + [(ctx.fmt(ctx.pick(STAFF_ITEMS), next=ctx.when.year + 1), [])])
    intro = ctx.pick(AGENDA_INTROS).format(n=len(items) + rng.randint(0, 12), noun="Hội nghị")
    if intro.endswith("các báo cáo:"):     # "... vào các báo cáo: kết quả ..."
        items = [(text.removeprefix("báo cáo "), mentions) for text, mentions in items]
    return Plan(meeting, "Hội nghị", headline, lead, [agenda_block(ctx, intro, items)],
                chair if named else None, "Bí thư {uy}", chair_key="bi_thu")


def plan_btv(ctx: Ctx) -> Plan:
    """Hội nghị Ban Thường vụ Tỉnh ủy lần thứ N (several a month)."""
    rng, w, spec = ctx.rng, ctx.world, ctx.spec
    ctx.when = random_day(rng, FIRST_DAY, LAST_DAY)
    term = ctx.roster_term = w.party_term(ctx.when)
    ordinal = 1 + months_between(w.congress_dates[term], ctx.when) * 9 // 8 + (ctx.when.day > 15)
    written = write_ordinal(rng, ordinal, (8, 1, 1))
    committee = words(spec.committee, spec.name if ctx.chance(0.6) else "")
    name = (f"Hội nghị Ban Thường vụ {committee} lần thứ {written}" if ctx.chance(0.7)
            else f"Hội nghị lần thứ {written} Ban Thường vụ {committee}")
    khoa = roman(w.congress_ordinal(term))
    khoa_stated, term_stated = ctx.chance(0.2), ctx.chance(0.15)
    if khoa_stated:
        name += f" {ctx.vocab['khoa']} {khoa}"
    if term_stated:
        name += f", nhiệm kỳ {write_term(rng, term)}"
    meeting = meeting_record(ctx, "hoi_nghi_btv", f"Ban Thường vụ {spec.committee} {spec.name}",
                             name, ordinal, f"lần thứ {written}", khoa, khoa_stated,
                             term_label(term), term_stated)
    chair_key = "bi_thu" if ctx.chance(0.8) else "pbt_tt"
    chair, named = ctx.holder(chair_key), ctx.chance(0.75)
    total, economic = rng.randint(4, 12), rng.randint(1, 3)
    headline = headline_block(ctx, name, BTV_HEADLINES, prefixes=(), n=total,
                              month=ctx.when.month)
    title = POSTS[POST_INDEX[chair_key]].titles[POSTS[POST_INDEX[chair_key]].main]
    lead = lead_block(ctx, name, write_date(rng, ctx.when), chair, title, named, "Hội nghị")
    overview = Block(ctx.fmt(
        "Tại Hội nghị, các đại biểu đã cho ý kiến vào {total} nội dung, trong đó có {econ} nội "
        "dung về phát triển kinh tế – xã hội liên quan đến {topic} và {rest} nội dung về công tác "
        "tổ chức cán bộ. Những ý kiến đóng góp của các đại biểu, Thường trực {uy} sẽ lựa chọn "
        "tiếp thu, hoàn chỉnh văn bản và thực hiện các quy trình theo quy định.",
        total=total, econ=economic, topic=ctx.pick(INVESTMENT_TOPICS), rest=total - economic))
    agenda = [overview]
    items = policy_items(ctx, rng.randint(1, 2))
    if items:
        agenda.append(agenda_block(ctx, "Hội nghị cũng đã xem xét, cho ý kiến về", items))
    return Plan(meeting, "Hội nghị", headline, lead, agenda, chair if named else None,
                title, chair_key=chair_key)


@dataclass
class Congress:
    """What differs between a provincial, a district and an agency congress."""
    body: str                   # "Đảng bộ tỉnh", "Đảng bộ huyện Phú Bình"
    place: str                  # the body with its province, for the record
    ordinal: int
    term: int
    chair: Holder               # opens the congress
    guest: Holder               # speaks for the level above
    elected: list[tuple[Holder, str]]   # (person, office) chosen at the first session
    appointed: bool = False     # 2025 bodies: committee appointed, not elected


def plan_congress(ctx: Ctx) -> Plan:
    kind = ctx.rng.choices((province_congress, district_congress, agency_congress), (5, 3, 3))[0]
    return congress_plan(ctx, kind(ctx))


def province_congress(ctx: Ctx) -> Congress:
    term = ctx.pick((2010, 2015, 2020))
    ctx.when, ctx.roster_term = ctx.world.congress_dates[term], term - 5
    guest = ctx.guest(ctx.pick(("c_tc", "c_tg", "c_kt", "c_ptt", "c_qh", "c_dv", "c_ktw", "c_ptc")))
    elected = [(ctx.holder("bi_thu", term), "Bí thư {uy}")]
    elected += [(ctx.holder(key, term), "Phó Bí thư {uy}") for key in ("pbt_tt", "ct_ubnd")]
    return Congress(f"Đảng bộ {ctx.spec.unit}", f"Đảng bộ {ctx.spec.unit} {ctx.spec.bare}",
                    ctx.world.congress_ordinal(term), term, ctx.holder("bi_thu"), guest, elected)


def district_congress(ctx: Ctx) -> Congress:
    rng, spec = ctx.rng, ctx.spec
    term = ctx.pick((2010, 2015, 2020))
    ctx.roster_term = term - 5
    ctx.when = date(term, rng.randint(4, 7), rng.randint(1, 28))
    index = rng.randrange(len(spec.districts))
    district = spec.districts[index]
    unit, name = split_district(district)
    office = f"Bí thư {DISTRICT_COMMITTEE[unit]} {name}"
    if index < 3:
        chair, winner = ctx.holder(f"bt_d{index}"), ctx.holder(f"bt_d{index}", term)
    else:
        chair = ctx.one_off(office)
        winner = chair if ctx.chance(0.5) else ctx.one_off(office)
    guest = ctx.holder(ctx.pick(("bi_thu", "pbt_tt", "ct_ubnd", "ct_hdnd", "tc")))
    return Congress(f"Đảng bộ {district}", f"Đảng bộ {district}, {spec.unit} {spec.bare}",
                    ctx.world.district_congress_ordinal(district, term), term, chair, guest,
                    [(winner, office)])


def agency_congress(ctx: Ctx) -> Congress:
    rng = ctx.rng
    body, key, base, new = ctx.pick(AGENCIES)
    body = ctx.fmt(body)
    guest = ctx.holder(ctx.pick(("bi_thu", "pbt_tt")) if key != "pbt_tt" else "bi_thu")
    if new:
        ctx.when, ctx.roster_term = date(2025, rng.randint(5, 6), rng.randint(1, 28)), 2020
        leader = ctx.holder(key)
        return Congress(body, f"{body} {ctx.spec.bare}", 1, 2025, leader, guest,
                        [(leader, NEW_AGENCY_TITLES[key])], appointed=True)
    term = ctx.pick((2010, 2015, 2020))
    ctx.when, ctx.roster_term = date(term, rng.randint(4, 7), rng.randint(1, 28)), term - 5
    ordinal = base + stable_int(ctx.spec.slug, key) % 5 + (term - 2020) // 5
    office = f"Bí thư Đảng ủy {body.removeprefix('Đảng bộ ')}"
    return Congress(body, f"{body} {ctx.spec.bare}", ordinal, term, ctx.holder(key), guest,
                    [(ctx.holder(key, term), office)])


def congress_plan(ctx: Ctx, c: Congress) -> Plan:
    """Đại hội đại biểu Đảng bộ ... lần thứ N, nhiệm kỳ ...: any of the three kinds."""
    rng, spec = ctx.rng, ctx.spec
    khoa, kw = roman(c.ordinal), ctx.vocab["khoa"]
    written = write_ordinal(rng, c.ordinal, (2, 6, 2))
    name = words(ctx.pick(("Đại hội đại biểu", "Đại hội")), c.body,
                 spec.bare if c.body.endswith(spec.unit) and ctx.chance(0.6) else "",
                 f"lần thứ {written}")
    term_stated = ctx.chance(0.8)
    if term_stated:
        name += f", nhiệm kỳ {write_term(rng, c.term)}"
    meeting = meeting_record(ctx, "dai_hoi", c.place, name, c.ordinal, f"lần thứ {written}",
                             khoa, True, term_label(c.term), term_stated)
    winner, office = c.elected[0]
    office = ctx.fmt(office)
    roll = rng.random()
    if roll < 0.25:
        verb = "tái đắc cử" if winner.person == c.chair.person else "được bầu giữ chức"
        if c.appointed:
            verb = "được chỉ định giữ chức"
        headline = Block(f"Đồng chí {winner.person.name} {verb} {office} {kw} {khoa}",
                         [Mention("person", {"name": winner.person.name, "titles": [office],
                                             "role": "được bầu"})])
    elif roll < 0.45:
        headline = Block(f"{cap(name)} thành công tốt đẹp", [Mention("meeting", {})])
    else:
        headline = headline_block(ctx, name, (), ("Khai mạc", "Bế mạc", "Ngày làm việc thứ nhất",
                                                  "Phiên trù bị"))
    date_info = write_date(rng, ctx.when, multi_day=True)
    guest_text, guest_mention = cite(ctx, c.guest, "dự", "full")
    delegates = rng.randint(150, 450) if c.body.endswith(spec.unit) else rng.randint(90, 300)
    members = thousands(delegates * rng.randint(80, 300))
    lead = Block(
        dated_sentence(date_info, ctx.fmt(ctx.pick(PLACES)) if ctx.chance(0.5) else "",
                 words(name, lead_verb(ctx, ("đã long trọng khai mạc", "đã bế mạc", "đã diễn ra"))))
        + f" Dự Đại hội có {guest_text}. Đại hội có sự tham gia của {delegates} đại biểu chính "
        f"thức, đại diện cho hơn {members} đảng viên trong toàn Đảng bộ.",
        [Mention("meeting", {}), Mention("date", date_info.truth), guest_mention])
    agenda = [congress_opening(ctx, c), congress_work(ctx, c, khoa),
              congress_goal(ctx, c), congress_election(ctx, c, khoa)]
    return Plan(meeting, "Đại hội", headline, lead, agenda, c.guest, closer_role="phát biểu",
                chair_key="")


def congress_opening(ctx: Ctx, c: Congress) -> Block:
    text, mention = cite_subject(ctx, c.chair, "khai mạc")
    verb = ctx.pick(("đọc diễn văn khai mạc Đại hội", "phát biểu khai mạc Đại hội"))
    report = ctx.pick((
        "Nhiệm kỳ qua, các tổ chức đảng trực thuộc đã tập trung lãnh đạo, chỉ đạo triển khai "
        "cụ thể hóa các nghị quyết, chỉ thị, kết luận của cấp trên phù hợp với điều kiện thực "
        "tiễn.",
        "Đại hội là dịp để đánh giá toàn diện kết quả thực hiện nghị quyết nhiệm kỳ qua, rút ra "
        "những bài học kinh nghiệm quý báu.",
        "Đồng chí khẳng định, những kết quả đạt được trong nhiệm kỳ qua là nền tảng quan trọng để "
        "Đảng bộ bước vào nhiệm kỳ mới với quyết tâm cao."))
    return Block(f"{cap(text)} {verb}. {report}", [mention])


def congress_work(ctx: Ctx, c: Congress, khoa: str) -> Block:
    kw = ctx.vocab["khoa"]
    mentions = [document_mention(ctx, "Báo cáo", "Báo cáo chính trị", None, None,
                                 f"Ban Chấp hành {c.body}", None, "thông qua", None)]
    if c.appointed:
        committee = c.body.replace("Đảng bộ", "Đảng ủy", 1)
        text = (f"Đại hội đã thảo luận, thông qua Báo cáo chính trị trình Đại hội và công bố "
                f"Quyết định của Ban Thường vụ {ctx.spec.committee} về việc chỉ định Ban Chấp "
                f"hành, Ban Thường vụ, Bí thư, Phó Bí thư {committee} {kw} {khoa}, nhiệm kỳ "
                f"{term_label(c.term)}.")
        mentions.append(document_mention(
            ctx, "Quyết định", f"Quyết định của Ban Thường vụ {ctx.spec.committee}", None, None,
            f"Ban Thường vụ {ctx.spec.committee}", None, "công bố", None))
    else:
        size = ctx.rng.randint(25, 55) if c.body.endswith(ctx.spec.unit) else \
            ctx.rng.randint(15, 35)
        text = (f"Đại hội đã thảo luận, thông qua Báo cáo chính trị của Ban Chấp hành {c.body} "
                f"{kw} {roman(c.ordinal - 1)} trình Đại hội; bầu Ban Chấp hành {c.body} {kw} "
                f"{khoa} gồm {size} đồng chí.")
    if c.body == f"Đảng bộ {ctx.spec.unit}":
        label, resolution = cite_congress_resolution(ctx, c.term, "thông qua")
    else:
        key = f"{ctx.spec.slug}/{slugify(c.body)}/dai-hoi/{c.ordinal}"
        label, resolution = congress_resolution(ctx, c.body, c.ordinal, c.term, "thông qua", key)
    text += f" Các đại biểu đã biểu quyết thông qua {label}."
    return Block(text, mentions + [resolution])


def congress_goal(ctx: Ctx, c: Congress) -> Block:
    clauses = ctx.fresh(PARTY_BUILDING) + ctx.fresh(ECONOMY, 2) + ctx.fresh(DEFENCE)
    goal = "; ".join(clauses) + f", góp phần xây dựng {ctx.spec.unit} {ctx.spec.bare} " \
        + ctx.pick(GOAL_ENDS)
    return Block(f"Mục tiêu tổng quát nhiệm kỳ {write_term(ctx.rng, c.term)} được xác định là: "
                 f"“{cap(goal)}”.", optional=True)


def congress_election(ctx: Ctx, c: Congress, khoa: str) -> Block:
    kw = ctx.vocab["khoa"]
    (winner, office), deputies = c.elected[0], c.elected[1:]
    office = ctx.fmt(office)
    mentions = [Mention("person", {"name": winner.person.name, "titles": [office],
                                   "role": "được bầu"})]
    ctx.named[winner.person.name] = winner
    if c.appointed:
        return Block(f"Đồng chí {winner.person.name} được chỉ định giữ chức {office} {kw} {khoa}, "
                     f"nhiệm kỳ {term_label(c.term)}.", mentions)
    text = (f"Tại phiên họp thứ nhất, Ban Chấp hành {c.body} {kw} {khoa} đã bầu Ban Thường vụ gồm "
            f"{ctx.rng.randint(9, 17)} đồng chí; đồng chí {winner.person.name} được bầu giữ chức "
            f"{office} {kw} {khoa}")
    if deputies:
        deputy_office = ctx.fmt(deputies[0][1])
        names = " và ".join(holder.person.name for holder, _ in deputies)
        text += f"; các đồng chí {names} được bầu giữ chức {deputy_office}"
        for holder, _ in deputies:
            ctx.named[holder.person.name] = holder
            mentions.append(Mention("person", {"name": holder.person.name,
                                               "titles": [deputy_office], "role": "được bầu"}))
    return Block(text + ".", mentions)


def plan_dissemination(ctx: Ctx) -> Plan:
    """Hội nghị học tập, quán triệt a resolution: provincial, central or national."""
    rng, w, spec = ctx.rng, ctx.world, ctx.spec
    kind = rng.choices(("congress", "central", "pair", "national"), (4, 3, 1.5, 1.5))[0]
    if kind == "congress":
        term = ctx.pick((2010, 2015, 2020))
        ctx.when = w.congress_dates[term] + timedelta(rng.randint(20, 150))
    elif kind == "national":
        held, ordinal = ctx.pick(NATIONAL_CONGRESSES[:3])
        ctx.when = held + timedelta(rng.randint(30, 120))
    else:
        pool = [r for r in CENTRAL_RESOLUTIONS if r.issued + timedelta(15) <= LAST_DAY]
        if kind == "pair":
            pool = [r for r in pool if r.plenum and any(
                o is not r and (o.khoa, o.plenum) == (r.khoa, r.plenum) for o in pool)]
        res = ctx.pick(pool)
        ctx.when = min(res.issued + timedelta(rng.randint(15, 200)), LAST_DAY)
    ctx.roster_term = w.party_term(ctx.when)

    def subject(with_subject: bool | None = False) -> tuple[str, list[Mention]]:
        if kind == "congress":
            text, mention = cite_congress_resolution(ctx, term, "quán triệt")
        elif kind == "national":
            text, mention = cite_national_resolution(ctx, ordinal, "quán triệt")
        elif kind == "pair":
            partner = next(o for o in CENTRAL_RESOLUTIONS if o is not res
                           and (o.khoa, o.plenum) == (res.khoa, res.plenum))
            first, second = sorted((res, partner), key=lambda r: r.number)
            return cite_resolution_pair(ctx, first, second, "quán triệt")
        else:
            text, mention = cite_resolution(ctx, res, "quán triệt", with_subject)
        return text, [mention]

    title_text, title_mentions = subject()
    headline_text = ctx.fmt(ctx.pick((
        "Quán triệt, triển khai thực hiện {res}", "Hội nghị học tập, quán triệt {res}",
        "{P}: Quán triệt, triển khai {res}", "Học tập, quán triệt và triển khai thực hiện {res}")),
        res=title_text)
    headline = Block(headline_text, [Mention("meeting", {})] + title_mentions)
    organiser = ctx.fmt(ctx.pick(("{uy} {P}", "Ban Thường vụ {uy} {P}", "Ban Tuyên giáo {uy} {P}")))
    meeting = meeting_record(ctx, "hoi_nghi_quan_triet", organiser, headline_text,
                             term=term_label(w.party_term(ctx.when)),
                             term_stated="nhiệm kỳ" in headline_text)
    chair, named = ctx.holder("bi_thu" if ctx.chance(0.7) else "pbt_tt"), ctx.chance(0.6)
    chair_title = chair.post.titles[chair.post.main]
    chair_text, chair_mention = chair_phrase(ctx, chair, chair_title, named)
    body_text, body_mentions = subject(None)
    date_info = write_date(rng, ctx.when)
    form = ctx.pick(("trực tuyến", "trực tiếp kết hợp trực tuyến", "trực tiếp"))
    lead = Block(
        dated_sentence(date_info, f"{organiser} tổ chức hội nghị {form} học tập, quán triệt, "
                 f"triển khai thực hiện {body_text} cho cán bộ chủ chốt của {spec.unit}")
        + f" {cap(chair_text)} chủ trì hội nghị.",
        [Mention("date", date_info.truth), *body_mentions, chair_mention])
    return Plan(meeting, "hội nghị", headline, lead, dissemination_agenda(ctx, kind),
                chair if named else None, chair_title, chair_key=chair.post.key)


TALK_TOPICS = ("những nội dung cơ bản, cốt lõi", "chuyên đề về những điểm mới",
               "các nội dung trọng tâm")


def dissemination_agenda(ctx: Ctx, kind: str) -> list[Block]:
    rng = ctx.rng
    if kind == "congress" or ctx.chance(0.5):
        presenter = ctx.holder("tg")
    else:
        presenter = ctx.guest(ctx.pick(("c_ptg", "c_tg", "c_ptc")))
    text, mention = cite_subject(ctx, presenter, "báo cáo")
    talk = Block(
        f"Tại hội nghị, {text} {ctx.pick(('đã truyền đạt', 'đã trình bày', 'đã quán triệt'))} "
        f"{ctx.pick(TALK_TOPICS)} của Nghị quyết. Hội nghị được kết nối trực tuyến đến "
        f"{rng.randint(9, 180)} điểm cầu với hơn {thousands(rng.randint(800, 12000))} cán bộ, "
        f"đảng viên tham dự.", [mention])
    kinds = DOCUMENT_KINDS[:2]
    doc, doc_mention = cite_local_document(ctx, "triển khai", subject="thực hiện Nghị quyết",
                                           kinds=kinds)
    follow = Block(f"Bên cạnh đó, các đại biểu cũng được triển khai {doc}; kế hoạch, hướng dẫn "
                   f"việc tổ chức học tập, quán triệt và tuyên truyền Nghị quyết ở các cấp trong "
                   f"thời gian tới.", [doc_mention])
    return [talk, follow]


def plan_council(ctx: Ctx) -> Plan:
    """Kỳ họp thứ N HĐND tỉnh khóa X (the provincial people's council)."""
    rng, w, spec = ctx.rng, ctx.world, ctx.spec
    election = ctx.pick(COUNCIL_TERMS)
    first = date(election, 6, 20)
    ctx.when = random_day(rng, first, min(date(election + 5, 4, 30), LAST_DAY))
    ctx.roster_term = w.party_term(ctx.when)
    ordinal = 1 + months_between(first, ctx.when) // 2
    khoa = roman(w.council_khoa(election))
    written = write_ordinal(rng, ordinal, (5, 1, 4))
    council = words(ctx.fmt("{hdnd} {tinh}"), spec.bare if ctx.chance(0.4) else "")
    name = f"Kỳ họp thứ {written}{ctx.pick((', ', ' '))}{council} {ctx.vocab['khoa']} {khoa}"
    term_stated = ctx.chance(0.5)
    if term_stated:
        name += f", nhiệm kỳ {write_term(rng, election)}"
    if ordinal > 1 and ctx.chance(0.25):
        name += " (kỳ họp chuyên đề)"
    meeting = meeting_record(ctx, "ky_hop", f"HĐND {spec.unit} {spec.bare}", name, ordinal,
                             f"thứ {written}", khoa, True, f"{election}-{election + 5}",
                             term_stated)
    passed = rng.randint(8, 36)
    headline = headline_block(ctx, name, (f"{cap(name)}: Thông qua {passed} nghị quyết",
                                          "{hdnd} {tinh} {bare} thông qua {n} nghị quyết"),
                              n=passed)
    chair = ctx.holder("ct_hdnd")
    prefix = "honorific" if ctx.chance(0.4) else "đồng chí"
    chair_text, chair_mention = cite_subject(ctx, chair, "chủ trì", prefix=prefix)
    date_info = write_date(rng, ctx.when, multi_day=True)
    lead = Block(
        dated_sentence(date_info, ctx.fmt(ctx.pick(PLACES)) if ctx.chance(0.4) else "",
                 words(name, lead_verb(ctx, ("đã khai mạc", "đã bế mạc", "đã diễn ra"))))
        + f" {cap(chair_text)} chủ trì kỳ họp.",
        [Mention("meeting", {}), Mention("date", date_info.truth), chair_mention])
    reporter_text, reporter = cite_subject(ctx, ctx.holder(ctx.pick(("ct_ubnd", "pct_tt"))),
                                           "báo cáo", prefix=prefix)
    report = Block(f"Tại kỳ họp, {reporter_text} đã trình bày báo cáo tình hình thực hiện nhiệm vụ "
                   f"phát triển kinh tế - xã hội {period_phrase(ctx.when)}.", [reporter])
    resolutions = [cite_council_resolution(ctx, "thông qua") for _ in range(rng.randint(1, 3))]
    passed_block = agenda_block(
        ctx, f"Kỳ họp đã xem xét, thảo luận {passed + rng.randint(3, 15)} báo cáo, tờ trình và "
        f"biểu quyết thông qua {passed} nghị quyết, trong đó có",
        [(text, [mention]) for text, mention in resolutions])
    agenda = [report, passed_block]
    if ctx.chance(0.5):
        answer_text, answer = cite(ctx, ctx.holder(ctx.pick(("pct", "pct2", "khdt", "taichinh"))),
                                   "trả lời chất vấn", ctx.pick(("full", "title")), prefix)
        agenda.append(Block(f"Tại phiên chất vấn, {answer_text} đã trả lời, làm rõ nhiều vấn đề "
                            f"cử tri và đại biểu quan tâm.", [answer], optional=True))
    return Plan(meeting, "kỳ họp", headline, lead, agenda, chair, closer_role="bế mạc",
                chair_key="ct_hdnd")


def plan_ordinary(ctx: Ctx) -> Plan:
    """An ordinary hội nghị: a yearly review, a briefing, a review of a resolution."""
    rng, w, spec = ctx.rng, ctx.world, ctx.spec
    ctx.when = random_day(rng, FIRST_DAY, LAST_DAY)
    ctx.roster_term = w.party_term(ctx.when)
    reviewed = None
    if ctx.chance(0.35):
        reviewed = item_local_progress(ctx) or item_central_document(ctx)
    if reviewed and reviewed[1][0].data["action"] in ("sơ kết", "tổng kết"):
        text, mentions = reviewed
        name = "Hội nghị " + text.removeprefix("báo cáo ")
        organiser, chair_key = "Ban Thường vụ {uy}", ctx.pick(("bi_thu", "pbt_tt"))
    else:
        template, organiser, chair_key, months = ctx.pick(ORDINARY)
        year = rng.randint(2011, 2025)
        month = ctx.pick([m for m in months if date(year, m, 28) <= LAST_DAY] or [1])
        ctx.when = date(year, month, rng.randint(1, 28))
        ctx.roster_term = w.party_term(ctx.when)
        name = ctx.fmt(template, year=year, prev=year - 1, month=month)
        mentions = []
    organiser = ctx.fmt(organiser)
    meeting = meeting_record(ctx, "hoi_nghi", f"{organiser} {spec.name}", name,
                             term=term_label(w.party_term(ctx.when)))
    chair, named = ctx.holder(chair_key), ctx.chance(0.85)
    chair_title = chair.post.titles[chair.post.main]
    chair_text, chair_mention = chair_phrase(ctx, chair, chair_title, named)
    headline = headline_block(ctx, name, (), ("", "Tổ chức", f"{spec.name}:"))
    headline.text = headline.text.strip()
    if headline.mentions:       # the name, with what it reviews, is on line 1
        headline.mentions += mentions
    date_info = write_date(rng, ctx.when)
    lead = Block(dated_sentence(date_info, words(organiser, spec.name if ctx.chance(0.5) else "",
                                                  "tổ chức", name))
                 + f" {cap(chair_text)} chủ trì hội nghị.",
                 [Mention("meeting", {}), Mention("date", date_info.truth), *mentions,
                  chair_mention])
    items = policy_items(ctx, rng.randint(1, 2))
    agenda = [agenda_block(ctx, "Tại hội nghị, các đại biểu đã tập trung thảo luận, làm rõ", items,
                           ", đồng thời đề xuất nhiều giải pháp nâng cao hiệu quả thời gian tới")]
    return Plan(meeting, "hội nghị", headline, lead, agenda, chair if named else None,
                chair_title, chair_key=chair_key)


PLANNERS = (plan_bch, plan_btv, plan_congress, plan_dissemination, plan_council, plan_ordinary)
PLAN_WEIGHTS = (20, 18, 16, 14, 14, 18)


# ------------------------------------------------------------- composition

SPEECH_OPENERS = {
    "kết luận": ("Phát biểu kết luận {noun}", "Kết luận {noun}"),
    "phát biểu": ("Phát biểu chỉ đạo tại {noun}", "Phát biểu chỉ đạo {noun}",
                  "Phát biểu tại {noun}"),
    "bế mạc": ("Phát biểu bế mạc {noun}",),
}
FOLLOW_UPS = {   # how a speech looks forward to each kind of meeting
    "dai_hoi": ("chuẩn bị chu đáo các điều kiện tổ chức thành công", "tiến tới",
                "lập thành tích chào mừng"),
    "ky_hop": ("chuẩn bị tốt các nội dung trình", "chuẩn bị chu đáo các điều kiện tổ chức"),
    "hoi_nghi_bch": ("chuẩn bị tốt các nội dung trình", "khẩn trương hoàn thiện các đề án trình"),
}


def figure(ctx: Ctx, template: str) -> str:
    r = ctx.rng
    return ctx.fmt(template, pct=decimal(r.uniform(3, 11)), money=thousands(r.randint(1500, 60000)),
                   share=r.randint(70, 130), usd=thousands(r.randint(150, 9000)),
                   income=decimal(r.uniform(30, 120)), poor=decimal(r.uniform(0.8, 12), 2),
                   small=r.randint(3, 40), members=thousands(r.randint(600, 4000)),
                   cover=decimal(r.uniform(85, 99.5)), trained=r.randint(45, 85),
                   drop=decimal(r.uniform(0.8, 3.5), 2), year=ctx.when.year - 1)


def report_period(ctx: Ctx, plan: Plan) -> str:
    if plan.meeting["type"] == "dai_hoi":
        return f"nhiệm kỳ {term_label(ctx.roster_term)}"
    y, m = ctx.when.year, ctx.when.month
    return {1: f"năm {y - 1}", 2: f"năm {y - 1}", 3: f"quý I năm {y}", 4: f"quý I năm {y}",
            12: f"năm {y}"}.get(m) or (f"6 tháng đầu năm {y}" if m <= 8 else f"9 tháng đầu năm {y}")


def report_block(ctx: Ctx, plan: Plan) -> Block:
    """Figures for the period under review; always names its year."""
    pool = TERM_FIGURES if plan.meeting["type"] == "dai_hoi" else FIGURES
    figures = [figure(ctx, t) for t in ctx.rng.sample(pool, ctx.rng.randint(2, 4))]
    intro = ctx.pick(("Theo báo cáo, {period}", "Báo cáo tại {noun} cho biết, {period}",
                      "Đánh giá kết quả {period} cho thấy"))
    intro = intro.format(period=report_period(ctx, plan), noun=plan.noun)
    text = f"{intro}, {'; '.join(figures)}."
    if ctx.chance(0.5):
        text += f" Tuy nhiên, {'; '.join(ctx.fresh(SHORTCOMINGS, 2))}."
    return Block(text)


def topic_sentence(ctx: Ctx, topic: int, count: int) -> tuple[str, bool]:
    """'Về công tác xây dựng Đảng, ... đã CLAUSE; CLAUSE.' and whether it reports the past."""
    opener = ctx.fresh(OPENERS[topic])[0]
    clauses = ctx.fresh(CLAUSE_POOLS[topic], count)
    return f"{ctx.fmt(opener)} {'; '.join(clauses)}.", opener.endswith("đã")


def filler_block(ctx: Ctx) -> Block:
    """Shared prose about the economy, society, party building or defence."""
    rng = ctx.rng
    topic = rng.randrange(len(CLAUSE_POOLS))
    text, past = topic_sentence(ctx, topic, rng.randint(2, 4))
    roll = rng.random()
    if roll < 0.3 and past:
        text += f" Tuy nhiên, {ctx.fresh(SHORTCOMINGS)[0]}."
    elif roll < 0.55:
        text += " " + topic_sentence(ctx, (topic + rng.randint(1, 3)) % len(CLAUSE_POOLS), 2)[0]
    elif roll < 0.7 and "discussion" not in ctx.used:
        ctx.used.add("discussion")
        text = f"Qua thảo luận, đã có {rng.randint(12, 80)} lượt ý kiến phát biểu, góp ý. " + text
    return Block(text, optional=True)


def speech_block(ctx: Ctx, plan: Plan) -> Block:
    """The closing speech: who gave it and what they asked for."""
    rng, role = ctx.rng, plan.closer_role
    opener = ctx.pick(SPEECH_OPENERS[role]).format(noun=plan.noun)
    if plan.closer is None:
        speaker, mention = refer(ctx, None, ctx.fmt(plan.closer_title), role)
    elif plan.closer.person.name in ctx.named and ctx.chance(0.4):
        title = ctx.titles_for(plan.closer)[plan.closer.post.main]
        speaker, mention = refer(ctx, plan.closer, title, role)
    else:
        speaker, mention = cite_subject(ctx, plan.closer, role)
    clauses = ctx.fresh(ECONOMY + SOCIETY + PARTY_BUILDING + DEFENCE, rng.randint(3, 4))
    mentions = [mention]
    upcoming = upcoming_meeting(ctx) if ctx.chance(0.6) else None
    if upcoming:
        label, [announced] = upcoming
        clauses.append(f"{ctx.pick(FOLLOW_UPS[announced.data['type']])} {label}")
        mentions.append(announced)
    body = "; ".join(clauses)
    if ctx.chance(0.3):
        text = f"{opener}, {speaker} nhấn mạnh: “Cần {body}”."
    else:
        verb = ctx.pick(("đề nghị", "yêu cầu"))
        addressees = CONGRESS_ADDRESSEES if plan.meeting["type"] == "dai_hoi" else ADDRESSEES
        text = f"{opener}, {speaker} {verb} {ctx.fmt(ctx.pick(addressees))} {body}."
    return Block(text, mentions)


def directive_block(ctx: Ctx) -> Block:
    clauses = ctx.fresh(PARTY_BUILDING + ECONOMY, ctx.rng.randint(2, 3))
    verb = ctx.pick(("Đồng chí cũng đề nghị", "Đồng chí lưu ý", "Đồng chí yêu cầu"))
    return Block(f"{verb} {ctx.fmt(ctx.pick(ADDRESSEES))} {'; '.join(clauses)}.", optional=True)


def attendance_block(ctx: Ctx, plan: Plan) -> Block | None:
    exclude = {plan.chair_key, "" if plan.closer else "bi_thu"}
    candidates = [ctx.holder(p.key) for p in POSTS[:16] if p.key not in exclude]
    candidates = [h for h in candidates if h.person.name not in ctx.named]
    if len(candidates) < 2:
        return None
    holders = ctx.rng.sample(candidates, ctx.rng.randint(2, min(4, len(candidates))))
    holders += [ctx.local_official() for _ in range(ctx.rng.choice((0, 0, 1, 2)))]
    listed, mentions = people_list(ctx, holders, "dự")
    heads = ("Dự {noun} có các đồng chí:", "Tham dự {noun} có các đồng chí:",
             "Cùng dự có các đồng chí:")
    if plan.meeting["type"] == "dai_hoi":   # the lead already said "Dự Đại hội có ..."
        heads = heads[2:]
    head = ctx.pick(heads).format(noun=plan.noun)
    tail = ctx.fmt(ctx.pick((
        "các đồng chí Ủy viên Ban Thường vụ {uy}, Ủy viên Ban Chấp hành Đảng bộ {tinh}",
        "lãnh đạo các sở, ban, ngành, đoàn thể của {tinh}",
        "Bí thư các huyện ủy, thành ủy, đảng ủy trực thuộc {uy}")))
    return Block(f"{head} {listed}; {tail}.", mentions, optional=True)


def contributions_block(ctx: Ctx, plan: Plan) -> Block:
    """'... ý kiến tham luận của các đồng chí: NAME (TITLE); ...': one-off speakers."""
    holders = [ctx.local_official() for _ in range(ctx.rng.randint(2, 3))]
    listed, mentions = people_list(ctx, holders, "tham luận")
    return Block(f"Tại {plan.noun.lower()}, đã có {ctx.rng.randint(5, 20)} ý kiến tham luận, "
                 f"trong đó có ý kiến của các đồng chí: {listed}. Các ý kiến tập trung làm rõ kết "
                 f"quả đạt được, những hạn chế, nguyên nhân và đề xuất giải pháp trong thời gian "
                 f"tới.",
                 mentions, optional=True)


def caption_block(ctx: Ctx, plan: Plan) -> Block:
    if plan.closer and ctx.chance(0.5):
        form = ctx.pick(("full", "title", "title"))
        prefix = "" if form == "title" and ctx.chance(0.5) else "đồng chí"
        text, mention = cite(ctx, plan.closer, "phát biểu", form, prefix)
        where = ctx.pick(("tại", "chỉ đạo", "kết luận"))
        return Block(f"{cap(text)} phát biểu {where} {plan.noun}.", [mention])
    noun = plan.noun.lower() if ctx.chance(0.5) else cap(plan.noun)
    return Block(ctx.pick(CAPTIONS).format(noun=noun))


def byline_block(ctx: Ctx) -> tuple[Block | None, list[str]]:
    if ctx.chance(0.4):
        return None, []
    authors = ctx.rng.sample(PEN_NAMES, ctx.rng.choice((1, 2, 2)))
    return Block(" - ".join(authors)), authors


def blocks_size(blocks: list[Block]) -> int:
    return sum(len(b.text.encode("utf-8")) + 2 for b in blocks)


def compose(ctx: Ctx, plan: Plan) -> tuple[list[Block], list[Block], list[Block]]:
    """Header lines, body paragraphs and closing paragraphs, sized to 2-5 KB."""
    rng = ctx.rng
    header = [plan.headline]
    if ctx.chance(0.12):
        header.append(Block(ctx.fmt(ctx.pick(SLOGANS), year=ctx.when.year, next=ctx.when.year + 1)))
    if ctx.chance(0.55):
        header.append(caption_block(ctx, plan))
    body = [plan.lead]
    attendance = attendance_block(ctx, plan) if ctx.chance(0.55) else None
    body += ([attendance] if attendance else []) + plan.agenda + [report_block(ctx, plan)]
    if plan.meeting["type"] != "ky_hop" and ctx.chance(0.3):
        body.append(contributions_block(ctx, plan))
    closing = [speech_block(ctx, plan)]
    if plan.closer and ctx.chance(0.3):
        closing.append(directive_block(ctx))
    target = rng.randint(2400, 4700)
    while blocks_size(header + body + closing) < target:
        filler = filler_block(ctx)
        if blocks_size(header + body + closing + [filler]) > MAX_BYTES - 150:
            break
        body.append(filler)
    while blocks_size(header + body + closing) > MAX_BYTES - 150:
        optional = [b for b in body + closing if b.optional]
        if not optional:
            break
        for part in (body, closing):
            if optional[-1] in part:
                part.remove(optional[-1])
    if ctx.chance(0.25) and len(body) > 2:
        body.insert(rng.randint(2, len(body) - 1), Block(ctx.pick(CAPTIONS).format(noun=plan.noun)))
    if ctx.chance(0.45):
        closing[-1].text += "/."
    return header, body, closing


# --------------------------------------------------------- text and its truth


class Truth:
    """Collects what the mentions tell, keyed to the line of their first appearance."""

    def __init__(self) -> None:
        self.meeting_line: int | None = None
        self.date: dict | None = None
        self.people: dict[str, dict] = {}
        self.unnamed: list[dict] = []
        self.resolutions: dict[str, dict] = {}
        self.documents: dict[str, dict] = {}
        self.upcoming: list[dict] = []

    def add(self, mention: Mention, line: int) -> None:
        data = mention.data
        if mention.kind == "meeting":
            self.meeting_line = self.meeting_line or line
        elif mention.kind == "date" and self.date is None:
            self.date = {**data, "line": line if data["written"] else None}
        elif mention.kind == "person":
            person = self.people.setdefault(data["name"], {"name": data["name"], "titles": [],
                                                           "roles": [], "line": line})
            extend_unique(person["titles"], data["titles"])
            extend_unique(person["roles"], [data["role"]])
        elif mention.kind == "unnamed":
            seen = {(u["title"], u["role"]) for u in self.unnamed}
            if (data["title"], data["role"]) not in seen:
                self.unnamed.append({**data, "line": line})
        elif mention.kind in ("resolution", "document"):
            store = self.resolutions if mention.kind == "resolution" else self.documents
            key = data["key"] or f"{data['label']}@{line}"
            fields = {k: v for k, v in data.items() if k != "action"}
            record = store.setdefault(key, {**fields, "actions": [], "line": line})
            extend_unique(record["actions"], [data["action"]])
        elif mention.kind == "upcoming":
            self.upcoming.append({**data, "line": line})

    def record(self, file: str, plan: Plan, title: str, authors: list[str]) -> dict:
        return {"file": file, "title": title,
                "meeting": {**plan.meeting, "date": self.date, "line": self.meeting_line},
                "people": list(self.people.values()), "unnamed_roles": self.unnamed,
                "authors": authors, "resolutions": list(self.resolutions.values()),
                "documents": list(self.documents.values()), "upcoming_meetings": self.upcoming}


def extend_unique(target: list, values) -> None:
    for value in values:
        if value not in target:
            target.append(value)


def assemble(header: list[Block], body: list[Block], byline: Block | None,
             blank_lines: bool) -> tuple[str, Truth]:
    lines: list[str] = []
    truth = Truth()

    def put(block: Block) -> None:
        lines.append(block.text)
        for mention in block.mentions:
            truth.add(mention, len(lines))

    for block in header:
        put(block)
    lines.append("")
    for i, block in enumerate(body):
        if i and blank_lines:
            lines.append("")
        put(block)
    if byline:
        put(byline)
    return "\n".join(lines) + "\n", truth


OLD_MARKS = {"ủy": "uỷ", "Ủy": "Uỷ", "khóa": "khoá", "Khóa": "Khoá", "hóa": "hoá",
             "hòa": "hoà", "thủy": "thuỷ", "xóa": "xoá", "tùy": "tuỳ"}
OLD_MARKS_RE = re.compile(r"(?<!\w)(" + "|".join(OLD_MARKS) + r")(?!\w)")


def old_marks(value):
    """Old-style tone placement (Tỉnh uỷ, khoá) over a string or a JSON-like value."""
    if isinstance(value, str):
        return OLD_MARKS_RE.sub(lambda m: OLD_MARKS[m.group()], value)
    if isinstance(value, list):
        return [old_marks(v) for v in value]
    if isinstance(value, dict):
        return {k: v if k in ("file", "key") else old_marks(v) for k, v in value.items()}
    return value


def generate_article(seed: int, index: int, worlds: list[World],
                     central: dict[int, tuple[Person, ...]]) -> tuple[str, str, dict]:
    """Article number `index`: (path relative to OUTDIR, text, truth record)."""
    rng = random.Random(f"{seed}:article:{index}")
    world = worlds[rng.randrange(len(worlds))]
    ctx = Ctx(rng, world, central, vocabulary(rng, world.spec))
    plan = rng.choices(PLANNERS, PLAN_WEIGHTS)[0](ctx)
    header, body, closing = compose(ctx, plan)
    byline, authors = byline_block(ctx)
    text, truth = assemble(header, body + closing, byline, blank_lines=ctx.chance(0.7))
    path = f"{world.spec.slug}/{index:06d}.txt"
    record = truth.record(path, plan, header[0].text, authors)
    if ctx.chance(0.3):
        text, record = old_marks(text), old_marks(record)
    return path, unicodedata.normalize("NFC", text), record


# ----------------------------------------------------------------------- CLI


def fail(message: str) -> None:
    print(f"generate.py: error: {message}", file=sys.stderr)
    raise SystemExit(2)


def count_arg(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more: {value}")
    return value


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="generate.py",
        description="Write N synthetic Vietnamese party-news articles into OUTDIR/<province>/.")
    parser.add_argument("count", metavar="N", type=count_arg, help="number of articles")
    parser.add_argument("outdir", metavar="OUTDIR", type=Path, help="folder to create")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--truth", type=Path, metavar="FILE.jsonl",
                        help="also write what each article contains, one JSON object a line")
    parser.add_argument("--force", action="store_true",
                        help="write into OUTDIR even if it is not empty (files are overwritten)")
    return parser.parse_args(argv)


def check_outdir(outdir: Path, force: bool) -> None:
    if outdir.exists() and not outdir.is_dir():
        fail(f"{outdir} exists and is not a folder")
    if outdir.is_dir() and not force and any(outdir.iterdir()):
        fail(f"{outdir} exists and is not empty (use --force to write into it)")


def write_corpus(args: argparse.Namespace) -> tuple[int, int]:
    worlds = [build_world(args.seed, spec) for spec in PROVINCES]
    central = build_central_roster(args.seed)
    args.outdir.mkdir(parents=True, exist_ok=True)
    truth = args.truth.open("w", encoding="utf-8", newline="\n") if args.truth else None
    made: set[Path] = set()
    total = 0
    try:
        for index in range(1, args.count + 1):
            relative, text, record = generate_article(args.seed, index, worlds, central)
            path = args.outdir / relative
            if path.parent not in made:
                path.parent.mkdir(exist_ok=True)
                made.add(path.parent)
            data = text.encode("utf-8")
            path.write_bytes(data)
            total += len(data)
            if truth:
                truth.write(json.dumps(record, ensure_ascii=False) + "\n")
    finally:
        if truth:
            truth.close()
    return args.count, total


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    check_outdir(args.outdir, args.force)
    started = time.perf_counter()
    try:
        count, total = write_corpus(args)
    except OSError as error:
        fail(f"{error.filename or args.outdir}: {error.strerror or error}")
    elapsed = time.perf_counter() - started
    print(f"wrote {count} articles ({total / 1e6:.1f} MB) to {args.outdir} in {elapsed:.1f} s",
          file=sys.stderr)
    return 0


assert len(PROVINCES) == 63, len(PROVINCES)

if __name__ == "__main__":
    sys.exit(main())
