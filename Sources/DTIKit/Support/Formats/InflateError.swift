/// Why a DEFLATE or zlib stream could not be decompressed. Every way bad
/// input can fail has its own case, so tests and callers can tell them
/// apart; `message` says it in Vietnamese for the user.
public enum InflateError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The input ended in the middle of the stream.
    case truncated
    /// A block header has type 3, which the format reserves.
    case invalidBlockType
    /// A stored block's length does not match its one's complement copy.
    case storedLengthMismatch
    /// A dynamic block declares more than 286 literal/length or 30 distance codes.
    case tooManySymbols
    /// A set of code lengths describes more codes than bits allow.
    case overSubscribedCode
    /// A set of code lengths leaves codes unused (only a lone 1-bit code may).
    case incompleteCode
    /// A repeat in the code lengths has nothing to repeat or runs past the end.
    case badLengthRepeat
    /// The literal/length code has no end-of-block symbol.
    case missingEndOfBlock
    /// A bit pattern matches no code, or a code for the unused symbols 286, 287, 30, 31.
    case invalidSymbol
    /// A match reaches back before the start of the output.
    case distanceTooFar
    /// The output would grow past the caller's limit (a "zip bomb" or a wrong size).
    case outputLimitExceeded(limit: Int)
    /// A zlib header is malformed or names a method other than DEFLATE.
    case badZlibHeader
    /// A zlib stream needs a preset dictionary, which is not supported.
    case presetDictionary
    /// The Adler-32 at the end of a zlib stream does not match the data.
    case checksumMismatch
    /// Bytes follow the end of a zlib stream.
    case trailingData

    /// What went wrong, in plain Vietnamese.
    public var message: String {
        switch self {
        case .truncated: "dữ liệu nén bị cắt cụt"
        case .invalidBlockType: "dữ liệu nén có khối thuộc kiểu không hợp lệ"
        case .storedLengthMismatch: "độ dài của khối không nén không khớp với phần bù của nó"
        case .tooManySymbols: "bảng mã Huffman khai báo quá nhiều ký hiệu"
        case .overSubscribedCode: "bảng mã Huffman có nhiều mã hơn mức cho phép"
        case .incompleteCode: "bảng mã Huffman không đầy đủ"
        case .badLengthRepeat: "lệnh lặp độ dài mã không có giá trị để lặp hoặc vượt quá bảng"
        case .missingEndOfBlock: "bảng mã không có mã kết thúc khối"
        case .invalidSymbol: "dữ liệu nén chứa mã không hợp lệ"
        case .distanceTooFar: "dữ liệu nén tham chiếu về trước phần đầu của dữ liệu"
        case .outputLimitExceeded(let limit): "dữ liệu giải nén vượt quá giới hạn \(limit) byte"
        case .badZlibHeader: "phần đầu zlib không hợp lệ"
        case .presetDictionary: "dữ liệu zlib cần từ điển định sẵn, không được hỗ trợ"
        case .checksumMismatch: "tổng kiểm Adler-32 không khớp, dữ liệu bị hỏng"
        case .trailingData: "có dữ liệu thừa sau phần cuối của luồng zlib"
        }
    }

    /// The same as `message`, for string interpolation.
    public var description: String { message }
}
