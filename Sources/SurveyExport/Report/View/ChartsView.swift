/// Inline SVG charts for the HTML report (each nil when there is nothing to draw).
struct ChartsView {
    var nps: String?
    var needs: String?
    var kano: String?
    var weights: String?
}
