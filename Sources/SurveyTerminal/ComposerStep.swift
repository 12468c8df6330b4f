import SurveyCollector
/// One part of a composite answer entered on its own screen: a matrix row, an importance or performance rating,
/// one Kano question, or the best or worst pick of one MaxDiff set.
struct ComposerStep: Sendable, Hashable {
    enum Input: Sendable, Hashable {
        /// A value typed on the scale (matrix rows, importance and performance).
        case scale(PromptScale)
        /// One of the options chosen by number (Kano answers, MaxDiff items).
        case choose([PromptOption])
    }

    /// What is asked in this step, shown under the question (e.g. "Row 2 of 5: Branch opening hours").
    var title: String
    var input: Input
    /// The grid key written for this step (`row`, `need.perf`, `feature.f`); unused for MaxDiff.
    var key: String
    /// For MaxDiff: the set index and whether this step picks the worst item.
    var maxDiff: (set: Int, worst: Bool)?

    static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.title == rhs.title && lhs.input == rhs.input && lhs.key == rhs.key
            && lhs.maxDiff?.set == rhs.maxDiff?.set && lhs.maxDiff?.worst == rhs.maxDiff?.worst
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(title)
        hasher.combine(key)
    }

    /// The steps of a composite prompt kind, in the order they are asked; empty for other kinds.
    static func steps(for kind: PromptKind) -> [ComposerStep] {
        switch kind {
        case .matrix(let rows, let scale):
            return rows.enumerated().map { index, row in
                ComposerStep(
                    title: "Row \(index + 1) of \(rows.count): \(row.label)", input: .scale(scale), key: row.code)
            }
        case .importance(let needs, let scale, let performance):
            var steps: [ComposerStep] = []
            for (index, need) in needs.enumerated() {
                let position = "\(index + 1) of \(needs.count)"
                steps.append(
                    ComposerStep(
                        title: "Importance, \(position): \(need.label)", input: .scale(scale), key: need.code))
                if let performance {
                    steps.append(
                        ComposerStep(
                            title: "Performance, \(position): \(need.label)", input: .scale(performance),
                            key: need.code + ".perf"))
                }
            }
            return steps
        case .kano(let features, let answers):
            let options = answers.enumerated().map { index, label in
                PromptOption(number: index + 1, code: "\(index + 1)", label: label)
            }
            var steps: [ComposerStep] = []
            for (index, feature) in features.enumerated() {
                let position = "Feature \(index + 1) of \(features.count): \(feature.label)\n"
                steps.append(
                    ComposerStep(
                        title: position + feature.functional, input: .choose(options), key: feature.code + ".f"))
                steps.append(
                    ComposerStep(
                        title: position + feature.dysfunctional, input: .choose(options), key: feature.code + ".d"))
            }
            return steps
        case .maxDiff(let sets):
            var steps: [ComposerStep] = []
            for (index, set) in sets.enumerated() {
                let position = "Set \(index + 1) of \(sets.count)"
                steps.append(
                    ComposerStep(
                        title: position + ": which is MOST important?", input: .choose(set), key: "",
                        maxDiff: (index, false)))
                steps.append(
                    ComposerStep(
                        title: position + ": which is LEAST important?", input: .choose(set), key: "",
                        maxDiff: (index, true)))
            }
            return steps
        default:
            return []
        }
    }
}
