public import Foundation
import Mustache

/// The Mustache templates of the report: `report.md.mustache`, `report.html.mustache` and their partials
/// (`table.md.mustache`, `table.html.mustache`, `style.html.mustache`), referenced as `{{> table.md}}`.
///
/// The defaults are built into the binary (`embedded`, generated from `Templates/report/` by
/// `Scripts/embed-files.sh`). `init(directory:)` reads a customised copy: every `*.mustache` file in the
/// folder replaces the default of the same name, and defaults fill in any file the folder lacks.
public struct ReportTemplates: Sendable {
    /// Template texts by file name (e.g. `report.md.mustache`).
    public var files: [String: String]
    let library: MustacheLibrary

    /// The built-in templates.
    public init() throws(ExportError) {
        try self.init(files: Self.embedded)
    }

    /// The templates in `directory`, falling back to the built-in ones for missing files.
    /// - Throws: `ExportError` (`template`) when the folder cannot be read or a template does not parse.
    public init(directory: URL) throws(ExportError) {
        var files = Self.embedded
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw ExportError(code: "template", "cannot read the template folder \(directory.path)")
        }
        for name in names where name.hasSuffix(".mustache") {
            let url = directory.appendingPathComponent(name)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                throw ExportError(code: "template", "cannot read \(url.path) as UTF-8 text")
            }
            files[name] = text
        }
        try self.init(files: files, folder: directory.path)
    }

    /// Templates from texts by file name.
    /// - Throws: `ExportError` (`template`) naming the file and position of a Mustache syntax error.
    public init(files: [String: String], folder: String = "Templates/report") throws(ExportError) {
        self.files = files
        var library = MustacheLibrary()
        for (name, text) in files.sorted(by: { $0.key < $1.key }) {
            let templateName = String(name.dropLast(".mustache".count))
            do {
                library.register(try MustacheTemplate(string: text), named: templateName)
            } catch let error as MustacheTemplate.ParserError {
                let line = error.context.lineNumber
                let column = error.context.columnNumber
                throw ExportError(code: "template", "\(folder)/\(name):\(line):\(column): error: \(error.error)")
            } catch {
                throw ExportError(code: "template", "\(folder)/\(name): error: \(error)")
            }
        }
        self.library = library
    }

    /// Renders the template `name` (without `.mustache`) with `object` as context.
    /// - Throws: `ExportError` (`template`) when the template does not exist.
    func render(_ object: Any, template name: String) throws(ExportError) -> String {
        guard let output = library.render(object, withTemplate: name) else {
            throw ExportError(code: "template", "the report template \(name).mustache is missing")
        }
        return output
    }
}
