/// Choices about what an export contains.
public struct ExportOptions: Sendable, Hashable {
    /// Whether variables flagged as personal data (question or attribute `personal`) are written (default false:
    /// they are left out, so a file handed to a client carries no e-mails or phone numbers).
    public var includePersonal: Bool
    /// Whether why answers are written as string variables, one per probe, option and ladder level (default true).
    public var includeWhy: Bool

    public init(includePersonal: Bool = false, includeWhy: Bool = true) {
        self.includePersonal = includePersonal
        self.includeWhy = includeWhy
    }
}
