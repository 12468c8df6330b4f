import Foundation

/// The format of a response file, detected from its content where the format has a signature: an SPSS system
/// file starts with `$FL2` (`.sav`) or `$FL3` (`.zsav`, zlib-compressed), whatever its name. Other files are told
/// apart by their extension: `.csv`, `.jsonl` or `.ndjson`.
enum ImportFileFormat: Sendable, Hashable {
    case csv
    case jsonLines
    case spss

    /// The format of the file at `path`; nil when it is none of the above. A file named `.sav` or `.zsav` without
    /// the signature is nil too (it is not an SPSS system file).
    static func detect(path: String) -> ImportFileFormat? {
        if let handle = FileHandle(forReadingAtPath: path) {
            let magic = (try? handle.read(upToCount: 4)) ?? Data()
            try? handle.close()
            if magic == Data("$FL2".utf8) || magic == Data("$FL3".utf8) { return .spss }
        }
        let lowered = path.lowercased()
        if lowered.hasSuffix(".csv") { return .csv }
        if lowered.hasSuffix(".jsonl") || lowered.hasSuffix(".ndjson") { return .jsonLines }
        return nil
    }
}
