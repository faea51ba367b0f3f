/// Makes text safe to print: no control character from the user's data reaches the terminal.
///
/// A name or note can hold anything an imported card or file held, including `ESC ] 0 ; … BEL`
/// (retitles the terminal) or `ESC [ 2 J` (clears it). Every write to the standard streams
/// goes through `neutralised(_:)`: C0 controls (except newline and tab), DEL and C1 controls
/// are shown as visible symbols (ESC as ␛, U+009B as ⟨9B⟩). kith's own emphasis is written with
/// `styled(_:code:)`, which marks it with noncharacters only this type turns into escape
/// sequences, and only for the few codes kith uses; what the store holds is never changed.
public enum TerminalText {
    /// The SGR codes kith's own styling may produce: reset, bold, faint, cyan.
    static let allowedCodes: Set<String> = ["0", "1", "2", "36"]
    private static let open = Unicode.Scalar(UInt32(0xFDD0))!
    private static let close = Unicode.Scalar(UInt32(0xFDD1))!

    /// `text` wrapped in kith's emphasis `code` (one of 0, 1, 2, 36) and a reset.
    public static func styled(_ text: String, code: String) -> String {
        "\(open)\(code)\(close)\(text)\(open)0\(close)"
    }

    /// `text` with every control character made visible and kith's own style marks turned into
    /// escape sequences (or, with `colours` false, dropped).
    public static func neutralised(_ text: String, colours: Bool = true) -> String {
        if !text.unicodeScalars.contains(where: needsWork) { return text }
        var result = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == open, let end = scalars[(index + 1)...].prefix(4).firstIndex(of: close) {
                let code = String(String.UnicodeScalarView(scalars[(index + 1)..<end]))
                if allowedCodes.contains(code) {
                    if colours { result.append(contentsOf: "\u{1B}[\(code)m".unicodeScalars) }
                    index = end + 1
                    continue
                }
            }
            result.append(contentsOf: visible(scalar).unicodeScalars)
            index += 1
        }
        return String(result)
    }

    private static func needsWork(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value < 0x20 && value != 0x0A && value != 0x09) || (0x7F...0x9F).contains(value)
            || scalar == open || scalar == close
    }

    /// What a scalar looks like on the terminal.
    private static func visible(_ scalar: Unicode.Scalar) -> String {
        let value = scalar.value
        switch value {
        case 0x0A, 0x09: return String(scalar)
        case 0x00..<0x20: return String(Unicode.Scalar(0x2400 + value)!)  // ␀ … ␟ (␛ for ESC)
        case 0x7F: return "\u{2421}"  // ␡
        case 0x80...0x9F: return "⟨" + String(value, radix: 16, uppercase: true) + "⟩"
        case open.value, close.value: return "\u{FFFD}"
        default: return String(scalar)
        }
    }
}
