import Foundation
import Testing
@testable import DTIKit

/// Batches of changed paths, collected from the watcher's thread.
final class BatchBox: @unchecked Sendable {
    private let condition = NSCondition()
    private var batches: [[String]] = []

    func append(_ batch: [String]) {
        condition.lock(); batches.append(batch); condition.broadcast(); condition.unlock()
    }

    /// Waits until a batch satisfies `predicate`; returns it.
    func wait(timeout: Double = 5, for predicate: ([String]) -> Bool) -> [String]? {
        let deadline = Date(timeIntervalSinceNow: timeout)
        condition.lock(); defer { condition.unlock() }
        while true {
            if let match = batches.first(where: predicate) { return match }
            if !condition.wait(until: deadline) { return nil }
        }
    }

    var all: [[String]] { condition.lock(); defer { condition.unlock() }; return batches }
    func clear() { condition.lock(); batches.removeAll(); condition.unlock() }
}

@Suite("File watcher: inotify and polling", .serialized)
struct FileWatcherTests {
    @Test func ignoresTemporaryFilesAndSeesAtomicSavesAndNewFolders() throws {
        let root = TestSupport.temporaryDirectory("dti-watch")
        defer { FileSystem.removeTree(root) }
        TestSupport.write(["rankings/2022/so.csv": "a\n"], under: root)
        let box = BatchBox()
        let watcher = FileWatcher(roots: [root], quiet: 0.1) { box.append($0) }
        try watcher.start()
        defer { watcher.stop() }

        // Editor and office leftovers never trigger a rebuild.
        TestSupport.write([".#so.csv": "x", "rankings/2022/so.csv.swp": "x", "rankings/4913": "x",
                           "rankings/2022/so.csv~": "x", "rankings/2022/.~lock.so.csv#": "x", "~$so.xlsx": "x"], under: root)
        Thread.sleep(forTimeInterval: 0.5)
        #expect(box.all.isEmpty, "\(box.all)")

        // An atomic save: write a temporary file, rename it over the real one.
        let target = root + "/rankings/2022/so.csv"
        try "b\n".write(toFile: target + ".tmp", atomically: false, encoding: .utf8)
        #expect(rename(target + ".tmp", target) == 0)
        let saved = box.wait { $0.contains(target) }
        #expect(saved != nil)
        #expect(saved?.contains { $0.hasSuffix(".tmp") } == false)

        // A folder created after start is watched too, files written at once included.
        box.clear()
        TestSupport.write(["rankings/2023/xa/xa.csv": "c\n"], under: root)
        #expect(box.wait { $0.contains(root + "/rankings/2023/xa/xa.csv") } != nil)
        box.clear()
        try "d\n".write(toFile: root + "/rankings/2023/xa/xa.csv", atomically: false, encoding: .utf8)
        #expect(box.wait { $0.contains(root + "/rankings/2023/xa/xa.csv") } != nil)
    }

    @Test func aBurstOfSavesIsOneBatch() throws {
        let root = TestSupport.temporaryDirectory("dti-watch")
        defer { FileSystem.removeTree(root) }
        let box = BatchBox()
        let watcher = FileWatcher(roots: [root], quiet: 0.2) { box.append($0) }
        try watcher.start()
        defer { watcher.stop() }
        for index in 0..<5 {
            TestSupport.write(["f\(index).csv": "\(index)\n"], under: root)
            Thread.sleep(forTimeInterval: 0.02)
        }
        let batch = box.wait { $0.count == 5 }
        #expect(batch == (0..<5).map { root + "/f\($0).csv" })
        Thread.sleep(forTimeInterval: 0.4)
        #expect(box.all.count == 1)
    }

    @Test func pollingFindsChangesWithoutInotify() throws {
        let root = TestSupport.temporaryDirectory("dti-watch")
        defer { FileSystem.removeTree(root) }
        TestSupport.write(["a.csv": "1\n", "sub/b.csv": "2\n"], under: root)
        let box = BatchBox()
        let watcher = FileWatcher(roots: [root], mode: .poll(interval: 0.1), quiet: 0.1) { box.append($0) }
        try watcher.start()
        defer { watcher.stop() }
        Thread.sleep(forTimeInterval: 0.25)
        #expect(box.all.isEmpty)
        TestSupport.write(["sub/b.csv": "22\n", "sub/b.csv.swp": "x"], under: root)
        #expect(box.wait { $0 == [root + "/sub/b.csv"] } != nil)
        #expect(unlink(root + "/a.csv") == 0)
        #expect(box.wait { $0 == [root + "/a.csv"] } != nil)
    }
}

@Suite("File watcher: roots that appear and go", .serialized)
struct FileWatcherRootTests {
    @Test(arguments: [FileWatcher.Mode.inotify, .poll(interval: 0.1)])
    func aRootCreatedAfterTheStartIsWatchedAndItsDeletionReported(mode: FileWatcher.Mode) throws {
        let base = TestSupport.temporaryDirectory("dti-watch")
        defer { FileSystem.removeTree(base) }
        let root = base + "/Theme"
        let box = BatchBox()
        let watcher = FileWatcher(roots: [base + "/Content", root + "/"], mode: mode, quiet: 0.1) { box.append($0) }
        try watcher.start()
        defer { watcher.stop() }
        Thread.sleep(forTimeInterval: 0.25)
        // Unrelated names in the same parent are not reported.
        TestSupport.write(["khac.txt": "x"], under: base)
        Thread.sleep(forTimeInterval: 0.3)
        #expect(box.all.isEmpty, "\(box.all)")

        TestSupport.write(["style.css": "a\n"], under: root)
        #expect(box.wait { $0.contains(root + "/style.css") } != nil)
        // Watched from then on, files and new subfolders alike.
        box.clear()
        try "b\n".write(toFile: root + "/style.css", atomically: false, encoding: .utf8)
        #expect(box.wait { $0.contains(root + "/style.css") } != nil)
        box.clear()
        TestSupport.write(["fonts/OFL.txt": "c\n"], under: root)
        #expect(box.wait { $0.contains(root + "/fonts/OFL.txt") } != nil)

        // Deleted: reported; created again: watched again.
        box.clear()
        FileSystem.removeTree(root)
        #expect(box.wait { $0.contains(root) || $0.contains(root + "/style.css") } != nil)
        box.clear()
        TestSupport.write(["layout.html": "d\n"], under: root)
        #expect(box.wait { $0.contains(root + "/layout.html") } != nil)
        box.clear()
        try "e\n".write(toFile: root + "/layout.html", atomically: false, encoding: .utf8)
        #expect(box.wait { $0.contains(root + "/layout.html") } != nil)
    }
}
