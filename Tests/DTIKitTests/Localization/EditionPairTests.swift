import Foundation
import Testing
@testable import DTIKit

/// The two editions of the bundled site (`languages = vi, en`): every page
/// has its twin in the other language, and each leads to the other.
@Suite("English edition: page pairs")
struct EditionPairTests {
    @Test("Every page of each edition has its twin in the other, and its language switch and hreflang lead exactly there")
    func everyPageLeadsToItsTwin() throws {
        let site = SiteTestSupport.bundled
        let pages = SiteTestSupport.files(site).filter { $0.hasSuffix(".html") }
        let english = pages.filter { $0.hasPrefix("en/") }, vietnamese = pages.filter { !$0.hasPrefix("en/") }
        // The bundled content has a unit page for each of its 40+ units in each language.
        #expect(vietnamese.count > 100 && english.count == vietnamese.count, "\(vietnamese.count) vi, \(english.count) en")
        let all = Set(pages)
        let baseURL = "https://dti.haugiang.gov.vn/"
        var checked = 0
        for page in pages {
            let isEnglish = page.hasPrefix("en/")
            let twin = isEnglish ? String(page.dropFirst(3)) : "en/" + page
            #expect(all.contains(twin), "\(page) has no twin \(twin)")
            let html = SiteTestSupport.text(site, page)
            #expect(html.contains(isEnglish ? "<html lang=\"en\"" : "<html lang=\"vi\""), "\(page): lang")
            // No catalogue placeholder is left unfilled (`{rank}`, `{n|one|other}`), outside scripts.
            let text = html.replacingOccurrences(of: #"<script[^>]*>[\s\S]*?</script>"#, with: "", options: .regularExpression)
            #expect(text.range(of: #"\{[a-z_]+(\|[^{}]*)?\}"#, options: .regularExpression) == nil, "\(page): a placeholder left unfilled")
            // The one-page print card and the embeddable card are documents of
            // their own (noindex, no navigation): their language is all they need.
            if page.hasSuffix("/in/index.html") || page.hasSuffix("/nhung/index.html") { checked += 1; continue }
            // The language switch: one link, to the twin, in the other language.
            let other = isEnglish ? "vi" : "en"
            let switchLinks = Self.links(in: Self.section(html, from: "<nav class=\"languages\"", to: "</nav>"))
            #expect(switchLinks.count == 1, "\(page): \(switchLinks)")
            if let link = switchLinks.first {
                #expect(Self.resolve(link, from: page) == Self.address(of: twin), "\(page): switch leads to \(link)")
            }
            // hreflang for search engines: both editions, absolute.
            #expect(html.contains("<link rel=\"alternate\" hreflang=\"\(other)\" href=\"\(baseURL + Self.address(of: twin))\""),
                    "\(page): no hreflang \(other) alternate to \(twin)")
            checked += 1
        }
        #expect(checked == pages.count)
        // The sitemap lists both editions.
        let sitemap = SiteTestSupport.text(site, "sitemap.xml")
        #expect(sitemap.contains("<loc>\(baseURL)en/</loc>") && sitemap.contains("<loc>\(baseURL)</loc>"))
    }

    /// `don-vi/x/index.html` → `don-vi/x/`; `404.html` stays.
    static func address(of file: String) -> String {
        if file == "index.html" { return "" }
        return file.hasSuffix("/index.html") ? String(file.dropLast("index.html".count)) : file
    }

    /// A relative link resolved against the page that holds it, as a path from the site root.
    /// The 404 page, served at any address, links from the site's root (`/en/`).
    static func resolve(_ link: String, from page: String) -> String {
        var parts = link.hasPrefix("/") ? [] : page.split(separator: "/").dropLast().map(String.init)
        for piece in link.split(separator: "/", omittingEmptySubsequences: false) {
            switch piece {
            case "..": if !parts.isEmpty { parts.removeLast() }
            case ".", "": continue
            default: parts.append(String(piece))
            }
        }
        let path = parts.joined(separator: "/")
        return link.hasSuffix("/") && !path.isEmpty ? path + "/" : path
    }

    static func section(_ html: String, from start: String, to end: String) -> String {
        guard let open = html.range(of: start), let close = html.range(of: end, range: open.upperBound..<html.endIndex) else { return "" }
        return String(html[open.lowerBound..<close.upperBound])
    }

    static func links(in html: String) -> [String] { SiteTestSupport.attributeValues("href", in: html) }
}
