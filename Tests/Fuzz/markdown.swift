// libFuzzer target: Markdown.render on arbitrary text (see .ci/fuzz); with
// -timeout, also a check that rendering stays fast on any input.
@testable import DTIKit

/// The page renders; every link it writes is one the site allows, and no
/// raw `<` from the text survives (only the tags the renderer writes).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkdown(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    var html = HTML()
    Markdown.render(text, into: &html, printURL: "https://dti.example.gov.vn/trang/")
    // Read as bytes (a `>` followed by a combining mark is one Character).
    let out = Array(html.buffer.bytes)
    var i = 0
    while i < out.count {
        defer { i += 1 }
        guard out[i] == UInt8(ascii: "<") else { continue }
        let name = out[(i + 1)...].prefix { $0 != UInt8(ascii: ">") && $0 != UInt8(ascii: " ") }
        require(["p", "/p", "h1", "/h1", "h2", "/h2", "h3", "/h3", "h4", "/h4", "ul", "/ul", "ol", "/ol", "li", "/li",
                 "a", "/a", "strong", "/strong", "em", "/em", "code", "/code"].contains(String(decoding: name, as: UTF8.self)),
                "unexpected tag <\(String(decoding: name, as: UTF8.self))")
        let attributes = out[(i + 1)...].prefix { $0 != UInt8(ascii: ">") }
        if let start = String(decoding: attributes, as: UTF8.self).range(of: "href=\"") {
            let rest = String(decoding: attributes, as: UTF8.self)[start.upperBound...]
            let link = String(rest.unicodeScalars.prefix { $0 != "\"" })
            require(link == "#" || SafeURL.isAllowedInPage(link), "unsafe link written: \(link)")
        }
    }
    require(!String(decoding: out, as: UTF8.self).unicodeScalars.contains { ControlCharacters.isControl($0) && $0 != "\n" && $0 != "\t" && $0 != "\r" },
            "control character written")
    return 0
}
