/// Entry points for coverage-guided fuzzing (libFuzzer) of the readers of
/// untrusted input. Each takes arbitrary bytes, runs one reader with small
/// limits, and throws the result away: the fuzzer looks only for crashes,
/// hangs and memory blow-ups. A harness calls them from its
/// `LLVMFuzzerTestOneInput`.
enum FuzzEntryPoints {
    /// The limits used under fuzzing: small, so each run stays fast.
    static let inflateLimit = 1 << 20
    static let zipLimits = ZIPArchive.Limits(maxEntries: 64, maxEntrySize: 1 << 20, maxTotalSize: 4 << 20,
                                              maxCompressionRatio: 100, ratioExemptSize: 64 << 10)
}

/// Feeds `data` to `Inflate` as a raw DEFLATE stream and to `Zlib` as a
/// zlib stream.
func fuzzInflate(_ data: UnsafeRawBufferPointer) {
    _ = try? Inflate.decompress(data, limit: FuzzEntryPoints.inflateLimit)
    _ = try? Zlib.decompress(Array(data), limit: FuzzEntryPoints.inflateLimit)
}

/// Opens `data` as a ZIP archive and reads every member.
func fuzzZIP(_ data: UnsafeRawBufferPointer) {
    guard let archive = try? ZIPArchive(bytes: Array(data), limits: FuzzEntryPoints.zipLimits) else { return }
    for entry in archive.entries { _ = try? archive.contents(of: entry) }
}
