"""Synthetic world-news articles for the scale bench: sentences written for the bench, never corpus text.

Each article is a JSON Lines record (id, title, date, text) of 4 to 8
sentences. About two in three sentences state a relation between two actors
through a template of its own per predicate, the predicates drawn with the
shares they have in a build of world-2017 (official_of aside, which the titles
in front of people give); the others are filler. Actors are:

- countries and a few organisations, by their Vietnamese names in
  extract/data/actors/ (so the dictionary knows them), drawn Zipf-like with the
  great powers first;
- people the dictionary lacks, with invented names (two made-up words built
  from syllables), each with a country and an office ("Ngoại trưởng Nga
  Kalomi Renvel"), named in full and then, now and then, by surname
  ("ông Renvel"); new people keep appearing as the corpus grows (about 30
  times the square root of the number of articles), and a few are named far
  more than the rest.

Dates are spread evenly over 2010-2025. The same seed gives the same articles.

    >>> a = next(articles(1))
    >>> sorted(a), a["id"]
    (['date', 'id', 'text', 'title'], 'syn-0000000')
"""
from __future__ import annotations

import math
import random
from collections.abc import Iterator
from datetime import date, timedelta

# Vietnamese names of countries and organisations the actor dictionary knows, the most named first.
ACTORS = (
    "Mỹ", "Trung Quốc", "Nga", "Nhật Bản", "Hàn Quốc", "Triều Tiên", "Ukraine", "Anh", "Pháp", "Đức",
    "Ấn Độ", "Iran", "Israel", "Thổ Nhĩ Kỳ", "Syria", "Australia", "Philippines", "Việt Nam", "Canada",
    "Ả Rập Xê-út", "Pakistan", "Afghanistan", "Iraq", "Italy", "Tây Ban Nha", "Ba Lan", "Indonesia",
    "Malaysia", "Thái Lan", "Singapore", "Campuchia", "Lào", "Myanmar", "Ai Cập", "Qatar", "Mexico",
    "Brazil", "Argentina", "Venezuela", "Cuba", "Nam Phi", "Nigeria", "Ethiopia", "Kenya", "Hy Lạp",
    "Thụy Điển", "Na Uy", "Phần Lan", "Hà Lan", "Bỉ", "Áo", "Thụy Sĩ", "Belarus", "Gruzia", "Armenia",
    "Azerbaijan", "Kazakhstan", "Mông Cổ", "New Zealand", "Chile", "Colombia", "Peru", "Libya", "Yemen",
    "Jordan", "Liban", "Kuwait", "Oman", "Bangladesh", "Sri Lanka", "Nepal", "Hungary", "Romania",
    "Serbia", "Croatia", "Séc", "Slovakia", "Bồ Đào Nha", "Ireland", "Đan Mạch",
    "NATO", "Liên Hợp Quốc", "EU", "ASEAN",
)
COUNTRIES = ACTORS[:-4]
OFFICES = {"Ngoại trưởng": "Foreign Minister", "Tổng thống": "President", "Thủ tướng": "Prime Minister",
           "Bộ trưởng Quốc phòng": "Defense Minister", "Đại sứ": "Ambassador", "Phó Thủ tướng": "Deputy Prime Minister"}
SYLLABLES = ("ka", "lo", "mi", "ren", "sa", "tor", "vel", "du", "ban", "zer", "fi", "gon", "hal", "ix", "jor",
             "kel", "lum", "nor", "pas", "quin", "ros", "sul", "tam", "ulf", "var", "wen", "yar", "zo", "bri", "cas")

# predicate: (share among relations, in world-2017 without official_of, templates: {a} subject, {b} object)
TEMPLATES = {
    "met": (0.147, ["{a} đã gặp {b} bên lề hội nghị thượng đỉnh.", "{a} gặp {b} để bàn về an ninh khu vực."]),
    "urges": (0.108, ["{a} kêu gọi {b} kiềm chế và đối thoại.", "{a} hối thúc {b} sớm nối lại đàm phán."]),
    "held_talks_with": (0.103, ["{a} hội đàm với {b} về hợp tác kinh tế.", "{a} đàm phán với {b} về thương mại."]),
    "accuses": (0.079, ["{a} cáo buộc {b} vi phạm thỏa thuận đã ký.", "{a} tố cáo {b} can thiệp vào công việc nội bộ."]),
    "supports": (0.073, ["{a} ủng hộ {b} trong tranh chấp này.", "{a} tái khẳng định ủng hộ {b}."]),
    "agrees_with": (0.058, ["{a} nhất trí với {b} về lộ trình mới.", "{a} đồng ý với {b} về việc gia hạn hiệp định."]),
    "criticizes": (0.057, ["{a} chỉ trích {b} vì các động thái gần đây.", "{a} lên án {b} về vụ việc."]),
    "visited": (0.056, ["{a} thăm {b} trong chuyến công du châu Á.", "{a} đến thăm {b} lần đầu tiên."]),
    "opposes": (0.050, ["{a} phản đối {b} về kế hoạch xây dựng căn cứ.", "{a} phản đối mạnh mẽ {b}."]),
    "sanctions": (0.043, ["{a} áp đặt lệnh trừng phạt đối với {b}.", "{a} trừng phạt {b} vì chương trình tên lửa."]),
    "warns": (0.039, ["{a} cảnh báo {b} về hậu quả nghiêm trọng.", "{a} cảnh cáo {b} không được leo thang."]),
    "phoned": (0.038, ["{a} điện đàm với {b} về tình hình khu vực.", "{a} điện đàm với {b} tối qua."]),
    "praises": (0.032, ["{a} hoan nghênh {b} vì nỗ lực hòa bình.", "{a} đánh giá cao {b} về hợp tác."]),
    "attacks": (0.031, ["{a} tấn công {b} ở khu vực biên giới.", "{a} không kích {b} trong đêm."]),
    "proposes": (0.015, ["{a} đề xuất với {b} một vòng đàm phán mới."]),
    "signed_agreement_with": (0.014, ["{a} ký thỏa thuận hợp tác quốc phòng với {b}."]),
    "threatens": (0.013, ["{a} đe dọa {b} bằng các biện pháp cứng rắn."]),
    "rejects": (0.009, ["{a} bác bỏ đề xuất của {b}."]),
    "provides_aid_to": (0.006, ["{a} viện trợ quân sự cho {b}."]),
}
FILLER = (
    "Giới phân tích cho rằng tình hình còn nhiều biến động.",
    "Cuộc họp kéo dài hơn hai giờ đồng hồ.",
    "Thông tin được đưa ra trong một cuộc họp báo chiều cùng ngày.",
    "Các nhà quan sát đánh giá đây là bước đi đáng chú ý.",
    "Chưa có bình luận chính thức nào được đưa ra.",
    "Hãng tin quốc tế dẫn nguồn tin giấu tên cho biết thêm chi tiết.",
    "Các bên dự kiến sẽ tiếp tục thảo luận trong thời gian tới.",
)
START, DAYS = date(2010, 1, 1), (date(2025, 12, 31) - date(2010, 1, 1)).days


class _People:
    """Invented people, each with a country and an office; the pool grows with the corpus."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.names: list[dict] = []  # {"person": full name, "surname", "office", "country"}
        self.used: set[str] = set()

    def _word(self) -> str:
        return "".join(self.rng.choice(SYLLABLES) for _ in range(self.rng.choice((2, 2, 3, 4)))).capitalize()

    def grow_to(self, size: int) -> None:
        while len(self.names) < size:
            given, family = self._word(), self._word()
            if family in self.used or given == family:
                continue
            self.used.add(family)
            office = self.rng.choice(list(OFFICES))
            self.names.append({"person": f"{given} {family}", "surname": family, "office": office,
                               "role": OFFICES[office], "country": _zipf(self.rng, COUNTRIES)})

    def pick(self) -> dict:
        """A person: one in five of the first hundred (the famous), else any."""
        if self.rng.random() < 0.2:
            return self.names[self.rng.randrange(min(100, len(self.names)))]
        return self.rng.choice(self.names)


_WEIGHTS: dict[int, list[float]] = {}


def _zipf(rng: random.Random, items: tuple[str, ...]) -> str:
    """One of `items`, the k-th drawn in proportion to 1/k."""
    weights = _WEIGHTS.setdefault(len(items), [1 / (k + 1) for k in range(len(items))])
    return rng.choices(items, weights)[0]


def mention(actor: dict, first: bool) -> str:
    """How a sentence names an actor: a country or organisation by name; a person with office and
    country the first time in an article, "ông" and the surname after.

    >>> mention({"person": "Kalo Renvel", "surname": "Renvel", "office": "Ngoại trưởng", "country": "Nga"}, True)
    'Ngoại trưởng Nga Kalo Renvel'
    """
    if "person" not in actor:
        return actor["name"]
    return f"{actor['office']} {actor['country']} {actor['person']}" if first else f"ông {actor['surname']}"


def facts(n: int, seed: int = 2026) -> Iterator[tuple[str, str, list[dict]]]:
    """(article id, date, sentences) of `n` synthetic articles, in order. A sentence is
    {"text"} (filler) or {"text", "subject", "predicate", "object", "first": [subject named in
    full, object named in full]}, an actor {"name"} or a person as `_People` makes them."""
    rng = random.Random(seed)
    people = _People(rng)
    predicates = list(TEMPLATES)
    shares = [TEMPLATES[p][0] for p in predicates]
    for a in range(n):
        people.grow_to(200 + int(30 * math.sqrt(a + 1)))
        seen: set[str] = set()

        def actor() -> dict:
            return people.pick() if rng.random() < 0.35 else {"name": _zipf(rng, ACTORS)}

        sentences: list[dict] = []
        for _ in range(rng.randint(4, 8)):
            if rng.random() < 0.35:
                sentences.append({"text": rng.choice(FILLER)})
                continue
            predicate = rng.choices(predicates, shares)[0]
            subject, obj = actor(), actor()
            while obj == subject:
                obj = {"name": _zipf(rng, ACTORS[:20])}
            first = []
            for who in (subject, obj):
                key = who.get("person", who.get("name", ""))
                first.append(key not in seen)
                seen.add(key)
            text = rng.choice(TEMPLATES[predicate][1]).format(a=mention(subject, first[0]), b=mention(obj, first[1]))
            sentences.append({"text": text, "subject": subject, "predicate": predicate, "object": obj, "first": first})
        day = START + timedelta(days=rng.randrange(DAYS))
        yield f"syn-{a:07d}", day.isoformat(), sentences


def articles(n: int, seed: int = 2026) -> Iterator[dict]:
    """`n` synthetic articles as JSON Lines records (id, title, date, text), in order."""
    for article_id, day, sentences in facts(n, seed):
        texts = [s["text"] for s in sentences]
        yield {"id": article_id, "title": texts[0].rstrip("."), "date": day, "text": " ".join(texts[1:])}
