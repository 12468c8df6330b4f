import Crypto
public import SurveyModel

/// The identity of a survey definition: SHA-256 (swift-crypto) of its canonical JSON (`SurveyWriter.json`), as
/// lowercase hex. Two files that describe the same model (XML or JSON, any layout) have the same hash.
public enum SurveyHash {
    /// The hash of `survey`.
    public static func sha256(_ survey: Survey) -> String {
        hex(of: Array(SurveyWriter.json(survey).utf8))
    }

    /// SHA-256 of `bytes` as 64 lowercase hex digits.
    public static func hex(of bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).map { byte in
            let digits = String(byte, radix: 16)
            return byte < 16 ? "0" + digits : digits
        }.joined()
    }
}
