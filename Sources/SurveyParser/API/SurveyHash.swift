public import SurveyModel

/// A content hash of a survey definition, used by stores to tell versions apart.
public enum SurveyHash {
    /// The lowercase hex SHA-256 of the survey's canonical JSON (`SurveyWriter.json`): equal surveys give
    /// equal hashes whatever file syntax or formatting they were read from.
    public static func sha256(_ survey: Survey) -> String {
        SHA256.hex(of: Array(SurveyWriter.json(survey).utf8))
    }
}
