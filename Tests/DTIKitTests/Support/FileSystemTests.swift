import Foundation
import Testing
@testable import DTIKit

@Suite("File listings in byte order")
struct FileSystemTests {
    @Test func namesSortByTheirUTF8Bytes() {
        let names = ["z", "Đà Nẵng", "ab", "", "Da", "a", "b", "da-nang", "Ða"]
        // "Đ" (C4 90) and "Ð" (C3 90) sort after every ASCII letter, Ð before Đ.
        #expect(names.sorted(by: FileSystem.bytesPrecede) == ["", "Da", "a", "ab", "b", "da-nang", "z", "Ða", "Đà Nẵng"])
        #expect(!FileSystem.bytesPrecede("a", "a"))
        #expect(FileSystem.bytesPrecede("a", "a\u{0}"))
    }

    @Test func listingIsSortedAndSkipsDots() throws {
        let root = TestSupport.temporaryDirectory("dti-list")
        defer { FileSystem.removeTree(root) }
        TestSupport.write(["xa.csv": "", "Xa.csv": "", "đ.csv": "", "a/b.csv": ""], under: root)
        #expect(FileSystem.list(root) == ["Xa.csv", "a", "xa.csv", "đ.csv"])
        #expect(FileSystem.list(root + "/xa.csv") == nil)
    }
}
