/// What a unit's component assessment says at a glance: the recommendations
/// that ask for something to be done, and how many components were judged
/// how. The published texts stay as they are; only their kind is read:
///
/// - an assessment starting with `✓` is **met** (`Đạt`), with or without a
///   figure after it;
/// - `Không có số liệu` is **no data**;
/// - an empty cell is **not assessed**;
/// - anything else (a figure, `Chưa ban hành`) is **other remarks**: the
///   text itself says more than a guessed "not met" would.
///
/// A recommendation asks for action unless it is empty or starts with
/// `Tiếp tục duy trì` ("keep it up"). Equal recommendations are one action
/// with all their components, in the order they first appear.
///
/// It reads the published (Vietnamese) texts, so it lives with the
/// computations, not the pages: the pages name each kind in their own
/// language's words.
struct AssessmentSummary {
    /// How a component was judged, as read from its published assessment.
    enum Kind: CaseIterable {
        case met, otherRemark, noData, notAssessed
    }

    /// One recommendation and the components it is given for.
    struct Action: Equatable {
        var recommendation: String
        var codes: [IndexCode]
    }

    var actions: [Action] = []
    /// Counts by kind, in a fixed order: met, other remarks, no data, not assessed.
    var counts: [(kind: Kind, count: Int)]

    init(_ items: [AssessmentItem]) {
        var met = 0, other = 0, noData = 0, blank = 0
        var index: [String: Int] = [:]
        for item in items {
            let assessment = item.assessment.trimmingASCIISpaces()
            if assessment.isEmpty { blank += 1 } else if assessment.hasPrefix("✓") { met += 1 } else if assessment.lowercased().hasPrefix("không có số liệu") { noData += 1 } else { other += 1 }
            let recommendation = item.recommendation.trimmingASCIISpaces()
            guard !recommendation.isEmpty, !recommendation.lowercased().hasPrefix("tiếp tục duy trì") else { continue }
            if let at = index[recommendation] {
                actions[at].codes.append(item.code)
            } else {
                index[recommendation] = actions.count
                actions.append(Action(recommendation: recommendation, codes: [item.code]))
            }
        }
        counts = [(.met, met), (.otherRemark, other), (.noData, noData), (.notAssessed, blank)]
    }
}
