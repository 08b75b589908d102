import Foundation
import Testing
@testable import DTIKit

@Suite("dti serve: command line", .serialized)
struct ServeCommandTests {
    @Test func badPortIsAUsageError() {
        let result = TestSupport.run(["serve", "--port", "tám nghìn"])
        #expect(result.code == 2)
        #expect(result.err.contains("`--port` cần một số từ 0 đến 65535"))
        #expect(TestSupport.run(["serve", "--port", "70000"]).code == 2)
        #expect(TestSupport.run(["serve", "--watch"]).code == 2)
    }

    @Test func anExplicitBusyPortIsAnErrorNamingThePort() {
        let root = TestSupport.temporaryDirectory("dti-busy")
        let (holder, _) = ServeTestSupport.startServer(root: root)
        defer { holder.stop(); FileSystem.removeTree(root) }
        let result = TestSupport.run(["serve", "--port", String(holder.port), "--content", TestSupport.bundledContent,
                                      "--theme", TestSupport.bundledTheme, "--no-watch"])
        #expect(result.code == 1)
        #expect(result.err.contains("cổng \(holder.port) trên 127.0.0.1 đang được chương trình khác dùng"))
        let host = TestSupport.run(["serve", "--host", "máy-chủ", "--port", "0", "--no-watch"])
        #expect(host.code == 1)
        #expect(host.err.contains("`máy-chủ` không phải địa chỉ IP"))
    }

    @Test func helpListsEveryOption() {
        let help = TestSupport.run(["help", "serve"])
        #expect(help.code == 0)
        for option in ["--content DIR", "--theme DIR", "--port N", "--host ADDR", "--no-watch", "--poll"] {
            #expect(help.out.contains(option), "\(option)")
        }
    }
}
