import Testing
@testable import DTIKit
@testable import DTIBench

/// The benchmark's measurement helpers and command line. No timing is
/// asserted here: speed belongs in the figures dti-bench prints.
@Suite("Bench: harness")
struct BenchHarnessTests {
    @Test("options: scales 1 and 10 by default; --scale runs one; --output keeps; bad values are usage errors")
    func options() throws {
        let defaults = try BenchOptions.parse([])
        #expect(defaults.scales == [1, 10] && defaults.measuresRatio && !defaults.keep && defaults.threads == nil && defaults.runs == 1)
        #expect(try BenchOptions.parse(["--runs", "3"]).runs == 3)
        let one = try BenchOptions.parse(["--scale", "3", "--threads=2", "--keep"])
        #expect(one.scales == [3] && !one.measuresRatio && one.keep && one.threads == 2)
        let output = try BenchOptions.parse(["--output", "/tmp/x"])
        #expect(output.output == "/tmp/x" && output.keep)
        #expect(try BenchOptions.parse(["-h"]).help)
        for bad in [["--scale", "0"], ["--scale", "x"], ["--threads", "0"], ["--runs", "0"], ["--scales", "2"], ["--output", ""]] {
            #expect(throws: UsageError.self, "\(bad)") { try BenchOptions.parse(bad) }
        }
        #expect(BenchOptions.help.contains("--scale S") && BenchOptions.help.contains("--keep"))
    }

    @Test("SplitMix64 matches the reference sequence and derived seeds are independent of order")
    func splitMix() {
        var generator = SplitMix64(seed: 1_234_567)
        let reference: [UInt64] = [6_457_827_717_110_365_317, 3_203_168_211_198_807_973, 9_817_491_932_198_370_423,
                                   4_593_380_528_125_082_431, 16_408_922_859_458_223_821]
        #expect((0..<5).map { _ in generator.next() } == reference)
        var a = SplitMix64(seed: 7, 3, 1), b = SplitMix64(seed: 7, 3, 1), c = SplitMix64(seed: 7, 1, 3)
        #expect(a.next() == b.next())
        #expect(a.next() != c.next())
        var unit = SplitMix64(seed: 9)
        #expect((0..<1_000).allSatisfy { _ in (0..<1).contains(unit.unit()) })
    }

    @Test("Excel CSV writer: General-format numbers, decimal comma with ';', quoting only when needed")
    func excelWriter() {
        var comma = ExcelCSVWriter(dialect: .comma)
        comma.cents(2650); comma.cents(4000); comma.cents(5); comma.cents(-150); comma.fixed(72350, places: 4)
        comma.text("Tỉnh, thành phố"); comma.text("a\"b"); comma.text("Sở Mẫu Số 01"); comma.integer(12)
        comma.endLine()
        #expect(comma.bytes == [0xEF, 0xBB, 0xBF] + Array("26.5,40,0.05,-1.5,7.235,\"Tỉnh, thành phố\",\"a\"\"b\",Sở Mẫu Số 01,12\r\n".utf8))
        var semicolon = ExcelCSVWriter(dialect: .semicolon)
        semicolon.cents(2625); semicolon.text("Tỉnh, thành phố"); semicolon.text("x;y")
        semicolon.endLine()
        #expect(String(decoding: semicolon.bytes.dropFirst(3), as: UTF8.self) == "26,25;Tỉnh, thành phố;\"x;y\"\r\n")
    }

    @Test("band classes are computed exactly at their thresholds")
    func bands() {
        let so = SyntheticFrameworks.department   // 420 points, bands at 90/80/65/50/0 %
        #expect(so.bandMinimumsCents == [37_800, 33_600, 27_300, 21_000, 0])
        #expect(so.bandIndex(forCents: 37_800) == 0 && so.bandIndex(forCents: 37_799) == 1 && so.bandIndex(forCents: 0) == 4)
        let xa = SyntheticFrameworks.commune      // bands in points
        #expect(xa.bandMinimumsCents == [31_500, 28_000, 24_500, 17_500, 0])
        #expect(String(decoding: xa.conf(), as: UTF8.self).contains("band.Xuất sắc = 315 điểm"))
        #expect(SyntheticTables.ratio(70_000, 100_000) == 7_000 && SyntheticTables.ratio(1, 20_000) == 1 && SyntheticTables.ratio(1, 20_001) == 0)
    }

    @Test("step times are read back from the log of dti build")
    func stepLog() {
        let log = "dti build: C + T → S\n  đọc nội dung (1141 ms)\n  đọc giao diện (0,9 ms)\n  (not a step)\nXong: 4116 trang (12 ms)\n"
        let steps = StepLog.parse(log)
        #expect(steps.map(\.name) == ["đọc nội dung", "đọc giao diện"])
        #expect(steps.map(\.seconds) == [1.141, 0.0009])
    }

    @Test("peak and current RSS come from /proc status; the filesystem from the longest mount point")
    func processFigures() {
        let status = "Name:\tdti\nVmPeak:\t  300 kB\nVmHWM:\t   54321 kB\nVmRSS:\t   1200 kB\n"
        #expect(ProcessMeasurement.statusField("VmHWM", in: status) == 54_321)
        #expect(ProcessMeasurement.statusField("VmRSS", in: status) == 1_200)
        #expect(ProcessMeasurement.statusField("VmSwap", in: status) == nil)
        #expect((ProcessMeasurement.peakRSSKilobytes() ?? 0) > 0)
        #expect(ProcessMeasurement.resetPeakRSS() == true || ProcessMeasurement.peakRSSKilobytes() != nil)
        #expect(ProcessMeasurement.selfUsage().cpuSeconds > 0)
        let stat = "cpu  100 5 50 800 20 3 2 0 0 0\ncpu0 50 2 25 400 10 1 1 0 0 0\n"
        #expect(ProcessMeasurement.cpuJiffies(stat)! == (busy: 160, total: 980))
        #expect(ProcessMeasurement.cpuJiffies("intr 1 2\n") == nil)
        let mounts = "/dev/vda / ext4 rw 0 0\ntmpfs /dev/shm tmpfs rw 0 0\ntmpfs /dev/shm2 tmpfs rw 0 0\nx /mnt/my\\040disk xfs rw 0 0\n"
        #expect(BenchFolders.filesystemType(of: "/dev/shm/dti-bench-1", mounts: mounts) == "tmpfs")
        #expect(BenchFolders.filesystemType(of: "/dev/shmx/a", mounts: mounts) == "ext4")
        #expect(BenchFolders.filesystemType(of: "/mnt/my disk/a", mounts: mounts) == "xfs")
        #expect(BenchFolders.filesystemType("/") != nil)
    }

    @Test("a subprocess's exit status, output and resource usage come back from wait4")
    func subprocess() throws {
        let folder = BenchTestSupport.temporaryFolder("spawn")
        defer { BenchTestSupport.cleanUp(folder) }
        try FileSystem.makeDirectories(folder)
        let log = folder + "/log"
        let ok = try Subprocess.run("/bin/sh", ["-c", "echo out; echo err >&2; i=0; while [ $i -lt 20000 ]; do i=$((i+1)); done"], logFile: log)
        #expect(ok.succeeded && ok.exitCode == 0 && ok.signal == nil)
        #expect(ok.usage.maxRSSKilobytes > 0 && ok.usage.cpuSeconds > 0 && ok.seconds > 0)
        #expect(FileSystem.read(log).map { String(decoding: $0, as: UTF8.self) } == "out\nerr\n")
        let failed = try Subprocess.run("/bin/sh", ["-c", "exit 3"], logFile: log)
        #expect(!failed.succeeded && failed.exitCode == 3 && failed.status == "exit 3")
        let killed = try Subprocess.run("/bin/sh", ["-c", "kill -9 $$"], logFile: log)
        #expect(killed.exitCode == nil && killed.signal == 9)
        #expect(throws: FileSystemError.self) { try Subprocess.run(folder + "/missing", [], logFile: log) }
    }

    @Test("tree tally counts pages, files and bytes; folders of killed runs are removed by their marker")
    func folders() throws {
        let root = BenchTestSupport.temporaryFolder("tally")
        defer { BenchTestSupport.cleanUp(root) }
        try FileSystem.makeDirectories(root + "/a/b")
        try FileSystem.write(Array("12345".utf8), to: root + "/index.html")
        try FileSystem.write(Array("123".utf8), to: root + "/a/b/index.html")
        try FileSystem.write(Array("1".utf8), to: root + "/a/data.csv")
        #expect(TreeTally.count(root) == TreeTally(pages: 2, files: 3, bytes: 9))

        let parent = FileSystem.dirname(of: root)
        let abandoned = parent + "/dti-bench-gone", alive = parent + "/dti-bench-alive", foreign = parent + "/dti-bench-foreign"
        for folder in [abandoned, alive, foreign] { try FileSystem.makeDirectories(folder) }
        try FileSystem.write(Array("Made by dti-bench (pid 2147483646); safe to delete.\n".utf8), to: abandoned + "/" + BenchFolders.marker)
        try BenchFolders.mark(alive)
        #expect(BenchFolders.removeAbandoned(in: parent) == 1)
        #expect(!FileSystem.isDirectory(abandoned) && FileSystem.isDirectory(alive) && FileSystem.isDirectory(foreign))
        #expect(BenchFolders.fileCreateSeconds(in: parent, count: 5) != nil)
        #expect(!FileSystem.isDirectory(parent + "/.dti-bench-probe"))
    }
}
