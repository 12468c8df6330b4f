/// A coder's line that names codes the codebook does not have.
public struct CodeSelectionError: Error, Sendable, Hashable {
    public var message: String
}
