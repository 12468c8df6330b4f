import Hummingbird
import Logging

/// Answers unknown paths and wrong methods with the "page not found" page instead of an empty body, and any
/// other error a route throws with a page that reveals nothing (the error's type, never its text, which may
/// hold personal data, is logged).
struct NotFoundPageMiddleware<Context: RequestContext>: RouterMiddleware {
    let templates: WebTemplates

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws
        -> Response
    {
        do {
            return try await next(request, context)
        } catch let error as any HTTPResponseError {
            let notFound = error.status == .notFound || error.status == .methodNotAllowed
            return templates.messageResponse(notFound ? .notFound : error.status, notFound ? "notFound" : "badRequest")
        } catch {
            context.logger.error("request failed: \(type(of: error))")
            return templates.messageResponse(.internalServerError, "badRequest")
        }
    }
}
