/// Population margins for weighting, declared in the survey: inline targets or a margins file.
public struct WeightingSpec: Sendable, Hashable {
    /// A CSV (`variable,level,target`) or JSON margins file, relative to the survey file.
    public var marginsFile: String?
    /// Inline targets; counts, or shares when a variable's targets sum to 1.
    public var margins: [MarginTarget]

    public init(marginsFile: String? = nil, margins: [MarginTarget] = []) {
        self.marginsFile = marginsFile
        self.margins = margins
    }
}
