import Foundation
import SurveyText

/// The secret of a web link (`/s/SURVEY?t=TOKEN`): 192 bits from the system's cryptographic generator, written
/// as 32 characters of base64url. Whoever holds it can continue the interview, so only its hash is stored
/// (`Invitation.tokenHash`) and it is never logged or shown in an error.
public struct WebLinkToken: Sendable, Hashable {
    /// The 32-character text that goes into the link.
    public let text: String

    /// A new random token.
    public static func random() -> WebLinkToken {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<24).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let text = Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
        return WebLinkToken(checked: text)
    }

    private init(checked text: String) { self.text = text }

    /// A token as it arrives in a request; nil unless it has the form of one (32 base64url characters), so
    /// malformed links are refused before the store is asked.
    public init?(parsing text: String) {
        guard text.utf8.count == 32,
            text.utf8.allSatisfy({ Self.alphabet.contains($0) })
        else { return nil }
        self.text = text
    }

    private static let alphabet = Set(
        Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8))

    /// The lower-case hex SHA-256 of the token, which the store keeps instead of the token.
    public var hash: String { SHA256Digest.hex(of: Array(text.utf8)) }

    /// The randomization seed of the interview the link starts: the first 64 bits of the hash. The same link
    /// always shows the same option orders, before and after the response is stored.
    public var seed: UInt64 { UInt64(hash.prefix(16), radix: 16) ?? 0 }
}
