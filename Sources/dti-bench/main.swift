// dti-bench: the rerunnable national-scale benchmark (see `dti-bench --help`).
import DTIKit
import DTIBench
#if canImport(Glibc)
import Glibc
#endif


// A closed pipe (`dti-bench | head`) must not kill the run before it cleans up.
signal(SIGPIPE, SIG_IGN)

let options: BenchOptions
do { options = try BenchOptions.parse(Array(CommandLine.arguments.dropFirst())) } catch {
    FileHandleOutput.error("dti-bench: \(error.message)\n\n" + BenchOptions.help)
    exit(2)
}
if options.help {
    say(BenchOptions.help)
    exit(0)
}

#if DEBUG
let configuration = "debug (figures are not representative: swift build -c release)"
#else
let configuration = "release"
#endif

// The dti executable that sits next to this one.
let executable = ProcessMeasurement.executablePath() ?? CommandLine.arguments[0]
let dti = FileSystem.dirname(of: executable) + "/dti"
guard FileSystem.isFile(dti) else {
    FileHandleOutput.error("dti-bench: no dti executable next to dti-bench (\(dti)).\nBuild both first: swift build -c release")
    exit(1)
}

// The work folder: a fresh temporary one, or --output (only if empty or made by dti-bench).
let marker = BenchFolders.marker
let work: String
do {
    if let output = options.output {
        let folder = FileSystem.absolute(output)
        if let entries = FileSystem.list(folder), !entries.isEmpty, !entries.contains(marker) {
            FileHandleOutput.error("dti-bench: \(folder) is not empty and was not made by dti-bench; choose an empty or new folder.")
            exit(2)
        }
        try FileSystem.makeDirectories(folder)
        work = folder
    } else {
        let parent = BenchFolders.defaultParent(environment: environmentVariables())
        BenchFolders.removeAbandoned(in: parent)
        work = try BenchFolders.makeTemporary(in: parent)
    }
    try BenchFolders.mark(work)
} catch {
    FileHandleOutput.error("dti-bench: \(error)")
    exit(1)
}

// The theme: --theme, else the built-in theme (an empty theme folder overrides nothing).
let theme = options.theme.map(FileSystem.absolute) ?? work + "/theme"
let themeNote = options.theme == nil ? "empty: the built-in theme" : "--theme"
if options.theme == nil {
    do { try FileSystem.makeDirectories(theme) } catch {
        FileHandleOutput.error("dti-bench: \(error)")
        exit(1)
    }
}

say("dti-bench: national-scale benchmark of dti \(DTICommandLine.version)")
say(Format.line("build", configuration, indent: 2))
say(Format.line("cores", "\(ProcessMeasurement.cores); render threads: " + (options.threads.map(String.init) ?? "the build's default"), indent: 2))
say(Format.line("dti", dti, indent: 2))
if BenchFolders.isStale(dti) {
    say(Format.line("", "WARNING: dti is older than the DTIKit it links (`swift run dti-bench` builds only dti-bench);", indent: 2))
    say(Format.line("", "the `dti build` figures measure old code. Run `swift build -c release` first.", indent: 2))
}
say(Format.line("theme", "\(theme) (\(themeNote))", indent: 2))
let filesystem = BenchFolders.filesystemType(work) ?? "unknown"
let createCost = BenchFolders.fileCreateSeconds(in: work).map { Format.microseconds($0) + " to create a 2 kB file" } ?? "not measured"
say(Format.line("work folder", "\(work) (\(filesystem); \(createCost))", indent: 2))
if let busy = ProcessMeasurement.busyFraction() {
    let note = busy > 0.25 ? "; other work is running: figures may be inflated, run again when idle" : ""
    say(Format.line("CPU busy", NumberFormat.data(busy * 100, decimals: 0) + " % of all cores before the start (others)" + note, indent: 2))
}
say(Format.line("scales", options.scales.map(String.init).joined(separator: ", ")
                + (options.runs > 1 ? "; \(options.runs) runs of each build, the fastest shown (peak RSS: the highest)" : ""), indent: 2))

let setup = BenchSetup(work: work, theme: theme, dti: dti, threads: options.threads, keep: options.keep, runs: options.runs)
var results: [ScaleResult] = []
var failed = false
for scale in options.scales {
    guard let result = runScale(scale, setup: setup) else { failed = true; break }
    results.append(result)
    if !result.succeeded { failed = true }
    if !options.keep { FileSystem.removeTree(work + "/scale-\(scale)") }
}

printTargets(results, options: options)

if options.keep {
    say("\nkept: \(work)  (Content/, Site-in-process/, Site-dti-build/ and the dti logs per scale)")
} else {
    FileSystem.removeTree(work)
}
if failed { say("\ndti-bench: a build FAILED (see above)") }
exit(failed ? 1 : 0)
