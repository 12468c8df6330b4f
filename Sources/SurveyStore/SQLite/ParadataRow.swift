/// One `paradata` row (`response_key, question_id, milliseconds, back_steps`), read while merging paradata into
/// answers read in the same order (`SQLiteStore.loadResponses`).
struct ParadataRow {
    var key: Int64
    var questionID: String
    var milliseconds: Int?
    var backSteps: Int

    /// The reader's next row, nil after the last.
    init?(_ reader: RawStatement) throws {
        guard try reader.nextRow() else { return nil }
        key = try reader.int64(0)
        questionID = try reader.text(1)
        milliseconds = reader.optionalInteger(2)
        backSteps = try reader.integer(3)
    }

    /// Whether this row comes before the answer of `otherKey` and `otherQuestion` in the tables' order: by key,
    /// then question id in SQLite's BINARY collation (UTF-8 bytes, a prefix first).
    func precedes(_ otherKey: Int64, _ otherQuestion: String) -> Bool {
        if key != otherKey { return key < otherKey }
        return questionID.utf8.lexicographicallyPrecedes(otherQuestion.utf8)
    }
}
