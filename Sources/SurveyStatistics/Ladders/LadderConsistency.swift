/// Consistency checks on coded ladders, in the spirit of "Consistent Laddering" (Korenini, CLAD; methods.md
/// §1.1): a ladder should climb from attributes through consequences to values.
public enum LadderConsistency {
    public struct Issue: Sendable, Equatable, CustomStringConvertible {
        public enum Kind: Sendable, Equatable {
            /// A code has no A/C/V level in the codebook.
            case codeWithoutLevel(String)
            /// The level goes down the chain, e.g. a value followed by an attribute.
            case descendingLevel(from: String, to: String)
            /// The same code appears twice in one ladder (self-links are ignored by the matrix).
            case repeatedCode(String)
        }

        public var respondent: String
        /// 1-based ladder number within the respondent.
        public var ladder: Int
        public var kind: Kind

        public var description: String {
            let place = "respondent \(respondent), ladder \(ladder)"
            switch kind {
            case let .codeWithoutLevel(code): return "\(place): code \(code) has no A/C/V level"
            case let .descendingLevel(from, to): return "\(place): \(from) → \(to) goes down the A→C→V order"
            case let .repeatedCode(code): return "\(place): code \(code) appears more than once"
            }
        }
    }

    /// All issues, in respondent and ladder order.
    public static func check(_ respondents: [LadderRespondent], levels: [String: LadderLevel]) -> [Issue] {
        var issues: [Issue] = []
        for respondent in respondents {
            for (index, ladder) in respondent.ladders.enumerated() {
                func add(_ kind: Issue.Kind) {
                    issues.append(Issue(respondent: respondent.id, ladder: index + 1, kind: kind))
                }
                var seen: Set<String> = []
                for code in ladder {
                    if levels[code] == nil { add(.codeWithoutLevel(code)) }
                    if !seen.insert(code).inserted { add(.repeatedCode(code)) }
                }
                for (a, b) in zip(ladder, ladder.dropFirst()) {
                    if let la = levels[a], let lb = levels[b], lb.layer > la.layer {
                        add(.descendingLevel(from: a, to: b))
                    }
                }
            }
        }
        return issues
    }
}
