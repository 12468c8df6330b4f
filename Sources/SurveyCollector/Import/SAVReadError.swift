/// An SPSS system file that cannot be read: not an SPSS file, damaged, or ending early.
struct SAVReadError: Error, Sendable, Hashable {
    var file: String
    /// The case being read when the file failed (1-based); nil when no one case is to blame.
    var caseNumber: Int?
    /// What went wrong, a full sentence naming ReadStat's own message.
    var message: String
}
