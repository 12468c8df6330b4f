import Foundation

/// The path of a survey's page on the server: `/s/SURVEY`, with `?t=TOKEN` for a link and `&lang=LANG` for a
/// chosen language, each part percent-encoded. The links `voc sample invite` writes and the pages' form actions and
/// redirects are all made here.
enum WebLinkPath {
    static func path(_ surveyID: String, token: String?, language: String? = nil) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        func encoded(_ text: String) -> String { text.addingPercentEncoding(withAllowedCharacters: allowed) ?? "" }
        var path = "/s/" + encoded(surveyID)
        var query: [String] = []
        if let token { query.append("t=" + encoded(token)) }
        if let language { query.append("lang=" + encoded(language)) }
        if !query.isEmpty { path += "?" + query.joined(separator: "&") }
        return path
    }
}
