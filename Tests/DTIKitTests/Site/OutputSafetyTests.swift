import Foundation
import Testing
@testable import DTIKit

/// Every file under `root` (links as links) with its bytes or link target,
/// to show a tree is byte-identical after something ran.
func treeSnapshot(_ root: String) -> [String: String] {
    var result: [String: String] = [:]
    func walk(_ relative: String) {
        let path = relative.isEmpty ? root : root + "/" + relative
        for name in FileSystem.list(path) ?? [] {
            let child = relative.isEmpty ? name : relative + "/" + name
            var info = stat()
            guard lstat(root + "/" + child, &info) == 0 else { continue }
            switch info.st_mode & S_IFMT {
            case S_IFLNK: result[child] = "link → " + ((try? FileManager.default.destinationOfSymbolicLink(atPath: root + "/" + child)) ?? "?")
            case S_IFDIR: result[child + "/"] = "folder"; walk(child)
            default: result[child] = SHA256.hex(FileSystem.read(root + "/" + child) ?? [])
            }
        }
    }
    walk("")
    return result
}

/// The paths under `root` added, removed or changed since `before`: empty
/// when the tree is byte for byte as it was.
func treeChanges(since before: [String: String], in root: String) -> [String] {
    let now = treeSnapshot(root)
    return Set(before.keys).union(now.keys).filter { before[$0] != now[$0] }.sorted()
}

@Suite("Output folder safety: refusals", .serialized)
struct OutputRefusalTests {
    /// A project folder with Content/ and Theme/ copied in.
    private func project() -> String {
        let work = TestSupport.temporaryDirectory("dti-project")
        TestSupport.copy(TestSupport.bundledContent, to: work + "/Content")
        TestSupport.write(["style.css": "body{}\n"], under: work + "/Theme")
        return work
    }

    private func build(_ work: String, output: String) -> (code: Int32, out: String, err: String) {
        TestSupport.run(["build", "--content", work + "/Content", "--theme", work + "/Theme", "--output", output])
    }

    @Test func anOutputThatIsHoldsOrLiesInTheSourcesIsRefusedAndNothingChanges() throws {
        let work = project()
        defer { FileSystem.removeTree(work) }
        let before = treeSnapshot(work)
        let cases: [(String, String)] = [
            (work + "/Content", "thư mục kết quả `\(work)/Content` cũng là thư mục nội dung"),
            (work + "/Content/", "cũng là thư mục nội dung"),
            (work + "/Content/rankings/Site", "nằm trong thư mục nội dung"),
            (work + "/Theme", "cũng là thư mục giao diện"),
            (work + "/Theme/Site", "nằm trong thư mục giao diện"),
            (work, "chứa thư mục nội dung"),
            (work + "/Content/..", "chứa thư mục nội dung"),
            (work + "/Content/rankings/../../Theme", "cũng là thư mục giao diện"),
            (work + "/Content/rankings/2022/so-ban-nganh.csv", "đã có và không phải là thư mục"),
            (work + "/Content/site.conf/Site", "`\(work)/Content/site.conf` là một tệp, không phải thư mục"),
            (work + "/Content/site.conf/a/b/Site", "là một tệp, không phải thư mục"),
            ("/", "không thể dựng vào thư mục gốc"),
            (work + "/.dti", "nằm trong `.dti/`"),
        ]
        for (output, reason) in cases {
            let result = build(work, output: output)
            #expect(result.code == 1, "\(output)")
            #expect(result.err.contains(reason), "\(output): \(result.err)")
            #expect(result.err.contains("gợi ý:"), "\(output)")
            #expect(result.out.contains("Không dựng:") && result.out.contains("Không có tệp nào được ghi hay xoá."), "\(output)")
        }
        #expect(treeChanges(since: before, in: work) == [])
    }

    @Test func theWorkingDirectoryAndItsParentsAreRefusedWithoutStrayFolders() throws {
        // `.` and `..` as typed at a project root: whatever the tests' working
        // directory is, it holds the repository's Content/ or is the working
        // directory itself, and both are refused before anything is made.
        let cwd = FileSystem.currentDirectory
        let parent = FileSystem.dirname(of: cwd)
        let beforeHere = FileSystem.list(cwd), beforeParent = FileSystem.list(parent)
        for output in [".", "..", "./", cwd] {
            let result = TestSupport.run(["build", "--content", TestSupport.bundledContent, "--output", output])
            #expect(result.code == 1, "\(output)")
            #expect(result.err.contains("thư mục đang làm việc") || result.err.contains("chứa thư mục nội dung"), "\(output): \(result.err)")
        }
        #expect(FileSystem.list(cwd) == beforeHere)
        #expect(FileSystem.list(parent) == beforeParent)
    }

    @Test func aFolderDtiDidNotMakeIsRefusedButNewEmptyAndOwnFoldersAreBuilt() throws {
        let work = project()
        defer { FileSystem.removeTree(work) }
        // Somebody's documents.
        TestSupport.write(["bao-cao.docx": "quan trọng", "anh/so-do.png": "png"], under: work + "/TaiLieu")
        let before = treeSnapshot(work)
        let refused = build(work, output: work + "/TaiLieu")
        #expect(refused.code == 1)
        #expect(refused.err.contains("thư mục `\(work)/TaiLieu` đã có tệp và không phải do dti dựng"))
        #expect(refused.err.contains("Chọn một thư mục mới hoặc rỗng"))
        #expect(treeChanges(since: before, in: work) == [])

        // New, empty, or holding only a tracked placeholder: built.
        for (name, files) in [("Moi", [:]), ("Rong", [".gitkeep": ""])] as [(String, [String: String])] {
            try FileSystem.makeDirectories(work + "/" + name)
            TestSupport.write(files, under: work + "/" + name)
            let built = build(work, output: work + "/" + name)
            #expect(built.code == 0, "\(name): \(built.err)")
            #expect(FileSystem.read(work + "/" + name + "/.dti-site") == Array(OutputGuard.markerText.utf8))
        }
        #expect(FileSystem.isFile(work + "/Rong/.gitkeep"))
        #expect(build(work, output: work + "/Site").code == 0)
        // Its own output again: built (the marker says it is dti's).
        TestSupport.write(["cu.html": "stale"], under: work + "/Site")
        #expect(build(work, output: work + "/Site").code == 0)
        #expect(!FileSystem.exists(work + "/Site/cu.html"))
        // The marker is not published in any listing.
        for listing in ["sitemap.xml", "du-lieu/SHA256SUMS", "du-lieu/index.json", "du-lieu/index.html"] {
            #expect(!SiteTestSupport.text(work + "/Site", listing).contains("dti-site"), "\(listing)")
        }
    }

    @Test func anOutputBuiltByAnEarlierVersionIsRecognisedAndItsLeftoversRemovedSafely() throws {
        let work = project()
        defer { FileSystem.removeTree(work) }
        // What an earlier dti left: Site/ without a marker, .Site.next, .Site.state, .Site.lock beside it.
        TestSupport.write(["index.html": "old"], under: work + "/Site")
        TestSupport.write(["index.html": "older"], under: work + "/.Site.next")
        TestSupport.write([".Site.state": "dti-build-state\t1\n", ".Site.lock": ""], under: work)
        // And a link with a legacy name, which dti did not make: left alone, as is its target.
        TestSupport.write(["giu-lai.txt": "keep"], under: work + "/victim")
        #expect(symlink(work + "/victim", work + "/.Site.next.old") == 0)
        let result = build(work, output: work + "/Site")
        #expect(result.code == 0, "\(result.err)")
        for leftover in [".Site.next", ".Site.state", ".Site.lock"] { #expect(!FileSystem.exists(work + "/" + leftover), "\(leftover)") }
        #expect(FileSystem.exists(work + "/.Site.next.old"))
        #expect(FileSystem.read(work + "/victim/giu-lai.txt") == Array("keep".utf8))
        #expect(FileSystem.isFile(work + "/.dti/Site.state") && FileSystem.isFile(work + "/Site/.dti-site"))
        // Two outputs in one parent keep separate bookkeeping.
        #expect(build(work, output: work + "/Site-en").code == 0)
        let books = try #require(FileSystem.list(work + "/.dti"))
        #expect(Set(books).isSuperset(of: ["Site.lock", "Site.state", "Site-en.lock", "Site-en.state"]), "\(books)")
    }

    @Test func anOutputThatIsALinkIsRefused() throws {
        let work = project()
        defer { FileSystem.removeTree(work) }
        TestSupport.write(["index.html": "deployed by hand"], under: work + "/www")
        #expect(symlink(work + "/www", work + "/Site") == 0)
        let before = treeSnapshot(work)
        let result = build(work, output: work + "/Site")
        #expect(result.code == 1)
        #expect(result.err.contains("là một liên kết tượng trưng (tới `\(work)/www`); dti không dựng qua liên kết"))
        #expect(treeChanges(since: before, in: work) == [])
    }
}
