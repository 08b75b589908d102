import Foundation
import Testing
@testable import DTIKit

/// Inputs the fuzz targets (Tests/Fuzz, run by .ci/fuzz) found, kept as
/// tests once fixed. Each is also a seed of its target's corpus.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    /// markdown: `[x](/\0\0/evil.example)` passed as a relative link, and the
    /// HTML writer, dropping the NULs, wrote `href="//evil.example"`.
    @Test func controlsInsideALinkCannotMakeItProtocolRelative() throws {
        for url in ["/\u{0}\u{0}/evil.example", "/\u{1B}/evil.example", "/\u{85}/evil.example", "\u{7F}//evil.example", "/ /evil.example"] {
            var html = HTML()
            Markdown.inline("[x](\(url))", into: &html)
            #expect(html.string == "x", "\(url.debugDescription)")
            #expect(!SafeURL.isAllowedInPage(url), "\(url.debugDescription)")
        }
        let seed = try Data(contentsOf: URL(fileURLWithPath: TestSupport.packageRoot + "/Tests/Fuzz/corpus/markdown/regression-nul-in-link"))
        var html = HTML()
        Markdown.render(String(decoding: seed, as: UTF8.self), into: &html)
        let links = html.string.components(separatedBy: "href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(!links.isEmpty && links.allSatisfy { SafeURL.isAllowedInPage($0) && !$0.contains("evil") }, "\(links)")
    }

    /// urlpath: `/` followed by a combining mark is one Character, so a
    /// split on Characters kept `/` inside a segment and hid `..` in
    /// `../\u{301}x`. Paths are now split on bytes.
    @Test func segmentsAreSplitOnBytes() {
        #expect(RequestPath.parse("/..%2f%cc%81x") == nil)
        #expect(RequestPath.parse("/a/..%2f%cc%81secret/passwd.txt") == nil)
        #expect(RequestPath.parse("/%e2%80%8b/..%2f%cc%81") == nil)
        let odd = RequestPath.parse("//%ef%bf%bd/%cc%ab%ef%bf%bd/")
        #expect(odd?.segments == ["\u{FFFD}", "\u{32B}\u{FFFD}"] && odd?.trailingSlash == true)
        #expect(RequestPath.parse("/don-vi/s%E1%BB%9F/")?.segments == ["don-vi", "sở"])
    }
}
