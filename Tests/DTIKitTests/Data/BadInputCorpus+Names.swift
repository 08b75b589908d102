import Foundation
import Testing
@testable import DTIKit

/// Corpus cases: names that become paths (audit items 6 and 7).
extension BadInputCorpusTests {
    private static func page(_ name: String, words: [String] = []) -> Case {
        C(name: "page \(name) takes a generated route", change: ["pages/\(name)": "# Trang\n\nChữ.\n"],
          code: 1, location: "pages/\(name): error", words: ["trùng với đường dẫn"] + words)
    }

    static let nameCases: [Case] = [
        page("du-lieu.md", words: ["/du-lieu/"]),
        page("don-vi.md"),
        page("xep-hang.md"),
        page("404.md"),
        page("index.md"),
        page("assets.md"),
        page("feed.md"),
        page("en.md", words: ["tính năng sắp có"]),
        page("so-sanh.md"),
        page("Dữ Liệu.md", words: ["`du-lieu`"]),
        C(name: "two page files give one slug", change: ["pages/Giới Thiệu.md": "# Khác\n"],
          code: 1, location: "pages/gioi-thieu.md: error", words: ["Giới Thiệu.md", "cùng thành đường dẫn /gioi-thieu/"]),
        C(name: "page name that gives no slug", change: ["pages/!!!.md": "# Trang\n"],
          code: 1, location: "pages/!!!.md: error", words: ["không tạo được đường dẫn"]),
        C(name: "page name of 200 letters", change: ["pages/" + String(repeating: "g", count: 200) + ".md": "# Dài\n"],
          code: 1, location: "pages/ggg", words: ["200 byte", "120 byte"]),
        C(name: "group name of 130 letters", change: [
            "rankings/2022/" + String(repeating: "s", count: 130) + ".csv": rankingHeader + "1,Sở A,40,50,90,Tốt,1\n",
            "rankings/2022/" + String(repeating: "s", count: 130) + ".conf": TestSupport.minimalContent["rankings/2022/so.conf"]!,
          ], code: 1, location: "rankings/2022/sss", words: ["tên nhóm", "130 byte"]),
        C(name: "group name with capitals and spaces", change: [
            "rankings/2022/Sở Ban.csv": rankingHeader + "1,Sở A,40,50,90,Tốt,1\n",
            "rankings/2022/Sở Ban.conf": TestSupport.minimalContent["rankings/2022/so.conf"]!,
          ], code: 1, location: "rankings/2022/Sở Ban.csv: error", words: ["không dùng được trong đường dẫn"]),
        C(name: "framework id of 130 letters", change: [
            "frameworks/" + String(repeating: "k", count: 130) + ".csv": TestSupport.minimalContent["frameworks/khung.csv"]!,
            "frameworks/" + String(repeating: "k", count: 130) + ".conf": TestSupport.minimalContent["frameworks/khung.conf"]!,
          ], code: 1, location: "frameworks/kkk", words: ["tên bộ chỉ số", "130 byte"]),
        C(name: "framework id with capitals and spaces", change: [
            "frameworks/Khung Mới.csv": TestSupport.minimalContent["frameworks/khung.csv"]!,
            "frameworks/Khung Mới.conf": TestSupport.minimalContent["frameworks/khung.conf"]!,
          ], code: 1, location: "frameworks/Khung Mới.csv: error", words: ["không dùng được trong đường dẫn"]),
        C(name: "two main indices with one label", change: ["frameworks/khung.csv": "code,name,short,max,group,pillar\n1,Nhận thức số,Nhận thức,40,nen-tang,\n2,Hoạt động chính quyền số,nhận thức,60,hoat-dong,CQS\n"],
          code: 1, location: "frameworks/khung.csv:3", words: ["trùng với chỉ số 1 ở dòng 2"]),
    ]
}
