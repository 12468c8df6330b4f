import Foundation
import SurveyModel
import SurveyParser

extension TripleSExport {
    /// The definition (`.sss`) XML, written with libxml2 through `XMLWriter`.
    static func definition(
        survey: Survey, variables: [TripleSVariable], dataFileName: String, exportedAt: Date
    )
        throws(XMLWriterError) -> String
    {
        let writer = try XMLWriter()
        try writer.startElement("sss")
        try writer.attribute("version", "2.0")
        try writer.attribute("languages", survey.defaultLanguage)
        let utc = TimeZone(identifier: "UTC") ?? .current
        try writer.element(
            "date", text: exportedAt.formatted(Date.ISO8601FormatStyle(timeZone: utc).year().month().day()))
        try writer.element(
            "time",
            text: exportedAt.formatted(
                Date.ISO8601FormatStyle(timeZone: utc).time(includingFractionalSeconds: false)))
        try writer.element("origin", text: "voc")
        try writer.startElement("survey")
        try writer.element("name", text: survey.id)
        try writer.element("version", text: survey.version.description)
        try writer.element("title", text: survey.title.text)
        try writer.startElement("record")
        try writer.attribute("ident", "A")
        try writer.attribute("href", dataFileName)
        try writer.attribute("format", "fixed")
        for variable in variables {
            try writer.startElement("variable")
            try writer.attribute("ident", variable.ident)
            try writer.attribute("type", variable.kind.rawValue)
            if let use = variable.use { try writer.attribute("use", use) }
            try writer.element("name", text: variable.name)
            try writer.element("label", text: variable.label)
            try writer.startElement("position")
            try writer.attribute("start", String(variable.start))
            try writer.attribute("finish", String(variable.finish))
            try writer.endElement()
            if variable.range != nil || !variable.values.isEmpty {
                try writer.startElement("values")
                if let range = variable.range {
                    try writer.element("range", attributes: ["from": range.from, "to": range.to])
                }
                for value in variable.values {
                    try writer.element("value", attributes: ["code": value.code], text: value.label)
                }
                try writer.endElement()
            }
            if variable.kind == .character { try writer.element("size", text: String(variable.width)) }
            try writer.endElement()
        }
        try writer.endElement()
        try writer.endElement()
        try writer.endElement()
        return try writer.finish()
    }
}
