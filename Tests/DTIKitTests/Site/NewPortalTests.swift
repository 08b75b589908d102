import Foundation
import Testing
@testable import DTIKit

/// `dti new`, then `dti check` and `dti build` with no options from inside
/// the new folder, as an office that has never seen dti would run them.
@Suite("dti new: a portal that builds as generated", .serialized)
struct NewPortalTests {
    /// Runs `arguments` with `folder` as the working directory.
    ///
    /// The only test that changes the process's working directory: it is
    /// put back before returning. Tests running meanwhile are unaffected,
    /// since every other test names its folders with absolute paths (the
    /// relative defaults are exercised only here and by usage errors,
    /// which touch no file).
    private func run(in folder: String, _ arguments: [String]) -> (code: Int32, out: String, err: String) {
        let previous = FileSystem.currentDirectory
        guard chdir(folder) == 0 else { return (-1, "", "chdir \(folder) failed") }
        defer { chdir(previous) }
        return TestSupport.run(arguments)
    }

    @Test func aNewPortalChecksAndBuildsWithNoOptionsFromItsFolder() throws {
        let work = TestSupport.temporaryDirectory("dti-new")     // outside the repository
        defer { FileSystem.removeTree(work) }
        #expect(!work.hasPrefix(TestSupport.packageRoot))
        let portal = work + "/cong-dti"
        let created = TestSupport.run(["new", portal])
        #expect(created.code == 0, "\(created.err)")
        #expect(created.out.contains("Đã tạo cổng thông tin mẫu trong \(portal)/:"))
        #expect(created.out.contains("  cd \(portal)\n  dti check"))
        #expect(SiteTestSupport.files(portal) == [
            ".gitignore", "Content/frameworks/so-ban-nganh.conf", "Content/frameworks/so-ban-nganh.csv",
            "Content/pages/gioi-thieu.md", "Content/rankings/2023/so-ban-nganh.conf", "Content/rankings/2023/so-ban-nganh.csv",
            "Content/rankings/2024/so-ban-nganh.conf", "Content/rankings/2024/so-ban-nganh.csv", "Content/site.conf", "README.md",
        ])
        #expect(!FileSystem.exists(portal + "/Theme"))

        let check = run(in: portal, ["check"])
        #expect(check.code == 0, "\(check.err)")
        #expect(check.out == "dti check Content: 1 bộ chỉ số, 2 bảng xếp hạng, 14 dòng, 7 đơn vị; 0 lỗi, 0 cảnh báo: đạt")
        #expect(check.err.isEmpty)

        let build = run(in: portal, ["build"])
        #expect(build.code == 0, "\(build.err)")
        #expect(build.out.hasPrefix("dti build: Content + Theme → Site"))
        // 24 pages and 52 files (the compare page, search assets and index, a workbook per ranking), plus per unit (7) an embed and an A4 card page and a badge, 10 social cards, card.css, card.js and 3 PNG icons.
        #expect(build.out.contains("Xong: 38 trang, 89 tệp,") && build.out.contains("0 cảnh báo"))
        let site = portal + "/Site"
        // Real pages with the numbers of the tables.
        let unit = SiteTestSupport.text(site, "don-vi/so-tu-phap/index.html")
        #expect(unit.contains("90,25 / 100 điểm, hạng 2/7, xếp loại Xuất sắc"))
        #expect(unit.contains("79,25"))                                      // its 2023 total, in the history
        let ranking = SiteTestSupport.text(site, "xep-hang/2024/so-ban-nganh/index.html")
        #expect(ranking.contains("Sở Văn hóa, Thể thao và Du lịch") && ranking.contains("97,5"))
        #expect(SiteTestSupport.text(site, "gioi-thieu/index.html").contains("<h1>Giới thiệu</h1>"))
        #expect(SiteTestSupport.text(site, "du-lieu/xep-hang/2023/so-ban-nganh.csv").contains("Sở Y tế"))
        #expect(FileSystem.read(site + "/assets/style.css") == Array(BuiltInTheme.styleCSS.utf8))
        #expect(SiteTestSupport.brokenLinks(in: site).isEmpty)
        // Bookkeeping in .dti/, which the generated .gitignore leaves out with Site/.
        #expect(FileSystem.isFile(portal + "/.dti/Site.state"))
        #expect(SiteTestSupport.text(portal, ".gitignore").contains("/Site/\n/.dti/\n"))
        #expect(Set(FileSystem.list(portal) ?? []) == [".dti", ".gitignore", "Content", "README.md", "Site"])

        let again = run(in: portal, ["build"])
        #expect(again.code == 0 && again.out.contains("không có thay đổi"))
    }

    @Test func theTablesAreSavedTheWayVietnameseExcelSavesThem() throws {
        let files = Dictionary(uniqueKeysWithValues: ScaffoldContent.files.map { ($0.path, $0.bytes) })
        for path in ["Content/frameworks/so-ban-nganh.csv", "Content/rankings/2023/so-ban-nganh.csv", "Content/rankings/2024/so-ban-nganh.csv"] {
            let bytes = try #require(files[path])
            #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF], "\(path)")
            let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
            #expect(text.hasSuffix("\r\n") && !text.contains("\r\n\r\n"), "\(path)")
            #expect(text.replacingOccurrences(of: "\r\n", with: "").contains("\n") == false, "\(path)")
            let columns = path.contains("frameworks") ? 6 : 10
            #expect(text.split(separator: "\r\n").allSatisfy { $0.split(separator: ";", omittingEmptySubsequences: false).count == columns }, "\(path)")
        }
        let ranking = String(decoding: try #require(files["Content/rankings/2024/so-ban-nganh.csv"]).dropFirst(3), as: UTF8.self)
        #expect(ranking.hasPrefix("STT;Tên đơn vị;Nhận thức;Thể chế;Nhân lực;ATTT;Chính quyền số;Tổng điểm;Xếp loại;Xếp hạng\r\n"))
        #expect(ranking.contains("\r\n2;Sở Tư pháp;19;10;16;18;27,25;90,25;Xuất sắc;2\r\n"))
        // The other files are plain UTF-8 text with LF line ends.
        #expect(!(files["Content/site.conf"] ?? []).contains(0x0D))
    }

    @Test func newRefusesAFolderThatHoldsAnythingAndWritesNothing() throws {
        let work = TestSupport.temporaryDirectory("dti-new")
        defer { FileSystem.removeTree(work) }
        TestSupport.write(["ghi-chu.txt": "của tôi"], under: work + "/co-san")
        let before = treeSnapshot(work)
        let refused = TestSupport.run(["new", work + "/co-san"])
        #expect(refused.code == 1)
        #expect(refused.err.contains("thư mục `\(work)/co-san` đã có tệp"))
        #expect(refused.err.contains("gợi ý: dti new chỉ tạo cổng trong một thư mục mới hoặc rỗng"))
        try FileSystem.write(Array("x".utf8), to: work + "/tep")
        let file = TestSupport.run(["new", work + "/tep"])
        #expect(file.code == 1 && file.err.contains("đã có và không phải là thư mục"))
        // A file on the way to the folder is never removed to make room.
        let below = TestSupport.run(["new", work + "/tep/cong"])
        #expect(below.code == 1 && below.err.contains("không thể tạo thư mục"))
        #expect(FileSystem.read(work + "/tep") == Array("x".utf8))
        #expect(treeChanges(since: before, in: work) == ["tep"])
        // An empty folder is fine; no folder name is a usage error.
        try FileSystem.makeDirectories(work + "/rong")
        #expect(TestSupport.run(["new", work + "/rong"]).code == 0)
        #expect(FileSystem.isFile(work + "/rong/Content/site.conf"))
        let usage = TestSupport.run(["new"])
        #expect(usage.code == 2 && usage.err.contains("cần tên thư mục cho cổng mới"))
        #expect(TestSupport.run(["new", "a", "b"]).code == 2)
        #expect(TestSupport.run(["help", "new"]).out.contains("--theme"))
    }
}
