import Foundation

extension XMLTreeReader {
    /// The root element of the XML document `data` read from `file` (an XForms form, a LimeSurvey `.lss`);
    /// malformed XML, a DOCTYPE or an empty file is a conversion error at its line and column
    /// (`form.xml:10:52: error: Opening and ending tag mismatch: ...`).
    static func root(of data: Data, file: String) throws(ConversionError) -> XMLTreeNode {
        do {
            return try read(data, name: file)
        } catch {
            throw ConversionError(file: file, location: "\(error.line):\(error.column)", error.message)
        }
    }
}
