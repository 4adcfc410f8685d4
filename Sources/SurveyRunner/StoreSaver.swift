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
    /// The session's lock on the file, through which every save goes so the file stays locked;
    /// nil for a plain atomic save.
    public let lock: ResponseFileLock?

    public init(store: ResponseStore, form: Form, path: String, lock: ResponseFileLock? = nil, defersSignals: Bool = false) {
        self.store = store
        self.form = form
        self.path = path
        self.lock = lock
        self.defersSignals = defersSignals
    }

    public func save(_ response: Response) throws(Diagnostic) {
        guard defersSignals else {
            try write(response)
            return
        }
        var deferred = sigset_t()
        var previous = sigset_t()
        sigemptyset(&deferred)
        for signal in [SIGINT, SIGHUP, SIGTERM, SIGQUIT] { sigaddset(&deferred, signal) }
        pthread_sigmask(SIG_BLOCK, &deferred, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        try write(response)
    }

    private func write(_ response: Response) throws(Diagnostic) {
        guard let lock else {
            try store.save(response, form: form, toPath: path)
            return
        }
        try lock.save(try ResponseStore.fileText(for: response, form: form, path: path))
    }
}
