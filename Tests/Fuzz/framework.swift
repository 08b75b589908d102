#if canImport(Glibc)
import Glibc
#endif
// libFuzzer target: a framework (CSV and .conf) and a ranking table read
// through ContentLoader from a temporary tree (see .ci/fuzz). The input is
// cut at NUL bytes: framework CSV, framework .conf, ranking CSV.
@testable import DTIKit

let fuzzRoot: String = {
    let root = "/tmp/dti-fuzz-content-\(getpid())"
    try? FileSystem.makeDirectories(root + "/frameworks")
    try? FileSystem.makeDirectories(root + "/rankings/2022")
    try? FileSystem.write(Array("framework = khung\ntitle = T\nsource = S\n".utf8), to: root + "/rankings/2022/so.conf")
    return root
}()

/// Loading never crashes, every accepted number is finite and within the
/// bounds, and every finding formats.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFramework(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let parts = UnsafeBufferPointer(start: data, count: size).split(separator: 0, maxSplits: 2, omittingEmptySubsequences: false)
    let file = { (i: Int) -> [UInt8] in i < parts.count ? Array(parts[i]) : [] }
    try? FileSystem.write(file(0), to: fuzzRoot + "/frameworks/khung.csv")
    try? FileSystem.write(file(1), to: fuzzRoot + "/frameworks/khung.conf")
    try? FileSystem.write(file(2), to: fuzzRoot + "/rankings/2022/so.csv")
    var loader = ContentLoader(root: fuzzRoot)
    let framework = loader.loadFramework(TableSource(stem: "khung", dataFile: "khung.csv", confFile: "khung.conf"))
    if let framework {
        for index in framework.indices {
            if let max = index.max { require(max.value.isFinite && max.value >= 0 && max.value <= NumberBounds.largestMaximum, "max out of bounds") }
        }
        _ = NumberFormat.displayTrimmed(framework.totalMax)
    }
    let source = TableSource(stem: "so", dataFile: "so.csv", confFile: "so.conf")
    if let table = loader.loadRanking(period: Period(label: "2022")!, source: source, frameworks: framework.map { [$0] } ?? []) {
        for row in table.rows {
            for score in row.scores.compactMap({ $0 }) + [row.total].compactMap({ $0 }) {
                require(score.value.isFinite && abs(score.value) <= NumberBounds.largestValue, "score out of bounds")
                _ = NumberFormat.displayTrimmed(score.value) + score.display
            }
            if let rank = row.rank { require(rank.value > 0 && rank.value <= NumberBounds.largestRank, "rank out of bounds") }
        }
    }
    for diagnostic in loader.diagnostics.items { _ = diagnostic.description }
    return 0
}
