#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
@testable import DTIKit

/// Special files, symlinks and huge files in an untrusted tree (audit items 4, 5, 11).
@Suite("Safe reading of untrusted trees")
struct SafeFileAccessTests {
    @Test func aFIFOIsRefusedWithoutBlocking() throws {
        let root = TestSupport.temporaryDirectory("dti-fifo")
        defer { FileSystem.removeTree(root) }
        #expect(mkfifo(root + "/ong.csv", 0o644) == 0)
        let started = Date()
        #expect(FileSystem.read(root + "/ong.csv") == nil)
        #expect(FileSystem.readRegularFile(root + "/ong.csv") == .failure(.notRegular(kind: "ống FIFO")))
        #expect(FileSystem.readRegularFile(root) == .failure(.notRegular(kind: "thư mục")))
        #expect(FileSystem.readRegularFile(root + "/khong-co") == .failure(.missing))
        #expect(FileSystem.readRegularFile("/dev/zero") == .failure(.notRegular(kind: "tệp thiết bị")))   // would never end
        #expect(FileSystem.read("/dev/zero") == nil)
        #expect(Date().timeIntervalSince(started) < 1)
    }

    @Test func filesOverTheCapAreNotRead() throws {
        let root = TestSupport.temporaryDirectory("dti-big")
        defer { FileSystem.removeTree(root) }
        let path = root + "/lon.csv"
        #expect(FileManager.default.createFile(atPath: path, contents: Data("abc".utf8)))
        #expect(truncate(path, 3 << 20) == 0)                                    // sparse: nothing written
        #expect(FileSystem.readRegularFile(path, limit: 1 << 20) == .failure(.tooLarge(size: 3 << 20, limit: 1 << 20)))
        let whole = try FileSystem.readRegularFile(path, limit: 3 << 20).get()
        #expect(whole.count == 3 << 20 && whole.prefix(3) == [0x61, 0x62, 0x63] && whole.last == 0)
        #expect(FileSystem.maximumContentFileBytes == 64 << 20)
    }

    @Test func symlinksResolveInsideOrNot() throws {
        let base = TestSupport.temporaryDirectory("dti-links")
        defer { FileSystem.removeTree(base) }
        let root = base + "/Content"
        TestSupport.write(["pages/a.md": "# A\n", "site.conf": "x"], under: root)
        TestSupport.write(["secret.txt": "TOP-SECRET"], under: base)
        symlink("a.md", root + "/pages/b.md")                     // inside → inside
        symlink(base + "/secret.txt", root + "/pages/leak.md")    // out
        symlink("../../secret.txt", root + "/pages/leak2.md")     // out, relatively
        symlink("/nonexistent/x", root + "/pages/dangling.md")
        symlink("..", root + "/pages/up")                          // a folder inside
        symlink("../..", root + "/pages/out")                      // a folder outside
        symlink(root, base + "/Content-link")                      // the root itself through a link
        #expect(FileSystem.resolvesInside(root: root, path: root + "/pages/a.md"))
        #expect(FileSystem.resolvesInside(root: root, path: root + "/pages/b.md"))
        #expect(FileSystem.resolvesInside(root: root, path: root + "/pages/up/site.conf"))
        #expect(FileSystem.resolvesInside(root: base + "/Content-link", path: base + "/Content-link/pages/b.md"))
        #expect(!FileSystem.resolvesInside(root: root, path: root + "/pages/leak.md"))
        #expect(!FileSystem.resolvesInside(root: root, path: root + "/pages/leak2.md"))
        #expect(!FileSystem.resolvesInside(root: root, path: root + "/pages/out/secret.txt"))
        #expect(!FileSystem.resolvesInside(root: root, path: root + "/pages/dangling.md"))
        #expect(!FileSystem.resolvesInside(root: root, path: root + "/../secret.txt"))
        #expect(!FileSystem.resolvesInside(root: root + "/pages", path: root + "/pagesX"))
        // The diagnostic the theme loader can use (one call per asset).
        let at = SourceLocation(file: "Theme/style.css")
        let problem = try #require(FileSystem.linkProblem(root: root, path: root + "/pages/leak.md", at: at, folder: "thư mục giao diện"))
        #expect(problem.severity == .error && problem.kind == "outside-link" && problem.location == at)
        #expect(problem.message.contains(base + "/secret.txt") && problem.message.contains("nằm ngoài thư mục giao diện"))
        #expect(FileSystem.linkProblem(root: root, path: root + "/pages/dangling.md", at: at, folder: "x")?.kind == "broken-link")
        #expect(FileSystem.linkProblem(root: root, path: root + "/pages/b.md", at: at, folder: "x") == nil)
        #expect(FileSystem.linkProblem(root: root, path: root + "/pages/a.md", at: at, folder: "x") == nil)
        #expect(FileSystem.linkProblem(root: root, path: root + "/pages/none.md", at: at, folder: "x") == nil)
    }

    @Test func walksNeverFollowLinksIntoLoopsAndStopAtTheDepthCap() throws {
        let root = TestSupport.temporaryDirectory("dti-walk")
        defer { FileSystem.removeTree(root) }
        TestSupport.write(["x.csv": "1", "d/y.csv": "22"], under: root)
        symlink(".", root + "/a")
        symlink(".", root + "/b")
        symlink("..", root + "/d/up")
        symlink("x.csv", root + "/z.csv")
        var seen: [String] = []
        TreeWalk.walk(root) { entry in seen.append(entry.relative); return true }
        #expect(seen == ["a", "b", "d", "d/up", "d/y.csv", "x.csv", "z.csv"])
        let deep = root + "/n/" + Array(repeating: "n", count: 40).joined(separator: "/")
        try FileManager.default.createDirectory(atPath: deep, withIntermediateDirectories: true)
        var deepest = 0
        TreeWalk.walk(root + "/n") { entry in deepest = max(deepest, entry.relative.split(separator: "/").count); return true }
        #expect(deepest == TreeWalk.maximumDepth)

        // The build's input signature (it looped on these links) ends, and
        // notices a link retargeted.
        var options = BuildOptions()
        options.content = root
        options.theme = TestSupport.bundledTheme
        let first = InputSignature(options)
        unlink(root + "/z.csv")
        symlink("d/y.csv", root + "/z.csv")
        #expect(InputSignature(options).digest != first.digest)
    }

    @Test func theWatcherStartsOnATreeWithLinkLoops() throws {
        let root = TestSupport.temporaryDirectory("dti-watch-loop")
        defer { FileSystem.removeTree(root) }
        TestSupport.write(["rankings/2022/so.csv": "x"], under: root)
        symlink(".", root + "/a")
        symlink(".", root + "/b")
        symlink("../..", root + "/rankings/2022/vong")
        for mode in [FileWatcher.Mode.inotify, .poll(interval: 0.05)] {
            let changes = ChangeLog()
            let watcher = FileWatcher(roots: [root], mode: mode, quiet: 0.05, maxDelay: 0.3) { changes.add($0) }
            let started = Date()
            try watcher.start()
            #expect(Date().timeIntervalSince(started) < 2, "\(mode)")
            try "y".write(toFile: root + "/rankings/2022/so.csv", atomically: false, encoding: .utf8)
            let deadline = Date(timeIntervalSinceNow: 5)
            while !changes.contains(root + "/rankings/2022/so.csv") && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
            watcher.stop()
            #expect(changes.contains(root + "/rankings/2022/so.csv"), "\(mode)")
            #expect(!changes.all.contains { $0.contains("/a/") || $0.contains("/vong/") }, "\(mode): \(changes.all)")
        }
    }
}

/// Paths reported by a watcher, from its thread.
final class ChangeLog: @unchecked Sendable {
    private let lock = NSLock()
    private var paths: [String] = []
    func add(_ batch: [String]) { lock.lock(); paths += batch; lock.unlock() }
    func contains(_ path: String) -> Bool { lock.lock(); defer { lock.unlock() }; return paths.contains(path) }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return paths }
}
