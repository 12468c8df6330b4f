import Foundation
public import SurveyText

/// Writes a CSV file back with one extra column, copying each record's bytes unchanged.
public enum WeightedDataWriter {
    /// Writes to a temporary file beside `path` and renames it into place, so a failure leaves no partial file.
    public static func write(reader: CSVReader, weights: [Double], column: String, to path: String) throws {
        let temporary = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
        do {
            let writer = try CSVWriter(path: temporary)
            try writer.writeRow(reader.header + [column])
            var row = 0
            try reader.forEachRecord { record in
                try writer.writeRaw(record.rawBytes)
                writer.writeByte(UInt8(ascii: ","))
                try writer.writeNumber(weights[row])
                writer.writeByte(UInt8(ascii: "\n"))
                row += 1
            }
            try writer.close()
            if rename(temporary, path) != 0 {
                throw CSVError(file: path, row: 0, column: 0, kind: .io(detail: String(cString: strerror(errno))))
            }
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
    }
}
