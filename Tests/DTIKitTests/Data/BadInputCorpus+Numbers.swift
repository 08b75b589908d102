import Foundation
import Testing
@testable import DTIKit

/// Corpus cases: numbers (audit items 3 and 11). In `so.csv`, row line 2 is
/// `1,Sở A,40,50,90,Tốt,1`: the first score is at column 8, the total at
/// 14, the rank at 21. In `khung.csv`, the first index's `max` is at 2:26.
extension BadInputCorpusTests {
    typealias C = Case

    /// A case whose first ranking row has `value` at `column` (8: score, 14: total, 21: rank).
    private static func cell(_ name: String, _ value: String, column: Int, words: [String]) -> Case {
        var cells = ["1", "Sở A", "40", "50", "90", "Tốt", "1"]
        let position = [1: 0, 3: 1, 8: 2, 11: 3, 14: 4, 17: 5, 21: 6][column]!
        cells[position] = value
        return C(name: name, change: so(cells.joined(separator: ",") + "\n2,Sở B,30,30,60,Khá,2\n"), code: 1,
                 location: "rankings/2022/so.csv:2:\(column)", words: words)
    }

    private static func frameworkMax(_ name: String, _ value: String, words: [String]) -> Case {
        C(name: name, change: ["frameworks/khung.csv": "code,name,short,max,group,pillar\n1,Nhận thức số,Nhận thức,\(value),nen-tang,\n2,Hoạt động chính quyền số,Chính quyền số,60,hoat-dong,CQS\n"],
          code: 1, location: "frameworks/khung.csv:2:26", words: words)
    }

    private static func frameworkConf(_ name: String, _ line: String, location: String, words: [String]) -> Case {
        C(name: name, change: ["frameworks/khung.conf": "name = Khung thử\nlegal_basis = Quyết định số 1/QĐ-UBND\n\(line)\nband.Khá = 50\nband.Yếu = 0\n"],
          code: 1, location: location, words: words)
    }

    static let numberCases: [Case] = [
        cell("score of 2^63 (crashed with SIGILL)", "9223372036854775808", column: 8, words: ["quá lớn", "9223372036854775808"]),
        cell("score of 1e20 in digits", "100000000000000000000", column: 8, words: ["quá lớn"]),
        cell("score of four hundred nines", String(repeating: "9", count: 400), column: 8, words: ["quá lớn", "…"]),
        cell("score 1e400", "1e400", column: 8, words: ["không phải số", "1e400", "số mũ"]),
        cell("score NaN", "NaN", column: 8, words: ["không phải số", "NaN"]),
        cell("score inf", "inf", column: 8, words: ["không phải số", "`inf`"]),
        cell("score -inf", "-inf", column: 8, words: ["không phải số"]),
        cell("score 1,5e3 with decimal comma", "\"1,5e3\"", column: 8, words: ["không phải số", "số mũ"]),
        cell("score beyond 1000 times the total maximum", "100001", column: 8, words: ["quá lớn", "1000 lần", "(100)"]),
        cell("huge negative score", "-2000000000", column: 8, words: ["quá lớn"]),
        cell("score with a thousands separator", "\"1.234,5\"", column: 8, words: ["không phải số"]),
        cell("total of 1e20", "100000000000000000000", column: 14, words: ["quá lớn"]),
        cell("total NaN", "NaN", column: 14, words: ["không phải số"]),
        cell("rank 0", "0", column: 21, words: ["không phải số nguyên dương", "`0`"]),
        cell("negative rank", "-1", column: 21, words: ["không phải số nguyên dương"]),
        cell("rank of 10^8", "100000000", column: 21, words: ["quá lớn", "10 triệu"]),
        cell("rank beyond Int", "99999999999999999999", column: 21, words: ["không phải số nguyên dương"]),
        cell("rank 1e3", "1e3", column: 21, words: ["không phải số nguyên dương"]),
        C(name: "score just under the absurd bound is only a warning", change: so("1,Sở A,45,50,95,Tốt,1\n2,Sở B,30,30,60,Khá,2\n"),
          code: 0, location: "rankings/2022/so.csv:2:8", words: ["vượt điểm tối đa"], output: .builds({ _ in })),
        C(name: "negative score is a warning (published data is kept)", change: so("1,Sở A,40,50,90,Tốt,1\n2,Sở B,-5,30,25,Yếu,2\n"),
          code: 0, location: "rankings/2022/so.csv:3:8", words: ["âm (-5)"], output: .builds({ (output: String) throws in
              #expect(try text(output, "du-lieu/xep-hang/2022/so.csv").contains(",-5,30,"))
          })),
        C(name: "of = 1e8", change: ["rankings/2022/so.conf": "framework = khung\ntitle = Bảng thử\nsource = Phụ lục thử\nof = 100000000\n"],
          code: 1, location: "rankings/2022/so.conf:4:6", words: ["`of`", "10 triệu", "100000000"]),
        C(name: "of written as 1e8", change: ["rankings/2022/so.conf": "framework = khung\ntitle = Bảng thử\nsource = Phụ lục thử\nof = 1e8\n"],
          code: 1, location: "rankings/2022/so.conf:4:6", words: ["`of`", "1e8"]),
        C(name: "of below the row count", change: ["rankings/2022/so.conf": "framework = khung\ntitle = Bảng thử\nsource = Phụ lục thử\nof = 1\n"],
          code: 1, location: "rankings/2022/so.conf:4:6", words: ["`of`", "(2)"]),
        frameworkMax("framework max of 10^7", "10000000", words: ["quá lớn", "1 triệu"]),
        frameworkMax("framework max NaN", "NaN", words: ["không phải số", "NaN"]),
        frameworkMax("framework max 1e400", "1e400", words: ["không phải số", "số mũ"]),
        frameworkConf("framework total of 1e20", "total = 100000000000000000000\nband.Tốt = 80",
                      location: "frameworks/khung.conf:3:9", words: ["`total`", "1 triệu"]),
        frameworkConf("framework total infinite (four hundred digits)", "total = " + String(repeating: "9", count: 400) + "\nband.Tốt = 80",
                      location: "frameworks/khung.conf:3:9", words: ["`total`"]),
        frameworkConf("framework total inf", "total = inf\nband.Tốt = 80",
                      location: "frameworks/khung.conf:3:9", words: ["`total` không phải số", "`inf`"]),
        frameworkConf("band threshold 1e400", "total = 100\nband.Tốt = 1e400",
                      location: "frameworks/khung.conf:4:12", words: ["ngưỡng xếp loại không hợp lệ"]),
        frameworkConf("band threshold of ten million points", "total = 100\nband.Tốt = 10000000 điểm",
                      location: "frameworks/khung.conf:4:12", words: ["ngưỡng xếp loại không hợp lệ"]),
        frameworkConf("band threshold not a number", "total = 100\nband.Tốt = nhiều",
                      location: "frameworks/khung.conf:4:12", words: ["ngưỡng xếp loại không hợp lệ", "nhiều"]),
    ]
}
