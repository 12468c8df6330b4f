public import SurveyModel
import SurveyText

/// The identity of a survey definition: SHA-256 of its canonical JSON (`SurveyWriter.json`), as lowercase hex
/// (`SHA256Digest`). Two files that describe the same model (XML or JSON, any layout) have the same hash.
public enum SurveyHash {
    /// The hash of `survey`.
    public static func sha256(_ survey: Survey) -> String {
        SHA256Digest.hex(of: Array(SurveyWriter.json(survey).utf8))
    }
}
