import Foundation
import Testing
@testable import DTIKit
@testable import DTIBench

/// Markdown inline parsing is near-linear (audit item 8) and gives exactly
/// what the left-to-right scan it replaced gave.
@Suite("Markdown: linear inline parsing")
struct MarkdownLinearTests {
    /// The scan the parser replaced, kept as the reference: for each marker,
    /// look for its closer from here to the end (quadratic on unmatched `[`).
    /// The link check is the current one, so only the parsing is compared.
    static func reference(_ text: String, into html: inout HTML) {
        let characters = Array(text)
        var index = 0
        var pending = ""
        func find(_ marker: String, from start: Int) -> Int? {
            let m = Array(marker)
            var i = start
            while i + m.count <= characters.count {
                if Array(characters[i..<(i + m.count)]) == m { return i }
                i += 1
            }
            return nil
        }
        while index < characters.count {
            let c = characters[index]
            if c == "[", let close = find("](", from: index + 1), let end = find(")", from: close + 2) {
                let label = String(characters[(index + 1)..<close])
                let url = String(characters[(close + 2)..<end]).trimmingASCIISpaces()
                if !pending.isEmpty { html.text(pending); pending = "" }
                if SafeURL.web(url) != nil || url.hasPrefix("mailto:") || SafeURL.isRelativeLink(url) {
                    html.element(.a, .href(url)) { reference(label, into: &$0) }
                } else {
                    html.text(label)
                }
                index = end + 1
                continue
            }
            if c == "`", let end = find("`", from: index + 1) {
                if !pending.isEmpty { html.text(pending); pending = "" }
                html.element(.code, text: String(characters[(index + 1)..<end]))
                index = end + 1
                continue
            }
            if c == "*", index + 1 < characters.count, characters[index + 1] == "*", let end = find("**", from: index + 2), end > index + 2 {
                if !pending.isEmpty { html.text(pending); pending = "" }
                html.element(.strong) { reference(String(characters[(index + 2)..<end]), into: &$0) }
                index = end + 2
                continue
            }
            if c == "*" || c == "_", let end = find(String(c), from: index + 1), end > index + 1 {
                if !pending.isEmpty { html.text(pending); pending = "" }
                html.element(.em) { reference(String(characters[(index + 1)..<end]), into: &$0) }
                index = end + 1
                continue
            }
            pending.append(c)
            index += 1
        }
        if !pending.isEmpty { html.text(pending) }
    }

    static func inline(_ text: String) -> String {
        var html = HTML()
        Markdown.inline(text, into: &html)
        return html.string
    }

    static func referenceInline(_ text: String) -> String {
        var html = HTML()
        reference(text, into: &html)
        return html.string
    }

    @Test func sameOutputAsTheScanItReplaced() {
        let fixed = ["**bold** and *em* and _em_ and `code`", "[label **b**](https://a.vn/) tail", "[x](y) [z](//evil) [m](mailto:a@b)",
                     "***", "****", "**a*b*c**", "_a **b *c* d** e_", "[a [b](c) d](e)", "`a``b`", "[a](b", "[a]b)(c)", "ế*ư*ở [ạ](ữ/)"]
        for text in fixed { #expect(Self.inline(text) == Self.referenceInline(text), "\(text)") }
        var random = SplitMix64(seed: 8)
        let alphabet = Array("[]()*_`ab:/ ếh")
        for _ in 0..<20_000 {
            let text = String((0..<Int(random.next() % 32)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] })
            #expect(Self.inline(text) == Self.referenceInline(text), "\(text.debugDescription)")
        }
    }

    /// A page of a megabyte of openers that never close: the old scan looked
    /// for the closer from each opener to the end (32 kB took 49 s). The
    /// bound is on the thread's CPU time, so a busy machine cannot fail it;
    /// the debug build takes a fraction of it (release: see the report).
    @Test(arguments: [
        ("unmatched [", "[", 1 << 20),
        ("[]( without )", "[](", 350_000),
        ("mixed openers", "[a](b *c `d _e ", 70_000),
        ("stars and backticks", "*`_**[", 175_000),
    ])
    func aMegabyteOfOpenersRendersQuickly(_ name: String, _ unit: String, _ count: Int) {
        let page = "# Trang\n\n" + String(repeating: unit, count: count) + "\n"
        #expect(page.utf8.count > 1_000_000)
        let started = Self.threadCPUTime()
        var html = HTML(capacity: 4 << 20)
        Markdown.render(page, into: &html)
        let seconds = Self.threadCPUTime() - started
        #expect(seconds < 2, "\(name): \(seconds) s of CPU")
        #expect(html.buffer.count >= page.utf8.count - 10)
    }

    /// CPU seconds used by the calling thread.
    static func threadCPUTime() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
