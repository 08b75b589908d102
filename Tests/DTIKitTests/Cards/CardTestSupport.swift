import Foundation
import Testing
@testable import DTIKit

/// A small portal for the card tests (drawing cards takes tens of
/// milliseconds each in a debug build, so these tests draw few): two years
/// of one ranking, a unit with a long Vietnamese name that must wrap and
/// shorten, and one whose name is hostile markup.
enum CardTestSupport {
    /// Every letter of Vietnamese with every tone, in a name longer than two card lines.
    static let longName = "Ủy ban nhân dân xã Thượng Ẩm Ỗ Ứ Ự Đồng Hưng Nguyễn Thị Kỷ Mỹ Ỹ Ỵ Ơ Ờ Ớ Ở Ỡ Ợ Ư Ừ Ứ Ử Ữ Ự huyện Châu Thành A tỉnh Hậu Giang"

    static let hostileName = "Sở <script>alert(1)</script> & \"Bộ\""

    static let files: [String: String] = {
        var files = TestSupport.minimalContent
        let header = "STT,Tên đơn vị,Nhận thức,Chính quyền số,Tổng điểm,Xếp loại,Xếp hạng\n"
        files["rankings/2021/so.csv"] = header + "1,Sở A,35,45,80,Tốt,1\n2,Sở B,30,30,60,Khá,2\n3,\(longName),20,20,40,Yếu,3\n"
        files["rankings/2021/so.conf"] = "framework = khung\ntitle = Bảng 2021\nsource = Phụ lục 2021\n"
        files["rankings/2022/so.csv"] = header + "1,Sở A,40,50,90,Tốt,1\n2,\(longName),30,35,65,Khá,2\n3,Sở B,30,30,60,Khá,3\n"
            + "4,\"\(hostileName.replacingOccurrences(of: "\"", with: "\"\""))\",10,10,20,Yếu,4\n"
        return files
    }()

    /// The fixture written into a fresh folder; returns the content folder.
    static func content() -> String {
        let root = TestSupport.temporaryDirectory("dti-cards") + "/Content"
        TestSupport.write(files, under: root)
        return root
    }

    /// The social card files of a built site, path → bytes.
    static func cards(in site: String) -> [String: [UInt8]] {
        var cards: [String: [UInt8]] = [:]
        for path in SiteTestSupport.files(site) where path.hasSuffix(SocialCards.fileName) { cards[path] = FileSystem.read(site + "/" + path) }
        return cards
    }

    /// The step line that says how many cards a build drew and reused.
    static func cardStep(_ report: BuildReport) -> String? {
        report.steps.map(\.name).first { $0.hasPrefix("ảnh thẻ chia sẻ") }
    }

    /// The render context of a content folder, for drawing single cards.
    static func context(_ content: String = CardTestSupport.content()) throws -> RenderContext {
        let (loaded, diagnostics) = ContentLoader.load(from: content)
        #expect(!diagnostics.hasErrors, "\(diagnostics.report())")
        let theme = try Theme.load(from: TestSupport.bundledTheme).get()
        return RenderContext(model: SiteModel.build(try #require(loaded)), theme: theme)
    }

    /// Decodes PNG files with Python's zlib, independently of dti: signature,
    /// chunk order, every CRC, IHDR, PLTE for a palette image, every row's
    /// filter undone, palette indices looked up. Returns width, height,
    /// colour type, channels of the result (3 for palette and RGB, 4 for
    /// RGBA) and the pixels.
    static let reader = FormatsTestSupport.pythonPacking + """
        def decode(png):
            assert png[:8] == b'\\x89PNG\\r\\n\\x1a\\n', 'signature'
            offset, chunks = 8, []
            while offset < len(png):
                (length,) = struct.unpack('>I', png[offset:offset + 4])
                kind, data = png[offset + 4:offset + 8], png[offset + 8:offset + 8 + length]
                (crc,) = struct.unpack('>I', png[offset + 8 + length:offset + 12 + length])
                assert zlib.crc32(kind + data) == crc, 'crc of %r' % kind
                chunks.append((kind, data)); offset += 12 + length
            assert offset == len(png), 'bytes after IEND'
            kinds = [k for k, _ in chunks]
            assert kinds[0] == b'IHDR' and kinds[-1] == b'IEND', kinds
            width, height, depth, color, method, filters, interlace = struct.unpack('>IIBBBBB', chunks[0][1])
            assert depth == 8 and method == 0 and filters == 0 and interlace == 0
            palette = None
            if color == 3:
                assert kinds[1] == b'PLTE', 'PLTE right after IHDR'
                palette = chunks[1][1]
                assert len(palette) % 3 == 0 and 3 <= len(palette) <= 768
            assert set(kinds) <= {b'IHDR', b'PLTE', b'IDAT', b'IEND'}, kinds
            channels = {0: 1, 2: 3, 3: 1, 6: 4}[color]
            raw = zlib.decompress(b''.join(d for k, d in chunks if k == b'IDAT'))
            stride = width * channels
            assert len(raw) == height * (stride + 1), 'size of image data'
            out, previous = bytearray(), bytearray(stride)
            for y in range(height):
                kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
                if kind == 1:
                    for x in range(channels, stride): line[x] = (line[x] + line[x - channels]) & 0xFF
                elif kind == 2:
                    line = bytearray((x + y) & 0xFF for x, y in zip(line, previous))
                elif kind == 3:
                    for x in range(stride):
                        a = line[x - channels] if x >= channels else 0
                        line[x] = (line[x] + (a + previous[x]) // 2) & 0xFF
                elif kind == 4:
                    for x in range(stride):
                        a = line[x - channels] if x >= channels else 0
                        b, c = previous[x], previous[x - channels] if x >= channels else 0
                        pa, pb, pc = abs(b - c), abs(a - c), abs(a + b - 2 * c)
                        line[x] = (line[x] + (a if pa <= pb and pa <= pc else (b if pb <= pc else c))) & 0xFF
                elif kind != 0: raise SystemExit('bad filter type %d' % kind)
                out += line; previous = line
            if palette is not None:
                assert max(out) * 3 < len(palette), 'index outside the palette'
                out = b''.join(palette[3 * i:3 * i + 3] for i in out)
                channels = 3
            return struct.pack('>IIII', width, height, color, channels) + bytes(out)
        open(sys.argv[2], 'wb').write(pack([decode(png) for png in items]))
        """

    static func decode(_ pngs: [[UInt8]]) -> [(width: Int, height: Int, color: Int, channels: Int, pixels: [UInt8])]? {
        guard let output = FormatsTestSupport.python(reader, input: FormatsTestSupport.pack(pngs)) else { return nil }
        return FormatsTestSupport.unpack(output).map { item in
            func u32(_ at: Int) -> Int { Int(item[at]) << 24 | Int(item[at + 1]) << 16 | Int(item[at + 2]) << 8 | Int(item[at + 3]) }
            return (u32(0), u32(4), u32(8), u32(12), Array(item[16...]))
        }
    }
}
