// libFuzzer target: ConfFile.parse on arbitrary bytes (see .ci/fuzz).
@testable import DTIKit

/// Every accepted entry has an allowed key, no key twice, and a line in the file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzConf(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let allowed = ContentLoader.frameworkKeys
    let (conf, problems) = ConfFile.parse(bytes, file: "f.conf", allowedKeys: allowed)
    var seen = Set<String>()
    for entry in conf.entries {
        require(seen.insert(entry.key).inserted, "key accepted twice")
        require(allowed.contains { $0.hasSuffix(".") ? entry.key.hasPrefix($0) : $0 == entry.key }, "unknown key accepted")
        require((entry.location.line ?? 0) >= 1, "entry without a line")
    }
    for problem in problems { _ = problem.description }
    return 0
}
