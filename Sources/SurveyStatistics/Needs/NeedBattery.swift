public import SurveyModel

/// One battery of needs found in a survey definition, with the wide-layout columns that hold its answers
/// (see `VariableDefinition` for the naming rules).
///
/// - `importance`: `q.NEED` rated on the scale, `q.NEED.perf` when performance is also rated.
/// - `ranking`: `q.ITEM` holding ranks 1…k (empty = not ranked).
/// - `maxDiff`: per set N, `q.sN.shown` (codes joined by `;`), `q.sN.best`, `q.sN.worst`.
/// - `kano`: `q.FEATURE.f`, `q.FEATURE.d` (answers 1–5).
/// - `touchpoints`: a matrix question (touchpoints × a shared scale); experiences are negative at the bottom
///   of the scale, positive at the top (see `TouchpointScale`).
public struct NeedBattery: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case importance(scale: ClosedRange<Int>, performance: ClosedRange<Int>?)
        case ranking(top: Int?)
        case maxDiff(sets: Int)
        case kano
        case touchpoints(scale: ClosedRange<Int>)

        /// The keyword used in reports: importance, ranking, maxdiff, kano, touchpoints.
        public var keyword: String {
            switch self {
            case .importance: "importance"
            case .ranking: "ranking"
            case .maxDiff: "maxdiff"
            case .kano: "kano"
            case .touchpoints: "touchpoints"
            }
        }
    }

    /// A need (item, feature, touchpoint): its code and label.
    public struct Need: Sendable, Equatable {
        public var code: String
        public var label: String

        public init(code: String, label: String) {
            self.code = code
            self.label = label
        }
    }

    /// The question id.
    public var id: String
    public var kind: Kind
    public var needs: [Need]

    public init(id: String, kind: Kind, needs: [Need]) {
        self.id = id
        self.kind = kind
        self.needs = needs
    }

    /// The batteries of `survey` in document order: importance, ranking, MaxDiff and Kano questions, and matrix
    /// questions as touchpoint batteries. A grid row that carries an attention check ("for this row, choose
    /// 'Poor'") is an instruction, not a need, and is left out of its battery.
    public static func batteries(in survey: Survey) -> [NeedBattery] {
        survey.whatQuestions.compactMap { question -> NeedBattery? in
            func needs(_ options: [ChoiceOption]) -> [Need] {
                options.filter { $0.code != question.attentionCheck?.row }.map {
                    Need(code: $0.code, label: $0.label.text)
                }
            }
            switch question.kind {
            case .importance(let list, let scale, let performance):
                return NeedBattery(
                    id: question.id,
                    kind: .importance(
                        scale: scale.min...scale.max,
                        performance: performance.map { $0.min...$0.max }),
                    needs: needs(list))
            case .ranking(let source, let top):
                return NeedBattery(id: question.id, kind: .ranking(top: top), needs: needs(survey.options(source)))
            case .maxDiff(let items, _, let sets, _):
                return NeedBattery(id: question.id, kind: .maxDiff(sets: sets), needs: needs(items))
            case .kano(let features):
                return NeedBattery(
                    id: question.id, kind: .kano,
                    needs: features.map { Need(code: $0.code, label: $0.label.text) })
            case .matrix(let rows, let scale):
                return NeedBattery(
                    id: question.id, kind: .touchpoints(scale: scale.min...scale.max),
                    needs: needs(rows))
            default:
                return nil
            }
        }
    }

    /// The data columns this battery reads.
    public var columns: [String] {
        switch kind {
        case .importance(_, let performance):
            return needs.flatMap { ["\(id).\($0.code)"] + (performance == nil ? [] : ["\(id).\($0.code).perf"]) }
        case .ranking, .touchpoints:
            return needs.map { "\(id).\($0.code)" }
        case .maxDiff(let sets):
            return (1...max(1, sets)).flatMap { ["\(id).s\($0).shown", "\(id).s\($0).best", "\(id).s\($0).worst"] }
        case .kano:
            return needs.flatMap { ["\(id).\($0.code).f", "\(id).\($0.code).d"] }
        }
    }
}
