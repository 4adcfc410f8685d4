import Foundation
public import SurveyForm
public import SurveyResponses
public import SurveyYAML

/// Saves a response to its file in a response store, atomically, in the form's order.
public struct StoreSaver: ResponseSaving, Sendable {
    public let store: ResponseStore
    public let form: Form
    public let path: String
    /// Holds back Ctrl-C, hang-up and termination while a save is under way, so they take
    /// effect between saves and never leave a temporary file behind.
    public let defersSignals: Bool

    public init(store: ResponseStore, form: Form, path: String, defersSignals: Bool = false) {
        self.store = store
        self.form = form
        self.path = path
        self.defersSignals = defersSignals
    }

    public func save(_ response: Response) throws(Diagnostic) {
        guard defersSignals else {
            try store.save(response, form: form, toPath: path)
            return
        }
        var deferred = sigset_t()
        var previous = sigset_t()
        sigemptyset(&deferred)
        for signal in [SIGINT, SIGHUP, SIGTERM, SIGQUIT] { sigaddset(&deferred, signal) }
        pthread_sigmask(SIG_BLOCK, &deferred, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        try store.save(response, form: form, toPath: path)
    }
}
