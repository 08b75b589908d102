import Foundation
@testable import DTIKit

/// Builds sites for tests and reads what they contain.
enum SiteTestSupport {
    /// Builds `content` with the bundled theme into a fresh folder; returns the folder.
    /// Social card images are off unless asked for: drawing them takes
    /// seconds in a debug build, and only the card tests look at them.
    static func build(content: String = TestSupport.bundledContent, baseURL: String? = nil, threads: Int? = nil,
                      theme: String = TestSupport.bundledTheme, shareCards: Bool = false) -> (output: String, report: BuildReport) {
        let output = TestSupport.temporaryDirectory("dti-site") + "/Site"
        let report = SiteBuilder.build(BuildOptions(content: content, theme: theme, output: output, baseURL: baseURL, threads: threads,
                                                    shareCards: shareCards))
        return (output, report)
    }

    /// A site built once from the bundled content, social cards included,
    /// and shared by the tests that only read it.
    static let bundled: String = {
        let (output, report) = build(shareCards: true)
        precondition(report.succeeded, report.diagnostics.report().joined(separator: "\n"))
        return output
    }()

    /// Every file under `root`, relative, sorted.
    static func files(_ root: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return [] }
        var result: [String] = []
        while let path = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue { result.append(path) }
        }
        return result.sorted()
    }

    static func text(_ root: String, _ path: String) -> String {
        FileSystem.read(root + "/" + path).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    /// The values of `attribute="…"` in a page, unescaped for `&amp;`.
    static func attributeValues(_ attribute: String, in html: String) -> [String] {
        var values: [String] = []
        var rest = Substring(html)
        let marker = " " + attribute + "=\""
        while let start = rest.range(of: marker) {
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(of: "\"") else { break }
            values.append(String(rest[..<end]).replacingOccurrences(of: "&amp;", with: "&"))
            rest = rest[end...]
        }
        return values
    }

    /// Internal links that do not resolve to a file (or a folder's index.html),
    /// and fragments that name no id on the target page. `basePath` is the
    /// site's path prefix for root-relative links (404.html).
    static func brokenLinks(in root: String, basePath: String = "/") -> [String] {
        var broken: [String] = []
        var idsByPage: [String: Set<String>] = [:]
        func ids(_ page: String) -> Set<String> {
            if let cached = idsByPage[page] { return cached }
            let found = Set(attributeValues("id", in: text(root, page)))
            idsByPage[page] = found
            return found
        }
        for page in files(root) where page.hasSuffix(".html") {
            let html = text(root, page)
            let directory = (page as NSString).deletingLastPathComponent
            for raw in attributeValues("href", in: html) + attributeValues("src", in: html) {
                // A query (`so-sanh/?don-vi=…`) is for the page's script, not part of the file's path.
                let link = raw.firstIndex(of: "?").map { String(raw[..<$0]) } ?? raw
                if link.hasPrefix("http://") || link.hasPrefix("https://") || link.hasPrefix("mailto:") { continue }
                let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                var target = String(parts[0])
                let fragment = parts.count > 1 ? String(parts[1]) : nil
                if target.isEmpty { target = page } else if target.hasPrefix("/") {
                    guard target.hasPrefix(basePath) else { broken.append("\(page): \(link) (outside \(basePath))"); continue }
                    target = String(target.dropFirst(basePath.count))
                } else {
                    target = ((directory.isEmpty ? "" : directory + "/") + target)
                }
                target = (target as NSString).standardizingPath
                if target.hasPrefix("../") || target == ".." { broken.append("\(page): \(link) (escapes the root)"); continue }
                if target == "." || target.isEmpty || link.hasSuffix("/") || FileSystem.isDirectory(root + "/" + target) {
                    target = (target == "." || target.isEmpty) ? "index.html" : target + "/index.html"
                }
                guard FileSystem.isFile(root + "/" + target) else { broken.append("\(page): \(link)"); continue }
                if let fragment, !fragment.isEmpty, target.hasSuffix(".html"), !ids(target).contains(fragment) {
                    broken.append("\(page): \(link) (no id \(fragment))")
                }
            }
        }
        return broken
    }
}
