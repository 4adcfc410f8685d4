#!/usr/bin/env python3
"""Makes reference.docx, the style sheet `survey report --docx` gives pandoc.

It is pandoc's own default reference document (`pandoc --print-default-data-file
reference.docx`) with what a Swedish report needs and pandoc's default lacks:
- A4 pages (pandoc's default has no page size, which Word and LibreOffice take as US Letter),
  with 2.2-2.4 cm margins like the PDF;
- the report's title in a running header (a TITLE field: pandoc writes the title into the
  document's properties) and "Sida N av M" in the footer, both left off the first page;
- Swedish as the language of the text (spelling and hyphenation in Word), decimal comma.
(pandoc itself marks the file for Word to update its fields when opening it, as `--toc` asks.)

Run it from this folder when pandoc's default changes: python3 make-reference-docx.py
"""
import re
import subprocess
import zipfile

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
SMALL = '<w:rPr><w:sz w:val="17"/><w:color w:val="555555"/></w:rPr>'


def field(instruction, placeholder):
    return (f'<w:r>{SMALL}<w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r>{SMALL}<w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>'
            f'<w:r>{SMALL}<w:fldChar w:fldCharType="separate"/></w:r>'
            f'<w:r>{SMALL}<w:t>{placeholder}</w:t></w:r>'
            f'<w:r>{SMALL}<w:fldChar w:fldCharType="end"/></w:r>')


def text(words):
    return f'<w:r>{SMALL}<w:t xml:space="preserve">{words}</w:t></w:r>'


def part(tag, runs):
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:{tag} xmlns:w="{W}" xmlns:r="{R}"><w:p><w:pPr><w:jc w:val="center"/></w:pPr>{runs}</w:p></w:{tag}>')


default = subprocess.run(["pandoc", "--print-default-data-file", "reference.docx"], check=True, capture_output=True).stdout
with open("pandoc-default.docx.tmp", "wb") as f:
    f.write(default)
source = zipfile.ZipFile("pandoc-default.docx.tmp")
files = {name: source.read(name) for name in source.namelist()}

section = ('<w:sectPr><w:headerReference w:type="default" r:id="rIdSurveyHeader"/>'
           '<w:footerReference w:type="default" r:id="rIdSurveyFooter"/>'
           '<w:pgSz w:w="11906" w:h="16838"/>'
           '<w:pgMar w:top="1361" w:right="1134" w:bottom="1247" w:left="1247" w:header="680" w:footer="567" w:gutter="0"/>'
           '<w:titlePg/></w:sectPr>')
document = files["word/document.xml"].decode()
document = re.sub(r"<w:sectPr\s*/>|<w:sectPr>.*?</w:sectPr>", section, document, flags=re.S)
files["word/document.xml"] = document.encode()

relationships = files["word/_rels/document.xml.rels"].decode()
relationships = relationships.replace("</Relationships>",
    '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Id="rIdSurveyHeader" Target="header1.xml" />'
    '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Id="rIdSurveyFooter" Target="footer1.xml" />'
    "</Relationships>")
files["word/_rels/document.xml.rels"] = relationships.encode()

types = files["[Content_Types].xml"].decode()
types = types.replace("</Types>",
    '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml" />'
    '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml" />'
    "</Types>")
files["[Content_Types].xml"] = types.encode()

files["word/header1.xml"] = part("hdr", field("TITLE", "Rapport")).encode()
files["word/footer1.xml"] = part("ftr", text("Sida ") + field("PAGE", "1") + text(" av ") + field("NUMPAGES", "1")).encode()

styles = files["word/styles.xml"].decode()
styles = styles.replace('<w:lang w:val="en-US" w:eastAsia="en-US" w:bidi="ar-SA" />', '<w:lang w:val="sv-SE" w:eastAsia="en-US" w:bidi="ar-SA" />')
files["word/styles.xml"] = styles.encode()

settings = files["word/settings.xml"].decode()
settings = settings.replace('<w:themeFontLang w:val="en-US" />', '<w:themeFontLang w:val="sv-SE" />')
settings = settings.replace('<w:decimalSymbol w:val="." />', '<w:decimalSymbol w:val="," />')
settings = settings.replace('<w:listSeparator w:val="," />', '<w:listSeparator w:val=";" />')
assert 'w:val="sv-SE"' in settings, "pandoc's settings.xml changed; update this script"
files["word/settings.xml"] = settings.encode()

with zipfile.ZipFile("reference.docx", "w", zipfile.ZIP_DEFLATED) as out:
    for name in source.namelist() + ["word/header1.xml", "word/footer1.xml"]:
        info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        out.writestr(info, files[name])
import os
os.remove("pandoc-default.docx.tmp")
