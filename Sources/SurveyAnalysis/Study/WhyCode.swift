/// One coded why answer: the theme a coder (or a codebook rule) gave a ladder step.
public struct WhyCode: Sendable, Hashable, Codable {
    public var responseID: String
    public var probeID: String
    public var optionCode: String?
    public var depth: Int
    public var theme: String

    public init(responseID: String, probeID: String, optionCode: String? = nil, depth: Int = 1, theme: String) {
        self.responseID = responseID
        self.probeID = probeID
        self.optionCode = optionCode
        self.depth = depth
        self.theme = theme
    }
}
