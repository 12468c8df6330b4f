/// An element of a small XML document copied out of libxml2 (a workbook part, an XForms form): local name,
/// attributes by local name, the text of its direct text children, child elements in order, and the line of its
/// start tag.
struct XMLTreeNode: Sendable {
    var name: String
    var attributes: [String: String]
    var text: String
    var children: [XMLTreeNode]
    /// The 1-based line of the start tag (0 when libxml2 does not know it).
    var line: Int = 0

    /// The first child element named `name`.
    func child(_ name: String) -> XMLTreeNode? { children.first { $0.name == name } }

    /// Every child element named `name`, in order.
    func children(_ name: String) -> [XMLTreeNode] { children.filter { $0.name == name } }

    /// The text of an inline string or shared-string item of a workbook: its `t`, or the `t` of each rich-text
    /// run `r` joined (phonetic runs `rPh` left out).
    var stringItemText: String {
        if let plain = child("t") { return plain.text }
        return children("r").compactMap { $0.child("t")?.text }.joined()
    }
}
