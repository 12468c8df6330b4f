import Hummingbird

extension WebTemplates {
    /// `template` rendered with `context` as an HTML response with `status`.
    func htmlResponse(_ status: HTTPResponse.Status, _ template: String, _ context: [String: Any]) -> Response {
        Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: render(template, context))))
    }

    /// A page with no survey around it (not found, bad request, too many attempts, store unavailable) in English:
    /// its title and text are `KEYTitle` and `KEY` of `WebStrings`; with `refresh` it reloads itself after 5 s.
    func messageResponse(_ status: HTTPResponse.Status, _ key: String, refresh: Bool = false) -> Response {
        var context = PageView(action: "", csrf: "").message(key, nil, nil)
        if refresh { context["refresh"] = true }
        return htmlResponse(status, "message", context)
    }
}
