import Foundation
import SurveyModel

/// A tiny SVG builder for the report's inline charts: shapes and text in a fixed `viewBox`, scaled to the page
/// width. Text is XML-escaped; numbers are written with at most one decimal, so output is reproducible.
struct SVGCanvas {
    let width: Double
    let height: Double
    private(set) var body: [String] = []

    /// The chart palette (colour-blind-safe Okabe–Ito colours), used in segment order.
    static let palette = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]

    init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    mutating func line(
        _ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String = "#444",
        width: Double = 1, dash: Bool = false
    ) {
        body.append(
            "<line x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\" stroke=\"\(stroke)\" "
                + "stroke-width=\"\(n(width))\"\(dash ? " stroke-dasharray=\"4 3\"" : "")/>")
    }

    mutating func rect(_ x: Double, _ y: Double, _ w: Double, _ h: Double, fill: String) {
        body.append(
            "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(max(0, w)))\" height=\"\(n(max(0, h)))\" "
                + "fill=\"\(fill)\"/>")
    }

    /// A rectangle with rounded corners and an outline.
    mutating func box(_ x: Double, _ y: Double, _ w: Double, _ h: Double, fill: String, stroke: String, radius: Double)
    {
        body.append(
            "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(max(0, w)))\" height=\"\(n(max(0, h)))\" "
                + "rx=\"\(n(radius))\" fill=\"\(fill)\" stroke=\"\(stroke)\" stroke-width=\"1.5\"/>")
    }

    /// A filled polygon through `points`.
    mutating func polygon(_ points: [(Double, Double)], fill: String) {
        let list = points.map { "\(n($0.0)),\(n($0.1))" }.joined(separator: " ")
        body.append("<polygon points=\"\(list)\" fill=\"\(fill)\"/>")
    }

    /// A quadratic Bézier curve from (x1, y1) to (x2, y2) bent through the control point (cx, cy).
    mutating func curve(
        _ x1: Double, _ y1: Double, _ cx: Double, _ cy: Double, _ x2: Double, _ y2: Double, stroke: String,
        width: Double
    ) {
        body.append(
            "<path d=\"M\(n(x1)) \(n(y1)) Q\(n(cx)) \(n(cy)) \(n(x2)) \(n(y2))\" fill=\"none\" "
                + "stroke=\"\(stroke)\" stroke-width=\"\(n(width))\"/>")
    }

    mutating func circle(_ x: Double, _ y: Double, r: Double, fill: String, title: String? = nil) {
        let tooltip = title.map { "<title>\(Self.escape($0))</title>" } ?? ""
        body.append("<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"\(n(r))\" fill=\"\(fill)\">\(tooltip)</circle>")
    }

    /// Text at (x, y); `anchor` is `start`, `middle` or `end`.
    /// A text; with `maxWidth`, a label longer than that (estimated: 0.56 em per narrow character, 1 em per wide
    /// one) is cut with "…" and keeps its full text as a tooltip (`<title>`), so it never runs off the chart.
    mutating func text(
        _ x: Double, _ y: Double, _ content: String, anchor: String = "start", size: Double = 13,
        fill: String = "#222", bold: Bool = false, italic: Bool = false, maxWidth: Double? = nil
    ) {
        var style = ""
        if bold { style += " font-weight=\"bold\"" }
        if italic { style += " font-style=\"italic\"" }
        var shown = Self.escape(content)
        if let maxWidth, let cut = Self.fitted(content, width: maxWidth, size: size * (bold ? 1.08 : 1)) {
            shown = "<title>\(Self.escape(content))</title>" + Self.escape(cut)
        }
        body.append(
            "<text x=\"\(n(x))\" y=\"\(n(y))\" text-anchor=\"\(anchor)\" font-size=\"\(n(size))\" "
                + "fill=\"\(fill)\"\(style)>\(shown)</text>")
    }

    /// `text` cut to fit `width` pixels at font size `size`, ending in "…"; nil when it fits as it is.
    static func fitted(_ text: String, width: Double, size: Double) -> String? {
        func advance(_ character: Character) -> Double {
            let wide = character.unicodeScalars.contains { DisplayWidth.of($0) > 1 }
            return (wide ? 1.0 : 0.56) * size
        }
        guard text.reduce(0, { $0 + advance($1) }) > width else { return nil }
        var result = ""
        var used = advance("…")
        for character in text {
            used += advance(character)
            if used > width { break }
            result.append(character)
        }
        return result.trimmingCharacters(in: .whitespaces) + "…"
    }

    /// The finished `<svg>` element with a title and description for screen readers.
    func svg(title: String, description: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(width)) \(n(height))\" role=\"img\" "
            + "class=\"chart\" font-family=\"system-ui, -apple-system, 'Segoe UI', sans-serif\">"
            + "<title>\(Self.escape(title))</title><desc>\(Self.escape(description))</desc>"
            + body.joined() + "</svg>"
    }

    /// A number with at most one decimal and no trailing `.0`.
    private func n(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
    }

    /// `text` with `&`, `<`, `>` and `"` escaped for XML, and characters XML 1.0 does not allow (control
    /// characters other than tab, line feed and carriage return; U+FFFE, U+FFFF) replaced by U+FFFD, so any label
    /// gives a well-formed SVG.
    static func escape(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                result += "\u{FFFD}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
