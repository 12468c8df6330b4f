import SurveyModel

/// What an expression in another tool's file may refer to: an earlier question (or computed variable) by its
/// source name, with the voc id it became and the kind of value it has, for the literals compared with it.
struct InteropSymbol: Sendable {
    /// The kind of value, as far as translating literals needs it.
    enum Kind: Sendable {
        /// A single choice: its source codes mapped to voc codes.
        case choice([String: String])
        /// A multiple choice or ranking: a list of codes (source to voc).
        case choices([String: String])
        /// A number (numeric, rating, NPS).
        case number
        /// Text, a date or a computed value: literals stay as written.
        case other
    }

    var id: String
    /// The part of a question it stands for (a matrix row).
    var part: String?
    var kind: Kind

    init(id: String, part: String? = nil, kind: Kind) {
        self.id = id
        self.part = part
        self.kind = kind
    }

    /// The voc reference to the symbol (`{id}` or `{id.part}`).
    var reference: Reference { Reference(id: id, part: part) }
}
