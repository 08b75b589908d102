import Testing
@testable import DTIKit

/// Writers that read strings in place and write rows field by field must
/// produce exactly what the plain code did.
@Suite("Strings read in place, rows written field by field")
struct InPlaceWritingTests {
    /// `withUTF8Bytes` hands out the string's own bytes: small (inline)
    /// strings, large ones, and substrings that start and end mid-string.
    @Test func utf8BytesAreTheStringsOwn() {
        let long = "Sở Văn hóa, Thể thao và Du lịch – Tỉnh Hậu Giang"
        for text in ["", "Sở", "DTI", long, long + " " + long] {
            #expect(text.withUTF8Bytes { Array($0) } == Array(text.utf8))
        }
        let slice = long.dropFirst(3).dropLast(4)
        #expect(slice.withUTF8Bytes { Array($0) } == Array(slice.utf8))
        #expect(Substring("").withUTF8Bytes { $0.count } == 0)
    }

    /// Short copies move words that overlap; every length from 0 to 80
    /// (across the 32-byte switch to memmove) copies exactly its bytes and
    /// writes nothing before or after them.
    @Test func smallCopiesCopyExactlyTheirBytes() {
        let source = (0..<80).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        for count in 0...80 {
            var target = [UInt8](repeating: 0xEE, count: 96)
            source.withUnsafeBufferPointer { s in
                target.withUnsafeMutableBufferPointer { t in SmallCopy.copy(s.baseAddress!, to: t.baseAddress! + 8, count: count) }
            }
            #expect(Array(target[8..<(8 + count)]) == Array(source[..<count]), "length \(count)")
            #expect(target[..<8].allSatisfy { $0 == 0xEE } && target[(8 + count)...].allSatisfy { $0 == 0xEE }, "length \(count)")
        }
    }

    /// Arrays of nils made without copying a value per slot, and whole
    /// numbers and published digits written straight into a page.
    @Test func nilArraysAndDirectNumbers() throws {
        let three = [PublishedNumber?].nils(3)
        #expect(three.count == 3 && three.allSatisfy { $0 == nil })
        let none: [PublishedRank?] = .nils(0)
        #expect(none.isEmpty)
        var html = HTML(capacity: 16)
        html.integer(-42); html.raw(" "); html.published(digits: "187.390"); html.raw(" "); html.integer(0)
        #expect(html.buffer.string == "-42 187,390 0")
        var json = JSONWriter()
        json.array { a in a.published(digits: "26.25"); a.published(digits: nil) }
        #expect(String(decoding: json.finish(), as: UTF8.self) == "[26.25,null]\n")
    }

    /// A field is quoted only when it holds a comma, a quote or a line break;
    /// quotes inside are doubled, and a missing number is an empty field.
    /// The line reads back through the CSV reader as the same fields.
    @Test func csvLinesQuoteOnlyWhatNeedsIt() throws {
        var out = ByteBuffer()
        var line = CSVLine()
        line.field("Sở Văn hóa, Thể thao và Du lịch", into: &out)
        line.field("say \"hi\"", into: &out)
        line.field("hai\ndòng", into: &out)
        line.field(15, into: &out)
        line.field(nil as Int?, into: &out)
        line.field("187.390", into: &out)
        line.field(-3, into: &out)
        CSVLine.end(into: &out)
        let text = out.string
        #expect(text == "\"Sở Văn hóa, Thể thao và Du lịch\",\"say \"\"hi\"\"\",\"hai\ndòng\",15,,187.390,-3\r\n")
        let parsed = try CSVReader.parse(Array(("a,b,c,d,e,f,g\r\n" + text).utf8), file: "t.csv")
        #expect(parsed.rows.first?.cells.map(\.text) == ["Sở Văn hóa, Thể thao và Du lịch", "say \"hi\"", "hai\ndòng", "15", "", "187.390", "-3"])
    }

    /// Per-index ranks are kept on the index their header names. In the 2022
    /// national table Hậu Giang is 10th on Hạ tầng số, 11th on Nhân lực số,
    /// 9th on Chính quyền số and 25th on Xã hội số; the table publishes no
    /// rank for Nhận thức số or Kinh tế số.
    @Test func indexRanksLandOnTheirIndex() throws {
        let content = try #require(ContentLoader.load(from: TestSupport.bundledContent).0)
        let table = try #require(content.rankings.first { $0.period.label == "2022" && $0.group == "tinh-thanh-pho" })
        let framework = try #require(content.frameworks.first { $0.id == table.frameworkID })
        let row = try #require(table.rows.first { $0.name == "Hậu Giang" })
        func rank(_ name: String) -> Int? {
            guard let code = framework.mainIndices.first(where: { $0.name == name })?.code,
                  let p = table.indexCodes.firstIndex(of: code) else { return -1 }
            return row.indexRanks[p]?.value
        }
        #expect(rank("Hạ tầng số") == 10)
        #expect(rank("Nhân lực số") == 11)
        #expect(rank("Hoạt động Chính quyền số") == 9)
        #expect(rank("Hoạt động Xã hội số") == 25)
        #expect(rank("Nhận thức số") == nil)
        #expect(rank("Hoạt động Kinh tế số") == nil)
        #expect(row.scores[try #require(table.indexCodes.firstIndex { $0.description == "3" })]?.text == "72.73")
    }
}
