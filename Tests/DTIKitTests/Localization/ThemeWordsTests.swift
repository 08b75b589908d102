import Foundation
import Testing
@testable import DTIKit

/// A province renames a few words of the interface in its theme, without
/// recompiling dti: exactly those words change, everywhere they appear,
/// and nothing else on the site moves by a byte.
@Suite("A theme's own words")
struct ThemeWordsTests {
    @Test("A theme overriding three keys (two Vietnamese, one English) changes exactly those words on every page")
    func threeKeysChangeExactlyThoseWords() throws {
        let theme = TestSupport.temporaryDirectory("dti-theme-words") + "/Theme"
        TestSupport.write([
            "i18n/vi.conf": "# Tỉnh đổi ba chữ\nnav.home = ⟦Trang nhà⟧\nsource.label = ⟦Xuất xứ:⟧\n",
            "i18n/en.conf": "nav.rankings = ⟦League tables⟧\n",
        ], under: theme)
        let (plain, plainReport) = SiteTestSupport.build()
        let (renamed, renamedReport) = SiteTestSupport.build(theme: theme)
        #expect(plainReport.succeeded && renamedReport.succeeded, "\(renamedReport.diagnostics.report())")

        // Every file of the renamed site, with the three new words put back
        // to dti's own, is byte for byte the plain site's file.
        let restore = [("⟦Trang nhà⟧", "Trang chủ"), ("⟦Xuất xứ:⟧", "Nguồn:"), ("⟦League tables⟧", "Rankings")]
        let files = SiteTestSupport.files(plain)
        #expect(SiteTestSupport.files(renamed) == files)
        var seen = [0, 0, 0], pagesChanged = 0
        for file in files where !file.hasSuffix(".png") && !file.hasSuffix(".xlsx") {
            let before = SiteTestSupport.text(plain, file)
            var after = SiteTestSupport.text(renamed, file)
            if after != before { pagesChanged += 1 }
            for (k, (new, old)) in restore.enumerated() {
                seen[k] += after.components(separatedBy: new).count - 1
                after = after.replacingOccurrences(of: new, with: old)
            }
            #expect(after == before, "\(file) differs beyond the three words")
        }
        // The Vietnamese home word is in the navigation of each of the 69
        // Vietnamese pages that have one (print and embed cards have none);
        // the source label on every ranking and unit page; the English word
        // only in the English edition's 69.
        #expect(seen[0] >= 69 && seen[1] >= 20 && seen[2] >= 69, "\(seen)")
        #expect(pagesChanged >= 138, "\(pagesChanged) \(seen)")
        let englishHome = SiteTestSupport.text(renamed, "en/index.html"), home = SiteTestSupport.text(renamed, "index.html")
        #expect(englishHome.contains("⟦League tables⟧") && !englishHome.contains("⟦Trang nhà⟧"))
        #expect(home.contains("⟦Trang nhà⟧") && !home.contains("⟦League tables⟧"))
    }
}
