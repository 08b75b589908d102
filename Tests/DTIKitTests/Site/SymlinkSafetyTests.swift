import Foundation
import Testing
@testable import DTIKit

/// Links planted (by the same user, by mistake or not) where a build
/// creates, swaps or deletes: the files they point to must survive, and the
/// build either refuses with a clear error or replaces the link itself.
@Suite("Output folder safety: symbolic links are never followed", .serialized)
struct SymlinkSafetyTests {
    /// A folder of someone's documents, including names a site also uses.
    private func victim(in work: String) -> (folder: String, snapshot: [String: String]) {
        let folder = work + "/TaiLieu"
        TestSupport.write(["bao-cao.docx": "quan trọng", "index.html": "không được ghi đè", "don-vi/ghi-chu.txt": "giữ",
                           "du-lieu/SHA256SUMS": "x"], under: folder)
        return (folder, treeSnapshot(folder))
    }

    private func isLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }

    @Test func aLinkAtTheStagingFolderIsReplacedNotFollowed() throws {
        let work = TestSupport.temporaryDirectory("dti-links")
        defer { FileSystem.removeTree(work) }
        let (folder, snapshot) = victim(in: work)
        let options = BuildOptions(content: TestSupport.bundledContent, theme: TestSupport.bundledTheme, output: work + "/Site")
        try FileSystem.makeDirectories(work + "/.dti")
        // First build (no Site yet) and a rebuild (Site exists, swapped by exchange), each with the link planted.
        for round in 0..<2 {
            FileSystem.removeTree(work + "/.dti/Site.next")
            #expect(symlink(folder, work + "/.dti/Site.next") == 0)
            let report = SiteBuilder.build(options)
            #expect(report.succeeded, "round \(round): \(report.diagnostics.report())")
            #expect(treeChanges(since: snapshot, in: folder) == [], "round \(round)")
            #expect(!isLink(work + "/Site") && FileSystem.isFile(work + "/Site/index.html"))
        }
        #expect(!isLink(work + "/.dti/Site.next"))
        let clean = SiteTestSupport.bundled
        #expect(SiteTestSupport.files(work + "/Site") == SiteTestSupport.files(clean))
    }

    @Test func linksInsideAReusedStagingFolderAreRemovedBeforeAnythingIsWritten() throws {
        let work = TestSupport.temporaryDirectory("dti-links")
        defer { FileSystem.removeTree(work) }
        let (folder, snapshot) = victim(in: work)
        let options = BuildOptions(content: TestSupport.bundledContent, theme: TestSupport.bundledTheme, output: work + "/Site")
        #expect(SiteBuilder.build(options).succeeded)
        #expect(SiteBuilder.build(options).succeeded)       // .dti/Site.next now holds the previous output
        let staging = work + "/.dti/Site.next"
        // A link in a folder's place (pages would be written through it), in a
        // kept file's place (it would be rewritten in place), and a stray one.
        FileSystem.removeTree(staging + "/don-vi")
        #expect(symlink(folder, staging + "/don-vi") == 0)
        FileSystem.removeTree(staging + "/index.html")
        #expect(symlink(folder + "/index.html", staging + "/index.html") == 0)
        FileSystem.removeTree(staging + "/du-lieu/SHA256SUMS")
        #expect(symlink(folder + "/du-lieu/SHA256SUMS", staging + "/du-lieu/SHA256SUMS") == 0)
        #expect(symlink(folder, staging + "/assets/lien-ket") == 0)
        let report = SiteBuilder.build(options)
        #expect(report.succeeded)
        #expect(treeChanges(since: snapshot, in: folder) == [])
        let clean = SiteTestSupport.bundled
        let files = SiteTestSupport.files(work + "/Site")
        #expect(files == SiteTestSupport.files(clean))
        for file in files { #expect(FileSystem.read(work + "/Site/" + file) == FileSystem.read(clean + "/" + file), "\(file)") }
        #expect(!isLink(work + "/Site/don-vi") && !isLink(work + "/Site/index.html"))
    }

    @Test func linksAtTheLockAndStateFilesAreReplacedAndALinkedBookkeepingFolderIsRefused() throws {
        let work = TestSupport.temporaryDirectory("dti-links")
        defer { FileSystem.removeTree(work) }
        let (folder, snapshot) = victim(in: work)
        try FileSystem.makeDirectories(work + "/.dti")
        #expect(symlink(folder + "/bao-cao.docx", work + "/.dti/Site.lock") == 0)
        #expect(symlink(folder + "/index.html", work + "/.dti/Site.state") == 0)
        #expect(symlink(folder + "/don-vi/ghi-chu.txt", work + "/.dti/Site.state.tmp") == 0)
        let arguments = ["build", "--content", TestSupport.bundledContent, "--theme", TestSupport.bundledTheme, "--output", work + "/Site"]
        let result = TestSupport.run(arguments)
        #expect(result.code == 0, "\(result.err)")
        #expect(treeChanges(since: snapshot, in: folder) == [])
        for name in ["Site.lock", "Site.state"] {
            #expect(!isLink(work + "/.dti/" + name) && FileSystem.isFile(work + "/.dti/" + name), "\(name)")
        }
        #expect(BuildState.read(from: work + "/.dti/Site.state") != nil)

        // `.dti` itself a link: refused with the reason, nothing written through it.
        let other = TestSupport.temporaryDirectory("dti-links")
        defer { FileSystem.removeTree(other) }
        #expect(symlink(folder, other + "/.dti") == 0)
        let refused = TestSupport.run(["build", "--content", TestSupport.bundledContent, "--output", other + "/Site"])
        #expect(refused.code == 1)
        #expect(refused.err.contains(other + "/.dti") && refused.err.contains("không phải thư mục thật"), "\(refused.err)")
        #expect(treeChanges(since: snapshot, in: folder) == [])
        #expect(!FileSystem.exists(other + "/Site"))
    }

    @Test func removeTreeRemovesLinksNotWhatTheyPointTo() throws {
        let work = TestSupport.temporaryDirectory("dti-links")
        defer { FileSystem.removeTree(work) }
        let (folder, snapshot) = victim(in: work)
        TestSupport.write(["a/b/c.txt": "c", "a/d.txt": "d"], under: work + "/cay")
        #expect(symlink(folder, work + "/cay/a/b/lien-ket") == 0)
        #expect(symlink(folder + "/bao-cao.docx", work + "/cay/a/tep") == 0)
        #expect(symlink(folder, work + "/lien-ket-goc") == 0)
        FileSystem.removeTree(work + "/lien-ket-goc")       // a link at the top: the link goes
        #expect(!FileSystem.exists(work + "/lien-ket-goc"))
        FileSystem.removeTree(work + "/cay")
        #expect(!FileSystem.exists(work + "/cay"))
        #expect(treeChanges(since: snapshot, in: folder) == [])
    }

    @Test func servePreviewsInAPrivateFolderAndRebuildsPastPlantedLinks() throws {
        let work = TestSupport.temporaryDirectory("dti-links")
        defer { FileSystem.removeTree(work) }
        let (folder, snapshot) = victim(in: work)
        TestSupport.copy(TestSupport.bundledContent, to: work + "/Content")
        var options = ServeOptions()
        options.content = work + "/Content"
        options.theme = work + "/Theme"
        options.port = 0
        options.watch = false
        let session = try PreviewSession(options: options)
        let preview = session.workDirectory
        // mkdtemp: an unpredictable name, a real folder of this user, closed to others.
        let name = String(preview.split(separator: "/").last ?? "")
        #expect(name.hasPrefix("dti-serve-") && name != "dti-serve-\(getpid())" && name.count == "dti-serve-".count + 6)
        var info = stat()
        #expect(lstat(preview, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR)
        #expect(info.st_mode & 0o777 == 0o700 && info.st_uid == geteuid())
        try session.start()
        #expect(FileSystem.isFile(preview + "/Site/don-vi/so-tu-phap/index.html"))

        // Plant a link at the staging folder, change the content, rebuild twice.
        let csv = work + "/Content/rankings/2022/so-ban-nganh.csv"
        let original = try String(contentsOfFile: csv, encoding: .utf8)
        for (round, score) in ["206.46", "206.47"].enumerated() {
            FileSystem.removeTree(preview + "/.dti/Site.next")
            #expect(symlink(folder, preview + "/.dti/Site.next") == 0)
            try original.replacingOccurrences(of: ",206.45,", with: ",\(score),").write(toFile: csv, atomically: false, encoding: .utf8)
            session.rebuild(changed: [csv])
            #expect(session.site.failedBuild == nil, "round \(round)")
            #expect(SiteTestSupport.text(preview + "/Site", "don-vi/so-tu-phap/index.html").contains(score.replacingOccurrences(of: ".", with: ",")))
            #expect(treeChanges(since: snapshot, in: folder) == [], "round \(round)")
        }
        session.stop()
        #expect(!FileSystem.exists(preview))
        #expect(treeChanges(since: snapshot, in: folder) == [])
    }
}
