#!/usr/bin/env python3
"""Extracts the test DATA (inputs and expected values) of three public projects into
core/src/test/resources/peers/<suite>/cases.tsv. No code of theirs is copied: only facts
("一百零二" is 102). Run from the repository root with the snapshots brought by the fetch tool:

    python3 core/src/test/peers/extract_peers.py /work/.mirror

Columns of cases.tsv (tab-separated, one case a line, '#' lines are comments):
    input      the text, with \\t and \\n escaped
    expected   a decimal, "refuse" (the peer says: not a number), or "-" (no single value)
    unit       our catalog symbol for the expected value ("" for a pure number), or
               "?<peer unit>" when our catalog has no such unit
    kind       "figure" (the whole input is the one number), "sentence" (text around it or
               several numbers), "refuse", "no-value", "cheque"
    origin     the peer's file and group, for the reader
"""
import ast
import json
import re
import subprocess
import sys
import unicodedata
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

MIRROR = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/.mirror")
OUT = Path("core/src/test/resources/peers")


def git_show(repo, path):
    git_dir = MIRROR / repo / "repo"
    return subprocess.run(["git", "--git-dir", str(git_dir), "show", "HEAD:" + path],
                          check=True, capture_output=True).stdout.decode("utf-8-sig")


def head(repo):
    git_dir = MIRROR / repo / "repo"
    return subprocess.run(["git", "--git-dir", str(git_dir), "rev-parse", "HEAD"],
                          check=True, capture_output=True, text=True).stdout.strip()


def nfkc(s):
    return unicodedata.normalize("NFKC", s)


def esc(s):
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def plain(d):
    d = Decimal(d)
    s = format(d, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s if s not in ("-0", "") else "0"


def write(suite, rows, sources):
    folder = OUT / suite
    folder.mkdir(parents=True, exist_ok=True)
    seen = set()
    lines = ["# input\texpected\tunit\tkind\torigin"]
    for r in rows:
        key = r[0]
        if key in seen:
            continue  # the first statement of an input wins; duplicates across groups agree or are mode-specific
        seen.add(key)
        lines.append("\t".join([esc(r[0]), r[1], r[2], r[3], r[4]]))
    (folder / "cases.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "SOURCES").write_text(sources, encoding="utf-8")
    print(suite, len(lines) - 1)


# --- Microsoft Recognizers-Text ------------------------------------------------------------
RT = "microsoft+Recognizers-Text"
RT_FILES = [
    "Specs/Number/Chinese/NumberModel.json",
    "Specs/Number/Chinese/PercentModel.json",
    "Specs/NumberWithUnit/Chinese/DimensionModel.json",
    "Specs/NumberWithUnit/Chinese/CurrencyModel.json",
    "Specs/NumberWithUnit/Chinese/AgeModel.json",
    "Specs/NumberWithUnit/Chinese/TemperatureModel.json",
]
# Recognizers' unit names and our catalog symbols. A name missing here is not in our catalog.
RT_UNITS = {
    ("DimensionModel", "Mu"): "亩", ("DimensionModel", "Kilogram"): "公斤",
    ("DimensionModel", "Ton"): "吨", ("DimensionModel", "Meter"): "米",
    ("DimensionModel", "Jin"): "斤", ("DimensionModel", "Gram"): "克",
    ("DimensionModel", "Kilometer"): "公里", ("DimensionModel", "Kilowatt"): "千瓦",
    ("DimensionModel", "Liang"): "两",
    ("CurrencyModel", "Chinese yuan"): "元",
    ("AgeModel", "Month"): "月", ("AgeModel", "Day"): "天",
}


def rt_value(model, resolution):
    v = resolution.get("value")
    if v is None:
        return None, ""
    if model == "PercentModel":
        return v.rstrip("%"), "%"
    if model == "NumberModel":
        return v, ""
    unit = RT_UNITS.get((model, resolution.get("unit")))
    return v, unit if unit is not None else "?" + resolution.get("unit", "")


def recognizers():
    rows = []
    for path in RT_FILES:
        model = path.rsplit("/", 1)[1][:-5]
        for case in json.loads(git_show(RT, path)):
            text = case["Input"]
            results = case.get("Results", [])
            origin = model
            if case.get("IgnoreResolution"):
                rows.append((text, "-", "", "no-value", origin))
                continue
            if not results:
                # a spec lists what its model extracts: no result in the number model means no number;
                # in the percent or unit models it means no percentage, no length, no amount of money …
                kind = "refuse" if model == "NumberModel" else "refuse:" + model
                rows.append((text, "refuse", "", kind, origin))
                continue
            first = results[0]
            value, unit = rt_value(model, first["Resolution"])
            if model == "PercentModel" and re.search("百分[点點]", first["Text"]):
                unit = "百分点"  # Recognizers resolves 个百分点 as %; we keep percentage points apart
            if value is None or not re.fullmatch(r"-?\d+(\.\d+)?(E[+-]?\d+)?", value):
                rows.append((text, "-", "", "no-value", origin))
                continue
            # the spec's Text is written half-width (９成 gives 9成): compare the NFKC forms
            whole = len(results) == 1 and nfkc(first["Text"]) == nfkc(text.strip())
            if whole:
                rows.append((text, plain(value), unit, "figure", origin))
            else:
                # every number the peer finds in the sentence; a parse of the whole may give one of them
                values = []
                for r in results:
                    v, _ = rt_value(model, r["Resolution"])
                    if v is not None and re.fullmatch(r"-?\d+(\.\d+)?(E[+-]?\d+)?", v):
                        values.append(plain(v))
                rows.append((text, "|".join(values) or "-", unit if values else "", "sentence", origin))
    commit = head(RT)
    write("recognizers-text", rows,
          "repository: https://github.com/microsoft/Recognizers-Text\n"
          "commit: " + commit + "\n"
          "paths:\n" + "".join("  " + p + "\n" for p in RT_FILES) +
          "licence: MIT\n"
          "what: the Input and the first Result's resolution of each spec case; kind 'figure' when the one\n"
          "  result spans the whole input, 'sentence' otherwise (expected then lists every number found,\n"
          "  separated by '|'). Units mapped to our catalog as listed in extract_peers.py (RT_UNITS).\n")


# --- cn2an -----------------------------------------------------------------------------------
CN = "Ailln+cn2an"


def py_assignments(source):
    found = {}
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Attribute):
            try:
                found[node.targets[0].attr] = (ast.literal_eval(node.value), node.value)
            except ValueError:
                pass
    return found


def literal_number(node):
    """The number as written in the Python source (so 0.000500050005005 stays exact)."""
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return "-" + literal_number(node.operand)
    return ast.get_source_segment(CN_SOURCE, node).replace("_", "")


CN_SOURCE = ""


def cheque(text):
    return re.search("[整圆角]|元.", text) is not None


def cn2an():
    global CN_SOURCE
    rows = []
    src = git_show(CN, "cn2an/cn2an_test.py")
    a = py_assignments(src)
    valid = {}
    for group in ("strict_data_dict", "normal_data_dict", "smart_data_dict"):
        for k, v in a[group][0].items():
            valid[k] = v
            unit = "元" if re.search("[元圆]", k) else ""
            kind = "cheque" if cheque(k) else "figure"
            rows.append((k, plain(str(v)), unit, kind, "cn2an_test.py " + group))
    for k, v in a["direct_data_dict"][0].items():
        rows.append((k, plain(v), "", "figure", "cn2an_test.py direct_data_dict"))
    refusals = [("error_smart_datas", a["error_smart_datas"][0]), ("error_normal_datas", a["error_normal_datas"][0]),
                ("error_strict_datas", a["error_strict_datas"][0])]
    for group, items in refusals:
        for k in items:
            if k in valid:
                continue  # refused only in a stricter mode than one that reads it
            rows.append((k, "refuse", "", "refuse", "cn2an_test.py " + group))
    CN_SOURCE = git_show(CN, "cn2an/an2cn_test.py")
    tree = ast.parse(CN_SOURCE)
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Attribute):
            name = node.targets[0].attr
            if name == "input_data":
                for key, val in zip(node.value.keys, node.value.values):
                    number = literal_number(key)
                    forms = ast.literal_eval(val)
                    for i, form in enumerate(forms):
                        if i == 2:
                            # the money form: 元整 and 角/分; its value is the amount rounded to 分
                            amount = Decimal(number).quantize(Decimal("0.01"), ROUND_HALF_UP)
                            rows.append((form, plain(amount), "元", "cheque", "an2cn_test.py input_data[2]"))
                        else:
                            rows.append((form, plain(number), "", "figure", "an2cn_test.py input_data[%d]" % i))
            elif name == "scientific_input_data":
                for key, val in zip(node.value.keys, node.value.values):
                    rows.append((ast.literal_eval(val), plain(repr(ast.literal_eval(key))), "", "figure",
                                 "an2cn_test.py scientific_input_data"))
            elif name == "error_input_data":
                for v in ast.literal_eval(node.value) if False else []:
                    pass
    tsrc = git_show(CN, "cn2an/transform_test.py")
    t = py_assignments(tsrc)
    for group in ("strict_data_dict", "smart_data_dict", "direct_cn2an_data_dict"):
        for k, v in t[group][0].items():
            # sentences: the Chinese side of each pair is text around numbers
            chinese, arabic = (v, k) if group == "strict_data_dict" else (k, v)
            # when the Arabic side is one number and text after it (2个, 0.5斤), that number is the value
            m = re.fullmatch(r"(-?\d+(?:\.\d+)?)(\D*)", arabic)
            rows.append((chinese, plain(m.group(1)) if m else "-", "", "sentence", "transform_test.py " + group))
    write("cn2an", rows,
          "repository: https://github.com/Ailln/cn2an\n"
          "commit: " + head(CN) + "\n"
          "paths:\n  cn2an/cn2an_test.py\n  cn2an/an2cn_test.py\n  cn2an/transform_test.py\n"
          "licence: MIT\n"
          "what: cn2an_test.py's strict, normal, smart and direct pairs (the Chinese text and its number) and\n"
          "  its error lists (kind 'refuse'; an input that one of cn2an's modes reads is not taken as a\n"
          "  refusal); an2cn_test.py's pairs read backwards (the Chinese it writes, and the number), its money\n"
          "  forms with the amount rounded to 分 (kind 'cheque'); transform_test.py's Chinese sentences\n"
          "  (kind 'sentence'; expected is the number when the Arabic side is one number and text after it).\n")


# --- Hutool ----------------------------------------------------------------------------------
HT = "dromara+hutool"
HT_PATH = "hutool-core/src/test/java/cn/hutool/core/convert/NumberChineseFormatterTest.java"


def java_number(s):
    return s.replace("_", "").rstrip("LDdF")


def hutool():
    rows = []
    src = git_show(HT, HT_PATH)
    lines = [l for l in src.splitlines() if not l.strip().startswith("//")]
    body = "\n".join(lines)
    # f = NumberChineseFormatter.format(N, traditional[, money]); assertEquals("...", f);
    pattern = re.compile(r'(\w+)\s*=\s*NumberChineseFormatter\.(format|formatThousand)\('
                         r'(?:new BigDecimal\(")?([-\d_.]+[LD]?)(?:"\))?\s*,\s*(true|false)(?:\s*,\s*(true|false))?\);'
                         r'\s*assertEquals\("([^"]*)",\s*\1\);')
    for m in pattern.finditer(body):
        number, money, text = java_number(m.group(3)), m.group(5) == "true", m.group(6)
        decimals = len(text.split("点", 1)[1]) if "点" in text else 0
        if money or re.search("[元角分整]", text):
            amount = Decimal(number).quantize(Decimal("0.01"), ROUND_HALF_UP)
            rows.append((text, plain(amount), "元", "cheque", "NumberChineseFormatterTest " + m.group(2) + " money"))
            continue
        # the formatter rounds to the decimals it writes (215.6387 → 二百一十五点六四): the text's value
        value = Decimal(number).quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP)
        rows.append((text, plain(value), "", "figure", "NumberChineseFormatterTest " + m.group(2)))
    for m in re.finditer(r'assertEquals\("([^"]*)",\s*(digitToChinese|digitUppercase)\);', body):
        rows.append((m.group(1), "-", "元", "cheque", "NumberChineseFormatterTest digitToChinese"))
    for m in re.finditer(r'assertEquals\(([-\d_.]+[LD]?),\s*NumberChineseFormatter\.chineseToNumber\("([^"]*)"\)\);', body):
        rows.append((m.group(2), plain(java_number(m.group(1))), "", "figure", "NumberChineseFormatterTest chineseToNumber"))
    for m in re.finditer(r'assertEquals\(([-\d_.]+[LD]?),\s*NumberChineseFormatter\.chineseMoneyToNumber\("([^"]*)"\)', body):
        rows.append((m.group(2), plain(java_number(m.group(1))), "元", "cheque", "NumberChineseFormatterTest chineseMoneyToNumber"))
    for m in re.finditer(r'assertThrows\(IllegalArgumentException\.class,[^;]*?chineseToNumber\("([^"]*)"\)', body, re.S):
        rows.append((m.group(1), "refuse", "", "refuse", "NumberChineseFormatterTest badNumber"))
    write("hutool", rows,
          "repository: https://github.com/dromara/hutool (branch v5-master, package cn.hutool)\n"
          "commit: " + head(HT) + "\n"
          "paths:\n  " + HT_PATH + "\n"
          "licence: Mulan PSL v2\n"
          "what: format(N) → text pairs read backwards (the text's value is N rounded half-up to the decimals\n"
          "  the text writes), chineseToNumber pairs, its refusals; money forms (元整, 角, 分) as kind 'cheque'.\n"
          "  formatSimple (1.23万 for 12345) is left out: its text does not state N.\n")


if __name__ == "__main__":
    recognizers()
    cn2an()
    hutool()
