import Foundation
import Testing
@testable import DTIKit
@testable import DTIBench

/// The fast paths added for national-scale builds must agree with the plain
/// code they short-cut, byte for byte and bit for bit.
@Suite("Fast paths agree with the general code")
struct FastPathTests {
    /// Published numbers take an allocation-free path; its value must be the
    /// very Double that `Double(text)` (strtod) gives, and its text the same.
    @Test func publishedNumbersMatchStrtodBitForBit() {
        var random = SplitMix64(seed: 2026)
        var checked = 0
        for _ in 0..<20_000 {
            let whole = random.next() % 1_000_000
            let decimals = Int(random.next() % 8)
            var fraction = ""
            for _ in 0..<decimals { fraction.append(Character(String(random.next() % 10))) }
            let negative = random.next() % 5 == 0
            let comma = random.next() % 2 == 0
            let written = (negative ? "-" : "") + String(whole) + (decimals > 0 ? (comma ? "," : ".") + fraction : "")
            let canonical = (negative ? "-" : "") + String(whole) + (decimals > 0 ? "." + fraction : "")
            guard let parsed = PublishedNumber.parse(written) else {
                Issue.record("rejected \(written)")
                continue
            }
            #expect(parsed.value.bitPattern == Double(canonical)!.bitPattern, "\(written)")
            #expect(parsed.text == canonical)
            checked += 1
        }
        #expect(checked == 20_000)
        // Seeds' own spellings, and values past 15 significant digits (general path).
        for (text, canonical) in [("206,45", "206.45"), ("+40", "40"), ("0.1", "0.1"), ("187.390", "187.390"),
                                  ("-0", "-0"), ("0000.5", "0000.5"), ("12345678901234567.25", "12345678901234567.25"),
                                  ("0.30000000000000004", "0.30000000000000004"), (" 26,25 ", "26.25")] {
            let parsed = PublishedNumber.parse(text)
            #expect(parsed?.text == canonical, "\(text)")
            #expect(parsed?.value.bitPattern == Double(canonical)?.bitPattern, "\(text)")
        }
        for bad in ["", "1.", "1,", ",5", ".5", "1,2,3", "--1", "+", "-", "1e5", "12%", "1 000", "bốn mươi"] {
            #expect(PublishedNumber.parse(bad) == nil, "\(bad)")
        }
    }

    /// Every padding case of SHA-256 (lengths around 55, 56, 64 and 120
    /// bytes), checked against coreutils' `sha256sum`.
    @Test func sha256MatchesCoreutilsAcrossBlockBoundaries() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dti-sha-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var random = SplitMix64(seed: 256)
        var names: [String] = []
        var expected: [String: String] = [:]
        for length in Array(0...130) + [1000, 4096, 65_537] {
            let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            let name = "f\(length)"
            try Data(bytes).write(to: folder.appendingPathComponent(name))
            names.append(name)
            expected[name] = SHA256.hex(bytes)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sha256sum"] + names
        process.currentDirectoryURL = folder
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        var compared = 0
        for line in output.split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 1)
            let name = parts[1].trimmingCharacters(in: CharacterSet(charactersIn: " *"))
            #expect(expected[name] == String(parts[0]), "\(name)")
            compared += 1
        }
        #expect(compared == names.count)
    }

    /// The fused attribute and text writers escape exactly as the plain
    /// replacement would, also for text long enough to grow the buffer.
    @Test func htmlEscapingMatchesPlainReplacement() {
        func reference(_ s: String) -> String {
            s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
                .replacingOccurrences(of: "'", with: "&#39;")
        }
        let pieces = ["Sở Tư pháp", "<script>alert('x')</script>", "a & b", "\"trích\"", "Đ", " ", "9 > 8", "'"]
        var random = SplitMix64(seed: 7)
        for size in [0, 1, 5, 40, 3000] {
            let text = (0..<size).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            var html = HTML(capacity: 16)
            html.element(.p, .class(text), Attribute("data-x", text), text: text)
            html.void(.input, Attribute(flag: "hidden"), Attribute("value", text), Attribute("size", integer: -3))
            let a = reference(text)
            #expect(html.string == "<p class=\"\(a)\" data-x=\"\(a)\">\(a)</p><input hidden value=\"\(a)\" size=\"-3\">")
        }
    }

    /// Escaping scans sixteen bytes at a time: a special byte is found at
    /// every position of a chunk and of the tail, and near-misses (space,
    /// `>` for JSON, multi-byte letters) are left alone.
    @Test func escapingFindsSpecialBytesAtEveryPosition() throws {
        for special in ["&", "<", ">", "\"", "'"] {
            for position in 0..<40 {
                let text = String(repeating: "a", count: position) + special + String(repeating: "ế", count: 13)
                let entity = ["&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;"][special]!
                #expect(HTML.escaped(text) == String(repeating: "a", count: position) + entity + String(repeating: "ế", count: 13))
            }
        }
        let plain = String(repeating: "Xã Giả Định  ~`=", count: 5)
        #expect(HTML.escaped(plain) == plain)
        // DEL is a control character: dropped from HTML (see `ControlCharacters`).
        #expect(HTML.escaped(String(repeating: "Xã Giả Định \u{7F} ~`=", count: 5)) == plain)
        let jsonEscapes = ["\"": "\\\"", "\\": "\\\\", "<": "\\u003c", "\n": "\\n", "\u{1}": "\\u0001", "\u{1F}": "\\u001f"]
        for (special, escaped) in jsonEscapes.sorted(by: { $0.key < $1.key }) {
            for position in 0..<40 {
                let text = String(repeating: "b", count: position) + special + "> \u{7F}Đ"
                var json = JSONWriter()
                json.array { $0.string(text) }
                let bytes = json.finish()
                // DEL is a control character: escaped too.
                #expect(String(decoding: bytes, as: UTF8.self) == "[\"" + String(repeating: "b", count: position) + escaped + "> \\u007fĐ\"]\n")
                #expect(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String] == [text])
            }
        }
    }

    /// Commas follow values at every depth of the bit stack, up to 40 levels.
    @Test func jsonNestingKeepsItsCommas() {
        var json = JSONWriter()
        func nest(_ depth: Int, _ w: inout JSONWriter) {
            w.array { a in
                a.integer(depth)
                if depth < 40 { nest(depth + 1, &a) }
                a.string("x")
                a.object { _ in }
            }
        }
        nest(1, &json)
        var expected = ""
        for depth in 1...40 { expected += "[\(depth)," }
        expected.removeLast()
        for _ in 1...40 { expected += ",\"x\",{}]" }
        #expect(String(decoding: json.finish(), as: UTF8.self) == expected + "\n")
    }

    /// Unquoted cells are taken whole; columns still count characters.
    @Test func csvColumnsCountCharactersInUnquotedCells() throws {
        let csv = try CSVReader.parse(Array("Tên,Điểm,Ghi chú\nSở Tư pháp,206,45,\"a\"\n".replacingOccurrences(of: "206,45", with: "\"206,45\"").utf8),
                                      file: "t.csv")
        let row = try #require(csv.rows.first)
        #expect(row.cells.map(\.text) == ["Sở Tư pháp", "206,45", "a"])
        #expect(row.cells.map(\.column) == [1, 12, 21])
        #expect(CSVCell(text: " \t\u{A0} ", line: 1, column: 1).isBlank)
        #expect(!CSVCell(text: "  ồ ", line: 1, column: 1).isBlank)
        #expect(!CSVCell(text: " x", line: 1, column: 1).isBlank)
    }

    /// The framework's derived lists follow later changes to what they derive from.
    @Test func frameworkDerivedValuesFollowChanges() throws {
        let content = try #require(ContentLoader.load(from: TestSupport.bundledContent).0)
        var framework = try #require(content.frameworks.first { $0.pillars.count == 3 })
        let count = framework.mainIndices.count
        #expect(framework.totalMax > 0)
        framework.pillarNames[.cqs] = "Trụ cột thử"
        #expect(framework.pillars.first { $0.pillar == .cqs }?.name == "Trụ cột thử")
        framework.indices.removeAll { $0.isMain && $0.pillar == .xhs }
        #expect(framework.mainIndices.count == count - 1)
        #expect(framework.pillars.map(\.pillar) == [.cqs, .kts])
    }

    /// The output fingerprint walks big folders on several threads; it must
    /// equal a plain one-thread walk: names in byte order, folders in place.
    @Test func parallelFingerprintEqualsAPlainWalk() throws {
        let root = TestSupport.temporaryDirectory("dti-fingerprint")
        defer { try? FileManager.default.removeItem(atPath: root) }
        // 600 unit folders (split into runs of 256) among plain files, names that sort around "/".
        for i in 0..<600 {
            let folder = root + "/don-vi/d\(1000 + i)"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try Data(repeating: UInt8(i % 251), count: i).write(to: URL(fileURLWithPath: folder + "/index.html"))
            if i % 100 == 0 { try Data("x".utf8).write(to: URL(fileURLWithPath: root + "/don-vi/d\(1000 + i)-a.json")) }
        }
        try Data("a".utf8).write(to: URL(fileURLWithPath: root + "/don-vi-z.txt"))
        try Data("b".utf8).write(to: URL(fileURLWithPath: root + "/Đà.txt"))

        func plainWalk(_ path: String, _ relative: String, into records: inout String) {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            for name in names.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) {
                let child = relative.isEmpty ? name : relative + "/" + name
                var info = stat()
                guard lstat(path + "/" + name, &info) == 0 else { continue }
                if (info.st_mode & S_IFMT) == S_IFDIR { plainWalk(path + "/" + name, child, into: &records); continue }
                records += "\(child)|\(info.st_size)|\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)\n"
            }
        }
        var records = ""
        plainWalk(root, "", into: &records)
        #expect(records.split(separator: "\n").count == 600 + 6 + 2)
        #expect(BuildState.fingerprint(of: root) == SHA256.hash(Array(records.utf8)))
    }

    /// The fingerprint made from what a build wrote equals a walk of the
    /// output afterwards: `/` sorts below every byte (`a/b` before `a-c`).
    @Test func writtenFingerprintEqualsAWalk() throws {
        let root = TestSupport.temporaryDirectory("dti-stamps")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let paths = ["a-c", "a/b", "a/b-c/d", "a/bx/y", "a.txt", "b", "Đ/é", "a/.hidden"]
        var stamps: [String: FileStamp] = [:]
        for (i, path) in paths.enumerated() {
            try FileSystem.makeDirectories(root + "/" + FileSystem.dirname(of: path))
            var stamp = FileStamp()
            try FileSystem.write(Array(repeating: UInt8(65 + i), count: i * 7), to: root + "/" + path, stamp: &stamp)
            stamps[path] = stamp
            #expect(stamp.size == i * 7)
        }
        let shuffled = paths.reversed() + []
        #expect(BuildState.fingerprint(paths: shuffled, stamps: shuffled.map { stamps[$0]! }) == BuildState.fingerprint(of: root))

        // And for real builds: into a new folder, then again into the reused one.
        let output = TestSupport.temporaryDirectory("dti-stamps-site") + "/Site"
        defer { try? FileManager.default.removeItem(atPath: FileSystem.dirname(of: output)) }
        for _ in 0..<2 {
            let report = SiteBuilder.build(BuildOptions(content: TestSupport.bundledContent, theme: TestSupport.bundledTheme, output: output, shareCards: false))
            #expect(report.succeeded)
            let written = try #require(report.outputFingerprint)
            #expect(written == BuildState.fingerprint(of: output))
        }
    }

    /// Text with spaces around it takes a shortcut; it must give what the
    /// full rule (NFC, whitespace runs collapsed, ends trimmed) gives.
    @Test func normalizedTextShortcutAgreesWithTheFullRule() {
        func reference(_ text: String) -> String {
            var out = ""
            var pendingSpace = false
            for character in text.precomposedStringWithCanonicalMapping {
                if character.isWhitespace { pendingSpace = !out.isEmpty } else {
                    if pendingSpace { out.append(" ") }
                    pendingSpace = false
                    out.append(character)
                }
            }
            return out
        }
        let cores = ["Sở Tư pháp", "so-ban-nganh", "Phụ lục 01, Báo cáo 187/BC-STTTT", "a  b", "x\u{A0}y", "\u{301}a",
                     "Tie\u{302}\u{301}n", "Đà Nẵng", "", "A\tB", "https://dti.haugiang.gov.vn/"]
        let pads = ["", " ", "  ", "\t", " \t ", "\u{A0}", "\n"]
        var checked = 0
        for core in cores {
            for left in pads {
                for right in pads {
                    let text = left + core + right
                    #expect(text.normalizedText == reference(text), "\(Array(text.unicodeScalars))")
                    checked += 1
                }
            }
        }
        #expect(checked == cores.count * pads.count * pads.count)
        #expect("  title ".normalizedText == "title")
        #expect(" Tiê\u{301}n ".normalizedText == "Tiến")
    }

    /// Strings written in one escaping pass read back as themselves, and
    /// `<` never appears raw (the JSON may be embedded in a page).
    @Test func jsonStringsRoundTrip() throws {
        var samples = (0..<0x20).map { String(UnicodeScalar(UInt8($0))) }
        samples += ["\"", "\\", "<script>alert('x')</script>", "Sở Tư pháp", "a\u{7F}b", "", "Đ\"\\<\n\t\r\u{1}x",
                    String(repeating: "Xã \"Giả\" <Định> ", count: 400)]
        var json = JSONWriter()
        json.array { a in for sample in samples { a.string(sample) } }
        let bytes = json.finish()
        #expect(!bytes.contains(UInt8(ascii: "<")))
        let decoded = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String])
        #expect(decoded == samples)
        var joined = JSONWriter()
        joined.array { a in a.string("https://dti.example.gov.vn/", "don-vi/so-y-te/"); a.string("a\"<", "\\\n"); a.string("", "") }
        #expect(String(decoding: joined.finish(), as: UTF8.self) == #"["https://dti.example.gov.vn/don-vi/so-y-te/","a\"\u003c\\\n",""]"# + "\n")
        var keyed = JSONWriter(pretty: true)
        keyed.object { o in o.key("ten"); o.string("Sở \"Y\" tế") }
        #expect(String(decoding: keyed.finish(), as: UTF8.self) == "{\n  \"ten\": \"Sở \\\"Y\\\" tế\"\n}\n")
    }

    /// Folders are made by the files written into them. A reused staging
    /// folder where a file stands in a folder's place, and a folder in a
    /// file's place, still ends up exactly as a clean build.
    @Test func foldersAreMadeByTheirFilesEvenOverLeftovers() throws {
        let clean = SiteTestSupport.bundled
        let output = TestSupport.temporaryDirectory("dti-folders") + "/Site"
        defer { try? FileManager.default.removeItem(atPath: FileSystem.dirname(of: output)) }
        // Share cards on, as in the shared clean build (after the first build they come from the cache).
        let options = BuildOptions(content: TestSupport.bundledContent, theme: TestSupport.bundledTheme, output: output)
        #expect(SiteBuilder.build(options).succeeded)
        #expect(SiteBuilder.build(options).succeeded)   // the previous output is now the staging folder
        let staging = FileSystem.dirname(of: output) + "/.dti/Site.next"
        #expect(FileSystem.isDirectory(staging + "/don-vi/so-tu-phap"))
        FileSystem.removeTree(staging + "/don-vi/so-tu-phap")
        try FileSystem.write(Array("a file where a folder belongs".utf8), to: staging + "/don-vi/so-tu-phap")
        FileSystem.removeTree(staging + "/robots.txt")
        try FileSystem.makeDirectories(staging + "/robots.txt/inside")
        FileSystem.removeTree(staging + "/xep-hang")   // and a whole tree of folders gone
        let third = SiteBuilder.build(options)
        #expect(third.succeeded)
        let files = SiteTestSupport.files(output)
        #expect(files == SiteTestSupport.files(clean))
        #expect(files.contains("don-vi/so-tu-phap/index.html"))
        for file in files { #expect(FileSystem.read(output + "/" + file) == FileSystem.read(clean + "/" + file), "\(file)") }
    }

    /// Rounding without libm's `round` gives the digits the plain
    /// `rounded(.toNearestOrAwayFromZero)` gives, for every precision.
    @Test func numberRoundingMatchesTheLibraryRounding() {
        func reference(_ value: Double, _ decimals: Int) -> String {
            let places = max(0, min(decimals, 6))
            var scale = 1.0
            for _ in 0..<places { scale *= 10 }
            let exact = abs(value) * scale
            let scaled = (exact + min(exact * 1e-12, 0.001)).rounded(.toNearestOrAwayFromZero)
            let units = UInt(scaled)
            let divisor = UInt(scale)
            var text = (value < 0 && units != 0 ? "-" : "") + String(units / divisor)
            if places > 0 {
                var fraction = String(units % divisor)
                fraction = String(repeating: "0", count: places - fraction.count) + fraction
                text += "." + fraction
            }
            return text
        }
        var random = SplitMix64(seed: 42)
        var checked = 0
        for i in 0..<60_000 {
            let magnitude = [1.0, 10, 100, 1000, 1e6, 1e-3][i % 6]
            var value = Double(random.next() % 1_000_000) / 1_000_000 * magnitude
            if i % 7 == 0 { value = Double(random.next() % 100_000) / 8 }          // exact halves, quarters, eighths
            if i % 11 == 0 { value = Double(random.next() % 10_000) / 1000 + 0.0005 } // ties at the last place
            if i % 3 == 0 { value = -value }
            let decimals = i % 7
            #expect(NumberFormat.display(value, decimals: decimals).replacingOccurrences(of: ",", with: ".") == reference(value, decimals),
                    "\(value) \(decimals)")
            checked += 1
        }
        #expect(checked == 60_000)
        #expect(NumberFormat.display(2.675, decimals: 2) == "2,68" && NumberFormat.display(0.125, decimals: 2) == "0,13")
        #expect(NumberFormat.display(-0.004, decimals: 2) == "0,00" && NumberFormat.display(0.4999999999999999, decimals: 0) == reference(0.4999999999999999, 0))
    }

    /// The trimmed, data and buffer forms of a number are the fixed form
    /// with trailing fraction zeros (and a bare separator) dropped, at every
    /// precision: they share one writer, with one constant divisor per precision.
    @Test func trimmedDataAndBufferFormsFollowTheFixedForm() {
        func trimmed(_ fixed: String) -> String {
            guard fixed.contains(",") else { return fixed }
            var text = fixed
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(",") { text.removeLast() }
            return text == "-0" ? "0" : text
        }
        var random = SplitMix64(seed: 7)
        for i in 0..<20_000 {
            let magnitude = [1.0, 10, 1000, 1e6, 1e-2][i % 5]
            var value = Double(random.next() % 1_000_000) / 1_000_000 * magnitude
            if i % 4 == 0 { value = Double(random.next() % 4_000) / 16 }   // exact binary fractions: 0,0625 …
            if i % 3 == 0 { value = -value }
            let decimals = i % 7
            let fixed = NumberFormat.display(value, decimals: decimals)
            let expected = trimmed(fixed)
            #expect(NumberFormat.displayTrimmed(value, decimals: decimals) == expected, "\(value) \(decimals)")
            #expect(NumberFormat.data(value, decimals: decimals) == expected.replacingOccurrences(of: ",", with: "."), "\(value) \(decimals)")
            var buffer = ByteBuffer(capacity: 8)
            buffer.append(value, decimals: decimals, fixed: true, separator: NumberFormat.comma)
            #expect(buffer.string == fixed)
        }
        // Long results (more than a small string holds) come out whole too.
        #expect(NumberFormat.display(-123_456_789.123456, decimals: 6) == "-123456789,123456")
        #expect(NumberFormat.data(899_999_999.5, decimals: 6) == "899999999.5")
        #expect(NumberFormat.display(2.675, decimals: 2) == "2,68" && NumberFormat.displayTrimmed(1_000_000.125, decimals: 2) == "1000000,13")
        // Whole numbers take a shortcut: the same text, negative zero included.
        #expect([352.0, -4, 0, -0.0, 4.0e15, 9.5e15].map { NumberFormat.data($0, decimals: 2) } == ["352", "-4", "0", "0", "4000000000000000", "9500000000000000"])
        #expect(NumberFormat.display(352, decimals: 2) == "352,00" && NumberFormat.display(-0.0, decimals: 1) == "0,0")
    }

    /// Files saved by Windows editors end lines with CRLF: a .conf file read
    /// that way must give every key on its own line (before the parser split
    /// lines on bytes, the whole file was one line), and a page's title and
    /// paragraphs must come out the same as with LF.
    @Test func windowsLineEndsInConfAndPages() throws {
        let conf = Array("# ghi chú\r\ntitle = Bảng xếp hạng 2024\r\nsource = Phụ lục 01\r\n".utf8)
        let (file, problems) = ConfFile.parse(conf, file: "x.conf", allowedKeys: ["title", "source"])
        #expect(problems.isEmpty)
        #expect(file["title"] == "Bảng xếp hạng 2024")
        #expect(file["source"] == "Phụ lục 01")
        #expect(file.entry("source")?.location.line == 3)

        let root = TestSupport.temporaryDirectory("dti-crlf") + "/Content"
        defer { try? FileManager.default.removeItem(atPath: FileSystem.dirname(of: root)) }
        TestSupport.copy(TestSupport.bundledContent, to: root)
        try FileSystem.makeDirectories(root + "/pages")
        try FileSystem.write(Array("# Giới thiệu\r\n\r\nCổng công bố chỉ số.\r\n\r\n## Liên hệ\rSở TT&TT\r\n".utf8), to: root + "/pages/gioi-thieu.md")
        let content = try #require(ContentLoader.load(from: root).0)
        let page = try #require(content.pages.first { $0.name == "gioi-thieu" })
        #expect(page.title == "Giới thiệu")
        #expect(!page.markdown.contains("\r"))
        #expect(page.markdown == "# Giới thiệu\n\nCổng công bố chỉ số.\n\n## Liên hệ\nSở TT&TT\n")
    }
}
