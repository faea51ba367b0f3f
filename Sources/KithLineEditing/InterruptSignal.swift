import CKithInterrupt
import CLibEdit
import Glibc

// The C interrupt state (flag and self-pipe) lives in CKithInterrupt's one C file.

/// The Ctrl-C (SIGINT) handler: pressing Ctrl-C only sets a flag.
public enum InterruptSignal {
    /// Installs a SIGINT handler (sigaction without SA_RESTART) that only sets a flag,
    /// so Ctrl-C never kills the process and blocking reads are woken up.
    /// Safe to call more than once. `EditLineReader` calls it itself; call it at
    /// startup so the plain reader and long-running commands see Ctrl-C too.
    public static func install() {
        _ = kith_sigint_install()
    }

    /// Returns whether Ctrl-C was pressed since the last call, and clears it.
    public static func consume() -> Bool {
        kith_sigint_consume() != 0
    }

    /// Returns whether Ctrl-C was pressed since the last `consume()`, without clearing it.
    public static var isPending: Bool {
        kith_sigint_pending() != 0
    }
}

/// What a blocking read that Ctrl-C can interrupt produced.
enum InterruptibleReadResult: Equatable {
    case bytes(Int)
    case endOfInput
    case interrupted
    case failed(errno: Int32)
}

/// Reads that wake up when Ctrl-C is pressed, whatever thread receives the signal.
enum InterruptibleRead {
    /// Reads up to `buffer.count` bytes from `fd`, waiting for input or Ctrl-C.
    static func read(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer) -> InterruptibleReadResult {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return .bytes(0) }
        let got = kith_read_interruptible(fd, base, buffer.count)
        switch got {
        case -2: return .interrupted
        case ..<0: return .failed(errno: errno)
        case 0: return .endOfInput
        default: return .bytes(got)
        }
    }

    /// The libedit character reader (`EL_GETCFN`) that returns -1 with EINTR on Ctrl-C.
    static var editLineReadFunction: el_rfunc_t {
        { editLine, character in kith_el_read_char(editLine, character) }
    }
}
