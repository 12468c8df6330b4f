/// An element of an XML part of a workbook, copied out of libxml2: local name, attributes by local name, the
/// text of its direct text children, and child elements in order.
struct XLSXNode: Sendable {
    var name: String
    var attributes: [String: String]
    var text: String
    var children: [XLSXNode]

    /// The first child element named `name`.
    func child(_ name: String) -> XLSXNode? { children.first { $0.name == name } }

    /// Every child element named `name`, in order.
    func children(_ name: String) -> [XLSXNode] { children.filter { $0.name == name } }

    /// The text of an inline string or shared-string item: its `t`, or the `t` of each rich-text run `r`
    /// joined (phonetic runs `rPh` left out).
    var stringItemText: String {
        if let plain = child("t") { return plain.text }
        return children("r").compactMap { $0.child("t")?.text }.joined()
    }
}
