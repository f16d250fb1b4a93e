#!/usr/bin/env python3
"""Generates core's built-in region resource, regions.tsv, from its sources.

Usage (see SOURCES.md next to this script for where each input comes from):

    python3 core/src/build/regions/generate.py \
        --divisions  areacodes/data/2024.txt \
        --history    areacodes/result.csv \
        --iso-codes  i18n-iso-countries/codes.json \
        --iso-en     i18n-iso-countries/langs/en.json \
        --iso-zh     i18n-iso-countries/langs/zh.json \
        --out        core/src/main/resources/io/github/zhibiao/model/regions.tsv

The output is UTF-8 text with three sections, each introduced by a line starting with '@':

    @nation  CN <tab> 中华人民共和国 <tab> 中国
    @country alpha-2 <tab> alpha-3 <tab> numeric <tab> English short name <tab> Chinese name
             (for HK, MO and TW: alpha-2 <tab> alpha-3 <tab> numeric <tab> English <tab> GB/T 2260 code)
    @division code <tab> full name <tab> short name (empty when equal to the full name)
    @change  old code <tab> old name <tab> year <tab> successor codes separated by ','

Divisions appear in code order; level and parent follow from the code (see Regions' javadoc).
The script is deterministic: the same inputs give the same bytes.
"""

import argparse
import csv
import json
import sys

# The 56 ethnic groups' names as they appear in the names of autonomous divisions, plus 各 (各族).
ETHNIC = [
    "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家",
    "哈尼", "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇",
    "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米",
    "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙",
    "鄂伦春", "赫哲", "门巴", "珞巴", "基诺", "各",
]
ETHNIC.sort(key=len, reverse=True)

# Suffixes stripped for the short name, longest first; one suffix at most.
PROVINCE_SUFFIXES = ["特别行政区", "自治区", "省", "市"]
PREFECTURE_SUFFIXES = ["自治州", "地区", "盟", "市"]
COUNTY_SUFFIXES = ["自治县", "自治旗", "新区", "林区", "特区", "区", "县", "市", "旗"]

# Short names that local reports use and the rule cannot derive (kept from the earlier hand-made
# table of Chifeng's banners). Everything else follows the rule.
OVERRIDES = {
    "150421": "阿旗",  # 阿鲁科尔沁旗
    "150425": "克旗",  # 克什克腾旗
    "150426": "翁旗",  # 翁牛特旗
    "150428": "喀旗",  # 喀喇沁旗
}


def strip_ethnic(stem):
    """Strips trailing ethnic names (with or without 族) from the stem of an autonomous name."""
    changed = True
    while changed:
        changed = False
        for e in ETHNIC:
            if stem.endswith(e + "族"):
                stem = stem[: -len(e) - 1]
                changed = True
                break
            # without 族 only for names of two characters or more (蒙古, 哈萨克, 锡伯): a single
            # character such as 水 or 白 could be part of the place name
            if len(e) >= 2 and stem.endswith(e):
                stem = stem[: -len(e)]
                changed = True
                break
    return stem


def level_of(code):
    if code.endswith("0000"):
        return "PROVINCE"
    if code.endswith("00"):
        return "PREFECTURE"
    return "COUNTY"


def derived_short(code, name):
    level = level_of(code)
    suffixes = {"PROVINCE": PROVINCE_SUFFIXES, "PREFECTURE": PREFECTURE_SUFFIXES}.get(level, COUNTY_SUFFIXES)
    if level == "COUNTY" and name[-2:] in ("左旗", "右旗", "前旗", "后旗", "中旗"):
        return name  # 巴林左旗, 科尔沁右翼前旗: without 旗 the name says nothing
    for suffix in suffixes:
        if name.endswith(suffix) and len(name) > len(suffix):
            stem = name[: -len(suffix)]
            if suffix.startswith("自治") or stem.endswith("族"):  # also 管城回族区
                stripped = strip_ethnic(stem)
                # 内蒙古自治区, 鄂伦春自治旗, 鄂温克族自治旗: the ethnic name is the place name
                stem = stripped if len(stripped) >= 2 else stem.removesuffix("族")
            if len(stem) < 2:
                return name  # 和县, 城区, 郊区: one character is no name
            return stem
    return name


def read_divisions(path):
    out = []
    with open(path, encoding="utf-8-sig") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            code, name = line.split(" ", 1)
            if len(code) != 6 or not code.isdigit():
                sys.exit("bad division line: " + line)
            out.append((code, name.strip()))
    out.sort()
    return out


def short_names(divisions):
    """The rule of SOURCES.md: strip one suffix, then give way to higher levels."""
    shorts = {code: OVERRIDES.get(code) or derived_short(code, name) for code, name in divisions}
    # a short name that is already the short or full name of a division at a higher level stays the
    # full name: 吉林 is the province, not 吉林市; 朝阳 is 朝阳市 (辽宁), not 朝阳区 (北京, 长春)
    rank = {"PROVINCE": 0, "PREFECTURE": 1, "COUNTY": 2}
    taken = {}
    for code, name in divisions:
        lv = rank[level_of(code)]
        for n in (name, shorts[code]):
            taken[n] = min(taken.get(n, 9), lv)
    for code, name in divisions:
        s = shorts[code]
        if s != name and taken.get(s, 9) < rank[level_of(code)]:
            shorts[code] = name
    return shorts


def changes(history_path, current):
    """Codes retired or renamed from the 2010 list on, with their successors in force."""
    rows = []
    with open(history_path, encoding="utf-8-sig") as f:
        for r in csv.DictReader(f):
            rows.append(r)
    by_code = {}
    for r in rows:
        by_code.setdefault(r["代码"], []).append(r)

    def row_at(code, year):
        for r in by_code.get(code, []):
            start = int(r["启用时间"])
            end = int(r["变更/弃用时间"]) if r["变更/弃用时间"] else 9999
            if start <= year < end:
                return r
        return None

    def successors_of(r):
        """The codes that took over a row's area at its end year: those without a [year] mark."""
        out = []
        for part in filter(None, r["新代码"].split(";")):
            if "[" in part:
                continue
            out.append(part)
        if not out and r["级别"] == "地级":
            # a prefecture abolished with its counties moved: the parents of where they went
            end = int(r["变更/弃用时间"])
            for child in rows:
                if (child["代码"][:4] == r["代码"][:4] and child["级别"] == "县级"
                        and child["变更/弃用时间"] == r["变更/弃用时间"]):
                    for s in successors_of(child):
                        p = s[:4] + "00"
                        if p not in out and p != r["代码"]:
                            out.append(p)
        return out

    def resolve(code, year, depth=0):
        """Codes in force today for what `code` became in `year`."""
        if depth > 20:
            sys.exit("successor chain too long at " + code)
        r = row_at(code, year)
        if r is None or r["状态"] == "在用":
            if code in current:
                return [code]
            # a prefecture-level code that never had a list entry of its own (municipal districts)
            return [code[:2] + "0000"] if code[:2] + "0000" in current else []
        end = int(r["变更/弃用时间"])
        if r["状态"] == "变更" and code in current and row_at(code, end) is not None:
            return [code] if row_at(code, end)["状态"] == "在用" else resolve(code, end, depth + 1)
        out = []
        for s in successors_of(r):
            for c in resolve(s, end, depth + 1):
                if c not in out:
                    out.append(c)
        return out

    result = []
    for r in rows:
        if r["状态"] not in ("弃用", "变更") or not r["变更/弃用时间"]:
            continue
        end = int(r["变更/弃用时间"])
        if end < 2010:
            continue
        code, name = r["代码"], r["名称"]
        if r["状态"] == "变更":
            now = row_at(code, end)
            if now is not None and now["名称"] == name:
                continue  # only the parent's name changed (樊城区 under 襄樊市, then 襄阳市)
            succ = resolve(code, end)
        else:
            succ = []
            for s in successors_of(r):
                for c in resolve(s, end):
                    if c not in succ:
                        succ.append(c)
        succ = [c for c in succ if c in current]
        if not succ:
            print("no successor in force for", code, name, end, file=sys.stderr)
            continue
        result.append((code, name, end, succ))
    # the latest change of a code wins when a code was retired more than once
    latest = {}
    for c in result:
        key = (c[0], c[1])
        if key not in latest or latest[key][2] < c[2]:
            latest[key] = c
    return sorted(latest.values(), key=lambda c: (c[0], c[2]))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--divisions", required=True)
    ap.add_argument("--history", required=True)
    ap.add_argument("--iso-codes", required=True)
    ap.add_argument("--iso-en", required=True)
    ap.add_argument("--iso-zh", required=True)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()

    divisions = read_divisions(a.divisions)
    current = {code for code, _ in divisions}
    shorts = short_names(divisions)

    codes = json.load(open(a.iso_codes, encoding="utf-8"))
    en = json.load(open(a.iso_en, encoding="utf-8"))["countries"]
    zh = json.load(open(a.iso_zh, encoding="utf-8"))["countries"]
    inside = {"HK": "810000", "MO": "820000", "TW": "710000"}

    lines = ["# zhibiao built-in regions, generated by core/src/build/regions/generate.py; see SOURCES.md",
             "@nation", "CN\t中华人民共和国\t中国", "@country"]
    for alpha2, alpha3, numeric, _ in sorted(codes):
        english = en[alpha2][0] if isinstance(en[alpha2], list) else en[alpha2]
        if alpha2 == "CN":
            lines.append("\t".join([alpha2, alpha3, numeric, english, "CN"]))
            continue
        if alpha2 in inside:
            lines.append("\t".join([alpha2, alpha3, numeric, english, inside[alpha2]]))
            continue
        chinese = zh[alpha2][0] if isinstance(zh[alpha2], list) else zh[alpha2]
        lines.append("\t".join([alpha2, alpha3, numeric, english, chinese]))
    lines.append("@division")
    for code, name in divisions:
        s = shorts[code]
        lines.append(code + "\t" + name + "\t" + ("" if s == name else s))
    lines.append("@change")
    for code, name, year, succ in changes(a.history, current):
        lines.append("\t".join([code, name, str(year), ",".join(succ)]))
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
