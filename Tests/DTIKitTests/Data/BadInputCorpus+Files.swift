#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
@testable import DTIKit

/// Corpus cases: what the files themselves are (audit items 4, 5, 11):
/// FIFOs, symlinks out of the tree and in loops, huge files, deep folders.
extension BadInputCorpusTests {
    static let fileCases: [Case] = [
        C(name: "FIFO as a ranking table (hung check and build)", setup: fifo("rankings/2022/so.csv"),
          code: 1, location: "rankings/2022/so.csv: error", words: ["ống FIFO", "không phải tệp thường"]),
        C(name: "FIFO as site.conf", setup: fifo("site.conf"), code: 1, location: "site.conf: error", words: ["ống FIFO"]),
        C(name: "FIFO as units.csv", setup: fifo("units.csv"), code: 1, location: "units.csv: error", words: ["ống FIFO"]),
        C(name: "FIFO as a page", setup: fifo("pages/ong.md"), code: 1, location: "pages/ong.md: error", words: ["ống FIFO"]),
        C(name: "a folder named like a table is an unused folder", setup: { root in mkdir(root + "/rankings/2022/bang.csv", 0o755) },
          code: 0, location: "rankings/2022/bang.csv/: warning", words: ["không được đọc"], output: .identical),
        C(name: "site.conf is a folder", remove: ["site.conf"], setup: { root in mkdir(root + "/site.conf", 0o755) },
          code: 1, location: "site.conf: error", words: ["thư mục, không phải tệp thường"]),
        C(name: "page symlinked to /etc/passwd", setup: link("pages/leak.md", to: "/etc/passwd"),
          code: 1, location: "pages/leak.md: error", words: ["liên kết (symlink)", "/etc/passwd", "nằm ngoài thư mục nội dung"]),
        C(name: "ranking table symlinked out of the tree", setup: { root in
            let target = outside(root, "so.csv", rankingHeader + "1,Sở A,40,50,90,Tốt,1\n")
            link("rankings/2022/so.csv", to: target)(root)
          }, code: 1, location: "rankings/2022/so.csv: error", words: ["nằm ngoài thư mục nội dung", "outside-so.csv"]),
        C(name: "framework .conf symlinked out of the tree", setup: { root in
            let target = outside(root, "khung.conf", TestSupport.minimalContent["frameworks/khung.conf"]!)
            link("frameworks/khung.conf", to: target)(root)
          }, code: 1, location: "frameworks/khung.conf: error", words: ["nằm ngoài thư mục nội dung"]),
        C(name: "period folder symlinked out of the tree", setup: { root in
            let folder = FileSystem.dirname(of: root) + "/outside-2022"
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try? FileManager.default.moveItem(atPath: root + "/rankings/2022", toPath: folder + "/moved")
            _ = symlink(folder + "/moved", root + "/rankings/2022")
          }, code: 1, location: "rankings/2022/so.conf: error", words: ["nằm ngoài thư mục nội dung"]),
        C(name: "dangling symlink as a page", setup: link("pages/mat.md", to: "/nonexistent/dti/mat.md"),
          code: 1, location: "pages/mat.md: error", words: ["liên kết (symlink) hỏng", "/nonexistent/dti/mat.md"]),
        C(name: "symlink inside the tree to a file inside is fine", setup: link("pages/ban-sao.md", to: "gioi-thieu.md"),
          code: 0, location: nil, output: .builds({ (output: String) throws in
              #expect(try text(output, "ban-sao/index.html").contains("Trang <strong>thử</strong>"))
          })),
        C(name: "two symlinks looping at the top (hung build and serve)", setup: { root in
            _ = symlink(".", root + "/a"); _ = symlink(".", root + "/b")
          }, code: 0, location: "a/: warning", words: ["thư mục này không được đọc"], output: .identical),
        C(name: "symlink loop inside a period folder", setup: link("rankings/2022/vong", to: ".."),
          code: 0, location: "rankings/2022/vong/: warning", words: ["không được đọc"], output: .identical),
        C(name: "symlink loop inside pages", setup: link("pages/vong", to: "../pages"),
          code: 0, location: "pages/vong/: warning", output: .identical),
        C(name: "folders nested sixty deep", setup: { root in
            let deep = root + "/pages/" + Array(repeating: "a", count: 60).joined(separator: "/")
            try? FileManager.default.createDirectory(atPath: deep, withIntermediateDirectories: true)
            try? "# Sâu\n".write(toFile: deep + "/sau.md", atomically: false, encoding: .utf8)
          }, code: 0, location: "pages/a/: warning", output: .identical),
        C(name: "65 MB ranking table (sparse)", setup: sparse("rankings/2022/so.csv", bytes: 65 << 20),
          code: 1, location: "rankings/2022/so.csv: error", words: ["vượt giới hạn", "68,2 MB"]),
        C(name: "65 MB page (sparse)", setup: sparse("pages/gioi-thieu.md", bytes: 65 << 20),
          code: 1, location: "pages/gioi-thieu.md: error", words: ["vượt giới hạn"]),
        C(name: "65 MB site.conf (sparse)", setup: sparse("site.conf", bytes: 65 << 20),
          code: 1, location: "site.conf: error", words: ["vượt giới hạn"]),
        C(name: "empty ranking table", change: ["rankings/2022/so.csv": ""],
          code: 1, location: "rankings/2022/so.csv:1", words: ["tệp CSV trống"]),
        C(name: "ranking with a header and no rows", change: ["rankings/2022/so.csv": rankingHeader],
          code: 1, location: "rankings/2022/so.csv:1", words: ["chỉ có dòng tiêu đề", "không có dòng số liệu"]),
        C(name: "empty site.conf", change: ["site.conf": ""], code: 1, location: "site.conf: error", words: ["`title`", "`base_url`"]),
    ]
}
