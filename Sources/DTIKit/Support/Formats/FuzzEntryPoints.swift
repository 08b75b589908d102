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
    static let xmlLimits = XMLReader.Limits(maxDepth: 32, maxBytes: 1 << 20, maxAttributes: 32, maxNameLength: 64)
    static let workbookLimits = WorkbookLimits(archive: zipLimits, xml: xmlLimits, maxCells: 50_000, maxSharedStrings: 50_000)
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

/// Reads `data` as an XML document, event by event, to its end or first error.
func fuzzXML(_ data: UnsafeRawBufferPointer) {
    guard var reader = try? XMLReader(Array(data), limits: FuzzEntryPoints.xmlLimits) else { return }
    while case .some(.some) = try? reader.next() {}
}

/// Opens `data` as an .xlsx workbook and reads the table of its first sheet
/// (ZIP, XML parts, shared strings, styles, cells, merged headers).
func fuzzWorkbook(_ data: UnsafeRawBufferPointer) {
    _ = try? WorkbookTableReader.read(Array(data), file: "fuzz.xlsx", sheet: nil, range: nil, limits: FuzzEntryPoints.workbookLimits)
}
