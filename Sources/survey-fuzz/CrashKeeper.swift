import Foundation

/// Keeps the input that crashed or hung: a signal handler, prepared in advance, writes the
/// input being run to a file in the crashes folder before the process dies.
///
/// The handler may only call async-signal-safe functions, so the input and the file name live
/// in buffers the handler reads as they are; a stack overflow is handled on a stack of its own.
enum CrashKeeper {
    nonisolated(unsafe) private static var current: UnsafeMutableRawBufferPointer?
    nonisolated(unsafe) private static var currentCount = 0
    nonisolated(unsafe) private static var crashPath: UnsafeMutablePointer<CChar>?
    nonisolated(unsafe) private static var hangPath: UnsafeMutablePointer<CChar>?
    nonisolated(unsafe) private static var timeout: UInt32 = 10

    static func install(folder: String, target: String, timeout seconds: UInt32) {
        let stamp = "\(getpid())-\(Int(Date().timeIntervalSince1970))"
        crashPath = strdup((folder as NSString).appendingPathComponent("crash-\(target)-\(stamp)"))
        hangPath = strdup((folder as NSString).appendingPathComponent("hang-\(target)-\(stamp)"))
        timeout = seconds
        current = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 1)
        // A stack of its own, so a stack overflow can still be reported.
        let size = 1 << 16
        var stack = stack_t()
        stack.ss_sp = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
        stack.ss_size = size
        stack.ss_flags = 0
        sigaltstack(&stack, nil)
        for signalNumber in [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE, SIGALRM] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { received in
                CrashKeeper.keep(signal: received)
            }
            action.sa_flags = SA_ONSTACK
            sigemptyset(&action.sa_mask)
            sigaction(signalNumber, &action, nil)
        }
    }

    /// Runs `body` on `input`, remembered for the handler; a hang past the timeout counts too.
    static func run(_ input: [UInt8], _ body: () -> Void) {
        guard let buffer = current else { return body() }
        if input.count > buffer.count {
            buffer.deallocate()
            current = UnsafeMutableRawBufferPointer.allocate(byteCount: input.count, alignment: 1)
        }
        currentCount = 0
        input.withUnsafeBytes { bytes in current?.copyMemory(from: bytes) }
        currentCount = input.count
        alarm(timeout)
        body()
        alarm(0)
    }

    private static func keep(signal received: Int32) {
        let path = received == SIGALRM ? hangPath : crashPath
        if let path, let buffer = current {
            let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            if descriptor >= 0 {
                _ = write(descriptor, buffer.baseAddress, currentCount)
                close(descriptor)
            }
            let note = received == SIGALRM ? "\nsurvey-fuzz: hang; input kept in " : "\nsurvey-fuzz: crash; input kept in "
            _ = write(STDERR_FILENO, note, strlen(note))
            _ = write(STDERR_FILENO, path, strlen(path))
            _ = write(STDERR_FILENO, "\n", 1)
        }
        // The default action again: raising the signal ends the process as the signal would.
        signal(received, SIG_DFL)
        raise(received)
    }
}
