public import SurveyResponses
public import SurveyYAML

/// Keeps a response somewhere safe; called after every accepted answer.
public protocol ResponseSaving {
    /// Saves the whole response; throws when it could not, leaving what was saved before intact.
    func save(_ response: Response) throws(Diagnostic)
}
