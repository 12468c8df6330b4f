import SurveyModel

/// The version of a converted survey, from the version another tool gives its form.
enum InteropVersion {
    /// `value` as a semantic version when it is one (`1.2.0`); otherwise 1.0.0, with `value` kept in `metadata` as
    /// `source_version` and a report item at `location`.
    static func version(
        _ value: String, at location: String, metadata: inout [String: String], report: inout ConversionReport
    ) -> SemanticVersion {
        if let parsed = SemanticVersion(parsing: value) { return parsed }
        metadata["source_version"] = value
        report.add(location, "version \"\(value)\"", "kept as metadata source_version; the survey is 1.0.0")
        return SemanticVersion(1, 0, 0)
    }
}
