import Foundation
import Hummingbird

/// The two cookies of the respondent pages: `voc_csrf`, the value every form must carry back (SameSite=Strict,
/// HttpOnly), and `voc_link_SURVEY`, the link an open-link respondent started, so coming back to the open link
/// continues the same interview. Both are `Secure` when the server is reached over HTTPS.
struct PageCookies {
    private(set) var csrf: String?
    private let links: [String: String]
    let secure: Bool

    init(request: Request, secure: Bool) {
        self.secure = secure
        var csrf: String?
        var links: [String: String] = [:]
        for header in request.headers[values: .cookie] {
            for pair in header.split(separator: ";") {
                let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard parts.count == 2 else { continue }
                if parts[0] == "voc_csrf", parts[1].utf8.count == 32 { csrf = parts[1] }
                if parts[0].hasPrefix("voc_link_") { links[String(parts[0].dropFirst(9))] = parts[1] }
            }
        }
        self.csrf = csrf
        self.links = links
    }

    /// A new random CSRF value (the same form as a link token).
    static func newValue() -> String { WebLinkToken.random().text }

    /// The link remembered for the open link of `surveyID`, if it has the form of one.
    func link(for surveyID: String) -> String? {
        links[Self.cookieName(surveyID)].flatMap(WebLinkToken.init(parsing:))?.text
    }

    mutating func setCSRF(_ value: String, in response: inout Response) {
        csrf = value
        response.headers[values: .setCookie].append(
            "voc_csrf=\(value); Path=/; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : ""))
    }

    func remember(link token: String, for surveyID: String, in response: inout Response) {
        response.headers[values: .setCookie].append(
            "voc_link_\(Self.cookieName(surveyID))=\(token); Path=/; Max-Age=7776000; HttpOnly; SameSite=Lax"
                + (secure ? "; Secure" : ""))
    }

    /// The survey id as a cookie name part (letters, digits, `-` and `_` kept; anything else as `_`).
    private static func cookieName(_ surveyID: String) -> String {
        String(
            surveyID.map { $0.isLetter && $0.isASCII || $0.isNumber && $0.isASCII || $0 == "-" || $0 == "_" ? $0 : "_" }
        )
    }
}
