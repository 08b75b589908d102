#!/usr/bin/env python3
"""Makes the two fonts dti embeds for drawing social-card images.

dti draws its 1200x630 PNG cards itself (no packages), so it carries its own
font: Noto Sans Regular and Bold, cut down to the characters a card can show,
written into Sources/DTIKit/Support/Graphics/EmbeddedFonts.swift as base64.

Where the fonts come from (exactly):
  Debian 12 "bookworm", package fonts-noto-core, version 20201225-1
    (apt-get install fonts-noto-core)
  /usr/share/fonts/truetype/noto/NotoSans-Regular.ttf  Noto Sans 2.004
  /usr/share/fonts/truetype/noto/NotoSans-Bold.ttf     Noto Sans 2.004
  /usr/share/fonts/truetype/noto/NotoSansSymbols2-Regular.ttf  2.003, only for
    the triangles U+25B2 U+25B4 U+25BC U+25BE, which Noto Sans lacks; they are
    copied into both faces (a solid triangle has no bold form).
  /usr/share/doc/fonts-noto-core/copyright  the licence text (SIL OFL 1.1)
The SHA-256 of each source file is checked below, so a different version is
noticed instead of silently producing different fonts.

Licence: SIL Open Font License 1.1, no Reserved Font Name. A subset is a
Modified Version under the OFL; it stays under the OFL, and the full licence
text with the copyright notices is embedded next to the fonts
(EmbeddedFonts.license).

What the subset keeps and drops:
  - characters: Basic Latin, Latin-1, the Latin Extended-A/B letters of
    Vietnamese (Ă ă Đ đ Ĩ ĩ Ũ ũ Ơ ơ Ư ư), Latin Extended Additional
    U+1EA0-U+1EF9, combining marks U+0300-U+0323 that the font has, general
    punctuation U+2010-U+203A, the dong sign, the euro, No (U+2116), (TM), the
    minus sign, and the four triangles;
  - no hinting (cvt, fpgm, prep, glyph instructions), no GSUB/GDEF, no DSIG,
    no glyph names (post format 3), English names only;
  - GPOS pair kerning (the 'kern' feature) is turned into a classic 'kern'
    table, format 0, which dti's reader understands; pairs smaller than
    KERN_MIN_UNITS are dropped. Mark positioning is not needed: every
    Vietnamese letter has a precomposed glyph.

Usage (dev-time only; fontTools is not needed to build or test dti):
  apt-get install fonts-noto-core && pip install fonttools
  python3 .ci/tools/subset-fonts.py [--ttf-dir DIR] [--check]
--check writes nothing and fails if EmbeddedFonts.swift is not what the
script makes. The committed file was made with fontTools 4.68.0 (named in its
header); the output is byte-for-byte the same on every run with one version.
"""
import argparse
import base64
import fontTools
import hashlib
import io
import os
import sys

from fontTools import subset
from fontTools.ttLib import TTFont, newTable
from fontTools.ttLib.tables._g_l_y_f import Glyph
from fontTools.ttLib.tables._k_e_r_n import KernTable_format_0

NOTO = "/usr/share/fonts/truetype/noto/"
FACES = {"regular": NOTO + "NotoSans-Regular.ttf", "bold": NOTO + "NotoSans-Bold.ttf"}
SYMBOLS = NOTO + "NotoSansSymbols2-Regular.ttf"
COPYRIGHT_FILE = "/usr/share/doc/fonts-noto-core/copyright"
# The exact files of fonts-noto-core 20201225-1 this script was written for.
SHA256SUMS = {
    FACES["regular"]: "89c3c497f618fdaa0b2d1e98fef93582f28c71debd2c4a8cdf41f190ced2909d",
    FACES["bold"]: "e83493c945848ecd4a9ad0f6d19164541a0d3e23a9c952304a00a46e00272ac5",
    SYMBOLS: "876598db5f1e3bef2bc77c4d94c5b0d5d2c1620be4878a06f18fb5434e331688",
    COPYRIGHT_FILE: "075f91382875da1c4b491f1facf2586f55448705133264d98ce15cab6211b125",
}
OUTPUT = os.path.join(os.path.dirname(__file__), "..", "..",
                      "Sources", "DTIKit", "Support", "Graphics", "EmbeddedFonts.swift")
TRIANGLES = [0x25B2, 0x25B4, 0x25BC, 0x25BE]
KERN_MIN_UNITS = 5  # of 1000 per em: 0.28 px at 56 px, below what the eye sees


def code_points():
    """The characters a card may show, as a sorted list of code points."""
    points = set(range(0x20, 0x7F)) | set(range(0xA0, 0x100))
    points |= {0x102, 0x103, 0x110, 0x111, 0x128, 0x129, 0x168, 0x169, 0x1A0, 0x1A1, 0x1AF, 0x1B0}
    points |= set(range(0x1EA0, 0x1EFA))
    points |= set(range(0x300, 0x324))
    points |= set(range(0x2010, 0x203B))
    points |= {0x20AB, 0x20AC, 0x2116, 0x2122, 0x2212}
    return sorted(points)


def sha256(path):
    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


def kerning_pairs(font, glyphs):
    """Horizontal pair adjustments of the GPOS 'kern' feature between `glyphs`.

    Within one lookup the first subtable that covers a pair wins; the values of
    separate lookups add up, as a shaper applies them one after the other."""
    gpos = font["GPOS"].table
    lookups = sorted({index for record in gpos.FeatureList.FeatureRecord
                      if record.FeatureTag == "kern" for index in record.Feature.LookupListIndex})
    total = {}
    for index in lookups:
        lookup = gpos.LookupList.Lookup[index]
        seen = set()
        for table in lookup.SubTable:
            if lookup.LookupType == 9:
                table = table.ExtSubTable
            if getattr(table, "LookupType", 2) != 2:
                continue
            coverage = [g for g in table.Coverage.glyphs if g in glyphs]
            if table.Format == 1:
                for first, pair_set in zip(table.Coverage.glyphs, table.PairSet):
                    if first not in glyphs:
                        continue
                    for record in pair_set.PairValueRecord:
                        key = (first, record.SecondGlyph)
                        if record.SecondGlyph in glyphs and key not in seen:
                            seen.add(key)
                            value = getattr(record.Value1, "XAdvance", 0) if record.Value1 else 0
                            total[key] = total.get(key, 0) + value
            elif table.Format == 2:
                class1 = table.ClassDef1.classDefs
                class2 = table.ClassDef2.classDefs
                for first in coverage:
                    row = table.Class1Record[class1.get(first, 0)]
                    for second in glyphs:
                        key = (first, second)
                        if key in seen:
                            continue
                        seen.add(key)
                        record = row.Class2Record[class2.get(second, 0)]
                        value = getattr(record.Value1, "XAdvance", 0) if record.Value1 else 0
                        total[key] = total.get(key, 0) + value
    return {key: value for key, value in total.items() if abs(value) >= KERN_MIN_UNITS}


def kern_table(pairs):
    """A version-0 'kern' table; a format-0 subtable's length field is 16 bits,
    so the pairs are split into subtables of at most 10,000 (they add up)."""
    table = newTable("kern")
    table.version = 0
    table.kernTables = []
    items = sorted(pairs.items())
    for start in range(0, len(items), 10_000):
        sub = KernTable_format_0()
        sub.apple = False
        sub.version = 0
        sub.format = 0
        sub.coverage = 1
        sub.tupleIndex = None
        sub.kernTable = dict(items[start:start + 10_000])
        table.kernTables.append(sub)
    return table


def add_triangles(font, symbols):
    """Copies the triangle glyphs (outline and advance) from Noto Sans Symbols2."""
    assert symbols["head"].unitsPerEm == font["head"].unitsPerEm
    source_map = symbols.getBestCmap()
    order = list(font.getGlyphOrder())
    glyf = font["glyf"]
    for code in TRIANGLES:
        name = source_map[code]
        glyph = symbols["glyf"][name]
        assert not glyph.isComposite()
        new = Glyph(glyph.compile(symbols["glyf"]))  # an independent copy
        new.expand(symbols["glyf"])
        new.removeHinting()
        target = "triangle%04X" % code
        order.append(target)
        glyf.glyphs[target] = new
        font["hmtx"].metrics[target] = symbols["hmtx"][name]
        for table in font["cmap"].tables:
            table.cmap[code] = target
    font.setGlyphOrder(order)
    glyf.glyphOrder = order


def make_subset(path, symbols):
    font = TTFont(path, recalcTimestamp=False)
    source_map = font.getBestCmap()
    wanted = [c for c in code_points() if c in source_map]
    missing = [c for c in code_points() if c not in source_map]
    glyphs = {source_map[c] for c in wanted}
    pairs = kerning_pairs(font, glyphs)

    options = subset.Options()
    options.hinting = False
    options.layout_features = []
    options.drop_tables += ["GSUB", "GPOS", "GDEF", "DSIG", "gasp"]
    options.glyph_names = False
    options.name_languages = [0x409]
    options.notdef_outline = True
    options.recalc_timestamp = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=wanted)
    subsetter.subset(font)

    add_triangles(font, symbols)
    kept = set(font.getGlyphOrder())
    font["kern"] = kern_table({k: v for k, v in pairs.items() if k[0] in kept and k[1] in kept})
    font["post"].formatType = 3.0
    font["post"].extraNames = []
    font["post"].mapping = {}
    buffer = io.BytesIO()
    font.save(buffer)
    data = buffer.getvalue()
    return data, len(wanted), [c for c in missing if c not in TRIANGLES], len(pairs)


def license_text():
    """The copyright notices and the full OFL 1.1 text (from Debian's copyright
    file, where each blank line of the licence is written as ' .')."""
    lines = open(COPYRIGHT_FILE, encoding="utf-8").read().split("\n")
    start = len(lines) - lines[::-1].index("License: OFL-1.1")  # the last one holds the text
    body = []
    for line in lines[start:]:
        if not line.startswith(" "):
            break
        body.append("" if line == " ." else line[1:])
    header = [
        "Noto Sans Regular and Bold: Copyright 2015 Google LLC. All Rights Reserved.",
        "Triangles U+25B2 U+25B4 U+25BC U+25BE from Noto Sans Symbols2:",
        "Copyright 2017 Google Inc. All Rights Reserved.",
        "Subset for dti (fewer characters, no hinting, kerning as a 'kern' table)",
        "by .ci/tools/subset-fonts.py; it remains under the licence below.",
        "",
        "This Font Software is licensed under the SIL Open Font License, Version 1.1.",
        "",
        "SIL OPEN FONT LICENSE Version 1.1 - 26 February 2007",
        "",
    ]
    return "\n".join(header + body).rstrip() + "\n"


def swift_literal(data, width=120):
    text = base64.b64encode(data).decode("ascii")
    return "\n".join(text[i:i + width] for i in range(0, len(text), width))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--ttf-dir", help="also write the subset .ttf files here")
    parser.add_argument("--check", action="store_true", help="compare with the committed file, write nothing")
    args = parser.parse_args()
    for path, expected in SHA256SUMS.items():
        actual = sha256(path)
        if actual != expected:
            sys.exit(f"{path}: SHA-256 {actual}, expected {expected}: not the font this script was written for")
    symbols = TTFont(SYMBOLS)
    faces = {}
    for face in ("regular", "bold"):
        data, count, missing, pairs = make_subset(FACES[face], symbols)
        faces[face] = data
        print(f"{face}: {len(data)} bytes, {count} characters, {pairs} kerning pairs;"
              f" not in the font: {' '.join('U+%04X' % c for c in missing) or 'none'}")
        if args.ttf_dir:
            with open(os.path.join(args.ttf_dir, f"NotoSans-{face.capitalize()}-dti.ttf"), "wb") as out:
                out.write(data)
    license = license_text()
    assert '"""' not in license
    swift = f'''// Generated by .ci/tools/subset-fonts.py (fontTools {fontTools.version}): do not edit by hand.
// Noto Sans Regular and Bold (SIL Open Font License 1.1), subset for dti's
// card images; see the script for the exact source files and what was kept.

import Foundation

/// The fonts compiled into dti, so card images need no font on the machine
/// and look the same everywhere.
///
/// The TrueType files are stored as base64 text: this file compiles in about
/// 0.05 s more than an empty one (debug), where an array literal of one
/// face's 65,000 bytes took 9 s and 600 MB of memory. Each face is decoded
/// once, on first use (`static let` is lazy and thread-safe).
enum EmbeddedFonts {{
    /// The file names the faces would have on disk (for messages and credits).
    static let fileNames = (regular: "NotoSans-Regular-dti.ttf", bold: "NotoSans-Bold-dti.ttf")

    /// Noto Sans Regular, subset ({len(faces["regular"])} bytes).
    static let regular: [UInt8] = decode(regularBase64)

    /// Noto Sans Bold, subset ({len(faces["bold"])} bytes).
    static let bold: [UInt8] = decode(boldBase64)

    /// The copyright notices and the full SIL Open Font License 1.1, which
    /// must travel with the fonts.
    static let license: String = """
{license}"""

    private static func decode(_ text: String) -> [UInt8] {{
        // The literal is generated and checked by tests: it always decodes.
        [UInt8](Data(base64Encoded: text, options: .ignoreUnknownCharacters) ?? Data())
    }}

    private static let regularBase64 = """
{swift_literal(faces["regular"])}
"""

    private static let boldBase64 = """
{swift_literal(faces["bold"])}
"""
}}
'''
    if args.check:
        with open(OUTPUT, encoding="utf-8") as committed:
            if committed.read() != swift:
                sys.exit(f"{os.path.normpath(OUTPUT)} differs from what this script makes")
        print(f"{os.path.normpath(OUTPUT)} is up to date")
        return
    with open(OUTPUT, "w", encoding="utf-8") as out:
        out.write(swift)
    print(f"wrote {os.path.normpath(OUTPUT)} ({len(swift)} bytes)")


if __name__ == "__main__":
    main()
