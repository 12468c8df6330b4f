/// A sampled or recruited person: attributes from the sample (segment variables, region, interviewer, mode)
/// and design information for weighting.
public struct Respondent: Sendable, Hashable, Codable {
    public var id: String
    /// Attribute values by attribute id; numbers and strings as written in the sample file.
    public var attributes: [String: String]
    /// The design (base) weight; 1 when unknown.
    public var designWeight: Double
    public var stratum: String?
    /// The primary sampling unit (and optionally the second-stage unit).
    public var cluster: String?
    public var cluster2: String?

    public init(
        id: String, attributes: [String: String] = [:], designWeight: Double = 1, stratum: String? = nil,
        cluster: String? = nil, cluster2: String? = nil
    ) {
        self.id = id
        self.attributes = attributes
        self.designWeight = designWeight
        self.stratum = stratum
        self.cluster = cluster
        self.cluster2 = cluster2
    }
}
