import Foundation
import Testing
@testable import DTIKit

@Suite("Built-in theme and Theme/ overrides")
struct ThemeTests {
    /// Every published file a build writes from the theme, by name.
    private func assets(_ site: String) -> [String: [UInt8]] {
        var found: [String: [UInt8]] = [:]
        for name in FileSystem.list(site + "/assets") ?? [] { found[name] = FileSystem.read(site + "/assets/" + name) }
        return found
    }

    @Test func theBuiltInFilesAreTheThemeWithNoFolder() throws {
        let names = BuiltInTheme.files.map(\.name)
        #expect(names == ["card.css", "card.js", "compare-pick.js", "compare-view.js", "compare.js", "dti.js", "favicon.svg", "layout.html", "logo.svg", "search-box.js", "search.js", "style.css",
                          "fonts/NotoSans-Bold.ttf", "fonts/NotoSans-Regular.ttf", "fonts/OFL.txt", "i18n/vi.conf", "i18n/en.conf"])
        #expect(BuiltInTheme.files.map(\.role) == [.asset, .asset, .asset, .asset, .asset, .asset, .asset, .layout, .asset, .asset, .asset, .asset,
                                                   .unpublished, .unpublished, .unpublished, .unpublished, .unpublished])
        // The card fonts and their licence are the embedded ones, read but never published.
        #expect(BuiltInTheme.files.first { $0.name == "fonts/NotoSans-Bold.ttf" }?.bytes == EmbeddedFonts.bold)
        #expect(String(decoding: BuiltInTheme.files.first { $0.name == "fonts/OFL.txt" }?.bytes ?? [], as: UTF8.self) == EmbeddedFonts.license)
        // Each literal is its file: the first and last bytes as the file has them.
        let style = String(decoding: try #require(BuiltInTheme.files.first { $0.name == "style.css" }).bytes, as: UTF8.self)
        #expect(style.hasPrefix("/* dti – default theme.\n"))
        #expect(style.hasSuffix("}\n") && !style.hasSuffix("\n\n"))
        #expect(BuiltInTheme.layoutHTML.hasPrefix("<!DOCTYPE html>\n<html lang=\"{{lang}}\">\n"))
        #expect(BuiltInTheme.layoutHTML.hasSuffix("</body>\n</html>\n"))
        #expect(BuiltInTheme.dtiJS.hasSuffix("})();\n"))
        #expect(!BuiltInTheme.dtiJS.contains("\r") && !BuiltInTheme.styleCSS.contains("\t"))

        // A folder that does not exist, and one with only a README, give the built-in theme.
        let missing = try Theme.load(from: TestSupport.temporaryDirectory() + "/Theme").get()
        let readmeOnly = try Theme.load(from: TestSupport.bundledTheme).get()
        #expect(missing.assets.map(\.name) == ["card.css", "card.js", "compare-pick.js", "compare-view.js", "compare.js", "dti.js", "favicon.svg", "logo.svg", "search-box.js", "search.js", "style.css"])
        #expect(missing.assets.map(\.bytes) == readmeOnly.assets.map(\.bytes))
        #expect(missing.assets.first { $0.name == "logo.svg" }?.bytes == Array(BuiltInTheme.logoSVG.utf8))
        #expect(missing.unpublished.keys.sorted() == ["fonts/NotoSans-Bold.ttf", "fonts/NotoSans-Regular.ttf", "fonts/OFL.txt", "i18n/en.conf", "i18n/vi.conf"])
    }

    @Test func aFileInThemeReplacesTheBuiltInOneOfThatName() throws {
        let work = TestSupport.temporaryDirectory()
        defer { FileSystem.removeTree(work) }
        let theme = work + "/Theme"
        TestSupport.write([
            "style.css": "body{color:#123456}\n",
            "dti.js": "// riêng\n",
            "anh-dau-trang.png": "png",
            "fonts/Rieng.ttf": "font bytes",
            "fonts/OFL.txt": "licence",
            "README.md": "giải thích",
            ".DS_Store": "x",
            "khac/tep.css": "not part of the theme",
        ], under: theme)
        let loaded = try Theme.load(from: theme).get()
        #expect(loaded.assets.map(\.name) == ["anh-dau-trang.png", "card.css", "card.js", "compare-pick.js", "compare-view.js", "compare.js", "dti.js", "favicon.svg", "logo.svg", "search-box.js", "search.js", "style.css"])
        #expect(loaded.unpublishedFile("fonts/OFL.txt") == Array("licence".utf8))
        #expect(loaded.unpublishedFile("fonts/Rieng.ttf") == Array("font bytes".utf8))

        let output = work + "/Site"
        let report = SiteBuilder.build(BuildOptions(content: TestSupport.bundledContent, theme: theme, output: output, shareCards: false))
        #expect(report.succeeded)
        let published = assets(output)
        #expect(published.keys.sorted() == ["anh-dau-trang.png", "apple-touch-icon.png", "card.css", "card.js", "compare-pick.js", "compare-view.js", "compare.js", "dti.js", "favicon-32.png",
                                            "favicon-48.png", "favicon.svg", "logo.svg", "search-box.js", "search.js", "style.css", "words.en.js", "words.vi.js"])
        #expect(published["style.css"] == Array("body{color:#123456}\n".utf8))
        #expect(published["dti.js"] == Array("// riêng\n".utf8))
        #expect(published["logo.svg"] == Array(BuiltInTheme.logoSVG.utf8))       // not overridden: built-in
        // Fonts are read, never published; nothing else of the folder leaks out.
        #expect(!FileSystem.exists(output + "/assets/fonts") && !FileSystem.exists(output + "/fonts"))
        #expect(!SiteTestSupport.files(output).contains { $0.contains("README") || $0.contains("khac") || $0.contains("DS_Store") })
        // The layout is still the built-in one.
        #expect(SiteTestSupport.text(output, "index.html").hasPrefix("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">"))
    }

    @Test func aThemeWrittenOutByDtiNewBuildsTheSameSiteAsNoTheme() throws {
        let work = TestSupport.temporaryDirectory()
        defer { FileSystem.removeTree(work) }
        let written = TestSupport.run(["new", "--theme", work + "/Theme"])
        #expect(written.code == 0, "\(written.err)")
        #expect(FileSystem.list(work + "/Theme") == ["card.css", "card.js", "compare-pick.js", "compare-view.js", "compare.js", "dti.js", "favicon.svg", "layout.html", "logo.svg", "search-box.js", "search.js", "style.css"])
        for file in BuiltInTheme.files where file.role != .unpublished {
            #expect(FileSystem.read(work + "/Theme/" + file.name) == file.bytes, "\(file.name)")
        }
        let withFolder = SiteBuilder.build(BuildOptions(content: TestSupport.bundledContent, theme: work + "/Theme", output: work + "/a/Site", shareCards: false))
        let without = SiteBuilder.build(BuildOptions(content: TestSupport.bundledContent, theme: work + "/none", output: work + "/b/Site", shareCards: false))
        #expect(withFolder.succeeded && without.succeeded)
        let files = SiteTestSupport.files(work + "/a/Site")
        #expect(files == SiteTestSupport.files(work + "/b/Site") && files.count > 100)
        for file in files { #expect(FileSystem.read(work + "/a/Site/" + file) == FileSystem.read(work + "/b/Site/" + file), "\(file)") }

        // Writing again refuses, writes nothing, and names the files in the way.
        try FileSystem.write(Array("sửa của tôi".utf8), to: work + "/Theme/style.css")
        FileSystem.removeTree(work + "/Theme/logo.svg")
        let again = TestSupport.run(["new", "--theme", work + "/Theme"])
        #expect(again.code == 1)
        #expect(again.err.contains("tệp đã có, không ghi đè: `card.css`, `card.js`, `compare-pick.js`, `compare-view.js`, `compare.js`, `dti.js`, `favicon.svg`, `layout.html`, `search-box.js`, `search.js`, `style.css`"))
        #expect(FileSystem.read(work + "/Theme/style.css") == Array("sửa của tôi".utf8))
        #expect(!FileSystem.exists(work + "/Theme/logo.svg"))
    }

    @Test func aBrokenOverrideIsAnErrorAtItsLineAndAMissingExplicitFolderIsAUsageError() throws {
        let work = TestSupport.temporaryDirectory()
        defer { FileSystem.removeTree(work) }
        TestSupport.write(["layout.html": "<html lang=\"{{lang}}\"><title>{{title}}</title>\n<main>{{noi_dung}}</main>\n"], under: work + "/Theme")
        let report = SiteBuilder.build(BuildOptions(content: TestSupport.bundledContent, theme: work + "/Theme", output: work + "/Site"))
        #expect(!report.succeeded)
        let lines = report.diagnostics.report().joined(separator: "\n")
        #expect(lines.contains(work + "/Theme/layout.html:2:7: error: chỗ trống không được hỗ trợ `{{noi_dung}}`"))
        #expect(!FileSystem.exists(work + "/Site"))

        // A theme path that is a file is an error; one named with --theme must exist.
        try FileSystem.write(Array("x".utf8), to: work + "/tep")
        #expect(!SiteBuilder.build(BuildOptions(content: TestSupport.bundledContent, theme: work + "/tep", output: work + "/Site")).succeeded)
        let missing = TestSupport.run(["build", "--content", TestSupport.bundledContent, "--theme", work + "/Them", "--output", work + "/Site"])
        #expect(missing.code == 2)
        #expect(missing.err.contains("không có thư mục giao diện `\(work)/Them`"))
        #expect(!FileSystem.exists(work + "/Site"))
    }
}
