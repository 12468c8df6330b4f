/// One column of the wide (one row per response) data layout, as exported, imported and analysed.
///
/// The layout is derived from the survey (see `Survey.variables`), so the same survey version always gives the
/// same columns in the same order. Naming rules:
///
/// | question | columns |
/// |---|---|
/// | single choice, rating, NPS, numeric, text, date | `q` |
/// | multiple choice | `q.CODE` (1 selected, 0 not) for each option |
/// | other-specify options | `q.CODE.other` (text) |
/// | ranking | `q.ITEM` (rank 1..k, empty when not ranked) |
/// | matrix | `q.ROW` |
/// | importance battery | `q.NEED`, and `q.NEED.perf` when performance is rated |
/// | MaxDiff | `q.sN.shown` (codes joined by `;`), `q.sN.best`, `q.sN.worst` for sets N = 1... |
/// | Kano | `q.FEATURE.f`, `q.FEATURE.d` (1–5) |
///
/// Why answers are not columns: they form a long table (respondent, probe, question, option, depth, text).
public struct VariableDefinition: Sendable, Hashable {
    public var name: String
    public var label: String
    /// The what question the variable comes from.
    public var questionID: String
    public var measure: VariableMeasure
    /// Value labels for coded variables, in scale or option order.
    public var valueLabels: [ValueLabel] = []
    /// Whether the values are personal data.
    public var personal: Bool = false
    /// Whether "don't know" and "refused" may appear (stored as the survey's special codes).
    public var allowsSpecialCodes: Bool = false
}
