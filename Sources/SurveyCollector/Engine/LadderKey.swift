import SurveyModel

/// Identifies one stored why-ladder step.
struct LadderKey: Hashable, Sendable {
    var probeID: String
    var option: String?
    var depth: Int

    init(probeID: String, option: String?, depth: Int) {
        self.probeID = probeID
        self.option = option
        self.depth = depth
    }

    init(_ step: LadderStep) {
        self.init(probeID: step.probeID, option: step.optionCode, depth: step.depth)
    }
}
