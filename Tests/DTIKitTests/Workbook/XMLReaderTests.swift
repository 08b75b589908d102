import Testing
@testable import DTIKit

/// The XML reader: what it reads, and what it refuses.
@Suite("XML reader")
struct XMLReaderTests {
    static func events(_ text: String, limits: XMLReader.Limits = .default) throws -> [String] {
        var reader = try XMLReader(Array(text.utf8), limits: limits)
        var out: [String] = []
        while let event = try reader.next() {
            switch event {
            case .start(let tag): out.append("<" + tag.name + tag.attributes.map { " \($0.name)=\($0.value)" }.joined() + ">")
            case .end(let name): out.append("</" + name + ">")
            case .text(let text): out.append(text)
            }
        }
        return out
    }

    static func error(_ text: String, limits: XMLReader.Limits = .default) -> XMLError? {
        do {
            _ = try events(text, limits: limits)
            return nil
        } catch let error as XMLError {
            return error
        } catch {
            return nil
        }
    }

    @Test func readsTagsAttributesTextAndReferences() throws {
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<!-- c --><x:a k='1' r:id=\"rId&amp;2\"><b/>S&#7903; &lt;A&gt; &#x1EDF;<![CDATA[<i>&amp;</i>]]><?pi x?></x:a>"
        #expect(try Self.events(xml) == ["<x:a k=1 r:id=rId&2>", "<b>", "</b>", "Sở <A> ở", "<i>&amp;</i>", "</x:a>"])
    }

    @Test func attributeLookupIgnoresPrefixes() throws {
        var reader = try XMLReader(Array("<sheet name=\"Phụ lục\" r:id=\"rId3\"/>".utf8))
        guard case .start(let tag)? = try reader.next() else { Issue.record("no start tag"); return }
        #expect(tag.attribute("id") == "rId3" && tag.attribute("name") == "Phụ lục" && tag.localName == "sheet")
        #expect(tag.attribute("missing") == nil)
    }

    @Test func whitespaceInAttributesIsNormalizedAndUTF8BOMIsSkipped() throws {
        var reader = try XMLReader([0xEF, 0xBB, 0xBF] + Array("<a v=\"x\ty\nz\"/>".utf8))
        guard case .start(let tag)? = try reader.next() else { Issue.record("no start tag"); return }
        #expect(tag.attribute("v") == "x y z")
    }

    @Test func elementTextAndSkipping() throws {
        var reader = try XMLReader(Array("<r><si><t>a</t><r><t>b</t></r></si><skip><deep><x/></deep></skip><t>c</t></r>".utf8))
        _ = try reader.next()   // <r>
        _ = try reader.next()   // <si>
        #expect(try reader.readElementText() == "ab")
        _ = try reader.next()   // <skip>
        try reader.skipElement()
        _ = try reader.next()   // <t>
        #expect(try reader.readElementText() == "c")
        #expect(try reader.next() == .end("r"))
        #expect(try reader.next() == nil)
    }

    @Test("A DTD is refused outright: no entity is ever declared or expanded")
    func doctypeRefused() {
        let laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]><a>&lol2;</a>"
        guard case .doctype? = Self.error(laughs) else { Issue.record("expected a DTD error: \(String(describing: Self.error(laughs)))"); return }
        let external = "<!DOCTYPE a SYSTEM \"file:///etc/passwd\"><a/>"
        guard case .doctype? = Self.error(external) else { Issue.record("expected a DTD error"); return }
        #expect(Self.error(laughs)?.message.contains("DTD") == true)
    }

    @Test("Only the five predefined entities and valid character references", arguments: [
        "<a>&nbsp;</a>", "<a>&lol;</a>", "<a>&#0;</a>", "<a>&#xD800;</a>", "<a>&#x110000;</a>", "<a>&#xFFFE;</a>", "<a>&amp</a>", "<a>&#;</a>", "<a>&#x12G;</a>",
    ])
    func badReferences(xml: String) {
        guard case .unknownEntity? = Self.error(xml) else { Issue.record("\(xml): \(String(describing: Self.error(xml)))"); return }
    }

    @Test("Malformed documents are errors", arguments: [
        "", "   ", "<a>", "<a></b>", "</a>", "<a><b></a></b>", "<a/><b/>", "text<a/>", "<a x=1/>", "<a x/>", "<a x=\"1\"y=\"2\"/>",
        "<a x=\"<\"/>", "<a>\u{0}", "<!-- open", "<a><![CDATA[x</a>", "<a", "<a b=\"1", "< a/>",
    ])
    func malformed(xml: String) {
        #expect(Self.error(xml) != nil, "\(xml.debugDescription) was accepted")
    }

    @Test func limitsHold() {
        let deep = String(repeating: "<a>", count: 40) + String(repeating: "</a>", count: 40)
        #expect(Self.error(deep, limits: XMLReader.Limits(maxDepth: 32)) == .tooDeep(limit: 32))
        #expect(Self.error(deep, limits: XMLReader.Limits(maxDepth: 64)) == nil)
        let many = "<a " + (0..<10).map { "k\($0)=\"v\"" }.joined(separator: " ") + "/>"
        #expect(Self.error(many, limits: XMLReader.Limits(maxAttributes: 5)) == .tooManyAttributes(limit: 5))
        #expect(Self.error("<a>" + String(repeating: "x", count: 100) + "</a>", limits: XMLReader.Limits(maxBytes: 50)) == .tooLarge(size: 107, limit: 50))
        #expect(Self.error("<" + String(repeating: "n", count: 300) + "/>") != nil)
        #expect(throws: XMLError.self) { try XMLReader([0x3C, 0x61, 0xFF, 0x3E]) }
    }
}
