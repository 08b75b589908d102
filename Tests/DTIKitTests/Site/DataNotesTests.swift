import Foundation
import Testing
@testable import DTIKit

/// A finding about a unit's published numbers follows the numbers: on the
/// unit's page beside them, and in its JSON (not only under the table).
@Suite("Data notes follow the data")
struct DataNotesTests {
    static let page = SiteTestSupport.text(SiteTestSupport.bundled, "don-vi/ban-quan-ly-cac-khu-cong-nghiep/index.html")

    @Test("BQL các khu công nghiệp: ATTT 39 above its maximum 35 is a note on its page, beside the flagged score")
    func unitPage() throws {
        #expect(Self.page.contains(#"<aside class="notes" aria-label="Ghi chú về số liệu công bố">"#))
        #expect(Self.page.contains("<li>ATTT 39 vượt điểm tối đa 35<span class=\"muted\"> (Điểm số chỉ số chuyển đổi số cấp sở, ban, ngành tỉnh năm 2022, dòng 6 của bảng)</span></li>"))
        #expect(Self.page.contains(#"<td class="num flagged"><span class="v">39<span class="fr2"></span></span> <span class="mx3">/ 35</span><span class="flag""#))
        // The strength computed from the impossible score says so.
        #expect(Self.page.contains("<li>An toàn thông tin mạng (tính từ điểm công bố 39/35: số không thể có) <span class=\"change up\">"))
        // A unit without findings has no note.
        let other = SiteTestSupport.text(SiteTestSupport.bundled, "don-vi/so-tu-phap/index.html")
        #expect(!other.contains("Ghi chú về số liệu công bố"))
    }

    @Test("…and in its JSON history, with the CSV line")
    func unitJSON() throws {
        let bytes = try #require(FileSystem.read(SiteTestSupport.bundled + "/du-lieu/don-vi/ban-quan-ly-cac-khu-cong-nghiep.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        let history = try #require(json["history"] as? [[String: Any]])
        let notes = try #require(history.first?["notes"] as? [[String: Any]])
        #expect(notes.count == 1)
        #expect(notes.first?["kind"] as? String == "score-above-max")
        #expect(notes.first?["line"] as? Int == 7)
        #expect((notes.first?["message"] as? String)?.contains("ATTT 39 vượt điểm tối đa 35") == true)
        let clean = try #require(FileSystem.read(SiteTestSupport.bundled + "/du-lieu/don-vi/so-tu-phap.json"))
        #expect(String(decoding: clean, as: UTF8.self).contains(#""notes":[]"#))
    }
}
