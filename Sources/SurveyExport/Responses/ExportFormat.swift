/// The file formats of `voc export`.
public enum ExportFormat: String, Sendable, Hashable, CaseIterable {
    /// Wide CSV: fixed columns, respondent attributes, then `Survey.variables` in order.
    case csv
    /// JSON Lines: one response object per line (the form `voc import` reads).
    case jsonl
    /// One JSON document: `{"survey": ..., "codebook": ..., "responses": [...]}`.
    case json
}
