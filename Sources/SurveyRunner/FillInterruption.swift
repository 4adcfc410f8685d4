import Foundation
import Synchronization

/// Ctrl-C, a hang-up or `kill` during a fill: a signal handler notes it, and the input (see
/// `FileDescriptorInput`) hands the session `.interrupted`, so the session ends as after
/// `:quit`, with the closing summary, and the caller exits 128 + the signal.
///
/// The handler only does what is safe in a signal handler: an atomic exchange and a write
/// to a pipe that wakes the input's `poll`. A second signal while the first is being dealt
/// with ends the process at once, with `message`.
public enum FillInterruption {
    /// The signal received, 0 for none.
    private static let received = Atomic<Int32>(0)
    /// The pipe the handler writes to, so a `poll` on the input wakes up; -1 until installed.
    nonisolated(unsafe) private static var wakeRead: Int32 = -1
    nonisolated(unsafe) private static var wakeWrite: Int32 = -1
    /// Written if a second signal comes before the session has ended.
    nonisolated(unsafe) private static var message: UnsafeMutablePointer<CChar>?

    /// Handles SIGINT, SIGHUP and SIGTERM from now on (and unblocks them, in case a parent
    /// started us with them blocked). `message` is what a second signal writes to stdout.
    public static func install(message text: String) {
        var descriptors: [Int32] = [-1, -1]
        if pipe(&descriptors) == 0 {
            for descriptor in descriptors {
                _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
                _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
            }
            wakeRead = descriptors[0]
            wakeWrite = descriptors[1]
        }
        message = strdup(text)
        _ = received.load(ordering: .relaxed)
        var handled = sigset_t()
        sigemptyset(&handled)
        for signalNumber in [SIGINT, SIGHUP, SIGTERM] {
            sigaddset(&handled, signalNumber)
            signal(signalNumber) { signalNumber in
                let (exchanged, _) = FillInterruption.received.compareExchange(expected: 0, desired: signalNumber, ordering: .sequentiallyConsistent)
                guard exchanged else {
                    if let message = FillInterruption.message { _ = write(STDOUT_FILENO, message, strlen(message)) }
                    _exit(128 + signalNumber)
                }
                var byte: UInt8 = 1
                _ = write(FillInterruption.wakeWrite, &byte, 1)
            }
        }
        pthread_sigmask(SIG_UNBLOCK, &handled, nil)
    }

    /// The signal that interrupted the fill, if one has.
    public static var receivedSignal: Int32? {
        let value = received.load(ordering: .sequentiallyConsistent)
        return value == 0 ? nil : value
    }

    /// The descriptor an input polls beside its own to notice a signal; -1 when none is installed.
    static var wakeDescriptor: Int32 { wakeRead }
}
