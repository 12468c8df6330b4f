import Crypto

/// SHA-256 (FIPS 180-4, computed by swift-crypto) as 64 lowercase hex digits: the one hash voc uses, for survey
/// identities (`SurveyHash`) and anything else that needs a content fingerprint.
public enum SHA256Digest {
    /// SHA-256 of `bytes` as 64 lowercase hex digits.
    public static func hex(of bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).map { byte in
            let digits = String(byte, radix: 16)
            return byte < 16 ? "0" + digits : digits
        }.joined()
    }
}
