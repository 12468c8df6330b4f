import Foundation

/// The format of a response file, detected from its content where the format has a signature: an SPSS system
/// file starts with `$FL2` (`.sav`) or `$FL3` (`.zsav`, zlib-compressed), and another tool's CSV export
/// (`ForeignCSVDialect`) shows its tool in its header, whatever the file's name. Other files are told apart by
/// their extension: `.csv` (voc's own layout), `.jsonl` or `.ndjson`.
enum ImportFileFormat: Sendable, Hashable {
    case csv
    case jsonLines
    case spss
    /// Another tool's CSV export, with its field delimiter.
    case foreignCSV(ForeignCSVDialect, delimiter: UInt8)

    /// The format of the file at `path`; nil when it is none of the above. A file named `.sav` or `.zsav` without
    /// the signature is nil too (it is not an SPSS system file).
    static func detect(path: String) -> ImportFileFormat? {
        if let handle = FileHandle(forReadingAtPath: path) {
            let magic = (try? handle.read(upToCount: 4)) ?? Data()
            try? handle.close()
            if magic == Data("$FL2".utf8) || magic == Data("$FL3".utf8) { return .spss }
        }
        let lowered = path.lowercased()
        if !lowered.hasSuffix(".jsonl"), !lowered.hasSuffix(".ndjson"),
            let (dialect, delimiter) = ForeignCSVDialect.detect(path: path)
        {
            return .foreignCSV(dialect, delimiter: delimiter)
        }
        if lowered.hasSuffix(".csv") { return .csv }
        if lowered.hasSuffix(".jsonl") || lowered.hasSuffix(".ndjson") { return .jsonLines }
        return nil
    }
}

extension ImportFileFormat {
    /// Whether `voc import --map` applies to files of this format (SPSS files and other tools' exports, whose
    /// names are not voc's).
    var takesColumnMap: Bool {
        switch self {
        case .spss, .foreignCSV: true
        case .csv, .jsonLines: false
        }
    }
}
