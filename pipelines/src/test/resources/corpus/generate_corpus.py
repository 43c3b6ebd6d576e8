#!/usr/bin/env python3
"""Writes the bad-input corpus: one folder per case, its input file(s) and expected.properties.

Run from this folder (python3 generate_corpus.py); the output is committed, so the tests need no
Python. Workbooks are written as bare SpreadsheetML so that each oddity is exactly what we say it
is. The zip bomb is not here: CorpusTest generates it at run time.
"""
import io, os, shutil, zipfile

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

def credit(first17):
    check = 31 - sum(ALPHABET.index(c) * w for c, w in zip(first17, WEIGHTS)) % 31
    return first17 + ALPHABET[0 if check == 31 else check]

def wrong_check(code):
    return code[:17] + ("A" if code[17] != "A" else "B")

ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
def resident_id(first17):
    return first17 + "10X98765432"[sum(int(c) * w for c, w in zip(first17, ID_WEIGHTS)) % 11]

U1 = credit("12530000MB0000001")
U2 = credit("12530000MB0000002")
U3 = credit("11100000MB0000003")

BF1_HEADER = ["单位代码", "县代码", "报告期", "直接投入帮扶资金（万元）", "协调引进帮扶资金（万元）", "填报人", "联系电话"]

def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def col(index):
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters

def cell_xml(ref, value, shared):
    if value is None or value == "":
        return ""
    if isinstance(value, tuple):          # ("n", "12.5") numeric, ("d", 43651) date serial, ("f", formula, cached)
        kind = value[0]
        if kind == "n":
            return f'<c r="{ref}"><v>{value[1]}</v></c>'
        if kind == "d":
            return f'<c r="{ref}" s="1"><v>{value[1]}</v></c>'
        if kind == "raw":                 # markup written as is (an entity reference)
            return f'<c r="{ref}" t="inlineStr"><is><t>{value[1]}</t></is></c>'
        if kind == "f0":                  # a formula saved without its value, as some programs write
            return f'<c r="{ref}"><f>{esc(value[1])}</f></c>'
        if kind == "f":
            return f'<c r="{ref}" t="str"><f>{esc(value[1])}</f><v>{esc(value[2])}</v></c>'
    if shared is not None:
        if value not in shared:
            shared.append(value)
        return f'<c r="{ref}" t="s"><v>{shared.index(value)}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t>{esc(value)}</t></is></c>'

def sheet_xml(rows, merges=(), shared=None, prolog=""):
    out = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{prolog}'
           '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for r, row in enumerate(rows, start=1):
        cells = "".join(cell_xml(f"{col(c)}{r}", v, shared) for c, v in enumerate(row))
        out.append(f'<row r="{r}">{cells}</row>')
    out.append("</sheetData>")
    if merges:
        out.append(f'<mergeCells count="{len(merges)}">' + "".join(f'<mergeCell ref="{m}"/>' for m in merges) + "</mergeCells>")
    out.append("</worksheet>")
    return "".join(out)

STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts>'
          '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
          '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
          '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
          '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
          '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
          '</styleSheet>')

def workbook(sheets, shared_strings=False, sheet_prolog="", shared_prolog=""):
    """sheets: list of (name, rows, merges, state)."""
    shared = [] if shared_strings else None
    sheet_parts = [sheet_xml(rows, merges, shared, sheet_prolog) for (_, rows, merges, _) in sheets]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        overrides = "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                            for i in range(1, len(sheets) + 1))
        if shared is not None:
            overrides += '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                   '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
                   + overrides + '</Types>')
        z.writestr("_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
                   '</Relationships>')
        sheet_entries = "".join(
            '<sheet name="%s" sheetId="%d"%s r:id="rId%d"/>' % (esc(name), i, "" if state == "visible" else ' state="%s"' % state, i)
            for i, (name, _, _, state) in enumerate(sheets, start=1))
        z.writestr("xl/workbook.xml",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                   'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                   f'<sheets>{sheet_entries}</sheets></workbook>')
        rels = "".join(f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i}.xml"/>'
                       for i in range(1, len(sheets) + 1))
        n = len(sheets)
        rels += f'<Relationship Id="rId{n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        if shared is not None:
            rels += f'<Relationship Id="rId{n + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
        z.writestr("xl/_rels/workbook.xml.rels",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + rels + '</Relationships>')
        z.writestr("xl/styles.xml", STYLES)
        for i, part in enumerate(sheet_parts, start=1):
            z.writestr(f"xl/worksheets/sheet{i}.xml", part)
        if shared is not None:
            items = "".join(f"<si><t>{esc(s)}</t></si>" for s in shared)
            z.writestr("xl/sharedStrings.xml",
                       f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{shared_prolog}'
                       f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(shared)}" uniqueCount="{len(shared)}">{items}</sst>')
    return buffer.getvalue()

def single(rows, merges=(), name="Sheet1", **kwargs):
    return workbook([(name, rows, merges, "visible")], **kwargs)

def csv(rows, sep=","):
    return "\r\n".join(sep.join(row) for row in rows) + "\r\n"

CASES = []
def case(name, files, expected):
    CASES.append((name, files, expected))

TITLE = [["定点帮扶工作情况表"], ["表号：BF-1", "", "", "计量单位：万元"], ["填报单位：某厅", "", "", "2019年第二季度"]]
ROW1 = [U1, "530102", "2019Q2", "12.5", "30", "张三", "13800000001"]
ROW2 = [U2, "530103", "2019Q2", "8", "0", "李四", "13900000002"]

case("01-title-block-shared-strings", {"report.xlsx": single(TITLE + [BF1_HEADER, ROW1, ROW2], merges=("A1:G1",), shared_strings=True)},
     "readable=true\nform=BF-1\nheader=4\nrows=5,6\nrow.5=\nrow.6=\nletters=unit_code:A,county_code:B,period:C,funds_direct:D,funds_coordinated:E\n")
case("02-numbering-row", {"bf1.xlsx": single(TITLE + [BF1_HEADER, ["甲", "乙", "丙", "1", "2", "3", "4"], ROW1, ROW2])},
     "readable=true\nform=BF-1\nheader=4\nrows=6,7\nrow.6=\nrow.7=\n")
case("03-total-row", {"bf1.csv": csv([BF1_HEADER, ROW1, ROW2, ["合计", "", "", "20.5", "30", "", ""], ["填表人：张三"]]).encode("utf-8")},
     "readable=true\nform=BF-1\nheader=1\nrows=2,3\nrow.2=\nrow.3=\n")
BF2_TOP = ["表号：BF-2"]
BF2_H1 = ["村代码", "报告期", "派出单位代码", "队长姓名", "队长兼任第一书记", "队员人数（人，含队长）", "", "", "", "", "本季度驻村天数（队长）"]
BF2_H2 = ["", "", "", "", "", "", "其中：省派", "市派", "县派", "乡镇", ""]
BF2_ROW = ["530102001001", "2019Q2", U1, "王五", "是", ("n", "4"), ("n", "1"), ("n", "1"), ("n", "1"), ("n", "1"), ("n", "80")]
case("04-merged-two-row-header", {"bf2.xlsx": single([BF2_TOP, BF2_H1, BF2_H2, BF2_ROW],
                                                      merges=("A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:J2", "K2:K3"))},
     "readable=true\nform=BF-2\nheader=2\nrows=4\nrow.4=\ncell.4.members_township=1\ncell.4.members=4\nletters=village_code:A,period:B,sending_unit_code:C,leader_is_first_secretary:E,members:F,members_province:G,members_prefecture:H,members_county:I,members_township:J,leader_days_in_village:K\n")
case("05-full-width-digits", {"bf1.csv": csv([BF1_HEADER, [U1, "５３０１０２", "２０１９Ｑ２", "１２.５", "３０", "", ""]]).encode("utf-8")},
     "readable=true\nform=BF-1\nrows=2\nrow.2=\ncell.2.county_code=530102\ncell.2.funds_direct=12.5\ncell.2.period=2019Q2\n")
case("06-thousands-separators", {"bf1.csv": csv([BF1_HEADER, [U1, "530102", "2019Q2", "\"1,234.50\"", "\"12,000\"", "", ""]]).encode("utf-8")},
     "readable=true\nform=BF-1\nrows=2\nrow.2=\ncell.2.funds_direct=1234.5\ncell.2.funds_coordinated=12000\n")
case("07-stray-spaces", {"bf1.csv": csv([[" 单位代码 ", "县代码", "报告期 ", "直接投入帮扶资金 (万元)", "协调引进帮扶资金（万元）"],
                                         [f" {U1} ", " 530102\u3000", "2019Q2 ", " 12.5 ", "\u00a030"]]).encode("utf-8")},
     "readable=true\nform=BF-1\nrows=2\nrow.2=\ncell.2.county_code=530102\ncell.2.funds_direct=12.5\ncell.2.funds_coordinated=30\n")
case("08-blank-is-not-reported", {"bf1.csv": csv([BF1_HEADER + ["引进帮扶项目（个）"],
                                                  [U1, "530102", "2019Q2", "12.5", "30", "", "", ""],
                                                  [U2, "530103", "2019Q2", "", "0", "", "", "3"]]).encode("utf-8")},
     "readable=true\nform=BF-1\nrows=2,3\nrow.2=\nrow.3=S001\nabsent.2=projects\n")
case("09-period-spellings", {"bf1.csv": csv([BF1_HEADER, [U1, "530102", "2019Q2", "1", "1", "", ""],
                                             [U1, "530103", "2019-Q2", "1", "1", "", ""],
                                             [U2, "530103", "2019年第二季度", "1", "1", "", ""]]).encode("utf-8")},
     "readable=true\nform=BF-1\nrows=2,3,4\nrow.2=\nrow.3=\nrow.4=\ncell.2.period=2019Q2\ncell.3.period=2019Q2\ncell.4.period=2019Q2\n")
ML3_HEADER = ["单位代码", "单位名称", "单位层级", "单位类别"]
case("10-csv-utf8-with-bom", {"units.csv": ("\ufeff" + csv([ML3_HEADER, [U1, "省教育厅", "省", "党政机关"]])).encode("utf-8")},
     "readable=true\nform=ML-3\nrows=2\nrow.2=\ncell.2.unit_name=省教育厅\n")
case("11-csv-utf8-without-bom", {"units.csv": csv([ML3_HEADER, [U2, "省卫生健康委", "省级", "党政机关"]]).encode("utf-8")},
     "readable=true\nform=ML-3\nrows=2\nrow.2=\ncell.2.unit_name=省卫生健康委\ncell.2.unit_level=省\n")
case("12-csv-gb18030", {"units.csv": csv([ML3_HEADER, [U3, "中国𠀀研究院", "中央", "其他事业单位"]]).encode("gb18030")},
     "readable=true\nform=ML-3\nrows=2\nrow.2=\ncell.2.unit_name=中国𠀀研究院\n")
# English headers, a long blank stretch, Chinese far past the first 64 KB: decoded as GBK throughout.
case("13-csv-gbk-late-chinese", {"units.csv": (",".join(["unit_code", "unit_name", "unit_level", "unit_category"]) + "\r\n"
                                               + "\r\n".join(f"{credit('12530000MB%07d' % n)},Unit {n},省,党政机关".replace("省", "省").replace("党政机关", "党政机关") for n in range(10, 12)) + "\r\n"
                                               ).encode("gbk") + (" " * 70000).encode("ascii") + "\r\n".encode("gbk")
                                              + f"{credit('12530000MB0000012')},省扶贫办,省,党政机关\r\n".encode("gbk")},
     "readable=true\nform=ML-3\nrows=2,3,5\nrow.2=\nrow.3=\nrow.5=\ncell.5.unit_name=省扶贫办\n")
case("14-english-headers", {"bf1.csv": csv([["unit_code", "county_code", "period", "funds_direct", "funds_coordinated"],
                                            [U1, "530102", "2019Q2", "5", "6"]]).encode("utf-8")},
     "readable=true\nform=BF-1\nrows=2\nrow.2=\nletters=unit_code:A,county_code:B,period:C,funds_direct:D,funds_coordinated:E\n")
case("15-columns-out-of-order", {"bf1.csv": csv([["协调引进帮扶资金（万元）", "报告期", "直接投入帮扶资金（万元）", "县代码", "单位代码"],
                                                 ["6", "2019Q2", "5", "530102", U1]]).encode("utf-8")},
     "readable=true\nform=BF-1\nrows=2\nrow.2=\ncell.2.funds_direct=5\ncell.2.funds_coordinated=6\nletters=funds_coordinated:A,period:B,funds_direct:C,county_code:D,unit_code:E\n")
case("16-empty-zero-bytes", {"bf1.xlsx": b""}, "readable=false\nrule=F004\n")
case("17-empty-workbook", {"empty.xlsx": single([])}, "readable=false\nrule=F004\n")
case("18-header-only", {"bf1.csv": csv([BF1_HEADER]).encode("utf-8")}, "readable=false\nrule=F010\nform=BF-1\n")
whole = single(TITLE + [BF1_HEADER, ROW1, ROW2] * 1)
case("19-truncated-xlsx", {"bf1.xlsx": whole[: len(whole) // 2]}, "readable=false\nrule=F007\n")
def broken_sheet():
    good = single([BF1_HEADER, ROW1])
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(good)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"</row>", b"", 1)   # a row never closed: malformed XML
            target.writestr(item, data)
    return out.getvalue()
case("20-corrupt-sheet-xml", {"bf1.xlsx": broken_sheet()}, "readable=false\nrule=F007\n")
case("21-pdf-renamed", {"bf1.xlsx": b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"},
     "readable=false\nrule=F006\n")
case("22-png-renamed", {"bf1.xlsx": bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000") + b"\x00" * 20},
     "readable=false\nrule=F006\n")
def docx():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    return out.getvalue()
case("23-docx-renamed", {"bf1.xlsx": docx()}, "readable=false\nrule=F006\n")
case("24-old-xls-renamed", {"bf1.xlsx": bytes.fromhex("d0cf11e0a1b11ae1") + b"\x00" * 504}, "readable=false\nrule=F006\n")
case("25-html-saved-as-xls", {"bf1.xls": ("<html xmlns:x=\"urn:schemas-microsoft-com:office:excel\"><body><table>"
                                           "<tr><td>单位代码</td><td>县代码</td><td>报告期</td></tr></table></body></html>").encode("utf-8")},
     "readable=false\nrule=F006\n")
case("26-external-entity", {"bf1.xlsx": single([BF1_HEADER, [U1, "530102", "2019Q2", ("raw", "&xxe;"), "1"]],
                                               sheet_prolog='<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>')},
     "readable=false\nrule=F009\n")
case("27-zip-bomb", {}, "generated=zip-bomb\nreadable=false\nrule=F008\n")
case("28-html-and-formula-text-in-names", {"units.csv": csv([ML3_HEADER,
        [U1, "\"<script>alert('x')</script>省教育厅\"", "省", "党政机关"],
        [U2, "\"=HYPERLINK(\"\"http://example.invalid\"\",\"\"点击\"\")\"", "省", "党政机关"],
        [U3, "\"+cmd|' /C calc'!A0\"", "中央", "其他事业单位"]]).encode("utf-8")},
     "readable=true\nform=ML-3\nrows=2,3,4\nrow.2=\nrow.3=\nrow.4=\n"
     "cell.2.unit_name=<script>alert('x')</script>省教育厅\ncell.3.unit_name==HYPERLINK(\"http://example.invalid\",\"点击\")\n"
     "cell.4.unit_name=+cmd|' /C calc'!A0\n")
case("29-formula-cell-in-name-xlsx", {"units.xlsx": single([ML3_HEADER,
        [U1, ("f", 'HYPERLINK("http://example.invalid","省教育厅")', "省教育厅"), "省", "党政机关"],
        [U2, "=1+1", "省", "党政机关"]])},
     "readable=true\nform=ML-3\nrows=2,3\nrow.2=\nrow.3=\ncell.2.unit_name=省教育厅\ncell.3.unit_name==1+1\n")
case("30-duplicated-rows", {"bf1.csv": csv([BF1_HEADER, ROW1, ROW1]).encode("utf-8")},
     "readable=true\nform=BF-1\nrows=2,3\nrow.2=\nrow.3=\nspark.row.3=S014\n")
case("31-wrong-codes-and-check-characters", {"bf1.csv": csv([BF1_HEADER,
        [U1, "53010", "2019Q2", "1", "1", "", ""],
        [wrong_check(U1), "530102", "2019Q2", "1", "1", "", ""],
        ["12530000MB00001", "530102", "2019Q2", "1", "1", "", ""],
        [U1, "999999", "2019Q2", "1", "1", "", ""],
        [credit("12530000MB0000099"), "530102", "2019Q2", "1", "1", "", ""],
        [U2, "530102", "2019Q2", "1", "1", "", ""]]).encode("utf-8")},
     "readable=true\nform=BF-1\nrows=2,3,4,5,6,7\nrow.2=S005\nrow.3=S008\nrow.4=S007\nrow.5=R001\nrow.6=R002\nrow.7=R004\n")
case("32-future-period", {"bf1.csv": csv([BF1_HEADER, [U1, "530102", "2019Q4", "1", "1", "", ""],
                                          [U1, "530102", "2020Q1", "1", "1", "", ""]]).encode("utf-8")},
     "readable=true\nform=BF-1\nrows=2,3\nrow.2=\nrow.3=S010\n")
case("33-text-in-numeric-cells", {"bf1.csv": csv([BF1_HEADER + ["引进帮扶项目（个）"],
        [U1, "530102", "2019Q2", "十二", "1", "", "", ""],
        [U1, "530103", "2019Q2", "12.5万", "1", "", "", ""],
        [U2, "530103", "2019Q2", "1", "1", "", "", "1.5"]]).encode("utf-8")},
     "readable=true\nform=BF-1\nrows=2,3,4\nrow.2=S002\nrow.3=S002\nrow.4=S003\n")
case("34-negative-amounts", {"bf1.csv": csv([BF1_HEADER, [U1, "530102", "2019Q2", "-5", "1", "", ""]]).encode("utf-8")},
     "readable=true\nform=BF-1\nrows=2\nrow.2=S004\n")
case("35-unknown-form", {"notes.csv": csv([["姓名", "年龄", "备注"], ["某人", "30", ""]]).encode("utf-8")},
     "readable=false\nrule=F002\n")
case("36-declared-form-missing-column", {"bf1.xlsx": single([["表号：BF-1"], ["单位代码", "县代码", "直接投入帮扶资金（万元）", "协调引进帮扶资金（万元）"],
                                                             [U1, "530102", "1", "2"]])},
     "readable=false\nrule=F003\nform=BF-1\n")
BF4_HEADER = ["户编号", "户主姓名", "户主身份证号", "村代码", "年度", "家庭人口（人）", "主要致贫原因", "劳动能力", "识别年度", "脱贫年度", "是否返贫"]
good_id = resident_id("53010219800101001")
bad_check = good_id[:17] + ("0" if good_id[17] != "0" else "1")
case("37-bf4-resident-id-numbers", {"bf4.csv": csv([BF4_HEADER,
        ["5301020010010001", "赵六", good_id, "530102001001", "2019", "4", "因病", "有劳动能力", "2014", "2018", "否"],
        ["5301020010010002", "钱七", "53010219800101", "530102001001", "2019", "3", "因学", "部分丧失", "2014", "", "否"],
        ["5301020010010003", "孙八", bad_check, "530102001001", "2019", "2", "缺资金", "无劳动能力", "2015", "", "否"]]).encode("utf-8")},
     "readable=true\nform=BF-4\nrows=2,3,4\nrow.2=\nrow.3=S015\nrow.4=S016\nkeyed.2=household_id,head_id_number\n"
     "raw.3.head_id_number=!S015\nraw.4.head_id_number=!S016\nsecrets=赵六,钱七,孙八," + good_id + ",5301020010010001\n")
case("38-year-to-date-falls", {"bf1-2019q1.csv": csv([BF1_HEADER, [U1, "530102", "2019Q1", "50", "10", "", ""]]).encode("utf-8"),
                               "bf1-2019q2.csv": csv([BF1_HEADER, [U1, "530102", "2019Q2", "20", "10", "", ""]]).encode("utf-8")},
     "readable=true\nform=BF-1\nrows=2\nrow.2=\nspark.rule=P001\n")
case("39-blank-trailing-rows", {"bf1.xlsx": single([BF1_HEADER, ROW1, ["", "", "", "", ""], [" ", "", "\u3000"], [], []])},
     "readable=true\nform=BF-1\nrows=2\nrow.2=\n")
case("40-sheet-named-after-form", {"bf1.xlsx": workbook([("填报说明", [["请按表号 BF-1 填写"], ["单位代码", "说明"]], (), "visible"),
                                                         ("BF-1 2019Q2", [BF1_HEADER, ROW1], (), "visible")])},
     "readable=true\nform=BF-1\nsheet=BF-1 2019Q2\nrows=2\nrow.2=\n")
case("41-malformed-csv-quote", {"bf1.csv": (csv([BF1_HEADER]) + f"{U1},530102,2019Q2,\"12.5,30\r\n").encode("utf-8")},
     "readable=false\nrule=F001\n")
case("42-tab-separated", {"bf1.txt": csv([BF1_HEADER, ROW1], sep="\t").encode("utf-8")},
     "readable=true\nform=BF-1\nrows=2\nrow.2=\n")
case("43-numeric-and-date-cells", {"bf1.xlsx": single([BF1_HEADER[:5] + ["填报日期"],
        [U1, ("n", "530102"), "2019Q2", ("n", "12.50"), ("n", "1.0E3"), ("d", "43651")]])},
     "readable=true\nform=BF-1\nrows=2\nrow.2=\ncell.2.county_code=530102\ncell.2.funds_direct=12.5\ncell.2.funds_coordinated=1000\ncell.2.reported_on=2019-07-05\n")
case("44-hidden-first-sheet", {"bf1.xlsx": workbook([("old", [["废弃"]], (), "hidden"), ("Sheet2", [BF1_HEADER, ROW2], (), "visible")])},
     "readable=true\nform=BF-1\nsheet=Sheet2\nrows=2\nrow.2=\n")
case("45-external-entity-in-shared-strings", {"bf1.xlsx": single([BF1_HEADER, ROW1], shared_strings=True,
        shared_prolog='<!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>')},
     "readable=false\nrule=F009\n")

# trust-numbers: personal data out of place, numbers parsed exactly, odd exports, silent drops.
case("46-footer-personal-data", {"bf1.csv": csv([BF1_HEADER + ["引进帮扶项目（个）"],
        [U1, "530102", "2019Q2", "10", "1", "李四", "13800001111", "3"],
        [U1, "530103", "2019Q2", "1", "13912345678", "", "", ""],
        ["负责人：王建国 13912345678 身份证110101199003071234", "", "", "", "", "", "", ""],
        ["填报人：张三", "联系电话：0871-1234567", "", "", "", "", "", ""]]).encode("utf-8")},
     "readable=true\nform=BF-1\nrows=2,3\nrow.2=\nrow.3=S030\nraw.3.funds_coordinated=【手机号已隐去】\n"
     "secrets=王建国,13912345678,110101199003071234,李四,13800001111,张三\n")
BF1_PROJECTS = BF1_HEADER + ["引进帮扶项目（个）"]
case("47-numbers-parsed-exactly", {"bf1.csv": csv([BF1_PROJECTS,
        [U1, "530102", "2019Q2", "\"1.234,56\"", "1", "", "", ""],
        [U1, "530103", "2019Q2", "1e-7", "1", "", "", ""],
        [U2, "530103", "2019Q2", "1E+15", "1", "", "", ""],
        [U1, "530102", "2019Q2", "123456789012345678", "1", "", "", ""],
        [U1, "530103", "2019Q2", "1", "1", "", "", "9223372036854775808"],
        [U1, "530102", "2019Q2", "12.34567", "1", "", "", ""],
        [U1, "530102", "2019Q2", "1", "1", "", "", "110101199003071262"],
        [U1, "530102", "2019Q2", "200000", "1", "", "", ""],
        [U1, "530102", "2019Q2", "\"1,234.5\"", "1", "", "", "60000"],
        [U1, "530103", "2019Q2", "1.5E+3", "0.0001", "", "", "7"]]).encode("utf-8")},
     "readable=true\nform=BF-1\nrows=2,3,4,5,6,7,8,9,10,11\nrow.2=S033\nrow.3=S032\nrow.4=S031\nrow.5=S031\nrow.6=S031\n"
     "row.7=S032\nrow.8=S030\nrow.9=S017\nrow.10=S017\nrow.11=\ncell.11.funds_direct=1500\ncell.11.funds_coordinated=0.0001\n"
     "cell.11.projects=7\nsecrets=110101199003071262\n")
case("48-two-form-sheets", {"bf1.xlsx": workbook([("甲县", [BF1_HEADER, ROW1], (), "visible"),
                                                  ("乙县", [BF1_HEADER, ROW2], (), "visible")])},
     "readable=false\nrule=F022\n")
case("49-formula-without-cached-value", {"bf1.xlsx": single([BF1_HEADER,
        [U1, "530102", "2019Q2", ("f0", "SUM(H2:J2)"), ("n", "30")],
        [U2, "530103", "2019Q2", ("n", "8"), ("f", "D3*2", "16")]])},
     "readable=true\nform=BF-1\nrows=2,3\nrow.2=S035\nrow.3=\ncell.3.funds_coordinated=16\n")
case("50-instructions-sheet-first", {"bf1.xlsx": workbook([("填报说明", [["请认真填写"], ["不得漏报"]], (), "visible"),
                                                           ("数据", [BF1_HEADER, ROW1], (), "visible")])},
     "readable=true\nform=BF-1\nsheet=数据\nrows=2\nrow.2=\n")
case("51-a-million-columns", {}, "generated=wide-row\nreadable=false\nrule=F021\n")

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    for entry in os.listdir(here):
        if os.path.isdir(os.path.join(here, entry)) and entry[:2].isdigit():
            shutil.rmtree(os.path.join(here, entry))
    for name, files, expected in CASES:
        folder = os.path.join(here, name)
        os.makedirs(folder)
        for file_name, data in files.items():
            with open(os.path.join(folder, file_name), "wb") as out:
                out.write(data)
        description = name.split("-", 1)[1].replace("-", " ")
        with open(os.path.join(folder, "expected.properties"), "w", encoding="utf-8") as out:
            out.write(f"description={description}\nfiles={','.join(files)}\n" + expected)
    print(len(CASES), "cases")
